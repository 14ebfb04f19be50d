"""Official refusals ("claims"): what each document says, checked, kept and vouched for.

Every change to a claim is written together with a custody entry carrying the row's digest
(`evidence.audit`), so `verify` catches a claim edited outside Skver. A claim's window is kept
in UTC with the IANA zone it was stated in (`claim_fields` reads and checks it); the scanned
letter is stored like a photo original: once, read-only, named by its SHA-256.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import Any

from evidence import sniff, store
from evidence.claim_fields import (
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
from evidence.store import Case, audit, stored_relpath
from evidence.store import claims as rows

__all__ = ["EDITABLE", "FieldError", "Proposal", "StoredLetter", "add", "all_claims",
           "attach_letter", "category_of", "classify", "confirm_category", "edit",
           "forget_letter", "format_utc", "get", "insert", "link_letter", "local_window",
           "proposed", "resolve_venue", "store_letter", "validate", "window_from_local"]
EDITABLE = frozenset({
    "document_number", "document_date", "authority", "signatory", "event_date", "event_hours",
    "expected_participants", "venue_id", "window_start", "window_end", "window_zone",
    "excuse_text", "excuse_lang", "category", "alternative_offered", "notes",
    "assembly_form", "notified_on", "answered_on", "ground"})


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
    claim_id = rows.insert(case, claim)
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
    found = rows.get(case, claim_id)
    if found is None:
        raise KnownError(f"There is no claim {claim_id} in this case (`claim list` shows them).")
    return found


def all_claims(case: Case, venue: int | str | None = None,
               category: Category | str | None = None) -> list[Claim]:
    """The case's claims in the order they were added, optionally of one venue or category."""
    return rows.all_claims(
        case, None if venue is None else resolve_venue(case, venue),
        None if category is None else category_of(category))


def _update(case: Case, claim: Claim, actor: str, action: str, details: dict) -> None:
    with case.transaction():
        rows.update(case, claim)
        audit.record(case, actor, action, "claims", claim.key,
                     {"document_number": claim.document_number, **details})


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


def store_letter(case: Case, source: str | os.PathLike[str],
                 opener: Callable[[], io.BufferedReader] | None = None) -> StoredLetter:
    """Keeps a letter's bytes in the originals store; `link_letter` then gives it to a claim.
    `opener` opens the source's plain bytes when the file holds them encrypted."""
    store.health.refuse_if_damaged(case, "storing the letter")  # before it is copied in
    try:
        temp, sha256 = case.files.stage_copy(source, opener)
    except OSError as exc:
        raise KnownError(f"The letter {source} could not be read: "
                         f"{exc.strerror or exc}.") from None
    # The bytes that will be kept, not the source's name (an encrypted copy: the source's,
    # checked against the copy's hash).
    readable = case.files.readable_copy(temp, os.fspath(source))
    sealed = opener is not None and readable == os.fspath(source)
    with opener() if sealed and opener is not None else open(readable, "rb") as fh:
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


def link_letter(case: Case, claim_id: int, letter: StoredLetter, actor: str,
                came_from: dict[str, Any] | None = None) -> None:
    """Inside the caller's transaction: the custody entry for the file, then the claim's row.

    The entry names the file, not the folder it was in (evidence/provenance.py); `came_from`
    replaces that when the file came from elsewhere (a merged bundle: its path in the bundle,
    and the bundle)."""
    number = get(case, claim_id).document_number
    name = os.path.basename(letter.source)
    case.record(actor, "letter-attached", letter.sha256, {
        "claim_id": claim_id, "document_number": number, "stored_path": letter.relpath,
        "media_type": letter.media_type, "size_bytes": letter.size_bytes,
        "source_path": name, "source_name": name, **(came_from or {})})
    rows.set_letter(case, claim_id, letter.sha256, letter.relpath)
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
    if not (store.photos.uses_path(case, letter.relpath)
            or rows.uses_letter_path(case, letter.relpath)):
        case.files.unlink(letter.relpath)
