"""The static claim map laid out: header (title, verdict, north arrow), map, footer (legend,
scale bar, attribution), as scene primitives in the finished image's pixels.

Sizes scale with the image: `unit` is its shorter side over 900 pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

from evidence.geo import Shape
from evidence.results import ClaimResult
from maps import static_marks
from maps.projection import Projection, fit
from maps.static_fonts import fit_text, text_size
from maps.static_marks import Placed, Sizes
from maps.static_scene import (
    GRID,
    INK,
    MUTED,
    PANEL_EDGE,
    READING_COLOURS,
    VENUE_EDGE,
    VENUE_FILL,
    VERDICT_COLOURS,
    WHITE,
    Area,
    Box,
    Disc,
    Label,
    Outline,
    PhotoMark,
    Primitive,
    exhibit_label,
    nice_length,
    wedge,
)
from maps.static_venue import venue_layers
from maps.static_words import ENGLISH, MapWords

# Below this the legend's letters get too small to read: small maps give the map less room.
MIN_UNIT = 0.7


@dataclass(frozen=True)
class ScaleBar:
    x: float            # left end, pixels
    y: float            # centre line
    length_px: float
    metres: float
    thickness: float


@dataclass(frozen=True)
class MapPlan:
    """Everything a backend draws, and where: tests and reports read positions from here."""
    size: tuple[int, int]
    projection: Projection
    map_area: tuple[float, float, float, float]   # x0, y0, x1, y1 between header and footer
    placed: tuple[Placed, ...]
    scale_bar: ScaleBar
    grid_step_m: float
    grid: tuple[Outline, ...]          # drawn only when no tiles are under the map
    content: tuple[Primitive, ...]     # venue and photos
    overlay: tuple[Primitive, ...]     # header and footer, over everything


def plan(claim: ClaimResult, shape: Shape, marks: list[PhotoMark],
         size: tuple[int, int], attribution: str | None,
         words: MapWords = ENGLISH) -> MapPlan:
    """Lays out the map of one claim's result around its venue and its exhibits, its text in
    `words`' language."""
    width, height = size
    unit = max(min(width, height) / 900, MIN_UNIT)
    sizes = Sizes(unit)
    legend = _legend_items(shape, marks, words)
    rows = _flow(legend, width - 40 * unit, unit)
    head, foot = HEADER * unit, (14 + 26 * len(rows) + 40) * unit
    area = (0.0, head, float(width), height - foot)
    projection = _fit(shape, marks, area, sizes)
    placed = static_marks.place(marks, projection, area, sizes)
    under, outline = venue_layers(shape, projection, unit)
    content = [*under, *static_marks.under_layers(placed, sizes), *outline,
               *static_marks.top_layers(placed, sizes)]
    bar = _scale_bar(projection, width, height, unit)
    grid_step = nice_length(160 * unit * projection.metres_per_px)
    overlay = [*_header(claim, marks, width, unit, words),
               *_footer(rows, bar, width, height, foot, unit, attribution, grid_step, words)]
    return MapPlan(size, projection, area, tuple(placed), bar, grid_step,
                   _grid(projection, size, grid_step, unit), tuple(content), tuple(overlay))


def _fit(shape: Shape, marks: list[PhotoMark], area: tuple[float, float, float, float],
         sizes: Sizes) -> Projection:
    if shape.kind == "Point":
        (lon, lat), = shape.rings[0]
        discs = [(lat, lon, shape.radius_m)]
    else:
        discs = [(lat, lon, 0.0) for lon, lat in shape.rings[0]]
    discs += [(m.lat, m.lon, m.radius_m) for m in marks]
    margin = 28 * sizes.unit
    first = fit(discs, area, margin)
    tips = []  # a view cone has a length in pixels: fit its tip too, at the first scale
    for m in marks:
        if m.bearing_deg is not None:
            x, y = first.to_px(m.lat, m.lon)
            tips += [(*first.to_latlon(tx, ty), 0.0)
                     for tx, ty in wedge(x, y, m.bearing_deg, sizes.cone, steps=4)[1:]]
    return fit(discs + tips, area, margin) if tips else first


def _grid(projection: Projection, size: tuple[int, int], step_m: float,
          unit: float) -> tuple[Outline, ...]:
    """Lines every `step_m` metres through the map's centre, across the whole image."""
    step, (width, height) = projection.px(step_m), size
    xs = _steps(projection.x0, step, width)
    ys = _steps(projection.y0, step, height)
    return tuple([Outline(((x, 0.0), (x, float(height))), GRID, 1.0 * unit) for x in xs]
                 + [Outline(((0.0, y), (float(width), y)), GRID, 1.0 * unit) for y in ys])


