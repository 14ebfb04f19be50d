"""Refusal changes as the session's tasks: each changes the case it is given (opened on the
session's worker) and says what it wrote, so the session reads that back and judges it.

Nothing here touches Qt; a SQLite connection never leaves the thread that opened it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from evidence import claim_fields, claims, claims_csv
from evidence.claim_fields import FieldError, window_from_local
from evidence.model import Category, Claim
from evidence.store import Case
from gui.app.session import Written
from gui.app.state import CaseState, Refresh
from gui.refusals.span import PhotoSpan
from gui.widgets import vocabulary

DEFAULT_ZONE = "Asia/Almaty"


@dataclass(frozen=True)
class VenueChoice:
    id: int
    slug: str
    name: str


@dataclass(frozen=True)
class FormContext:
    """What the refusal form needs from the case: its venues, its zone, the claim to edit."""

    root: str
    zone: str
    venues: tuple[VenueChoice, ...]
    claim: Claim | None
    span: PhotoSpan | None = None   # a new refusal's window and venue proposed from photos


@dataclass(frozen=True)
class RefusalInput:
    """The form's values as typed; the window in local 'YYYY-MM-DD HH:MM' in `window_zone`."""

    document_number: str
    document_date: str
    venue_id: int
    window_start: str
    window_end: str
    window_zone: str
    excuse_text: str
    category: str
    confirmed: bool             # the person confirmed (or chose) the category
    excuse_lang: str = ""
    authority: str = ""
    signatory: str = ""
    event_date: str | None = None
    event_hours: str = ""
    expected_participants: int | None = None
    letter: str | None = None   # a scanned letter to attach
    claim_id: int | None = None  # None: a new refusal
    # the refusal's procedure (evidence/procedure.py); None: not recorded
    alternative_offered: str = ""
    assembly_form: str | None = None
    notified_on: str | None = None
    answered_on: str | None = None
    ground: str | None = None
    # Fields the form could not read (its own words say why); the checks that need them wait.
    unknown: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Saved:
    """What Save came to: the refusal's id, or nothing written and the problems found."""

    claim_id: int | None
    problems: tuple[FieldError, ...] = ()


# A claim's window while its ends are unknown: only the checks that do not read it run.
_NO_WINDOW = (datetime(1970, 1, 1, tzinfo=UTC), datetime(1970, 1, 2, tzinfo=UTC))


def form_context(state: CaseState, claim_id: int | None,
                 span: PhotoSpan | None = None) -> FormContext:
    """What the form shows: the case's venues and zone, and the claim to edit (if any), or a
    new refusal's window and venue proposed from photos."""
    zone = state.timezone or DEFAULT_ZONE
    choices = tuple(VenueChoice(v.id, v.slug, vocabulary.venue_name(v))  # the UI's language
                    for v in state.data.venues if v.id is not None)
    claim = state.data.claim(claim_id) if claim_id is not None and \
        state.data.has_claim(claim_id) else None
    return FormContext(state.root, claim.window_zone if claim else zone, choices, claim,
                       None if claim else span)


def problems(case: Case, typed: RefusalInput) -> tuple[FieldError, ...]:
    """Everything the case's checks (`claim_fields.problems`) find wrong with what was typed,
    each under its field; the fields the form could not read are left to the form."""
    unknown = set(typed.unknown)
    found: list[FieldError] = []
    window = _NO_WINDOW
    if not unknown & {"window_start", "window_end", "window_zone"}:
        try:
            window = window_from_local(typed.window_start, typed.window_end, typed.window_zone)
        except FieldError as exc:
            found.append(exc)
            unknown |= {"window_start", "window_end", exc.field}
    try:
        category = claim_fields.category_of(typed.category)
    except FieldError as exc:
        found.append(exc)
        category = Category.OTHER
    claim = claim_fields.tidy(Claim(**_fields(typed, *window), category=category,
                                    id=typed.claim_id))
    return (*found, *claim_fields.problems(case, claim, frozenset(unknown)))


def save(case: Case, typed: RefusalInput, actor: str) -> Written[Saved]:
    """Adds or edits the refusal (attaching a letter if one is given) when nothing is wrong
    with it; else writes nothing and says every problem found."""
    found = problems(case, typed)
    if found or typed.unknown:
        return Written(Saved(None, found))
    start, end = window_from_local(typed.window_start, typed.window_end, typed.window_zone)
    if typed.claim_id is None:
        claim_id = _add(case, typed, start, end, actor)
    else:
        claim_id = _edit(case, typed, start, end, actor)
    return Written(Saved(claim_id), Refresh(claims=frozenset({claim_id})))


def _fields(typed: RefusalInput, start: datetime, end: datetime) -> dict[str, Any]:
    names = {f.name for f in fields(Claim)} - {"id", "category_source", "letter_sha256",
                                                "letter_path", "notes"}
    values = {name: getattr(typed, name) for name in names
              if name not in ("window_start", "window_end", "category")}
    return {**values, "window_start": start, "window_end": end}


def _add(case: Case, typed: RefusalInput, start: datetime, end: datetime, actor: str) -> int:
    claim = claims.proposed(Claim(**_fields(typed, start, end), category=Category.OTHER))
    claim_id = claims.add(case, claim, actor, letter=typed.letter)
    if typed.confirmed:
        claims.confirm_category(case, claim_id, typed.category, actor)
    return claim_id


def _edit(case: Case, typed: RefusalInput, start: datetime, end: datetime, actor: str) -> int:
    claim_id = typed.claim_id
    assert claim_id is not None
    old = claims.get(case, claim_id)
    changes = {name: value for name, value in _fields(typed, start, end).items()
               if getattr(old, name) != value}
    if changes:
        claims.edit(case, claim_id, changes, actor)
    if typed.confirmed:
        claims.confirm_category(case, claim_id, typed.category, actor)
    if typed.letter:
        claims.attach_letter(case, claim_id, typed.letter, actor)
    return claim_id


def attach(case: Case, claim_id: int, path: str, actor: str) -> Written[int]:
    claims.attach_letter(case, claim_id, path, actor)
    return Written(claim_id, Refresh(claims=frozenset({claim_id})))


def import_refusals(case: Case, path: str, actor: str) -> Written[int]:
    """Adds every row of a CSV file (all or none); how many."""
    added = claims_csv.import_csv(case, path, actor)
    return Written(len(added), Refresh(claims=frozenset(added)))
