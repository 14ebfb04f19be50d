"""Refusal commands: `claim add`, `claim list`, `claim edit`, `claim import`."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from cli.common import EXIT_OK, actor, case_command, existing, open_case
from cli.output import say, show_json
from evidence import claims, claims_csv, procedure, timing, venues
from evidence.errors import KnownError
from evidence.model import Category, Claim
from evidence.phrases import render
from evidence.store import Case

# (option, Claim field, help) for the text fields both `add` and `edit` take.
TEXT_OPTIONS = (
    ("--authority", "authority", "who refused, e.g. Akimat of Almaty"),
    ("--signatory", "signatory", "who signed the letter"),
    ("--event-date", "event_date", "the date of the assembly that was refused, YYYY-MM-DD"),
    ("--event-hours", "event_hours", "its hours as requested, e.g. 18:00-20:00"),
    ("--alternative", "alternative_offered", "the alternative the authority offered, if any"),
    ("--notes", "notes", "anything else worth knowing"),
)
# (option, Claim field, help) for the refusal's procedure (evidence/procedure.py).
PROCEDURE_OPTIONS = (
    ("--form", "assembly_form", "the form of assembly notified: picket, meeting, rally, "
     "demonstration or march"),
    ("--notified-on", "notified_on", "the day the notification (or application) was "
     "registered, YYYY-MM-DD"),
    ("--answered-on", "answered_on", "the day the answer was received, YYYY-MM-DD (default: "
     "the letter's date)"),
    ("--ground", "ground", "the Art. 14(1) item the refusal cites, by its number (e.g. 10), "
     "or 'none'"),
)


def add_to(commands: argparse._SubParsersAction) -> None:
    claim = commands.add_parser(
        "claim", help="official refusals (claims that a venue was unavailable): add, list, "
        "edit, import")
    actions = claim.add_subparsers(metavar="ACTION", required=True)

    add = case_command(actions, "add", "record a refusal as the document states it", run_add,
                       writes=True)
    add.add_argument("--document-number", required=True, help="the letter's number")
    add.add_argument("--document-date", required=True, help="the letter's date, YYYY-MM-DD")
    add.add_argument("--venue", required=True, help="the venue's slug or id")
    add.add_argument("--window-start", required=True, metavar="'YYYY-MM-DD HH:MM'",
                     help="from when the venue is said to be unavailable (local time)")
    add.add_argument("--window-end", required=True, metavar="'YYYY-MM-DD HH:MM'",
                     help="until when (exclusive); a clock time 'HH:MM' means the same day")
    add.add_argument("--excuse", required=True, help="the reason, in the letter's own words")
    _claim_options(add, editing=False)

    listing = case_command(actions, "list", "list a case's refusals", run_list)
    listing.add_argument("--json", action="store_true", help="print the claims as JSON")
    listing.add_argument("--venue", help="only this venue's (slug or id)")
    listing.add_argument("--category", help="only this category's")

    edit = case_command(actions, "edit", "change a refusal's fields; only the options given change",
                        run_edit, writes=True)
    edit.add_argument("id", type=int, metavar="ID", help="the claim's id (`claim list`)")
    for option, field in (("--document-number", "document_number"),
                          ("--document-date", "document_date"), ("--venue", "venue"),
                          ("--window-start", "window_start"), ("--window-end", "window_end"),
                          ("--excuse", "excuse_text")):
        edit.add_argument(option, dest=field, default=argparse.SUPPRESS)
    _claim_options(edit, editing=True)
    edit.add_argument("--confirm-category", action="store_true",
                      help="confirm the category the classifier proposed")

    imp = case_command(actions, "import", "import refusals from a CSV file, all or nothing",
                       run_import, writes=True)
    imp.add_argument("csv", metavar="CSV", help="UTF-8, a header row naming the columns: "
                     + ", ".join(claims_csv.COLUMNS))
    imp.add_argument("--zone", metavar="ZONE", help="the IANA zone of the local times "
                     "(default: the case's time zone)")



def _claim_options(parser: argparse.ArgumentParser, editing: bool) -> None:
    keep: dict[str, Any] = {"default": argparse.SUPPRESS} if editing else {}
    parser.add_argument("--zone", metavar="ZONE", help="the IANA zone of the window's local "
                        "times (default: " + ("the claim's" if editing else "the case's") +
                        " time zone)")
    parser.add_argument("--category", help="the excuse's category (default: the classifier "
                        "proposes one from the excuse)", **keep)
    for option, field, summary in TEXT_OPTIONS + PROCEDURE_OPTIONS:
        parser.add_argument(option, dest=field, help=summary, **keep)
    parser.add_argument("--participants", dest="expected_participants", type=int,
                        metavar="N", help="how many people were expected", **keep)
    parser.add_argument("--letter", metavar="FILE", help="the scanned letter (PDF or image), "
                        "kept as an original")


def run_add(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    if args.letter:
        existing(args.letter, what="letter")
    with open_case(args.case) as case:
        zone = _zone(args.zone, case)
        start, end = claims.window_from_local(args.window_start, args.window_end, zone)
        texts: dict[str, Any] = {field: getattr(args, field) or "" for _, field, _ in TEXT_OPTIONS}
        claim = Claim(
            document_number=args.document_number, document_date=args.document_date,
            venue_id=claims.resolve_venue(case, args.venue), window_start=start,
            window_end=end, window_zone=zone, excuse_text=args.excuse,
            category=args.category or Category.OTHER,
            expected_participants=args.expected_participants, **texts,
            **{field: getattr(args, field) for _, field, _ in PROCEDURE_OPTIONS})
        claim = claims.proposed(claim) if args.category is None else claim
        claim_id = claims.add(case, claim, actor(args.actor), letter=args.letter)
        stored = claims.get(case, claim_id)
        say(f"Added claim {claim_id}: document {stored.document_number} of "
            f"{stored.document_date}.")
        _describe(stored, args.case)
    return EXIT_OK


def run_edit(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    if args.letter:
        existing(args.letter, what="letter")
    given = vars(args)
    with open_case(args.case) as case:
        old = claims.get(case, args.id)
        changes = {field: given[field] for field in (
            "document_number", "document_date", "excuse_text", "category",
            "expected_participants", *(f for _, f, _ in TEXT_OPTIONS + PROCEDURE_OPTIONS))
            if field in given}
        if "venue" in given:
            changes["venue_id"] = claims.resolve_venue(case, given["venue"])
        if {"window_start", "window_end"} & set(given) or args.zone:
            changes.update(_new_window(old, given, args.zone))
        who = actor(args.actor)
        claim = claims.edit(case, args.id, changes, who) if changes else old
        if args.confirm_category and "category" not in changes:
            claim = claims.confirm_category(case, args.id, None, who)
        if args.letter:
            claim = claims.attach_letter(case, args.id, args.letter, who)
        say(f"Claim {args.id}: " + ("changed." if claim != old else "nothing to change."))
        _describe(claim, args.case)
    return EXIT_OK


def _new_window(old: Claim, given: dict[str, Any], zone: str | None) -> dict[str, Any]:
    """The window from the times given; a time not given keeps its local reading."""
    start, end = claims.local_window(old)
    zone = zone or old.window_zone
    start_utc, end_utc = claims.window_from_local(
        given.get("window_start", start.replace(tzinfo=None)),
        given.get("window_end", end.replace(tzinfo=None)), zone)
    return {"window_start": start_utc, "window_end": end_utc, "window_zone": zone}


def run_list(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        found = claims.all_claims(case, venue=args.venue, category=args.category)
        slugs = {v.id: v.slug for v in venues.all_venues(case)}
    if args.json:
        show_json([as_json(c, slugs.get(c.venue_id)) for c in found])
        return EXIT_OK
    for claim in found:
        mark = " (proposed)" if claim.category_source == "classifier" else ""
        letter = "  letter" if claim.letter_path else ""
        say(f"{claim.id:>5}  {claim.document_number:<14} {claim.document_date}  "
            f"{slugs.get(claim.venue_id, claim.venue_id)}  {_window_text(claim)}  "
            f"{claim.category.value}{mark}{letter}")
        say(f"       {_shorten(claim.excuse_text, 90)}")
    if not found:
        say("No claims.")
    return EXIT_OK


def run_import(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    existing(args.csv, what="file")
    with open_case(args.case) as case:
        ids = claims_csv.import_csv(case, args.csv, actor(args.actor), zone=args.zone)
        found = [claims.get(case, claim_id) for claim_id in ids]
    say(f"Imported {len(ids)} claim{'' if len(ids) == 1 else 's'}: "
        f"{', '.join(map(str, ids))}.")
    proposed = [c for c in found if c.category_source == "classifier"]
    for claim in proposed:
        say(f"  claim {claim.id}: {claim.category.value} proposed{_because(claim)}")
    if proposed:
        say("Proposed categories await confirmation: `claim edit --case DIR ID "
            "--confirm-category` (or --category C).")
    return EXIT_OK


def as_json(claim: Claim, venue_slug: str | None) -> dict[str, Any]:
    """A claim as `claim list --json` prints it: the stored fields plus the local window."""
    start, end = claims.local_window(claim)
    record = {"id": claim.id, **{key: value for key, value in claim.__dict__.items()
                                 if key not in ("id", "window_start", "window_end")}}
    record.update(category=claim.category.value, venue_slug=venue_slug,
                  window_start_utc=claims.format_utc(claim.window_start),
                  window_end_utc=claims.format_utc(claim.window_end),
                  window_start_local=start.isoformat(), window_end_local=end.isoformat())
    return record


def _describe(claim: Claim, case_dir: str) -> None:
    say(f"  window    {_window_text(claim)} {claim.window_zone} = "
        f"{claims.format_utc(claim.window_start)} – {claims.format_utc(claim.window_end)}")
    if claim.category_source == "user":
        say(f"  category  {claim.category.value}")
    else:
        say(f"  category  {claim.category.value}, proposed by the classifier{_because(claim)}")
        say(f"            confirm it: claim edit --case {case_dir} {claim.id} "
            "--confirm-category (or set --category C)")
    if claim.letter_path:
        say(f"  letter    {claim.letter_path}")
    if procedure.recorded(claim):
        _describe_procedure(claim)


def _describe_procedure(claim: Claim) -> None:
    ground = procedure.ground_phrase(claim.ground)
    answered = claim.answered_on or f"{claim.document_date} (the letter's date)"
    say(f"  procedure {claim.assembly_form or 'form not recorded'}; notified "
        f"{claim.notified_on or 'not recorded'}; answered {answered}; "
        f"ground {render(ground) if ground else 'not recorded'}")
    for found in procedure.procedure_findings(claim):
        say(f"  {found.code.value}: {render(found.statement)}")
        say(f"      rule: {render(found.rule)}")


def _because(claim: Claim) -> str:
    matched = claims.classify(claim.excuse_text).matched
    if not matched:
        return " (no known excuse matched)"
    return " from: " + ", ".join(f"«{words}»" for words in matched)


def _window_text(claim: Claim) -> str:
    """'2022-08-20 18:00–23:00 (UTC+06:00)'; each end's offset when they differ."""
    start, end = claims.local_window(claim)
    if start.utcoffset() != end.utcoffset():
        return f"{_local(start)} ({_offset(start)})–{_local(end)} ({_offset(end)})"
    end_text = _local(end) if end.date() != start.date() else end.strftime("%H:%M")
    return f"{_local(start)}–{end_text} ({_offset(start)})"


def _offset(moment: datetime) -> str:
    return f"UTC{timing.format_offset(moment.utcoffset())}"


def _local(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _zone(given: str | None, case: Case) -> str:
    zone = given or case.info.timezone
    if not zone:
        raise KnownError("The case has no time zone; give the zone of the window's local times "
                         "with --zone (e.g. Asia/Almaty).")
    return zone
