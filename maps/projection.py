"""A local flat projection around a venue: metres east and north, scaled to pixels, north up.

At venue scale (a few hundred metres) a plane tangent to the WGS84 ellipsoid at the map's
centre is exact to a small fraction of a pixel, and metres are the same length across and up
the image, so a GPS accuracy circle is a circle and the scale bar is right in every direction.
Web Mercator tile arithmetic lives here too, because the tile background is warped into this
projection.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

WGS84_A = 6_378_137.0
WGS84_E2 = 6.694_379_990_14e-3
# Web Mercator: metres per pixel at the equator for zoom 0 and 256-pixel tiles.
MERCATOR_CIRCUMFERENCE_M = 2 * math.pi * WGS84_A
MIN_SPAN_M = 40.0  # a map never shows less ground than this, even for a lone point


def metres_per_degree(lat: float) -> tuple[float, float]:
    """(metres per degree of latitude, per degree of longitude) on the ellipsoid at `lat`."""
    s = math.sin(math.radians(lat))
    w = 1.0 - WGS84_E2 * s * s
    meridian = WGS84_A * (1.0 - WGS84_E2) / w ** 1.5
    normal = WGS84_A / math.sqrt(w)
    return math.radians(meridian), math.radians(normal * math.cos(math.radians(lat)))


@dataclass(frozen=True)
class Projection:
    """(lat, lon) to image pixels: (lat0, lon0) lands on pixel (x0, y0); x east, y south."""

    lat0: float
    lon0: float
    x0: float
    y0: float
    metres_per_px: float

    def to_px(self, lat: float, lon: float) -> tuple[float, float]:
        m_lat, m_lon = metres_per_degree(self.lat0)
        east = (lon - self.lon0) * m_lon
        north = (lat - self.lat0) * m_lat
        return self.x0 + east / self.metres_per_px, self.y0 - north / self.metres_per_px

    def to_latlon(self, x: float, y: float) -> tuple[float, float]:
        m_lat, m_lon = metres_per_degree(self.lat0)
        east = (x - self.x0) * self.metres_per_px
        north = (self.y0 - y) * self.metres_per_px
        return self.lat0 + north / m_lat, self.lon0 + east / m_lon

    def px(self, metres: float) -> float:
        """A length on the ground, in pixels."""
        return metres / self.metres_per_px

    def scaled(self, factor: float) -> Projection:
        """The same view on an image `factor` times larger in each direction."""
        return Projection(self.lat0, self.lon0, self.x0 * factor, self.y0 * factor,
                          self.metres_per_px / factor)


@dataclass(frozen=True)
class Extent:
    """A rectangle of ground in metres east and north of an origin."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def around(cls, lat0: float, lon0: float,
               discs: Iterable[tuple[float, float, float]]) -> Extent:
        """The rectangle holding every disc (lat, lon, radius in metres)."""
        m_lat, m_lon = metres_per_degree(lat0)
        boxes = [((lon - lon0) * m_lon, (lat - lat0) * m_lat, r) for lat, lon, r in discs]
        if not boxes:
            return cls(0.0, 0.0, 0.0, 0.0)
        return cls(min(e - r for e, _, r in boxes), min(n - r for _, n, r in boxes),
                   max(e + r for e, _, r in boxes), max(n + r for _, n, r in boxes))


def fit(discs: list[tuple[float, float, float]], area: tuple[float, float, float, float],
        margin_px: float = 0.0) -> Projection:
    """The projection that shows every disc (lat, lon, radius_m) inside `area` (x0, y0, x1, y1
    in pixels) with `margin_px` to spare on each side, centred, as large as it fits."""
    if not discs:
        raise ValueError("nothing to fit on the map")
    lat0, lon0 = discs[0][0], discs[0][1]
    extent = Extent.around(lat0, lon0, discs)
    m_lat, m_lon = metres_per_degree(lat0)
    mid_e, mid_n = (extent.west + extent.east) / 2, (extent.south + extent.north) / 2
    lat0, lon0 = lat0 + mid_n / m_lat, lon0 + mid_e / m_lon
    width = max(area[2] - area[0] - 2 * margin_px, 1.0)
    height = max(area[3] - area[1] - 2 * margin_px, 1.0)
    span_e = max(extent.east - extent.west, MIN_SPAN_M)
    span_n = max(extent.north - extent.south, MIN_SPAN_M)
    metres_per_px = max(span_e / width, span_n / height)
    return Projection(lat0, lon0, (area[0] + area[2]) / 2, (area[1] + area[3]) / 2,
                      metres_per_px)


# -- Web Mercator (the tiles' projection) -------------------------------------------------

def mercator_px(lat: float, lon: float, zoom: int, tile_size: int = 256) -> tuple[float, float]:
    """Global pixel coordinates of (lat, lon) at `zoom`: x east from 180°W, y south from the top."""
    world = tile_size * (1 << zoom)
    x = (lon + 180.0) / 360.0 * world
    s = math.sin(math.radians(max(min(lat, 85.05112878), -85.05112878)))
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * world
    return x, y


def mercator_zoom_for(metres_per_px: float, lat: float, tile_size: int = 256) -> float:
    """The (fractional) zoom at which Web Mercator tiles show `metres_per_px` at `lat`."""
    ground = MERCATOR_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / tile_size
    return math.log2(ground / metres_per_px)
