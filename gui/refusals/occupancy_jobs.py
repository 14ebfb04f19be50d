"""The akimat's published occupancy as the session's tasks: each runs on the lane with the case
open, changes it through `evidence.occupancy` (which checks it and writes the custody entry in
the same transaction) and asks the session to read the case again (the pages and entries change
the procedure findings of every "another event" refusal). No Qt here."""

from __future__ import annotations

from collections.abc import Mapping

from evidence import claim_fields, occupancy
from evidence.errors import KnownError
from evidence.model import OccupancyEntry, OccupancyPage, PageCapture
from evidence.occupancy_table import Reading
from evidence.store import Case
from gui.app.session import Written
from gui.app.state import NOTHING, Refresh

AGAIN = Refresh(reload=True)


def keep_saved(case: Case, path: str, url: str, captured: str,
               covers: tuple[str | None, str | None], actor: str) -> Written[OccupancyPage]:
    """Keeps a page a person saved (HTML, PDF or a screenshot)."""
    page, _new = occupancy.import_page(case, path, url=url, captured=captured,
                                       capture=PageCapture.SAVED, actor=actor, covers=covers)
    return Written(page, AGAIN)


def keep_capture(case: Case, pdf: bytes, html: bytes, url: str, captured_utc: str,
                 covers: tuple[str | None, str | None], actor: str) -> Written[OccupancyPage]:
    """Keeps what the app captured (its PDF and HTML); the HTML page, which has the table."""
    _pdf, page = occupancy.import_captured(case, pdf, html, url=url, captured=captured_utc,
                                           actor=actor)
    if covers != (None, None):
        for kept in (_pdf, page):
            occupancy.set_covers(case, kept.id, covers[0], covers[1], actor)
    return Written(page, AGAIN)


def set_covers(case: Case, page_id: int, covers: tuple[str | None, str | None],
               actor: str) -> Written[OccupancyPage]:
    return Written(occupancy.set_covers(case, page_id, covers[0], covers[1], actor), AGAIN)


def mark_complete(case: Case, page_id: int, actor: str) -> Written[OccupancyPage]:
    return Written(occupancy.mark_complete(case, page_id, actor), AGAIN)


def add_entry(case: Case, page_id: int, venue_id: int, start: str, end: str, name: str,
              participants: int | None, actor: str) -> Written[OccupancyEntry]:
    """Records one event typed in from the page: its times local in the case's zone."""
    zone = occupancy.zone_of(case)
    try:
        first, last = claim_fields.window_from_local(start, end, zone)
    except claim_fields.FieldError as exc:
        raise KnownError(str(exc).replace("window", "event")) from None
    entry = occupancy.add_entry(case, OccupancyEntry(page_id, venue_id, first, last, zone, name,
                                                     participants), actor)
    return Written(entry, AGAIN)


def remove_entry(case: Case, entry_id: int, reason: str,
                 actor: str) -> Written[OccupancyEntry]:
    return Written(occupancy.remove_entry(case, entry_id, actor, reason), AGAIN)


def read_table(case: Case, page_id: int) -> Written[Reading]:
    """The page's table read as events (nothing written)."""
    return Written(occupancy.read_table(case, page_id), NOTHING)


def enter_table(case: Case, page_id: int, mapping: Mapping[str, int | None],
                actor: str) -> Written[list[OccupancyEntry]]:
    """Records the table's rows, each place's venue as the person confirmed it (None: the
    person left the place's rows out)."""
    chosen = {place: venue for place, venue in mapping.items() if venue is not None}
    read = occupancy.read_table(case, page_id, chosen)
    left_out = {place for place, venue in mapping.items() if venue is None}
    reading = Reading(tuple(e for e in read.entries if e.place not in left_out), read.skipped,
                      read.cut)  # a table not read through leaves the page unread
    added = occupancy.enter_read(case, page_id, reading, occupancy.zone_of(case), actor)
    return Written(added, AGAIN)
