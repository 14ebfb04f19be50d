"""A video in the Photos tab: its frame at a moment the reviewer chooses (slider or seconds),
decoded off the GUI thread's code path by the pool; "Use this moment for the observation" gives
the tagging form that moment, which is saved with the observation and shown again; a photo
shows neither."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from evidence import store
from evidence.model import Tag
from evidence.store import Case
from gui.app import identity
from gui.app.main_window import MainWindow
from tests.helpers.videos import filmed_case

FPS = 2


@pytest.fixture
def video_case(tmp_path: Path) -> tuple[Path, int, int]:
    made = filmed_case(tmp_path, fps=FPS, still=True)
    assert made.still is not None
    return made.root, made.video, made.still


@pytest.fixture
def win(window: MainWindow, qtbot, video_case) -> MainWindow:
    identity.remember("Aigerim (monitor)")
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(video_case[0]))
    window.show()
    qtbot.waitExposed(window)
    return window


def bar_column(window: MainWindow) -> float:
    """Where the clip's moving bar is in the frame shown, as a share of its width."""
    image = window.photos.frames.picture.pixmap().toImage()
    y = image.height() // 2
    for x in range(image.width()):
        if QColor(image.pixel(x, y)).lightness() > 110:
            return x / image.width()
    raise AssertionError("no bar in the frame shown")


def test_a_videos_frame_at_a_chosen_moment_becomes_the_observations_moment(win, qtbot,
                                                                            video_case):
    _root, video, photo = video_case
    frames, tagging = win.photos.frames, win.photos.tagging
    assert win.photos.select_photo(video)
    assert frames.isVisible() and tagging.moment_row.isVisible()
    assert frames.heading.text() == "Video, 2:00 long: the frame at a moment you choose"
    qtbot.waitUntil(lambda: frames.shown_s == 0.0)
    assert bar_column(win) < 0.05                  # frame 0: the bar at the left edge
    frames.go_to(83.0)                             # as typed in the seconds box
    qtbot.waitUntil(lambda: frames.shown_s == 83.0, timeout=5000)
    assert frames.clock.text() == "1:23 / 2:00"
    assert frames.slider.value() == 830
    assert bar_column(win) == pytest.approx((166 * 4 % 320) / 320, abs=0.03)   # frame 166
    frames.use.click()
    assert tagging.at_s == 83.0
    assert "1:23" in tagging.moment.text()
    tagging.toggle(Tag.NO_REPAIR_ACTIVITY)
    tagging.submit()
    win.session.wait()
    qtbot.waitUntil(lambda: bool(win.session.state.data.observations.get(video)))
    [seen] = win.session.state.data.observations[video]
    assert seen.at_s == 83.0 and seen.tags == (Tag.NO_REPAIR_ACTIVITY,)
    assert win.photos.select_photo(video)
    assert "at 1:23 of the video, no repair activity" in win.photos.detail.toPlainText()
    assert win.photos.select_photo(photo)          # a photo: no frames, no moment
    assert not frames.isVisible() and not tagging.moment_row.isVisible()
    assert win.photos.select_photo(video)          # back: the moment its observation names
    assert tagging.at_s == 83.0 and not tagging.is_dirty()
    qtbot.waitUntil(lambda: frames.shown_s == 83.0, timeout=5000)


def test_no_moment_clears_it_and_the_correction_says_so(win, qtbot, video_case):
    root, video, _photo = video_case
    frames, tagging = win.photos.frames, win.photos.tagging
    assert win.photos.select_photo(video)
    frames.go_to(20.0)
    qtbot.waitUntil(lambda: frames.shown_s == 20.0, timeout=5000)
    frames.use.click()
    tagging.toggle(Tag.VENUE_EMPTY)
    tagging.submit()
    win.session.wait()
    qtbot.waitUntil(lambda: bool(win.session.state.data.observations.get(video)))
    assert win.photos.select_photo(video)
    tagging.clear_moment.click()
    assert tagging.at_s is None and tagging.is_dirty()
    tagging.submit()
    win.session.wait()
    with Case.open(root) as case:
        rows = store.read(case).history_of(video)
    assert [(r.at_s, r.replaces is not None) for r in rows] == [(20.0, False), (None, True)]


def test_the_redact_dialog_shows_a_videos_first_frame_to_draw_on(video_case):
    from gui.photos import redaction_jobs

    root, video, _photo = video_case
    picture = redaction_jobs.load(str(root), video)
    assert (picture.full_width, picture.full_height) == (320, 180)   # the frame's own pixels
    assert redaction_jobs.propose(str(root), video) == []              # no face in the clip


def test_the_refusals_timeline_draws_a_video_over_the_minutes_it_films(win, qtbot, video_case):
    from gui.refusals.timeline import ClaimTimeline

    _root, video, _photo = video_case
    [result] = win.session.state.result.claims
    timeline = ClaimTimeline()
    qtbot.addWidget(timeline)
    timeline.set_claim(result)
    [exhibit] = [e for e in timeline.exhibits if e.photo_id == video]
    assert (exhibit.end - exhibit.at).total_seconds() == pytest.approx(120, abs=0.6)
    assert "(a video, filmed until 18:31)" in timeline.describe(exhibit)
    timeline.resize(800, timeline.height_for(800))
    timeline.grab()   # paints the bar without a warning
