"""OpenStreetMap's tiles fetched over the internet, under a report's static maps: the one place a
static map goes online, and only when a person asked for it.

Nothing in the command line builds one (`open_tiles` refuses a URL); the app does, for a report
exported while its Map tab's online switch is on (gui/map/background.py), the switch that says
what going online reveals: openstreetmap.org learns the area of each map and the computer's IP
address. The tiles are fetched once per export, kept in memory only, each map's few at a time,
within a cap (OpenStreetMap's tile policy forbids bulk downloads); a failure stops the export
with a message, rather than give a report without the background the person chose.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable

from evidence.buildinfo import version
from evidence.errors import KnownError
from maps.tiles import Key

OSM_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
# A report of many refusals needs a few tiles per map; more than this is not a report's use.
MAX_TILES = 1500
TIMEOUT_S = 15.0

Fetch = Callable[[str], bytes]


class OnlineTiles:
    """A tile source (maps.tiles.TileSource) that asks a tile server for each tile once."""

    def __init__(self, template: str = OSM_TEMPLATE, attribution: str = OSM_ATTRIBUTION,
                 *, max_zoom: int = 19, max_tiles: int = MAX_TILES,
                 fetch: Fetch | None = None) -> None:
        self.template = template
        self.attribution = attribution
        self.min_zoom, self.max_zoom = 0, max_zoom
        self.max_tiles = max_tiles
        self.fetch = fetch or _fetch
        self.cache: dict[tuple[int, int, int], bytes | None] = {}

    def tiles(self, zoom: int, xs: range, ys: range) -> dict[Key, bytes]:
        found: dict[Key, bytes] = {}
        for x in xs:
            for y in ys:
                key = (zoom, x, y)
                if key not in self.cache:
                    if len(self.cache) >= self.max_tiles:
                        raise KnownError(
                            f"The maps would need more than {self.max_tiles} OpenStreetMap "
                            "tiles; export fewer refusals at a time, or with the online map "
                            "switched off.")
                    self.cache[key] = self._get(zoom, x, y)
                data = self.cache[key]
                if data is not None:
                    found[x, y] = data
        return found

    def _get(self, zoom: int, x: int, y: int) -> bytes | None:
        if not (0 <= x < 1 << zoom and 0 <= y < 1 << zoom):
            return None
        url = self.template.format(z=zoom, x=x, y=y)
        try:
            return self.fetch(url)
        except urllib.error.HTTPError as error:
            if error.code == 404:   # the server has no tile there: drawn as plain paper
                return None
            raise _failed(url, f"the server answered {error.code} {error.reason}") from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise _failed(url, str(reason)) from None


def _fetch(url: str) -> bytes:
    # OpenStreetMap's tile policy asks every client to name itself.
    request = urllib.request.Request(url, headers={"User-Agent": f"Skver/{version()}"})
    with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
        data: bytes = response.read()
    return data


def _failed(url: str, why: str) -> KnownError:
    host = url.split("/")[2] if "//" in url else url
    return KnownError(f"The online map's tiles could not be fetched from {host} ({why}). "
                      "Nothing was written; export again when the computer is online, or "
                      "switch the online map off in the Map tab for a plain background.")
