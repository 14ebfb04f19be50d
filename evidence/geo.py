"""Where a photo stands relative to a venue: geodesic distances in metres, WGS84.

A venue is a GeoJSON Point with a radius, or a Polygon (holes allowed). The distance is to the
venue's boundary: negative inside, positive outside. A bounding box in degrees rejects far
photos cheaply before any geodesic is computed.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from geographiclib.geodesic import Geodesic

_WGS84 = Geodesic.WGS84

EARTH_RADIUS_M = 6_371_008.8
Ring = Sequence[Sequence[float]]  # [[lon, lat], ...]


@dataclass(frozen=True)
class Box:
    south: float
    west: float
    north: float
    east: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.south <= lat <= self.north and self.west <= lon <= self.east


@dataclass(frozen=True)
class Shape:
    """A venue's footprint, ready for repeated distance queries."""

    kind: str                        # "Point" or "Polygon"
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (lon, lat); a Point has one of one
    radius_m: float = 0.0

    @classmethod
    def from_geojson(cls, geometry: dict, radius_m: float | None = None) -> Shape:
        kind = geometry.get("type")
        coords: Any = geometry.get("coordinates")
        if kind == "Point":
            lon, lat = coords[:2]
            return cls("Point", (((float(lon), float(lat)),),), float(radius_m or 0.0))
        if kind == "Polygon":
            rings = tuple(tuple((float(p[0]), float(p[1])) for p in ring) for ring in coords)
            return cls("Polygon", rings)
        raise ValueError(f"a venue is a Point or a Polygon, not {kind!r}")

    def box(self, margin_m: float = 0.0) -> Box:
        """The footprint's bounding box grown by `margin_m` (and a Point's radius)."""
        lons = [p[0] for p in self.rings[0]]
        lats = [p[1] for p in self.rings[0]]
        grow = margin_m + self.radius_m
        dlat = math.degrees(grow / EARTH_RADIUS_M)
        mid = math.radians(sum(lats) / len(lats))
        dlon = dlat / max(math.cos(mid), 1e-6)
        return Box(min(lats) - dlat, min(lons) - dlon, max(lats) + dlat, max(lons) + dlon)

    def extent_m(self) -> float:
        """How far the venue reaches from its middle: a Point's radius, a Polygon's half
        bounding-box diagonal. A GPS circle wider than this is vaguer than the venue."""
        if self.kind == "Point":
            return self.radius_m
        box = self.box()
        return geodesic_m(box.south, box.west, box.north, box.east) / 2

    def distance_m(self, lat: float, lon: float) -> float:
        """Metres from the boundary (geodesic): negative inside the venue, positive outside."""
        if self.kind == "Point":
            (centre_lon, centre_lat), = self.rings[0]
            return geodesic_m(lat, lon, centre_lat, centre_lon) - self.radius_m
        near_lat, near_lon = self._nearest_edge_point(lat, lon)
        to_edge = geodesic_m(lat, lon, near_lat, near_lon)
        return -to_edge if self.contains(lat, lon) else to_edge

    def approx_distance_m(self, lat: float, lon: float) -> float:
        """`distance_m` on a flat local projection: within 0.5 % of it at venue scale, and cheap."""
        if self.kind == "Point":
            (centre_lon, centre_lat), = self.rings[0]
            return _flat_m(lat, lon, centre_lat, centre_lon) - self.radius_m
        to_edge = _flat_m(lat, lon, *self._nearest_edge_point(lat, lon))
        return -to_edge if self.contains(lat, lon) else to_edge

    def _nearest_edge_point(self, lat: float, lon: float) -> tuple[float, float]:
        candidates = (_nearest_on_segment(lat, lon, a, b)
                      for ring in self.rings for a, b in itertools.pairwise(ring))
        return min(candidates, key=lambda p: _flat_m(lat, lon, p[0], p[1]))

    def contains(self, lat: float, lon: float) -> bool:
        if self.kind == "Point":
            return self.distance_m(lat, lon) <= 0
        outer, *holes = self.rings
        return _in_ring(lat, lon, outer) and not any(_in_ring(lat, lon, h) for h in holes)

    def centre(self) -> tuple[float, float]:
        """(lat, lon) of the footprint's centre (a Point's position, a Polygon's vertex mean)."""
        ring = self.rings[0][:-1] if self.kind == "Polygon" else self.rings[0]
        return (sum(p[1] for p in ring) / len(ring), sum(p[0] for p in ring) / len(ring))


def geodesic_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The geodesic distance on the WGS84 ellipsoid (Karney's algorithm, as geopy's geodesic
    computes it, asking only for the distance)."""
    return float(_WGS84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE)["s12"])


def _in_ring(lat: float, lon: float, ring: Ring) -> bool:
    """Ray casting in degrees: right for venue-sized rings away from the poles."""
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > lat) != (y2 > lat):
            cross = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            if lon < cross:
                inside = not inside
    return inside


def _flat_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance in metres: good to a fraction of a percent over a few km."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return EARTH_RADIUS_M * math.hypot(x, y)


def _nearest_on_segment(lat: float, lon: float, a: Sequence[float],
                        b: Sequence[float]) -> tuple[float, float]:
    """The segment's point nearest to (lat, lon), found in a local flat projection."""
    scale = math.cos(math.radians(lat))
    ax, ay = (a[0] - lon) * scale, a[1] - lat
    bx, by = (b[0] - lon) * scale, b[1] - lat
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
    return a[1] + t * (b[1] - a[1]), a[0] + t * (b[0] - a[0])
