"""Writes a map plan as SVG: the same primitives as the PNG, as vector shapes.

A tile background is embedded as one PNG image (the tiles already warped into the map's
projection); without tiles the grid is drawn as lines. Text names the bundled font first and
falls back to DejaVu Sans, so widths match the PNG closely but not to the pixel.
"""

from __future__ import annotations

import base64
import io
from xml.sax.saxutils import escape, quoteattr

from PIL import Image

from maps.static_fonts import SVG_FAMILY, font_for, text_size
from maps.static_layout import MapPlan
from maps.static_scene import PAPER, RGB, Area, Box, Disc, Label, Outline, Point, Primitive

_ANCHOR_X = {"l": "start", "m": "middle", "r": "end"}


def to_svg(plan: MapPlan, background: Image.Image | None) -> str:
    """The SVG document; `background` is the tile image at the plan's size, or None."""
    width, height = plan.size
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family={quoteattr(SVG_FAMILY)}>',
           f'<rect width="{width}" height="{height}" fill="{_hex(PAPER)}"/>']
    if background is not None:
        buffer = io.BytesIO()
        background.convert("RGB").save(buffer, "PNG", compress_level=3)
        data = base64.b64encode(buffer.getvalue()).decode("ascii")
        out.append(f'<image width="{width}" height="{height}" '
                   f'href="data:image/png;base64,{data}"/>')
        layers: tuple[Primitive, ...] = plan.content + plan.overlay
    else:
        layers = plan.grid + plan.content + plan.overlay
    out += [_element(item) for item in layers]
    out.append("</svg>\n")
    return "\n".join(out)


def _element(item: Primitive) -> str:
    if isinstance(item, Disc):
        fill = "none" if item.fill is None else _hex(item.fill)
        stroke = ("" if item.outline is None or item.width <= 0 else
                  f' stroke="{_hex(item.outline)}" stroke-width="{_n(item.width)}"')
        return (f'<circle cx="{_n(item.x)}" cy="{_n(item.y)}" r="{_n(item.r)}" fill="{fill}"'
                f'{_opacity(item.alpha)}{stroke}/>')
    if isinstance(item, Area):
        path = " ".join(_path(ring) for ring in item.rings)
        return (f'<path d="{path}" fill="{_hex(item.fill)}" fill-rule="evenodd"'
                f'{_opacity(item.alpha)}/>')
    if isinstance(item, Outline):
        tag = "polygon" if item.closed else "polyline"
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in item.points)
        return (f'<{tag} points="{points}" fill="none" stroke="{_hex(item.colour)}" '
                f'stroke-width="{_n(item.width)}" stroke-linejoin="round"/>')
    if isinstance(item, Box):
        stroke = ("" if item.outline is None or item.width <= 0 else
                  f' stroke="{_hex(item.outline)}" stroke-width="{_n(item.width)}"')
        return (f'<rect x="{_n(item.x0)}" y="{_n(item.y0)}" width="{_n(item.x1 - item.x0)}" '
                f'height="{_n(item.y1 - item.y0)}" fill="{_hex(item.fill)}"{stroke}/>')
    return _text(item)


def _text(item: Label) -> str:
    """Text placed by its baseline, worked out from the font's metrics: SVG viewers disagree on
    `dominant-baseline`. Its width is pinned to Pillow's measure, so a viewer that lacks the
    font squeezes or stretches a substitute into the same room instead of overrunning."""
    font = font_for(item.text, round(item.size))
    ascent, descent = font.getmetrics() if hasattr(font, "getmetrics") else (item.size, 0)
    vertical = item.anchor[1] if len(item.anchor) > 1 else "a"
    baseline = item.y + {"a": ascent, "t": ascent, "m": (ascent - descent) / 2,
                         "b": -descent, "d": -descent}.get(vertical, 0.0)
    width = text_size(item.text, item.size)[0]
    weight = ' font-weight="bold"' if item.bold else ""
    return (f'<text x="{_n(item.x)}" y="{_n(baseline)}" font-size="{_n(item.size)}" '
            f'fill="{_hex(item.colour)}" text-anchor="{_ANCHOR_X.get(item.anchor[0], "start")}" '
            f'textLength="{_n(width)}" lengthAdjust="spacingAndGlyphs"{weight}>'
            f'{escape(item.text)}</text>')


def _path(ring: tuple[Point, ...]) -> str:
    head, *rest = ring
    return f"M{_n(head[0])},{_n(head[1])} " + " ".join(f"L{_n(x)},{_n(y)}" for x, y in rest) + " Z"


def _opacity(alpha: float) -> str:
    return "" if alpha >= 1.0 else f' fill-opacity="{alpha:.2f}"'


def _hex(colour: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)


def _n(value: float) -> str:
    """Coordinates to 0.01 px: plenty for a map, and the same text for the same plan."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
