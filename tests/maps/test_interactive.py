"""The interactive map page: offline assets only, the case's content, claims, tiles, escaping."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cli import main as cli_main
from evidence import store
from evidence.errors import KnownError
from evidence.results import Outcome, Verdict
from evidence.store import Case
from maps import assets, basemap, interactive, mapdata, tile_embed
from maps.page_data import case_extent, script_json
from tests.helpers import mapcases as cases

WEB = Path(__file__).resolve().parents[2] / "resources" / "web"


class Resources(HTMLParser):
    """Every URL the page would load by itself: scripts, style sheets, links, images, CSS urls."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        for name in ("src", "href", "data"):
            if found.get(name) and tag != "a":
                self.urls.append(found[name])


def resources_of(page: str) -> list[str]:
    parser = Resources()
    parser.feed(page)
    css = re.findall(r"url\(\s*['\"]?([^'\")]+)", page) + re.findall(r"@import\s+['\"]([^'\"]+)",
                                                                    page)
    return parser.urls + [u for u in css if not u.startswith("#")]


def drawn_data(page: str) -> dict:
    """The JSON the page script draws, read back out of the page."""
    start = page.index("skverDraw(")
    argument = page[page.index(",", start) + 1:page.index(");\n", start)]
    return json.loads(argument)


@pytest.fixture(scope="module")
def demo(demo_source) -> Path:
    """The demo case (tests/conftest.py); only read."""
    return demo_source


@pytest.fixture(scope="module")
def demo_data(demo) -> mapdata.CaseMap:
    with Case.open(demo) as case:
        return mapdata.load(store.read(case))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, int]:
    return cases.hostile_case(tmp_path_factory.mktemp("hostile"))


def test_the_page_loads_nothing_from_the_network(demo_data):
    page = interactive.build_map(demo_data)
    urls = resources_of(page)
    assert not [u for u in urls if re.match(r"(?i)\s*(https?:)?//", u)]
    assert all(u.startswith("data:") for u in urls)  # Leaflet's images and the thumbnails
    for cdn in ("jsdelivr", "cloudflare", "bootstrapcdn", "code.jquery"):  # folium's defaults
        assert cdn not in page
    # Leaflet and markercluster are in the page, byte for byte as pinned (less the map comment).
    leaflet = assets.read_vendored("leaflet.js").decode()
    assert leaflet.rsplit("//# sourceMappingURL", 1)[0].strip() in page
    assert "L.MarkerClusterGroup" in page


def test_a_linked_page_names_only_the_vendored_files(demo_data):
    page = interactive.build_map(demo_data, inline=False)
    urls = [u for u in resources_of(page) if not u.startswith("data:")]
    vendor = assets.vendor_dir().as_uri()
    assert sorted(u.rsplit("/", 1)[1] for u in urls if u.startswith(vendor)) == sorted(
        [*assets.SCRIPTS, *assets.STYLES])
    assert all(u.startswith("file:///") for u in urls)


def test_the_demo_map_shows_every_venue_and_every_placed_photo(demo_data):
    data = drawn_data(interactive.build_map(demo_data))
    assert sorted(v["name"] for v in data["venues"]) == [
        "Gandhi Park", "Square behind the Sary-Arka cinema", "Valikhanov Square"]
    assert {v["status"] for v in data["venues"]} == {"contradicted"}
    assert len(data["photos"]) == 11  # 12 photos (one a video), one without GPS
    photo = next(p for p in data["photos"] if p["id"] == 6)  # the camera clock a day off
    assert photo["taken_local"] == "2022-08-20 19:05:00 UTC+06:00 (Asia/Almaty)"
    assert photo["taken_utc"] == "2022-08-20 13:05:00 UTC"
    assert photo["time_basis"] == "GPS clock"
    assert photo["camera_clock"].startswith("2022-08-19 19:05:00")
    assert photo["thumb"].startswith("data:image/jpeg;base64,")
    assert len(photo["cone"]) == 10 and photo["bearing_deg"] == 300.0
    assert photo["distance"].startswith("inside Valikhanov Square")
    assert any("clock" in f for f in photo["findings"])
    assert "no event visible" in photo["observations"][0]
    assert "venue empty" in photo["observations"][0]


def test_the_legend_names_the_photo_that_cannot_be_placed(demo_data):
    page = interactive.build_map(demo_data)
    assert "Not on the map (no GPS position): IMG_0007.jpg." in page
    assert "No map tiles" in page


