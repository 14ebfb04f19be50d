"""Was the refusal itself in order? The refusal's procedure measured against the statute.

Each `ProcedureFinding` is a fact for the reader, never a legal conclusion: the code, the facts of
the record it rests on (dates, the form of assembly, the working days counted and the calendar
used), a `statement` of what the record shows and the `rule` it was measured against, with its
article; both are phrases, said in English, Russian or Kazakh from a report's table.

The rules (the Law of 25 May 2020 No. 333-VI "On the procedure for organising and holding
peaceful assemblies in the Republic of Kazakhstan"):
- a picket, meeting or rally is notified at least 5 working days before it (Art. 10) and the
  akimat answers within 3 working days of registering the notification (Art. 11(1)); a
  demonstration or march is applied for at least 10 working days before it (Art. 12) and
  answered within 7 (Art. 13(1)). Working days are counted from the day after the registration
  (evidence/workdays.py); the lead time up to the day before the assembly;
- a refusal rests on one of the grounds listed in Art. 14(1), within those deadlines; a late
  notification is itself one of them (Art. 14(1)(4)), so `late_notification` cuts both ways;
- the Constitutional Court's normative resolution of 20 January 2025 No. 61-NP: before refusing
  on the ground of Art. 14(1)(10) (another event planned, or construction works carried out, at
  that place and time) the akimat first proposes another place and/or time.

`procedure_findings` is the entry point; the akimat's published occupancy (`event_not_published`)
comes in through its `occupancy` check.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from evidence import workdays
from evidence.model import AssemblyForm, Category, Claim, Venue
from evidence.phrases import Phrase, phrase, render

LAW = "Law of 25 May 2020 No. 333-VI"
RESOLUTION_61_NP = date(2025, 1, 20)
NONE_CITED = "none"
# Art. 14(1)(10): another event planned, or construction works carried out, at that place and time.
OTHER_EVENT_ITEM = "10"
# The items of Art. 14(1) whose wording Skver's tables give (evidence/procedure_words.py: a
# summary, not the statute's text); any other item is named by its number only.
WORDED_ITEMS = ("1", "2", "3", "4", "5", "10")
# The excuse categories Art. 14(1)(10) covers.
ITEM_10_CATEGORIES = frozenset({Category.OTHER_EVENT, Category.REPAIR_WORKS})


class ProcedureCode(StrEnum):
    LATE_ANSWER = "late_answer"
    LATE_NOTIFICATION = "late_notification"
    NO_ALTERNATIVE_OFFERED = "no_alternative_offered"
    GROUND_NOT_IN_LIST = "ground_not_in_list"
    EVENT_NOT_PUBLISHED = "event_not_published"
    # The akimat's published occupancy (evidence/occupancy_check.py): an event listed there, or
    # no page kept that covers the refusal's dates (then no absence is claimed).
    EVENT_PUBLISHED = "event_published"
    OCCUPANCY_NOT_COVERED = "occupancy_not_covered"


class Notice(StrEnum):
    """Which of the statute's two procedures a form of assembly follows."""

    NOTIFICATION = "notification"   # picket, meeting, rally: Arts. 10-11
    APPLICATION = "application"     # demonstration, march: Arts. 12-13


@dataclass(frozen=True)
class Deadlines:
    notice: Notice
    lead_working_days: int     # the organiser files at least this many working days ahead
    answer_working_days: int   # the akimat answers within this many of the registration
    articles: str


NOTIFIED = Deadlines(Notice.NOTIFICATION, 5, 3, "10, 11(1)")
APPLIED = Deadlines(Notice.APPLICATION, 10, 7, "12, 13(1)")


def deadlines(form: AssemblyForm) -> Deadlines:
    return APPLIED if form in (AssemblyForm.DEMONSTRATION, AssemblyForm.MARCH) else NOTIFIED


@dataclass(frozen=True)
class ProcedureFinding:
    """One fact about the refusal's procedure: what the record shows, against which rule."""

    code: ProcedureCode
    facts: tuple[tuple[str, Any], ...]   # JSON values: the record's facts it rests on
    statement: Phrase                    # what the record shows
    rule: Phrase                         # the rule it was measured against, with its article

    @property
    def fact(self) -> Mapping[str, Any]:
        return dict(self.facts)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code.value, "facts": dict(self.facts),
                "rule": render(self.rule), "statement": render(self.statement),
                "phrases": {"statement": self.statement.as_json(),
                            "rule": self.rule.as_json()}}


# The akimat's published occupancy, checked by its own module: the findings it makes of a claim.
OccupancyCheck = Callable[[Claim, Venue | None], tuple[ProcedureFinding, ...]]


def procedure_findings(claim: Claim, venue: Venue | None = None, *,
                       occupancy: OccupancyCheck | None = None,
                       ) -> tuple[ProcedureFinding, ...]:
    """The procedure findings of one refusal, in a fixed order; none when nothing is recorded."""
    found = [*_late_answer(claim), *_late_notification(claim), *_ground_not_in_list(claim),
             *_no_alternative(claim)]
    if occupancy is not None:
        found.extend(occupancy(claim, venue))
    return tuple(found)


def ground_phrase(ground: str | None) -> Phrase | None:
    """The ground recorded, as the report and the window name it; None when not recorded."""
    if ground is None:
        return None
    if ground == NONE_CITED:
        return phrase("ground.none")
    if ground in WORDED_ITEMS:
        return phrase("ground.item_worded", item=ground, wording=phrase(f"ground.{ground}"))
    return phrase("ground.item", item=ground)


def answered(claim: Claim) -> tuple[date, str]:
    """The day the answer came, and where that day is from: 'receipt' or 'letter'."""
    if claim.answered_on:
        return date.fromisoformat(claim.answered_on), "receipt"
    return date.fromisoformat(claim.document_date), "letter"


