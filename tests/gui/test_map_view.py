"""The Map tab in real Qt WebEngine: the page and the app talk through the bridge, nothing else."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWebEngineCore import QWebEngineSettings

from evidence.model import Tag
from evidence.results import Coverage
from gui.app.main_window import MainWindow
from gui.map.bridge import PageGate
from gui.map.view import MapView
from gui.refusals.timeline import ClaimTimeline
from gui.widgets.workers import SynchronousRunner
from tests.helpers import mapcases as cases
from tests.helpers.gui import RecordingPage, case_state, opened_session
from tests.helpers.gui import evaluate_map as evaluate
from tests.helpers.records import claim_result, photo_record, point_venue, qualifying
from tests.helpers.webengine import IGNORE_NOISE

pytestmark = IGNORE_NOISE


@pytest.fixture
def new_map(qtbot):
    """Makes map views, and deletes them while the test's event loop still runs: a view's
    page must go before Qt WebEngine's profiles do at exit."""
    made: list[MapView] = []

    def make() -> MapView:
        view = MapView(opened_session(), page_class=RecordingPage)
        view.resize(900, 600)
        made.append(view)
        return view

    yield make
    for view in made:
        view.close()
        view.deleteLater()
    qtbot.wait(50)


@pytest.fixture
def open_map(qtbot, new_map):
    def open_case(root: Path) -> MapView:
        view = new_map()
        view.set_case(case_state(root))
        with qtbot.waitSignal(view.ready, timeout=20000):
            view.show()
        return view
    return open_case


@pytest.fixture
def demo_map(open_map, demo_case) -> MapView:
    return open_map(demo_case)


def visible(qtbot, view: MapView) -> dict:
    return evaluate(qtbot, view, "skverMap.visible()")


def test_the_page_loads_and_says_it_is_ready(qtbot, demo_map):
    assert demo_map.gate.is_open
    assert demo_map.stack.currentWidget() is demo_map.view
    assert evaluate(qtbot, demo_map, "skverMap.connected") is True
    assert visible(qtbot, demo_map) == {"photos": 11, "venues": 3, "claim": None}
    assert demo_map.interceptor.blocked == []
    assert demo_map.page.errors == []


def test_clicking_a_photo_marker_selects_the_photo(qtbot, demo_map):
    with qtbot.waitSignal(demo_map.photo_selected, timeout=5000) as clicked:
        demo_map.page.runJavaScript("skverMap.photoMarker(4).fire('click')")
    assert clicked.args == [4]
    with qtbot.waitSignal(demo_map.venue_selected, timeout=5000) as venue_clicked:
        demo_map.page.runJavaScript("skverMap.venueLayer(1).fire('click')")
    assert venue_clicked.args == [1]


def test_showing_a_claim_keeps_its_venue_and_photos_only(qtbot, demo_map):
    demo_map.show_claim(3)  # DEMO-2022/088 at Valikhanov Square: four photos in its window
    qtbot.waitUntil(lambda: visible(qtbot, demo_map)["claim"] == 3)
    assert visible(qtbot, demo_map) == {"photos": 5, "venues": 1, "claim": 3}
    assert demo_map.claim_bar.isVisible()
    assert "DEMO-2022/088" in demo_map.claim_label.text()
    # Zoomed to the claim: the map's view now holds its photos and not the whole case's.
    inside = evaluate(qtbot, demo_map, "skverMap.cluster.getLayers().concat("
                      "[skverMap.photoMarker(4)]).map(function (m) {"
                      " return skverMap.map.getBounds().contains(m.getLatLng()); })")
    assert inside and not inside[-1]  # photo 4 (another venue) is out of view
    demo_map.show_all_button.click()
    qtbot.waitUntil(lambda: visible(qtbot, demo_map)["claim"] is None)
    assert visible(qtbot, demo_map) == {"photos": 11, "venues": 3, "claim": None}
    assert not demo_map.claim_bar.isVisible()


def test_calls_made_before_the_page_is_ready_run_after(qtbot, demo_case, new_map):
    view = new_map()
    view.set_case(case_state(demo_case))
    view.show_claim(2)
    view.select_photo(4)
    assert len(view.gate.pending) == 2 and not view.gate.is_open
    with qtbot.waitSignal(view.ready, timeout=20000):
        view.show()
    qtbot.waitUntil(lambda: evaluate(qtbot, view, "!!document.querySelector("
                                     "'.leaflet-popup-content')"), timeout=5000)
    assert visible(qtbot, view) == {"photos": 1, "venues": 1, "claim": 2}
    assert "Photo 4" in evaluate(qtbot, view, "document.querySelector("
                                 "'.leaflet-popup-content').textContent")
    assert view.gate.pending == []


