"""The static claim map: what a reader of the report sees, checked pixel by pixel."""

from __future__ import annotations

import math
import struct
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from geopy.distance import geodesic
from PIL import Image, ImageFont

from evidence import analysis, demo
from evidence.errors import KnownError
from evidence.facts import VenueFact
from evidence.model import Confidence, Tag, Venue
from evidence.results import Outcome
from evidence.store import Case
from maps import static, static_fonts
from maps.static_scene import (
    GRID,
    PAPER,
    READING_COLOURS,
    VENUE_EDGE,
    VENUE_FILL,
    exhibit_label,
    exhibit_numbers,
)
from tests.helpers.records import claim_result, photo_record, qualifying, with_inspection

Colour = tuple[int, int, int]


@pytest.fixture(scope="module")
def demo_maps(demo_source: Path) -> dict[int, static.ClaimMapData]:
    """Each demo claim's map data (result, venue, inspection records) by claim id."""
    with Case.open(demo_source) as case:
        analyzed = analysis.analyze_case(case)
        return {c.claim_id: static.claim_map_data(case, c.claim_id, analyzed)
                for c in analyzed.claims}


def render(data: static.ClaimMapData, path: Path, **kwargs) -> tuple[Image.Image, static.MapPlan]:
    static.render_claim_map(data.claim, data.photos, path, **kwargs)
    plan = static.plan_claim_map(data.claim, data.photos,
                                 size=kwargs.get("size", static.DEFAULT_SIZE))
    with Image.open(path) as image:
        return image.convert("RGB"), plan


def near(actual: Colour, expected: Colour, tolerance: int = 6) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


def blend(base: Colour, colour: Colour, alpha: float) -> Colour:
    return tuple(round(b + (c - b) * alpha) for b, c in zip(base, colour, strict=True))


def moved(lat: float, lon: float, metres: float, bearing: float) -> tuple[float, float]:
    point = geodesic(meters=metres).destination((lat, lon), bearing)
    return point.latitude, point.longitude


@pytest.mark.parametrize("claim_id", [1, 2, 3, 4])
def test_every_demo_claim_renders_a_png_of_the_asked_size(demo_maps, tmp_path, claim_id):
    image, plan = render(demo_maps[claim_id], tmp_path / "map.png")
    assert image.size == (1200, 900)
    assert len(plan.placed) == len(demo_maps[claim_id].claim.photos)


def test_venue_boundary_is_drawn_at_its_radius_in_every_direction(demo_maps, tmp_path):
    data = demo_maps[3]  # Valikhanov Square: a point with an 80 m radius
    image, plan = render(data, tmp_path / "map.png")
    lat, lon = data.claim.venue.shape.centre()
    radius = data.claim.venue.shape.radius_m
    for bearing in (0, 90, 180, 270, 45, 225):
        x, y = plan.projection.to_px(*moved(lat, lon, radius, bearing))
        colour = image.getpixel((round(x), round(y)))
        assert near(colour, VENUE_EDGE, 30), (bearing, colour)
        x, y = plan.projection.to_px(*moved(lat, lon, radius + 8, bearing))
        assert not near(image.getpixel((round(x), round(y))), VENUE_EDGE, 60)


def test_venue_inside_is_lightly_filled_and_outside_is_paper(demo_maps, tmp_path):
    data = demo_maps[3]
    image, plan = render(data, tmp_path / "map.png")
    lat, lon = data.claim.venue.shape.centre()
    inside = plan.projection.to_px(*moved(lat, lon, 60, 135))
    outside = plan.projection.to_px(*moved(lat, lon, 110, 135))
    filled = image.getpixel((round(inside[0]), round(inside[1])))
    assert near(filled, blend(PAPER, VENUE_FILL, 0.14)) or \
        near(filled, blend(GRID, VENUE_FILL, 0.14))
    paper = image.getpixel((round(outside[0]), round(outside[1])))
    assert near(paper, PAPER) or near(paper, GRID)


