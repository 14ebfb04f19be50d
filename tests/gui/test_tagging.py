"""Tagging photos from the keyboard: the keys, the saved observation, the verdict it moves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence import store
from evidence.model import Tag
from evidence.store import Case
from gui.app import identity
from gui.app.main_window import MainWindow
from gui.photos.tagging import TaggingPanel


@pytest.fixture
def demo_copy(demo_case: Path, tmp_path: Path) -> Path:
    """A copy of the demo case that a test may change."""
    return Path(shutil.copytree(demo_case, tmp_path / "demo"))


@pytest.fixture
def tagging_window(window: MainWindow, qtbot, demo_copy: Path) -> MainWindow:
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(demo_copy))
    window.show()
    qtbot.waitExposed(window)
    return window


def verdict_of(window: MainWindow, number: str) -> str:
    return next(c.verdict.value for c in window.session.state.claims
                if c.claim.document_number == number)


def test_the_legend_names_each_tag_with_its_key(tagging_window):
    boxes = tagging_window.photos.tagging.boxes
    assert boxes[Tag.VENUE_EMPTY].text() == "1  venue empty"
    assert boxes[Tag.ACCESS_BLOCKED].text() == "9  access blocked"
    assert tagging_window.photos.tagging.isEnabled()


def test_number_keys_toggle_tags_on_the_selected_photo(tagging_window, qtbot):
    panel = tagging_window.photos.tagging
    table = tagging_window.photos.table
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_4)
    qtbot.keyClick(table, Qt.Key.Key_4)
    assert panel.draft().tags == {Tag.EVENT_IN_PROGRESS}
    tagging_window.photos.select_row(1)  # another photo: a fresh start
    assert panel.draft().is_empty()


def test_tagging_a_gandhi_park_photo_makes_its_refusal_mixed(tagging_window, qtbot, demo_copy,
                                                              settings_dir):
    identity.remember("Aigerim (monitor)")
    assert verdict_of(tagging_window, "DEMO-2022/095") == "contradicted"
    tagging_window.photos.toggle.grid_button.click()
    grid = tagging_window.photos.grid
    grid.setCurrentIndex(tagging_window.photos.grid_model.index(9))  # photo 10, Gandhi Park
    panel = tagging_window.photos.tagging
    qtbot.keyClick(grid, Qt.Key.Key_3)                  # event in progress
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert panel.people.hasFocus()
    qtbot.keyClicks(panel.people, "400")
    qtbot.keyClick(grid, Qt.Key.Key_N)
    qtbot.keyClicks(panel.note, "A concert stage and a crowd")
    with qtbot.waitSignal(tagging_window.session.changed, timeout=30_000):
        qtbot.keyClick(panel.note, Qt.Key.Key_Return)   # Enter saves, wherever it is pressed
    assert verdict_of(tagging_window, "DEMO-2022/095") == "mixed"
    assert tagging_window.refusals.model.verdict_counts().get("mixed") == 1
    assert tagging_window.photos.current_photo_id() == 11  # moved on to the next photo
    assert grid.hasFocus()
    tagging_window.photos.select_photo(10)
    text = tagging_window.photos.detail.toPlainText()
    assert "event in progress, 400 people" in text and "A concert stage and a crowd" in text
    assert "Aigerim (monitor)" in text
    with Case.open(demo_copy) as case:
        last = list(store.log.entries(case))[-1]
    assert (last.action, last.actor) == ("observation", "Aigerim (monitor)")
    assert last.details["reviewer"] == "Aigerim (monitor)"


def test_enter_with_nothing_tagged_only_moves_on(tagging_window, qtbot, demo_copy):
    with Case.open(demo_copy) as case:
        before = len(list(store.log.entries(case)))
    tagging_window.photos.select_row(0)
    qtbot.keyClick(tagging_window.photos.table, Qt.Key.Key_Return)
    assert tagging_window.photos.current_photo_id() == 2
    with Case.open(demo_copy) as case:
        assert len(list(store.log.entries(case))) == before


def test_loose_files_cannot_be_tagged(window, photos):
    window.intake.inspect_paths([str(photos["located"])])
    assert window.intake.inspector.model.rowCount() == 1
    assert window.intake.inspector.findChildren(TaggingPanel) == []  # no keys, no panel
    assert window.photos.tagging.isHidden()
