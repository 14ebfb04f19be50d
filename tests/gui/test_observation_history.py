"""The photo's detail lists every observation recorded of it, corrected and withdrawn ones too,
marked as such with who ended them and when: a reader sees the history, not only what counts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from evidence import observations
from evidence.model import Observation, Tag
from evidence.store import Case
from gui.app import identity
from gui.app.main_window import MainWindow

PHOTO = 10  # a demo photo of Gandhi Park


@pytest.fixture
def demo_copy(demo_case: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_case, tmp_path / "demo"))


def struck(document: QTextDocument, text: str) -> bool:
    """Whether `text` is drawn struck through where the pane shows it."""
    found = document.find(text)
    assert not found.isNull(), f"{text!r} is not in the pane"
    cursor = QTextCursor(document)
    cursor.setPosition(found.selectionStart() + 1)
    return cursor.charFormat().fontStrikeOut()


def detail_of(window: MainWindow, photo_id: int) -> QTextDocument:
    assert window.photos.select_photo(photo_id)
    return window.photos.detail.document()


def test_corrected_and_withdrawn_observations_stay_listed_and_marked(window, qtbot, demo_copy):
    with Case.open(demo_copy) as case:
        first = observations.add(case, Observation(PHOTO, "Aigerim", (Tag.REPAIR_ACTIVITY,),
                                                   None, "a digger at the gate"), "Aigerim")
        fixed = observations.correct(case, first.id, Observation(
            PHOTO, "Aigerim", (Tag.STAGE_OR_EQUIPMENT,), None, "a sound stage"), "Aigerim")
        dana = observations.add(case, Observation(PHOTO, "Dana", (Tag.ACCESS_BLOCKED,), 12),
                                "Dana")
        gone = observations.withdraw(case, dana.id, "Dana", "Dana", "another day's photo")
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(demo_copy))
    document = detail_of(window, PHOTO)
    text = document.toPlainText()
    # The corrected one: still there, struck through, by which observation, when and whom.
    assert "repair activity" in text and "a digger at the gate" in text
    assert struck(document, "a digger at the gate")
    assert (f"Corrected by observation {fixed.id} on {fixed.observed_utc[:16].replace('T', ' ')}"
            " UTC by Aigerim; it no longer counts.") in text
    # Its correction counts, and says what it corrects.
    assert not struck(document, "a sound stage")
    assert f"Corrects observation {first.id}." in text
    # The withdrawn one: struck through, withdrawn when, by whom, and why.
    assert struck(document, "access blocked")
    assert (f"Withdrawn on {gone.observed_utc[:16].replace('T', ' ')} UTC by Dana; it no "
            "longer counts. Reason: another day's photo") in text
    # The demo's own observation is in effect and not struck.
    assert not struck(document, "Семь-восемь студентов")
    # Oldest first: the history reads in the order it was recorded.
    assert text.index("a digger at the gate") < text.index("a sound stage") < \
        text.index("access blocked")


def test_withdrawing_in_the_window_marks_it_in_the_detail_at_once(window, qtbot, demo_copy):
    identity.remember("Aigerim")
    with Case.open(demo_copy) as case:
        mine = observations.add(case, Observation(PHOTO, "Aigerim", (Tag.VENUE_EMPTY,), 0,
                                                  "nobody at noon"), "Aigerim")
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(demo_copy))
    document = detail_of(window, PHOTO)
    assert not struck(document, "nobody at noon")
    window.photos.tagging.withdraw_button.click()
    dialog = window.photos.observing.withdraw_dialog
    dialog.reason.setText("wrong photo")
    dialog.withdraw_button.click()
    document = window.photos.detail.document()
    assert struck(document, "nobody at noon")
    assert "Withdrawn on " in document.toPlainText()
    assert f"observation {mine.id}" in document.toPlainText()
