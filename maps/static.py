"""Static claim maps for the report: a PNG (or SVG) per refusal, with no browser and no Qt.

One map shows a claim's venue (its polygon, or its designated point with the radius), every
photo that qualified for the claim as an exhibit, badged with its label, with its GPS accuracy
circle and the direction the camera looked, a scale bar, a north arrow, and a header naming the
venue, the refusal and the verdict; its words are English unless a report gives its own
(`maps.static_words.MapWords`). The background is paper with a faint metric grid, or offline
map tiles (`maps.tiles`) with their attribution. The same input gives the same bytes.

    render_claim_map(claim_result, photo_records, "claim-3.png")
    render_case_claim_map(case, 3, "claim-3.png", tiles="almaty.mbtiles")

Exhibit n of claim c is result.photos[n - 1]; a report names it `exhibit_label(c, n)`, and so
does its badge on the map.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from evidence import analysis, store
from evidence.errors import KnownError
from evidence.geo import Shape
from evidence.model import PhotoRecord
from evidence.results import CaseResult, ClaimResult
from evidence.store import Case
from evidence.tempfiles import replacing
from evidence.venue_names import local_name
from maps import static_raster, static_svg
from maps.static_layout import MapPlan, plan
from maps.static_scene import PAPER, exhibit_label, exhibit_numbers, photo_marks
from maps.static_words import ENGLISH, MapWords, in_language
from maps.tiles import TileSource, background, open_tiles

__all__ = ["ClaimMapData", "MapPlan", "MapWords", "claim_map_data", "claim_map_png",
           "exhibit_label", "exhibit_numbers", "plan_claim_map", "render_case_claim_map",
           "render_case_maps", "render_claim_map"]

DEFAULT_SIZE = (1200, 900)
MIN_SIZE = (400, 300)
FORMATS = (".png", ".svg")
Records = Mapping[int, PhotoRecord]
Tiles = TileSource | str | Path | None


@dataclass(frozen=True)
class ClaimMapData:
    """What one claim's map needs: its analysis result and its photos' stored records."""
    claim: ClaimResult
    photos: Records                     # by photo id


def plan_claim_map(claim: ClaimResult, photos: Records, *, shape: Shape | None = None,
                   size: tuple[int, int] = DEFAULT_SIZE, attribution: str | None = None,
                   words: MapWords = ENGLISH) -> MapPlan:
    """Where everything lands on the map (its projection, exhibits, scale bar), undrawn.
    `shape` draws the venue with another shape than the claim's (a test's); `words` are its
    text in a report's language (English by default)."""
    width, height = size
    if width < MIN_SIZE[0] or height < MIN_SIZE[1]:
        raise KnownError(f"A map of {width}x{height} pixels is too small to read; use at "
                         f"least {MIN_SIZE[0]}x{MIN_SIZE[1]}.")
    return plan(claim, shape or claim.venue.shape, photo_marks(claim, photos), (width, height),
                attribution, words)


def render_claim_map(claim: ClaimResult, photos: Records, out_path: str | Path, *,
                     size: tuple[int, int] = DEFAULT_SIZE, tiles: Tiles = None,
                     words: MapWords = ENGLISH) -> Path:
    """Writes the map of one claim's result (PNG, or SVG by the file's suffix); its path.

    `photos` maps photo ids to their stored records; `tiles` is an XYZ folder, an .mbtiles
    file or an open `TileSource`, read offline, or None for a plain background; `words` are
    the map's text (`maps.static_words`), English unless a report gives its own.
    """
    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise KnownError(f"{out}: a static map is written as .png or .svg.")
    _write(out, _render(claim, photos, size, tiles, suffix, words))
    return out


def claim_map_png(claim: ClaimResult, photos: Records, *,
                  size: tuple[int, int] = DEFAULT_SIZE, tiles: Tiles = None,
                  words: MapWords = ENGLISH) -> bytes:
    """`render_claim_map`'s PNG, as bytes (for a report that embeds it)."""
    return _render(claim, photos, size, tiles, ".png", words)


def _render(claim: ClaimResult, photos: Records, size: tuple[int, int], tiles: Tiles,
            suffix: str, words: MapWords = ENGLISH) -> bytes:
    source = open_tiles(tiles)
    the_plan = plan_claim_map(claim, photos, size=size, words=words,
                              attribution=None if source is None else source.attribution)
    ground = None if source is None else background(
        source, the_plan.projection, the_plan.size, the_plan.projection.metres_per_px, PAPER)
    if suffix == ".svg":
        return static_svg.to_svg(the_plan, ground).encode("utf-8")
    return _png(static_raster.rasterize(the_plan, ground))


def claim_map_data(case: Case, claim_id: int,
                   analyzed: CaseResult | None = None) -> ClaimMapData:
    """The claim's result (from `analyzed`, or a fresh analysis) and its photos' records."""
    return _all_data(case, analyzed, only=claim_id)[0]


def render_case_claim_map(case: Case, claim_id: int, out_path: str | Path, *,
                          size: tuple[int, int] = DEFAULT_SIZE, tiles: Tiles = None,
                          analyzed: CaseResult | None = None,
                          table: Mapping[str, str] | None = None) -> Path:
    """`render_claim_map` for a claim of an open case; `table`: a report's string table
    (`reports.strings.table(lang)`) whose words the map says, its venue named in that language
    (English without one)."""
    data = claim_map_data(case, claim_id, analyzed)
    words = ENGLISH
    if table is not None:
        venue = local_name(data.claim.venue.venue, table.get("lang.code", "en"))
        words = replace(in_language(table), venue_name=venue.text)
    return render_claim_map(data.claim, data.photos, out_path, size=size, tiles=tiles,
                            words=words)


def render_case_maps(case: Case, folder: str | Path, *, size: tuple[int, int] = DEFAULT_SIZE,
                     tiles: Tiles = None, suffix: str = ".png",
                     analyzed: CaseResult | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Every claim's map as `claim-{id}{suffix}` in `folder`; stops early when cancelled."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    source = open_tiles(tiles)
    every = _all_data(case, analyzed)
    written = []
    for done, data in enumerate(every, start=1):
        if cancelled is not None and cancelled():
            break
        path = folder / f"claim-{data.claim.claim_id}{suffix}"
        written.append(render_claim_map(data.claim, data.photos, path, size=size,
                                        tiles=source))
        if progress is not None:
            progress(done, len(every))
    return written


def _all_data(case: Case, analyzed: CaseResult | None,
              only: int | None = None) -> list[ClaimMapData]:
    data = store.read(case)
    results = list((analyzed or analysis.analyze(data)).claims)
    if only is not None:
        results = [c for c in results if c.claim_id == only]
        if not results:
            raise KnownError(f"The case has no claim {only}; `claim list` shows its claims.")
    return [ClaimMapData(c, {p.photo_id: data.photo(p.photo_id) for p in c.photos})
            for c in results]


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    # No pnginfo: no time stamp, the same bytes every time. Level 3 packs a map as tightly
    # as the default 6 within a few per cent, and aerial tiles three times faster.
    image.save(buffer, "PNG", compress_level=3)
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: a reader never sees half a map (nor a disk left holding a part)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path) as temp:
        temp.write_bytes(data)