@pytest.mark.parametrize("claim_id", [1, 2, 3, 4])
def test_each_photo_is_a_dot_of_its_reading_colour_where_its_gps_puts_it(demo_maps, tmp_path,
                                                                         claim_id):
    data = demo_maps[claim_id]
    image, plan = render(data, tmp_path / "map.png")
    for photo in data.claim.photos:
        record = data.photos[photo.photo_id].record
        x, y = plan.projection.to_px(record["latitude"], record["longitude"])
        assert near(image.getpixel((round(x), round(y))), READING_COLOURS[Outcome.CONTRADICTS],
                    10)


def test_accuracy_circle_has_the_gps_accuracy_as_radius(demo_maps, tmp_path):
    data = demo_maps[3]
    image, plan = render(data, tmp_path / "map.png")
    colour = READING_COLOURS[Outcome.CONTRADICTS]
    for placed in plan.placed:
        record = data.photos[placed.mark.photo_id].record
        x, y = plan.projection.to_px(record["latitude"], record["longitude"])
        radius = record["gps_accuracy_m"] / plan.projection.metres_per_px
        assert radius > 15  # 6 m is plainly visible on a venue-sized map
        # clear of the cone and the badge (a video records no direction: east)
        side = math.radians((record["bearing_deg"] or 0) + 90)
        dx, dy = math.sin(side), -math.cos(side)
        # How far each pixel along the ray is from the ring's colour: the nearest is the ring.
        away = {r: sum(abs(a - b) for a, b in zip(
            image.getpixel((round(x + dx * r), round(y + dy * r))), colour, strict=True))
            for r in range(round(radius) - 8, round(radius) + 8)}
        ring = min(away, key=away.__getitem__)
        assert away[ring] < 60, placed.mark.exhibit
        assert ring == pytest.approx(radius, abs=1.5)


def test_projection_is_true_to_geodesic_metres(demo_maps):
    data = demo_maps[4]
    plan = static.plan_claim_map(data.claim, data.photos)
    lat, lon = data.claim.venue.shape.centre()
    x0, y0 = plan.projection.to_px(lat, lon)
    for bearing in (0, 60, 90, 200):
        x1, y1 = plan.projection.to_px(*moved(lat, lon, 100, bearing))
        metres = math.hypot(x1 - x0, y1 - y0) * plan.projection.metres_per_px
        assert metres == pytest.approx(100, rel=2e-3)
        assert math.degrees(math.atan2(x1 - x0, y0 - y1)) % 360 == pytest.approx(bearing, abs=0.3)


@pytest.mark.parametrize("claim_id", [1, 4])
def test_scale_bar_is_as_long_as_the_distance_it_states(demo_maps, tmp_path, claim_id):
    image, plan = render(demo_maps[claim_id], tmp_path / "map.png")
    bar = plan.scale_bar
    assert bar.metres in (10, 20, 50, 100, 200, 500)
    assert bar.length_px == pytest.approx(bar.metres / plan.projection.metres_per_px)
    y = round(bar.y)
    dark = [x for x in range(round(bar.x) - 10, round(bar.x + bar.length_px) + 10)
            if sum(image.getpixel((x, y))) < 150]
    assert dark == list(range(dark[0], dark[-1] + 1))
    assert len(dark) == pytest.approx(bar.length_px, abs=1.5)


def test_same_input_gives_identical_bytes_with_no_time_stamp(demo_maps, tmp_path):
    data = demo_maps[3]
    first = static.render_claim_map(data.claim, data.photos, tmp_path / "a.png")
    second = static.render_claim_map(data.claim, data.photos, tmp_path / "b.png")
    assert first.read_bytes() == second.read_bytes()
    assert "tIME" not in png_chunks(first.read_bytes())
    assert "tEXt" not in png_chunks(first.read_bytes())


def png_chunks(data: bytes) -> list[str]:
    chunks, at = [], 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        chunks.append(kind.decode("ascii"))
        at += 12 + length
    return chunks


def test_exhibits_are_numbered_in_the_results_order(demo_maps):
    claim = demo_maps[3].claim
    ids = [p.photo_id for p in claim.photos]
    assert exhibit_numbers(claim) == {photo_id: n for n, photo_id in enumerate(ids, start=1)}
    assert exhibit_label(3, 2) == "C3-E2"
    plan = static.plan_claim_map(claim, demo_maps[3].photos)
    assert [(p.mark.exhibit, p.mark.photo_id) for p in plan.placed] == list(
        enumerate(ids, start=1))


