"""The window says a video is a video (issue 19): the Inspect window counts photos and videos
apart, its Dated by column names what dated a video (its container's UTC, or Apple's creation
date with the phone's offset), never 'camera clock'; a video's findings and detail are said of
a video in English, Russian and Kazakh; the main window's status bar counts the case's videos
apart from its photos."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence.importer import import_paths
from evidence.inspection import inspect_file
from evidence.store import Case
from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.photos import detail
from gui.photos.loose_model import Column, LooseFilesModel
from tests.helpers.photos import write_jpeg

VIDEOS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "video"
IPHONE = "with-gps.mov"        # Apple's creationdate with its +03:00 offset, a position
NO_POSITION = "sample_mpeg4.mp4"  # the movie header's creation time (UTC), no position

WORDS = {  # summary, dated by Apple's creationdate, by the container, no position (finding)
    "en": ("1 photo, 2 videos", "phone clock (Apple creation date)", "video's container (UTC)",
           "The video records no position"),
    "ru": ("1 фотография, 2 видео", "часы телефона (дата создания Apple)",
           "контейнер видео (UTC)", "У видео нет GPS-координат"),
    "kk": ("1 фото, 2 бейне", "телефон сағаты (Apple жасалу күні)", "бейне контейнері (UTC)",
           "Бейнеде GPS координаттары жоқ"),
}
CAMERA_CLOCK = {"en": "camera clock", "ru": "часы камеры", "kk": "камера сағаты"}
PHOTO_NO_GPS = {"en": "The photo records no GPS position", "ru": "У снимка нет GPS",
                "kk": "Фотосуретте GPS"}


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


def _loose(tmp_path: Path) -> LooseFilesModel:
    photo = write_jpeg(tmp_path / "IMG_0001.jpg", gps=True, taken="2024:05:01 12:30:00")
    model = LooseFilesModel()
    model.add([inspect_file(str(p)) for p in (VIDEOS / IPHONE, VIDEOS / NO_POSITION, photo)])
    return model


def _cell(model: LooseFilesModel, name: str, column: Column,
          role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
    [row] = [r for r in range(model.rowCount()) if model.inspection(r).metadata.path.endswith(name)]
    return model.index(row, column).data(role)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_inspect_list_counts_videos_apart_and_says_what_dated_them(qtbot, tmp_path, lang):
    i18n.switch(lang)
    summary, apple, container, no_position = WORDS[lang]
    model = _loose(tmp_path)
    tally = model.tally()
    assert (tally.photos, tally.videos, tally.readable) == (1, 2, 3)
    assert tally.text() == summary
    assert _cell(model, IPHONE, Column.DATED_BY) == apple
    assert _cell(model, NO_POSITION, Column.DATED_BY) == container
    assert _cell(model, "IMG_0001.jpg", Column.DATED_BY) == CAMERA_CLOCK[lang]  # a photo's own
    findings = _cell(model, NO_POSITION, Column.FINDINGS, Qt.ItemDataRole.ToolTipRole)
    assert no_position in findings and PHOTO_NO_GPS[lang] not in findings


def test_a_list_of_videos_only_counts_no_photos(qtbot):
    model = LooseFilesModel()
    model.add([inspect_file(str(VIDEOS / IPHONE))])
    assert model.tally().text() == "1 video"


@pytest.mark.parametrize(("lang", "started", "start_utc", "camera"), [
    ("en", "Started (as the file records it)", "Start (UTC)", "Camera clock (UTC)"),
    ("ru", "Начало (как записано в файле)", "Начало (UTC)", "Часы камеры (UTC)"),
    ("kk", "Басталуы (файлда жазылғандай)", "Басталуы (UTC)", "Камера сағаты (UTC)"),
])
def test_the_detail_names_a_video_s_start_and_its_findings(qtbot, lang, started, start_utc,
                                                           camera):
    i18n.switch(lang)
    html = detail.to_html(inspect_file(str(VIDEOS / NO_POSITION)))
    assert started in html and start_utc in html and camera not in html
    assert WORDS[lang][3] in html and PHOTO_NO_GPS[lang] not in html


@pytest.mark.parametrize(("lang", "filmed", "basis"), [
    ("en", "When it was filmed",
     "the phone's clock, with the offset Apple's creation date records"),
    ("ru", "Когда снято видео", "часы телефона со смещением, записанным в дате создания Apple"),
    ("kk", "Бейне қашан түсірілген", "Apple жасалу күнінде жазылған ауытқуы бар телефон сағаты"),
])
def test_the_detail_says_when_a_video_was_filmed_and_by_what_clock(qtbot, lang, filmed, basis):
    i18n.switch(lang)
    shown = unescape(detail.to_html(inspect_file(str(VIDEOS / IPHONE))))
    assert filmed in shown and basis in shown
    assert CAMERA_CLOCK[lang] not in shown.lower()


def test_the_inspect_window_says_an_inspected_video_is_not_evidence(window, qtbot):
    window.intake.inspect_paths([str(VIDEOS / IPHONE)])
    inspector = window.intake.inspector
    qtbot.waitUntil(lambda: inspector.model.rowCount() == 1 and inspector.job is None,
                    timeout=60_000)
    assert inspector.summary.text() == "1 video"
    inspector.select_row(0)
    shown = inspector.detail.toPlainText()
    assert shown.startswith("Inspected only: this video is not in any case")


def test_the_status_bar_counts_the_case_s_videos_apart(window: MainWindow, qtbot, tmp_path):
    folder = tmp_path / "visit"
    folder.mkdir()
    for n in range(2):
        write_jpeg(folder / f"IMG_{n:04d}.jpg", gps=True, taken=f"2024:05:01 12:3{n}:00")
    (folder / IPHONE).write_bytes((VIDEOS / IPHONE).read_bytes())
    root = tmp_path / "case"
    with Case.create(root, title="Counted", timezone="Asia/Almaty", actor="t") as case:
        assert [r.outcome for r in import_paths(case, [str(folder)], actor="t")] == \
            ["imported"] * 3
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(root))
    assert window.count_label.text() == "2 photos, 1 video · 0 refusals"
    try:
        i18n.switch("ru")
        assert window.count_label.text() == "2 фотографии, 1 видео · 0 отказов"
        i18n.switch("kk")
        assert window.count_label.text().startswith("2 фото, 1 бейне · ")
    finally:
        i18n.switch("en")


def _refusal_with_a_video(tmp_path: Path) -> Path:
    """A refusal's window 18:00-19:00 and an iPhone clip filmed at its venue at 18:30."""
    from tests.helpers.casework import INSIDE, add_claim, add_venue
    from tests.helpers.videos import make_video

    clip = make_video(tmp_path / "IMG_0400.MOV", seconds=4, fps=2, created=None,
                      apple={"creationdate": "2022-08-20T18:30:00+0600",
                             "location.ISO6709": f"{INSIDE[0]:+.4f}{INSIDE[1]:+09.4f}/"})
    root = tmp_path / "case"
    with Case.create(root, title="Timeline", timezone="Asia/Almaty", actor="t") as case:
        add_claim(case, add_venue(case), "2022-08-20 18:00", "2022-08-20 19:00",
                  "repair_works")
        assert [r.outcome for r in import_paths(case, [str(clip)], actor="t")] == ["imported"]
    return root


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "1 video in its window"), ("ru", "1 видео за его период"),
    ("kk", "оның кезеңінде 1 бейне")])
