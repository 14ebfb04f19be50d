"""The refusal's procedure in the window (issue 20): recorded in the refusal form, kept when
the form edits the refusal again, checked beside its fields, and its findings shown in the
refusal pane in the interface's language. Driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence import claims
from evidence.model import AssemblyForm
from evidence.store import Case
from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.refusals import detail
from tests.gui.test_refusal_form import fill_in, stored


@pytest.fixture
def case_root(tmp_path: Path) -> Path:
    from tests.helpers.casework import add_venue

    root = tmp_path / "case"
    with Case.create(root, title="Procedure", timezone="Asia/Almaty", actor="t") as case:
        add_venue(case, "square")
    return root


@pytest.fixture
def opened(window: MainWindow, qtbot, case_root: Path) -> MainWindow:
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(case_root))
    window.tabs.setCurrentWidget(window.refusals)
    return window


def procedure_in(form, qtbot, *, notified: str, answered: str) -> None:
    form.assembly_form.setCurrentIndex(form.assembly_form.findData("meeting"))
    qtbot.keyClicks(form.notified_on.line, notified)
    qtbot.keyClicks(form.answered_on.line, answered)
    form.ground.setCurrentIndex(form.ground.findData("10"))


def save(window: MainWindow, qtbot, form) -> None:
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()


def test_a_late_answer_across_the_working_saturday_and_may_holidays(opened, qtbot, case_root):
    # Notified Thursday 2 May 2024: 3 working days are 3 May, Saturday 4 May (a working day by
    # decree) and 6 May; 7, 8 and 9 May were days off. Answered 7 May: late.
    form = fill_in(opened, qtbot)
    procedure_in(form, qtbot, notified="2024-05-02", answered="2024-05-07")
    assert form.ground.itemText(form.ground.currentIndex()) == "Art. 14(1)(10)"
    assert "another event is planned" in form.ground.itemData(
        form.ground.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    save(opened, qtbot, form)
    [claim] = stored(case_root)
    assert (claim.assembly_form, claim.notified_on, claim.answered_on, claim.ground) == (
        AssemblyForm.MEETING, "2024-05-02", "2024-05-07", "10")
    pane = opened.refusals.detail.toPlainText()
    assert "The refusal's procedure" in pane and "Answer after the deadline" in pane
    assert "3 working days counted from the registration ended on 2024-05-06" in pane
    assert "weekend days counted as working days by government decree: 2024-05-04" in pane
    assert "Art. 11(1) of the Law of 25 May 2020 No. 333-VI" in pane
    assert "not legal advice" in pane


def test_the_form_keeps_the_procedure_when_it_edits_the_refusal(opened, qtbot, case_root):
    form = fill_in(opened, qtbot)
    procedure_in(form, qtbot, notified="2024-05-02", answered="2024-05-06")
    qtbot.keyClicks(form.alternative, "Gandhi Park, 11 May")
    save(opened, qtbot, form)
    opened.actions.edit_refusal.trigger()
    again = opened.refusal_actions.form
    assert again is not None and again.isVisible()
    assert again.assembly_form.currentData() == "meeting"
    assert again.notified_on.text() == "2024-05-02" and again.answered_on.text() == "2024-05-06"
    assert again.ground.currentData() == "10"
    assert again.alternative.text() == "Gandhi Park, 11 May"
    assert not again.has_typed_work()
    qtbot.keyClicks(again.signatory, "I. Ivanov")
    save(opened, qtbot, again)
    [claim] = stored(case_root)
    assert (claim.signatory, claim.notified_on, claim.alternative_offered) == (
        "I. Ivanov", "2024-05-02", "Gandhi Park, 11 May")
    assert "no finding" in opened.refusals.detail.toPlainText()


def test_an_answer_before_the_notification_is_said_beside_its_field(opened, qtbot, case_root):
    form = fill_in(opened, qtbot)
    procedure_in(form, qtbot, notified="2024-05-06", answered="2024-05-04")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.problem_text("answered_on") == ("The answer cannot come before the "
                                                "notification was registered (2024-05-06).")
    form.answered_on.set_text("2024-05-02")   # the letter is of 3 May
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.problem_text("answered_on") == ("The answer cannot be received before the "
                                                "letter's date (2024-05-03).")
    assert stored(case_root) == []


@pytest.mark.parametrize(("code", "words"), [
    ("ru", ("Порядок, в котором дан отказ", "Ответ после истечения срока",
            "Пункт 1 статьи 11", "не юридическая консультация")),
    ("kk", ("Бас тарту берілген тәртіп", "Мерзімнен кейін берілген жауап",
            "11-бабының 1-тармағы", "заң кеңесі емес")),
])
def test_the_pane_says_the_findings_in_russian_and_kazakh(case_root, code, words):
    from evidence.analysis import analyze_case

    with Case.open(case_root) as case:
        from tests.helpers.casework import add_claim

        claim_id = add_claim(case, 1, "2024-05-10 10:00", "2024-05-10 18:00", "other_event")
        claims.edit(case, claim_id, {"document_date": "2024-05-07", "assembly_form": "rally",
                                     "notified_on": "2024-05-02",
                                     "answered_on": "2024-05-07"}, "t")
        result = analyze_case(case).claim(claim_id)
    i18n.install(code)
    try:
        html = detail.to_html(result)
    finally:
        i18n.install("en")
    for said in words:
        assert said in html, (code, said)
    assert "Answer after the deadline" not in html
