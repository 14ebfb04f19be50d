"""The refusal form: adding a refusal, the classifier's proposal, its verdict, editing it,
attaching its letter and importing a spreadsheet; dates typed whole, digit by digit or picked;
nothing assumed and every problem beside its field; typed work not thrown away; a refusal from
the photos' times. Driven as a user would."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, Qt, QTime, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from evidence import claims
from evidence.store import Case
from gui.app.main_window import MainWindow
from gui.refusals.form import RefusalForm
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
    edit.set_text(f"{day} {clock}")


def fill_in(window: MainWindow, qtbot, number: str = "ZH-2024/15") -> object:
    window.actions.add_refusal.trigger()
    form = window.refusal_actions.form
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.number, number)
    qtbot.keyClicks(form.document_date.line, "2024-05-03")
    qtbot.keyClicks(form.authority, "Akimat of Almaty")
    form.venue.setCurrentIndex(form.venue.findText("Square"))
    qtbot.keyClicks(form.window_start.line, "2024-05-10 10:00")
    qtbot.keyClicks(form.window_end.line, "2024-05-10 18:00")
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
    assert table_text(opened, RefusalColumn.VERDICT).startswith(
        "Photos inconsistent with the stated ground")
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
    assert form.problem_text("window_end") == ("The window must end after it starts: "
                                               "2024-05-10 09:00 is not after 2024-05-10 10:00.")
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
    assert form.window_start.text() == "2024-05-10 10:00"
    assert form.venue.currentText() == "Square" and form.document_date.text() == "2024-05-03"
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


# --- typing dates and times ---------------------------------------------------------------

def new_form(window: MainWindow, qtbot) -> RefusalForm:
    window.show()
    window.actions.add_refusal.trigger()
    form = window.refusal_actions.form
    assert form is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)  # as a user sees it open
    return form


def test_a_moment_typed_whole_is_read_whole(opened, qtbot, case_root):
    form = new_form(opened, qtbot)
    assert form.window_start.text() == form.window_end.text() == ""   # nothing assumed
    qtbot.keyClicks(form.window_start.line, "2008-10-22 20:00")
    assert form.values().window_start == "2008-10-22 20:00"
    assert form.start_offset.text() == "UTC+06:00"    # Almaty in 2008
    form.window_end.set_text("2024-05-10 18:00")      # a value there already: replaced whole
    qtbot.mouseClick(form.window_end.line, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.window_end.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.window_end.line, "22.10.2008 23:30")  # as Russian letters write it
    qtbot.keyClick(form.window_end.line, Qt.Key.Key_Tab)
    assert form.window_end.text() == "2008-10-22 23:30"


def test_digit_by_digit_editing_keeps_the_year(opened, qtbot):
    form = new_form(opened, qtbot)
    line = form.window_start.line
    qtbot.keyClicks(line, "2008-10-22 20:00")
    line.setCursorPosition(10)                        # after the day
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, "3")
    assert line.text() == "2008-10-23 20:00"
    line.setCursorPosition(9)                         # in the day: Up is the next day
    qtbot.keyClick(line, Qt.Key.Key_Up)
    assert line.text() == "2008-10-24 20:00"
    line.setCursorPosition(12)                        # in the hour
    qtbot.keyClick(line, Qt.Key.Key_Down)
    qtbot.keyClick(line, Qt.Key.Key_Down)
    assert line.text() == "2008-10-24 18:00"
    line.setCursorPosition(6)                         # in the month: 31 days stay valid
    line.setText("2008-01-31 18:00")
    line.setCursorPosition(6)
    qtbot.keyClick(line, Qt.Key.Key_Up)
    assert line.text() == "2008-02-29 18:00"


def test_the_document_date_typed_after_tab(opened, qtbot):
    form = new_form(opened, qtbot)
    form.number.setFocus()
    qtbot.keyClicks(form.number, "ZH-1")
    qtbot.keyClick(form.number, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.document_date.line
    qtbot.keyClicks(QApplication.focusWidget(), "2008-10-20")
    assert form.values().document_date == "2008-10-20"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)", extend=True)
def test_a_moment_picked_from_the_calendar(opened, qtbot):
    form = new_form(opened, qtbot)
    qtbot.keyClick(form.window_start.line, Qt.Key.Key_F4)
    picker = form.window_start.picker
    assert picker is not None and picker.isVisible()
    picker.calendar.setSelectedDate(QDate(2008, 10, 22))
    picker.clock.setTime(QTime(20, 0))
    picker.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert form.window_start.text() == "2008-10-22 20:00" and not picker.isVisible()


def test_a_typed_refusal_of_2008_is_kept_in_2008(opened, qtbot, case_root):
    form = fill_in(opened, qtbot)
    for edit, text in ((form.document_date, "2008-10-20"),
                       (form.window_start, "2008-10-22 20:00"),
                       (form.window_end, "2008-10-22 23:00")):
        edit.line.selectAll()
        qtbot.keyClicks(edit.line, text)
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [claim] = stored(case_root)
    assert claim.document_date == "2008-10-20"
    assert (claim.window_start.isoformat(), claim.window_end.isoformat()) == (
        "2008-10-22T14:00:00+00:00", "2008-10-22T17:00:00+00:00")


def test_the_second_pass_of_a_repeated_hour_is_typed_with_its_offset(opened, qtbot, case_root):
    form = fill_in(opened, qtbot)
    form.window_start.set_text("2024-02-29 23:30")
    assert "+05:00" in form.start_offset.text()       # how to name the second pass
    form.window_start.set_text("2024-02-29 23:30+05:00")
    form.window_end.set_text("2024-03-01 01:00")
    assert form.start_offset.text() == "UTC+05:00, as typed"
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [claim] = stored(case_root)
    assert claim.window_start.isoformat() == "2024-02-29T18:30:00+00:00"
    form = opened.refusal_actions.edit(claim.id)      # and shown again as it was typed
    assert form.window_start.text() == "2024-02-29 23:30+05:00"


# --- no silent defaults, every problem at once ------------------------------------------------

def test_nothing_is_assumed_and_every_problem_shows_beside_its_field(opened, qtbot, case_root):
    form = new_form(opened, qtbot)
    assert form.venue.currentIndex() == -1 and form.venue.currentText() == ""
    assert form.document_date.text() == ""
    qtbot.keyClicks(form.number, "ZH-7")
    qtbot.keyClicks(form.window_end.line, "2008-13-40 20:00")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and stored(case_root) == []
    assert form.problem_text("venue_id") == "Choose the venue the letter refuses."
    assert form.problem_text("document_date") == "Type the date the letter gives."
    assert form.problem_text("window_start") == (
        "Type or pick when the claimed unavailability starts.")
    assert form.problem_text("window_end") == "There is no such day or time: 2008-13-40 20:00."
    assert form.problem_text("excuse_text") == "Copy the reason the letter gives, word for word."
    assert form.problem_text("document_number") == ""
    assert form.error.text() == "To correct before saving: 5 problems, each shown beside its field."
    shown = " ".join(label.text() for label in form.problem_labels.values()) + form.error.text()
    for internal in ("venue_id", "window_end", "excuse_text", "missing", "_"):
        assert internal not in shown
    assert QApplication.focusWidget() is form.document_date.line   # the first to correct
    form.venue.setCurrentIndex(form.venue.findText("Square"))   # corrected, the rest remain
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.problem_text("venue_id") == ""
    assert form.problem_text("document_date") == "Type the date the letter gives."


def test_a_document_recorded_twice_is_said_beside_its_number(opened, qtbot, case_root):
    form = fill_in(opened, qtbot)
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    form = fill_in(opened, qtbot)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and len(stored(case_root)) == 1
    assert form.problem_text("document_number") == (
        "Another refusal in this case already records this document for this venue and "
        "window.")


class Translation(QTranslator):
    """A translator holding the given texts (the real ones come in the translation pass)."""

    def __init__(self, texts: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.texts = texts

    def translate(self, context, source, disambiguation=None, n=-1):  # Qt's signature
        return self.texts.get((context, source), "")

    def isEmpty(self) -> bool:
        return False


RUSSIAN = {
    ("RefusalForm", "Choose the venue the letter refuses."):
        "Выберите площадку, в которой отказано.",
    ("RefusalForm", "Type the date the letter gives."): "Введите дату, указанную в письме.",
    ("RefusalForm", "Type or pick when the claimed unavailability starts."):
        "Введите или выберите начало заявленной недоступности.",
    ("RefusalForm", "Type or pick when the claimed unavailability ends."):
        "Введите или выберите конец заявленной недоступности.",
    ("RefusalForm", "Copy the reason the letter gives, word for word."):
        "Перенесите основание отказа дословно, как в письме.",
    ("RefusalForm", "To correct before saving: %n problem(s), each shown beside its field."):
        "Исправьте перед сохранением: %n (указано у полей).",
}


def test_the_problems_are_said_in_the_interfaces_language(opened, qtbot, case_root):
    russian = Translation(RUSSIAN)
    QApplication.installTranslator(russian)
    try:
        form = new_form(opened, qtbot)
        qtbot.keyClicks(form.number, "ZH-7")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert form.problem_text("venue_id") == "Выберите площадку, в которой отказано."
        assert form.problem_text("document_date") == "Введите дату, указанную в письме."
        assert form.problem_text("window_end") == (
            "Введите или выберите конец заявленной недоступности.")
        assert form.problem_text("excuse_text") == (
            "Перенесите основание отказа дословно, как в письме.")
        assert form.error.text() == "Исправьте перед сохранением: 5 (указано у полей)."
    finally:
        QApplication.removeTranslator(russian)
    assert stored(case_root) == []


# --- typed work is not thrown away ---------------------------------------------------------

def test_escape_with_a_typed_excuse_asks_and_keep_editing_keeps_it(opened, qtbot, case_root):
    form = new_form(opened, qtbot)
    qtbot.keyClick(form, Qt.Key.Key_Escape)     # nothing typed: it just closes
    assert not form.isVisible()
    form = new_form(opened, qtbot)
    paste(qtbot, form.excuse, EXCUSE)
    qtbot.keyClick(form.excuse, Qt.Key.Key_Escape)
    box = form.discard_box
    assert box is not None and box.isVisible() and form.isVisible()
    assert box.text() == "Discard what you typed in this refusal?"
    qtbot.mouseClick(form.keep_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and not box.isVisible()
    assert form.excuse.toPlainText() == EXCUSE
    form.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()   # Cancel asks too
    assert form.discard_box.isVisible()
    qtbot.mouseClick(form.discard_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible() and stored(case_root) == []


@pytest.mark.qt_log_ignore("This plugin does not support raise", extend=True)  # offscreen
def test_closing_the_form_or_the_window_with_typed_work_asks(opened, qtbot):
    form = new_form(opened, qtbot)
    qtbot.keyClicks(form.number, "ZH-9")
    form.close()                                  # the title bar's close button
    assert form.isVisible() and form.discard_box.isVisible()
    qtbot.mouseClick(form.keep_button, Qt.MouseButton.LeftButton)
    opened.close()                                # Alt+F4 on the window
    assert opened.isVisible() and form.isVisible() and form.discard_box.isVisible()
    assert form.number.text() == "ZH-9"
    qtbot.mouseClick(form.discard_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible() and not opened.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support raise", extend=True)  # offscreen
def test_another_form_does_not_replace_one_with_typed_work(opened, qtbot):
    form = new_form(opened, qtbot)
    qtbot.keyClicks(form.number, "ZH-9")
    assert opened.refusal_actions.add() is None
    assert opened.refusal_actions.form is form and form.number.text() == "ZH-9"
    assert "being edited" in opened.statusBar().currentMessage()


# --- a refusal from photos' times ------------------------------------------------------------

@pytest.fixture
def photo_case(tmp_path: Path) -> Path:
    """Three photos at the square on 10 May 2024; the first one's camera clock is a day behind
    its GPS clock, so the analysis dates it by the GPS clock (10:03:20 local), not 9 May."""
    root = tmp_path / "photo-case"
    with Case.create(root, title="Span test", timezone="Asia/Almaty", actor="t") as case:
        add_venue(case, "park", geometry={"type": "Point", "coordinates": [76.95, 43.25]},
                  radius_m=50)
        add_venue(case, "square")
        add_photo(case, tmp_path, "a.jpg", "2024-05-09 10:03",
                  gps_time=datetime(2024, 5, 10, 5, 3, 20, tzinfo=UTC))
        add_photo(case, tmp_path, "b.jpg", "2024-05-10 10:20")
        add_photo(case, tmp_path, "c.jpg", "2024-05-10 10:41")
        add_photo(case, tmp_path, "d.jpg", "2024-05-10 12:00", position=(43.25, 76.95))
    return root


@pytest.fixture
def photos_open(window: MainWindow, qtbot, photo_case: Path) -> MainWindow:
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(photo_case))
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def choose(qtbot, view, indexes) -> None:
    """Clicks the first, then Ctrl+clicks the others, as a user picks photos."""
    for n, index in enumerate(indexes):
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier,
                         view.visualRect(index).center())


def table_rows_of(window: MainWindow, names: list[str]) -> list:
    proxy, model = window.photos.proxy, window.photos.model
    found = {}
    for row in range(proxy.rowCount()):
        photo = model.case_photo(proxy.mapToSource(proxy.index(row, 0)).row())
        if photo is not None:
            found[photo.name] = proxy.index(row, 0)
    return [found[name] for name in names]


def test_a_refusal_from_three_photos_gets_their_span_and_venue(photos_open, qtbot, photo_case):
    window = photos_open
    table = window.photos.table
    choose(qtbot, table, table_rows_of(window, ["a.jpg", "b.jpg", "c.jpg"]))
    assert sorted(window.photos.selected_photo_ids()) == [1, 2, 3]
    action = window.actions.refusal_from_photos
    assert action in table.actions() and action in window.refusal_actions.menu.actions()
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert action.isEnabled()
    action.trigger()
    form = window.refusal_actions.form
    assert form is not None and form.isVisible()
    # 10:03:20 by the GPS clock (not 9 May by the camera's) to the end of 10:41's minute
    assert (form.window_start.text(), form.window_end.text()) == (
        "2024-05-10 10:03", "2024-05-10 10:42")
    assert form.venue.currentText() == "Square"
    note = form.span_note.text()
    assert "3 photos" in note and "2024-05-10 10:03:20" in note and "2024-05-10 10:41:00" in note
    assert "Every photo chosen is at Square." in note
    qtbot.keyClicks(form.number, "ZH-5")
    qtbot.keyClicks(form.document_date.line, "2024-05-03")
    paste(qtbot, form.excuse, EXCUSE)
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [claim] = stored(photo_case)
    assert (claim.window_start.isoformat(), claim.window_end.isoformat()) == (
        "2024-05-10T05:03:00+00:00", "2024-05-10T05:42:00+00:00")


def test_photos_at_two_venues_leave_the_venue_to_the_user(photos_open, qtbot):
    window = photos_open
    window.photos.toggle.grid_button.click()          # chosen in the grid this time
    grid, model = window.photos.grid, window.photos.grid_model
    rows = {model.photo_id(r): r for r in range(model.rowCount())}
    choose(qtbot, grid, [model.index(rows[3]), model.index(rows[4])])
    assert sorted(window.photos.selected_photo_ids()) == [3, 4]
    assert window.actions.refusal_from_photos in grid.actions()
    window.actions.refusal_from_photos.trigger()
    form = window.refusal_actions.form
    assert form.venue.currentIndex() == -1
    assert (form.window_start.text(), form.window_end.text()) == (
        "2024-05-10 10:41", "2024-05-10 12:01")
    assert "not all at one venue" in form.span_note.text()
    form.reject()                                     # proposed, not typed: closes at once
    assert not form.isVisible()


def test_a_text_too_long_is_said_beside_its_field(opened, qtbot, case_root):
    """A whole page pasted as the number, the authority or the excuse: said beside each, how
    long it is and how long it may be; nothing saved, every value kept in the form."""
    form = fill_in(opened, qtbot)
    form.number.setText("№" * 201)
    form.authority.setText("Акимат " * 40)
    form.excuse.setPlainText("Ремонт. " * 2600)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and stored(case_root) == []
    assert form.problem_text("document_number") == (
        "At most 200 characters; this is 201. Shorten it.")
    assert form.problem_text("authority") == "At most 200 characters; this is 279. Shorten it."
    assert form.problem_text("excuse_text") == (
        "At most 20,000 characters; this is 20,799. Keep the reason's own words here and "
        "attach the scanned letter for the whole text.")
    assert form.error.text() == "To correct before saving: 3 problems, each shown beside its field."
    assert len(form.number.text()) == 201          # kept as typed, to be shortened
    form.number.setText("ZH-2024/15")
    form.authority.setText("Akimat of Almaty")
    form.excuse.setPlainText(EXCUSE)
    with qtbot.waitSignal(opened.session.changed, timeout=30_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(stored(case_root)) == 1
