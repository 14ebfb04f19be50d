"""The Map tab in real Qt WebEngine: the page and the app talk through the bridge, nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWebEngineCore import QWebEngineSettings

from gui import case_data
from gui.claim_timeline import ClaimTimeline
from gui.main_window import MainWindow
from gui.map_bridge import PageGate
from gui.map_view import MapPage, MapView
from gui.workers import SynchronousRunner
from tests.gui.test_map_render import KeepsAlerts
from tests.helpers import mapcases as cases

# The first WebEngine page of a process probes for GPU rendering, which the offscreen platform
# has not got, and says so before falling back to software: the machine, not the map.
WEBENGINE_NOISE = (
    r"^QRhiGles2: Failed to create (temporary )?context$",
    r"^Failed to create RHI for backend: OpenGL$",
    r"^This plugin does not support createPlatformVulkanInstance$",
    r"^QVulkanInstance: Failed to initialize Vulkan$",
    r"^GBM is not supported with the current configuration and Vulkan is not available\. "
    r"Fallback to software rendering\.$",
    r"^GPUInfo not initialized on GpuInfoUpdate$")
pytestmark = pytest.mark.qt_log_ignore(*WEBENGINE_NOISE)


class RecordingPage(KeepsAlerts, MapPage):
    """The map's page, keeping alerts and script errors instead of showing or logging them."""


def evaluate(qtbot, view: MapView, script: str):
    """The script's value, passed back as JSON (PySide drops arrays it gets as they are)."""
    with qtbot.waitCallback(timeout=10000) as callback:
        view.page.runJavaScript(f"JSON.stringify({script})", 0, callback)
    return json.loads(callback.args[0])


@pytest.fixture
def new_map(qtbot):
    """Makes map views, and deletes them while the test's event loop still runs: a view's
    page must go before Qt WebEngine's profiles do at exit."""
    made: list[MapView] = []

    def make() -> MapView:
        view = MapView(SynchronousRunner(), page_class=RecordingPage)
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
        view.set_case(str(root), case_data.load(root).claims)
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
    assert visible(qtbot, demo_map) == {"photos": 10, "venues": 3, "claim": None}
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
    assert visible(qtbot, demo_map) == {"photos": 4, "venues": 1, "claim": 3}
    assert demo_map.claim_bar.isVisible()
    assert "DEMO-2022/088" in demo_map.claim_label.text()
    # Zoomed to the claim: the map's view now holds its photos and not the whole case's.
    inside = evaluate(qtbot, demo_map, "skverMap.cluster.getLayers().concat("
                      "[skverMap.photoMarker(4)]).map(function (m) {"
                      " return skverMap.map.getBounds().contains(m.getLatLng()); })")
    assert inside and not inside[-1]  # photo 4 (another venue) is out of view
    demo_map.show_all_button.click()
    qtbot.waitUntil(lambda: visible(qtbot, demo_map)["claim"] is None)
    assert visible(qtbot, demo_map) == {"photos": 10, "venues": 3, "claim": None}
    assert not demo_map.claim_bar.isVisible()


def test_calls_made_before_the_page_is_ready_run_after(qtbot, demo_case, new_map):
    view = new_map()
    view.set_case(str(demo_case), case_data.load(demo_case).claims)
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
        demo_map.set_case(str(demo_case), case_data.load(demo_case).claims)
    qtbot.waitUntil(lambda: visible(qtbot, demo_map)["claim"] == 3, timeout=5000)
    assert demo_map.claim_bar.isVisible()
    with qtbot.waitSignal(demo_map.ready, timeout=20000):
        demo_map.set_case(str(demo_case) + "/", ())  # another case: the whole map
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

CLAIM = {
    "claim_id": 7, "document_number": "T-1",
    "window": {"start_utc": "2022-07-10T04:00:00Z", "end_utc": "2022-07-10T14:00:00Z",
               "zone": "Asia/Almaty"},
    "photos": [
        {"photo_id": 4, "instant_utc": "2022-07-10T07:00:00Z", "uncertainty_s": 60.0,
         "contradicts": ["access_open"], "supports": []},
        {"photo_id": 9, "instant_utc": "2022-07-10T11:30:00Z", "uncertainty_s": 1800.0,
         "contradicts": [], "supports": ["repair_activity"]},
        {"photo_id": 12, "instant_utc": "2022-07-10T13:00:00Z", "uncertainty_s": None,
         "contradicts": [], "supports": []},
    ],
    "coverage": {"gaps": [{"start_utc": "2022-07-10T04:00:00Z",
                           "end_utc": "2022-07-10T06:45:00Z"}]},
}


def test_the_timeline_paints_its_window_photos_and_gaps(qtbot):
    timeline = ClaimTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(500, timeline.sizeHint().height())
    blank = timeline.grab().toImage()
    timeline.set_claim(CLAIM)
    image = timeline.grab().toImage()
    assert image != blank
    band = timeline._band()
    red = image.pixelColor(round(timeline._x(timeline.exhibits[0].at)), round(band.center().y()))
    assert red.red() > 150 and red.green() < 100  # photo 4 contradicts: red
    green = image.pixelColor(round(timeline._x(timeline.exhibits[1].at)),
                             round(band.center().y()))
    assert green.green() > green.red()          # photo 9 bears the excuse out: green
    timeline.set_claim(None)
    assert timeline.toolTip() == ""


def test_the_timeline_names_its_exhibits_in_words(qtbot):
    timeline = ClaimTimeline()
    qtbot.addWidget(timeline)
    timeline.set_claim(CLAIM)
    text = timeline.accessibleDescription()
    assert text == timeline.toolTip()
    assert "Refusal T-1: claimed window 10:00–20:00" in text  # Almaty was UTC+6 in 2022
    assert "Photo 4 at 13:00 (± 60 s): contradicts the excuse (access open)" in text
    assert "Photo 9 at 17:30 (± 30 min): bears the excuse out (repair activity)" in text
    assert "Photo 12 at 19:00 (± 0 s): neither contradicts nor supports it" in text
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
    index = window.table.selectionModel().currentIndex()
    return window.model.case_photo(window.proxy.mapToSource(index).row()).photo_id


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
    assert window.detail.toPlainText().startswith("Photo 6:")


def test_a_refusal_selected_filters_the_map_and_its_timeline_shows(qtbot, map_window):
    window = map_window
    with qtbot.waitSignal(window.map.ready, timeout=20000):
        window.tabs.setCurrentWidget(window.map)
    assert evaluate(qtbot, window.map, "skverMap.visible().claim") is None
    window.tabs.setCurrentWidget(window.refusals)
    refusals = window.refusals
    row = next(r for r in range(refusals.proxy.rowCount())
               if refusals.model.claim(refusals.proxy.mapToSource(
                   refusals.proxy.index(r, 0)).row())["claim_id"] == 3)
    refusals.select_row(row)
    assert "DEMO-2022/088" in refusals.timeline.accessibleDescription()
    assert refusals.timeline.isVisible()
    qtbot.waitUntil(lambda: evaluate(qtbot, window.map, "skverMap.visible()") == {
        "photos": 4, "venues": 1, "claim": 3}, timeout=5000)
    refusals.map_button.click()
    assert window.tabs.currentWidget() is window.map
    assert "DEMO-2022/088" in window.map.claim_label.text()
