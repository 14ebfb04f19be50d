"""The occupancy_pages and occupancy_entries tables: the akimat's published occupancy of the
specialised places, as `OccupancyPage` and `OccupancyEntry` records (evidence/occupancy.py checks
and records every change)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from evidence.model import (
    EntrySource,
    EventsRecorded,
    OccupancyEntry,
    OccupancyPage,
    PageCapture,
)

if TYPE_CHECKING:
    import sqlite3

    from evidence.store.case import Case

PAGES = "occupancy_pages"
ENTRIES = "occupancy_entries"


def put_page(case: Case, page: OccupancyPage) -> int:
    """Adds a page's row inside the caller's transaction; returns its id."""
    cursor = case.conn.execute(
        "INSERT INTO occupancy_pages (sha256, stored_path, media_type, size_bytes, url, "
        "captured_utc, capture, covers_from, covers_to, same_capture, actor, imported_utc, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (page.sha256, page.stored_path, page.media_type, page.size_bytes, page.url,
         page.captured_utc, page.capture.value, page.covers_from, page.covers_to,
         page.same_capture, page.actor, page.imported_utc, page.note))
    return int(cursor.lastrowid or 0)


def set_covers(case: Case, page_id: int, first: str | None, last: str | None) -> None:
    case.conn.execute("UPDATE occupancy_pages SET covers_from = ?, covers_to = ? WHERE id = ?",
                      (first, last, page_id))


def set_events_recorded(case: Case, page_id: int, how: EventsRecorded, actor: str,
                        utc: str) -> None:
    case.conn.execute("UPDATE occupancy_pages SET events_recorded = ?, events_recorded_by = ?, "
                      "events_recorded_utc = ? WHERE id = ?", (how.value, actor, utc, page_id))


def page_by_sha256(case: Case, sha256: str) -> OccupancyPage | None:
    rows = _pages(case.conn, "WHERE sha256 = ?", (sha256,))
    return rows[0] if rows else None


def page(case: Case, page_id: int) -> OccupancyPage | None:
    rows = _pages(case.conn, "WHERE id = ?", (page_id,))
    return rows[0] if rows else None


def all_pages(case: Case) -> list[OccupancyPage]:
    return _pages(case.conn, "", ())


def uses_path(case: Case, relpath: str) -> bool:
    return case.conn.execute("SELECT 1 FROM occupancy_pages WHERE stored_path = ?",
                             (relpath,)).fetchone() is not None


def put_entry(case: Case, entry: OccupancyEntry) -> int:
    cursor = case.conn.execute(
        "INSERT INTO occupancy_entries (page_id, venue_id, start_utc, end_utc, zone, "
        "expected_participants, event_name, source, row_text, actor, entered_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry.page_id, entry.venue_id, _utc(entry.start), _utc(entry.end), entry.zone,
         entry.expected_participants, entry.event_name, entry.source.value, entry.row_text,
         entry.actor, entry.entered_utc))
    return int(cursor.lastrowid or 0)


def delete_entry(case: Case, entry_id: int) -> None:
    case.conn.execute("DELETE FROM occupancy_entries WHERE id = ?", (entry_id,))


def entry(case: Case, entry_id: int) -> OccupancyEntry | None:
    rows = _entries(case.conn, "WHERE id = ?", (entry_id,))
    return rows[0] if rows else None


def all_entries(case: Case) -> list[OccupancyEntry]:
    return _entries(case.conn, "", ())


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def page_from_stored(row: Mapping[str, Any]) -> OccupancyPage:
    """A page as its row (or a bundle's copy of the row) holds it."""
    return OccupancyPage(
        id=row["id"], sha256=row["sha256"], stored_path=row["stored_path"],
        media_type=row["media_type"], size_bytes=row["size_bytes"], url=row["url"],
        captured_utc=row["captured_utc"], capture=PageCapture(row["capture"]),
        actor=row["actor"], imported_utc=row["imported_utc"], covers_from=row["covers_from"],
        covers_to=row["covers_to"], same_capture=row["same_capture"], note=row["note"],
        # NULL columns are left out of a bundle's copy of the row (store/audit.py LATER_COLUMNS)
        events_recorded=(EventsRecorded(row["events_recorded"])
                         if _get(row, "events_recorded") is not None else None),
        events_recorded_by=_get(row, "events_recorded_by"),
        events_recorded_utc=_get(row, "events_recorded_utc"))


def _get(row: Mapping[str, Any], key: str) -> Any:
    """A column of a row, None where the row (an older bundle's copy) does not hold it."""
    return row[key] if key in row.keys() else None  # noqa: SIM118 (a sqlite3.Row: `in` is values)


def entry_from_stored(row: Mapping[str, Any]) -> OccupancyEntry:
    """An entry as its row (or a bundle's copy of the row) holds it, its times in its zone."""
    zone = ZoneInfo(row["zone"])
    return OccupancyEntry(
        page_id=row["page_id"], venue_id=row["venue_id"],
        start=datetime.fromisoformat(row["start_utc"]).astimezone(zone),
        end=datetime.fromisoformat(row["end_utc"]).astimezone(zone), zone=row["zone"],
        event_name=row["event_name"], expected_participants=row["expected_participants"],
        source=EntrySource(row["source"]), row_text=row["row_text"], actor=row["actor"],
        entered_utc=row["entered_utc"], id=row["id"])


def _pages(conn: sqlite3.Connection, where: str, args: tuple[Any, ...]) -> list[OccupancyPage]:
    return [page_from_stored(row)
            for row in conn.execute(f"SELECT * FROM occupancy_pages {where} ORDER BY id", args)]


def _entries(conn: sqlite3.Connection, where: str,
             args: tuple[Any, ...]) -> list[OccupancyEntry]:
    return [entry_from_stored(row)
            for row in conn.execute(f"SELECT * FROM occupancy_entries {where} ORDER BY id", args)]