def test_the_map_line_over_a_refusal_counts_its_video_as_a_video(qtbot, tmp_path, lang, said):
    from gui.map.view import MapView
    from tests.helpers.gui import case_state, opened_session

    root = _refusal_with_a_video(tmp_path)
    i18n.switch(lang)
    view = MapView(opened_session())
    qtbot.addWidget(view)
    view.set_case(case_state(root))
    view.show_claim(1)
    assert said in view.claim_label.text()


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Video 1 at 18:30 (± 60 s, phone clock (Apple creation date)): "),
    ("ru", "Видео 1 в 18:30 (± 60 с, часы телефона (дата создания Apple)): "),
    ("kk", "1-бейне, 18:30 (± 60 с, телефон сағаты (Apple жасалу күні)): "),
])
def test_the_refusal_timeline_names_a_video_and_what_dated_it(qtbot, tmp_path, lang, said):
    from gui.refusals.timeline import ClaimTimeline
    from tests.helpers.gui import case_state

    [result] = case_state(_refusal_with_a_video(tmp_path)).result.claims
    i18n.switch(lang)
    timeline = ClaimTimeline()
    qtbot.addWidget(timeline)
    timeline.set_claim(result)
    [exhibit] = timeline.exhibits
    described = timeline.describe(exhibit)
    assert described.startswith(said), described
    assert CAMERA_CLOCK[lang] not in described
