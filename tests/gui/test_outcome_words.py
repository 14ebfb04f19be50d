"""How each photo bears on a refusal is said in the report's words (reading.*: 'inconsistent
with the stated ground', 'bears out the stated ground', 'does not bear on the stated ground')
and drawn in its outcome's colour (evidence.results.Outcome), the same in the photo's detail,
the Map tab's line over a refusal's photos, the map's markers and the refusal's timeline; never
the older 'contradicts it'."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evidence.results import Outcome
from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.map.view import MapView
from gui.refusals.timeline import ClaimTimeline
from gui.widgets.workers import SynchronousRunner
from reports import strings
from tests.helpers.gui import case_state, evaluate_map, opened_session
from tests.helpers.outcomes import OUTCOMES, every_outcome_case
from tests.helpers.records import claim_result, photo_record, point_venue, qualifying
from tests.helpers.webengine import IGNORE_NOISE

pytestmark = IGNORE_NOISE


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


@pytest.fixture(scope="module")
def outcome_case(demo_case, tmp_path_factory) -> Path:
    return every_outcome_case(demo_case, tmp_path_factory.mktemp("outcomes"))


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_photo_detail_says_how_it_bears_in_the_reports_words(qtbot, outcome_case, lang):
    i18n.install(lang)
    words = strings.table(lang)
    window = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.open_case(str(outcome_case))
    for photo, outcome in OUTCOMES.items():
        assert window.photos.select_photo(photo)
        text = window.photos.detail.toPlainText()
        assert f"DEMO-2022/088: {words['reading.' + outcome.value]}" in text, (photo, text)
        assert "contradicts it" not in text and "bears it out" not in text


def test_the_map_line_over_a_refusal_names_each_colour_drawn(qtbot, outcome_case):
    view = MapView(opened_session(), )
    view.resize(900, 600)
    view.set_case(case_state(outcome_case))
    try:
        with qtbot.waitSignal(view.ready, timeout=20_000):
            view.show()
        view.show_claim(3)
        qtbot.waitUntil(lambda: evaluate_map(qtbot, view, "skverMap.visible()")["claim"] == 3)
        # Each marker in its outcome's colour, as the report's maps draw it.
        for photo, outcome in OUTCOMES.items():
            fill = evaluate_map(qtbot, view, f"skverMap.photoMarker({photo}).options.fillColor")
            assert fill == outcome.colour, (photo, outcome)
        # The line above the map: a swatch in each colour drawn, beside the report's words.
        html = view.claim_label.text()
        words = strings.table("en")
        swatches = dict(re.findall(r"color:(#[0-9a-f]{6})[^>]*>●</span>\s*([^<(]+?)\s*\(", html))
        assert swatches == {o.colour: words[f"reading.{o.value}"]
                            for o in (Outcome.CONTRADICTS, Outcome.SUPPORTS, Outcome.NEITHER)}
        for old in ("contradicts", "purple", "Orange-red", "blue:"):
            assert old not in html
    finally:
        view.close()
        view.deleteLater()
        qtbot.wait(50)


def test_the_timeline_says_and_colours_each_photo_as_the_report_does(qtbot):
    from datetime import datetime

    def at(text: str) -> datetime:
        return datetime.fromisoformat(f"2022-07-10T{text}:00+00:00")

    from evidence.model import Tag
    claim = claim_result(point_venue("park", 1), [
        qualifying(photo_record(4), contradicts=(Tag.ACCESS_OPEN,), instant=at("06:00")),
        qualifying(photo_record(5), contradicts=(Tag.ACCESS_OPEN,),
                   supports=(Tag.REPAIR_ACTIVITY,), instant=at("08:00")),
        qualifying(photo_record(9), supports=(Tag.REPAIR_ACTIVITY,), instant=at("10:00")),
        qualifying(photo_record(12), instant=at("12:00"))],
        claim_id=7, number="T-1", window=(at("04:00"), at("14:00")))
    timeline = ClaimTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(600, timeline.sizeHint().height())
    timeline.set_claim(claim)
    words = strings.table("en")
    text = timeline.toolTip()
    image = timeline.grab().toImage()
    mid = round(timeline._band().center().y())
    for photo, outcome in ((4, Outcome.CONTRADICTS), (5, Outcome.BOTH), (9, Outcome.SUPPORTS),
                           (12, Outcome.NEITHER)):
        line = next(x for x in text.splitlines() if x.startswith(f"Photo {photo} "))
        assert f": {words['reading.' + outcome.value]}" in line, line
        exhibit = next(e for e in timeline.exhibits if e.photo_id == photo)
        drawn = image.pixelColor(round(timeline._x(exhibit.at)), mid).name()
        assert drawn == outcome.colour, (photo, drawn)
    assert "contradicts" not in text and "neither" not in text