def test_a_claim_highlights_its_photos_and_opens_on_its_venue(demo_data):
    data = drawn_data(interactive.build_map(demo_data, claim_id=3))
    states = {p["id"]: p["state"] for p in data["photos"]}
    assert sorted(i for i, s in states.items() if s == "qualifying") == [5, 6, 8, 9, 12]
    assert sum(s == "dimmed" for s in states.values()) == 6
    assert [v["name"] for v in data["venues"] if v["selected"]] == ["Valikhanov Square"]
    (south, west), (north, east) = data["focus"]
    assert north - south < 0.005 and east - west < 0.005  # a few hundred metres, not the city
    assert data["claim"]["verdict"] == "contradicted"


def test_an_unknown_claim_is_a_known_error(demo_data):
    with pytest.raises(KnownError, match="no claim 99"):
        interactive.build_map(demo_data, claim_id=99)


def test_venue_colours_follow_their_claims_verdicts():
    def status(*verdicts: str) -> str:
        return mapdata.venue_status([Verdict(v) for v in verdicts])

    assert status() == "no claim"
    assert status("unverified") == "unverified"
    assert status("contradicted", "unverified") == "contradicted"
    assert status("supported", "supported") == "supported"
    assert status("contradicted", "supported") == "mixed"
    assert status("mixed") == "mixed"


def test_tiles_are_online_only_when_asked(demo_data, tmp_path):
    online = interactive.build_map(demo_data, tiles=basemap.OSM)
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in online
    assert not [u for u in resources_of(online) if u.startswith("http")]
    (tmp_path / "tiles" / "15" / "100").mkdir(parents=True)
    (tmp_path / "tiles" / "15" / "100" / "200.png").write_bytes(b"")
    (tmp_path / "out").mkdir()
    folder = basemap.choose(str(tmp_path / "tiles"), page_dir=tmp_path / "out")
    assert (folder.url, folder.min_zoom, folder.max_zoom) == ("../tiles/{z}/{x}/{y}.png", 15, 15)
    assert '"../tiles/{z}/{x}/{y}.png"' in interactive.build_map(demo_data, tiles=folder)


def test_unusable_tile_sources_say_what_to_give(tmp_path):
    with pytest.raises(KnownError, match="no such MBTiles file"):
        basemap.choose(str(tmp_path / "city.mbtiles"))
    with pytest.raises(KnownError, match="not a folder"):
        basemap.choose(str(tmp_path / "nowhere"))
    with pytest.raises(KnownError, match="no map tiles"):
        basemap.choose(str(tmp_path))


# -- escaping --------------------------------------------------------------------------------


def test_hostile_text_never_reaches_the_page_as_markup(hostile):
    root, photo_id = hostile
    with Case.open(root) as case:
        data = mapdata.load(store.read(case))
    data = replace(data, title=f"Case {cases.SCRIPT}")
    page = interactive.build_map(data, claim_id=3)
    for raw in (cases.SCRIPT, cases.IMG, "<img src=x", "onerror=alert(1)>", "</script>alert"):
        assert raw not in page
    assert "<title>Skver map: Case &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Repair works &#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page  # the legend
    # The script receives the exact text, to put into the page with textContent.
    drawn = drawn_data(page)
    photo = next(p for p in drawn["photos"] if p["id"] == photo_id)
    assert photo["observations"][0].endswith(f"“{cases.NOTE}”")
    assert photo["name"] == cases.FILE_NAME
    assert photo["camera"].startswith(cases.MAKE) and photo["software"] == cases.SOFTWARE
    assert cases.VENUE_NAME in [v["name"] for v in drawn["venues"]]
    assert drawn["claim"]["excuse_text"] == cases.EXCUSE
    assert photo["state"] == "qualifying"


def test_the_page_script_never_writes_markup():
    script = (WEB / assets.OWN_SCRIPT).read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", script)
    # Leaflet takes a string given to a popup or tooltip as HTML: only DOM nodes are given.
    for call in re.findall(r"\.(?:bindPopup|bindTooltip|setContent)\(([^,)]*)", script):
        assert call.startswith(("function", "el(")), call


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!--", "a\u2028b",
                                  "&amp;", "\"'`${x}"])
