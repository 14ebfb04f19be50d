"""The pictures a report draws, made when drawn: an exhibit's image and a refusal's map.

Nothing here is kept between calls, so a report of hundreds of exhibits holds one decoded image
at a time. The originals are only read.
"""

from __future__ import annotations

from pathlib import Path

from evidence import casefiles
from evidence.pictures import Pictures
from evidence.results import Outcome
from maps.static import DEFAULT_SIZE, Tiles, claim_map_png
from maps.static_words import ENGLISH, MapWords
from reports.content import ClaimSection, Exhibit, Report

# Long side of an exhibit image: sharp at 150 dpi across a 12 cm column.
EXHIBIT_PX = 1000


def exhibit_jpeg(report: Report, exhibit: Exhibit, max_px: int = EXHIBIT_PX) -> bytes:
    """The exhibit upright (EXIF orientation applied), at most `max_px` on its long side, as
    JPEG, drawn by `evidence.pictures` from its redacted copy when the report redacts it;
    raises OSError or a decoder's error when it cannot be drawn."""
    files = casefiles.for_root(Path(report.case_root))  # decrypted in memory, if encrypted
    hidden = {exhibit.photo_id: exhibit.redacted} if exhibit.redacted is not None else {}
    return Pictures(files, hidden).image(exhibit.photo_id, exhibit.stored_path, max_px)


def map_png(section: ClaimSection, size: tuple[int, int] = DEFAULT_SIZE,
            tiles: Tiles = None, words: MapWords = ENGLISH) -> bytes:
    """The refusal's static map (venue, exhibits, scale, north) as PNG bytes, its text in
    `words` (`map_words` gives a report's)."""
    return claim_map_png(section.result, section.map_photos, size=size, tiles=tiles,
                         words=words)


def map_words(report: Report, section: ClaimSection) -> MapWords:
    """The map's words in the report's language, with the names the report gives the refusal's
    venue, verdict and excuse, so the map and the text say the same."""
    t = report.t

    def label(key: str) -> str:   # a heading of the report's, before a template's field
        return t(key).replace("{", "{{").replace("}", "}}")

    return MapWords(
        venue_name=section.venue_name, verdict=section.verdict,
        excuse=t(f"excuse.{section.result.claim.category.value}"),
        claim=t("map.claim", label="{label}"),
        window_day=t("map.window_day", day="{day}", start="{start}", end="{end}",
                     zone="{zone}"),
        window_span=t("map.window_span", start="{start}", end="{end}"),
        verdict_line=f"{label('claim.verdict')}: {{verdict}}",
        excuse_line=f"{label('claim.category')}: {{excuse}}",
        one_exhibit=t("map.one_exhibit", first="{first}"),
        exhibits=t("map.exhibits", first="{first}", last="{last}"),
        unplaced=t("map.unplaced", n="{n}"), no_photo=t("map.no_photo"),
        north=t("map.north"), venue_point=t("map.venue_point", radius="{radius}"),
        venue_boundary=t("map.venue_boundary"),
        readings={o: t("map.reading", reading=t(f"reading.{o.value}")) for o in Outcome},
        hollow=t("map.hollow"), accuracy=t("map.accuracy"),
        accuracy_assumed=t("map.accuracy_assumed", metres="{metres}"), cone=t("map.cone"),
        badge=t("map.badge", first="{first}"), no_tiles=t("map.no_tiles", size="{size}"),
        metres=t("unit.metres", n="{n}"), kilometres=t("map.kilometres", n="{n}"),
        decimal=t("map.decimal"), date=t("map.date"))
