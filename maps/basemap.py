"""What the interactive map is drawn on: nothing (the default), OpenStreetMap, or local tiles.

The default needs no network and no files: Leaflet draws the venues and photos on a plain light
background with a scale bar. OpenStreetMap's tiles are fetched only when the user asks for them
(`--tiles osm`). An offline XYZ folder (`Z/X/Y.png`) is linked by a relative path from the
exported page, so the page and the folder can be moved together. An MBTiles file is opened with
maps/tiles.py's reader and the tiles over the map are embedded in the page (maps/tile_embed.py),
so the page stays one file.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from evidence.errors import KnownError
from maps.tiles import MBTiles, TileSource, XYZFolder

OSM_HOST = "tile.openstreetmap.org"
OSM_URL = f"https://{OSM_HOST}/{{z}}/{{x}}/{{y}}.png"
OSM_ATTRIBUTION = ('&copy; <a href="https://www.openstreetmap.org/copyright">'
                   "OpenStreetMap</a> contributors")
TILE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")


@dataclass(frozen=True)
class Basemap:
    kind: str                       # "none", "osm", "xyz" or "mbtiles"
    url: str = ""                   # a Leaflet URL template
    attribution: str = ""           # HTML, as Leaflet shows it: anything typed is escaped
    min_zoom: int | None = None     # the zoom levels the folder holds
    max_zoom: int | None = None
    # Tiles read here and embedded in the page (an MBTiles file, or a folder for a report).
    source: TileSource | None = field(default=None, compare=False)

    @property
    def online(self) -> bool:
        return self.kind == "osm"


NONE = Basemap("none")
OSM = Basemap("osm", OSM_URL, OSM_ATTRIBUTION, 0, 19)


def choose(spec: str | None, page_dir: Path | None = None) -> Basemap:
    """`none`, `osm`, a tile folder's or an MBTiles file's path.

    A folder's URL is relative to `page_dir` if given; an MBTiles file's tiles are embedded.
    """
    if spec in (None, "", "none"):
        return NONE
    if spec == "osm":
        return OSM
    path = Path(spec)
    if path.is_file() or path.suffix.lower() == ".mbtiles":
        return mbtiles(path)
    return xyz_folder(path, page_dir)


def mbtiles(path: Path) -> Basemap:
    """An MBTiles file of raster tiles; a KnownError if it is missing or not MBTiles."""
    if not path.is_file():
        raise KnownError(f"{path}: no such MBTiles file.")
    source = MBTiles(path)
    return Basemap("mbtiles", "", html.escape(source.attribution), source.min_zoom,
                   source.max_zoom, source)


def xyz_folder(folder: Path, page_dir: Path | None = None) -> Basemap:
    """An offline tile folder laid out as Z/X/Y.<png|jpg|webp>."""
    if not folder.is_dir():
        raise KnownError(f"{folder} is not a folder of map tiles; --tiles takes `none`, `osm`, "
                         "a folder laid out as Z/X/Y.png or an .mbtiles file.")
    zooms = sorted(int(p.name) for p in folder.iterdir() if p.is_dir() and p.name.isdigit())
    suffix = _tile_suffix(folder, zooms)
    if suffix is None:
        raise KnownError(f"{folder} holds no map tiles (expected Z/X/Y.png, .jpg or .webp).")
    folder = folder.resolve()
    if page_dir is not None:
        base = quote(Path(os.path.relpath(folder, page_dir.resolve())).as_posix())
    else:
        base = folder.as_uri()
    return Basemap("xyz", f"{base}/{{z}}/{{x}}/{{y}}{suffix}",
                   f"Offline tiles: {html.escape(folder.name)}", zooms[0], zooms[-1])


def embedded_folder(folder: Path) -> Basemap:
    """A tile folder whose tiles over the map are carried in the page (as an MBTiles file's
    are), for a page that may fetch nothing: the HTML report's."""
    source = XYZFolder(folder)
    return Basemap("xyz", "", html.escape(source.attribution), source.min_zoom, source.max_zoom,
                   source)


def _tile_suffix(folder: Path, zooms: list[int]) -> str | None:
    for z in zooms:
        for column in (folder / str(z)).iterdir():
            if column.is_dir():
                for tile in column.iterdir():
                    if tile.suffix.lower() in TILE_SUFFIXES:
                        return tile.suffix.lower()
    return None
