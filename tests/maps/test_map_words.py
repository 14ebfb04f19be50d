"""The interactive map page in the reader's language, its venues by their local names, and the
online tiles a report's static maps may be drawn on (never reached here: a fake server)."""

from __future__ import annotations

import io
import json
import urllib.error
from dataclasses import replace

import pytest
from PIL import Image

from cli import main as cli_main
from evidence import store
from evidence.errors import KnownError
from evidence.model import Confidence, Venue
from evidence.store import Case
from evidence.venue_names import local_name
from maps import basemap, interactive, mapdata, page_words
from maps.online_tiles import OnlineTiles
from maps.page_data import case_extent
from reports import html_map, strings
from tests.helpers import mapcases as cases

RU, KK = strings.table("ru"), strings.table("kk")


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory) -> mapdata.CaseMap:
    root = cases.demo_case(tmp_path_factory.mktemp("words"))
    with Case.open(root) as case:
        data = mapdata.load(store.read(case))
    assert data is not None
    return data


def drawn(page: str) -> dict:
    start = page.index("skverDraw(")
    return json.loads(page[page.index(",", start) + 1:page.index(");\n", start)])


def test_a_russian_page_says_its_legend_and_popups_in_russian(demo_data):
    page = interactive.build_map(demo_data, claim_id=3, table=RU)
    data = drawn(page)
    for key in ("mappage.venues", "mappage.photos", "mappage.dot", "mappage.ring",
                "mappage.wedge", "verdict.contradicted"):
        assert RU[key] in page, key
    assert "Venues, by the verdicts" not in page and "click for details" not in page
    assert data["words"]["taken_local"] == RU["mappage.taken_local"]
    assert data["claim"]["verdict"] == f"{RU['verdict.contradicted']} ({RU['verdict.limited']})"
    assert data["claim"]["category"] == RU["excuse.other_event"]
    assert data["claim"]["document_date"].count(".") == 2       # 19.08.2022, not ISO
    photo = next(p for p in data["photos"] if p["id"] == 6)    # the camera clock a day off
    assert photo["time_basis"] == RU["basis.gps"]
    assert any(RU["finding.clock_skew"] in f for f in photo["findings"])
    assert photo["title"].startswith("Снимок")
    assert photo["taken_local"].startswith("20.08.2022")
    assert photo["distance"].startswith("в пределах места «сквер Валиханова»")
    assert {v["name"] for v in data["venues"]} == {
        "парк имени Ганди", "сквер за кинотеатром „Сары-Арка“", "сквер Валиханова"}
    assert not any(v["stand_in"] for v in data["venues"])
    assert RU["mappage.italic_names"] not in page


def test_english_stays_as_it_was_and_keeps_the_findings_figures(demo_data):
    page = interactive.build_map(demo_data)
    photo = next(p for p in drawn(page)["photos"] if p["id"] == 6)
    assert any("camera clock disagrees with the GPS clock by" in f for f in photo["findings"])
    assert "No map tiles: a plain background (offline). Export with --tiles osm" in page


def test_a_venue_without_a_name_in_the_language_is_flagged(demo_data):
    venue = demo_data.venues[1]
    unnamed = replace(demo_data, venues={**demo_data.venues, 1: replace(
        venue, venue=replace(venue.venue, name_ru="", name_kk=""))})
    ru = drawn(interactive.build_map(unnamed, table=RU))
    gandhi = next(v for v in ru["venues"] if v["id"] == 1)
    assert (gandhi["name"], gandhi["stand_in"]) == ("Gandhi Park", True)
    assert RU["mappage.italic_names"] in interactive.build_map(unnamed, table=RU)
    kk = drawn(interactive.build_map(unnamed, table=KK))
    assert next(v for v in kk["venues"] if v["id"] == 1)["stand_in"] is True
    assert next(v for v in kk["venues"] if v["id"] == 3)["stand_in"] is False


def test_local_names_in_each_language():
    venue = Venue("v", "Valikhanov Square", {"type": "Point", "coordinates": [0, 0]},
                  Confidence.SURVEYED, 50.0, name_ru="сквер Валиханова")
    assert local_name(venue, "ru").text == "сквер Валиханова" and local_name(venue, "ru").own
    kk = local_name(venue, "kk")    # no Kazakh name: the Russian one, marked as standing in
    assert (kk.text, kk.lang, kk.own) == ("сквер Валиханова", "ru", False)
    assert local_name(venue, "en").own
    english_less = replace(venue, name_en="")
    assert (local_name(english_less, "en").text, local_name(english_less, "en").own) == (
        "сквер Валиханова", False)
    assert local_name(replace(english_less, name_ru=""), "ru").text == "v"


def test_the_page_words_are_in_every_table_with_the_same_placeholders():
    for key, english in page_words.EN.items():
        for table in (RU, KK):
            assert strings.placeholders(table[key]) == strings.placeholders(english), key
    assert strings.table("en")["mappage.venues"] == page_words.EN["mappage.venues"]


