"""The refusal's procedure measured against the statute: facts for the reader."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from evidence.model import AssemblyForm, Category, Claim
from evidence.phrases import render
from evidence.procedure import ProcedureCode, procedure_findings
from reports import strings


def refusal(**changes: object) -> Claim:
    base = Claim(document_number="ZT-1", document_date="2025-06-09", venue_id=1,
                 window_start=datetime(2025, 6, 14, 5, tzinfo=UTC),
                 window_end=datetime(2025, 6, 14, 8, tzinfo=UTC), window_zone="Asia/Almaty",
                 excuse_text="Repair works", category=Category.REPAIR_WORKS,
                 alternative_offered="Gandhi Park, same day", event_date="2025-06-14",
                 assembly_form=AssemblyForm.MEETING, notified_on="2025-06-03")
    return replace(base, **changes)  # type: ignore[arg-type]


def codes(claim: Claim) -> list[str]:
    return [f.code.value for f in procedure_findings(claim)]


def test_answered_monday_after_kurban_ait_is_on_time() -> None:
    assert codes(refusal(answered_on="2025-06-09")) == []


def test_answered_tuesday_is_late_with_the_days_counted() -> None:
    late, = procedure_findings(refusal(answered_on="2025-06-10"))
    assert late.code is ProcedureCode.LATE_ANSWER
    assert late.fact["deadline"] == "2025-06-09"
    assert late.fact["working_days_counted"] == 4
    assert late.fact["days_not_counted"] == [{"date": "2025-06-06", "holiday": "Eid al-Adha"}]
    text = render(late.statement)
    assert "2025-06-03" in text and "2025-06-10" in text and "2025-06-06" in text
    assert "3 working days" in render(late.rule) and "Art. 11(1)" in render(late.rule)


def test_the_letters_date_stands_for_the_answer_when_no_receipt_is_recorded() -> None:
    late, = procedure_findings(refusal(document_date="2025-06-10"))
    assert late.fact["answered_on_source"] == "letter"


def test_a_march_has_seven_working_days() -> None:
    # 4, 5, 9, 10, 11, 12 and 13 June; the event 11 working days after the registration.
    march = refusal(assembly_form=AssemblyForm.MARCH, answered_on="2025-06-13",
                    event_date="2025-06-20")
    assert codes(march) == []
    assert codes(replace(march, answered_on="2025-06-16")) == ["late_answer"]
    assert codes(replace(march, event_date="2025-06-18")) == ["late_notification"]


def test_late_notification_counts_the_organisers_lead_time() -> None:
    short = refusal(answered_on="2025-06-05", event_date="2025-06-10")
    found, = procedure_findings(short)
    assert found.code is ProcedureCode.LATE_NOTIFICATION
    assert found.fact["working_days_counted"] == 3   # 4, 5 and 9 June
    assert "itself a ground for refusal (Art. 14(1)(4))" in render(found.statement)


def test_no_alternative_after_the_resolution_of_20_january_2025() -> None:
    bare = refusal(answered_on="2025-06-05", alternative_offered="")
    assert codes(bare) == ["no_alternative_offered"]
    assert codes(replace(bare, category=Category.PUBLIC_ORDER)) == []
    before = replace(bare, document_date="2025-01-17", answered_on="2025-01-17",
                     notified_on="2025-01-15", event_date="2025-01-30")
    assert codes(before) == []
    assert "61-NP" in render(procedure_findings(bare)[0].rule)


def test_ground_not_in_list() -> None:
    found = procedure_findings(refusal(answered_on="2025-06-05", ground="none"))
    assert [f.code for f in found] == [ProcedureCode.GROUND_NOT_IN_LIST]


def test_nothing_recorded_nothing_found() -> None:
    old = refusal(assembly_form=None, notified_on=None, alternative_offered="x")
    assert codes(old) == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_findings_are_said_in_russian_and_kazakh(lang: str) -> None:
    table = strings.table(lang)
    for claim in (refusal(answered_on="2025-06-10"), refusal(answered_on="2025-06-05",
                  event_date="2025-06-10", alternative_offered="", ground="none")):
        for found in procedure_findings(claim):
            said = render(found.statement, table) + render(found.rule, table)
            assert "working" not in said and "{" not in said
            assert "03.06.2025" in said or "333-VI" in said


def test_the_ground_is_named_with_its_wording_where_the_table_has_it() -> None:
    from evidence.procedure import ground_phrase

    assert render(ground_phrase("10")).startswith("Art. 14(1)(10): another event is planned")
    assert render(ground_phrase("7")) == "Art. 14(1)(7)"
    assert render(ground_phrase("none")) == "none cited"
    assert ground_phrase(None) is None
    assert render(ground_phrase("10"), strings.table("ru")).startswith(
        "подпункт 10) пункта 1 статьи 14: в этом месте")
