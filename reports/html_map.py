"""The interactive map of each refusal, for the HTML report: the map page of maps/interactive.py.

Each refusal's map is the same page the `map` command exports (Leaflet inlined, the data as
escaped JSON, every string drawn as text), showing that refusal's venue and the photos that are
its exhibits. The report carries it in an `<iframe srcdoc>`, so the page runs apart from the
report's own markup. A srcdoc frame inherits the report's Content-Security-Policy, which allows
only the scripts whose SHA-256 it lists: the map pages' own, hashed here as they are rendered.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

from evidence import store
from evidence.analysis import Analysis
from evidence.errors import KnownError
from evidence.store import Case
from maps import basemap, interactive, mapdata
from maps.basemap import Basemap
from maps.static import Tiles
from maps.tiles import MBTiles, XYZFolder
from reports.content import ClaimSection, Report

CANCELLED = "The report was cancelled; nothing was written."


@dataclass(frozen=True)
class MapPage:
    html: str                      # the page, to be escaped into a srcdoc attribute
    script_hashes: frozenset[str]  # CSP sources ('sha256-...') for every inline script


class _Scripts(HTMLParser):
    """Collects the text of every <script> element, as a browser would run it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "script":
            self._inside = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.scripts[-1] += data


def script_hashes(page: str) -> frozenset[str]:
    """The CSP hash source of each inline script in `page`."""
    parser = _Scripts()
    parser.feed(page)
    parser.close()
    return frozenset(csp_hash(s) for s in parser.scripts)


def csp_hash(script: str) -> str:
    # A browser hashes the script's text after its parser turned CR LF and CR into LF.
    text = script.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def interactive_basemap(tiles: Tiles | Basemap) -> Basemap:
    """The background an offline report can carry: the tiles of an MBTiles file or a tile
    folder over each map, embedded in its page; else none.

    OpenStreetMap would be fetched when the report is opened, which its Content-Security-Policy
    forbids, so it gives the plain background (the static maps may still draw its tiles, fetched
    once when the report is written, if the app's user allowed it).
    """
    if isinstance(tiles, Basemap):
        if tiles.source is not None:
            return tiles
        return basemap.NONE
    if isinstance(tiles, MBTiles | XYZFolder):
        return Basemap("mbtiles" if isinstance(tiles, MBTiles) else "xyz", "",
                       html.escape(tiles.attribution), tiles.min_zoom, tiles.max_zoom, tiles)
    if isinstance(tiles, str | Path):
        path = Path(tiles)
        if path.suffix.lower() == ".mbtiles":
            return basemap.mbtiles(path)
        if path.is_dir():
            return basemap.embedded_folder(path)
    return basemap.NONE


def claim_pages(report: Report, tiles: Tiles | Basemap = None,
                cancelled: Callable[[], bool] | None = None) -> dict[int, MapPage]:
    """The map page of each of the report's refusals, by claim id."""
    background = interactive_basemap(tiles)
    with Case.open(Path(report.case_root)) as case:
        case_data = store.read(case)
    # The venues' colours come from every refusal of the case; the pages draw only the
    # report's exhibits, so only those are made ready to draw (their thumbnails read).
    analysis = Analysis(case_data)
    shown = {e.photo_id for section in report.claims for e in section.exhibits}
    data = mapdata.load(replace(case_data, photos=tuple(p for p in case_data.photos
                                                         if p.id in shown)),
                        analysis.result(), analysis.facts, cancelled=cancelled)
    if data is None:
        raise KnownError(CANCELLED)
    return {section.claim_id: _page(data, section, background, report)
            for section in report.claims}


def _page(data: mapdata.CaseMap, section: ClaimSection, background: Basemap,
          report: Report) -> MapPage:
    # Only the refusal's exhibits: every photo of the case in every refusal's map would
    # repeat each thumbnail once per refusal. Its words in the report's language.
    wanted = {e.photo_id for e in section.exhibits}
    own = replace(data, photos=[p for p in data.photos if p["id"] in wanted])
    page = interactive.build_map(own, claim_id=section.claim_id, tiles=background, inline=True,
                                 table=report.table)
    return MapPage(page, script_hashes(page))


def all_hashes(pages: Iterable[MapPage]) -> list[str]:
    return sorted(set().union(*(p.script_hashes for p in pages)))
