"""The akimat's published occupancy of the specialised places, kept as evidence (issue 20).

Resolution No. 61-NP of 20 January 2025 of the Constitutional Court requires the akimat to
publish on its website the occupancy of the specialised places: the planned events, their place,
date, start and end time and expected participants. A copy of that page (saved HTML, a PDF, a
screenshot, or Skver's own capture of it) is kept like any original: once, read-only, named by
its SHA-256, through `case.files` (encrypted in an encrypted case), its import a custody entry
with the address and the moment it was captured. The events it lists are `OccupancyEntry` rows,
typed in by a person or read from the page's own table (evidence/occupancy_table.py), each
vouched for by the custody log like every row people edit (store/audit.py).
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from evidence import custody, limits, occupancy_table, sniff, store, tempfiles, timing
from evidence.errors import KnownError
from evidence.model import EntrySource, EventsRecorded, OccupancyEntry, OccupancyPage, PageCapture
from evidence.store import STAGING, Case, audit, stored_relpath
from evidence.store import occupancy as rows

__all__ = ["ENTRY_ADDED", "ENTRY_REMOVED", "IMPORTED", "PAGE_READ", "StoredPage", "add_entry",
           "check_covers", "check_page", "check_url", "enter_read", "entries", "forget_page",
           "import_captured", "import_page", "link_page", "mark_complete", "page",
           "page_media_type", "pages", "parse_captured", "read_table", "remove_entry",
           "resolve_venue", "set_covers", "store_page", "zone_of"]

IMPORTED = "occupancy-page-imported"
ENTRY_ADDED = "occupancy-entry-added"
ENTRY_REMOVED = "occupancy-entry-removed"
PAGE_READ = "occupancy-page-read"
MAX_PAGE_BYTES = 50 * 1024 * 1024  # a saved page with its screenshots; more is no web page
HTML_SNIFF = 4096


def page_media_type(head: bytes) -> str | None:
    """'text/html', 'application/pdf' or an image type from a file's first bytes; else None."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    image = sniff.media_type(head)
    if image is not None:
        return image
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text[:HTML_SNIFF]:
        return "text/html"
    return None


def parse_captured(text: str) -> str:
    """The capture moment as ISO 8601 UTC, from 'YYYY-MM-DD HH:MM' with its offset or Z."""
    try:
        moment = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        raise KnownError(f"'{text}' is not a moment: give the time the page was captured as "
                         "'YYYY-MM-DD HH:MM' with its UTC offset (+05:00) or Z.") from None
    if moment.tzinfo is None:
        raise KnownError(f"'{text}' has no UTC offset: say in which zone the page was captured "
                         "(e.g. '2025-06-05 10:30+05:00' or '2025-06-05 05:30Z').")
    utc = moment.astimezone(UTC)
    if utc > datetime.now(UTC) + timedelta(minutes=5):
        raise KnownError(f"'{text}' is in the future: a page cannot have been captured then.")
    return utc.isoformat(timespec="seconds").replace("+00:00", "Z")


