"""Refusals from a spreadsheet (CSV): every row is checked first, then all are kept or none.

Rows are numbered as a spreadsheet shows them (the header is row 1), so an error such as
"row 7, column window_end" points at the cell to fix. The file is UTF-8, with or without the
byte-order mark spreadsheets write; the separator is a comma, or the semicolon or tab that
spreadsheets in Russian and Kazakh locales use.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from evidence import claim_fields, claims, timing
from evidence.errors import KnownError
from evidence.model import Category, Claim
from evidence.printable import printable
from evidence.store import Case

COLUMNS = ("document_number", "document_date", "authority", "signatory", "event_date",
           "event_hours", "expected_participants", "venue", "window_start", "window_end",
           "excuse_text", "category", "alternative_offered", "notes",
           # the refusal's procedure (evidence/procedure.py), each optional
           "assembly_form", "notified_on", "answered_on", "ground")
REQUIRED = ("document_number", "document_date", "venue", "window_start", "window_end",
            "excuse_text")
# Claim fields whose problems are reported under another column's name.
_COLUMN_OF = {"venue_id": "venue", "window_zone": "window_start", "category_source": "category"}
_FIELD_OF = {"venue": "venue_id"}
MAX_SHOWN = 30
T = TypeVar("T")


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    problem: str

    def __str__(self) -> str:
        # The problem quotes cells of the file: one line, whatever they hold.
        return printable(f"row {self.row}, column {self.column}: {self.problem}")


def import_csv(case: Case, path: str | os.PathLike[str], actor: str,
               zone: str | None = None) -> list[int]:
    """Adds one claim per row in one transaction; returns their ids in row order.

    Local times are read in `zone`, else the case's time zone. An empty category gets the
    classifier's proposal, marked as not yet confirmed.
    """
    zone = zone or case.info.timezone
    if not zone:
        raise KnownError("The case has no time zone; give the zone the windows' local times "
                         "are in (e.g. --zone Asia/Almaty).")
    timing.zone(zone)
    data = _read(path)
    rows = _rows(data, path)
    found: list[tuple[int, Claim]] = []
    errors: list[RowError] = []
    seen: dict[tuple, int] = {}
    for number, cells in rows:
        claim = _claim(case, number, cells, zone, errors)
        if claim is None:
            continue
        key = (claim.document_number, claim.venue_id, claim.window_start, claim.window_end)
        if key in seen:
            errors.append(RowError(number, "document_number", f"row {seen[key]} already has "
                                   "the same document, venue and window."))
        seen.setdefault(key, number)
        found.append((number, claim))
    if errors:
        raise KnownError(_summary(path, errors))
    with case.transaction():
        ids = [claims.insert(case, claim, actor, {"csv_row": number}) for number, claim in found]
        case.record(actor, "claims-imported", hashlib.sha256(data).hexdigest(), {
            "source_path": os.path.basename(path), "source_name": os.path.basename(path),
            "zone": zone, "claim_ids": ids})
    return ids


def _read(path: str | os.PathLike[str]) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise KnownError(f"{path} could not be read: {exc.strerror or exc}.") from None


def _rows(data: bytes, path: str | os.PathLike[str]) -> list[tuple[int, dict[str, str]]]:
    """(spreadsheet row number, {column: cell}) for every row that is not blank."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise KnownError(f"{path} is not UTF-8 text (line {line}); save it from the "
                         "spreadsheet as 'CSV UTF-8'.") from None
    first = text.split("\n", 1)[0]
    separator = max((",", ";", "\t"), key=first.count)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    if not records or not any(cell.strip() for cell in records[0]):
        raise KnownError(f"{path} has no header row (row 1 must name the columns: "
                         f"{', '.join(COLUMNS)}).")
    header = _header(records[0], path)
    rows = []
    for number, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        extra = [cell for cell in cells[len(header):] if cell.strip()]
        if extra:
            raise KnownError(f"{path}, row {number}: more cells than the header has columns "
                             f"('{extra[0]}' after the last one).")
        rows.append((number, {name: cell for name, cell in zip(header, cells, strict=False)}))
    if not rows:
        raise KnownError(f"{path} has a header but no rows: nothing to import.")
    return rows


