"""The interactive map: one HTML page (folium + Leaflet) that needs no network and no CDN.

folium builds the page (map, tile layer, scale bar), with its default CDN links replaced by the
Leaflet and markercluster files that `make setup` installed (maps/assets.py): inlined into the
page for an exported file, or linked as file:// URLs for the app's own view.

The venues and photos are not folium features: folium's Popup pastes its HTML into a JavaScript
template literal (where `${...}` in a user's note would run) and needs jQuery. Instead the data
goes into the page once as JSON (page_data.script_json) and resources/web/skver-map.js draws it,
putting every string into the page with textContent, never as markup. The legend is rendered by
an autoescaping Jinja template. So a venue name, an excuse or a note shows as the text it is.

An MBTiles background (or a tile folder given as a source, as a report's pages get it) goes into
the same JSON: the tiles over the case, as data URIs keyed "z/x/y" (maps/tile_embed.py), drawn
by the page script's own tile layer, so the page fetches nothing.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, Figure, MacroElement
from jinja2 import Environment

from evidence import store
from evidence.phrases import phrase
from evidence.results import ClaimResult
from evidence.store import Case
from evidence.tempfiles import replacing
from maps import assets, tile_embed
from maps.basemap import NONE, Basemap
from maps.mapdata import STATUSES, Cancelled, CaseMap, Progress, load
from maps.page_data import (
    CLUSTER_FROM,
    COLOURS,
    case_extent,
    find_claim,
    page_data,
    script_json,
    status_name,
)
from maps.page_words import Table, Words

MAX_ZOOM = 20
# Qt WebEngine serves QWebChannel's client from its resources; only the app's own view has it.
QWEBCHANNEL_JS = "qrc:///qtwebchannel/qwebchannel.js"
_LEGEND = Environment(autoescape=True).from_string("""
<details class="skver-legend" open>
  <summary>{{ title }}</summary>
  {% if claim %}
  <div class="skver-claim">
    <div><b>{{ claim.heading }}</b></div>
    <div>{{ claim.venue_name }} · {{ claim.category }}</div>
    <div class="skver-excuse">“{{ claim.excuse_text }}”</div>
    <div>{{ claim.window_line }}</div>
    <div>{{ words.verdict }}:
      <span class="skver-swatch" style="background: {{ claim.colour }}"></span>
      <b>{{ claim.verdict }}</b></div>
    <div>{{ claim.in_window }}</div>
  </div>
  {% endif %}
  <div class="skver-heading">{{ words.venues }}</div>
  {% for status, colour, count in statuses %}
  <div><span class="skver-swatch" style="background: {{ colour }}"></span>{{ status }}
    ({{ count }})</div>
  {% endfor %}
  <div class="skver-heading">{{ words.photos }}</div>
  <div><span class="skver-dot"></span>{{ words.dot }}</div>
  {% if videos %}
  <div><span class="skver-video"></span>{{ words.video_mark }}</div>
  {% endif %}
  <div><span class="skver-ring"></span>{{ words.ring }}</div>
  <div><span class="skver-wedge"></span>{{ words.wedge }}</div>
  {% if unplaced %}
  <div class="skver-note">{{ unplaced }}</div>
  {% endif %}
  {% if italic_names %}
  <div class="skver-note"><i>{{ italic_names }}</i></div>
  {% endif %}
  {% if tiles_note %}
  <div class="skver-note">{{ tiles_note }}</div>
  {% endif %}
  {% if not tiles %}
  <div class="skver-note skver-no-tiles">{{ no_tiles }}</div>
  {% endif %}