def check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KnownError(f"'{url}' is not a web page's address (http:// or https://, with a "
                         "host): give the address the page was saved from.")
    too_long = limits.problem("The page's address", url, limits.TEXT // 10)
    if too_long:
        raise KnownError(too_long)
    return url


def check_covers(first: str | None, last: str | None) -> tuple[str | None, str | None]:
    """The dates a page lists, both or neither, first not after last."""
    if (first is None) != (last is None):
        raise KnownError("Give both dates the page covers (the first and the last), or none.")
    if first is None or last is None:
        return None, None
    try:
        a, b = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        raise KnownError(f"'{first}'..'{last}' are not dates (YYYY-MM-DD).") from None
    if b < a:
        raise KnownError(f"The page cannot cover {first} to {last}: the last date is before "
                         "the first.")
    return a.isoformat(), b.isoformat()


@dataclass(frozen=True)
class StoredPage:
    """A page's bytes kept in the originals store, before a row names them (`link_page`)."""

    relpath: str
    sha256: str
    media_type: str
    size_bytes: int
    source: str


def import_page(case: Case, source: str | os.PathLike[str], *, url: str, captured: str,
                capture: PageCapture, actor: str, covers: tuple[str | None, str | None] =
                (None, None), note: str = "", same_capture: int | None = None,
                opener: Callable[[], io.BufferedReader] | None = None
                ) -> tuple[OccupancyPage, bool]:
    """Keeps a copy of the page as an original; (its record, whether it is new). The same bytes
    imported again change nothing. `captured` is ISO 8601 with an offset (`parse_captured`);
    `opener` opens the source's plain bytes when the file holds them sealed."""
    check_page(url, captured, covers, note)
    with case.exclusive("keeping the page"):
        stored = store_page(case, source, opener)
        known = rows.page_by_sha256(case, stored.sha256)
        if known is not None:
            return known, False
        try:
            with case.transaction():
                page = link_page(case, stored, url=url, captured=captured, capture=capture,
                                 actor=actor, covers=covers, note=note,
                                 same_capture=same_capture)
        except BaseException:
            forget_page(case, stored)
            raise
    return page, True


def check_page(url: str, captured: str, covers: tuple[str | None, str | None],
               note: str) -> None:
    """What a person says of a page, checked before its bytes are copied in."""
    check_url(url)
    parse_captured(captured)
    check_covers(*covers)
    too_long = limits.problem("The page's note", note, limits.NOTE)
    if too_long:
        raise KnownError(too_long)


def store_page(case: Case, source: str | os.PathLike[str],
               opener: Callable[[], io.BufferedReader] | None = None) -> StoredPage:
    """Keeps a page's bytes in the originals store (refused when it is no page Skver keeps)."""
    store.health.refuse_if_damaged(case, "keeping the page")
    relpath, sha256, media_type, size = _stage(case, source, opener)
    return StoredPage(relpath, sha256, media_type, size, os.fspath(source))


def link_page(case: Case, stored: StoredPage, *, url: str, captured: str, capture: PageCapture,
              actor: str, covers: tuple[str | None, str | None] = (None, None), note: str = "",
              same_capture: int | None = None, came_from: dict[str, Any] | None = None
              ) -> OccupancyPage:
    """Inside the caller's transaction: the page's row and its custody entry (the file, its
    address and capture time, where it came from: the file's name, or `came_from`)."""
    url, captured_utc = check_url(url), parse_captured(captured)
    first, last = check_covers(*covers)
    page = OccupancyPage(0, stored.sha256, stored.relpath, stored.media_type, stored.size_bytes,
                         url, captured_utc, capture, actor, custody.now_utc(), first, last,
                         same_capture, note)
    page_id = rows.put_page(case, page)
    digest = audit.row_digest(case, rows.PAGES, page_id)
    name = os.path.basename(stored.source)
    case.record(actor, IMPORTED, stored.sha256, {
        "url": url, "captured_utc": captured_utc, "capture": capture.value,
        "stored_path": stored.relpath, "media_type": stored.media_type,
        "size_bytes": stored.size_bytes, "source_name": name, "covers": [first, last],
        **(came_from or {}), "table": rows.PAGES, "row_id": page_id, "row_sha256": digest})
    return replace(page, id=page_id)


def forget_page(case: Case, stored: StoredPage) -> None:
    """Deletes a just-stored page file that nothing in the case refers to."""
    if not _used(case, stored.relpath):
        case.files.unlink(stored.relpath)


def _stage(case: Case, source: str | os.PathLike[str],
           opener: Callable[[], io.BufferedReader] | None) -> tuple[str, str, str, int]:
    def reading() -> io.BufferedReader:
        return opener() if opener is not None else open(source, "rb")
    try:
        with reading() as fh:
            media_type = page_media_type(fh.read(HTML_SNIFF))
            size = fh.seek(0, os.SEEK_END)
        if size > MAX_PAGE_BYTES:
            raise KnownError(f"{source} is {size:,} bytes: a saved web page is far smaller "
                             f"(at most {MAX_PAGE_BYTES:,} are kept). Save the page alone, or "
                             "as a PDF.")
        if media_type is None:
            raise KnownError(f"{source} is not a saved web page Skver keeps: give the page as "
                             "saved HTML, a PDF, or a screenshot (PNG or JPEG).")
        temp, sha256 = case.files.stage_copy(source, opener)
    except OSError as exc:
        raise KnownError(f"The page {source} could not be read: "
                         f"{exc.strerror or exc}.") from None
    readable = case.files.readable_copy(temp, os.fspath(source))
    sealed = opener is not None and readable == os.fspath(source)
    with opener() if sealed and opener is not None else open(readable, "rb") as fh:
        same = readable == str(temp) or hashlib.file_digest(fh, "sha256").hexdigest() == sha256
    if not same:
        temp.unlink()
        raise KnownError(f"The page {source} changed while it was being copied; import it "
                         "again.")
    relpath = stored_relpath(sha256, media_type)
    case.files.put_original(temp, relpath, sha256)
    return relpath, sha256, media_type, size


def import_captured(case: Case, pdf: bytes, html: bytes, *, url: str, captured: str,
                    actor: str, note: str = "") -> tuple[OccupancyPage, OccupancyPage]:
    """Keeps what Skver captured of a page (its full-page PDF and its HTML) as two originals,
    the HTML naming the PDF as its `same_capture`. The bytes are only ever on disk sealed
    (a throwaway key, evidence/tempfiles.Sealed) until the case keeps them as it keeps any
    file, so an encrypted case's capture is never written in plaintext."""
    sealed = tempfiles.Sealed()
    folder = case.root / STAGING
    folder.mkdir(parents=True, exist_ok=True)
    kept = []
    same: int | None = None
    for data, what in ((pdf, "occupancy.pdf"), (html, "occupancy.html")):
        path = folder / tempfiles.name(what)
        with tempfiles.removed(path):
            sealed.write(path, [data])
            page, _new = import_page(case, path, url=url, captured=captured,
                                     capture=PageCapture.CAPTURED, actor=actor, note=note,
                                     same_capture=same, opener=sealed.opener(path))
        kept.append(page)
        same = page.id
    return kept[0], kept[1]


def _used(case: Case, relpath: str) -> bool:
    return (rows.uses_path(case, relpath) or store.photos.uses_path(case, relpath)
            or store.claims.uses_letter_path(case, relpath))


def pages(case: Case) -> list[OccupancyPage]:
    return rows.all_pages(case)


def entries(case: Case) -> list[OccupancyEntry]:
    return rows.all_entries(case)


def page(case: Case, page_id: int) -> OccupancyPage:
    found = rows.page(case, page_id)
    if found is None:
        raise KnownError(f"There is no occupancy page {page_id} in this case; `occupancy list` "
                         "lists them.")
    return found


def add_entry(case: Case, entry: OccupancyEntry, actor: str) -> OccupancyEntry:
    """Records one published event, checked, with its custody entry; returns it stored."""
    entry = _checked(case, entry)
    entry = replace(entry, actor=actor, entered_utc=custody.now_utc())
    with case.transaction():
        entry_id = rows.put_entry(case, entry)
        audit.record(case, actor, ENTRY_ADDED, rows.ENTRIES, entry_id, {
            "page_id": entry.page_id, "venue_id": entry.venue_id, "source": entry.source.value})
    return replace(entry, id=entry_id)


def remove_entry(case: Case, entry_id: int, actor: str, reason: str) -> OccupancyEntry:
    """Removes an entry typed in by mistake; the log keeps what it was and why it went."""
    found = rows.entry(case, entry_id)
    if found is None:
        raise KnownError(f"There is no occupancy entry {entry_id} in this case.")
    if not reason.strip():
        raise KnownError("Say why the entry is removed (--reason): the custody log keeps it.")
    with case.transaction():
        rows.delete_entry(case, entry_id)
        audit.record(case, actor, ENTRY_REMOVED, rows.ENTRIES, entry_id, {
            "page_id": found.page_id, "reason": reason.strip()[:limits.NOTE]})
    return found


def _checked(case: Case, entry: OccupancyEntry) -> OccupancyEntry:
    page(case, entry.page_id)
    if store.venues.by_id(case, entry.venue_id) is None:
        raise KnownError(f"There is no venue {entry.venue_id} in this case.")
    timing.zone(entry.zone)  # a KnownError naming an unknown zone
    if entry.start.tzinfo is None or entry.end.tzinfo is None:
        raise ValueError("an occupancy entry's times must be aware")
    if entry.end <= entry.start:
        raise KnownError(f"The event must end after it starts: {entry.end:%Y-%m-%d %H:%M} is "
                         f"not after {entry.start:%Y-%m-%d %H:%M}.")
    if entry.expected_participants is not None and entry.expected_participants < 0:
        raise KnownError("The expected participants cannot be negative.")
    for text, what, limit in ((entry.event_name, "The event's name",
                               occupancy_table.MAX_EVENT_NAME),
                              (entry.row_text, "The table's row", limits.NOTE)):
        too_long = limits.problem(what, text, limit)
        if too_long:
            raise KnownError(too_long)
    tz = timing.zone(entry.zone)
    return replace(entry, start=entry.start.astimezone(tz), end=entry.end.astimezone(tz),
                   event_name=entry.event_name.strip(),
                   source=EntrySource(entry.source))


def set_covers(case: Case, page_id: int, first: str | None, last: str | None,
               actor: str) -> OccupancyPage:
    """Says which dates a page lists (both, or neither to say it is not known)."""
    page(case, page_id)
    first, last = check_covers(first, last)
    with case.transaction():
        rows.set_covers(case, page_id, first, last)
        audit.record(case, actor, "occupancy-page-edited", rows.PAGES, page_id,
                     {"fields": ["covers_from", "covers_to"]})
    return page(case, page_id)


def zone_of(case: Case, given: str | None = None) -> str:
    """The zone a page's times are read in: the one given, else the case's (Almaty's if none)."""
    name = given or case.info.timezone or "Asia/Almaty"
    timing.zone(name)
    return name


def read_table(case: Case, page_id: int, mapping: Mapping[str, str | int] | None = None
               ) -> occupancy_table.Reading:
    """The page's own table read as events, each place matched to a venue (or by `mapping`:
    the place as printed to the venue's slug or id, which a person confirmed)."""
    kept = page(case, page_id)
    if kept.media_type != "text/html":
        raise KnownError(f"Page {page_id} is kept as {kept.media_type}: only a saved HTML page "
                         "has a table Skver reads; type its entries in instead.")
    venues = store.venues.all_venues(case)
    given = {place: resolve_venue(case, ref) for place, ref in (mapping or {}).items()}
    return occupancy_table.read(case.files.read_bytes(kept.stored_path), venues, given)


def enter_read(case: Case, page_id: int, reading: occupancy_table.Reading, zone: str,
               actor: str) -> list[OccupancyEntry]:
    """Records, in one change, the rows read from the page that map to a venue and are not
    already recorded from it; returns those recorded. When every row of the table was read (none
    skipped, none past the bound) it also records that the page's events were recorded from its
    table, even when none is at a venue (then the page lists none there); else the page stays
    unread until a person marks it complete (`mark_complete`)."""
    tz = timing.zone(zone)
    known = {(e.page_id, e.row_text) for e in rows.all_entries(case)}
    added = []
    with case.transaction():
        if not reading.skipped and not reading.cut:
            _mark(case, page_id, EventsRecorded.TABLE, actor, {
                "rows_read": len(reading.entries),
                "places_matching_no_venue": sorted({p.place for p in reading.entries
                                                    if p.venue_id is None})[:50]})
        for proposed in reading.entries:
            if proposed.venue_id is None or (page_id, proposed.row.text) in known:
                continue
            first, last = occupancy_table.span(proposed)
            start, end = first.replace(tzinfo=tz), last.replace(tzinfo=tz)
            added.append(add_entry(case, OccupancyEntry(
                page_id, proposed.venue_id, start, end, zone, proposed.event_name,
                proposed.expected_participants, EntrySource.PAGE_TABLE,
                proposed.row.text[:limits.NOTE]), actor))
    return added


def mark_complete(case: Case, page_id: int, actor: str) -> OccupancyPage:
    """A person's word that every event the page lists at a case venue is entered, so that the
    page, where it lists a refusal's dates, may show no event there (`event_not_published`)."""
    page(case, page_id)
    with case.transaction():
        _mark(case, page_id, EventsRecorded.PERSON, actor, {})
    return page(case, page_id)


def _mark(case: Case, page_id: int, how: EventsRecorded, actor: str,
          details: dict[str, object]) -> None:
    """Inside the caller's transaction: the page's events recorded `how`, with its custody
    entry."""
    rows.set_events_recorded(case, page_id, how, actor, custody.now_utc())
    audit.record(case, actor, PAGE_READ, rows.PAGES, page_id,
                 {"events_recorded": how.value, **details})


def resolve_venue(case: Case, ref: str | int) -> int:
    """A venue's id from its slug or id."""
    found = (store.venues.by_id(case, int(ref)) if str(ref).isdigit()
             else store.venues.by_slug(case, str(ref)))
    if found is None or found.id is None:
        raise KnownError(f"There is no venue '{ref}' in this case; `venue list` lists them.")
    return found.id
