"""Nothing typed is lost when the case is left: locking it (now or when idle), opening another
(File ▸ Open case, Recent cases) or creating one saves what the tagging form says or asks, and
a refusal or venue form with typed work asks; the leaving waits, and Cancel stays."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from evidence import casekeys, store
from evidence.model import Tag
from evidence.store import Case
from gui.app import identity, settings
from gui.app.main_window import MainWindow
from tests.helpers.gui import locked_case_with_a_photo
from tests.helpers.webengine import IGNORE_NOISE

GANDHI_PHOTO, NEXT_PHOTO = 10, 11    # two of the demo's photos
SECRET = "correct horse battery staple"
REVIEWER = "Aigerim (monitor)"


@pytest.fixture(autouse=True)
def _forget_keys(monkeypatch):
    monkeypatch.delenv("SKVER_PASSPHRASE", raising=False)
    yield
    casekeys.lock()


@pytest.fixture
def first(demo_case: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_case, tmp_path / "first"))


@pytest.fixture
def second(demo_case: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_case, tmp_path / "second"))


@pytest.fixture
def win(window: MainWindow, qtbot, first: Path) -> MainWindow:
    identity.remember(REVIEWER)
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(first))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    """An encrypted case with one photo, locked as after a restart."""
    return locked_case_with_a_photo(tmp_path, SECRET)


@pytest.fixture
def locked_win(window: MainWindow, qtbot, encrypted: Path) -> MainWindow:
    """The encrypted case open in the window, its first photo current; no idle lock."""
    identity.remember(REVIEWER)
    settings.LOCK_AFTER_MS.set(0)
    window.show()
    qtbot.waitExposed(window)
    window.open_case(str(encrypted))
    dialog = window.shell.passphrase_dialog
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.keyClicks(dialog.prompt.field, SECRET)
        qtbot.keyClick(dialog.prompt.field, Qt.Key.Key_Return)
    photo_id = window.session.state.photos[0].id
    assert window.photos.select_photo(photo_id)
    return window


def observations(root: Path) -> list:
    """Every observation recorded in the case at `root` (an encrypted one unlocked for it)."""
    if casekeys.is_encrypted(root) and casekeys.unlocked(root) is None:
        casekeys.unlock(root, SECRET)
    with Case.open(root) as case:
        return [e for e in store.log.entries(case) if e.action == "observation"]


def tick_and_note(window: MainWindow, qtbot, note: str) -> None:
    qtbot.keyClick(window.photos.table, Qt.Key.Key_3)
    qtbot.keyClick(window.photos.table, Qt.Key.Key_N)
    qtbot.keyClicks(window.photos.tagging.note, note)


def bad_count(window: MainWindow, qtbot) -> None:
    qtbot.keyClick(window.photos.table, Qt.Key.Key_3)
    qtbot.keyClick(window.photos.table, Qt.Key.Key_P)
    qtbot.keyClicks(window.photos.tagging.people, "-")


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def shown_root(window: MainWindow) -> str | None:
    state = window.session.state
    return None if state is None else state.root


# --- opening another case ----------------------------------------------------------------------

def test_a_recent_case_opened_saves_the_ticks_and_note_into_the_case_left(win, qtbot, first,
                                                                          second):
    assert win.photos.select_photo(GANDHI_PHOTO)
    before = len(observations(first))
    tick_and_note(win, qtbot, "a stage and a crowd")
    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        win.shell.recent_menu.chosen.emit(str(second))   # File ▸ Recent cases ▸ second
    assert shown_root(win) == str(second)
    saved = observations(first)
    assert len(saved) == before + 1 and saved[-1].actor == REVIEWER
    with Case.open(first) as case:
        seen = store.observations.get(case, saved[-1].details["row_id"])
    assert (seen.photo_id, seen.tags, seen.note) == (GANDHI_PHOTO, (Tag.EVENT_IN_PROGRESS,),
                                                     "a stage and a crowd")
    assert len(observations(second)) == before          # nothing went into the other case
    assert not win.photos.tagging.is_dirty()


def test_open_case_with_a_count_that_is_not_a_number_asks_and_go_back_stays(
        win, qtbot, first, second, monkeypatch):
    chosen: list[str] = []

    def pick(*_args, **_kwargs) -> str:
        chosen.append("asked")
        return str(second)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", pick)
    assert win.photos.select_photo(GANDHI_PHOTO)
    before = len(observations(first))
    bad_count(win, qtbot)
    win.actions.open_case.trigger()                      # File ▸ Open case…
    box = win.photos.observing.question
    assert box.isVisible() and "“-” is not a number of people" in box.text()
    assert chosen == []                                  # asked before the folder
    button(box, f"Go back to photo {GANDHI_PHOTO}").click()
    assert shown_root(win) == str(first)
    assert win.photos.current_photo_id() == GANDHI_PHOTO
    assert win.photos.tagging.draft().tags == {Tag.EVENT_IN_PROGRESS}   # still ticked
    assert win.photos.tagging.people.hasFocus()

    win.actions.open_case.trigger()
    box = win.photos.observing.question
    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        button(box, "Discard the changes").click()
    assert chosen == ["asked"] and shown_root(win) == str(second)
    assert len(observations(first)) == before


def test_new_case_saves_the_ticks_before_its_dialog(win, qtbot, first):
    assert win.photos.select_photo(GANDHI_PHOTO)
    before = len(observations(first))
    qtbot.keyClick(win.photos.table, Qt.Key.Key_3)
    win.actions.new_case.trigger()                       # File ▸ New case…
    dialog = win.shell.new_case_dialog
    assert dialog is not None and dialog.isVisible()
    assert len(observations(first)) == before + 1
    dialog.reject()
    assert shown_root(win) == str(first)                 # cancelled: the case stays


def test_new_case_with_a_count_that_is_not_a_number_asks_first(win, qtbot, first):
    assert win.photos.select_photo(GANDHI_PHOTO)
    bad_count(win, qtbot)
    assert win.shell.choose_new_case() is None           # asked instead
    box = win.photos.observing.question
    assert box.isVisible() and win.shell.new_case_dialog is None
    button(box, "Discard the changes").click()
    qtbot.waitUntil(lambda: win.shell.new_case_dialog is not None)
    assert win.shell.new_case_dialog.isVisible()
    win.shell.new_case_dialog.reject()


@IGNORE_NOISE
def test_a_venue_form_with_typed_work_asks_before_another_case_opens(win, qtbot, first, second,
                                                                     monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(second))
    win.tabs.setCurrentWidget(win.venues)
    form = win.venues.add_venue()
    qtbot.keyClicks(form.name_en, "The new square")
    win.actions.open_case.trigger()
    box = win.venues.discard_box
    assert box.isVisible() and box.text() == "Discard what you typed in this venue?"
    button(box, "Keep editing").click()
    assert shown_root(win) == str(first)
    assert win.venues.form is form and form.isVisible()
    assert form.name_en.text() == "The new square"

    win.actions.open_case.trigger()
    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        button(win.venues.discard_box, "Discard").click()
    assert shown_root(win) == str(second) and win.venues.form is None


@IGNORE_NOISE
def test_an_untouched_venue_form_closes_with_its_case(win, qtbot, second):
    """Left open over the next case, its Save would have written into that case."""
    win.tabs.setCurrentWidget(win.venues)
    form = win.venues.add_venue()
    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        win.shell.recent_menu.chosen.emit(str(second))
    assert not form.isVisible() and win.venues.form is None


# --- locking ----------------------------------------------------------------------------------

def test_lock_now_saves_the_ticks_and_note_then_locks(locked_win, qtbot, encrypted):
    photo_id = locked_win.photos.current_photo_id()
    tick_and_note(locked_win, qtbot, "barriers at the gate")
    with qtbot.waitSignal(locked_win.case_lock.locked, timeout=5000):
        locked_win.actions.lock_now.trigger()            # Ctrl+L
    assert locked_win.session.state is None and casekeys.unlocked(encrypted) is None
    [saved] = observations(encrypted)
    with Case.open(encrypted) as case:
        seen = store.observations.get(case, saved.details["row_id"])
    assert (seen.photo_id, seen.note) == (photo_id, "barriers at the gate")


def test_lock_now_with_a_count_that_is_not_a_number_asks_and_go_back_keeps_it_open(
        locked_win, qtbot, encrypted):
    bad_count(locked_win, qtbot)
    assert not locked_win.case_lock.lock_now()
    box = locked_win.photos.observing.question
    assert box.isVisible()
    photo_id = locked_win.photos.current_photo_id()
    button(box, f"Go back to photo {photo_id}").click()
    assert locked_win.session.state is not None and casekeys.unlocked(encrypted) is not None
    assert locked_win.photos.tagging.people_problem() == "-"

    locked_win.actions.lock_now.trigger()
    with qtbot.waitSignal(locked_win.case_lock.locked, timeout=5000):
        button(locked_win.photos.observing.question, "Discard the changes").click()
    assert casekeys.unlocked(encrypted) is None and observations(encrypted) == []


def test_the_idle_lock_saves_the_ticks_then_locks(locked_win, qtbot, encrypted):
    qtbot.keyClick(locked_win.photos.table, Qt.Key.Key_3)
    with qtbot.waitSignal(locked_win.case_lock.locked, timeout=5000):
        locked_win.case_lock.set_lock_after(300)         # then no input
    locked_win.case_lock.watch.arm(False)
    assert len(observations(encrypted)) == 1


def test_lock_now_asks_about_a_refusal_form_with_typed_work(locked_win, qtbot, encrypted):
    """Someone is there: Lock now asks (the idle lock sets the work aside instead, see
    test_idle_lock_drafts.py)."""
    form = locked_win.refusal_actions.add()
    qtbot.keyClicks(form.excuse, "Repair works on the square")
    assert not locked_win.case_lock.lock_now()
    box = form.discard_box
    assert box.isVisible() and box.text() == "Discard what you typed in this refusal?"
    button(box, "Keep editing").click()
    assert locked_win.session.state is not None and form.isVisible()

    assert not locked_win.case_lock.lock_now()
    with qtbot.waitSignal(locked_win.case_lock.locked, timeout=5000):
        button(form.discard_box, "Discard").click()
    assert not form.isVisible() and casekeys.unlocked(encrypted) is None


def test_an_untouched_refusal_form_closes_when_the_case_locks(locked_win, qtbot):
    form = locked_win.refusal_actions.add()
    with qtbot.waitSignal(locked_win.case_lock.locked, timeout=5000):
        assert locked_win.case_lock.lock_now()
    assert not form.isVisible()                          # it showed the case's venues


def test_ticks_whose_save_was_declined_ask_before_the_case_is_left(window, qtbot, first,
                                                                   second):
    """Nobody has said who is working: leaving asks the name first; declined, the ticks are not
    saved and the window asks whether to leave the case without them (or go back to them)."""
    settings.REVIEWER.set("")
    window.reviewer.show_name()
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(first))
    window.show()
    qtbot.waitExposed(window)
    before = len(observations(first))
    assert window.photos.select_photo(GANDHI_PHOTO)
    qtbot.keyClick(window.photos.table, Qt.Key.Key_3)
    window.shell.recent_menu.chosen.emit(str(second))
    window.reviewer.dialog.reject()                      # who is working? Cancel
    box = window.photos.observing.question
    assert box.isVisible() and box.text() == (
        f"Your changes to photo(s) {GANDHI_PHOTO} could not be saved. Leave the case without "
        "them?")
    button(box, "Go back").click()
    assert shown_root(window) == str(first)
    assert window.photos.tagging.draft().tags == {Tag.EVENT_IN_PROGRESS}

    window.shell.recent_menu.chosen.emit(str(second))
    window.reviewer.dialog.reject()
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        button(window.photos.observing.question, "Leave without them").click()
    assert shown_root(window) == str(second) and len(observations(first)) == before


# --- closing the window -----------------------------------------------------------------------

@IGNORE_NOISE
def test_closing_the_window_with_a_typed_venue_form_asks(win, qtbot):
    """Alt+F4 asks every form with typed work as leaving the case does: Keep editing keeps the
    window and the form as typed; Discard closes both."""
    win.tabs.setCurrentWidget(win.venues)
    form = win.venues.add_venue()
    qtbot.keyClicks(form.name_en, "The new square")
    win.close()
    box = win.venues.discard_box
    assert box is not None and box.isVisible()
    assert box.text() == "Discard what you typed in this venue?"
    button(box, "Keep editing").click()
    assert win.isVisible() and form.isVisible() and form.name_en.text() == "The new square"

    win.close()
    button(win.venues.discard_box, "Discard").click()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=5_000)
    assert win.venues.form is None


@IGNORE_NOISE
def test_closing_the_window_with_an_untouched_venue_form_closes_at_once(win, qtbot):
    win.tabs.setCurrentWidget(win.venues)
    win.venues.add_venue()
    win.close()
    assert not win.isVisible() and win.venues.discard_box is None
