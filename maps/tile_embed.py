"""An MBTiles background carried inside the exported map page, as data URIs keyed "z/x/y".

Only the tiles over the map's extent are taken, zoom level by zoom level from the file's
shallowest, and a level is left out (with every deeper one) once the page would hold more than
`MAX_TILES` tiles or `MAX_BYTES` of images: the page stays one file of bounded size, and the
legend says how deep it goes. Leaflet enlarges the deepest level embedded beyond it.
The tiles are read with maps/tiles.py's MBTiles reader (y counted from the north there).
"""

from __future__ import annotations

import base64
import math
import sqlite3
from dataclasses import dataclass, field

from evidence.errors import KnownError
from maps.projection import mercator_px, metres_per_degree
from maps.tiles import TileSource

MAX_TILES = 2000
MAX_BYTES = 20 * 1024 * 1024
DEEPEST = 18           # never deeper than this: street level, and the page's own fit zoom
MARGIN_M = 300.0       # at least this much ground around the venues and photos
MARGIN_SHARE = 0.2     # or this share of the extent's span, if that is more

Bounds = list[list[float]]  # [[south, west], [north, east]]


@dataclass(frozen=True)
class Embedded:
    tiles: dict[str, str] = field(default_factory=dict)  # "z/x/y" (XYZ) -> data URI
    min_zoom: int = 0
    max_zoom: int = -1     # the deepest level embedded; -1 when none
    available_max: int = 0  # the deepest level the file holds (up to DEEPEST)
    capped: bool = False   # deeper levels were left out for size, not for want of tiles
    size: int = 0          # bytes of the encoded images

    def as_json(self, attribution: str) -> dict:
        return {"tiles": self.tiles, "min_zoom": self.min_zoom, "max_zoom": self.max_zoom,
                "attribution": attribution}


def with_margin(bounds: Bounds) -> Bounds:
    """The extent grown by MARGIN_M or MARGIN_SHARE of its span, whichever is more."""
    (south, west), (north, east) = bounds
    m_lat, m_lon = metres_per_degree((south + north) / 2)
    dlat = max(MARGIN_M / m_lat, (north - south) * MARGIN_SHARE)
    dlon = max(MARGIN_M / m_lon, (east - west) * MARGIN_SHARE)
    return [[max(south - dlat, -85.0), max(west - dlon, -180.0)],
            [min(north + dlat, 85.0), min(east + dlon, 180.0)]]


def tile_ranges(bounds: Bounds, zoom: int) -> tuple[range, range]:
    """The tile columns and rows (XYZ, y from the north) covering `bounds` at `zoom`."""
    (south, west), (north, east) = bounds
    last = (1 << zoom) - 1
    x0, y0 = mercator_px(north, west, zoom)
    x1, y1 = mercator_px(south, east, zoom)

    def clamp(v: float) -> int:
        return min(max(math.floor(v / 256), 0), last)

    return range(clamp(x0), clamp(x1) + 1), range(clamp(y0), clamp(y1) + 1)


def collect(source: TileSource, bounds: Bounds | None, *, max_tiles: int | None = None,
            max_bytes: int | None = None) -> Embedded:
    """The source's tiles over `bounds` (grown by a margin), shallow levels first, within caps."""
    max_tiles = MAX_TILES if max_tiles is None else max_tiles
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    deepest = min(source.max_zoom, DEEPEST)
    if bounds is None or source.min_zoom > deepest:
        return Embedded(min_zoom=source.min_zoom, available_max=deepest)
    area = with_margin(bounds)
    tiles: dict[str, str] = {}
    size, reached, capped = 0, -1, False
    for zoom in range(source.min_zoom, deepest + 1):
        xs, ys = tile_ranges(area, zoom)
        if len(tiles) + len(xs) * len(ys) > max_tiles:
            capped = True
            break
        found = _read(source, zoom, xs, ys)
        level = {f"{zoom}/{x}/{y}": data_uri(data) for (x, y), data in found.items()}
        level_size = sum(len(data) for data in found.values())
        if size + level_size > max_bytes:
            capped = True
            break
        tiles.update(level)
        size += level_size
        reached = zoom
    if reached < 0 and capped:
        raise KnownError(f"The MBTiles file starts at zoom {source.min_zoom}, too detailed to "
                         f"embed for a map this wide (over {max_tiles} tiles or "
                         f"{max_bytes // 2**20} MB); use a file with lower zoom levels.")
    return Embedded(tiles, source.min_zoom, reached, deepest, capped, size)


def _read(source: TileSource, zoom: int, xs: range, ys: range) -> dict[tuple[int, int], bytes]:
    try:
        return source.tiles(zoom, xs, ys)
    except sqlite3.Error as error:
        raise KnownError(f"Cannot read the tiles of zoom {zoom} from the MBTiles file: "
                         f"{error}") from error


def data_uri(data: bytes) -> str:
    """The tile as a data: URI, its type told by its first bytes (MBTiles' format is a hint)."""
    if data.startswith(b"\x89PNG"):
        mime = "image/png"
    elif data.startswith(b"\xff\xd8"):
        mime = "image/jpeg"
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        mime = "image/webp"
    else:
        mime = "application/octet-stream"  # the browser shows it as a missing tile
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
