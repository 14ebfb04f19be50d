"""The akimat's published occupancy held against each "another event" refusal (issue 20).

A refusal whose excuse is another event at the venue (Category.OTHER_EVENT) is compared with the
events the akimat's occupancy pages kept in the case list for that venue (evidence/occupancy.py):

- an event listed at that venue overlapping the refusal's window: `event_published`, with what
  the page says (the event's name as printed, its times, its expected participants) beside the
  largest head count the reviewers recorded in the photos bearing on the refusal. The published
  number is what the photos' head counts are compared with; it is said, and the verdict, which
  rests on what the photos show, is not changed by it (a reader weighs "500 expected, 6 seen");
- none, and the pages whose events were recorded (read from the page's table, or marked
  complete by a person) cover every day of the window: `event_not_published`, naming the pages
  (address, capture time, the dates each covers, how its events were recorded);
- none, but no such page covers some day of the window: `occupancy_not_covered`, which says so
  and claims no absence (a page whose events nobody recorded lists nothing the case knows of).

Each is a `ProcedureFinding` (evidence/procedure.py) under the Constitutional Court's normative
resolution No. 61-NP of 20 January 2025, which requires the akimat to publish the occupancy.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from evidence import timing
from evidence.model import Category, Claim, OccupancyEntry, OccupancyPage, Venue
from evidence.phrases import Phrase, phrase
from evidence.printable import printable
from evidence.procedure import OccupancyCheck, ProcedureCode, ProcedureFinding
from evidence.results import ClaimResult
from evidence.store.snapshot import CaseData

RULE = "procedure.rule.occupancy"


def checker(data: CaseData, results: Mapping[int, ClaimResult] | None = None) -> OccupancyCheck:
    """The occupancy check of `procedure_findings` for this case (and its verdicts' photos, for
    the head counts)."""
    pages, entries = data.occupancy_pages, data.occupancy_entries

    def check(claim: Claim, venue: Venue | None) -> tuple[ProcedureFinding, ...]:
        if claim.category is not Category.OTHER_EVENT or not pages:
            return ()
        result = results.get(claim.key) if results is not None and claim.id else None
        return (finding(claim, pages, entries, result),)
    return check


def window_days(claim: Claim) -> list[date]:
    """The local days the refusal's window touches, in the zone it was stated in."""
    tz = timing.zone(claim.window_zone)
    first = claim.window_start.astimezone(tz).date()
    last = (claim.window_end - timedelta(microseconds=1)).astimezone(tz).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def overlapping(claim: Claim, entries: tuple[OccupancyEntry, ...]) -> list[OccupancyEntry]:
    return [e for e in entries if e.venue_id == claim.venue_id
            and e.start < claim.window_end and e.end > claim.window_start]


def largest_head_count(result: ClaimResult | None) -> tuple[int | None, list[int]]:
    """(the largest people_count recorded, the photos whose observations hold it)."""
    counts = [(o.people_count, p.photo_id) for p in (result.photos if result else ())
              for o in p.observations if o.people_count is not None]
    if not counts:
        return None, []
    top = max(c for c, _ in counts)
    return top, sorted({photo for c, photo in counts if c == top})


def finding(claim: Claim, pages: tuple[OccupancyPage, ...], entries: tuple[OccupancyEntry, ...],
            result: ClaimResult | None) -> ProcedureFinding:
    days = [d.isoformat() for d in window_days(claim)]
    listed = overlapping(claim, entries)
    if listed:
        return _published(claim, pages, listed, result, days)
    # Only a page whose events were recorded (read from its table, or marked complete by a
    # person) may show an absence: "no entry" from a page nobody read says nothing.
    read = [p for p in pages if p.events_recorded is not None]
    uncovered = [d for d in days if not any(p.covers(d) for p in read)]
    covering = [p for p in read if any(p.covers(d) for d in days)]
    facts: dict[str, Any] = {"window_days": days, "pages": [_page_fact(p) for p in pages]}
    if uncovered:
        facts["days_not_covered"] = uncovered
        statement = phrase("procedure.occupancy_not_covered", pages=[_page(p) for p in pages],
                           moments=", ".join(uncovered))
        return ProcedureFinding(ProcedureCode.OCCUPANCY_NOT_COVERED, tuple(facts.items()),
                                statement, phrase(RULE))
    start, end = _local(claim, claim.window_start), _local(claim, claim.window_end)
    statement = phrase("procedure.event_not_published", local=f"{start} – {end}",
                       pages=[_page(p) for p in covering])
    return ProcedureFinding(ProcedureCode.EVENT_NOT_PUBLISHED, tuple(facts.items()), statement,
                            phrase(RULE))


