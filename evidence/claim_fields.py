"""Checking what a user says about a refusal: field by field, with the field named.

Windows are read as local times in an IANA zone (the case's, or one given) and turned into UTC
with the offset in force at each end, from the bundled tz database.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from evidence import limits, timing
from evidence.classifier import classify
from evidence.errors import KnownError
from evidence.model import AssemblyForm, Category, Claim
from evidence.store import Case
from evidence.store import claims as claim_rows
from evidence.store import venues as venue_rows
from evidence.store.claims import UTC_FORMAT, format_utc

__all__ = ["UTC_FORMAT", "FieldError", "TooLong", "category_of", "form_of", "format_utc",
           "ground_of", "local_window", "problems", "resolve_venue", "tidy", "validate",
           "window_from_local"]
SOURCES = ("classifier", "user")
# Art. 14(1)'s items are numbered 1) to this (evidence/procedure.py).
LAST_GROUND_ITEM = 30
TEXT_FIELDS = ("document_number", "authority", "signatory", "event_hours", "excuse_text",
               "excuse_lang", "alternative_offered", "notes")
# How long each text may be (evidence/limits.py).
LIMITS = {"document_number": limits.NAME, "authority": limits.NAME, "signatory": limits.NAME,
          "event_hours": limits.NAME, "excuse_text": limits.TEXT, "excuse_lang": limits.CODE,
          "alternative_offered": limits.TEXT, "notes": limits.TEXT}
_MOMENT = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?"
                     r"\s*(Z|[+-]\d{2}:\d{2})?")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


class FieldError(KnownError):
    """A value the user gave for one field of a claim is not acceptable."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field, self.problem = field, problem


class TooLong(FieldError):
    """A text longer than its field keeps (evidence/limits.py): `length` and `limit` in
    characters, for a form to say in its own words."""

    def __init__(self, field: str, length: int, limit: int, problem: str) -> None:
        super().__init__(field, problem)
        self.length, self.limit = length, limit


# -- windows ------------------------------------------------------------------------------

def window_from_local(start: str | date | datetime, end: str | time | date | datetime | None,
                      zone: str) -> tuple[datetime, datetime]:
    """The claimed window as aware UTC instants, from local times in the IANA zone `zone`.

    `start` is 'YYYY-MM-DD HH:MM[:SS]' (or a datetime) read in `zone` unless it carries its own
    offset ('Z', '+05:00'); a bare date starts at local midnight. `end` is the same, or a clock
    time 'HH:MM' on the start's day ('24:00' is midnight after it); a bare date is included
    whole; None ends a bare-date start at the end of that day. Each end takes the offset in
    force at that moment, so Almaty is UTC+6 before 2024-03-01 and UTC+5 after.
    """
    tz = _zone(zone, "window_zone")
    try:
        return _window(start, end, tz, zone)
    except OverflowError:  # a day before 0001-01-01 or after 9999-12-31, in UTC or locally
        raise FieldError("window_start", f"the window '{start}' to '{end}' reaches past the "
                         "ends of the calendar (years 1 to 9999).") from None


def _window(start: str | date | datetime, end: str | time | date | datetime | None,
            tz: tzinfo, zone: str) -> tuple[datetime, datetime]:
    first, whole_day = _moment(start, "window_start")
    if end is None:
        if not whole_day:
            raise FieldError("window_end", "missing: give when the window ends.")
        last = first + timedelta(days=1)
    elif isinstance(end, time) or (isinstance(end, str) and _CLOCK.fullmatch(end.strip())):
        last = _on_day(first, end)
    else:
        last, end_whole_day = _moment(end, "window_end")
        last += timedelta(days=1) if end_whole_day else timedelta(0)
    start_utc, end_utc = _to_utc(first, tz), _to_utc(last, tz)
    if end_utc <= start_utc:
        raise FieldError("window_end", f"the window must end after it starts: {_shown(last)} "
                         f"is not after {_shown(first)} ({zone}).")
    return start_utc, end_utc


