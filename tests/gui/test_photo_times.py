"""One time everywhere: the photos table, the grid, the photo's detail and the refusal's photos
and timeline show the instant the analysis uses, say what dates it, and show the camera clock's
own reading beside it where the two differ. And the table and grid show which photos are tagged,
repainted when an observation is saved, without a reset."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from evidence import observations
from evidence.importer import import_paths
from evidence.model import Observation, Tag
from evidence.store import Case
from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.app.session import Written
from gui.app.state import Refresh
from gui.photos.grid import BADGE_COLOUR, TaggedRole
from gui.photos.table_model import Column
from tests.helpers.casework import ALMATY, add_claim, add_photo, add_venue
from tests.helpers.photos import CORPUS, Shot, write_photo

TOOLTIP = Qt.ItemDataRole.ToolTipRole
# The camera clock reads 2022-08-20 18:30 (Almaty, UTC+6: 12:30 UTC); the GPS clock says it was
# 12:30 UTC a day later. The analysis dates the photo by the GPS clock.
SKEWED_GPS = datetime(2022, 8, 21, 12, 30, tzinfo=UTC)
GPS_ONLY = datetime(2022, 8, 21, 13, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


@pytest.fixture
def clocks_case(tmp_path: Path) -> Path:
    """A case of three photos at one square: one dated by its camera clock (2022-08-20 20:00),
    one whose camera clock is 24 h behind its GPS clock, one with only a GPS clock; and a
    refusal whose window (2022-08-21 18:00-19:30) holds the last two by their GPS clocks."""
    root, folder = tmp_path / "case", tmp_path / "shots"
    folder.mkdir()
    with Case.create(root, title="Clocks", timezone=ALMATY, actor="t") as case:
        venue = add_venue(case)
        add_photo(case, folder, "normal.jpg", "2022-08-20 20:00")
        add_photo(case, folder, "skewed.jpg", "2022-08-20 18:30", gps_time=SKEWED_GPS)
        path = write_photo(folder / "gps_only.jpg", Shot(taken=None, lat=43.2407, lon=76.941,
                                                         gps_time=GPS_ONLY))
        list(import_paths(case, [str(path)], actor="t"))
        add_claim(case, venue, "2022-08-21 18:00", "2022-08-21 19:30", "repair_works",
                  number="R-21")
    return root


def shown(window: MainWindow, qtbot, root: Path) -> MainWindow:
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(root))
    return window


def row_of(window: MainWindow, name: str) -> int:
    """The row (as sorted on screen) of the photo imported as `name`."""
    proxy = window.photos.proxy
    return next(r for r in range(proxy.rowCount())
                if proxy.index(r, Column.FILE).data().endswith(name))


def cell(window: MainWindow, name: str, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return window.photos.proxy.index(row_of(window, name), column).data(role)


def photo_id(window: MainWindow, name: str) -> int:
    model, proxy = window.photos.model, window.photos.proxy
    photo = model.case_photo(proxy.mapToSource(proxy.index(row_of(window, name), 0)).row())
    assert photo is not None
    return photo.id


def test_the_table_shows_the_instant_the_analysis_uses_and_what_dates_it(window, qtbot,
                                                                         clocks_case):
    shown(window, qtbot, clocks_case)
    # The camera clock said 2022-08-20 18:30; the analysis (and the table) says the 21st.
    assert cell(window, "skewed.jpg", Column.TAKEN) == "2022-08-21 18:30:00"
    assert cell(window, "skewed.jpg", Column.UTC) == "2022-08-21 12:30:00"
    assert cell(window, "skewed.jpg", Column.DATED_BY) == "GPS clock; camera 24 h behind"
    assert cell(window, "skewed.jpg", Column.OFFSET) == "+06:00 (location)"
    tip = cell(window, "skewed.jpg", Column.TAKEN, TOOLTIP)
    assert "Taken 2022-08-21 18:30:00 UTC+06:00 (Asia/Almaty) ± 60 s" in tip
    assert "Time established from: GPS clock" in tip
    assert "Camera clock: 2022-08-20 18:30:00, 24 h behind the GPS clock" in tip
    # Dated by the GPS clock alone, it still has a time (it showed "—").
    assert cell(window, "gps_only.jpg", Column.TAKEN) == "2022-08-21 19:00:00"
    assert cell(window, "gps_only.jpg", Column.DATED_BY) == "GPS clock"
    # A camera clock that agrees with itself: no second reading.
    assert cell(window, "normal.jpg", Column.TAKEN) == "2022-08-20 20:00:00"
    assert cell(window, "normal.jpg", Column.DATED_BY) == "camera clock"
    assert "Camera clock:" not in cell(window, "normal.jpg", Column.TAKEN, TOOLTIP)
    assert "camera clock, with the time zone at its position" in cell(
        window, "normal.jpg", Column.DATED_BY, TOOLTIP)


@pytest.mark.parametrize("column", [Column.TAKEN, Column.UTC], ids=["local", "utc"])
def test_sorting_by_time_follows_the_instant_not_the_camera_clock(window, qtbot, clocks_case,
                                                                  column):
    shown(window, qtbot, clocks_case)
    table = window.photos.table
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    names = [window.photos.proxy.index(r, Column.FILE).data().split(" · ")[1]
             for r in range(3)]
    # By the camera clock the skewed photo (20th, 18:30) would come before 20:00 the same day.
    assert names == ["normal.jpg", "skewed.jpg", "gps_only.jpg"]
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert window.photos.proxy.index(0, Column.FILE).data().endswith("gps_only.jpg")


def test_the_grid_caption_and_tooltip_show_the_gps_instant_and_the_camera_reading(
        window, qtbot, clocks_case):
    shown(window, qtbot, clocks_case)
    window.photos.toggle.grid_button.click()
    model = window.photos.grid_model
    skewed = model.index(model.row_of(photo_id(window, "skewed.jpg")))
    assert skewed.data().splitlines()[1] == "2022-08-21 18:30 · GPS"
    tip = skewed.data(TOOLTIP)
    assert "Taken 2022-08-21 18:30:00 UTC+06:00 (Asia/Almaty) ± 60 s" in tip
    assert "Camera clock: 2022-08-20 18:30:00, 24 h behind the GPS clock" in tip
    normal = model.index(model.row_of(photo_id(window, "normal.jpg")))
    assert normal.data().splitlines()[1] == "2022-08-20 20:00"  # no marker: its camera dates it
    only_gps = model.index(model.row_of(photo_id(window, "gps_only.jpg")))
    assert only_gps.data().splitlines()[1] == "2022-08-21 19:00 · GPS"


def test_the_detail_pane_says_when_and_by_which_clock(window, qtbot, clocks_case):
    shown(window, qtbot, clocks_case)
    window.photos.select_row(row_of(window, "skewed.jpg"))
    text = window.photos.detail.toPlainText()
    assert "When it was taken" in text
    assert "2022-08-21 18:30:00 UTC+06:00 (Asia/Almaty) ± 60 s" in text
    assert "2022-08-21 12:30:00" in text
    assert "GPS clock" in text
    assert "2022-08-20 18:30:00, 24 h behind the GPS clock" in text
    # The section comes before the file's own metadata, which keeps the camera's readings.
    assert text.index("When it was taken") < text.index("Taken (camera clock)")
    window.photos.select_row(row_of(window, "normal.jpg"))
    text = window.photos.detail.toPlainText()
    assert "2022-08-20 20:00:00 UTC+06:00 (Asia/Almaty) ± 60 s" in text
    assert "behind the GPS clock" not in text


def test_the_refusal_pane_and_timeline_date_its_photos_by_the_gps_clock(window, qtbot,
                                                                       clocks_case):
    shown(window, qtbot, clocks_case)
    refusals = window.refusals
    refusals.select_row(0)
    text = refusals.detail.toPlainText()
    photos_part = text[text.index("Photos in the window"):]
    assert "18:30 local" in photos_part and "19:00 local" in photos_part
    assert "GPS clock" in photos_part
    assert "Camera clock: 2022-08-20 18:30:00, 24 h behind the GPS clock" in photos_part
    timeline = refusals.timeline
    skewed = next(e for e in timeline.exhibits if e.photo_id == photo_id(window, "skewed.jpg"))
    said = timeline.describe(skewed)
    assert said.startswith(f"Photo {skewed.photo_id} at 18:30 (± 60 s, GPS clock)")
    assert "Camera clock: 2022-08-20 18:30:00, 24 h behind the GPS clock" in said
    assert said in timeline.accessibleDescription()


def test_in_russian_the_clocks_are_named_in_the_reports_words(window, qtbot, clocks_case):
    i18n.switch("ru")
    shown(window, qtbot, clocks_case)
    assert cell(window, "skewed.jpg", Column.DATED_BY).startswith("часы GPS")
    assert "24 ч" in cell(window, "skewed.jpg", Column.DATED_BY)
    assert cell(window, "normal.jpg", Column.DATED_BY) == "часы камеры"
    window.photos.select_row(row_of(window, "skewed.jpg"))
    text = window.photos.detail.toPlainText()
    assert "Время установлено по" in text and "часы GPS" in text and "Часы камеры" in text


def _badge_pixels(window: MainWindow, row: int) -> int:
    grid = window.photos.grid
    image = grid.viewport().grab().toImage()
    rect = grid.visualRect(window.photos.grid_model.index(row))
    badge = QColor(BADGE_COLOUR).rgb()
    return sum(1 for x in range(rect.left(), rect.right()) for y in range(rect.top(),
                                                                           rect.bottom())
               if image.pixel(x, y) == badge)


def test_a_saved_observation_shows_in_the_table_and_grid_without_a_reset(window, qtbot,
                                                                         clocks_case):
    shown(window, qtbot, clocks_case)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.photos.toggle.grid_button.click()
    target = photo_id(window, "skewed.jpg")
    grid_row = window.photos.grid_model.row_of(target)
    assert cell(window, "skewed.jpg", Column.TAGGED) == ""
    assert "No reviewer has recorded" in cell(window, "skewed.jpg", Column.TAGGED, TOOLTIP)
    assert window.photos.grid_model.index(grid_row).data(TaggedRole) == 0
    qtbot.waitUntil(lambda: _badge_pixels(window, grid_row) == 0)
    resets = []
    for model in (window.photos.model, window.photos.grid_model):
        model.modelReset.connect(lambda: resets.append(1))
    repainted = []
    window.photos.model.dataChanged.connect(
        lambda top, bottom, _roles=(): repainted.extend(range(top.row(), bottom.row() + 1)))

    saved = []

    def save(case: Case) -> Written[None]:
        saved.append(observations.add(case, Observation(
            target, "Aigerim", (Tag.VENUE_EMPTY,), 3, "nobody working"), "Aigerim"))
        return Written(None, Refresh(observed=frozenset({target})))

    window.photos.table.sortByColumn(Column.TAGGED, Qt.SortOrder.AscendingOrder)
    assert row_of(window, "skewed.jpg") == 1  # nobody tagged: by photo number
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        window.session.write("Saving", save)
    assert row_of(window, "skewed.jpg") == 0  # sorted by Tagged, it moves to the top
    assert not resets
    assert window.photos.model.row_of_photo(target) in repainted
    assert cell(window, "skewed.jpg", Column.TAGGED) == "✓"
    tip = cell(window, "skewed.jpg", Column.TAGGED, TOOLTIP)
    assert "Aigerim: venue empty, 3 people, “nobody working”" in tip
    assert cell(window, "normal.jpg", Column.TAGGED) == ""
    item = window.photos.grid_model.index(grid_row)
    assert item.data(TaggedRole) == 1
    assert "Aigerim: venue empty" in item.data(TOOLTIP)
    qtbot.waitUntil(lambda: _badge_pixels(window, grid_row) > 20)  # the badge is painted
    other = window.photos.grid_model.row_of(photo_id(window, "normal.jpg"))
    assert _badge_pixels(window, other) == 0

    def withdraw(case: Case) -> Written[None]:
        observations.withdraw(case, saved[0].id, "Aigerim", "Aigerim", "wrong photo")
        return Written(None, Refresh(observed=frozenset({target})))

    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        window.session.write("Withdrawing", withdraw)
    assert not resets  # withdrawn: no longer tagged, still no reset
    assert cell(window, "skewed.jpg", Column.TAGGED) == ""
    assert row_of(window, "skewed.jpg") == 1
    assert window.photos.grid_model.index(grid_row).data(TaggedRole) == 0
    qtbot.waitUntil(lambda: _badge_pixels(window, grid_row) == 0)


# --- the real camera files ----------------------------------------------------------------------

NIKON = sorted((CORPUS / "jpg" / "gps").glob("DSCN*.jpg"))
NOKIA_HEIF = CORPUS / "heic" / "mobile" / "HMD_Nokia_8.3_5G.heif"


@pytest.mark.skipif(not NIKON or not NOKIA_HEIF.exists(), reason="the corpus is not here")
def test_real_nikon_and_heif_files_show_the_day_the_gps_clock_says(window, qtbot, tmp_path):
    files = tmp_path / "corpus"
    files.mkdir()
    for path in [*NIKON, NOKIA_HEIF]:
        shutil.copy(path, files / path.name)
    root = tmp_path / "case"
    with Case.create(root, title="Corpus", timezone=ALMATY, actor="t") as case:
        list(import_paths(case, [str(files)], actor="t"))
    shown(window, qtbot, root)
    for path in NIKON:
        # The camera clock says 2008-10-22; the GPS clock, which the analysis uses, the 23rd.
        assert cell(window, path.name, Column.UTC).startswith("2008-10-23 "), path.name
        assert cell(window, path.name, Column.TAKEN).startswith("2008-10-23 "), path.name
        dated = cell(window, path.name, Column.DATED_BY)
        assert dated.startswith("GPS clock; camera 23 h") and dated.endswith("min behind")
        tip = cell(window, path.name, Column.TAKEN, TOOLTIP)
        assert "Camera clock: 2008-10-22 " in tip and "behind the GPS clock" in tip
    assert cell(window, NOKIA_HEIF.name, Column.UTC) == "2022-02-03 14:44:09"
    assert cell(window, NOKIA_HEIF.name, Column.TAKEN) != "—"
    assert cell(window, NOKIA_HEIF.name, Column.DATED_BY) == "GPS clock"
    state = window.session.state
    for row in range(window.photos.proxy.rowCount()):
        photo = window.photos.model.case_photo(window.photos.proxy.mapToSource(
            window.photos.proxy.index(row, 0)).row())
        # Exactly the analysis's instant, in every row.
        assert window.photos.proxy.index(row, Column.UTC).data() == \
            state.facts[photo.id].instant.strftime("%Y-%m-%d %H:%M:%S")
