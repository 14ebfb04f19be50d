"""The refusal form: adding a refusal, the classifier's proposal, its verdict, editing it,
attaching its letter and importing a spreadsheet, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QApplication, QFileDialog

from evidence import claims
from evidence.store import Case
from gui.app.main_window import MainWindow
from gui.refusals.model import RefusalColumn
from tests.helpers.casework import add_photo, add_venue, observe

EXCUSE = "В связи с проведением ремонтных работ"


@pytest.fixture
def case_root(tmp_path: Path) -> Path:
    """A case with one venue and a photo there at 11:00 on 10 May 2024: no repair going on."""
    root = tmp_path / "case"
    with Case.create(root, title="Form test", timezone="Asia/Almaty", actor="t") as case:
        add_venue(case, "square")
        photo = add_photo(case, tmp_path, "p.jpg", "2024-05-10 11:00")
        observe(case, photo, "no_repair_activity", "venue_empty")
    return root


@pytest.fixture
def opened(window: MainWindow, qtbot, case_root: Path) -> MainWindow:
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(case_root))
    window.tabs.setCurrentWidget(window.refusals)
    return window


def set_moment(edit, day: str, clock: str) -> None:
    edit.setDateTime(QDateTime(QDate.fromString(day, "yyyy-MM-dd"),
                               QTime.fromString(clock, "HH:mm"), QTimeZone.utc()))


def fill_in(window: MainWindow, qtbot, number: str = "ZH-2024/15") -> object:
    window.actions.add_refusal.trigger()
    form = window.refusal_actions.form
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.number, number)
    form.document_date.setDate(QDate(2024, 5, 3))
    qtbot.keyClicks(form.authority, "Akimat of Almaty")
    set_moment(form.window_start, "2024-05-10", "10:00")
    set_moment(form.window_end, "2024-05-10", "18:00")
    paste(qtbot, form.excuse, EXCUSE)
    return form


def paste(qtbot, field, text: str) -> None:
    """Pastes `text` with Ctrl+V, as an excuse copied from a scanned letter is entered
    (QTest cannot type Cyrillic key by key)."""
    QApplication.clipboard().setText(text)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def table_text(window: MainWindow, column: RefusalColumn, row: int = 0) -> str:
    return window.refusals.proxy.index(row, column).data()


def stored(case_root: Path) -> list:
    with Case.open(case_root) as case:
        return claims.all_claims(case)


def test_adding_a_refusal_shows_the_proposal_and_then_its_verdict(opened, qtbot, case_root):
    form = fill_in(opened, qtbot)
    assert form.category.currentData() == "repair_works"
    assert "Proposed: repair works" in form.proposal.text()
    assert "ремонтн" in form.proposal.text() and "not confirmed" in form.proposal.text()
    assert form.start_offset.text() == "UTC+05:00"   # Almaty since 2024-03-01
    set_moment(form.window_start, "2024-02-10", "10:00")
    assert form.start_offset.text() == "UTC+06:00"   # and before
    set_moment(form.window_start, "2024-05-10", "10:00")
    qtbot.mouseClick(form.confirmed, Qt.MouseButton.LeftButton)
    assert "not confirmed" not in form.proposal.text()
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    [claim] = stored(case_root)
    assert (claim.category.value, claim.category_source) == ("repair_works", "user")
    assert claim.excuse_text == EXCUSE and claim.excuse_lang == "ru"
    assert claim.authority == "Akimat of Almaty"
    assert table_text(opened, RefusalColumn.VERDICT) == "contradicted"
    assert opened.refusals.current_claim().claim.document_number == "ZH-2024/15"


def test_choosing_another_category_confirms_it(opened, qtbot, case_root):
    form = fill_in(opened, qtbot)
    form.category.setCurrentIndex(form.category.findData("other_event"))
    form.category.activated.emit(form.category.currentIndex())  # as a pick from the list does
    assert form.confirmed.isChecked()
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [claim] = stored(case_root)
    assert (claim.category.value, claim.category_source) == ("other_event", "user")


def test_an_unconfirmed_proposal_is_kept_as_the_classifiers(opened, qtbot, case_root):
    form = fill_in(opened, qtbot)
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [claim] = stored(case_root)
    assert (claim.category.value, claim.category_source) == ("repair_works", "classifier")


def test_a_window_that_ends_before_it_starts_keeps_the_form_open(opened, qtbot, case_root):
    form = fill_in(opened, qtbot)
    set_moment(form.window_end, "2024-05-10", "09:00")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert "must end after it starts" in form.error.text()
    assert form.number.text() == "ZH-2024/15" and form.excuse.toPlainText() == EXCUSE
    assert form.save_button.isEnabled()
    assert stored(case_root) == []
    set_moment(form.window_end, "2024-05-10", "18:00")  # corrected, it saves
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(stored(case_root)) == 1


def test_enter_on_a_row_edits_the_refusal(opened, qtbot, case_root):
    form = fill_in(opened, qtbot)
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    opened.show()
    opened.refusals.table.setFocus()
    qtbot.keyClick(opened.refusals.table, Qt.Key.Key_Return)
    form = opened.refusal_actions.form
    assert form.windowTitle() == "Edit refusal"
    assert form.number.text() == "ZH-2024/15" and form.excuse.toPlainText() == EXCUSE
    assert form.window_start.dateTime().toString("yyyy-MM-dd HH:mm") == "2024-05-10 10:00"
    qtbot.keyClicks(form.signatory, "A. Deputy")
    form.participants.setValue(300)
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [claim] = stored(case_root)
    assert (claim.signatory, claim.expected_participants) == ("A. Deputy", 300)
    assert claim.window_start.isoformat() == "2024-05-10T05:00:00+00:00"


def test_attaching_the_scanned_letter_from_the_table(opened, qtbot, case_root, tmp_path,
                                                     monkeypatch):
    form = fill_in(opened, qtbot)
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    letter = tmp_path / "letter.png"
    Image.new("RGB", (40, 60), "white").save(letter)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(letter), ""))
    assert opened.actions.attach_letter in opened.refusals.table.actions()
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        opened.actions.attach_letter.trigger()
    [claim] = stored(case_root)
    assert claim.letter_path and (case_root / claim.letter_path).read_bytes() == \
        letter.read_bytes()


def test_a_letter_chosen_in_the_form_is_kept_with_the_new_refusal(opened, qtbot, case_root,
                                                                  tmp_path, monkeypatch):
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4\n% a refusal letter\n%%EOF\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(letter), ""))
    form = fill_in(opened, qtbot)
    qtbot.mouseClick(form.letter_button, Qt.MouseButton.LeftButton)
    assert form.letter_label.text() == "letter.pdf"
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [claim] = stored(case_root)
    assert claim.letter_path is not None and claim.letter_path.endswith(".pdf")


def test_importing_refusals_from_a_spreadsheet(opened, qtbot, case_root, tmp_path,
                                               monkeypatch):
    sheet = tmp_path / "refusals.csv"
    sheet.write_text(
        "document_number,document_date,venue,window_start,window_end,excuse_text\n"
        f"A-1,2024-05-03,square,2024-05-10 10:00,2024-05-10 18:00,{EXCUSE}\n"
        "A-2,2024-05-04,square,2024-06-01 10:00,2024-06-01 12:00,Концерт\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(sheet), ""))
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        opened.actions.import_refusals.trigger()
    assert opened.refusals.filters.shown.text() == "2 of 2 refusals shown"
    assert "2 refusals imported." in opened.statusBar().currentMessage()