def _published(claim: Claim, pages: tuple[OccupancyPage, ...], listed: list[OccupancyEntry],
               result: ClaimResult | None, days: list[str]) -> ProcedureFinding:
    expected = [e.expected_participants for e in listed if e.expected_participants is not None]
    most = max(expected) if expected else None
    count, photos = largest_head_count(result)
    by_id = {p.id: p for p in pages}
    facts: dict[str, Any] = {
        "window_days": days, "entries": [_entry_fact(e, by_id.get(e.page_id)) for e in listed],
        "expected_participants": most, "largest_head_count": count,
        "head_count_photos": photos}
    events = [phrase("procedure.occupancy.entry", name=printable(e.event_name) or "—",
                     local=f"{e.start:%Y-%m-%d %H:%M} – {e.end:%H:%M}",
                     expected=phrase("procedure.occupancy.expected",
                                     count=e.expected_participants)
                     if e.expected_participants is not None
                     else phrase("procedure.occupancy.expected_unknown"),
                     page=e.page_id) for e in listed]
    if count is None:
        counted = phrase("procedure.occupancy.no_head_count")
    elif most is None:
        counted = phrase("procedure.occupancy.head_count", count=count)
    else:
        counted = phrase("procedure.occupancy.head_count_against", count=count, expected=most)
    statement = phrase("procedure.event_published", events=events, notes=[counted])
    return ProcedureFinding(ProcedureCode.EVENT_PUBLISHED, tuple(facts.items()), statement,
                            phrase(RULE))


def _local(claim: Claim, moment: datetime) -> str:
    return moment.astimezone(timing.zone(claim.window_zone)).strftime("%Y-%m-%d %H:%M")


def _page(page: OccupancyPage) -> Phrase:
    covers = (phrase("procedure.occupancy.covers", valid_from=page.covers_from,
                     valid_to=page.covers_to) if page.covers_from and page.covers_to
              else phrase("procedure.occupancy.covers_unknown"))
    recorded = phrase(f"procedure.occupancy.recorded.{page.events_recorded.value}"
                      if page.events_recorded is not None else "procedure.occupancy.recorded.none")
    return phrase("procedure.occupancy.page", page=page.id, url=printable(page.url),
                  utc=page.captured_utc, covers=covers, recorded=recorded)


def _page_fact(page: OccupancyPage) -> dict[str, Any]:
    return {"page_id": page.id, "sha256": page.sha256, "url": page.url,
            "captured_utc": page.captured_utc, "capture": page.capture.value,
            "covers_from": page.covers_from, "covers_to": page.covers_to,
            "events_recorded": page.events_recorded.value if page.events_recorded else None,
            "events_recorded_by": page.events_recorded_by,
            "events_recorded_utc": page.events_recorded_utc}


def _entry_fact(entry: OccupancyEntry, page: OccupancyPage | None) -> dict[str, Any]:
    return {"entry_id": entry.id, "page_id": entry.page_id,
            "page_sha256": page.sha256 if page else None, "event_name": entry.event_name,
            "start_local": entry.start.isoformat(), "end_local": entry.end.isoformat(),
            "zone": entry.zone, "expected_participants": entry.expected_participants,
            "source": entry.source.value}
