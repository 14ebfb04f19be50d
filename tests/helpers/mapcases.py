"""Cases for the map tests: the demo case, and the demo case with hostile text everywhere."""

from __future__ import annotations

import io
import math
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from evidence import claims, demo, observations, venues
from evidence.importer import import_paths
from evidence.model import Observation, Tag
from evidence.store import Case
from tests.helpers.photos import Shot, write_photo

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
TEMPLATE = "`${alert(1)}`"  # would run inside a JavaScript template literal (folium's popups)
NOTE = f"note {SCRIPT} {IMG} {TEMPLATE} & done"
VENUE_NAME = f"Square {SCRIPT}{IMG}"
EXCUSE = f"Repair works {IMG}"
FILE_NAME = f'{IMG.replace("/", "")}.jpg'  # a file name cannot hold a slash
MAKE, SOFTWARE = IMG, SCRIPT


def demo_case(folder: Path) -> Path:
    return demo.build(folder / "demo")


def hostile_case(folder: Path) -> tuple[Path, int]:
    """The demo case where a venue, an excuse, a photo (file name, EXIF) and a note are hostile.

    Returns the case and the hostile photo's id (placed at Valikhanov Square in claim 3's window).
    """
    root = demo.build(folder / "hostile")
    with Case.open(root) as case:
        square = next(v for v in venues.all_venues(case) if v.slug == "valikhanov-square")
        venues.edit(case, square.id, {"name_en": VENUE_NAME}, "tester")
        claims.edit(case, 3, {"excuse_text": EXCUSE}, "tester")
        lon, lat = square.geometry["coordinates"]
        shot = Shot(taken="2022:08:20 19:30:00", offset="+06:00", lat=lat, lon=lon,
                    accuracy=8.0, bearing=45.0, make=MAKE, software=SOFTWARE,
                    gps_time=datetime(2022, 8, 20, 13, 30, tzinfo=UTC))
        photo = write_photo(folder / FILE_NAME, shot)
        result, = import_paths(case, [str(photo)], actor="tester", workers=1)
        observations.add(case, Observation(result.photo_id, "tester", (Tag.VENUE_EMPTY,), 0,
                                           NOTE), "tester")
    return root, result.photo_id


def tile_xy(lat: float, lon: float, zoom: int) -> tuple[int, int]:
    """The XYZ tile (y from the north) holding (lat, lon): the slippy-map formula."""
    n = 2 ** zoom
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return x, y


def write_mbtiles(path: Path, bounds: list[list[float]], zooms: range, *,
                  attribution: str = "Test tiles", pad: int = 2,
                  colour: tuple[int, int, int] = (200, 230, 200)) -> Path:
    """An MBTiles file of solid-colour PNG tiles over `bounds` (and `pad` tiles around it)."""
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(buffer, "PNG")
    tile = buffer.getvalue()
    (south, west), (north, east) = bounds
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                     "tile_row INTEGER, tile_data BLOB)")
        conn.executemany("INSERT INTO metadata VALUES (?, ?)", [
            ("name", "Test city"), ("format", "png"), ("minzoom", str(zooms.start)),
            ("maxzoom", str(zooms.stop - 1)), ("attribution", attribution)])
        for z in zooms:
            x0, y0 = tile_xy(north, west, z)
            x1, y1 = tile_xy(south, east, z)
            conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", [
                (z, x, (2 ** z - 1) - y, tile)  # TMS: rows counted from the south
                for x in range(x0 - pad, x1 + pad + 1) for y in range(y0 - pad, y1 + pad + 1)])
    return path


def write_tile_folder(folder: Path, bounds: list[list[float]], zooms: range, *,
                      colour: tuple[int, int, int] = (250, 200, 40), pad: int = 1,
                      attribution: str = "Test tile folder") -> Path:
    """A tile folder laid out as {z}/{x}/{y}.png (y from the north) of solid-colour tiles over
    `bounds` (and `pad` tiles around it), with its attribution beside them."""
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(buffer, "PNG")
    tile = buffer.getvalue()
    (south, west), (north, east) = bounds
    for z in zooms:
        x0, y0 = tile_xy(north, west, z)
        x1, y1 = tile_xy(south, east, z)
        for x in range(x0 - pad, x1 + pad + 1):
            column = folder / str(z) / str(x)
            column.mkdir(parents=True, exist_ok=True)
            for y in range(y0 - pad, y1 + pad + 1):
                (column / f"{y}.png").write_bytes(tile)
    (folder / "attribution.txt").write_text(attribution, encoding="utf-8")
    return folder
