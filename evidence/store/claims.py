"""The claims table: official refusals in and out as `Claim` records.

Only rows: checking a claim and recording its custody entry are `evidence.claims`' work, inside
the transaction that calls these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from evidence.model import AssemblyForm, Category, Claim

if TYPE_CHECKING:
    from evidence.store.case import Case

UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


# The procedure's columns (case format 7): a claim without them is inserted as before, so it
# reads NULL there (and a case at an older format still takes it).
PROCEDURE_COLUMNS = ("assembly_form", "notified_on", "answered_on", "ground")


def insert(case: Case, claim: Claim) -> int:
    values = {k: v for k, v in _values(claim).items()
              if not (k in PROCEDURE_COLUMNS and v is None)}
    cursor = case.conn.execute(
        f"INSERT INTO claims ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        tuple(values.values()))
    return int(cursor.lastrowid or 0)


def update(case: Case, claim: Claim) -> None:
    values = _values(claim)
    case.conn.execute(f"UPDATE claims SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                      (*values.values(), claim.id))


def set_letter(case: Case, claim_id: int, sha256: str, relpath: str) -> None:
    case.conn.execute("UPDATE claims SET letter_sha256 = ?, letter_path = ? WHERE id = ?",
                      (sha256, relpath, claim_id))


def get(case: Case, claim_id: int) -> Claim | None:
    row = case.conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
    return None if row is None else from_stored(row)


def all_claims(case: Case, venue_id: int | None = None,
               category: Category | None = None) -> list[Claim]:
    """The claims in the order they were added, optionally of one venue or category."""
    query = "SELECT * FROM claims WHERE 1"
    params: list[int | str] = []
    if venue_id is not None:
        query += " AND venue_id = ?"
        params.append(venue_id)
    if category is not None:
        query += " AND category = ?"
        params.append(category.value)
    return [from_stored(row) for row in case.conn.execute(query + " ORDER BY id", params)]


def same_document(case: Case, claim: Claim) -> int | None:
    """Another claim recording this document for the same venue and window, if any."""
    row = case.conn.execute(
        "SELECT id FROM claims WHERE document_number = ? AND venue_id = ? AND "
        "window_start_utc = ? AND window_end_utc = ? AND id IS NOT ?",
        (claim.document_number, claim.venue_id, format_utc(claim.window_start),
         format_utc(claim.window_end), claim.id)).fetchone()
    return None if row is None else int(row["id"])


def uses_letter_path(case: Case, relpath: str) -> bool:
    return case.conn.execute("SELECT 1 FROM claims WHERE letter_path = ?",
                             (relpath,)).fetchone() is not None


def format_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(UTC_FORMAT)


def parse_utc(text: str) -> datetime:
    return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)


def _values(claim: Claim) -> dict[str, Any]:
    values = {f.name: getattr(claim, f.name) for f in fields(Claim)
              if f.name not in ("id", "window_start", "window_end")}
    values.update(window_start_utc=format_utc(claim.window_start),
                  window_end_utc=format_utc(claim.window_end), category=claim.category.value,
                  assembly_form=claim.assembly_form and claim.assembly_form.value)
    return values


def from_stored(row: Mapping[str, Any]) -> Claim:
    # A bundle's manifest from before the procedure columns has no such keys: None, as the
    # migration leaves them on the refusals it finds.
    present = set(row.keys())
    values: dict[str, Any] = {
        f.name: None if f.name in PROCEDURE_COLUMNS and f.name not in present else row[f.name]
        for f in fields(Claim)
        if f.name not in ("window_start", "window_end", "category", "assembly_form")}
    form = row["assembly_form"] if "assembly_form" in present else None
    return Claim(**values, category=Category(row["category"]),
                 assembly_form=None if form is None else AssemblyForm(form),
                 window_start=parse_utc(row["window_start_utc"]),
                 window_end=parse_utc(row["window_end_utc"]))
