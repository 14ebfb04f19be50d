"""The photo views tell a video from a photo: its length after its name, a play mark on its
thumbnail, its type and length in the tooltip and the detail, in every language."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from evidence import store
from evidence.importer import import_paths
from evidence.store import Case
from gui.app import i18n
from gui.photos import detail
from gui.photos.grid import PhotoGridModel
from gui.photos.table_model import Column, InspectionModel
from gui.widgets.workers import SynchronousRunner
from tests.helpers.gui import case_state
from tests.helpers.photos import Shot, write_photo
from tests.helpers.videos import make_video

DECORATION = Qt.ItemDataRole.DecorationRole


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


@pytest.fixture
def video_case(tmp_path) -> Path:
    """A case of a 125-second video (filmed upright) and a photo."""
    folder = tmp_path / "visit"
    folder.mkdir()
    make_video(folder / "IMG_0100.MOV", seconds=125, fps=2, gop=20, rotation=90,
               created=datetime(2024, 6, 1, 9, 30, tzinfo=UTC),
               apple={"location.ISO6709": "+43.2389+076.8897/"})
    write_photo(folder / "IMG_0101.jpg", Shot(taken="2024:06:01 14:35:00", offset="+05:00",
                                              lat=43.2389, lon=76.8897))
    root = tmp_path / "case"
    with Case.create(root, title="V", timezone="Asia/Almaty", actor="t") as case:
        results = list(import_paths(case, [str(folder)], actor="t"))
    assert [r.outcome for r in results] == ["imported", "imported"]
    return root


def _records(root: Path):
    with Case.open(root) as case:
        return {p.name: p for p in store.photos.all_photos(case)}


def test_the_table_names_a_video_with_its_length_and_type(qtbot, video_case):
    photos = _records(video_case)
    model = InspectionModel()
    model.set_case_photos(list(photos.values()), case_state(video_case))
    cells = [model.index(row, Column.FILE).data() for row in range(model.rowCount())]
    assert cells == ["1 · IMG_0100.MOV · ▶ 2:05", "2 · IMG_0101.jpg"]
    tip = model.index(0, Column.FILE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Video (video/quicktime), 125.000 s long" in tip
    assert "Video" not in model.index(1, Column.FILE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, Column.OFFSET).data() != "unknown"  # dated by its container's UTC


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_video_tooltip_and_detail_in_the_language(qtbot, video_case, lang):
    i18n.switch(lang)
    photos = _records(video_case)
    model = InspectionModel()
    model.set_case_photos(list(photos.values()), case_state(video_case))
    tip = model.index(0, Column.FILE).data(Qt.ItemDataRole.ToolTipRole)
    assert "video/quicktime" in tip and "125,000" in tip and "Video" not in tip
    html = detail.to_html(photos["IMG_0100.MOV"].inspection)
    assert "125,000" in html and "Length" not in html and "movie header" not in html


def test_the_detail_gives_the_length_and_where_it_was_read(qtbot, video_case):
    video = _records(video_case)["IMG_0100.MOV"]
    html = detail.to_html(video.inspection)
    assert html.count("Length</td>") == 1 and "125.000 s, from the movie header" in html
    assert "UTC+00:00, as the video file records its start" in html
    assert "Length" not in detail.to_html(_records(video_case)["IMG_0101.jpg"].inspection)


def test_the_grid_marks_a_video_and_names_its_length(qtbot, video_case):
    state = case_state(video_case)
    model = PhotoGridModel(runner=SynchronousRunner())
    model.set_photos(state)
    video_row, photo_row = model.row_of(1), model.row_of(2)
    assert model.index(video_row).data().splitlines()[0] == "1 · IMG_0100.MOV · ▶ 2:05"
    assert model.index(photo_row).data().splitlines()[0] == "2 · IMG_0101.jpg"
    for row in (video_row, photo_row):
        model.index(row).data(DECORATION)  # asks for the thumbnail, read off the GUI thread
        qtbot.waitUntil(lambda row=row: model.cache.get(model.thumbnail_path(row)) is not None)
    marked = model.index(video_row).data(DECORATION).toImage()
    plain = model.cache.get(model.thumbnail_path(video_row)).toImage()
    assert marked.size() == plain.size() and marked != plain
    centre = QColor(marked.pixel(marked.width() // 2, marked.height() // 2))
    assert centre.lightness() > 200  # the white triangle of the play mark
    photo = model.index(photo_row).data(DECORATION).toImage()
    assert photo == model.cache.get(model.thumbnail_path(photo_row)).toImage()  # no mark


def test_the_window_imports_videos_chosen_in_its_file_picker(window, qtbot, tmp_path,
                                                             monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.test_import_gui import answer_source, open_case

    root = tmp_path / "case"
    Case.create(root, title="T", timezone="Asia/Almaty", actor="t").close()
    clip = make_video(tmp_path / "VID_0001.mp4", location="+43.2389+076.8897/")
    cut = tmp_path / "VID_0002.mp4"
    cut.write_bytes(make_video(tmp_path / "whole.mp4", size=(320, 240)).read_bytes()[:900])
    offered = {}

    def choose(parent, title, folder, patterns):
        offered["patterns"] = patterns
        return [str(clip), str(cut)], ""

    open_case(window, qtbot, root)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.actions.import_files.trigger()
    answer_source(window, qtbot)
    assert "videos" in offered["patterns"] and "*.mov *.m4v *.3gp" in offered["patterns"]
    summary = window.intake.import_summary
    assert summary.headline.text() == "1 imported, 0 already in the case, 1 rejected."
    [(name, outcome, _why)] = summary.rows()
    assert (name, outcome) == ("VID_0002.mp4", "rejected")
    assert window.photos.model.index(0, Column.FILE).data() == "1 · VID_0001.mp4 · ▶ 0:03"


@pytest.mark.parametrize(("lang", "word"), [("en", "video"), ("ru", "видео"), ("kk", "бейне")])
def test_the_inspect_window_lists_a_video_as_a_video(qtbot, lang, word):
    from evidence.inspection import inspect_file
    from gui.photos.loose_model import Column as LooseColumn
    from gui.photos.loose_model import LooseFilesModel

    i18n.switch(lang)
    videos = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "video"
    model = LooseFilesModel()
    model.add([inspect_file(str(videos / "with-gps.mov"))])
    assert model.index(0, LooseColumn.FILE).data() == "with-gps.mov · ▶ 0:04"
    assert model.index(0, LooseColumn.KIND).data() == word
    assert "video/quicktime" in model.index(0, LooseColumn.FILE).data(
        Qt.ItemDataRole.ToolTipRole)
