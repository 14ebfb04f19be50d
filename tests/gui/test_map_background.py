"""The Map tab's background, in the real window and Qt WebEngine: none by default, a tile folder
chosen and drawn and kept for the case, OpenStreetMap only behind its switch, the report's
static maps drawn on the same tiles, and venue names that never cover one another."""

from __future__ import annotations

import base64
import io
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

from evidence import venues
from evidence.model import Confidence, Venue
from evidence.store import Case
from gui.app import settings
from gui.app.main_window import MainWindow
from gui.map import background
from gui.widgets.workers import SynchronousRunner
from maps import basemap
from maps.basemap import Basemap
from maps.page_data import case_extent
from tests.helpers.gui import case_state, evaluate_map
from tests.helpers.mapcases import write_tile_folder
from tests.helpers.webengine import IGNORE_NOISE

pytestmark = IGNORE_NOISE
TILE_COLOUR = (250, 200, 40)


@pytest.fixture
def case_copy(demo_case, tmp_path) -> Path:
    return Path(shutil.copytree(demo_case, tmp_path / "case"))


@pytest.fixture
def tile_folder(tmp_path, demo_case) -> Path:
    """A few solid-colour PNG tiles over the demo case, zoom 11 to 16, as Z/X/Y.png."""
    from maps import mapdata

    data = mapdata.load(case_state(demo_case).data)
    return write_tile_folder(tmp_path / "tiles", case_extent(data), range(11, 17),
                             colour=TILE_COLOUR)


@pytest.fixture
def shown(qtbot):
    """The window on screen (offscreen), so its map draws; deleted while the test's event loop
    runs (the map's page must go before Qt WebEngine's profiles do at exit)."""
    window = show(qtbot, MainWindow(runner=SynchronousRunner()))
    yield window
    close(qtbot, window)


def show(qtbot, window: MainWindow) -> MainWindow:
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def map_ready(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.map.gate.is_open and not window.map._stale, timeout=30000)


def close(qtbot, window: MainWindow) -> None:
    window.close()
    window.deleteLater()
    qtbot.wait(50)


def loaded_tiles(qtbot, window: MainWindow) -> list[str]:
    return evaluate_map(qtbot, window.map, "Array.from(document.querySelectorAll("
                        "'img.leaflet-tile-loaded')).map(function (t) { return t.src; })")


def test_the_online_switch_is_off_and_says_what_it_reveals(qtbot, shown, case_copy):
    window = shown
    window.open_case(str(case_copy))
    window.tabs.setCurrentWidget(window.map)
    map_ready(qtbot, window)
    switch = window.map.bar.online
    assert switch.isVisible() and switch.isEnabled() and not switch.isChecked()
    said = switch.text()
    assert "openstreetmap.org" in said and "area" in said and "IP address" in said
    assert window.map.interceptor.online == frozenset()
    assert loaded_tiles(qtbot, window) == []
    # The legend points to the bar, in the app's words, not to a command-line option.
    legend = evaluate_map(qtbot, window.map, "document.querySelector('.skver-legend').innerText")
    assert window.map.no_tiles_hint() in legend and "--tiles" not in legend
    assert window.map.interceptor.blocked == []


def test_switching_online_on_lets_only_the_tile_server_through(qtbot, shown, case_copy,
                                                               monkeypatch):
    # A tile server that cannot resolve (RFC 2606): the test never reaches the internet.
    monkeypatch.setattr(basemap, "OSM_HOST", "tiles.invalid")
    monkeypatch.setattr(basemap, "OSM", Basemap("osm", "https://tiles.invalid/{z}/{x}/{y}.png",
                                                 "test", 0, 19))
    window = shown
    window.open_case(str(case_copy))
    window.tabs.setCurrentWidget(window.map)
    map_ready(qtbot, window)
    window.map.bar.online.click()
    map_ready(qtbot, window)
    case_id = window.session.state.data.info.id
    assert settings.map_online(case_id).get() is True
    assert window.map.interceptor.online == frozenset({"tiles.invalid"})
    qtbot.waitUntil(lambda: window.map.interceptor.went_out > 0, timeout=10000)
    assert not any("tiles.invalid" in url for url in window.map.interceptor.blocked)
    window.map.bar.online.click()   # off again: the gate shuts
    map_ready(qtbot, window)
    assert window.map.interceptor.online == frozenset()
    assert settings.map_online(case_id).get() is False


def test_a_tile_folder_is_drawn_and_kept_for_the_case(qtbot, shown, case_copy, tile_folder):
    window = shown
    window.open_case(str(case_copy))
    window.tabs.setCurrentWidget(window.map)
    map_ready(qtbot, window)
    assert window.map.bar.use_tiles(str(tile_folder))
    map_ready(qtbot, window)
    qtbot.waitUntil(lambda: len(loaded_tiles(qtbot, window)) > 0, timeout=10000)
    assert all(src.startswith("skver-map://tiles/") for src in loaded_tiles(qtbot, window))
    assert window.map.server.tiles_served > 0
    assert "tiles" in window.map.bar.source.text()     # the folder's name
    assert window.map.interceptor.blocked == []
    # The Venues tab's map has no bar of its own: it is drawn on what the Map tab chose.
    assert not window.venues.map.bar.isVisibleTo(window.venues.map)
    assert window.venues.map.background.tiles == str(tile_folder)
    assert window.venues.map.tile_source is not None
    window.close()

    # The case opened again, in a new window: the same background, drawn again.
    again = show(qtbot, MainWindow(runner=SynchronousRunner()))
    again.open_case(str(case_copy))
    assert again.map.bar.chosen.tiles == str(tile_folder)
    again.tabs.setCurrentWidget(again.map)
    map_ready(qtbot, again)
    qtbot.waitUntil(lambda: len(loaded_tiles(qtbot, again)) > 0, timeout=10000)
    close(qtbot, again)


