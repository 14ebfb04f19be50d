"""Across claims: verdict counts and contradiction rates, and excuses that keep coming back."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from evidence.facts import local_month
from evidence.model import Category
from evidence.results import Aggregates, ClaimResult, Counts, Recurring, Verdict

RECURRING_CATEGORIES = (Category.REPAIR_WORKS, Category.OTHER_EVENT)


def summarise(results: Iterable[ClaimResult]) -> Aggregates:
    """Counts per venue, per excuse category and per month, and the recurring excuses."""
    results = list(results)
    by_venue: dict[str, list[ClaimResult]] = defaultdict(list)
    by_category: dict[str, list[ClaimResult]] = defaultdict(list)
    by_month: dict[str, list[ClaimResult]] = defaultdict(list)
    for result in results:
        by_venue[result.venue.slug].append(result)
        by_category[result.claim.category.value].append(result)
        by_month[local_month(result.claim)].append(result)
    return Aggregates(counts(results),
                      {k: counts(v) for k, v in sorted(by_venue.items())},
                      {k: counts(v) for k, v in sorted(by_category.items())},
                      {k: counts(v) for k, v in sorted(by_month.items())},
                      tuple(recurring(results)))


def counts(results: Iterable[ClaimResult]) -> Counts:
    tally = Counter(r.verdict for r in results)
    return Counts(sum(tally.values()), {v: tally.get(v, 0) for v in Verdict})


def recurring(results: Iterable[ClaimResult]) -> list[Recurring]:
    """The same excuse for the same venue in two or more months, never once borne out."""
    by_pair: dict[tuple[str, Category], list[ClaimResult]] = defaultdict(list)
    for result in results:
        if result.claim.category in RECURRING_CATEGORIES:
            by_pair[(result.venue.slug, result.claim.category)].append(result)
    found = []
    for (venue, category), group in sorted(by_pair.items()):
        months = sorted({local_month(r.claim) for r in group})
        borne_out = [r for r in group if r.verdict in (Verdict.SUPPORTED, Verdict.MIXED)]
        if len(months) < 2 or borne_out:
            continue
        found.append(Recurring(
            venue, group[0].venue.name, category.value, tuple(months),
            tuple(r.claim_id for r in group), sum(1 for r in group if r.photos),
            sum(1 for r in group if r.verdict is Verdict.CONTRADICTED)))
    return found