def local_window(claim: Claim) -> tuple[datetime, datetime]:
    """The window in the zone it was stated in (aware local datetimes)."""
    tz = timing.zone(claim.window_zone)
    return claim.window_start.astimezone(tz), claim.window_end.astimezone(tz)


def _shown(moment: datetime) -> str:
    shown = moment.strftime("%Y-%m-%d %H:%M")
    return shown if moment.tzinfo is None else shown + (timing.format_offset(
        moment.utcoffset()) or "")


def _moment(value: str | date | datetime, field: str) -> tuple[datetime, bool]:
    """(the moment, naive when local; whether only a date was given)."""
    if isinstance(value, datetime):
        return value, False
    if isinstance(value, date):
        return datetime.combine(value, time()), True
    found = _MOMENT.fullmatch(str(value).strip())
    if not found or (found.group(3) and not found.group(2)):
        raise FieldError(field, f"'{value}' is not a local time (expected 'YYYY-MM-DD HH:MM', "
                         "optionally with an offset such as +05:00 or Z).")
    day, clock, offset = found.groups()
    try:
        moment = datetime.combine(date.fromisoformat(day), _clock(clock or "00:00"))
    except ValueError:
        raise FieldError(field, f"'{value}' is not a real date and time.") from None
    if offset:
        delta = timing.parse_offset(offset)
        if delta is None:
            raise FieldError(field, f"'{offset}' in '{value}' is not a UTC offset.")
        moment = moment.replace(tzinfo=timezone(delta))
    return moment, clock is None


def _on_day(first: datetime, end: str | time) -> datetime:
    """A clock time on the start's day; 24:00 is the midnight that ends it."""
    if isinstance(end, str) and end.strip() in ("24:00", "24:00:00"):
        return datetime.combine(first.date() + timedelta(days=1), time(), first.tzinfo)
    try:
        clock = end if isinstance(end, time) else _clock(end.strip())
    except ValueError:
        raise FieldError("window_end", f"'{end}' is not a clock time.") from None
    return datetime.combine(first.date(), clock, first.tzinfo)


def _clock(text: str) -> time:
    found = _CLOCK.fullmatch(text)
    assert found is not None  # callers pass only text that _CLOCK (or _MOMENT's clock) matched
    hours, minutes, seconds = (int(g or 0) for g in found.groups())
    return time(hours, minutes, seconds)


def _to_utc(moment: datetime, tz: tzinfo) -> datetime:
    if moment.tzinfo is not None:
        return moment.astimezone(UTC)
    return (moment - timing.local_offset(moment, tz)).replace(tzinfo=UTC)


def _zone(name: str, field: str) -> ZoneInfo:
    try:
        return timing.zone(name)
    except KnownError as exc:
        raise FieldError(field, str(exc)) from None


# -- checking -----------------------------------------------------------------------------

def category_of(value: Category | str, field: str = "category") -> Category:
    """A category from its name ('repair_works', also 'repair-works' or 'Repair works')."""
    if isinstance(value, Category):
        return value
    name = re.sub(r"[-\s]+", "_", str(value).strip().lower())
    try:
        return Category(name)
    except ValueError:
        raise FieldError(field, f"'{value}' is not a category (one of: "
                         f"{', '.join(c.value for c in Category)}).") from None


def form_of(value: AssemblyForm | str | None, field: str = "assembly_form",
            ) -> AssemblyForm | None:
    """The form of assembly from its name ('picket', also 'Picket'); None or '' for none."""
    if value is None or isinstance(value, AssemblyForm):
        return value
    name = str(value).strip().lower()
    if not name:
        return None
    try:
        return AssemblyForm(name)
    except ValueError:
        raise FieldError(field, f"'{value}' is not a form of assembly (one of: "
                         f"{', '.join(f.value for f in AssemblyForm)}).") from None