@pytest.mark.parametrize("claim_id", [1, 2, 3, 4])
def test_number_badges_overlap_neither_each_other_nor_any_photo(demo_maps, claim_id):
    data = demo_maps[claim_id]
    plan = static.plan_claim_map(data.claim, data.photos)
    x0, y0, x1, y1 = plan.map_area
    for p in plan.placed:
        assert x0 < p.badge_x - p.badge_r and p.badge_x + p.badge_r < x1
        assert y0 < p.badge_y - p.badge_r and p.badge_y + p.badge_r < y1
        for q in plan.placed:
            assert math.hypot(p.badge_x - q.x, p.badge_y - q.y) > p.badge_r
            if q is not p:
                assert math.hypot(p.badge_x - q.badge_x, p.badge_y - q.badge_y) > \
                    p.badge_r + q.badge_r


def test_crowded_photos_keep_their_badges_apart(demo_maps):
    data = demo_maps[3]
    first = data.claim.photos[0]
    record = data.photos[first.photo_id]
    crowd = {100 + i: with_inspection(
        replace(record, id=100 + i), bearing_deg=None if i % 2 else 30.0 * i,
        latitude=record.record["latitude"] + i * 1e-6) for i in range(8)}
    claim = replace(data.claim, photos=tuple(replace(first, fact=replace(first.fact, id=pid))
                                             for pid in crowd))
    plan = static.plan_claim_map(claim, crowd)
    badges = [(p.badge_x, p.badge_y, p.badge_r) for p in plan.placed]
    for i, (ax, ay, ar) in enumerate(badges):
        for bx, by, br in badges[i + 1:]:
            assert math.hypot(ax - bx, ay - by) > ar + br


def test_polygon_with_a_hole_and_photos_without_bearing_or_accuracy(tmp_path):
    lat, lon, d = 43.2400, 76.9000, 0.0008
    outer = [(lon - d, lat - d), (lon + d, lat - d), (lon + d, lat + d), (lon - d, lat + d),
             (lon - d, lat - d)]
    hole = [(lon - d / 3, lat - d / 3), (lon + d / 3, lat - d / 3), (lon + d / 3, lat + d / 3),
            (lon - d / 3, lat + d / 3), (lon - d / 3, lat - d / 3)]
    venue = Venue(slug="ring-park", name_en="Ring Park", confidence=Confidence.SURVEYED,
                  geometry={"type": "Polygon", "coordinates": [outer, hole]}, id=7)
    records = {1: photo_record(1, latitude=lat + d * 0.6, longitude=lon, gps_accuracy_m=12.0),
               2: photo_record(2, latitude=lat - d * 0.6, longitude=lon, bearing_deg=0.0),
               3: photo_record(3)}
    claim = claim_result(venue, [qualifying(records[1], contradicts=(Tag.ACCESS_OPEN,)),
                                 qualifying(records[2], supports=(Tag.REPAIR_ACTIVITY,),
                                            at_edge=True),
                                 qualifying(records[3])])
    image, plan = render(claim_data := static.ClaimMapData(claim, records),
                         tmp_path / "ring.png")
    assert claim_data.claim.claim_id == 9
    assert [p.mark.exhibit for p in plan.placed] == [1, 2]  # exhibit 3 has no position
    assert plan.placed[1].radius_px == pytest.approx(25 / plan.projection.metres_per_px)
    x, y = plan.projection.to_px(lat, lon)  # the hole's middle: not the venue
    assert near(image.getpixel((round(x), round(y))), PAPER) or \
        near(image.getpixel((round(x), round(y))), GRID)
    x, y = plan.projection.to_px(lat, lon + d * 0.66)  # the ring: the venue
    assert near(image.getpixel((round(x), round(y))), blend(PAPER, VENUE_FILL, 0.14)) or \
        near(image.getpixel((round(x), round(y))), blend(GRID, VENUE_FILL, 0.14))
    for corner_lon, corner_lat in (hole[0], outer[2]):
        x, y = plan.projection.to_px(corner_lat, corner_lon)
        assert near(image.getpixel((round(x), round(y))), VENUE_EDGE, 30)
    x, y = plan.projection.to_px(lat - d * 0.6, lon)
    assert near(image.getpixel((round(x), round(y))), READING_COLOURS[Outcome.SUPPORTS], 10)


