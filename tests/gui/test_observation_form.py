"""The tagging form is safe: it shows what this reviewer recorded, leaving a photo saves what
changed (or asks), an observation is corrected or withdrawn (Ctrl+Z too) as new custody
entries, the verdicts follow, and closing the window loses nothing typed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from evidence import store
from evidence.model import Tag
from evidence.store import Case
from gui.app import identity
from gui.app.main_window import MainWindow

GANDHI_PHOTO, NEXT_PHOTO = 10, 11    # the demo's Gandhi Park photos, in DEMO-2022/095's window
REFUSAL = "DEMO-2022/095"


@pytest.fixture
def demo_copy(demo_case: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_case, tmp_path / "demo"))


@pytest.fixture
def win(window: MainWindow, qtbot, demo_copy: Path) -> MainWindow:
    identity.remember("Aigerim (monitor)")
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(demo_copy))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def verdict(window: MainWindow) -> str:
    return next(c.verdict.value for c in window.session.state.claims
                if c.claim.document_number == REFUSAL)


def entries(root: Path) -> list:
    with Case.open(root) as case:
        return list(store.log.entries(case))


def go(window: MainWindow, photo_id: int) -> None:
    """Another photo, as a click in the table makes it current."""
    assert window.photos.select_photo(photo_id)
    assert window.photos.current_photo_id() == photo_id


def status_bar(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_back_on_a_tagged_photo_the_form_shows_what_was_saved(win, qtbot, demo_copy):
    panel, table = win.photos.tagging, win.photos.table
    go(win, GANDHI_PHOTO)
    assert panel.status.text() == "You have recorded nothing for this photo yet."
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_P)
    qtbot.keyClicks(panel.people, "400")
    qtbot.keyClick(panel.people, Qt.Key.Key_Escape)
    assert panel.status.text().startswith("Not saved yet")
    go(win, NEXT_PHOTO)                               # a click elsewhere: saved, and said
    assert status_bar(win).startswith(f"Photo {GANDHI_PHOTO}: observation ")
    assert status_bar(win).endswith(" saved.")
    assert entries(demo_copy)[-1].action == "observation"
    assert panel.draft().is_empty()                   # nothing of hers on photo 11
    go(win, GANDHI_PHOTO)
    assert panel.draft().tags == {Tag.EVENT_IN_PROGRESS} and panel.draft().people == 400
    assert panel.boxes[Tag.EVENT_IN_PROGRESS].isChecked()
    assert panel.people.text() == "400"
    assert panel.status.text().startswith("Saved: your observation ")
    assert verdict(win) == "mixed"


def test_the_form_shows_only_this_reviewers_observation(win):
    go(win, GANDHI_PHOTO)     # the demo's reviewer recorded it, not Aigerim
    assert win.photos.tagging.draft().is_empty()
    assert not win.photos.tagging.withdraw_button.isEnabled()
    identity.remember("skver-demo")
    go(win, NEXT_PHOTO)
    go(win, GANDHI_PHOTO)
    draft = win.photos.tagging.draft()
    assert (draft.tags, draft.people) == ({Tag.EVENT_IN_PROGRESS, Tag.STAGE_OR_EQUIPMENT}, 8)
    assert win.photos.tagging.withdraw_button.isEnabled()


def test_a_change_is_saved_as_one_correction_and_the_verdict_follows(win, qtbot, demo_copy):
    panel, table = win.photos.tagging, win.photos.table
    go(win, GANDHI_PHOTO)
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_P)
    qtbot.keyClicks(panel.people, "400")
    qtbot.keyClick(panel.people, Qt.Key.Key_Return)    # Enter: saved, on to photo 11
    assert win.photos.current_photo_id() == NEXT_PHOTO and verdict(win) == "mixed"
    first = entries(demo_copy)[-1]
    go(win, GANDHI_PHOTO)
    qtbot.keyClick(table, Qt.Key.Key_3)                # not an event after all:
    qtbot.keyClick(table, Qt.Key.Key_1)                # the venue was empty
    qtbot.keyClick(table, Qt.Key.Key_P)
    qtbot.keyClicks(panel.people, "0")
    qtbot.keyClick(panel.people, Qt.Key.Key_Escape)
    assert "saved as a correction" in panel.status.text()
    go(win, NEXT_PHOTO)
    new = entries(demo_copy)[first.seq:]
    assert [e.action for e in new] == ["observation-corrected"]
    assert new[0].details["replaces"] == first.details["row_id"]
    assert new[0].details["replaces_seq"] == first.seq
    assert status_bar(win) == (f"Photo {GANDHI_PHOTO}: your correction of observation "
                               f"{first.details['row_id']} saved (observation "
                               f"{new[0].details['row_id']}).")
    assert verdict(win) == "contradicted"              # the corrected form counts
    go(win, GANDHI_PHOTO)
    assert panel.draft().tags == {Tag.VENUE_EMPTY} and panel.draft().people == 0
    assert "your correction" in panel.status.text()
    text = win.photos.detail.toPlainText()
    assert "venue empty, 0 people" in text               # the correction, in effect
    corrected = text.index("400 people")                  # the earlier one stays, marked
    assert text.index(f"Corrected by observation {new[0].details['row_id']} on ") > corrected


def test_withdrawing_asks_then_the_verdict_no_longer_counts_it(win, qtbot, demo_copy):
    panel, table = win.photos.tagging, win.photos.table
    go(win, GANDHI_PHOTO)
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_P)
    qtbot.keyClicks(panel.people, "400")
    qtbot.keyClick(panel.people, Qt.Key.Key_Return)
    go(win, GANDHI_PHOTO)
    assert verdict(win) == "mixed"
    before = len(entries(demo_copy))
    panel.withdraw_button.click()
    dialog = win.photos.observing.withdraw_dialog
    assert dialog.isVisible() and "event in progress, 400 people" in dialog.findChildren(
        type(panel.status))[0].text()
    dialog.reject()                                    # cancelled: nothing happens
    assert len(entries(demo_copy)) == before and verdict(win) == "mixed"
    panel.withdraw_button.click()
    dialog = win.photos.observing.withdraw_dialog
    dialog.reason.setText("the crowd was on another day")
    dialog.withdraw_button.click()
    last = entries(demo_copy)[-1]
    assert (last.action, last.details["reason"]) == ("observation-withdrawn",
                                                     "the crowd was on another day")
    assert verdict(win) == "contradicted"
    assert panel.draft().is_empty() and not panel.withdraw_button.isEnabled()
    assert panel.status.text().startswith("You withdrew your observation of this photo")
    assert "was withdrawn; it no longer counts" in status_bar(win)


def test_ctrl_z_withdraws_the_last_observation_made_after_confirming(win, qtbot, demo_copy):
    panel, table = win.photos.tagging, win.photos.table
    go(win, GANDHI_PHOTO)
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_P)
    qtbot.keyClicks(panel.people, "400")
    qtbot.keyClick(panel.people, Qt.Key.Key_Return)    # saved; photo 11 is current now
    assert verdict(win) == "mixed"
    made = entries(demo_copy)[-1].details["row_id"]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    dialog = win.photos.observing.withdraw_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.observation.id == made
    dialog.withdraw_button.click()
    assert entries(demo_copy)[-1].action == "observation-withdrawn"
    assert entries(demo_copy)[-1].details["withdraws"] == made
    assert verdict(win) == "contradicted"
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_bar(win).startswith("Nothing to withdraw")


def test_clearing_a_recorded_observation_asks_to_withdraw_it(win, qtbot, demo_copy):
    panel, table = win.photos.tagging, win.photos.table
    go(win, GANDHI_PHOTO)
    qtbot.keyClick(table, Qt.Key.Key_4)
    go(win, NEXT_PHOTO)
    go(win, GANDHI_PHOTO)
    before = len(entries(demo_copy))
    qtbot.keyClick(table, Qt.Key.Key_4)                 # unticked: nothing left
    go(win, NEXT_PHOTO)
    box = win.photos.observing.question
    assert box.isVisible() and "you cleared everything" in box.text()
    button(box, "Keep it as saved").click()
    assert len(entries(demo_copy)) == before
    go(win, GANDHI_PHOTO)
    assert panel.draft().tags == {Tag.STAGE_OR_EQUIPMENT}


def test_clearing_and_pressing_enter_offers_the_withdrawal(win, qtbot, demo_copy):
    panel, table = win.photos.tagging, win.photos.table
    go(win, GANDHI_PHOTO)
    qtbot.keyClick(table, Qt.Key.Key_4)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    go(win, GANDHI_PHOTO)
    qtbot.keyClick(table, Qt.Key.Key_4)
    qtbot.keyClick(table, Qt.Key.Key_Return)             # nothing left: asked, not moved on
    assert win.photos.current_photo_id() == GANDHI_PHOTO
    button(win.photos.observing.question, "Withdraw it…").click()
    dialog = win.photos.observing.withdraw_dialog
    assert dialog.isVisible()
    dialog.withdraw_button.click()
    assert entries(demo_copy)[-1].action == "observation-withdrawn"
    assert panel.draft().is_empty()


def test_a_count_that_is_not_a_number_asks_and_goes_back(win, qtbot, demo_copy):
    panel, table = win.photos.tagging, win.photos.table
    go(win, GANDHI_PHOTO)
    before = len(entries(demo_copy))
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.keyClick(table, Qt.Key.Key_P)
    qtbot.keyClicks(panel.people, "-")
    go(win, NEXT_PHOTO)
    box = win.photos.observing.question
    assert box.isVisible() and "“-” is not a number of people" in box.text()
    button(box, f"Go back to photo {GANDHI_PHOTO}").click()
    assert win.photos.current_photo_id() == GANDHI_PHOTO
    assert panel.draft().tags == {Tag.NO_EVENT_VISIBLE}   # what was ticked is still there
    assert panel.people.hasFocus()
    assert len(entries(demo_copy)) == before


def test_closing_the_window_saves_what_was_ticked(win, qtbot, demo_copy):
    panel, table = win.photos.tagging, win.photos.table
    go(win, GANDHI_PHOTO)
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_N)
    qtbot.keyClicks(panel.note, "a stage and a crowd")
    assert win.close()                                 # Alt+F4, File ▸ Quit
    last = entries(demo_copy)[-1]
    assert last.action == "observation" and last.actor == "Aigerim (monitor)"
    with Case.open(demo_copy) as case:
        seen = store.observations.get(case, last.details["row_id"])
    assert (seen.tags, seen.note) == ((Tag.EVENT_IN_PROGRESS,), "a stage and a crowd")


def test_closing_with_a_count_that_is_not_a_number_asks(win, qtbot, demo_copy):
    panel, table = win.photos.tagging, win.photos.table
    go(win, GANDHI_PHOTO)
    before = len(entries(demo_copy))
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_P)
    qtbot.keyClicks(panel.people, "-")
    assert not win.close()                             # asked, not closed
    box = win.photos.observing.question
    assert box.isVisible() and win.isVisible()
    button(box, "Discard the changes").click()
    qtbot.waitUntil(lambda: not win.isVisible())
    assert len(entries(demo_copy)) == before


def test_n_after_p_goes_to_the_note_and_the_keys_work_after_the_count(win, qtbot):
    panel, table = win.photos.tagging, win.photos.table
    go(win, GANDHI_PHOTO)
    qtbot.keyClick(table, Qt.Key.Key_P)
    assert panel.people.hasFocus()
    qtbot.keyClicks(panel.people, "n")   # N: on to the note
    assert panel.note.hasFocus()
    assert panel.people.text() == "not counted" and panel.note.text() == ""
    qtbot.keyClick(table, Qt.Key.Key_P)
    qtbot.keyClicks(panel.people, "12")
    qtbot.keyClicks(panel.people, "n")
    assert panel.note.hasFocus() and panel.draft().people == 12
    qtbot.keyClicks(panel.note, "Nobody near the stage")
    qtbot.keyClick(panel.note, Qt.Key.Key_Escape)       # back to the photos
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_4)                  # the keys are the photos' again
    draft = panel.draft()
    assert (draft.tags, draft.people, draft.note) == ({Tag.STAGE_OR_EQUIPMENT}, 12,
                                                      "Nobody near the stage")


def test_closing_saves_with_the_session_on_its_own_thread(qtbot, demo_copy):
    """The real runner: the save is written on the session's worker, and the window closing
    waits for it."""
    identity.remember("Aigerim (monitor)")
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(demo_copy))
    window.show()
    qtbot.waitExposed(window)
    go(window, GANDHI_PHOTO)
    qtbot.keyClick(window.photos.table, Qt.Key.Key_5)
    assert window.close()
    last = entries(demo_copy)[-1]
    assert last.action == "observation" and last.actor == "Aigerim (monitor)"