def ground_of(value: str | int | None, field: str = "ground") -> str | None:
    """The Art. 14(1) item cited, as its number ('10'; also '10)' or 'item 10'), 'none' when the
    refusal cites none; None or '' when not recorded."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if not text:
        return None
    if text in ("none", "none cited", "-"):
        return "none"
    found = re.fullmatch(r"(?:item\s*|п\.?\s*|пп\.?\s*)?(\d{1,2})\)?", text)
    if found and 1 <= int(found.group(1)) <= LAST_GROUND_ITEM:
        return str(int(found.group(1)))
    raise FieldError(field, f"'{value}' is not an item of Art. 14(1) (give its number, 1 to "
                     f"{LAST_GROUND_ITEM}, e.g. 10 for another event or works at that place "
                     "and time; or 'none' when the refusal cites no item).")


def resolve_venue(case: Case, ref: int | str, field: str = "venue") -> int:
    """The id of the venue with this id or slug."""
    text = str(ref).strip()
    # Only ASCII digits are an id ('²'.isdigit() is true too), and only as many as SQLite's
    # integers hold; anything else is looked up, and not found, as a slug.
    if text.isascii() and text.isdigit() and len(text) <= 18:
        found = venue_rows.by_id(case, int(text))
    else:
        found = venue_rows.by_slug(case, text)
    if found is None or found.id is None:
        raise FieldError(field, f"there is no venue '{text}' in this case (give its slug or id; "
                         "add venues first).")
    return found.id


def problems(case: Case, claim: Claim, unknown: frozenset[str] = frozenset(), *,
             check_lengths: bool = True) -> list[FieldError]:
    """Everything wrong with a tidied claim, by field; `unknown` fields (already found wrong)
    and the checks that need them are skipped; `check_lengths` False: the texts are another
    case's, kept as they are (a bundle's merge)."""
    found: list[FieldError] = [e for e in (_length_problem(claim, field) for field in LIMITS
                                            if field not in unknown and check_lengths)
                               if e is not None]
    unknown = unknown | {e.field for e in found}
    for field, needs, check in _CHECKS:
        if needs & unknown:
            continue
        problem = check(case, claim)
        if problem:
            found.append(FieldError(field, problem))
    return found


def _length_problem(claim: Claim, field: str) -> TooLong | None:
    value = getattr(claim, field)
    problem = limits.problem("the text", value, LIMITS[field],
                             " (the letter itself can be attached to the refusal)"
                             if field == "excuse_text" else "")
    return None if problem is None else TooLong(field, len(value), LIMITS[field], problem)


def tidy(claim: Claim) -> Claim:
    """Text stripped, the category typed, no empty event date, the language detected."""
    for name in TEXT_FIELDS:
        if not isinstance(getattr(claim, name), str):
            raise FieldError(name, "must be text.")
    claim = replace(claim, category=category_of(claim.category),
                    event_date=(claim.event_date or "").strip() or None,
                    assembly_form=form_of(claim.assembly_form), ground=ground_of(claim.ground),
                    notified_on=_date_text(claim.notified_on, "notified_on"),
                    answered_on=_date_text(claim.answered_on, "answered_on"),
                    **{name: getattr(claim, name).strip() for name in TEXT_FIELDS})
    if not claim.excuse_lang:
        claim = replace(claim, excuse_lang=classify(claim.excuse_text).language)
    return claim


def validate(case: Case, claim: Claim, *, check_lengths: bool = True) -> Claim:
    """The claim tidied; raises a FieldError for its first problem."""
    claim = tidy(claim)
    found = problems(case, claim, check_lengths=check_lengths)
    if found:
        raise found[0]
    return claim


def _date_text(value: object, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldError(field, "must be a date, YYYY-MM-DD.")
    return value.strip() or None


def _notice_problem(claim: Claim) -> str | None:
    """A notification registered after the day of the assembly it notifies."""
    if (not claim.notified_on or not claim.event_date or _date_problem(claim.notified_on, True)
            or _date_problem(claim.event_date, True)):
        return None
    if claim.notified_on > claim.event_date:
        return (f"the notification is registered {claim.notified_on}, after the day of the "
                f"assembly ({claim.event_date}).")
    return None


def _answer_problem(claim: Claim) -> str | None:
    """An answer received before the notification it answers was registered."""
    answered = claim.answered_on or claim.document_date
    if (claim.answered_on and not _date_problem(claim.answered_on, True)
            and not _date_problem(claim.document_date, True)
            and claim.answered_on < claim.document_date):
        return (f"the answer is received {claim.answered_on}, before the letter's date "
                f"({claim.document_date}).")
    if not claim.notified_on or _date_problem(answered, True):
        return None
    if answered < claim.notified_on:
        what = "received" if claim.answered_on else "dated (the letter's date)"
        return (f"the answer is {what} {answered}, before the notification was registered "
                f"({claim.notified_on}).")
    return None


def _date_problem(value: str | None, required: bool) -> str | None:
    if value in (None, ""):
        return "missing." if required else None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            date.fromisoformat(value)
            return None
    except ValueError:
        pass
    return f"'{value}' is not a date (expected YYYY-MM-DD)."


def _window_problem(claim: Claim) -> str | None:
    ends = (claim.window_start, claim.window_end)
    if any(not isinstance(e, datetime) or e.tzinfo is None for e in ends):
        return "the window needs both ends as times with a known offset."
    if claim.window_end <= claim.window_start:
        return (f"the window must end after it starts ({format_utc(claim.window_start)}), "
                f"not at {format_utc(claim.window_end)}.")
    return None


def _zone_problem(name: str) -> str | None:
    try:
        timing.zone(name)
    except KnownError as exc:
        return str(exc)
    return None


def _participants_problem(value: int | None) -> str | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        return None
    return f"'{value}' is not a number of people (a whole number, 0 or more)."


def _venue_problem(case: Case, venue_id: int) -> str | None:
    if isinstance(venue_id, int) and venue_rows.by_id(case, venue_id) is not None:
        return None
    return f"there is no venue {venue_id} in this case."


def _duplicate_problem(case: Case, claim: Claim) -> str | None:
    if _window_problem(claim) or _venue_problem(case, claim.venue_id):
        return None
    other = claim_rows.same_document(case, claim)
    return None if other is None else (
        f"claim {other} already records document '{claim.document_number}' for this venue "
        "and window.")


# (the field a problem is reported under, the fields the check reads, the check)
_CHECKS = (
    ("document_number", {"document_number"},
     lambda _, c: None if c.document_number else "missing."),
    ("document_date", {"document_date"}, lambda _, c: _date_problem(c.document_date, True)),
    ("event_date", {"event_date"}, lambda _, c: _date_problem(c.event_date, False)),
    ("notified_on", {"notified_on"}, lambda _, c: _date_problem(c.notified_on, False)),
    ("answered_on", {"answered_on"}, lambda _, c: _date_problem(c.answered_on, False)),
    ("answered_on", {"notified_on", "answered_on", "document_date"},
     lambda _, c: _answer_problem(c)),
    ("notified_on", {"notified_on", "event_date"}, lambda _, c: _notice_problem(c)),
    ("expected_participants", {"expected_participants"},
     lambda _, c: _participants_problem(c.expected_participants)),
    ("venue_id", {"venue_id"}, lambda case, c: _venue_problem(case, c.venue_id)),
    ("window_zone", {"window_zone"}, lambda _, c: _zone_problem(c.window_zone)),
    ("window_end", {"window_start", "window_end"}, lambda _, c: _window_problem(c)),
    ("excuse_text", {"excuse_text"}, lambda _, c: None if c.excuse_text else
     "missing: the refusal's reason in its own words."),
    ("category_source", {"category_source"}, lambda _, c: None
     if c.category_source in SOURCES else
     f"'{c.category_source}' is not one of {', '.join(SOURCES)}."),
    ("document_number", {"document_number", "venue_id", "window_start", "window_end"},
     _duplicate_problem),
)
