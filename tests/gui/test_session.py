"""The case session: saves run on a worker one after another, keys typed meanwhile are kept, and
a save repaints only the rows it changed."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence import store
from evidence.model import Tag
from evidence.store import Case
from gui.app.main_window import MainWindow
from gui.app.session import Written
from gui.widgets.workers import ThreadedRunner


@pytest.fixture
def demo_copy(demo_case: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_case, tmp_path / "demo"))


@pytest.fixture
def threaded_window(qtbot, demo_copy: Path) -> MainWindow:
    """The window as the app runs it: every job on real worker threads."""
    win = MainWindow(runner=ThreadedRunner())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        win.open_case(str(demo_copy))
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.wait(30_000)


def hold_the_lane(window: MainWindow) -> threading.Event:
    """Queues a change that waits until the returned event is set: every save after it waits
    on the lane, as behind a slow disk."""
    gate = threading.Event()

    def held(_case: Case) -> Written[None]:
        gate.wait(60)
        return Written(None)
    assert window.session.write("a slow change", held)
    return gate


def tags_saved(case_dir: Path) -> dict[int, list[tuple[Tag, ...]]]:
    with Case.open(case_dir) as case:
        return {photo: [o.tags for o in found]
                for photo, found in store.observations.by_photo(case).items()}


def test_keys_typed_while_saves_wait_are_all_kept(threaded_window, qtbot, demo_copy):
    photos = threaded_window.photos
    table = photos.table
    before = tags_saved(demo_copy)
    photos.select_photo(1)
    gate = hold_the_lane(threaded_window)
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.keyClick(table, Qt.Key.Key_Return)   # photo 1: saved later, moved on now
    assert photos.current_photo_id() == 2
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_Return)   # photo 2
    assert photos.current_photo_id() == 3
    qtbot.keyClick(table, Qt.Key.Key_1)        # photo 3: typed, not yet entered
    assert len(threaded_window.session.writers()) == 3  # the slow change and two saves
    gate.set()
    qtbot.waitUntil(threaded_window.session.is_idle, timeout=30_000)
    # The two saves came back and repainted their rows; the draft on photo 3 is untouched.
    assert photos.current_photo_id() == 3
    assert photos.tagging.draft().tags == {Tag.VENUE_EMPTY}
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(threaded_window.session.is_idle, timeout=30_000)
    saved = tags_saved(demo_copy)
    new = {photo: saved[photo][len(before.get(photo, [])):] for photo in (1, 2, 3)}
    assert new == {1: [(Tag.NO_EVENT_VISIBLE,)], 2: [(Tag.EVENT_IN_PROGRESS,)],
                   3: [(Tag.VENUE_EMPTY,)]}


def test_ten_tags_entered_as_fast_as_keys_go_are_all_saved(threaded_window, qtbot, demo_copy):
    photos = threaded_window.photos
    before = sum(len(v) for v in tags_saved(demo_copy).values())
    photos.select_photo(1)
    for _ in range(10):
        qtbot.keyClick(photos.table, Qt.Key.Key_1)
        qtbot.keyClick(photos.table, Qt.Key.Key_Return)
    qtbot.waitUntil(threaded_window.session.is_idle, timeout=60_000)
    assert sum(len(v) for v in tags_saved(demo_copy).values()) == before + 10


def test_a_tag_rejudges_the_refusal_it_bears_on_and_repaints_only_its_row(threaded_window,
                                                                          qtbot):
    refusals = threaded_window.refusals.model
    photo_rows = threaded_window.photos.model
    state = threaded_window.session.state
    gandhi = next(c for c in state.claims if c.claim.document_number == "DEMO-2022/095")
    assert gandhi.verdict.value == "contradicted"
    repainted: list[tuple[int, int]] = []
    resets: list[str] = []
    refusals.dataChanged.connect(lambda a, b, *_: repainted.append((a.row(), b.row())))
    refusals.modelReset.connect(lambda: resets.append("refusals"))
    refusals.rowsInserted.connect(lambda *_: resets.append("refusal inserted"))
    photo_repainted: list[int] = []
    photo_rows.dataChanged.connect(lambda a, _b, *_: photo_repainted.append(a.row()))
    photo_rows.modelReset.connect(lambda: resets.append("photos"))

    photos = threaded_window.photos
    photos.select_photo(10)   # taken in Gandhi Park in the refusal's window
    qtbot.keyClick(photos.table, Qt.Key.Key_3)            # event in progress
    qtbot.keyClick(photos.table, Qt.Key.Key_P)
    qtbot.keyClicks(photos.tagging.people, "400")
    with qtbot.waitSignal(threaded_window.session.changed, timeout=30_000) as changed:
        qtbot.keyClick(photos.tagging.people, Qt.Key.Key_Return)

    change = changed.args[0]
    assert change.claims == frozenset({gandhi.claim_id})
    assert change.state.claim(gandhi.claim_id).verdict.value == "mixed"
    row = refusals.row_of(gandhi.claim_id)
    assert repainted == [(row, row)]
    assert refusals.claim(row).verdict.value == "mixed"
    # The photo's row, and those of the other photos of that refusal (their detail says how
    # they count); none else.
    bearing = {p.photo_id for p in change.state.claim(gandhi.claim_id).photos} | {10}
    assert len(bearing) < len(state.photos)
    assert sorted(photo_repainted) == sorted(photo_rows.row_of_photo(p) for p in bearing)
    assert resets == []
