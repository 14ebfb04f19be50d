"""Official refusals ("claims"): what each document says, checked, kept and vouched for.

Every change to a claim is written together with a custody entry carrying the row's digest
(`evidence.audit`), so `verify` catches a claim edited outside Skver. A claim's window is kept
in UTC with the IANA zone it was stated in (`claim_fields` reads and checks it); the scanned
letter is stored like a photo original: once, read-only, named by its SHA-256.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime

from evidence import audit, sniff
from evidence.claim_fields import (
    UTC_FORMAT,
    FieldError,
    category_of,
    format_utc,
    local_window,
    resolve_venue,
    validate,
    window_from_local,
)
from evidence.classifier import Proposal, classify
from evidence.errors import KnownError
from evidence.model import Category, Claim
from evidence.store import Case, stored_relpath

__all__ = ["EDITABLE", "FieldError", "Proposal", "StoredLetter", "add", "all_claims",
           "attach_letter", "category_of", "classify", "confirm_category", "edit",
           "forget_letter", "format_utc", "get", "insert", "link_letter", "local_window",
           "proposed", "resolve_venue", "store_letter", "validate", "window_from_local"]
EDITABLE = frozenset({
    "document_number", "document_date", "authority", "signatory", "event_date", "event_hours",
    "expected_participants", "venue_id", "window_start", "window_end", "window_zone",
    "excuse_text", "excuse_lang", "category", "alternative_offered", "notes"})


# -- keeping ------------------------------------------------------------------------------

def proposed(claim: Claim) -> Claim:
    """The claim with the classifier's category, marked as not yet confirmed by a person."""
    proposal = classify(claim.excuse_text)
    return replace(claim, category=proposal.category, category_source="classifier",
                   excuse_lang=claim.excuse_lang or proposal.language)


def add(case: Case, claim: Claim, actor: str, letter: str | os.PathLike[str] | None = None) -> int:
    """Adds a claim (and its scanned letter, if given) in one change; returns its id."""
    claim = validate(case, claim)
    if letter is None:
        with case.transaction():
            return insert(case, claim, actor)
    with case.exclusive("attaching a letter"):
        stored = store_letter(case, letter)
        with _cleaning_up(case, stored), case.transaction():
            claim_id = insert(case, claim, actor)
            link_letter(case, claim_id, stored, actor)
    return claim_id


def insert(case: Case, claim: Claim, actor: str, details: dict | None = None) -> int:
    """Writes a validated claim inside the caller's transaction; returns its id."""
    values = _row(claim)
    cursor = case.conn.execute(
        f"INSERT INTO claims ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        tuple(values.values()))
    claim_id = int(cursor.lastrowid)
    audit.record(case, actor, "claim-added", "claims", claim_id,
                 {"document_number": claim.document_number, **(details or {})})
    return claim_id


def edit(case: Case, claim_id: int, changes: dict, actor: str) -> Claim:
    """Changes some fields of a claim (names as in model.Claim); returns the claim as it now is.

    A category given here counts as confirmed by a person. A new excuse text of a claim whose
    category was only proposed gets a new proposal.
    """
    old = get(case, claim_id)
    for name in sorted(set(changes) - EDITABLE):
        raise FieldError(name, f"cannot be edited here (editable: {', '.join(sorted(EDITABLE))}).")
    new = replace(old, **changes)
    if "excuse_text" in changes and "excuse_lang" not in changes:
        new = replace(new, excuse_lang="")
    if "category" in changes:
        new = replace(new, category_source="user")
    elif "excuse_text" in changes and old.category_source == "classifier":
        new = proposed(new)
    new = validate(case, new)
    changed = sorted(f.name for f in fields(Claim) if getattr(old, f.name) != getattr(new, f.name))
    if changed:
        _update(case, new, actor, "claim-edited", {"fields": changed})
    return new


def confirm_category(case: Case, claim_id: int, category: Category | str | None,
                     actor: str) -> Claim:
    """A person confirms the claim's category (or sets another: None keeps the proposed one)."""
    old = get(case, claim_id)
    chosen = old.category if category is None else category_of(category)
    new = replace(old, category=chosen, category_source="user")
    if new != old:
        _update(case, new, actor, "claim-category-confirmed", {
            "category": chosen.value, "was": old.category.value,
            "was_source": old.category_source})
    return new


def get(case: Case, claim_id: int) -> Claim:
    row = case.conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if row is None:
        raise KnownError(f"There is no claim {claim_id} in this case (`claim list` shows them).")
    return _from_row(row)


def all_claims(case: Case, venue: int | str | None = None,
               category: Category | str | None = None) -> list[Claim]:
    """The case's claims in the order they were added, optionally of one venue or category."""
    query, params = "SELECT * FROM claims WHERE 1", []
    if venue is not None:
        query += " AND venue_id = ?"
        params.append(resolve_venue(case, venue))
    if category is not None:
        query += " AND category = ?"
        params.append(category_of(category).value)
    return [_from_row(row) for row in case.conn.execute(query + " ORDER BY id", params)]


def _update(case: Case, claim: Claim, actor: str, action: str, details: dict) -> None:
    values = _row(claim)
    with case.transaction():
        case.conn.execute(f"UPDATE claims SET {', '.join(f'{k} = ?' for k in values)} "
                          "WHERE id = ?", (*values.values(), claim.id))
        audit.record(case, actor, action, "claims", claim.id,
                     {"document_number": claim.document_number, **details})


def _row(claim: Claim) -> dict:
    values = {f.name: getattr(claim, f.name) for f in fields(Claim)
              if f.name not in ("id", "window_start", "window_end")}
    values.update(window_start_utc=format_utc(claim.window_start),
                  window_end_utc=format_utc(claim.window_end), category=claim.category.value)
    return values


def _from_row(row) -> Claim:
    values = {f.name: row[f.name] for f in fields(Claim)
              if f.name not in ("window_start", "window_end", "category")}
    return Claim(**values, category=Category(row["category"]),
                 window_start=_parse_utc(row["window_start_utc"]),
                 window_end=_parse_utc(row["window_end_utc"]))


def _parse_utc(text: str) -> datetime:
    return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)


