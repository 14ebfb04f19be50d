"""The idle lock always locks: nobody is at the keyboard, so nothing typed keeps an encrypted case
open. A refusal or venue form's typed work (and ticks that could not be saved) is set aside in
memory, the forms close and the case locks; unlocking the same case puts each form back as it
was and says so. Opening another case, or quitting (after asking), lets the drafts go."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from evidence import casekeys
from evidence.model import Tag
from gui.app import identity, settings
from gui.app.main_window import MainWindow
from tests.helpers.gui import locked_case_with_a_photo
from tests.helpers.webengine import IGNORE_NOISE

SECRET = "correct horse battery staple"
EXCUSE = "Ремонтные работы на площади / repair works on the square"


@pytest.fixture(autouse=True)
def _forget_keys(monkeypatch):
    monkeypatch.delenv("SKVER_PASSPHRASE", raising=False)
    yield
    casekeys.lock()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    """An encrypted case with one photo, locked as after a restart."""
    return locked_case_with_a_photo(tmp_path, SECRET)


@pytest.fixture
def win(window: MainWindow, qtbot, encrypted: Path) -> MainWindow:
    """The encrypted case open in the window, its photo current; no idle lock yet."""
    identity.remember("Aigerim (monitor)")
    settings.LOCK_AFTER_MS.set(0)
    window.show()
    qtbot.waitExposed(window)
    window.open_case(str(encrypted))
    dialog = window.shell.passphrase_dialog
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.keyClicks(dialog.prompt.field, SECRET)
        qtbot.keyClick(dialog.prompt.field, Qt.Key.Key_Return)
    assert window.photos.select_photo(window.session.state.photos[0].id)
    return window


def idle_lock(window: MainWindow, qtbot) -> None:
    """Lock after idle set short, then no input: the timer's own slot fires."""
    with qtbot.waitSignal(window.case_lock.locked, timeout=5000):
        window.case_lock.set_lock_after(200)
    window.case_lock.watch.arm(False)


def unlock(window: MainWindow, qtbot) -> None:
    prompt = window.case_lock.screen.prompt
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.keyClicks(prompt.field, SECRET)
        qtbot.keyClick(prompt.field, Qt.Key.Key_Return)


def files_holding(text: str, since: float, *folders: Path) -> list[Path]:
    """Every file under the folders, written since `since`, whose bytes hold `text`."""
    wanted = text.encode("utf-8")
    found = []
    for folder in folders:
        for dirpath, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(dirpath) / name
                try:
                    info = path.stat()
                    if stat.S_ISREG(info.st_mode) and info.st_mtime >= since and \
                            info.st_size < 50_000_000 and wanted in path.read_bytes():
                        found.append(path)
                except OSError:
                    pass
    return found


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def type_refusal(window: MainWindow, qtbot):
    form = window.refusal_actions.add()
    qtbot.keyClicks(form.number, "01-12/345")
    qtbot.keyClicks(form.authority, "Akimat of Almaty")
    form.venue.setCurrentIndex(-1)
    form.window_start.set_text("2024-05-10 10:00")
    form.participants.setValue(40)
    form.excuse.insertPlainText("Ремонтные работы на площади")   # Cyrillic: QTest types ASCII
    qtbot.keyClicks(form.excuse, " / repair works on the square")
    return form


def test_the_idle_lock_locks_over_a_typed_refusal_and_unlocking_reopens_it(
        win, qtbot, encrypted, settings_dir):
    started = time.time() - 1
    form = type_refusal(win, qtbot)
    idle_lock(win, qtbot)
    assert win.session.state is None and casekeys.unlocked(encrypted) is None  # keys forgotten
    assert not form.isVisible() and win.refusal_actions.form is None
    assert win.central.currentWidget() is win.case_lock.screen
    assert "refusal" in win.case_lock.screen.drafts_note.text()
    # kept in memory only: not in the case, the settings or the temporary folder
    assert files_holding("repair works on the square", started, encrypted, settings_dir,
                         Path(tempfile.gettempdir())) == []

    unlock(win, qtbot)
    again = win.refusal_actions.form
    assert again is not None and again.isVisible()
    assert again.excuse.toPlainText() == EXCUSE
    assert (again.number.text(), again.authority.text()) == ("01-12/345", "Akimat of Almaty")
    assert again.window_start.text() == "2024-05-10 10:00"
    assert again.participants.value() == 40
    assert again.has_typed_work()                         # still unsaved: Escape would ask
    box = win.case_lock.drafts_box
    assert box is not None and box.isVisible()
    assert "before the case locked" in box.text() and "refusal" in box.informativeText()
    box.accept()
    assert win.case_lock.drafts.empty()                   # restored: let go