def _steps(origin: float, step: float, end: float) -> list[float]:
    first = origin - (origin // step) * step
    return [first + k * step for k in range(int((end - first) // step) + 1)]


def _scale_bar(projection: Projection, width: int, height: int, unit: float) -> ScaleBar:
    metres = nice_length(0.25 * width * projection.metres_per_px)
    return ScaleBar(20 * unit, height - 22 * unit, projection.px(metres), metres, 6 * unit)


# -- header ----------------------------------------------------------------------------------

HEADER = 122      # its height, in units: the venue, the refusal, its ground and exhibits, verdict


def _header(claim: ClaimResult, marks: list[PhotoMark], width: int, unit: float,
            words: MapWords) -> list[Primitive]:
    pad, room = 20 * unit, width - 110 * unit
    name = claim.venue.name if words.venue_name is None else words.venue_name
    name = name[:1].upper() + name[1:]     # a heading: 'сквер Валиханова' as 'Сквер ...'
    verdict = words.verdicts[claim.verdict] if words.verdict is None else words.verdict
    verdict = words.verdict_line.format(verdict=verdict)
    size = _shrunk(verdict, 16 * unit, 12 * unit, room)
    out: list[Primitive] = [
        Box(0, 0, width, HEADER * unit, WHITE),
        Outline(((0, HEADER * unit), (width, HEADER * unit)), PANEL_EDGE, 1.0 * unit),
        Label(pad, 12 * unit, fit_text(name, 26 * unit, room), 26 * unit, INK),
        Label(pad, 46 * unit, fit_text(_claim_line(claim, words), 15 * unit, room), 15 * unit,
              MUTED),
        Label(pad, 70 * unit, fit_text(_ground_line(claim, marks, words), 15 * unit, room),
              15 * unit, MUTED),
        Label(pad, 96 * unit, fit_text(verdict, size, room), size,
              VERDICT_COLOURS[claim.verdict], bold=True),
    ]
    return out + _north_arrow(width - 42 * unit, unit, words.north)


def _shrunk(text: str, size: float, smallest: float, room: float) -> float:
    """`size`, or smaller down to `smallest`, so `text` fits in `room` if it can."""
    while size > smallest and text_size(text, size)[0] > room:
        size = max(smallest, size - 0.5)
    return size


def _claim_line(result: ClaimResult, words: MapWords) -> str:
    claim = result.claim
    s_day, s_time, s_zone = words.moment(claim.window_start, claim.window_zone)
    e_day, e_time, e_zone = words.moment(claim.window_end, claim.window_zone)
    if s_day == e_day and s_zone == e_zone:
        span = words.window_day.format(day=s_day, start=s_time, end=e_time, zone=s_zone)
    else:
        span = words.window_span.format(start=f"{s_day} {s_time} {s_zone}",
                                        end=f"{e_day} {e_time} {e_zone}")
    parts = [words.claim.format(label=f"C{result.claim_id}"), claim.document_number, span]
    return "  \u00b7  ".join(p for p in parts if p.strip())


def _ground_line(claim: ClaimResult, marks: list[PhotoMark], words: MapWords) -> str:
    excuse = words.excuses[claim.claim.category] if words.excuse is None else words.excuse
    parts = [words.excuse_line.format(excuse=excuse)]
    count = len(claim.photos)
    if count:
        first, last = (exhibit_label(claim.claim_id, n) for n in (1, count))
        parts.append(words.one_exhibit.format(first=first) if count == 1
                     else words.exhibits.format(first=first, last=last))
        if len(marks) < count:
            parts.append(words.unplaced.format(n=count - len(marks)))
    else:
        parts.append(words.no_photo)
    return "  \u00b7  ".join(parts)


def _north_arrow(cx: float, unit: float, letter: str) -> list[Primitive]:
    tip, notch, base = (cx, 38 * unit), (cx, 74 * unit), 88 * unit
    left, right = (cx - 12 * unit, base), (cx + 12 * unit, base)
    return [Label(cx, 10 * unit, letter, 20 * unit, INK, "ma", bold=True),
            Area(((tip, left, notch),), INK), Area(((tip, notch, right),), WHITE),
            Outline((tip, left, notch, right), INK, 1.5 * unit, closed=True)]


# -- footer ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Item:
    kind: str
    text: str
    colour: tuple[int, int, int]


SWATCH, SWATCH_GAP, ITEM_GAP, LEGEND_TEXT = 26, 8, 26, 14


def _legend_items(shape: Shape, marks: list[PhotoMark], words: MapWords) -> list[_Item]:
    venue = (words.venue_point.format(radius=words.distance(shape.radius_m))
             if shape.kind == "Point" else words.venue_boundary)
    items = [_Item("venue", venue, VENUE_EDGE)]
    if marks:
        first = marks[0].label + (" \u2026" if len(marks) > 1 else "")
        items.append(_Item("badge", words.badge.format(first=first), MUTED))
    for reading in READING_COLOURS:
        if any(m.reading == reading for m in marks):
            items.append(_Item("photo", words.readings[reading], READING_COLOURS[reading]))
    if any(m.at_edge for m in marks):
        items.append(_Item("hollow", words.hollow, MUTED))
    if any(m.video for m in marks):
        items.append(_Item("video", words.video, MUTED))
    if marks:
        assumed = [m.radius_m for m in marks if not m.accuracy_stated]
        items.append(_Item("accuracy", words.accuracy_assumed.format(
            metres=words.distance(assumed[0])) if assumed else words.accuracy, MUTED))
    if any(m.bearing_deg is not None for m in marks):
        items.append(_Item("cone", words.cone, MUTED))
    return items


def _flow(items: list[_Item], width: float, unit: float) -> list[list[tuple[float, _Item]]]:
    """Legend items in rows no wider than `width`: [(x offset, item), ...] per row."""
    rows: list[list[tuple[float, _Item]]] = [[]]
    x = 0.0
    for item in items:
        w = (SWATCH + SWATCH_GAP) * unit + text_size(item.text, LEGEND_TEXT * unit)[0]
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, item))
        x += w + ITEM_GAP * unit
    return rows


def _footer(rows: list[list[tuple[float, _Item]]], bar: ScaleBar, width: int, height: int,
            foot: float, unit: float, attribution: str | None, grid_step: float,
            words: MapWords) -> list[Primitive]:
    top, pad = height - foot, 20 * unit
    out: list[Primitive] = [Box(0, top, width, height, WHITE),
                            Outline(((0, top), (width, top)), PANEL_EDGE, 1.0 * unit)]
    for i, row in enumerate(rows):
        y = top + (14 + 26 * i + 11) * unit
        for x, item in row:
            out += _swatch(item, pad + x, y, unit)
            out.append(Label(pad + x + (SWATCH + SWATCH_GAP) * unit, y, item.text,
                             LEGEND_TEXT * unit, INK, "lm"))
    half = bar.thickness / 2
    out.append(Box(bar.x, bar.y - half, bar.x + bar.length_px, bar.y + half, INK))
    for tick in (bar.x, bar.x + bar.length_px / 2, bar.x + bar.length_px - 2 * unit):
        out.append(Box(tick, bar.y - half - 5 * unit, tick + 2 * unit, bar.y + half, INK))
    label_x = bar.x + bar.length_px + 10 * unit
    label = words.distance(bar.metres)
    out.append(Label(label_x, bar.y, label, 15 * unit, INK, "lm", bold=True))
    note = attribution if attribution is not None else (
        words.no_tiles.format(size=words.distance(grid_step)))
    room = width - pad - (label_x + text_size(label, 15 * unit)[0] + 30 * unit)
    if note and room > 0:
        out.append(Label(width - pad, bar.y, fit_text(note, 12 * unit, room), 12 * unit, MUTED,
                         "rm"))
    return out


def _swatch(item: _Item, x: float, y: float, unit: float) -> list[Primitive]:
    cx = x + SWATCH * unit / 2
    if item.kind == "venue":
        box = ((x, y - 8 * unit), (x + SWATCH * unit, y - 8 * unit),
               (x + SWATCH * unit, y + 8 * unit), (x, y + 8 * unit))
        return [Area((box,), VENUE_FILL, 0.14), Outline(box, VENUE_EDGE, 2.5 * unit, True)]
    if item.kind == "photo":
        return [Disc(cx, y, 9 * unit, item.colour, 1.0, WHITE, 1.5 * unit)]
    if item.kind == "badge":      # a dot, its leader line and its badge, as on the map
        bx = x + SWATCH * unit - 8 * unit
        return [Outline(((x + 3 * unit, y + 6 * unit), (bx, y)), MUTED, 1.5 * unit),
                Disc(x + 3 * unit, y + 6 * unit, 3 * unit, MUTED),
                Disc(bx, y, 8 * unit, MUTED, 1.0, WHITE, 1.5 * unit)]
    if item.kind == "hollow":
        return [Disc(cx, y, 9 * unit, WHITE, 1.0, INK, 2.0 * unit)]
    if item.kind == "video":
        return [Disc(cx, y, 9 * unit, MUTED, 1.0, INK, 2.5 * unit)]
    if item.kind == "accuracy":
        return [Disc(cx, y, 10 * unit, MUTED, 0.16, MUTED, 1.5 * unit),
                Disc(cx, y, 3 * unit, MUTED)]
    cone = wedge(x + 3 * unit, y + 8 * unit, 45.0, 24 * unit)
    return [Area((cone,), MUTED, 0.30), Outline(cone, MUTED, 1.0 * unit, True)]
