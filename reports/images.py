"""The pictures a report draws, made when drawn: an exhibit's image and a refusal's map.

Nothing here is kept between calls, so a report of hundreds of exhibits holds one decoded image
at a time. The originals are only read.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from evidence import casefiles
from evidence.pictures import Pictures
from maps.static import DEFAULT_SIZE, Tiles, claim_map_png
from maps.static_words import ENGLISH, MapWords, in_language
from reports.content import ClaimSection, Exhibit, Report

# Long side of an exhibit image: sharp at 150 dpi across a 12 cm column.
EXHIBIT_PX = 1000
# Long side of a video's frame: three to a row across the page.
FRAME_PX = 480


def exhibit_jpeg(report: Report, exhibit: Exhibit, max_px: int = EXHIBIT_PX) -> bytes:
    """The exhibit upright (EXIF orientation applied), at most `max_px` on its long side, as
    JPEG, drawn by `evidence.pictures` from its redacted copy when the report redacts it;
    raises OSError or a decoder's error when it cannot be drawn."""
    files = casefiles.for_root(Path(report.case_root))  # decrypted in memory, if encrypted
    hidden = {exhibit.photo_id: exhibit.redacted} if exhibit.redacted is not None else {}
    return Pictures(files, hidden).image(exhibit.photo_id, exhibit.stored_path, max_px)


def frame_jpeg(report: Report, exhibit: Exhibit, offset_s: float,
               max_px: int = FRAME_PX) -> bytes:
    """A video exhibit's frame `offset_s` seconds from its start, as JPEG, drawn by
    `evidence.pictures` with the exhibit's redaction hidden in it; raises
    `evidence.frames.FrameError` (or OSError) when it cannot be drawn."""
    files = casefiles.for_root(Path(report.case_root))
    hidden = {exhibit.photo_id: exhibit.redacted} if exhibit.redacted is not None else {}
    return Pictures(files, hidden).frame(exhibit.photo_id, exhibit.stored_path, offset_s,
                                         max_px)


def map_png(section: ClaimSection, size: tuple[int, int] = DEFAULT_SIZE,
            tiles: Tiles = None, words: MapWords = ENGLISH) -> bytes:
    """The refusal's static map (venue, exhibits, scale, north) as PNG bytes, its text in
    `words` (`map_words` gives a report's)."""
    return claim_map_png(section.result, section.map_photos, size=size, tiles=tiles,
                         words=words)


def map_words(report: Report, section: ClaimSection) -> MapWords:
    """The map's words in the report's language, with the names the report gives the refusal's
    venue, verdict and excuse, so the map and the text say the same."""
    return replace(in_language(report.table), venue_name=section.venue_name,
                   verdict=section.verdict,
                   excuse=report.t(f"excuse.{section.result.claim.category.value}"))
