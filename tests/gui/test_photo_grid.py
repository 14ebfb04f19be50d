"""The thumbnail grid: Qt's model contract, lazy thumbnails, a bounded cache, the table toggle."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPixmap

from gui.app.state import CaseState
from gui.photos.grid import (
    BADGE_COLOUR,
    BADGE_PX,
    GridItem,
    PhotoGridModel,
    PhotoIdRole,
    TaggedRole,
)
from gui.photos.thumbnails import PixmapLRU
from gui.widgets.workers import SynchronousRunner
from tests.helpers.gui import case_state

DECORATION = Qt.ItemDataRole.DecorationRole


@pytest.fixture(scope="module")
def snapshot(demo_case: Path) -> CaseState:
    return case_state(demo_case)


def untagged(state: CaseState, photo_id: int) -> CaseState:
    """The demo's state as if nobody had tagged this photo (the demo tags every photo)."""
    return replace(state, data=state.data.with_observations({photo_id: ()}))


def decoration(model: PhotoGridModel, row: int) -> QPixmap:
    return model.index(row).data(DECORATION)


def test_grid_model_keeps_qts_contract(qtmodeltester, snapshot):
    model = PhotoGridModel(runner=SynchronousRunner())
    model.set_photos(snapshot)
    qtmodeltester.check(model)
    assert model.rowCount() == 12
    assert model.index(9).data().splitlines()[0] == "10 · IMG_0010.jpg"
    assert model.index(9).data(PhotoIdRole) == 10
    model.set_photos(None)
    qtmodeltester.check(model)


def test_thumbnails_load_lazily_and_replace_the_placeholder(qtbot, snapshot):
    model = PhotoGridModel(runner=SynchronousRunner())
    model.set_photos(untagged(snapshot, 1))
    assert len(model.cache) == 0  # nothing is read before a cell is asked for
    row = model.row_of(1)
    assert decoration(model, row).toImage() == model.waiting.toImage()
    with qtbot.waitSignal(model.dataChanged) as changed:
        pass
    assert changed.args[0].row() == row and changed.args[2] == [DECORATION]
    thumb = decoration(model, row)
    assert thumb.size() == model.icon_size
    assert thumb.toImage() != model.waiting.toImage()
    assert len(model.cache) == 1  # only the cell asked for was read


def test_a_photo_without_a_readable_thumbnail_says_so(qtbot, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a JPEG")
    model = PhotoGridModel(runner=SynchronousRunner())
    model.set_items([GridItem(1, "1 · a.jpg", None, ""),
                     GridItem(2, "2 · b.jpg", str(broken), "")])
    assert decoration(model, 0).toImage() == model.missing.toImage()
    decoration(model, 1)
    qtbot.waitUntil(lambda: not model.loader.busy())
    assert decoration(model, 1).toImage() == model.missing.toImage()


def test_the_cache_drops_the_least_recently_used_beyond_its_budget(qapp):
    def tile(colour: str) -> QPixmap:
        image = QImage(QSize(10, 10), QImage.Format.Format_ARGB32)
        image.fill(QColor(colour))
        return QPixmap.fromImage(image)

    cache = PixmapLRU(budget_bytes=2 * 10 * 10 * 4)
    cache.put("a", tile("red"))
    cache.put("b", tile("green"))
    assert cache.get("a") is not None  # a is now the most recent
    cache.put("c", tile("blue"))
    assert cache.get("b") is None and cache.get("a") is not None and cache.get("c") is not None
    assert cache.used <= cache.budget


def test_the_photos_tab_switches_between_table_and_grid(window, qtbot, demo_case):
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(demo_case))
    photos = window.photos
    assert photos.stack.currentWidget() is window.photos.table
    photos.toggle.grid_button.click()
    assert photos.stack.currentWidget() is photos.grid
    assert photos.grid.viewMode() == photos.grid.ViewMode.IconMode
    assert photos.grid.uniformItemSizes()
    assert photos.grid_model.rowCount() == 12
    photos.grid.setCurrentIndex(photos.grid_model.index(9))
    assert "Photo 10: IMG_0010.jpg" in window.photos.detail.toPlainText()
    current = window.photos.proxy.mapToSource(window.photos.table.currentIndex()).row()
    assert current == 9  # one selection
    window.photos.select_row(2)
    assert photos.grid.currentIndex().row() == 2
    photos.toggle.table_button.click()
    assert photos.stack.currentWidget() is window.photos.table


def test_the_chosen_view_is_remembered(qtbot, demo_case):
    from gui.app.main_window import MainWindow

    first = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(first)
    first.photos.toggle.grid_button.click()
    second = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.case_shown, timeout=30_000):
        second.open_case(str(demo_case))
    assert second.photos.stack.currentWidget() is second.photos.grid


def test_a_tagged_photo_wears_a_badge_that_goes_with_the_thumbnails(qtbot, snapshot):
    model = PhotoGridModel(runner=SynchronousRunner())
    model.set_photos(untagged(snapshot, 1))
    tagged, plain = model.row_of(2), model.row_of(1)
    assert model.index(tagged).data(TaggedRole) >= 1
    assert model.index(plain).data(TaggedRole) == 0
    decoration(model, tagged)
    qtbot.waitUntil(lambda: not model.loader.busy() and len(model.cache) == 1)
    image = decoration(model, tagged).toImage()
    corner = image.pixelColor(image.width() - 4 - BADGE_PX // 2, 4 + BADGE_PX // 3)
    assert corner == QColor(BADGE_COLOUR)
    assert len(model.badged) >= 1
    model.evict()  # a case locked: no copy of a (decrypted) thumbnail stays, badged or not
    assert len(model.cache) == 0 and len(model.badged) == 0
