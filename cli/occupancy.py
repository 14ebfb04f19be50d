"""The akimat's published occupancy: `occupancy import`, `list`, `read`, `covers`, `complete`,
`entry add`, `entry remove` (evidence/occupancy.py)."""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import EXIT_OK, actor, case_command, existing, open_case
from cli.output import say, show_json
from evidence import claim_fields, occupancy
from evidence.errors import KnownError
from evidence.model import EventsRecorded, OccupancyEntry, OccupancyPage, PageCapture
from evidence.occupancy_table import MAX_ROWS
from evidence.store import Case


def add_to(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser(
        "occupancy", help="the akimat's published occupancy of the specialised places: its "
        "pages kept as evidence and the events they list")
    actions = group.add_subparsers(metavar="ACTION", required=True)

    imp = case_command(actions, "import", "keep a saved copy of the akimat's occupancy page (HTML, "
                       "PDF or a screenshot) with its address and when it was captured", run_import,
                       writes=True)
    imp.add_argument("file", metavar="FILE", help="the page as saved")
    imp.add_argument("--url", required=True, help="the address the page was saved from")
    imp.add_argument("--captured-at", required=True, metavar="MOMENT",
                     help="when it was saved: 'YYYY-MM-DD HH:MM' with its offset (+05:00) or Z")
    imp.add_argument("--covers", nargs=2, metavar=("FIRST", "LAST"),
                     help="the dates the page lists, YYYY-MM-DD (without them no absence of an "
                     "event is claimed from it)")
    imp.add_argument("--note", default="", help="what the page is, how it was saved")

    listing = case_command(actions, "list", "the pages kept and the events entered", run_list)
    listing.add_argument("--json", action="store_true", help="print them as JSON")

    covers = case_command(actions, "covers", "say which dates a page lists", run_covers,
                          writes=True)
    covers.add_argument("page", type=int, metavar="PAGE", help="the page's number")
    covers.add_argument("first", metavar="FIRST", help="YYYY-MM-DD")
    covers.add_argument("last", metavar="LAST", help="YYYY-MM-DD")

    read = case_command(actions, "read", "read the events from a saved HTML page's own table "
                        "(shown; recorded with --enter)", run_read, writes=True)
    read.add_argument("page", type=int, metavar="PAGE", help="the page's number")
    read.add_argument("--venue-map", action="append", default=[], metavar="PLACE=VENUE",
                      help="the venue (slug or id) of a place as the page writes it, where "
                      "its name matches no venue; repeat for each")
    read.add_argument("--zone", help="the IANA zone of the page's times (default: the case's)")
    read.add_argument("--enter", action="store_true",
                      help="record the rows that map to a venue (else only show them)")

    complete = case_command(actions, "complete", "say that every event the page lists at a "
                            "case venue is entered (only such a page, or one read with `read "
                            "--enter`, shows an absence)", run_complete, writes=True)
    complete.add_argument("page", type=int, metavar="PAGE", help="the page's number")

    entry = actions.add_parser("entry", help="the events a page lists, typed in")
    entries = entry.add_subparsers(metavar="ACTION", required=True)
    add = case_command(entries, "add", "record one event the page lists", run_add, writes=True)
    add.add_argument("--page", type=int, required=True, help="the page's number")
    add.add_argument("--venue", required=True, help="the venue's slug or id")
    add.add_argument("--start", required=True, metavar="'YYYY-MM-DD HH:MM'",
                     help="when the event starts, as the page says")
    add.add_argument("--end", required=True, metavar="HH:MM",
                     help="when it ends: a time that day, or 'YYYY-MM-DD HH:MM'")
    add.add_argument("--participants", type=int, help="the expected participants it states")
    add.add_argument("--name", default="", help="the event's name as printed")
    add.add_argument("--zone", help="the IANA zone of the times (default: the case's)")
    remove = case_command(entries, "remove", "remove an event entered by mistake (the custody log "
                          "keeps it)", run_remove, writes=True)
    remove.add_argument("entry", type=int, metavar="ENTRY", help="the entry's number")
    remove.add_argument("--reason", required=True, help="why it is removed")



def run_import(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    source = existing(args.file, what="file")
    first, last = args.covers or (None, None)
    with open_case(args.case) as case:
        page, new = occupancy.import_page(
            case, source, url=args.url, captured=args.captured_at, capture=PageCapture.SAVED,
            actor=actor(args.actor), covers=(first, last), note=args.note)
    if new:
        say(f"Kept page {page.id}: {page.media_type}, {page.size_bytes:,} bytes, SHA-256 "
            f"{page.sha256}")
    else:
        say(f"These bytes are already kept as page {page.id}; nothing changed.")
    say(f"  {page.url}, captured {page.captured_utc}; {_covers(page)}")
    say("  No absence of an event is claimed from it until its events are recorded: `occupancy "
        "read PAGE --enter`, or typed in and `occupancy complete PAGE`.")
    return EXIT_OK


def run_list(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        pages, entries = occupancy.pages(case), occupancy.entries(case)
        slugs = _slugs(case)
    if args.json:
        show_json({"pages": [_page_json(p) for p in pages],
                   "entries": [_entry_json(e, slugs) for e in entries]})
        return EXIT_OK
    if not pages:
        say("No occupancy page is kept in this case; `occupancy import FILE --url URL "
            "--captured-at MOMENT` keeps one.")
        return EXIT_OK
    for page in pages:
        say(f"page {page.id}  {page.media_type}  {page.capture.value} {page.captured_utc}  "
            f"{page.url}  {_covers(page)}  {_recorded(page)}")
        say(f"  SHA-256 {page.sha256}")
        for entry in (e for e in entries if e.page_id == page.id):
            say(f"  entry {entry.id}  {slugs.get(entry.venue_id, entry.venue_id)}  "
                f"{entry.start:%Y-%m-%d %H:%M}–{entry.end:%H:%M} ({entry.zone})  "
                f"{_participants(entry)}  {entry.event_name or '—'}  [{entry.source.value}]")
    return EXIT_OK


def run_covers(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        page = occupancy.set_covers(case, args.page, args.first, args.last, actor(args.actor))
    say(f"Page {page.id}: {_covers(page)}")
    return EXIT_OK


def run_read(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    mapping = {}
    for item in args.venue_map:
        place, sep, venue = item.rpartition("=")
        if not sep or not place.strip() or not venue.strip():
            raise KnownError(f"--venue-map '{item}' is not PLACE=VENUE (the place as the page "
                             "writes it, then the venue's slug or id).")
        mapping[place.strip()] = venue.strip()
    with open_case(args.case) as case:
        reading = occupancy.read_table(case, args.page, mapping)
        zone = occupancy.zone_of(case, args.zone)
        slugs = _slugs(case)
        added = (occupancy.enter_read(case, args.page, reading, zone, actor(args.actor))
                 if args.enter else [])
    for proposed in reading.entries:
        venue = (slugs.get(proposed.venue_id, "?") if proposed.venue_id is not None
                 else "no venue matches: name it with --venue-map")
        count = proposed.expected_participants
        say(f"{proposed.day} {proposed.start:%H:%M}–{proposed.end:%H:%M}  {proposed.place} → "
            f"{venue}  {'—' if count is None else count}  {proposed.event_name or '—'}")
    for row, why in reading.skipped:
        say(f"not read ({why}): {row.text}")
    if reading.cut:
        say(f"The page has more than {MAX_ROWS:,} table rows; those after them were not read: "
            "type their events in.")
    if args.enter:
        say(f"{len(added)} entries recorded from page {args.page} ({zone}).")
        if reading.skipped or reading.cut:
            say("Not every row was read, so no absence of an event is claimed from this page "
                "until its other events are typed in and it is marked complete (`occupancy "
                "complete PAGE`).")
    else:
        say(f"{len(reading.entries)} rows read; nothing recorded (add --enter to record those "
            "that map to a venue).")
    return EXIT_OK


def run_complete(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        page = occupancy.mark_complete(case, args.page, actor(args.actor))
    say(f"Page {page.id}: its list of events marked complete by {page.events_recorded_by}; "
        f"{_covers(page)}.")
    return EXIT_OK


def run_add(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        zone = occupancy.zone_of(case, args.zone)
        try:
            start, end = claim_fields.window_from_local(args.start, args.end, zone)
        except claim_fields.FieldError as exc:
            raise KnownError(str(exc).replace("window", "event")) from None
        entry = occupancy.add_entry(case, OccupancyEntry(
            args.page, occupancy.resolve_venue(case, args.venue), start, end, zone,
            args.name, args.participants), actor(args.actor))
    say(f"Entry {entry.id}: {entry.start:%Y-%m-%d %H:%M}–{entry.end:%H:%M} ({zone}), "
        f"{_participants(entry)}, from page {entry.page_id}")
    return EXIT_OK


def run_remove(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        entry = occupancy.remove_entry(case, args.entry, actor(args.actor), args.reason)
    say(f"Entry {entry.id} removed; the custody log keeps what it was and why.")
    return EXIT_OK


def _slugs(case: Case) -> dict[int, str]:
    from evidence import store

    return {v.id: v.slug for v in store.venues.all_venues(case) if v.id is not None}


def _covers(page: OccupancyPage) -> str:
    if page.covers_from and page.covers_to:
        return f"covers {page.covers_from} to {page.covers_to}"
    return "the dates it covers are not stated"


def _recorded(page: OccupancyPage) -> str:
    if page.events_recorded is EventsRecorded.TABLE:
        return f"events read from its table ({page.events_recorded_utc})"
    if page.events_recorded is EventsRecorded.PERSON:
        return (f"events marked complete by {page.events_recorded_by} "
                f"({page.events_recorded_utc})")
    return "events not recorded"


def _participants(entry: OccupancyEntry) -> str:
    if entry.expected_participants is None:
        return "participants not stated"
    return f"{entry.expected_participants:,} expected"


def _page_json(page: OccupancyPage) -> dict[str, Any]:
    return {"id": page.id, "sha256": page.sha256, "stored_path": page.stored_path,
            "media_type": page.media_type, "size_bytes": page.size_bytes, "url": page.url,
            "captured_utc": page.captured_utc, "capture": page.capture.value,
            "covers_from": page.covers_from, "covers_to": page.covers_to,
            "same_capture": page.same_capture, "actor": page.actor,
            "imported_utc": page.imported_utc, "note": page.note,
            "events_recorded": page.events_recorded.value if page.events_recorded else None,
            "events_recorded_by": page.events_recorded_by,
            "events_recorded_utc": page.events_recorded_utc}


def _entry_json(entry: OccupancyEntry, slugs: dict[int, str]) -> dict[str, Any]:
    return {"id": entry.id, "page_id": entry.page_id, "venue": slugs.get(entry.venue_id),
            "venue_id": entry.venue_id, "start": entry.start.isoformat(),
            "end": entry.end.isoformat(), "zone": entry.zone, "event_name": entry.event_name,
            "expected_participants": entry.expected_participants,
            "source": entry.source.value, "row_text": entry.row_text, "actor": entry.actor,
            "entered_utc": entry.entered_utc}
