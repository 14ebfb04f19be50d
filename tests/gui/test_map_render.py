"""The exported map in Qt WebEngine: it draws the case, fetches nothing, and runs no injection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

# Imported at collection, before pytest-qt makes the QApplication: WebEngine needs that.
from evidence import store
from evidence.store import Case
from maps import basemap, interactive, mapdata
from maps.page_data import case_extent
from tests.helpers import mapcases as cases
from tests.helpers.webengine import IGNORE_NOISE, LOCAL_SCHEMES, Page, evaluate

pytestmark = IGNORE_NOISE


def open_page(qtbot, page: Page, path: Path) -> None:
    with qtbot.waitSignal(page.loadFinished, timeout=20000) as loaded:
        page.load(QUrl.fromLocalFile(str(path)))
    assert loaded.args == [True]
    qtbot.waitUntil(lambda: evaluate(qtbot, page, "!!window.skverMap"), timeout=10000)


def write_map(folder: Path, case_root: Path, **options) -> Path:
    with Case.open(case_root) as case:
        data = mapdata.load(store.read(case))
    out = folder / "map.html"
    out.write_text(interactive.build_map(data, **options), encoding="utf-8")
    return out


def test_the_demo_map_draws_its_venues_and_photos_offline(qtbot, browser, tmp_path):
    page = write_map(tmp_path, cases.demo_case(tmp_path))
    open_page(qtbot, browser, page)
    counts = evaluate(qtbot, browser, "[skverMap.venues, skverMap.photos, skverMap.clustered]")
    assert counts == [3, 11, False]  # 12 photos, one without GPS; too few to cluster
    # Leaflet really drew them: three venue shapes and ten photo markers in the map's panes.
    assert evaluate(qtbot, browser, "document.querySelectorAll("
                    "'.leaflet-overlay-pane path.leaflet-interactive').length") >= 3
    assert evaluate(qtbot, browser, "skverMap.openPhoto(5) && "
                    "document.querySelector('.leaflet-popup-content img').src.slice(0, 11)"
                    ) == "data:image/"
    assert browser.recorder.urls, "the interceptor saw nothing: it is not watching"
    assert [u for u in browser.recorder.urls if not u.startswith(LOCAL_SCHEMES)] == []
    assert browser.errors == []


def test_a_linked_map_loads_the_vendored_files_from_disk(qtbot, browser, tmp_path):
    page = write_map(tmp_path, cases.demo_case(tmp_path), inline=False, cluster_from=5)
    open_page(qtbot, browser, page)
    assert evaluate(qtbot, browser, "[skverMap.photos, skverMap.clustered, "
                    "skverMap.cluster.getLayers().length]") == [11, True, 11]
    loaded = [u.rsplit("/", 1)[1] for u in browser.recorder.urls]
    assert {"leaflet.js", "leaflet.markercluster.js", "leaflet.css"} <= set(loaded)
    assert [u for u in browser.recorder.urls if not u.startswith(LOCAL_SCHEMES)] == []
    assert browser.errors == []


def test_hostile_text_shows_as_text_and_runs_nothing(qtbot, browser, tmp_path):
    root, photo_id = cases.hostile_case(tmp_path)
    page = write_map(tmp_path, root, claim_id=3)
    open_page(qtbot, browser, page)
    assert evaluate(qtbot, browser, f"skverMap.openPhoto({photo_id})") is True
    qtbot.waitUntil(lambda: evaluate(qtbot, browser, "!!document.querySelector("
                                     "'.leaflet-popup-content')"))
    popup = evaluate(qtbot, browser,
                     "document.querySelector('.leaflet-popup-content').textContent")
    assert cases.NOTE in popup and cases.FILE_NAME in popup and cases.SOFTWARE in popup
    legend = evaluate(qtbot, browser, "document.querySelector('.skver-legend').textContent")
    assert cases.EXCUSE in legend
    labels = evaluate(qtbot, browser, "Array.from(document.querySelectorAll("
                      "'.skver-venue-label')).map(function (e) { return e.textContent; })")
    assert cases.VENUE_NAME in labels
    # No element was injected: the only images are the thumbnail, no script came from the data.
    injected = evaluate(qtbot, browser, "document.querySelectorAll('img:not(.skver-thumb), "
                        "[onerror], .leaflet-popup-content script, .skver-legend *[src]').length")
    assert injected == 0
    assert evaluate(qtbot, browser, "document.scripts.length") == 5  # 3 of ours, 2 of folium
    assert browser.alerts == [] and browser.errors == []


def test_an_mbtiles_background_is_drawn_from_the_page_itself(qtbot, browser, tmp_path):
    root = cases.demo_case(tmp_path)
    with Case.open(root) as case:
        data = mapdata.load(store.read(case))
    mbtiles = cases.write_mbtiles(tmp_path / "city.mbtiles", case_extent(data), range(12, 16),
                                  attribution="Test tiles <b>&</b> co")
    page = write_map(tmp_path, root, tiles=basemap.choose(str(mbtiles)))
    open_page(qtbot, browser, page)
    assert evaluate(qtbot, browser, "skverMap.embeddedTiles") > 0
    qtbot.waitUntil(lambda: evaluate(qtbot, browser, "document.querySelectorAll("
                                     "'.leaflet-tile-pane img.leaflet-tile-loaded').length > 0"),
                    timeout=10000)
    sources = evaluate(qtbot, browser, "Array.from(document.querySelectorAll("
                       "'.leaflet-tile-pane img.leaflet-tile'))"
                       ".map(function (i) { return i.src; })")
    assert sources and all(s.startswith("data:image/") for s in sources)
    assert any(s.startswith("data:image/png;base64,") for s in sources)  # a real tile, not blank
    attribution = evaluate(qtbot, browser,
                           "document.querySelector('.leaflet-control-attribution').textContent")
    assert "Test tiles & co" in attribution
    assert evaluate(qtbot, browser, "document.querySelectorAll("
                    "'.leaflet-control-attribution b').length") == 0
    assert [u for u in browser.recorder.urls if not u.startswith(LOCAL_SCHEMES)] == []
    assert browser.errors == []


def test_a_venue_named_at_length_is_cut_on_the_map(qtbot, browser, tmp_path):
    """A case from before the length limits, its venue named by 100 KB: the name on the map is
    one short line ending in an ellipsis (the page holds it whole, for its popup)."""
    from evidence.model import Confidence, Venue
    from evidence.store import audit
    from evidence.store import venues as venue_rows

    name = ("Сквер имени Абая у Центрального стадиона " * 2500)[:100_000]
    root = tmp_path / "old"
    # as a version without the limits kept it
    with Case.create(root, title="T", timezone="Asia/Almaty", actor="t") as case, \
            case.transaction():
        row = venue_rows.insert(case, Venue(
            "long", name, {"type": "Point", "coordinates": [76.94, 43.24]},
            Confidence.SURVEYED, 80.0))
        audit.record(case, "t", "venue-added", "venues", row, {"slug": "long"})
    open_page(qtbot, browser, write_map(tmp_path, root))
    box = evaluate(qtbot, browser, "(function () {"
                   "var n = document.querySelector('.skver-venue-label');"
                   "var s = getComputedStyle(n);"
                   "return [n.offsetWidth, n.offsetHeight, s.textOverflow]; })()")
    assert 200 <= box[0] <= 520 and box[1] <= 40 and box[2] == "ellipsis"   # was 1,021,850
    [label] = evaluate(qtbot, browser, "skverMap.labelBoxes()")
    assert label["name"] == name and label["on_hover"] is False
    assert browser.errors == []
