"""Offline tiles under the static map: XYZ folders and MBTiles files, placed where they belong."""

from __future__ import annotations

import io
import json
import math
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from evidence import analysis
from evidence.errors import KnownError
from evidence.store import Case
from maps import static, tiles
from maps.projection import mercator_px
from maps.static_scene import MUTED, PAPER

ZOOM = 17
ATTRIBUTION = '<a href="https://example.org/copyright">&copy; Tile makers</a> & friends'


@pytest.fixture(scope="module")
def valikhanov(demo_source: Path) -> static.ClaimMapData:
    """Claim 3 of the demo case: Valikhanov Square, four photos."""
    with Case.open(demo_source) as case:
        return static.claim_map_data(case, 3, analysis.analyze_case(case))


def colour_of(x: int, y: int) -> tuple[int, int, int]:
    """Every tile a different solid colour, so a misplaced tile shows."""
    return (40 + (x % 5) * 40, 40 + (y % 5) * 40, 200)


def png(colour: tuple[int, int, int], side: int = 256) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (side, side), colour).save(buffer, "PNG")
    return buffer.getvalue()


def tiles_around(plan: static.MapPlan, zoom: int) -> list[tuple[int, int]]:
    """The tiles (x, y) at `zoom` under the whole map, and one more all round."""
    corners = [mercator_px(*plan.projection.to_latlon(x, y), zoom)
               for x in (0, plan.size[0]) for y in (0, plan.size[1])]
    xs, ys = ([int(c[axis] // 256) for c in corners] for axis in (0, 1))
    return [(x, y) for x in range(min(xs) - 1, max(xs) + 2)
            for y in range(min(ys) - 1, max(ys) + 2)]


def xyz_folder(root: Path, keys: list[tuple[int, int]], zoom: int = ZOOM,
               attribution: str | None = ATTRIBUTION) -> Path:
    for x, y in keys:
        (root / str(zoom) / str(x)).mkdir(parents=True, exist_ok=True)
        (root / str(zoom) / str(x) / f"{y}.png").write_bytes(png(colour_of(x, y)))
    if attribution is not None:
        (root / "metadata.json").write_text(json.dumps({"attribution": attribution}))
    return root


def mbtiles(path: Path, keys: list[tuple[int, int]], zoom: int = ZOOM,
            fmt: str = "png") -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                     "tile_row INTEGER, tile_data BLOB)")
        conn.executemany("INSERT INTO metadata VALUES (?, ?)",
                         [("name", "test"), ("format", fmt), ("attribution", ATTRIBUTION),
                          ("minzoom", str(zoom)), ("maxzoom", str(zoom))])
        flip = (1 << zoom) - 1  # MBTiles counts rows from the south (TMS)
        conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                         [(zoom, x, flip - y, png(colour_of(x, y))) for x, y in keys])
    conn.close()
    return path


def expected_at(plan: static.MapPlan, x: int, y: int, zoom: int = ZOOM) -> tuple[int, ...]:
    mx, my = mercator_px(*plan.projection.to_latlon(x + 0.5, y + 0.5), zoom)
    assert 3 < mx % 256 < 253 and 3 < my % 256 < 253, "too near a tile's edge to test"
    return colour_of(int(mx // 256), int(my // 256))


# Left and right of the venue, between header and footer: only the background shows there.
SAMPLES = [(40, 200), (40, 700), (1160, 200), (1160, 700), (150, 450), (1050, 450)]


def render(data: static.ClaimMapData, path: Path, source) -> tuple[Image.Image, static.MapPlan]:
    static.render_claim_map(data.claim, data.photos, path, tiles=source)
    plan = static.plan_claim_map(data.claim, data.photos)
    with Image.open(path) as image:
        return image.convert("RGB"), plan


def check_background(image: Image.Image, plan: static.MapPlan, zoom: int = ZOOM) -> None:
    seen = set()
    for x, y in SAMPLES:
        try:
            want = expected_at(plan, x, y, zoom)
        except AssertionError:
            continue
        assert image.getpixel((x, y)) == want, (x, y)
        seen.add(want)
    assert len(seen) >= 2  # the samples fall on more than one tile


def check_tile_edges(image: Image.Image, plan: static.MapPlan, zoom: int = ZOOM) -> None:
    """Where two tiles meet on the map, the colour changes where the tiles' edge projects to,
    within a third of a pixel (pixel v spans v to v + 1)."""
    x0, y0, x1, y1 = plan.map_area
    top, left = round(y0) + 8, round(x0) + 8  # clear of the venue, which is fitted inside
    found = []
    for x in range(round(x0) + 12, round(x1) - 12):
        a, b = (tile_at(plan, v, top, zoom) for v in (x - 1, x))
        if a != b:
            lon = max(a[0], b[0]) / 2 ** zoom * 360 - 180
            exact = plan.projection.to_px(plan.projection.lat0, lon)[0]
            seen = crossing([image.getpixel((v, top)) for v in range(x - 8, x + 8)],
                            colour_of(*a), colour_of(*b)) + x - 8
            found.append(seen - exact)
    for y in range(round(y0) + 12, round(y1) - 12):
        a, b = (tile_at(plan, left, v, zoom) for v in (y - 1, y))
        if a != b:
            n = math.pi * (1 - 2 * max(a[1], b[1]) / 2 ** zoom)
            exact = plan.projection.to_px(math.degrees(math.atan(math.sinh(n))),
                                          plan.projection.lon0)[1]
            seen = crossing([image.getpixel((left, v)) for v in range(y - 8, y + 8)],
                            colour_of(*a), colour_of(*b)) + y - 8
            found.append(seen - exact)
    assert len(found) >= 2
    assert all(abs(error) <= 0.25 for error in found), found


def tile_at(plan: static.MapPlan, x: float, y: float, zoom: int) -> tuple[int, int]:
    """The tile under the image point (x, y), pixel centres at whole numbers."""
    mx, my = mercator_px(*plan.projection.to_latlon(x + 0.5, y + 0.5), zoom)
    return int(mx // 256), int(my // 256)


def crossing(pixels: list[tuple[int, int, int]], before: tuple[int, ...],
             after: tuple[int, ...]) -> float:
    """Where along `pixels` the colour is halfway from `before` to `after` (in pixels, between
    centres: index i + 0.5 is the boundary between pixels i and i + 1)."""
    channel = max(range(3), key=lambda c: abs(after[c] - before[c]))
    half = (before[channel] + after[channel]) / 2
    values = [p[channel] for p in pixels]
    sign = 1 if after[channel] > before[channel] else -1
    for i in range(len(values) - 1):
        if (values[i] - half) * sign <= 0 < (values[i + 1] - half) * sign:
            return i + (half - values[i]) / (values[i + 1] - values[i]) + 0.5
    raise AssertionError(f"no change from {before} to {after} in {pixels}")


def attribution_ink(image: Image.Image, plan: static.MapPlan) -> int:
    """Pixels of the attribution's grey in the footer's right half, on the scale bar's line."""
    y = round(plan.scale_bar.y)
    box = image.crop((plan.size[0] // 2, y - 10, plan.size[0] - 10, y + 10))
    return sum(1 for p in box.get_flattened_data() if all(abs(a - b) < 40 for a, b in zip(
        p, MUTED, strict=True)))


def test_xyz_folder_tiles_lie_under_the_map_where_their_coordinates_say(valikhanov, tmp_path):
    plan = static.plan_claim_map(valikhanov.claim, valikhanov.photos)
    folder = xyz_folder(tmp_path / "xyz", tiles_around(plan, ZOOM))
    image, plan = render(valikhanov, tmp_path / "map.png", folder)
    check_background(image, plan)
    check_tile_edges(image, plan)
    assert attribution_ink(image, plan) > 20


def test_512_pixel_tiles_are_placed_as_well(valikhanov, tmp_path):
    plan = static.plan_claim_map(valikhanov.claim, valikhanov.photos)
    for x, y in tiles_around(plan, ZOOM):
        (tmp_path / str(ZOOM) / str(x)).mkdir(parents=True, exist_ok=True)
        (tmp_path / str(ZOOM) / str(x) / f"{y}.png").write_bytes(png(colour_of(x, y), 512))
    image, plan = render(valikhanov, tmp_path / "map.png", tiles.XYZFolder(tmp_path))
    check_background(image, plan)
    check_tile_edges(image, plan)


def test_mbtiles_rows_are_flipped_and_the_attribution_is_drawn(valikhanov, tmp_path):
    plan = static.plan_claim_map(valikhanov.claim, valikhanov.photos)
    path = mbtiles(tmp_path / "city.mbtiles", tiles_around(plan, ZOOM))
    source = tiles.open_tiles(path)
    assert source.attribution == "© Tile makers & friends"
    image, plan = render(valikhanov, tmp_path / "map.png", source)
    check_background(image, plan)
    check_tile_edges(image, plan)
    bare = xyz_folder(tmp_path / "bare", tiles_around(plan, ZOOM), attribution=None)
    quiet = tiles.XYZFolder(bare, attribution="")
    plain, _ = render(valikhanov, tmp_path / "quiet.png", quiet)
    assert attribution_ink(image, plan) > 20
    assert attribution_ink(plain, plan) == 0


def test_tiles_deeper_than_the_source_holds_are_enlarged(valikhanov, tmp_path):
    plan = static.plan_claim_map(valikhanov.claim, valikhanov.photos)
    folder = xyz_folder(tmp_path / "xyz", tiles_around(plan, 15), zoom=15)
    image, plan = render(valikhanov, tmp_path / "map.png", folder)
    for x, y in SAMPLES:
        assert image.getpixel((x, y)) == expected_at(plan, x, y, 15)


def test_the_most_detailed_enough_zoom_is_chosen(valikhanov, tmp_path):
    plan = static.plan_claim_map(valikhanov.claim, valikhanov.photos)
    folder = tmp_path / "xyz"
    for zoom in (17, 18, 19, 20):  # the map needs about zoom 18.9: 19 is the first enough
        xyz_folder(folder, tiles_around(plan, zoom), zoom=zoom)
    image, plan = render(valikhanov, tmp_path / "map.png", folder)
    check_background(image, plan, zoom=19)


def test_where_the_source_has_no_tiles_the_map_keeps_its_paper(valikhanov, tmp_path):
    folder = xyz_folder(tmp_path / "xyz", [(0, 0)])
    image, _ = render(valikhanov, tmp_path / "map.png", folder)
    assert image.getpixel((40, 200)) == PAPER


def test_tiled_maps_are_deterministic(valikhanov, tmp_path):
    plan = static.plan_claim_map(valikhanov.claim, valikhanov.photos)
    path = mbtiles(tmp_path / "city.mbtiles", tiles_around(plan, ZOOM))
    first = static.render_claim_map(valikhanov.claim, valikhanov.photos,
                                    tmp_path / "a.png", tiles=path)
    second = static.render_claim_map(valikhanov.claim, valikhanov.photos,
                                     tmp_path / "b.png", tiles=path)
    assert first.read_bytes() == second.read_bytes()


def test_mbtiles_file_is_opened_read_only(valikhanov, tmp_path):
    plan = static.plan_claim_map(valikhanov.claim, valikhanov.photos)
    path = mbtiles(tmp_path / "city.mbtiles", tiles_around(plan, ZOOM))
    before = path.read_bytes()
    render(valikhanov, tmp_path / "map.png", path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["city.mbtiles", "map.png"]


def test_xyz_folder_in_tms_order_is_flipped(valikhanov, tmp_path):
    plan = static.plan_claim_map(valikhanov.claim, valikhanov.photos)
    flip = (1 << ZOOM) - 1
    for x, y in tiles_around(plan, ZOOM):
        (tmp_path / str(ZOOM) / str(x)).mkdir(parents=True, exist_ok=True)
        (tmp_path / str(ZOOM) / str(x) / f"{flip - y}.png").write_bytes(png(colour_of(x, y)))
    (tmp_path / "metadata.json").write_text(json.dumps({"scheme": "tms"}))
    image, plan = render(valikhanov, tmp_path / "map.png", tmp_path)
    check_background(image, plan)
    assert tiles.open_tiles(tmp_path).attribution == f"Offline tiles: {tmp_path.name}"


def test_a_source_too_detailed_for_the_map_is_refused(valikhanov, tmp_path):
    (tmp_path / "22").mkdir()
    with pytest.raises(KnownError, match="starts at zoom 22"):
        render(valikhanov, tmp_path / "map.png", tmp_path)


def test_plain_attribution_drops_markup():
    assert tiles.plain_attribution('<a href="x">&copy; OSM</a>\n contributors') == \
        "© OSM contributors"
    assert tiles.plain_attribution(None) == ""


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: "https://tile.example.org/{z}/{x}/{y}.png", "never from the network"),
    (lambda p: p / "missing", "no such tile folder"),
    (lambda p: p, "holds no tile folders"),
    (lambda p: mbtiles(p / "vector.mbtiles", [(1, 1)], fmt="pbf"), "vector tiles"),
    (lambda p: (p / "junk.mbtiles").write_bytes(b"not sqlite" * 100) and p / "junk.mbtiles",
     "not a readable MBTiles"),
])
def test_unusable_tile_sources_are_known_errors(tmp_path, make, message):
    with pytest.raises(KnownError, match=message):
        tiles.open_tiles(make(tmp_path))