def test_svg_holds_the_same_scene(demo_maps, tmp_path):
    data = demo_maps[3]
    path = static.render_claim_map(data.claim, data.photos, tmp_path / "map.svg")
    again = static.render_claim_map(data.claim, data.photos, tmp_path / "b.svg")
    assert path.read_bytes() == again.read_bytes()
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Valikhanov Square" in texts
    assert {"C3-E1", "C3-E2", "C3-E3", "C3-E4", "N"} <= set(texts)   # badges: exhibit labels
    assert root.get("width") == "1200"


def test_svg_keeps_hostile_text_as_text(demo_maps, tmp_path):
    data = demo_maps[3]
    name = '<script>alert(1)</script> & "quotes"'
    claim = replace(data.claim,
                    venue=VenueFact(replace(data.claim.venue.venue, name_en=name)),
                    claim=replace(data.claim.claim, document_number="</text><svg onload=alert(1)>"))
    path = static.render_claim_map(claim, data.photos, tmp_path / "map.svg")
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    assert not list(root.iter("script")) and not list(root.iter("{http://www.w3.org/2000/svg}script"))
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert name in texts


def test_cyrillic_text_is_set_in_a_font_that_has_it():
    font = static_fonts.font_for("3Ж-123", 16)
    # The font ships with Skver (resources/fonts): without it the installation is broken.
    assert isinstance(font, ImageFont.FreeTypeFont)
    assert font.getname()[0] == "DejaVu Sans"
    shipped = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"
    assert Path(str(font.path)).resolve() == shipped
    assert static_fonts.font_for("DEMO-2022/088", 16).getname()[0] == "Aileron"


def test_without_its_font_cyrillic_text_falls_back_to_the_bundled_one_and_says_so(
        monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(static_fonts.resources, "files", lambda _pkg: tmp_path)
    static_fonts._dejavu.cache_clear()
    try:
        assert static_fonts.dejavu_file() is None
        assert static_fonts.font_for("3Ж-123", 16).getname()[0] == "Aileron"
    finally:
        static_fonts._dejavu.cache_clear()
    assert "DejaVuSans.ttf" in caplog.text and "3Ж-123" in caplog.text


def test_a_case_renders_every_claim_with_progress_and_stops_when_cancelled(tmp_path):
    root = demo.build(tmp_path / "demo")
    seen = []
    with Case.open(root) as case:
        paths = static.render_case_maps(case, tmp_path / "maps", progress=lambda d, t:
                                        seen.append((d, t)))
        assert [p.name for p in paths] == [f"claim-{n}.png" for n in (1, 2, 3, 4)]
        assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
        assert static.render_case_maps(case, tmp_path / "none", cancelled=lambda: True) == []
        with pytest.raises(KnownError, match="no claim 99"):
            static.render_case_claim_map(case, 99, tmp_path / "x.png")


@pytest.mark.parametrize(("name", "size", "message"), [
    ("map.jpg", (1200, 900), ".png or .svg"),
    ("map.png", (200, 100), "too small"),
])
def test_unusable_requests_are_known_errors(demo_maps, tmp_path, name, size, message):
    data = demo_maps[2]
    with pytest.raises(KnownError, match=message):
        static.render_claim_map(data.claim, data.photos, tmp_path / name, size=size)
    assert not (tmp_path / name).exists()


def test_the_verdict_line_names_the_verdict_in_the_reports_words(demo_maps, tmp_path):
    # The `map` command's static map said 'Verdict: contradicted', the code, not the words the
    # report and the window name the verdict by.
    from reports import strings

    en = strings.table("en")
    for claim_id, data in demo_maps.items():
        path = static.render_claim_map(data.claim, data.photos, tmp_path / f"{claim_id}.svg")
        root = ET.fromstring(path.read_text(encoding="utf-8"))
        texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
        line = next(t for t in texts if t.startswith("Verdict: "))
        assert line == "Verdict: " + en[f"verdict.{data.claim.verdict.value}"], claim_id