def _form(form: AssemblyForm) -> Phrase:
    return phrase(f"procedure.form.{form.value}")


def _count_facts(counted: workdays.Count) -> dict[str, Any]:
    return {"working_days_counted": counted.working_days,
            "days_not_counted": [{"date": d.day.isoformat(), "holiday": d.name}
                                 for d in counted.days_off],
            "working_weekend_days": [{"date": d.day.isoformat(), "decree": d.decree}
                                     for d in counted.working_weekend],
            "calendar": workdays.CALENDAR_NAME,
            "calendar_confirmed": not counted.unconfirmed}


def _calendar(counted: workdays.Count) -> Phrase:
    """The calendar used, and the days it passed over or counted by decree."""
    passed = [phrase("procedure.day", day=d.day.isoformat()) for d in counted.days_off]
    weekend = [phrase("procedure.day", day=d.day.isoformat()) for d in counted.working_weekend]
    parts = [phrase("procedure.calendar")]
    if passed:
        parts.append(phrase("procedure.days_off", items=passed))
    if weekend:
        parts.append(phrase("procedure.working_weekend", items=weekend))
    if counted.unconfirmed:
        parts.append(phrase("procedure.calendar_unconfirmed"))
    return phrase("procedure.calendar_used", notes=parts)


def _late_answer(claim: Claim) -> tuple[ProcedureFinding, ...]:
    if claim.assembly_form is None or not claim.notified_on:
        return ()
    notified = date.fromisoformat(claim.notified_on)
    answer, source = answered(claim)
    rule = deadlines(claim.assembly_form)
    deadline = workdays.add(notified, rule.answer_working_days)
    if answer <= deadline:
        return ()
    counted = workdays.count(notified, answer)
    facts = {"form": claim.assembly_form.value, "notified_on": notified.isoformat(),
             "answered_on": answer.isoformat(), "answered_on_source": source,
             "limit_working_days": rule.answer_working_days, "deadline": deadline.isoformat(),
             **_count_facts(counted)}
    statement = phrase("procedure.late_answer", form=_form(claim.assembly_form),
                       notice=phrase(f"procedure.notice.{rule.notice.value}"),
                       date=notified.isoformat(), day=answer.isoformat(),
                       source=phrase(f"procedure.answered.{source}"),
                       counted=counted.working_days, limit=rule.answer_working_days,
                       valid_to=deadline.isoformat(), calendar=_calendar(counted))
    return (ProcedureFinding(ProcedureCode.LATE_ANSWER, tuple(facts.items()), statement,
                             phrase(f"procedure.rule.answer.{rule.notice.value}")),)


def _late_notification(claim: Claim) -> tuple[ProcedureFinding, ...]:
    if claim.assembly_form is None or not claim.notified_on or not claim.event_date:
        return ()
    notified = date.fromisoformat(claim.notified_on)
    event = date.fromisoformat(claim.event_date)
    rule = deadlines(claim.assembly_form)
    counted = workdays.count(notified, event - timedelta(days=1))
    if counted.working_days >= rule.lead_working_days:
        return ()
    facts = {"form": claim.assembly_form.value, "notified_on": notified.isoformat(),
             "event_date": event.isoformat(), "limit_working_days": rule.lead_working_days,
             **_count_facts(counted)}
    statement = phrase("procedure.late_notification", form=_form(claim.assembly_form),
                       notice=phrase(f"procedure.notice.{rule.notice.value}"),
                       date=notified.isoformat(), day=event.isoformat(),
                       counted=counted.working_days, limit=rule.lead_working_days,
                       calendar=_calendar(counted))
    return (ProcedureFinding(ProcedureCode.LATE_NOTIFICATION, tuple(facts.items()), statement,
                             phrase(f"procedure.rule.lead.{rule.notice.value}")),)


def _ground_not_in_list(claim: Claim) -> tuple[ProcedureFinding, ...]:
    if claim.ground != NONE_CITED:
        return ()
    facts = {"ground": NONE_CITED, "category": claim.category.value}
    return (ProcedureFinding(ProcedureCode.GROUND_NOT_IN_LIST, tuple(facts.items()),
                             phrase("procedure.ground_not_in_list"),
                             phrase("procedure.rule.grounds")),)


def is_item_10(claim: Claim) -> bool:
    """The refusal rests on Art. 14(1)(10): cited so, or an other-event or works excuse."""
    if claim.ground not in (None, NONE_CITED):
        return claim.ground == OTHER_EVENT_ITEM
    return claim.category in ITEM_10_CATEGORIES


def recorded(claim: Claim) -> bool:
    """Whether anyone recorded the refusal's procedure (a refusal from before has none)."""
    return any(v is not None for v in (claim.assembly_form, claim.notified_on,
                                        claim.answered_on, claim.ground))


def _no_alternative(claim: Claim) -> tuple[ProcedureFinding, ...]:
    # An empty alternative says "none offered" only where the procedure was recorded.
    if not recorded(claim) or not is_item_10(claim) or claim.alternative_offered.strip():
        return ()
    # The refusal is as of its letter's date: on or after the resolution's.
    if date.fromisoformat(claim.document_date) < RESOLUTION_61_NP:
        return ()
    facts = {"ground": claim.ground, "category": claim.category.value,
             "document_date": claim.document_date, "alternative_offered": ""}
    key = ("procedure.no_alternative_offered" if claim.ground == OTHER_EVENT_ITEM
           else "procedure.no_alternative_offered_excuse")
    statement = phrase(key, day=claim.document_date)
    return (ProcedureFinding(ProcedureCode.NO_ALTERNATIVE_OFFERED, tuple(facts.items()),
                             statement, phrase("procedure.rule.alternative")),)