def test_a_folder_without_tiles_is_refused_and_the_choice_kept(qtbot, window, case_copy,
                                                                tmp_path):
    window.open_case(str(case_copy))
    empty = tmp_path / "not-tiles"
    empty.mkdir()
    assert not window.map.bar.use_tiles(str(empty))
    assert window.map.bar.chosen == background.Background()
    assert settings.map_tiles(window.session.state.data.info.id).get() == ""


def static_map_images(page: str) -> list[Image.Image]:
    found = re.findall(r'<figure class="static-map">\s*<img src="data:image/png;base64,([^"]+)"',
                       page)
    return [Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB") for data in found]


def share_of(image: Image.Image, colour: tuple[int, int, int]) -> float:
    counts = {c: n for n, c in image.getcolors(maxcolors=image.width * image.height)}
    return counts.get(colour, 0) / (image.width * image.height)


def test_a_report_exported_after_choosing_the_folder_draws_its_maps_on_it(
        window, case_copy, tile_folder, tmp_path):
    window.open_case(str(case_copy))
    dialog = window.exports.export()
    dialog.choose(kind="html", claim_ids=[3], path=str(tmp_path / "plain.html"))
    dialog.export_button.click()
    [plain] = static_map_images((tmp_path / "plain.html").read_text(encoding="utf-8"))
    assert share_of(plain, TILE_COLOUR) == 0

    assert window.map.bar.use_tiles(str(tile_folder))
    dialog = window.exports.export()
    assert tile_folder.name in dialog.background_label.text()
    dialog.choose(kind="html", claim_ids=[3], path=str(tmp_path / "tiled.html"))
    request = dialog.request()
    assert (request.tiles, request.online) == (str(tile_folder), False)
    dialog.export_button.click()
    page = (tmp_path / "tiled.html").read_text(encoding="utf-8")
    [tiled] = static_map_images(page)
    assert share_of(tiled, TILE_COLOUR) > 0.3    # the ground of the map is the folder's tiles
    assert "Test tile folder" in page             # and its attribution is printed
    assert "skver-map://" not in page             # the page needs the app for nothing


@pytest.fixture
def three_close(tmp_path) -> Path:
    """A case of three venues a few dozen metres apart, with long names."""
    root = tmp_path / "close"
    with Case.create(root, title="Close venues", timezone="Asia/Almaty", actor="test") as case:
        for slug, name, east in (
                ("north-square", "The square north of the old opera house", 0.0),
                ("fountain", "The fountain garden beside the opera house", 0.0006),
                ("steps", "The steps in front of the opera house", 0.0012)):
            point = {"type": "Point", "coordinates": [76.95 + east, 43.25]}
            venues.add(case, Venue(slug, name, point, Confidence.SURVEYED, 30.0), "test")
    return root


def overlaps(a: dict, b: dict) -> bool:
    return (a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"]
            and b["top"] < a["bottom"])


def test_the_names_of_close_venues_never_cover_one_another(qtbot, shown, three_close):
    window = shown
    window.open_case(str(three_close))
    window.tabs.setCurrentWidget(window.map)
    map_ready(qtbot, window)
    for zoom in (12, 13, 15, 16, 17, 18):
        evaluate_map(qtbot, window.map,
                     f"(skverMap.map.setZoom({zoom}, {{animate: false}}), true)")
        qtbot.wait(100)
        labels = evaluate_map(qtbot, window.map, "skverMap.labelBoxes()")
        assert len(labels) == 3
        shown = [label["box"] for label in labels if label["box"] is not None]
        assert shown, zoom
        for i, a in enumerate(shown):
            for b in shown[i + 1:]:
                assert not overlaps(a, b), (zoom, labels)
        for label in labels:    # a name left out for want of room is named on hover
            assert label["on_hover"] == (label["box"] is None), (zoom, label)
        if zoom >= 17:   # close in, there is room for every name
            assert len(shown) == 3, (zoom, labels)



def test_with_the_switch_on_a_report_is_drawn_on_openstreetmap_fetched_for_it(window,
                                                                              case_copy):
    from maps.online_tiles import OnlineTiles

    window.open_case(str(case_copy))
    settings.map_online(window.session.state.data.info.id).set(True)
    dialog = window.exports.export()
    assert "openstreetmap.org" in dialog.background_label.text()
    dialog.choose(kind="pdf", claim_ids=[3], path=str(case_copy.parent / "r.pdf"))
    request = dialog.request()
    assert request.online is True
    assert isinstance(background.report_tiles(request.tiles, request.online), OnlineTiles)
    assert background.report_tiles("/some/tiles", False) == "/some/tiles"
    assert background.report_tiles("", False) is None
    dialog.close()