# -- the scanned letter -------------------------------------------------------------------

@dataclass(frozen=True)
class StoredLetter:
    relpath: str
    sha256: str
    media_type: str
    size_bytes: int
    source: str


def attach_letter(case: Case, claim_id: int, path: str | os.PathLike[str], actor: str) -> Claim:
    """Stores the scanned refusal letter (PDF or image) as an original and links it to the claim.

    A letter is evidence: a claim keeps the letter it was given; attaching the same bytes again
    changes nothing.
    """
    claim = get(case, claim_id)
    with case.exclusive("attaching a letter"):
        stored = store_letter(case, path)
        if claim.letter_sha256 == stored.sha256:
            return claim
        if claim.letter_sha256 is not None:
            forget_letter(case, stored)
            raise KnownError(f"Claim {claim_id} already has its letter ({claim.letter_path}); "
                             "a letter kept as evidence is not replaced.")
        with _cleaning_up(case, stored), case.transaction():
            link_letter(case, claim_id, stored, actor)
    return get(case, claim_id)


def letter_media_type(head: bytes) -> str | None:
    """'application/pdf' or an image type from a file's first bytes; None for anything else."""
    return "application/pdf" if head.startswith(b"%PDF-") else sniff.media_type(head)


def store_letter(case: Case, source: str | os.PathLike[str]) -> StoredLetter:
    """Keeps a letter's bytes in the originals store; `link_letter` then gives it to a claim."""
    try:
        temp, sha256 = case.files.stage_copy(source)
    except OSError as exc:
        raise KnownError(f"The letter {source} could not be read: "
                         f"{exc.strerror or exc}.") from None
    # The bytes that will be kept, not the source's name (an encrypted copy: the source's,
    # checked against the copy's hash).
    readable = case.files.readable_copy(temp, os.fspath(source))
    with open(readable, "rb") as fh:
        media_type = letter_media_type(fh.read(sniff.HEAD_BYTES))
        fh.seek(0)
        same = readable == str(temp) or hashlib.file_digest(fh, "sha256").hexdigest() == sha256
        size = fh.seek(0, os.SEEK_END)
    if media_type is None or not same:
        temp.unlink()
        raise KnownError(f"The letter {source} is neither a PDF nor an image Skver reads "
                         "(JPEG, PNG, TIFF, HEIC, WebP)." if same else
                         f"The letter {source} changed while it was being copied; attach it "
                         "again.")
    relpath = stored_relpath(sha256, media_type)
    case.files.put_original(temp, relpath, sha256)
    return StoredLetter(relpath, sha256, media_type, size, os.path.abspath(source))


def link_letter(case: Case, claim_id: int, letter: StoredLetter, actor: str) -> None:
    """Inside the caller's transaction: the custody entry for the file, then the claim's row."""
    number = case.conn.execute("SELECT document_number FROM claims WHERE id = ?",
                               (claim_id,)).fetchone()[0]
    case.record(actor, "letter-attached", letter.sha256, {
        "claim_id": claim_id, "document_number": number, "stored_path": letter.relpath,
        "media_type": letter.media_type, "size_bytes": letter.size_bytes,
        "source_path": letter.source, "source_name": os.path.basename(letter.source)})
    case.conn.execute("UPDATE claims SET letter_sha256 = ?, letter_path = ? WHERE id = ?",
                      (letter.sha256, letter.relpath, claim_id))
    audit.record(case, actor, "claim-edited", "claims", claim_id, {
        "document_number": number, "fields": ["letter_path", "letter_sha256"]})


@contextmanager
def _cleaning_up(case: Case, letter: StoredLetter) -> Iterator[None]:
    """Removes a just-stored letter again when the change that would keep it fails."""
    try:
        yield
    except BaseException:
        forget_letter(case, letter)
        raise


def forget_letter(case: Case, letter: StoredLetter) -> None:
    """Deletes a stored letter file that nothing in the case refers to."""
    used = case.conn.execute(
        "SELECT 1 FROM photos WHERE stored_path = ? UNION ALL "
        "SELECT 1 FROM claims WHERE letter_path = ?", (letter.relpath, letter.relpath)).fetchone()
    if used is None:
        case.files.unlink(letter.relpath)