def _header(cells: list[str], path: str | os.PathLike[str]) -> list[str]:
    names = [cell.strip().lower().replace(" ", "_") for cell in cells]
    problems = []
    unknown = [name for name in names if name and name not in COLUMNS]
    if unknown:
        problems.append(f"unknown column '{unknown[0]}'")
    twice = sorted({name for name in names if name and names.count(name) > 1})
    if twice:
        problems.append(f"column '{twice[0]}' appears twice")
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        problems.append(f"no column {', '.join(missing)}")
    if problems:
        raise KnownError(f"{path}, row 1 (the header): {'; '.join(problems)}. The columns are "
                         f"{', '.join(COLUMNS)}; required: {', '.join(REQUIRED)}.")
    return names


def _claim(case: Case, number: int, cells: dict[str, str], zone: str,
           errors: list[RowError]) -> Claim | None:
    """The row as a claim, or None with its problems added to `errors`."""
    cell = {name: cells.get(name, "").strip() for name in COLUMNS}
    bad: dict[str, str] = {}
    participants = _whole_number(cell["expected_participants"], bad)
    venue_id = _field(bad, lambda: claim_fields.resolve_venue(case, cell["venue"]),
                      0) if cell["venue"] else _missing(bad, "venue", 0)
    window_start, window_end = _window(cell, zone, bad)
    category = _field(bad, lambda: claim_fields.category_of(cell["category"]),
                      None) if cell["category"] else None
    form = _field(bad, lambda: claim_fields.form_of(cell["assembly_form"]), None)
    ground = _field(bad, lambda: claim_fields.ground_of(cell["ground"]), None)
    claim = Claim(document_number=cell["document_number"],
                  document_date=cell["document_date"], authority=cell["authority"],
                  signatory=cell["signatory"], event_hours=cell["event_hours"],
                  excuse_text=cell["excuse_text"],
                  alternative_offered=cell["alternative_offered"], notes=cell["notes"],
                  event_date=cell["event_date"] or None, expected_participants=participants,
                  venue_id=venue_id, window_start=window_start, window_end=window_end,
                  window_zone=zone, category=category or Category.OTHER,
                  assembly_form=form, ground=ground, notified_on=cell["notified_on"] or None,
                  answered_on=cell["answered_on"] or None)
    if cell["category"] == "":
        claim = claims.proposed(claim)
    claim = claim_fields.tidy(claim)
    unknown = frozenset({_FIELD_OF.get(column, column) for column in bad})
    if {"window_start", "window_end"} & unknown:  # read together: neither end is known
        unknown |= {"window_start", "window_end"}
    for problem in claim_fields.problems(case, claim, unknown):
        column = _COLUMN_OF.get(problem.field, problem.field)
        bad.setdefault(column, problem.problem)
    errors.extend(RowError(number, column, bad[column]) for column in COLUMNS if column in bad)
    return None if bad else claim


def _window(cell: dict[str, str], zone: str, bad: dict[str, str]) -> tuple[datetime, datetime]:
    placeholder = (datetime(1970, 1, 1, tzinfo=UTC), datetime(1970, 1, 2, tzinfo=UTC))
    if not cell["window_start"]:
        return _missing(bad, "window_start", placeholder)
    return _field(bad, lambda: claim_fields.window_from_local(
        cell["window_start"], cell["window_end"] or None, zone), placeholder)


def _field(bad: dict[str, str], read: Callable[[], T], placeholder: T) -> T:
    """What `read` returns, or the placeholder with its problem noted under its column."""
    try:
        return read()
    except claim_fields.FieldError as exc:
        bad.setdefault(_COLUMN_OF.get(exc.field, exc.field), exc.problem)
        return placeholder


def _missing(bad: dict[str, str], column: str, placeholder: T) -> T:
    bad[column] = "missing."
    return placeholder


def _whole_number(text: str, bad: dict[str, str]) -> int | None:
    digits = "".join(text.split())  # "1 500" as spreadsheets in ru/kk locales write it
    if not digits:
        return None
    # ASCII digits only ('²'.isdigit() is true too), and few enough for SQLite's integers.
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 12:
        bad["expected_participants"] = (f"'{text}' is not a number of people (a whole number, "
                                        "0 or more).")
        return None
    return int(digits)


def _summary(path: str | os.PathLike[str], errors: list[RowError]) -> str:
    lines = [f"Nothing was imported from {printable(str(path))}: {len(errors)} problem"
             f"{'' if len(errors) == 1 else 's'} to fix first."]
    lines += [f"  {error}" for error in errors[:MAX_SHOWN]]
    if len(errors) > MAX_SHOWN:
        lines.append(f"  … and {len(errors) - MAX_SHOWN} more.")
    return "\n".join(lines)
