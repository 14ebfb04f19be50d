"""The Photos and Venues tables on a 1280 × 800 laptop, in English, Russian and Kazakh: every
column in sight without scrolling sideways, a header cut nowhere (long names take two lines,
their tooltips whole) and the venues' verdicts read whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.venues.model import VenueColumn
from tests.helpers.webengine import IGNORE_NOISE

pytestmark = IGNORE_NOISE
LANGS = ["en", "ru", "kk"]


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


def laptop_window(qtbot, demo_case, lang: str) -> MainWindow:
    i18n.install(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_case(str(demo_case))
    qtbot.waitUntil(lambda: window.session.state is not None, timeout=20_000)
    return window


def assert_every_column_in_sight(table: QTableView) -> None:
    header, model = table.horizontalHeader(), table.model()
    for column in range(model.columnCount()):
        name = model.headerData(column, Qt.Orientation.Horizontal)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), f"“{name}” is out of sight"
        # Its name whole on at most two lines, and whole in its tooltip.
        assert header.sectionSize(column) >= header.sectionSizeHint(column), f"“{name}” is cut"
    assert table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("lang", LANGS)
def test_every_photo_column_is_in_sight_at_1280(qtbot, demo_case, lang):
    window = laptop_window(qtbot, demo_case, lang)
    window.tabs.setCurrentWidget(window.photos)
    qtbot.wait(50)
    assert_every_column_in_sight(window.photos.table)


@pytest.mark.parametrize("lang", LANGS)
def test_every_venue_column_and_the_verdicts_whole_at_1280(qtbot, demo_case, lang):
    window = laptop_window(qtbot, demo_case, lang)
    window.tabs.setCurrentWidget(window.venues)
    qtbot.wait(50)
    table = window.venues.table
    assert_every_column_in_sight(table)
    for row in range(table.model().rowCount()):
        index = table.model().index(row, VenueColumn.VERDICTS)
        needs = table.sizeHintForIndex(index).width()
        assert table.columnWidth(VenueColumn.VERDICTS) >= needs, index.data()
    # Each short header says what it is in full on hover.
    tips = [table.model().headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in VenueColumn]
    assert all(tips), tips


@pytest.mark.parametrize("lang", LANGS)
def test_the_venues_map_keeps_its_zoom_buttons_beside_its_legend(qtbot, demo_case, lang):
    """The table's room is not taken from the map's controls: at 1280 px the map is wide
    enough that its folded legend (310 px at the right) leaves the zoom buttons clear."""
    window = laptop_window(qtbot, demo_case, lang)
    window.tabs.setCurrentWidget(window.venues)
    qtbot.wait(50)
    assert window.venues.map.width() >= 310 + 70


@pytest.mark.parametrize("lang", LANGS)
def test_every_statistics_column_is_in_sight_at_1280(qtbot, demo_case, lang):
    """The verdicts' and the share's headers are long in Russian and Kazakh: the percentages
    scrolled out of sight. Every column of each grouping in sight, its header whole on two
    lines and in its tooltip, each value whole."""
    window = laptop_window(qtbot, demo_case, lang)
    window.tabs.setCurrentWidget(window.statistics)
    for grouping, page in window.statistics.pages.items():
        window.statistics.groupings.setCurrentWidget(page)
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0, timeout=10_000)
        qtbot.wait(50)
        table, model = page.table, page.model
        assert_every_column_in_sight(table)
        for column in range(model.columnCount()):
            tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            assert tip == model.headerData(column, Qt.Orientation.Horizontal), grouping
            if column == 0:
                continue   # the group's name may be cut, its tooltip whole
            for row in range(model.rowCount()):
                index = model.index(row, column)
                assert table.columnWidth(column) >= table.sizeHintForIndex(index).width(), \
                    (grouping, index.data())