def test_the_same_case_read_again_keeps_the_refusal_shown(qtbot, demo_map, demo_case):
    demo_map.show_claim(3)
    with qtbot.waitSignal(demo_map.ready, timeout=20000):
        demo_map.set_case(case_state(demo_case))
    qtbot.waitUntil(lambda: visible(qtbot, demo_map)["claim"] == 3, timeout=5000)
    assert demo_map.claim_bar.isVisible()
    state = case_state(demo_case)
    elsewhere = replace(state, data=replace(state.data, root=demo_case.parent / "another"))
    with qtbot.waitSignal(demo_map.ready, timeout=20000):
        demo_map.set_case(elsewhere)  # another case: the whole map
    assert visible(qtbot, demo_map)["claim"] is None and not demo_map.claim_bar.isVisible()


def test_hostile_names_run_nothing_and_nothing_leaves_the_machine(qtbot, tmp_path, open_map):
    root, photo_id = cases.hostile_case(tmp_path)
    view = open_map(root)
    view.select_photo(photo_id)
    qtbot.waitUntil(lambda: evaluate(qtbot, view, "!!document.querySelector("
                                     "'.leaflet-popup-content')"), timeout=5000)
    popup = evaluate(qtbot, view, "document.querySelector('.leaflet-popup-content').textContent")
    assert cases.FILE_NAME in popup and cases.NOTE in popup
    labels = evaluate(qtbot, view, "Array.from(document.querySelectorAll("
                      "'.skver-venue-label')).map(function (e) { return e.textContent; })")
    assert cases.VENUE_NAME in labels
    # Hostile text passed through the gate as an argument stays a string.
    for text in (cases.IMG, "'); alert(1);//", '"); alert(2);//', cases.TEMPLATE):
        view.call("showClaim", text)
    view.show_claim(3)
    qtbot.waitUntil(lambda: visible(qtbot, view)["claim"] == 3)
    assert evaluate(qtbot, view, "document.querySelectorAll('img:not(.skver-thumb), "
                    "[onerror]').length") == 0
    assert view.page.alerts == []
    assert view.page.errors == []
    assert view.interceptor.asked > 0, "the interceptor saw nothing: it is not watching"
    assert view.interceptor.blocked == []


def test_a_request_for_the_network_is_refused(qtbot, demo_map):
    # Chromium already keeps a file: page from remote URLs; with that wall down, the
    # interceptor is still there.
    demo_map.page.settings().setAttribute(
        QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
    demo_map.page.runJavaScript("var i = new Image(); i.src = 'http://192.0.2.1/x.png';"
                                "document.body.appendChild(i); fetch('https://example.com/')"
                                ".catch(function () {});")
    qtbot.waitUntil(lambda: len(demo_map.interceptor.blocked) >= 2, timeout=5000)
    assert set(demo_map.interceptor.blocked) == {"http://192.0.2.1/x.png",
                                                 "https://example.com/"}


def test_the_gate_passes_arguments_as_json_and_refuses_odd_names():
    gate = PageGate()
    gate.call("showClaim", "'); alert(1);//", 3, None)
    assert gate.pending == ['window.skverMap["showClaim"].apply(window.skverMap, '
                            '["\'); alert(1);//", 3, null]);']
    with pytest.raises(ValueError):
        gate.call("showAll(); alert")


# --- the claim's timeline -------------------------------------------------------------------

def at(text: str) -> datetime:
    return datetime.fromisoformat(f"2022-07-10T{text}:00+00:00")


CLAIM = replace(
    claim_result(point_venue("park", 1), [
        qualifying(photo_record(4), contradicts=(Tag.ACCESS_OPEN,), instant=at("07:00")),
        qualifying(photo_record(9), supports=(Tag.REPAIR_ACTIVITY,), instant=at("11:30"),
                   uncertainty_s=1800.0),
        qualifying(photo_record(12), instant=at("13:00"), uncertainty_s=0.0)],
        claim_id=7, number="T-1", window=(at("04:00"), at("14:00"))),
    coverage=Coverage(36000, 0, ((at("04:00"), at("06:45")),)))


def test_the_timeline_paints_its_window_photos_and_gaps(qtbot):
    timeline = ClaimTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(500, timeline.sizeHint().height())
    blank = timeline.grab().toImage()
    timeline.set_claim(CLAIM)
    image = timeline.grab().toImage()
    assert image != blank
    band = timeline._band()
    mid = round(band.center().y())
    red = image.pixelColor(round(timeline._x(timeline.exhibits[0].at)), mid)
    assert red.red() > 150 and red.blue() < 100  # photo 4 contradicts: vermillion
    blue = image.pixelColor(round(timeline._x(timeline.exhibits[1].at)), mid)
    assert blue.blue() > blue.red() + 100        # photo 9 bears the excuse out: blue
    timeline.set_claim(None)
    assert timeline.toolTip() == ""


def test_the_timeline_names_its_exhibits_in_words(qtbot):
    timeline = ClaimTimeline()
    qtbot.addWidget(timeline)
    timeline.set_claim(CLAIM)
    text = timeline.accessibleDescription()
    assert text == timeline.toolTip()
    assert "Refusal T-1: claimed window 10:00–20:00" in text  # Almaty was UTC+6 in 2022
    assert ("Photo 4 at 13:00 (± 60 s, camera clock): inconsistent with the stated ground "
            "(access open)") in text
    assert ("Photo 9 at 17:30 (± 30 min, camera clock): bears out the stated ground "
            "(repair activity)") in text
    assert "Photo 12 at 19:00 (± 0 s, camera clock): does not bear on the stated ground" in text
    assert "No photo 10:00–12:45" in text
    timeline.resize(500, 80)
    assert timeline.exhibit_at(timeline._x(timeline.exhibits[1].at) + 3).photo_id == 9
    assert timeline.exhibit_at(2) is None


# --- in the window ----------------------------------------------------------------------------

@pytest.fixture
def map_window(qtbot, demo_case):
    window = MainWindow(runner=SynchronousRunner())
    window.resize(1100, 700)
    window.show()
    window.open_case(str(demo_case))
    yield window
    window.close()
    window.deleteLater()
    qtbot.wait(50)  # the map's page goes while the event loop still runs


def selected_photo_id(window: MainWindow) -> int:
    index = window.photos.table.selectionModel().currentIndex()
    return window.photos.model.case_photo(window.photos.proxy.mapToSource(index).row()).id


def test_a_photo_clicked_on_the_map_tab_is_selected_in_the_photos_tab(qtbot, map_window):
    window = map_window
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.map))
    assert window.map.view is None  # no browser engine until the tab is shown
    with qtbot.waitSignal(window.map.ready, timeout=20000):
        window.tabs.setCurrentWidget(window.map)
    assert selected_photo_id(window) != 6
    window.map.page.runJavaScript("skverMap.photoMarker(6).fire('click')")
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.photos, timeout=5000)
    assert selected_photo_id(window) == 6
    assert window.photos.detail.toPlainText().startswith("Photo 6:")


