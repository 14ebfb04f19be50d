"""Every word a static claim map draws, in one language.

The map itself knows no language: `MapWords` holds its header, legend, units and north letter as
templates, English by default (the `map` command's maps). A report passes its own language's
(reports/images.py builds them from the report's string table) together with the names the
report uses for this refusal: the venue's name in that language, the verdict's and the excuse's
words. So a Russian or Kazakh report's map says nothing in English, and says it in the words
the report's text uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from evidence.model import Category
from evidence.results import Outcome, Verdict
from evidence.timing import format_offset, zone

# The verdicts and how a photo bears on the refusal in the report's words (its `verdict.*` and
# `reading.*`, a test holds them equal); a report's map says them in its language.
VERDICT_WORDS: Mapping[Verdict, str] = {
    Verdict.CONTRADICTED: "Photos inconsistent with the stated ground",
    Verdict.SUPPORTED: "Photos bear out the stated ground",
    Verdict.MIXED: "Photos point both ways",
    Verdict.UNVERIFIED: "Cannot be established from the photos",
}
# How a photo bears on the refusal, in the report's words (its `reading.*`, a test holds them
# equal); a report's map says them in its language through `map.reading`.
READING_WORDS: Mapping[Outcome, str] = {
    Outcome.CONTRADICTS: "Photo: inconsistent with the stated ground",
    Outcome.SUPPORTS: "Photo: bears out the stated ground",
    Outcome.BOTH: "Photo: both inconsistent with and bearing out the stated ground",
    Outcome.NEITHER: "Photo: does not bear on the stated ground",
}


@dataclass(frozen=True)
class MapWords:
    """Templates in `str.format` style; the fields named in each are the ones it is given."""

    venue_name: str | None = None      # None: the venue's name as the case keeps it
    verdict: str | None = None         # None: the verdict's name in `verdicts`
    excuse: str | None = None          # None: the excuse's name in `excuses`
    claim: str = "Refusal {label}"
    window_day: str = "claimed unavailable {day} {start}\u2013{end} {zone}"
    window_span: str = "claimed unavailable {start} to {end}"
    verdict_line: str = "Verdict: {verdict}"
    excuse_line: str = "excuse: {excuse}"
    one_exhibit: str = "exhibit {first}"
    exhibits: str = "exhibits {first} to {last}"
    unplaced: str = "{n} without a position"
    no_photo: str = "no photo from the venue in the window"
    north: str = "N"
    venue_point: str = "Venue: {radius} around its designated point"
    venue_boundary: str = "Venue boundary"
    verdicts: Mapping[Verdict, str] = field(default_factory=lambda: dict(VERDICT_WORDS))
    excuses: Mapping[Category, str] = field(default_factory=lambda: {
        c: c.value.replace("_", " ") for c in Category})
    readings: Mapping[Outcome, str] = field(default_factory=lambda: dict(READING_WORDS))
    hollow: str = "Hollow: at the venue only within GPS or time doubt"
    video: str = "Dark ring: a video, where it was filmed"
    accuracy: str = "GPS accuracy"
    accuracy_assumed: str = "GPS accuracy ({metres} where not recorded)"
    cone: str = "Camera direction"
    badge: str = "{first}: the exhibit's label in this report"   # 'C3-E1 \u2026' or 'C2-E1'
    no_tiles: str = "No map tiles: grid of {size} squares"
    metres: str = "{n} m"
    kilometres: str = "{n} km"
    decimal: str = "."
    date: str = "%Y-%m-%d"             # strftime pattern of a day

    def distance(self, metres: float) -> str:
        """'500 m', '2 km'; in Russian and Kazakh '500 м', '0,5 км'."""
        value, shape = (metres / 1000, self.kilometres) if metres >= 1000 else \
            (metres, self.metres)
        return shape.format(n=f"{value:g}".replace(".", self.decimal))

    def moment(self, at: datetime, zone_name: str) -> tuple[str, str, str]:
        """(day, 'HH:MM', 'UTC+hh:mm') of an instant in the zone a claim was stated in."""
        local = at.astimezone(zone(zone_name))
        return (local.strftime(self.date), local.strftime("%H:%M"),
                f"UTC{format_offset(local.utcoffset())}")


ENGLISH = MapWords()


def in_language(table: Mapping[str, str]) -> MapWords:
    """Every word of a static map from a report's string table (`reports.strings.table(lang)`):
    a report's maps and the `map --lang` command's say the same. The refusal's own names (its
    venue's, verdict's, excuse's) are its templates' fields; a report sets them as it names
    them."""
    def heading(key: str) -> str:   # a heading of the report's, before a template's field
        return table[key].replace("{", "{{").replace("}", "}}")

    return MapWords(
        claim=table["map.claim"], window_day=table["map.window_day"],
        window_span=table["map.window_span"],
        verdict_line=f"{heading('claim.verdict')}: {{verdict}}",
        excuse_line=f"{heading('claim.category')}: {{excuse}}",
        one_exhibit=table["map.one_exhibit"], exhibits=table["map.exhibits"],
        unplaced=table["map.unplaced"], no_photo=table["map.no_photo"],
        north=table["map.north"], venue_point=table["map.venue_point"],
        venue_boundary=table["map.venue_boundary"],
        verdicts={v: table[f"verdict.{v.value}"] for v in Verdict},
        excuses={c: table[f"excuse.{c.value}"] for c in Category},
        readings={o: table["map.reading"].format(reading=table[f"reading.{o.value}"])
                  for o in Outcome},
        hollow=table["map.hollow"], video=table["map.video"], accuracy=table["map.accuracy"],
        accuracy_assumed=table["map.accuracy_assumed"], cone=table["map.cone"],
        badge=table["map.badge"], no_tiles=table["map.no_tiles"],
        metres=table["unit.metres"], kilometres=table["map.kilometres"],
        decimal=table["map.decimal"], date=table["map.date"])
