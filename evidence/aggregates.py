"""Across claims: verdict counts and contradiction rates, and excuses that keep coming back."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from evidence.facts import ClaimFact

RECURRING_CATEGORIES = ("repair_works", "other_event")


def summarise(results: list[dict[str, Any]], claims: dict[int, ClaimFact]) -> dict[str, Any]:
    """Counts per venue, per excuse category and per month, and the recurring excuses."""
    groups: dict[str, dict[str, list[dict]]] = {"by_venue": defaultdict(list),
                                                 "by_category": defaultdict(list),
                                                 "by_month": defaultdict(list)}
    for result in results:
        claim = claims[result["claim_id"]]
        groups["by_venue"][result["venue"]].append(result)
        groups["by_category"][result["category"]].append(result)
        groups["by_month"][claim.local_month()].append(result)
    summary: dict[str, Any] = {"all": _counts(results)}
    for name, grouped in groups.items():
        summary[name] = {key: _counts(grouped[key]) for key in sorted(grouped)}
    summary["recurring"] = recurring(results, claims)
    return summary


def _counts(results: list[dict[str, Any]]) -> dict[str, Any]:
    counts = {v: 0 for v in ("contradicted", "supported", "mixed", "unverified")}
    for result in results:
        counts[result["verdict"]] += 1
    tested = counts["contradicted"] + counts["supported"] + counts["mixed"]
    return {"claims": len(results), **counts,
            # of the claims the evidence could test, the share it contradicted outright
            "contradiction_rate": round(counts["contradicted"] / tested, 4) if tested else None}


def recurring(results: list[dict[str, Any]], claims: dict[int, ClaimFact]) -> list[dict]:
    """The same excuse for the same venue in two or more months, never once borne out."""
    by_pair: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for result in results:
        if result["category"] in RECURRING_CATEGORIES:
            by_pair[(result["venue"], result["category"])].append(result)
    found = []
    for (venue, category), group in sorted(by_pair.items()):
        months = sorted({claims[r["claim_id"]].local_month() for r in group})
        supported = [r for r in group if r["verdict"] in ("supported", "mixed")]
        if len(months) < 2 or supported:
            continue
        photographed = sum(1 for r in group if r["photos"])
        contradicted = sum(1 for r in group if r["verdict"] == "contradicted")
        found.append({
            "venue": venue, "venue_name": group[0]["venue_name"], "category": category,
            "months": months, "claims": [r["claim_id"] for r in group],
            "photographed": photographed, "contradicted": contradicted,
            "summary": f"{group[0]['venue_name']}: '{category}' given in {len(months)} months "
                       f"({', '.join(months)}); {photographed} of the {len(group)} claims have "
                       f"photos, {contradicted} contradicted, none borne out."})
    return found