def test_a_refusal_selected_filters_the_map_and_its_timeline_shows(qtbot, map_window):
    window = map_window
    with qtbot.waitSignal(window.map.ready, timeout=20000):
        window.tabs.setCurrentWidget(window.map)
    assert evaluate(qtbot, window.map, "skverMap.visible().claim") is None
    window.tabs.setCurrentWidget(window.refusals)
    refusals = window.refusals
    row = next(r for r in range(refusals.proxy.rowCount())
               if refusals.model.claim(refusals.proxy.mapToSource(
                   refusals.proxy.index(r, 0)).row()).claim_id == 3)
    refusals.select_row(row)
    assert "DEMO-2022/088" in refusals.timeline.accessibleDescription()
    assert refusals.timeline.isVisible()
    qtbot.waitUntil(lambda: evaluate(qtbot, window.map, "skverMap.visible()") == {
        "photos": 5, "venues": 1, "claim": 3}, timeout=5000)
    refusals.map_button.click()
    assert window.tabs.currentWidget() is window.map
    assert "DEMO-2022/088" in window.map.claim_label.text()


def test_a_page_a_redraw_superseded_is_refused_quietly_an_unknown_one_is_not(qtbot, demo_map,
                                                                              caplog):
    """A redraw publishes a new page while the last one may still be on its way: Chromium then
    asks for the superseded page after its replacement (the venue map, redrawn as a venue was
    saved). Refused, as every page no longer served is, and not a warning in the log; a page
    never published still is."""
    import logging

    from PySide6.QtCore import QUrl

    old = demo_map.page.url()
    assert old.scheme() == "skver-map"
    redrawn = demo_map.server.publish(b"<html><body>the redrawn page</body></html>")
    # on the redrawn page first, so the old one is asked for anew (not the page on show)
    with qtbot.waitSignal(demo_map.page.loadFinished, timeout=10_000):
        demo_map.page.load(redrawn)
    caplog.set_level(logging.DEBUG, logger="gui.map.scheme")
    with qtbot.waitSignal(demo_map.page.loadFinished, timeout=10_000):
        demo_map.page.load(old)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    assert "superseded" in caplog.text   # still refused: its page is no longer served
    with qtbot.waitSignal(demo_map.page.loadFinished, timeout=10_000):
        demo_map.page.load(QUrl("skver-map://page/never-published"))
    warned = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warned == ["The map page asked for skver-map://page/never-published; refused"]
