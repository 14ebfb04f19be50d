"""The tagging form under a video says video, not photo: its line saying what the reviewer has
recorded and its note's hint, in English, Russian and Kazakh; a still photo's still says photo."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from evidence.importer import import_paths
from evidence.store import Case
from gui.app import i18n, identity
from gui.app.main_window import MainWindow
from tests.helpers.casework import INSIDE, add_claim, add_photo, add_venue
from tests.helpers.videos import make_video


@pytest.fixture
def win(window: MainWindow, qtbot, tmp_path: Path) -> tuple[MainWindow, int, int]:
    clip = make_video(tmp_path / "square.mp4", seconds=4, fps=2,
                      created=datetime(2022, 8, 20, 12, 29, tzinfo=UTC),
                      location=f"{INSIDE[0]:+.4f}{INSIDE[1]:+09.4f}/")
    root = tmp_path / "case"
    with Case.create(root, title="Video", timezone="Asia/Almaty", actor="t") as case:
        add_claim(case, add_venue(case), "2022-08-20 18:00", "2022-08-20 19:00",
                  "repair_works")
        [result] = import_paths(case, [str(clip)], actor="t")
        photo = add_photo(case, tmp_path, "still.jpg", "2022-08-20 18:40")
    identity.remember("Aigerim (monitor)")
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(root))
    window.show()
    qtbot.waitExposed(window)
    return window, result.photo_id, photo


WORDS = {  # language: (the video's status line, its note's hint, the photo's status line)
    "en": ("You have recorded nothing for this video yet.",
           "What the video shows, in a sentence",
           "You have recorded nothing for this photo yet."),
    "ru": ("Вы ещё ничего не записали по этому видео.",
           "Что видно на видео, одной фразой",
           "Вы ещё ничего не записали по этой фотографии."),
    "kk": ("Сіз бұл бейне бойынша әзірге ештеңе жазбадыңыз.",
           "Бейнеде не көрінетіні, бір сөйлеммен",
           "Сіз бұл фотосурет бойынша әзірге ештеңе жазбадыңыз."),
}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_form_under_a_video_says_video(win, lang):
    window, video, photo = win
    tagging = window.photos.tagging
    i18n.install(lang)
    try:
        assert window.photos.select_photo(photo)   # the form is filled again when shown
        assert window.photos.select_photo(video)
        said, hint, photo_said = WORDS[lang]
        assert tagging.status.text() == said
        assert tagging.note.placeholderText() == hint
        assert window.photos.select_photo(photo)
        assert tagging.status.text() == photo_said
        assert "photo" in tagging.note.placeholderText() or lang != "en"
        assert tagging.note.placeholderText() != hint
    finally:
        i18n.install("en")


DETAIL = {  # language: (the video's pane, the photo's pane) while nobody has recorded anything
    "en": ("No reviewer has recorded what this video shows yet.",
           "No reviewer has recorded what this photo shows yet."),
    "ru": ("Ни один проверяющий ещё не записал, что видно на этом видео.",
           "Ни один проверяющий ещё не записал, что видно на этой фотографии."),
    "kk": ("Бұл бейнеде не көрінетінін әзірге бірде-бір тексеруші жазбаған.",
           "Бұл фотосуретте не көрінетінін әзірге бірде-бір тексеруші жазбаған."),
}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_detail_pane_of_an_unobserved_video_says_video(win, lang):
    window, video, photo = win
    i18n.install(lang)
    try:
        assert window.photos.select_photo(photo)
        assert DETAIL[lang][1] in window.photos.detail.toPlainText()
        assert window.photos.select_photo(video)
        shown = window.photos.detail.toPlainText()
        assert DETAIL[lang][0] in shown and DETAIL[lang][1] not in shown
    finally:
        i18n.install("en")


def test_the_tagged_columns_tooltip_says_video_and_the_moment(win, qtbot):
    from PySide6.QtCore import Qt

    from evidence.model import Tag
    from gui.photos.table_model import Column

    window, video, photo = win
    model = window.photos.model

    def tip(photo_id: int) -> str:
        row = model.row_of_photo(photo_id)
        assert row is not None
        return model.index(row, Column.TAGGED).data(Qt.ItemDataRole.ToolTipRole)

    assert tip(video) == "No reviewer has recorded what this video shows yet."
    assert tip(photo) == "No reviewer has recorded what this photo shows yet."
    assert window.photos.select_photo(video)
    window.photos.tagging.set_moment(3.0)   # the clip is 4 s long
    window.photos.tagging.toggle(Tag.VENUE_EMPTY)
    window.photos.tagging.submit()
    window.session.wait()
    qtbot.waitUntil(lambda: bool(window.session.state.data.observations.get(video)))
    qtbot.waitUntil(lambda: "Tagged by:" in tip(video))
    assert "Aigerim (monitor): at 0:03 of the video, venue empty" in tip(video)