def test_script_json_is_safe_in_a_script_element_and_exact(text):
    encoded = script_json({"t": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert "\u2028" not in encoded
    assert json.loads(encoded) == {"t": text}


# -- assets ----------------------------------------------------------------------------------


def test_the_manifest_pins_what_the_lockfile_pins():
    package = json.loads((WEB / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((WEB / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    pinned = assets.manifest()["packages"]
    assert package["dependencies"] == pinned  # exact versions, no ranges
    assert {n: lock[f"node_modules/{n}"]["version"] for n in pinned} == pinned
    for name, entry in assets.manifest()["files"].items():
        data = (assets.vendor_dir() / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], name


def test_a_changed_or_missing_asset_is_refused(tmp_path, monkeypatch):
    shutil.copytree(assets.vendor_dir(), tmp_path / "vendor")
    monkeypatch.setattr(assets, "vendor_dir", lambda: tmp_path / "vendor")
    with (tmp_path / "vendor" / "leaflet.js").open("a") as script:
        script.write("fetch('https://example.org');\n")
    with pytest.raises(KnownError, match=r"leaflet\.js is not the file"):
        assets.read_vendored("leaflet.js")
    (tmp_path / "vendor" / "leaflet.css").unlink()
    with pytest.raises(KnownError, match="make setup"):
        assets.read_vendored("leaflet.css")


# -- the command line ------------------------------------------------------------------------


def test_map_command_writes_a_page_that_needs_no_other_file(demo, tmp_path, capsys):
    out = tmp_path / "elsewhere" / "map.html"
    out.parent.mkdir()
    assert cli_main(["map", "--case", str(demo), "--out", str(out), "--claim", "3"]) == 0
    assert f"Map written to {out}" in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    assert drawn_data(page)["claim"]["claim_id"] == 3
    assert all(u.startswith("data:") for u in resources_of(page))


def test_map_command_refuses_an_unknown_claim(demo, tmp_path, capsys):
    assert cli_main(["map", "--case", str(demo), "--out", str(tmp_path / "m.html"),
                     "--claim", "42"]) == 1
    assert "no claim 42" in capsys.readouterr().err
    assert not (tmp_path / "m.html").exists()


# -- an MBTiles background, embedded ---------------------------------------------------------

RAW_ATTRIBUTION = ('<a href="https://example.org">Tiles &amp; Co</a> '
                   '<script>alert(1)</script> "2024"')


@pytest.fixture(scope="module")
def demo_mbtiles(demo_data, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("mbtiles") / "almaty.mbtiles"
    return cases.write_mbtiles(path, case_extent(demo_data), range(12, 16),
                               attribution=RAW_ATTRIBUTION)


def test_an_mbtiles_background_is_embedded_by_xyz_key(demo_data, demo_mbtiles):
    tiles = basemap.choose(str(demo_mbtiles))
    assert (tiles.kind, tiles.min_zoom, tiles.max_zoom) == ("mbtiles", 12, 15)
    page = interactive.build_map(demo_data, tiles=tiles)
    embedded = drawn_data(page)["basemap"]
    assert (embedded["min_zoom"], embedded["max_zoom"]) == (12, 15)
    for venue in demo_data.venues.values():
        lat, lon = venue.shape.centre()
        for zoom in (12, 15):
            x, y = cases.tile_xy(lat, lon, zoom)
            assert embedded["tiles"][f"{zoom}/{x}/{y}"].startswith("data:image/png;base64,")
            assert f"{zoom}/{x}/{2 ** zoom - 1 - y}" not in embedded["tiles"]  # not the TMS row
    assert {key.split("/")[0] for key in embedded["tiles"]} == {"12", "13", "14", "15"}
    # The page still loads nothing by itself; the tiles are drawn by the page script.
    assert all(u.startswith("data:") for u in resources_of(page))
    assert "tile.openstreetmap.org" not in page
    assert "Background: offline tiles of zoom 12–15 embedded" in page
    assert "No map tiles" not in page


def test_the_mbtiles_attribution_is_text(demo_data, demo_mbtiles):
    page = interactive.build_map(demo_data, tiles=basemap.choose(str(demo_mbtiles)))
    attribution = drawn_data(page)["basemap"]["attribution"]
    assert attribution == "Tiles &amp; Co alert(1) &quot;2024&quot;"  # Leaflet shows it as HTML
    assert "example.org" not in page and "<script>alert(1)" not in page


def test_the_embedded_background_stops_at_the_cap(demo_data, demo_mbtiles, monkeypatch):
    source = basemap.choose(str(demo_mbtiles)).source
    extent = case_extent(demo_data)
    full = tile_embed.collect(source, extent)
    per_zoom = {z: sum(k.startswith(f"{z}/") for k in full.tiles) for z in range(12, 16)}
    cap = per_zoom[12] + per_zoom[13] + per_zoom[14] - 1  # zoom 14 does not fit whole
    part = tile_embed.collect(source, extent, max_tiles=cap)
    assert (part.max_zoom, part.capped) == (13, True) and len(part.tiles) <= cap
    assert {k.split("/")[0] for k in part.tiles} == {"12", "13"}
    by_size = tile_embed.collect(source, extent, max_bytes=full.size - 1)
    assert (by_size.max_zoom, by_size.capped) == (14, True) and by_size.size < full.size
    monkeypatch.setattr(tile_embed, "MAX_TILES", cap)
    page = interactive.build_map(demo_data, tiles=basemap.choose(str(demo_mbtiles)))
    assert drawn_data(page)["basemap"]["max_zoom"] == 13
    assert "Zoom 14–15 left out to keep the page under" in page
    with pytest.raises(KnownError, match="starts at zoom 12, too detailed"):
        tile_embed.collect(source, extent, max_tiles=per_zoom[12] - 1)


def test_an_mbtiles_file_elsewhere_gives_a_plain_background(demo_data, tmp_path):
    far = cases.write_mbtiles(tmp_path / "far.mbtiles", [[10.0, 10.0], [10.01, 10.01]],
                              range(12, 14))
    page = interactive.build_map(demo_data, tiles=basemap.choose(str(far)))
    assert drawn_data(page)["basemap"]["tiles"] == {}
    assert "hold none over this map" in page


def test_a_broken_mbtiles_file_is_a_known_error(demo, tmp_path, capsys):
    junk = tmp_path / "junk.mbtiles"
    junk.write_bytes(b"this is not SQLite at all" * 100)
    with pytest.raises(KnownError, match="not a readable MBTiles file"):
        basemap.choose(str(junk))
    empty_db = tmp_path / "other.db"
    sqlite3.connect(empty_db).close()
    with closing(sqlite3.connect(empty_db)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(KnownError, match="not a readable MBTiles file"):
        basemap.choose(str(empty_db))
    out = tmp_path / "map.html"
    assert cli_main(["map", "--case", str(demo), "--out", str(out), "--tiles", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "not a readable MBTiles file" in err and "Traceback" not in err
    assert not out.exists()


def test_map_command_embeds_an_mbtiles_background(demo, demo_mbtiles, tmp_path, capsys):
    out = tmp_path / "map.html"
    assert cli_main(["map", "--case", str(demo), "--out", str(out),
                     "--tiles", str(demo_mbtiles)]) == 0
    page = out.read_text(encoding="utf-8")
    assert drawn_data(page)["basemap"]["max_zoom"] == 15
    assert "online" not in capsys.readouterr().out


def test_template_syntax_in_the_case_is_text_not_template_code(tmp_path):
    """branca compiles an element's text as a Jinja template: case text must never reach it."""
    from evidence import claims, venues
    root = cases.demo_case(tmp_path)
    with Case.open(root) as case:
        square = next(v for v in venues.all_venues(case) if v.slug == "valikhanov-square")
        venues.edit(case, square.id, {"name_en": "Square {{7*7}} {% if %}"}, "tester")
        claims.edit(case, 3, {"excuse_text": "Repair {{ 6*7 }}"}, "tester")
        data = mapdata.load(store.read(case))
    page = interactive.build_map(data, claim_id=3)
    assert "Square {{7*7}} {% if %}" in page and "Repair {{ 6*7 }}" in page  # legend and data
    assert "Square 49" not in page and "Repair 42" not in page


def test_only_the_apps_page_looks_for_the_app(demo_data):
    exported = interactive.build_map(demo_data)
    assert "qwebchannel" not in exported
    in_app = interactive.build_map(demo_data, inline=False, bridge=True)
    assert resources_of(in_app).count("qrc:///qtwebchannel/qwebchannel.js") == 1
    # What the app filters to per claim: its venue, its photos, how each bears, where to zoom.
    claim = next(c for c in drawn_data(in_app)["claims"] if c["claim_id"] == 2)
    assert claim["photos"] == [4] and claim["contradicting"] == [4]
    assert claim["supporting"] == [] and claim["venue_id"] is not None
    assert claim["colours"] == {"4": Outcome.CONTRADICTS.colour}  # as the report draws it
    (south, west), (north, east) = claim["focus"]
    assert south < north and west < east