def test_opening_another_case_instead_lets_the_draft_go(win, qtbot, encrypted, demo_case,
                                                         tmp_path):
    type_refusal(win, qtbot)
    idle_lock(win, qtbot)
    other = Path(shutil.copytree(demo_case, tmp_path / "other"))
    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        win.open_case(str(other))
    assert win.refusal_actions.form is None and win.case_lock.drafts.empty()
    assert win.case_lock.drafts_box is None

    win.open_case(str(encrypted))                         # the locked case again: no draft
    dialog = win.shell.passphrase_dialog
    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        qtbot.keyClicks(dialog.prompt.field, SECRET)
        qtbot.keyClick(dialog.prompt.field, Qt.Key.Key_Return)
    assert win.refusal_actions.form is None


@IGNORE_NOISE
def test_the_idle_lock_locks_over_a_typed_venue_and_its_shape_comes_back(win, qtbot,
                                                                        encrypted):
    win.tabs.setCurrentWidget(win.venues)
    form = win.venues.add_venue()
    qtbot.keyClicks(form.name_en, "The new square")
    form.name_ru.insert("Новая площадь")
    form.geometry_from_map('{"type": "Point", "coordinates": [76.95, 43.25]}')  # placed
    form.radius.setValue(120)
    idle_lock(win, qtbot)
    assert casekeys.unlocked(encrypted) is None and win.venues.form is None

    unlock(win, qtbot)
    again = win.venues.form
    assert again is not None and again.isVisible() and again is not form
    assert (again.name_en.text(), again.name_ru.text()) == ("The new square", "Новая площадь")
    assert again.geometry() == {"type": "Point", "coordinates": [76.95, 43.25]}
    assert again.radius.value() == 120 and again.has_typed_work()


@IGNORE_NOISE
def test_a_drawn_outline_comes_back_too(win, qtbot):
    win.tabs.setCurrentWidget(win.venues)
    form = win.venues.add_venue()
    qtbot.keyClicks(form.name_en, "Outlined")
    outline = {"type": "Polygon", "coordinates": [[[76.9, 43.2], [76.91, 43.2],
                                                   [76.91, 43.21], [76.9, 43.2]]]}
    form.set_geometry(outline)
    idle_lock(win, qtbot)
    unlock(win, qtbot)
    assert win.venues.form.geometry() == outline
    assert "3 corners" in win.venues.form.corners.text()


def test_ticks_with_a_count_that_is_not_a_number_do_not_keep_the_case_open(win, qtbot,
                                                                           encrypted):
    photo_id = win.photos.current_photo_id()
    qtbot.keyClick(win.photos.table, Qt.Key.Key_3)
    qtbot.keyClick(win.photos.table, Qt.Key.Key_P)
    qtbot.keyClicks(win.photos.tagging.people, "-")
    idle_lock(win, qtbot)
    assert casekeys.unlocked(encrypted) is None

    unlock(win, qtbot)
    assert win.photos.current_photo_id() == photo_id
    assert win.photos.tagging.draft().tags == {Tag.EVENT_IN_PROGRESS}
    assert win.photos.tagging.people_problem() == "-"
    assert "photo" in win.case_lock.drafts_box.informativeText()


def test_quitting_with_drafts_set_aside_asks(win, qtbot):
    type_refusal(win, qtbot)
    idle_lock(win, qtbot)
    win.close()
    box = win.case_lock.quit_box
    assert box is not None and box.isVisible() and win.isVisible()
    assert "refusal" in box.text()
    button(box, "Go back").click()
    assert win.isVisible() and not win.case_lock.drafts.empty()

    win.close()
    button(win.case_lock.quit_box, "Quit without it").click()
    qtbot.waitUntil(lambda: not win.isVisible())
    assert win.case_lock.drafts.empty()


# --- the venue form's own Escape and Cancel -----------------------------------------------------

@IGNORE_NOISE
def test_escape_on_a_venue_form_with_typed_work_asks(win, qtbot):
    win.tabs.setCurrentWidget(win.venues)
    form = win.venues.add_venue()
    qtbot.keyClicks(form.name_en, "The new square")
    qtbot.keyClick(form.name_en, Qt.Key.Key_Escape)
    box = win.venues.discard_box
    assert box is not None and box.isVisible()
    assert box.text() == "Discard what you typed in this venue?"
    button(box, "Keep editing").click()
    assert form.isVisible() and form.name_en.text() == "The new square"

    form.buttons.button(form.buttons.StandardButton.Cancel).click()      # Cancel asks too
    assert win.venues.discard_box.isVisible()
    button(win.venues.discard_box, "Discard").click()
    assert not form.isVisible()
    qtbot.waitUntil(lambda: win.venues.form is None)


@IGNORE_NOISE
def test_escape_on_an_untouched_venue_form_closes_it(win, qtbot):
    win.tabs.setCurrentWidget(win.venues)
    form = win.venues.add_venue()
    qtbot.keyClick(form.name_en, Qt.Key.Key_Escape)
    assert not form.isVisible() and win.venues.discard_box is None
