"""Photos on the static map: accuracy circles, view cones, dots and their labelled badges.

A photo's position is a dot; its exhibit label ('C3-E2', the name the report gives it) sits in a
badge just outside its accuracy circle, behind the camera (so the view cone stays clear), on a
short leader line. Badges never cover another badge or another photo's dot: when the preferred
place is taken, the next angle or a little further out is tried.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from maps.projection import Projection
from maps.static_fonts import text_size
from maps.static_scene import (
    CONE_DEG,
    INK,
    MUTED,
    READING_COLOURS,
    WHITE,
    Area,
    Disc,
    Label,
    Outline,
    PhotoMark,
    Primitive,
    heading,
    wedge,
)

TRIES_DEG = (0, 30, -30, 60, -60, 90, -90, 120, -120, 150, -150, 180)
NO_BEARING_DEG = 45.0  # a photo that does not say which way it looked: badge to the north-east


@dataclass(frozen=True)
class Sizes:
    """Marker sizes in pixels for a map whose shorter side is `900 * unit` pixels."""
    unit: float

    @property
    def dot(self) -> float:
        return 4.5 * self.unit

    @property
    def badge(self) -> float:
        return 13.0 * self.unit

    @property
    def number(self) -> float:
        return 13.5 * self.unit

    @property
    def cone(self) -> float:
        return 56.0 * self.unit

    @property
    def gap(self) -> float:
        return 4.0 * self.unit


@dataclass(frozen=True)
class Placed:
    """A photo mark where it landed: its dot, its accuracy radius and its badge, in pixels."""
    mark: PhotoMark
    x: float
    y: float
    radius_px: float
    badge_x: float
    badge_y: float
    badge_r: float


@dataclass(frozen=True)
class _Obstacles:
    """What a badge must not cover: every dot, every view cone, the badges placed so far."""
    dots: list[tuple[float, float]]
    cones: list[tuple[float, float, float]]       # apex x, y and bearing
    area: tuple[float, float, float, float]
    sizes: Sizes


def place(marks: list[PhotoMark], projection: Projection,
          area: tuple[float, float, float, float], sizes: Sizes) -> list[Placed]:
    """Each mark's dot and a badge position that collides with no other badge, dot or cone
    (with the cones given up first if nothing else fits)."""
    dots = [projection.to_px(m.lat, m.lon) for m in marks]
    cones = [(x, y, m.bearing_deg) for m, (x, y) in zip(marks, dots, strict=True)
             if m.bearing_deg is not None]
    strict, loose = _Obstacles(dots, cones, area, sizes), _Obstacles(dots, [], area, sizes)
    placed: list[Placed] = []
    for mark, (x, y) in zip(marks, dots, strict=True):
        radius = projection.px(mark.radius_m)
        number_w = text_size(mark.label, sizes.number)[0]
        badge_r = max(sizes.badge, number_w / 2 + 7 * sizes.unit)
        prefer = (mark.bearing_deg + 180.0) if mark.bearing_deg is not None else NO_BEARING_DEG
        start = max(sizes.dot, min(radius, 3 * badge_r)) + badge_r + sizes.gap
        spot = (_free_spot(x, y, prefer, start, badge_r, placed, strict)
                or _free_spot(x, y, prefer, start, badge_r, placed, loose))
        if spot is None:
            dx, dy = heading(prefer)
            spot = x + dx * start, y + dy * start
        placed.append(Placed(mark, x, y, radius, spot[0], spot[1], badge_r))
    return placed


def _free_spot(x: float, y: float, prefer: float, start: float, badge_r: float,
               placed: list[Placed], avoid: _Obstacles) -> tuple[float, float] | None:
    for ring in range(6):
        distance = start + ring * badge_r
        for turn in TRIES_DEG:
            dx, dy = heading(prefer + turn)
            bx, by = x + dx * distance, y + dy * distance
            if _fits(bx, by, badge_r, placed, avoid):
                return bx, by
    return None


def _fits(bx: float, by: float, r: float, placed: list[Placed], avoid: _Obstacles) -> bool:
    gap, area = avoid.sizes.gap, avoid.area
    edge = r + gap
    if not (area[0] + edge <= bx <= area[2] - edge and area[1] + edge <= by <= area[3] - edge):
        return False
    if any(math.hypot(bx - dx, by - dy) < r + avoid.sizes.dot + gap for dx, dy in avoid.dots):
        return False
    if any(_touches_cone(bx, by, r, cone, avoid.sizes.cone) for cone in avoid.cones):
        return False
    return all(math.hypot(bx - p.badge_x, by - p.badge_y) >= r + p.badge_r + gap
               for p in placed)


def _touches_cone(bx: float, by: float, r: float, cone: tuple[float, float, float],
                  length: float) -> bool:
    x, y, bearing = cone
    distance = math.hypot(bx - x, by - y)
    if distance > length + r:
        return False
    if distance <= r:
        return True
    towards = math.degrees(math.atan2(bx - x, y - by))  # compass bearing from apex to badge
    off = abs((towards - bearing + 180.0) % 360.0 - 180.0)
    return off <= CONE_DEG / 2 + math.degrees(math.asin(r / distance))


def under_layers(placed: list[Placed], sizes: Sizes) -> list[Primitive]:
    """Accuracy circles and view cones: translucent, under the venue's outline."""
    out: list[Primitive] = []
    for p in placed:
        colour = READING_COLOURS[p.mark.reading]
        out.append(Disc(p.x, p.y, p.radius_px, colour, 0.16, colour, 2.0 * sizes.unit))
    for p in placed:
        if p.mark.bearing_deg is not None:
            cone = wedge(p.x, p.y, p.mark.bearing_deg, sizes.cone)
            colour = READING_COLOURS[p.mark.reading]
            out.append(Area((cone,), colour, 0.24))
            out.append(Outline(cone, colour, 1.0 * sizes.unit, closed=True))
    return out


def top_layers(placed: list[Placed], sizes: Sizes) -> list[Primitive]:
    """Leader lines, dots, then the numbered badges over everything else on the map."""
    out: list[Primitive] = [Outline(((p.x, p.y), (p.badge_x, p.badge_y)), MUTED,
                                    1.5 * sizes.unit) for p in placed]
    for p in placed:   # a video's dot: a dark ring, as on the map page
        out.append(Disc(p.x, p.y, sizes.dot, READING_COLOURS[p.mark.reading], 1.0,
                        INK if p.mark.video else WHITE,
                        (2.5 if p.mark.video else 1.5) * sizes.unit))
    for p in placed:
        colour = READING_COLOURS[p.mark.reading]
        fill, ink = (WHITE, colour) if p.mark.at_edge else (colour, WHITE)
        ring = colour if p.mark.at_edge else WHITE
        out.append(Disc(p.badge_x, p.badge_y, p.badge_r, fill, 1.0, ring, 2.0 * sizes.unit))
        out.append(Label(p.badge_x, p.badge_y, p.mark.label, sizes.number, ink, "mm",
                         bold=True))
    return out