</details>
""")


class _Raw(Element):
    """Text put into the page as it is.

    branca compiles the text of an Element (and a MacroElement's macro output) as a Jinja
    template, so a venue name or an excuse holding `{{ ... }}` would run as template code
    when the page is rendered; these elements are never compiled.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class _Draw(MacroElement):
    """Calls the page script with the map and its data, after folium has made the map."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__()
        self._name = "SkverDraw"
        self.data_json = script_json(data)

    # branca declares Element.render -> str, but MacroElement.render returns nothing (its
    # output goes into the figure), as this one does.
    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        assert self._parent is not None  # added to the map
        figure = self.get_root()
        assert isinstance(figure, Figure)
        call = f"skverDraw({self._parent.get_name()}, {self.data_json});"
        figure.script.add_child(_Raw(call), name=self.get_name())


class _Legend(MacroElement):
    def __init__(self, legend_html: str) -> None:
        super().__init__()
        self._name = "SkverLegend"
        self.legend_html = legend_html

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]  # as _Draw.render
        figure = self.get_root()
        assert isinstance(figure, Figure)
        figure.html.add_child(_Raw(self.legend_html), name=self.get_name())


def build_map(data: CaseMap, *, claim_id: int | None = None, tiles: Basemap = NONE,
              inline: bool = True, cluster_from: int = CLUSTER_FROM,
              bridge: bool = False, table: Table | None = None,
              no_tiles: str | None = None) -> str:
    """The map page as HTML: the whole case, or one claim's venue with its photos highlighted.

    `inline` puts Leaflet into the page (a file that opens anywhere); otherwise it is linked
    from resources/web/vendor/ by file:// URL. Only `tiles=OSM` ever reaches the network.
    `bridge` loads QWebChannel's client so the page can talk to the app (gui/map_view.py); a
    page without it (an export, a report) never looks for the app. `table` is the string table
    of the page's language (reports.strings.table; English when None); `no_tiles` what the
    legend says when there is no background (by default, how to export with one).
    """
    words = Words(table)
    claim = find_claim(data, claim_id)
    content = page_data(data, claim, cluster_from, words)
    figure = folium.Figure(title=html.escape(_title(data, claim, words)))
    # The scale bar is the page script's (skver-map.js): metric, in the page's words.
    fmap = folium.Map(location=_centre(content), zoom_start=15, tiles=None,
                      control_scale=False)
    fmap.options["max_zoom"] = MAX_ZOOM  # Leaflet cannot fit bounds without it when untiled
    if inline:
        fmap.default_js, fmap.default_css = [], []
        for name, element in assets.inline_head():
            figure.header.add_child(_Raw(element), name=name)
    else:
        fmap.default_js, fmap.default_css = assets.linked_head()
    if bridge:
        figure.header.add_child(_Raw(f'<script src="{QWEBCHANNEL_JS}"></script>'),
                                name="qwebchannel")
    figure.add_child(fmap)
    embedded = None
    if tiles.source is not None:  # an MBTiles file or a folder read here: carried in the page
        embedded = tile_embed.collect(tiles.source, case_extent(data))
        content["basemap"] = embedded.as_json(tiles.attribution)
    elif tiles.kind != "none":
        folium.TileLayer(tiles=tiles.url, attr=tiles.attribution, name=tiles.kind,
                         min_native_zoom=tiles.min_zoom, max_native_zoom=tiles.max_zoom,
                         max_zoom=MAX_ZOOM).add_to(fmap)
    fmap.add_child(_Legend(_legend(data, content, tiles, embedded, words, no_tiles)))
    fmap.add_child(_Draw(content))
    _steady_ids(figure)
    return figure.render()


def _steady_ids(root: Element) -> None:
    """Numbers the page's elements in order instead of branca's random ids (which name the
    map's div and variables), so the same map is the same page, byte for byte."""
    pending, n = [root], 0
    while pending:
        element = pending.pop(0)
        element._id = f"{n:032x}"
        n += 1
        pending.extend(element._children.values())


def export(case: Case | Path, out: Path, *, claim_id: int | None = None,
           tiles: Basemap = NONE, progress: Progress | None = None,
           cancelled: Cancelled | None = None, table: Table | None = None) -> Path | None:
    """Writes a self-contained map page for a case (open, or its folder's path), its words
    from `table` (English when None); None if cancelled before it was written. The page is
    written whole or not at all (a full disk leaves nothing behind)."""
    if isinstance(case, Case):
        data = load(store.read(case), progress=progress, cancelled=cancelled)
    else:
        with Case.open(case) as opened:
            data = load(store.read(opened), progress=progress, cancelled=cancelled)
    if data is None:
        return None
    page = build_map(data, claim_id=claim_id, tiles=tiles, inline=True, table=table)
    with replacing(out) as temp:
        temp.write_text(page, encoding="utf-8")
    return out


def _title(data: CaseMap, claim: ClaimResult | None, words: Words) -> str:
    if claim is None:
        return words("mappage.title", title=data.title)
    return words("mappage.title_claim", title=data.title, number=claim.claim.document_number)


def _centre(content: dict[str, Any]) -> list[float]:
    focus = content["focus"]
    if focus is None:
        return [0.0, 0.0]
    (south, west), (north, east) = focus
    return [(south + north) / 2, (west + east) / 2]


def _legend(data: CaseMap, content: dict[str, Any], tiles: Basemap,
            embedded: tile_embed.Embedded | None, words: Words, no_tiles: str | None) -> str:
    counts = {s: 0 for s in STATUSES}
    for venue in content["venues"]:
        counts[venue["status"]] += 1
    unplaced = [p["name"] or words("ref.photo", id=p["id"]) for p in data.photos
                if p["lat"] is None]
    claim = content["claim"]
    if claim is not None:
        claim = {**claim,
                 "heading": words("mappage.refusal", number=claim["document_number"],
                                  date=claim["document_date"]),
                 "window_line": words("mappage.window", window=claim["window"]),
                 "in_window": words("mappage.in_window", photos=_counts(
                     claim["photos"] - claim["videos"], claim["videos"], words))}
    labels = {key: words(f"mappage.{key}") for key in ("verdict", "venues", "photos", "dot",
                                                        "ring", "wedge", "video_mark")}
    return _LEGEND.render(
        title=data.title, claim=claim, words=labels,
        videos=any(f.is_video and f.placed for f in data.facts.values()),
        unplaced=words("mappage.unplaced", names=", ".join(unplaced)) if unplaced else "",
        italic_names=words("mappage.italic_names")
        if any(v["stand_in"] for v in content["venues"]) else "",
        statuses=[(status_name(s, words), COLOURS[s], counts[s]) for s in STATUSES],
        tiles=tiles.kind != "none",
        tiles_note=_tiles_note(embedded, words) if embedded else "",
        no_tiles=no_tiles if no_tiles is not None else words("mappage.no_tiles"))


def _counts(photos: int, videos: int, words: Words) -> str:
    """'4 photos', '4 photos, 1 video' or '1 video' (a video never counted as a photo), in the
    page's language."""
    counts = [words.phrase(phrase("count.photos", n=photos))] if photos or not videos else []
    if videos:
        counts.append(words.phrase(phrase("count.videos", n=videos)))
    return ", ".join(counts)


def _tiles_note(embedded: tile_embed.Embedded, words: Words) -> str:
    """How much of the embedded background the page carries."""
    if not embedded.tiles:
        return words("mappage.tiles_none_over", low=_z(embedded.min_zoom),
                     high=_z(embedded.available_max))
    note = words("mappage.tiles_embedded", low=_z(embedded.min_zoom),
                 high=_z(embedded.max_zoom), tiles=len(embedded.tiles),
                 megabytes=embedded.size / 2**20)
    if embedded.capped:
        note += " " + words("mappage.tiles_capped", low=_z(embedded.max_zoom + 1),
                            high=_z(embedded.available_max), tiles=tile_embed.MAX_TILES,
                            megabytes=tile_embed.MAX_BYTES // 2**20)
    return note


def _z(level: int) -> str:
    """A zoom level as a plain figure (never '1 000'-style grouping)."""
    return str(level)
