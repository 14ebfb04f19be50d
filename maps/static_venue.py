"""A venue on the static map: a polygon (holes left open) or a point with its radius circle."""

from __future__ import annotations

from evidence.geo import Shape
from maps.projection import Projection
from maps.static_scene import VENUE_EDGE, VENUE_FILL, Area, Disc, Outline, Primitive

FILL_ALPHA = 0.14


def venue_layers(shape: Shape, projection: Projection,
                 unit: float) -> tuple[list[Primitive], list[Primitive]]:
    """(the light fill, drawn first; the outline and centre cross, drawn over the photos'
    translucent circles so the boundary stays crisp)."""
    edge = 3.0 * unit
    if shape.kind == "Point":
        (lon, lat), = shape.rings[0]
        x, y = projection.to_px(lat, lon)
        r = projection.px(shape.radius_m)
        arm = 9.0 * unit
        cross: list[Primitive] = [
            Outline(((x - arm, y), (x + arm, y)), VENUE_EDGE, 1.5 * unit),
            Outline(((x, y - arm), (x, y + arm)), VENUE_EDGE, 1.5 * unit)]
        if r < 1.0:
            return [], cross
        return ([Disc(x, y, r, VENUE_FILL, FILL_ALPHA)],
                [Disc(x, y, r, None, 1.0, VENUE_EDGE, edge), *cross])
    rings = tuple(tuple(projection.to_px(lat, lon) for lon, lat in ring)
                  for ring in shape.rings)
    return ([Area(rings, VENUE_FILL, FILL_ALPHA)],
            [Outline(ring, VENUE_EDGE, edge, closed=True) for ring in rings])