def test_the_map_command_writes_the_page_in_the_language_asked(tmp_path, capsys):
    root = cases.demo_case(tmp_path / "demo")
    out = tmp_path / "map.html"
    assert cli_main(["map", "--case", str(root), "--out", str(out), "--lang", "kk"]) == 0
    assert KK["mappage.venues"] in out.read_text(encoding="utf-8")


# --- a report's backgrounds ----------------------------------------------------------------

def test_a_reports_pages_carry_a_tile_folders_tiles(demo_data, tmp_path):
    folder = cases.write_tile_folder(tmp_path / "tiles", case_extent(demo_data), range(12, 15))
    chosen = html_map.interactive_basemap(str(folder))
    assert chosen.source is not None and chosen.url == ""
    page = interactive.build_map(demo_data, tiles=chosen, table=RU)
    tiles = drawn(page)["basemap"]["tiles"]
    assert tiles and all(uri.startswith("data:image/png;base64,") for uri in tiles.values())
    assert "file://" not in page and str(folder) not in page
    assert RU["mappage.tiles_embedded"].split("{")[0] in page
    assert html_map.interactive_basemap(basemap.OSM).kind == "none"   # never fetched later


def png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_online_tiles_are_fetched_once_each_within_a_cap():
    asked: list[str] = []

    def fetch(url: str) -> bytes:
        asked.append(url)
        if url.endswith("/9/9.png"):
            raise urllib.error.HTTPError(url, 404, "Not Found", None, None)  # type: ignore
        return png((1, 2, 3))

    source = OnlineTiles("https://tiles.test/{z}/{x}/{y}.png", fetch=fetch, max_tiles=6)
    got = source.tiles(10, range(8, 10), range(8, 10))
    assert sorted(got) == [(8, 8), (8, 9), (9, 8)]          # no tile at (9, 9): plain paper
    assert asked[0] == "https://tiles.test/10/8/8.png"
    source.tiles(10, range(8, 10), range(8, 10))
    assert len(asked) == 4                                  # each asked once
    with pytest.raises(KnownError, match="more than 6 OpenStreetMap tiles"):
        source.tiles(10, range(0, 3), range(0, 1))


def test_online_tiles_that_cannot_be_fetched_stop_the_export_with_a_message():
    def offline(url: str) -> bytes:
        raise urllib.error.URLError("Name or service not known")

    with pytest.raises(KnownError, match=r"could not be fetched from tiles\.test.*online map off"):
        OnlineTiles("https://tiles.test/{z}/{x}/{y}.png", fetch=offline).tiles(
            3, range(1, 2), range(1, 2))


def test_the_static_map_is_drawn_on_online_tiles(tmp_path):
    from maps import static

    root = cases.demo_case(tmp_path / "demo")
    source = OnlineTiles("https://tiles.test/{z}/{x}/{y}.png", fetch=lambda url: png(
        (250, 200, 40)))
    with Case.open(root) as case:
        data = static.claim_map_data(case, 3)
    drawn_png = static.claim_map_png(data.claim, data.photos, tiles=source)
    image = Image.open(io.BytesIO(drawn_png)).convert("RGB")
    counts = {c: n for n, c in image.getcolors(maxcolors=image.width * image.height)}
    assert counts.get((250, 200, 40), 0) > image.width * image.height * 0.3
    assert source.cache  # fetched, in memory only


def test_a_refusals_verdict_on_the_page_flags_its_limits_as_the_report_does(demo_data):
    english = strings.table("en")
    data = drawn(interactive.build_map(demo_data, claim_id=2, table=english))
    assert data["claim"]["verdict"] == "Photos inconsistent with the stated ground (with limits)"
    lines = [c["text"] for v in data["venues"] for c in v.get("claims", [])]
    assert lines and all(line.endswith("(with limits)") for line in lines)


def test_static_and_page_maps_name_a_photos_bearing_in_the_reports_words():
    # 'Photo both supports and contradicts it' on the `map` command's static maps and
    # 'contradicts the excuse: …' in the page's popups said what the report calls
    # 'inconsistent with the stated ground'.
    from evidence.results import Outcome, Verdict
    from maps.static_words import ENGLISH

    en = strings.table("en")
    for outcome in Outcome:
        assert ENGLISH.readings[outcome] == "Photo: " + en[f"reading.{outcome.value}"]
    for verdict in Verdict:
        assert ENGLISH.verdicts[verdict] == en[f"verdict.{verdict.value}"]
    for table in (en, RU, KK):
        assert table["mappage.contradicts"] == table["reading.contradicts"] + ": {what}"
        assert table["mappage.supports"] == table["reading.supports"] + ": {what}"
    words = " ".join([*ENGLISH.readings.values(), en["mappage.contradicts"],
                      en["mappage.supports"]])
    assert "contradict" not in words and "support" not in words
