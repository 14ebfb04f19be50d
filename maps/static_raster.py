"""Draws a map plan with Pillow: at twice the size, then halved, so edges are smooth.

Translucent shapes are drawn as a mask over their own bounding box and blended in place, so
each costs only its own area. Nothing here reads the clock or the machine: the same plan and
background give the same pixels.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PIL import Image, ImageDraw

from maps.static_fonts import font_for
from maps.static_layout import MapPlan
from maps.static_scene import PAPER, Area, Box, Disc, Label, Outline, Point, Primitive

SUPERSAMPLE = 2


def hires_size(plan: MapPlan) -> tuple[int, int]:
    return plan.size[0] * SUPERSAMPLE, plan.size[1] * SUPERSAMPLE


def rasterize(plan: MapPlan, background: Image.Image | None) -> Image.Image:
    """The finished RGB image; `background` (tiles, at the plan's size) or else paper and grid.

    The tiles are only ever as sharp as the finished image, so they are warped at its size and
    merely doubled here: a quarter of the resampling, and the same pixels after halving."""
    if background is not None:
        canvas = background.convert("RGB").resize(hires_size(plan), Image.Resampling.NEAREST)
        layers: tuple[Primitive, ...] = plan.content + plan.overlay
    else:
        canvas = Image.new("RGB", hires_size(plan), PAPER)
        layers = plan.grid + plan.content + plan.overlay
    draw = ImageDraw.Draw(canvas)
    for item in layers:
        _draw(canvas, draw, item)
    return canvas.reduce(SUPERSAMPLE)


def _draw(canvas: Image.Image, draw: ImageDraw.ImageDraw, item: Primitive) -> None:
    s = SUPERSAMPLE
    if isinstance(item, Disc):
        box = _disc_box(item.x * s, item.y * s, item.r * s)
        if item.fill is not None:
            if item.alpha >= 1.0:
                draw.ellipse(box, fill=item.fill)
            else:
                _blend(canvas, item.fill, item.alpha, box,
                       lambda d, off: d.ellipse(_shift(box, off), fill=255))
        if item.outline is not None and item.width > 0:
            # Pillow strokes inside the box; grow it by half the stroke to centre the stroke
            # on the circle, as SVG does.
            ring = _disc_box(item.x * s, item.y * s, item.r * s + _px(item.width) / 2)
            draw.ellipse(ring, outline=item.outline, width=_px(item.width))
    elif isinstance(item, Area):
        rings = [[(x * s, y * s) for x, y in ring] for ring in item.rings]
        if item.alpha >= 1.0 and len(rings) == 1:
            draw.polygon(rings[0], fill=item.fill)
        else:
            _blend(canvas, item.fill, item.alpha, _points_box(rings[0]),
                   lambda d, off: _even_odd(d, rings, off))
    elif isinstance(item, Outline):
        points = [(x * s, y * s) for x, y in item.points]
        if item.closed:
            points.append(points[0])
        draw.line(points, fill=item.colour, width=_px(item.width), joint="curve")
    elif isinstance(item, Box):
        draw.rectangle((item.x0 * s, item.y0 * s, item.x1 * s - 1, item.y1 * s - 1),
                       fill=item.fill, outline=item.outline, width=_px(item.width))
    elif isinstance(item, Label):
        font = font_for(item.text, round(item.size * s))
        stroke = max(1, round(item.size * s / 30)) if item.bold else 0
        draw.text((item.x * s, item.y * s), item.text, fill=item.colour, font=font,
                  anchor=item.anchor, stroke_width=stroke, stroke_fill=item.colour)


def _px(width: float) -> int:
    return max(1, round(width * SUPERSAMPLE))


def _disc_box(x: float, y: float, r: float) -> tuple[float, float, float, float]:
    return x - r, y - r, x + r, y + r


def _points_box(points: list[Point]) -> tuple[float, float, float, float]:
    return (min(p[0] for p in points), min(p[1] for p in points),
            max(p[0] for p in points), max(p[1] for p in points))


def _shift(box: tuple[float, float, float, float],
           off: Point) -> tuple[float, float, float, float]:
    return box[0] - off[0], box[1] - off[1], box[2] - off[0], box[3] - off[1]


def _even_odd(draw: ImageDraw.ImageDraw, rings: list[list[Point]], off: Point) -> None:
    """The outer ring filled, every further ring (a hole) cleared again."""
    for i, ring in enumerate(rings):
        draw.polygon([(x - off[0], y - off[1]) for x, y in ring], fill=255 if i == 0 else 0)


def _blend(canvas: Image.Image, colour: tuple[int, int, int], alpha: float,
           box: tuple[float, float, float, float],
           shape: Callable[[ImageDraw.ImageDraw, Point], None]) -> None:
    """Blends `colour` at `alpha` wherever `shape(draw, offset)` paints a mask over `box`."""
    x0 = max(0, math.floor(box[0]) - 1)
    y0 = max(0, math.floor(box[1]) - 1)
    x1 = min(canvas.width, math.ceil(box[2]) + 2)
    y1 = min(canvas.height, math.ceil(box[3]) + 2)
    if x1 <= x0 or y1 <= y0:
        return
    mask = Image.new("L", (x1 - x0, y1 - y0), 0)
    shape(ImageDraw.Draw(mask), (x0, y0))
    level = round(255 * alpha)
    mask = mask.point(lambda v: v * level // 255)
    canvas.paste(colour, (x0, y0, x1, y1), mask)
