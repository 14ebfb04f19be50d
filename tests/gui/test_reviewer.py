"""Who is working: the name asked once, before the first change, remembered, shown in the status
bar, changed from File ▸ Your name…, and signing every observation, custody entry and report
made in the window from then on; never the login name."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from evidence import store
from evidence.store import Case
from gui.app import identity, settings
from gui.app.main_window import MainWindow
from tests.helpers.casework import add_photo, add_venue

NAME = "Aigerim Bekova"


@pytest.fixture
def case_root(tmp_path: Path) -> Path:
    root = tmp_path / "case"
    with Case.create(root, title="Who test", timezone="Asia/Almaty", actor="setup") as case:
        add_venue(case, "square")
        for n in range(3):
            add_photo(case, tmp_path, f"p{n}.jpg", f"2024-05-10 1{n}:00")
    return root


@pytest.fixture
def unnamed(window: MainWindow, qtbot, case_root: Path) -> MainWindow:
    """The window of someone who has not said their name yet, the case open."""
    settings.REVIEWER.set("")
    window.reviewer.show_name()
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(case_root))
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.photos.select_row(0)
    window.photos.table.setFocus()
    return window


def tag_and_enter(window: MainWindow, qtbot) -> None:
    """Tags the selected photo 'venue empty' (key 1) and presses Enter."""
    table = window.photos.table
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.keyClick(table, Qt.Key.Key_Return)


def log(case_root: Path) -> list:
    with Case.open(case_root) as case:
        return [e for e in store.log.entries(case) if e.actor not in ("setup", "t")]


def observers(case_root: Path) -> list[str]:
    with Case.open(case_root) as case:
        kept = store.read(case).observations.values()
    return [o.reviewer for o in sorted((o for each in kept for o in each), key=lambda o: o.id)]


def test_the_name_is_asked_once_and_signs_the_observation_and_the_report(unnamed, qtbot,
                                                                        case_root, tmp_path):
    window = unnamed
    assert window.reviewer.button.text() == "Working as: (name not given)"
    first = window.photos.current_photo_id()
    tag_and_enter(window, qtbot)
    dialog = window.reviewer.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "" and getpass.getuser() not in dialog.name.text()
    assert window.photos.current_photo_id() == first        # not moved on, nothing saved yet
    assert observers(case_root) == []
    qtbot.keyClicks(dialog.name, NAME)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert observers(case_root) == [NAME]
    [entry] = [e for e in log(case_root) if e.action == "observation"]
    assert entry.actor == NAME
    assert window.reviewer.button.text() == f"Working as: {NAME}"
    assert window.photos.current_photo_id() != first        # moved on once saved
    tag_and_enter(window, qtbot)                            # asked once: not again
    assert not window.reviewer.dialog.isVisible()
    assert observers(case_root) == [NAME, NAME]
    export = window.exports.export()
    assert export is not None and export.prepared_by.text() == NAME
    export.choose(kind="html", path=str(tmp_path / "report.html"))
    export.export_button.click()
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert NAME in page
    actors = {e.actor for e in log(case_root)}
    assert actors == {NAME} and getpass.getuser() not in actors


def test_a_new_name_signs_what_is_recorded_afterwards(unnamed, qtbot, case_root):
    window = unnamed
    identity.remember(NAME)
    window.reviewer.show_name()
    tag_and_enter(window, qtbot)
    window.actions.your_name.trigger()                      # File ▸ Your name…
    dialog = window.reviewer.dialog
    assert dialog.isVisible() and dialog.name.text() == NAME
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "A. Bekova (monitor)")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert window.reviewer.button.text() == "Working as: A. Bekova (monitor)"
    assert settings.REVIEWER.get() == "A. Bekova (monitor)"  # kept for the next start
    tag_and_enter(window, qtbot)
    assert observers(case_root) == [NAME, "A. Bekova (monitor)"]
    assert [e.actor for e in log(case_root) if e.action == "observation"] == [
        NAME, "A. Bekova (monitor)"]


def test_declining_saves_nothing_keeps_the_tags_and_asks_again(unnamed, qtbot, case_root):
    window = unnamed
    first = window.photos.current_photo_id()
    tag_and_enter(window, qtbot)
    window.reviewer.dialog.reject()                         # Cancel, or Escape
    assert observers(case_root) == [] and log(case_root) == []
    assert "Not saved" in window.statusBar().currentMessage()
    assert window.photos.current_photo_id() == first
    assert [t.value for t in window.photos.tagging.draft().tags] == ["venue_empty"]
    qtbot.keyClick(window.photos.table, Qt.Key.Key_Return)  # Enter again: asked again
    dialog = window.reviewer.dialog
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.unnamed_button, Qt.MouseButton.LeftButton)  # an explicit choice
    assert observers(case_root) == ["unnamed reviewer"]
    assert window.reviewer.button.text() == "Working as: unnamed reviewer"


def test_a_name_that_is_not_one_line_of_plain_text_is_refused(unnamed, qtbot):
    window = unnamed
    dialog = window.reviewer.change_name()
    dialog.name.setText("Aigerim\u202eBekova")               # an invisible direction mark
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Type the name as one line of plain text."
    dialog.name.setText("   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Type a name, or choose to work without one."
    assert identity.name() is None


def test_a_refusal_saved_before_any_name_waits_for_it(unnamed, qtbot, case_root):
    window = unnamed
    window.tabs.setCurrentWidget(window.refusals)
    form = window.refusal_actions.add()
    qtbot.keyClicks(form.number, "ZH-1")
    qtbot.keyClicks(form.document_date.line, "2024-05-03")
    form.venue.setCurrentIndex(0)
    form.window_start.set_text("2024-05-10 10:00")
    form.window_end.set_text("2024-05-10 18:00")
    form.excuse.setPlainText("Ремонт")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert window.reviewer.dialog.isVisible() and form.isVisible()
    qtbot.keyClicks(window.reviewer.dialog.name, NAME)
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        qtbot.mouseClick(window.reviewer.dialog.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert [e.actor for e in log(case_root) if e.action == "claim-added"] == [NAME]
