"""Offline raster map tiles under the static map: an XYZ folder or an MBTiles file, never a URL.

Both are read-only. An XYZ folder holds `{z}/{x}/{y}.png` (or .jpg/.jpeg/.webp), y counted from
the north as web maps do; its attribution comes from a `metadata.json` (as `mb-util` writes it)
or an `attribution.txt` beside the zoom folders. An MBTiles file is SQLite with a `tiles` table
whose `tile_row` counts from the south (TMS), and its attribution in the `metadata` table.
"""

from __future__ import annotations

import html
import io
import json
import logging
import math
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PIL import Image, UnidentifiedImageError

from evidence.errors import KnownError
from maps.projection import Projection, mercator_px, mercator_zoom_for

log = logging.getLogger(__name__)

TILE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".webp")
MAX_TILES = 400  # more than this for one map means the source cannot show a map this wide
Key = tuple[int, int]


class TileSource(Protocol):
    attribution: str
    min_zoom: int
    max_zoom: int

    def tiles(self, zoom: int, xs: range, ys: range) -> dict[Key, bytes]:
        """The encoded images of the tiles (x, y) held at `zoom`; y counted from the north."""
        ...


def plain_attribution(text: str | None) -> str:
    """Attribution as plain text: tile sets often give it as HTML with links."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", text or "")).split())


class XYZFolder:
    """Tiles in `{z}/{x}/{y}.png` below `root`."""

    def __init__(self, root: Path, attribution: str | None = None) -> None:
        self.root = Path(root)
        meta = self._metadata()
        zooms = sorted(int(p.name) for p in self.root.iterdir() if p.is_dir()
                       and p.name.isdigit())
        if not zooms:
            raise KnownError(f"{self.root} holds no tile folders {{z}}/{{x}}/{{y}}.png; give an "
                             "XYZ tile folder or an .mbtiles file.")
        self.min_zoom, self.max_zoom = zooms[0], zooms[-1]
        self.tms = meta.get("scheme") == "tms"
        self.attribution = plain_attribution(
            attribution if attribution is not None
            else meta.get("attribution") or f"Offline tiles: {self.root.name}")

    def _metadata(self) -> dict:
        meta_json, text = self.root / "metadata.json", self.root / "attribution.txt"
        try:
            if meta_json.is_file():
                meta = json.loads(meta_json.read_text(encoding="utf-8"))
                return meta if isinstance(meta, dict) else {}
            if text.is_file():
                return {"attribution": text.read_text(encoding="utf-8")}
        except (OSError, ValueError) as error:
            raise KnownError(f"Cannot read the tile folder's metadata in {self.root}: "
                             f"{error}") from error
        return {}

    def tiles(self, zoom: int, xs: range, ys: range) -> dict[Key, bytes]:
        found = {}
        for x in xs:
            column = self.root / str(zoom) / str(x)
            if not column.is_dir():
                continue
            for y in ys:
                row = (1 << zoom) - 1 - y if self.tms else y
                for ext in TILE_EXTENSIONS:
                    path = column / f"{row}{ext}"
                    if path.is_file():
                        found[x, y] = path.read_bytes()
                        break
        return found


class MBTiles:
    """Tiles in an MBTiles (SQLite) file, opened read-only for each batch of tiles."""

    def __init__(self, path: Path, attribution: str | None = None) -> None:
        self.path = Path(path)
        try:
            with closing(self._connect()) as conn:
                meta = dict(conn.execute("SELECT name, value FROM metadata").fetchall())
                low, high = conn.execute("SELECT MIN(zoom_level), MAX(zoom_level) "
                                         "FROM tiles").fetchone()
        except sqlite3.Error as error:
            raise KnownError(f"{self.path} is not a readable MBTiles file: {error}") from error
        if str(meta.get("format", "png")).lower() in ("pbf", "mvt"):
            raise KnownError(f"{self.path} holds vector tiles; the static map needs raster "
                             "tiles (png, jpg or webp).")
        if low is None:
            raise KnownError(f"{self.path} holds no tiles.")
        try:
            self.min_zoom = int(meta.get("minzoom", low))
            self.max_zoom = int(meta.get("maxzoom", high))
        except (TypeError, ValueError) as error:
            raise KnownError(f"{self.path}: the MBTiles metadata's minzoom/maxzoom are not "
                             f"whole numbers: {error}") from error
        self.attribution = plain_attribution(
            attribution if attribution is not None
            else meta.get("attribution") or f"Offline tiles: {meta.get('name') or self.path.stem}")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True)

    def tiles(self, zoom: int, xs: range, ys: range) -> dict[Key, bytes]:
        flip = (1 << zoom) - 1
        with closing(self._connect()) as conn:
            rows = conn.execute(
                "SELECT tile_column, tile_row, tile_data FROM tiles WHERE zoom_level = ? "
                "AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?",
                (zoom, xs.start, xs.stop - 1, flip - (ys.stop - 1), flip - ys.start)).fetchall()
        return {(int(x), flip - int(row)): bytes(data) for x, row, data in rows}


def open_tiles(source: TileSource | str | Path | None) -> TileSource | None:
    """A tile source from a folder or an .mbtiles path (or one already open, or None)."""
    if source is None or not isinstance(source, str | Path):
        return source
    text = str(source)
    if re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        raise KnownError(f"{text}: the static map reads tiles from disk only (an XYZ folder or "
                         "an .mbtiles file), never from the network.")
    path = Path(source)
    if path.is_dir():
        return XYZFolder(path)
    if path.is_file():
        return MBTiles(path)
    raise KnownError(f"{path}: no such tile folder or MBTiles file.")


@dataclass(frozen=True)
class _Mosaic:
    image: Image.Image
    zoom: int
    x0: int     # the tile column and row at the image's top left
    y0: int
    scale: float  # image pixels per 256-pixel Web Mercator pixel


def background(source: TileSource, projection: Projection, size: tuple[int, int],
               detail_m_per_px: float, fill: tuple[int, int, int]) -> Image.Image | None:
    """The tiles warped onto an image of `size` drawn in `projection`; None if none are held.

    `detail_m_per_px` is the ground detail the finished map needs: the tiles' zoom is the
    first at least that detailed, within what the source holds (enlarged beyond its deepest).
    """
    lat0 = projection.lat0
    wanted = math.ceil(mercator_zoom_for(detail_m_per_px, lat0) - 1e-9)
    zoom = min(max(wanted, source.min_zoom), source.max_zoom)
    corners = [projection.to_latlon(x, y) for x in (0, size[0]) for y in (0, size[1])]
    pixels = [mercator_px(lat, lon, zoom) for lat, lon in corners]
    xs = range(int(min(p[0] for p in pixels) // 256), int(max(p[0] for p in pixels) // 256) + 1)
    ys = range(int(min(p[1] for p in pixels) // 256), int(max(p[1] for p in pixels) // 256) + 1)
    if len(xs) * len(ys) > MAX_TILES:
        raise KnownError(f"The tile source starts at zoom {source.min_zoom}, too detailed for "
                         f"a map this wide ({len(xs) * len(ys)} tiles); use a source with "
                         "lower zoom levels.")
    mosaic = _mosaic(source.tiles(zoom, xs, ys), zoom, xs, ys, fill)
    if mosaic is None:
        return None
    return _warp(mosaic, projection, size, fill)


def _mosaic(encoded: dict[Key, bytes], zoom: int, xs: range, ys: range,
            fill: tuple[int, int, int]) -> _Mosaic | None:
    images = {}
    for key in sorted(encoded):
        try:
            with Image.open(io.BytesIO(encoded[key])) as decoded:
                images[key] = decoded.convert("RGB")
        except (UnidentifiedImageError, OSError) as error:
            log.warning("tile z=%d x=%d y=%d cannot be decoded, left blank: %s", zoom, *key,
                        error)
    if not images:
        return None
    side = next(iter(images.values())).width
    image = Image.new("RGB", (len(xs) * side, len(ys) * side), fill)
    for (x, y), tile in images.items():
        if tile.size != (side, side):
            tile = tile.resize((side, side), Image.Resampling.BILINEAR)
        image.paste(tile, ((x - xs.start) * side, (y - ys.start) * side))
    return _Mosaic(image, zoom, xs.start, ys.start, side / 256)


def _warp(mosaic: _Mosaic, projection: Projection, size: tuple[int, int],
          fill: tuple[int, int, int]) -> Image.Image:
    """Resamples the mosaic into the map's projection (affine: exact to far below a pixel
    over a map's few hundred metres)."""
    def source_px(x: float, y: float) -> tuple[float, float]:
        mx, my = mercator_px(*projection.to_latlon(x, y), mosaic.zoom)
        return ((mx - mosaic.x0 * 256) * mosaic.scale, (my - mosaic.y0 * 256) * mosaic.scale)

    cx, cy, step = size[0] / 2, size[1] / 2, 100.0
    (ex1, ey1), (ex0, ey0) = source_px(cx + step, cy), source_px(cx - step, cy)
    (nx1, ny1), (nx0, ny0) = source_px(cx, cy + step), source_px(cx, cy - step)
    a, d = (ex1 - ex0) / (2 * step), (ey1 - ey0) / (2 * step)
    b, e = (nx1 - nx0) / (2 * step), (ny1 - ny0) / (2 * step)
    image = mosaic.image
    shrink = int(max(abs(a), abs(e)))
    if shrink >= 2:  # far more tile pixels than map pixels: reduce first, or it aliases
        image = image.reduce(shrink)
        a, b, d, e = a / shrink, b / shrink, d / shrink, e / shrink
    sx, sy = source_px(cx, cy)
    sx, sy = sx / max(shrink, 1), sy / max(shrink, 1)
    c, f = sx - a * cx - b * cy, sy - d * cx - e * cy
    return image.transform(size, Image.Transform.AFFINE, (a, b, c, d, e, f),
                           resample=Image.Resampling.BILINEAR, fillcolor=fill)
