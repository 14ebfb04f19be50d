"""Every word the interactive map page says, in the language of the table it is given.

The page (maps/interactive.py, resources/web/skver-map.js) says what it says through a string
table: the keys below, English here, and in Russian and Kazakh in the report's tables
(resources/report/strings.{ru,kk}.json; reports.strings.table merges this English into its
own, as it does the analysis's phrases). A caller passes `reports.strings.table(lang)`: the app
its interface's language, the `map` command its `--lang`, a report its own. The words the page
shares with the report (a verdict's name, an excuse, a tag, a finding, a photo's time basis and
caveats) come from the same table; a table without them (this English alone) leaves a code as
the analysis names it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evidence import phrases

Table = Mapping[str, str]

EN: dict[str, str] = {
    "mappage.title": "Skver map: {title}",
    "mappage.title_claim": "Skver map: {title} — refusal {number}",
    "mappage.refusal": "Refusal {number} of {date}",
    "mappage.window": "Window: {window}",
    "mappage.verdict": "Verdict",
    "mappage.in_window": "{photos} in its window: highlighted; the others are dimmed.",
    "mappage.venues": "Venues, by the verdicts on their refusals",
    "mappage.no_refusal": "no refusal recorded",
    "mappage.photos": "Photos",
    "mappage.dot": "a photo: click for details",
    "mappage.ring": "its GPS accuracy",
    "mappage.wedge": "the direction the camera faced",
    "mappage.video_mark": "a video, at the place it was filmed (a dark ring)",
    "mappage.video": "Video",
    "mappage.video_span": "{length} long, filmed until {end}",
    "mappage.unplaced": "Not on the map (no GPS position): {names}.",
    "mappage.italic_names": "A name in italics stands in for the venue's English name, which "
                            "the case does not record.",
    "mappage.no_tiles": "No map tiles: a plain background (offline). Export with --tiles osm "
                        "(online) or a tile folder for streets.",
    "mappage.tiles_none_over": "Background: the offline tiles hold none over this map's area "
                               "(zoom {low}–{high}); a plain background.",
    "mappage.tiles_embedded": "Background: offline tiles of zoom {low}–{high} embedded ({tiles} "
                              "tiles, {megabytes:.1f} MB); closer in, zoom {high} is enlarged.",
    "mappage.tiles_capped": "Zoom {low}–{high} left out to keep the page under {tiles:,} tiles "
                            "and {megabytes} MB.",
    "mappage.no_thumbnail": "No thumbnail (`case rebuild-derived` remakes it).",
    "mappage.taken_local": "Taken (local)",
    "mappage.taken_utc": "Taken (UTC)",
    "mappage.dated_by": "Dated by",
    "mappage.camera_clock": "Camera clock",
    "mappage.distance": "Distance",
    "mappage.accuracy": "GPS accuracy",
    "mappage.accuracy_assumed": "not recorded ({metres:.0f} m assumed)",
    "mappage.metres": "{metres:.0f} m",
    "mappage.unit_m": "m",      # the scale bar's units
    "mappage.unit_km": "km",
    "mappage.facing": "Facing",
    "mappage.camera": "Camera",
    "mappage.software": "Software",
    "mappage.this_refusal": "This refusal",
    "mappage.findings": "Findings",
    "mappage.weaker": "Weaker because",
    "mappage.observations": "Observations",
    "mappage.inside": "inside {venue}, {metres:.0f} m from its boundary",
    "mappage.outside": "{metres:.0f} m outside {venue}",
    "mappage.contradicts": "inconsistent with the stated ground: {what}",
    "mappage.supports": "bears out the stated ground: {what}",
    "mappage.position": "Position",
    "mappage.shape": "Shape",
    "mappage.point": "point, radius {metres:.0f} m",
    "mappage.outline": "outline",
    "mappage.refusals": "Refusals",
    "mappage.none_recorded": "none recorded",
}


class Words:
    """A string table as the page uses it: a key's text with its arguments filled (numbers and
    dates as the table's language writes them), or a stand-in where the table has no such key."""

    def __init__(self, table: Table | None = None) -> None:
        self.table: Table = table if table is not None else {**phrases.EN, **EN}
        self.lang = self.table.get("lang.code", "en")

    def __call__(self, key: str, **args: Any) -> str:
        return phrases.render(phrases.phrase(key, **args), self.table)

    def get(self, key: str, default: str) -> str:
        """The table's text for `key` (no arguments), else `default`."""
        return self.table.get(key, default)

    def phrase(self, said: phrases.Phrase) -> str:
        """An analysis phrase in the table's language (its English when the table lacks it)."""
        return phrases.render(said, self.table, fallback=phrases.render)

    def dates(self, text: str) -> str:
        """ISO dates in `text` as the table's language writes them."""
        return phrases.dates(text, self.lang)
