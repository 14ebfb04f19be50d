"""The Inspect window dates a file as the case's photos table does (the instant the analysis uses,
what dates it, the camera clock's reading beside it) and says every finding in the window's
language, from the one place finding words come from."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence.inspection import inspect_file
from gui.app import i18n
from gui.photos.inspect_window import InspectWindow
from gui.photos.loose_model import Column
from gui.photos.table_model import Column as CaseColumn
from gui.photos.table_model import loose_time
from gui.widgets import when
from reports import strings
from tests.helpers.casework import INSIDE
from tests.helpers.photos import Shot, write_photo

TOOLTIP = Qt.ItemDataRole.ToolTipRole
RU = strings.table("ru")


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.switch("en")


@pytest.fixture
def card(tmp_path: Path) -> Path:
    """A Nikon-style photo whose camera clock is 24 h behind its GPS clock, a photo dated only
    by its GPS clock, an empty file and a README."""
    folder = tmp_path / "card"
    folder.mkdir()
    lat, lon = INSIDE
    write_photo(folder / "DSCN0010.jpg", Shot(taken="2022:08:20 18:30:00", lat=lat, lon=lon,
                                              gps_time=datetime(2022, 8, 21, 12, 30,
                                                                tzinfo=UTC)))
    write_photo(folder / "gps_only.jpg", Shot(taken=None, lat=lat, lon=lon,
                                              gps_time=datetime(2022, 8, 21, 13, 0, tzinfo=UTC)))
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "README.txt").write_text("Photos of the visit.\n", encoding="utf-8")
    return folder


def cell(inspector: InspectWindow, name: str, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return inspector.proxy.index(inspector.row_of(name), column).data(role)


def inspected(window, card: Path) -> InspectWindow:
    window.intake.inspect_paths([str(card)])
    return window.intake.inspector


def test_the_list_shows_the_instant_the_analysis_uses_and_what_dates_it(window, card):
    inspector = inspected(window, card)
    skewed = loose_time(inspect_file(str(card / "DSCN0010.jpg")))
    assert cell(inspector, "DSCN0010.jpg", Column.TAKEN) == when.local(skewed) == \
        "2022-08-21 18:30:00"                      # the GPS clock's day, not the camera's 20th
    assert cell(inspector, "DSCN0010.jpg", Column.UTC) == "2022-08-21 12:30:00"
    assert cell(inspector, "DSCN0010.jpg", Column.DATED_BY) == "GPS clock; camera 24 h behind"
    assert cell(inspector, "DSCN0010.jpg", Column.OFFSET) == "+06:00 (location)"
    tip = cell(inspector, "DSCN0010.jpg", Column.TAKEN, TOOLTIP)
    assert "Camera clock: 2022-08-20 18:30:00, 24 h behind the GPS clock" in tip
    # A photo dated only by its GPS clock has its time, not a dash.
    assert cell(inspector, "gps_only.jpg", Column.TAKEN) == "2022-08-21 19:00:00"
    assert cell(inspector, "gps_only.jpg", Column.DATED_BY) == "GPS clock"
    header = inspector.model.headerData(Column.DATED_BY, Qt.Orientation.Horizontal)
    assert header == "Dated by"
    assert inspector.model.headerData(Column.TAKEN, Qt.Orientation.Horizontal) == \
        "Taken (local)"


def test_sorting_by_time_follows_the_instant_not_the_camera_clock(window, card):
    inspector = inspected(window, card)
    inspector.table.sortByColumn(Column.TAKEN, Qt.SortOrder.AscendingOrder)
    names = [inspector.proxy.index(r, Column.FILE).data() for r in range(2)]
    assert names == ["DSCN0010.jpg", "gps_only.jpg"]   # 12:30 UTC on the 21st, then 13:00


def test_the_detail_says_when_by_which_clock_and_the_camera_reading(window, card):
    inspector = inspected(window, card)
    inspector.select_row(inspector.row_of("DSCN0010.jpg"))
    text = inspector.detail.toPlainText()
    assert "2022-08-21 18:30:00 UTC+06:00" in text
    assert "2022-08-20 18:30:00, 24 h behind the GPS clock" in text


def test_every_finding_is_said_in_russian(window, card):
    inspector = inspected(window, card)
    i18n.switch("ru")
    assert cell(inspector, "empty.jpg", Column.FINDINGS) == RU["finding.not_an_image"]
    assert cell(inspector, "README.txt", Column.FINDINGS) == RU["finding.not_an_image"]
    tip = cell(inspector, "DSCN0010.jpg", Column.FINDINGS, TOOLTIP)
    assert RU["finding.clock_skew"] in tip and "disagrees" not in tip
    inspector.select_row(inspector.row_of("README.txt"))
    text = inspector.detail.toPlainText()
    assert RU["finding.not_an_image"] in text and "not an image" not in text


def test_a_damaged_photo_s_reason_is_said_in_russian(window, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)  # a JPEG's start, then nothing
    window.intake.inspect_paths([str(broken)])
    inspector = window.intake.inspector
    i18n.switch("ru")
    said = cell(inspector, "broken.jpg", Column.FINDINGS)
    assert said in (RU["finding.image_undecodable"], RU["finding.truncated_file"])
    inspector.select_row(0)
    assert "cannot be decoded" not in inspector.detail.toPlainText()


def test_findings_come_before_the_offset_and_a_readme_says_why_without_a_severity(window, card):
    inspector = inspected(window, card)
    header = inspector.table.horizontalHeader()
    assert header.visualIndex(Column.FINDINGS) < header.visualIndex(Column.OFFSET)
    tip = cell(inspector, "README.txt", Column.FINDINGS, TOOLTIP)
    assert tip.startswith("This is not an image file") and "critical" not in tip


def test_the_lists_headers_are_the_photos_tables_in_russian(window, card):
    inspector = inspected(window, card)
    i18n.switch("ru")
    case_model = window.photos.model
    for mine, theirs in ((Column.TAKEN, CaseColumn.TAKEN), (Column.DATED_BY, CaseColumn.DATED_BY),
                         (Column.FINDINGS, CaseColumn.FINDINGS)):
        said = inspector.model.headerData(mine, Qt.Orientation.Horizontal)
        assert said == case_model.headerData(theirs, Qt.Orientation.Horizontal)
    assert inspector.model.headerData(Column.DATED_BY, Qt.Orientation.Horizontal) != "Dated by"


def test_a_files_position_is_written_as_the_case_table_writes_it_with_its_accuracy(window,
                                                                                  card):
    # The list wrote '43.23…, 76.94…' in every language and had no tooltip on the position.
    i18n.switch("ru")
    inspector = inspected(window, card)
    shown = cell(inspector, "gps_only.jpg", Column.POSITION)
    assert ";" in shown and "," in shown and "." not in shown
    tip = cell(inspector, "gps_only.jpg", Column.POSITION, TOOLTIP)
    assert tip.splitlines()[0].startswith(shown[:6])
    assert tip.splitlines()[1] == "Точность не записана; принято ± 25 м"
