"""What a case's maps are drawn on: nothing, offline tiles (a tile folder or an MBTiles file), or
OpenStreetMap's tiles from the internet; chosen in the Map tab and kept for the case.

The same choice reaches the report: the Map tab's tiles under the report's static maps (and,
offline ones, under its HTML page's maps). OpenStreetMap is used only while its switch is on,
which is off for every case until the person turns it on for that case; while it is on it is
what the maps are drawn on, the offline choice kept for when it is switched off again.
The choice is kept in the app's settings under the case's id (gui/app/settings.py), not in the
case: a path on this computer means nothing on another, and going online is this computer's
person's decision, not the case's.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gui.app import settings
from maps import basemap
from maps.basemap import Basemap
from maps.online_tiles import OnlineTiles
from maps.static import Tiles
from maps.tiles import MBTiles, TileSource, open_tiles

# Where the app's map page finds offline tiles: served from memory by gui/map/scheme.py.
TILE_URL = "skver-map://tiles/{z}/{x}/{y}"


@dataclass(frozen=True)
class Background:
    tiles: str = ""         # a tile folder's or an MBTiles file's path; empty: none
    online: bool = False    # OpenStreetMap's tiles from the internet (wins while on)

    @property
    def kind(self) -> str:
        """What the maps are drawn on now: "osm", "mbtiles", "xyz" or "none"."""
        if self.online:
            return "osm"
        if not self.tiles:
            return "none"
        return "mbtiles" if Path(self.tiles).suffix.lower() == ".mbtiles" else "xyz"


class _Notifier(QObject):
    changed = Signal(str)   # the case (by id) whose background was chosen anew


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """Says when a case's background was chosen anew, so every map of it (the Map tab's, the
    Venues tab's) is drawn on it."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def load(case_id: str) -> Background:
    return Background(settings.map_tiles(case_id).get(), settings.map_online(case_id).get())


def save(case_id: str, chosen: Background) -> None:
    settings.map_tiles(case_id).set(chosen.tiles)
    settings.map_online(case_id).set(chosen.online)
    notifier().changed.emit(case_id)


def open_source(path: str) -> TileSource:
    """The tile folder or MBTiles file at `path`, opened (a KnownError saying what is wrong)."""
    source = open_tiles(path)
    assert source is not None
    return source


def page_basemap(chosen: Background, source: TileSource | None) -> Basemap:
    """What the app's map page draws on: OpenStreetMap's URL, or the offline tiles served by the
    page's own scheme (`source`, opened from `chosen.tiles`), or nothing."""
    if chosen.online:
        return basemap.OSM
    if source is None:
        return basemap.NONE
    return Basemap("mbtiles" if isinstance(source, MBTiles) else "xyz", TILE_URL,
                   html.escape(source.attribution), source.min_zoom, source.max_zoom)


def report_tiles(tiles: str, online: bool) -> Tiles:
    """What a report's maps are drawn on, for an export run now: OpenStreetMap's tiles fetched
    for it (only when the online switch is on), the offline tiles' path, or nothing."""
    if online:
        return OnlineTiles()
    return tiles or None


def describe(chosen: Background) -> str:
    """The offline choice by its file or folder name (for the export dialog and the bar)."""
    return Path(chosen.tiles).name if chosen.tiles else ""

