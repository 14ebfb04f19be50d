"""Distances from photos to venue boundaries, in metres."""

from __future__ import annotations

import pytest
from geopy.distance import geodesic

from evidence.geo import Shape

SQUARE = {"type": "Polygon", "coordinates": [[[76.90, 43.20], [76.91, 43.20], [76.91, 43.21],
                                              [76.90, 43.21], [76.90, 43.20]]]}
WITH_HOLE = {"type": "Polygon", "coordinates": [
    SQUARE["coordinates"][0],
    [[76.904, 43.204], [76.906, 43.204], [76.906, 43.206], [76.904, 43.206], [76.904, 43.204]]]}


def test_point_with_radius():
    venue = Shape.from_geojson({"type": "Point", "coordinates": [76.95, 43.25]}, 100)
    assert venue.distance_m(43.25, 76.95) == pytest.approx(-100)
    north = geodesic(meters=150).destination((43.25, 76.95), 0)
    assert venue.distance_m(north.latitude, north.longitude) == pytest.approx(50, abs=0.01)


def test_polygon_inside_and_outside():
    venue = Shape.from_geojson(SQUARE)
    assert venue.contains(43.205, 76.905) and venue.distance_m(43.205, 76.905) < 0
    east = (43.205, 76.911)  # 0.001° of longitude east of the east edge
    expected = geodesic(east, (43.205, 76.91)).meters
    assert venue.distance_m(*east) == pytest.approx(expected, rel=1e-3)
    assert not venue.contains(*east)


def test_on_the_boundary_is_zero_distance():
    assert abs(Shape.from_geojson(SQUARE).distance_m(43.20, 76.905)) < 0.5


def test_a_hole_is_outside():
    venue = Shape.from_geojson(WITH_HOLE)
    assert not venue.contains(43.205, 76.905)
    assert venue.distance_m(43.205, 76.905) > 0
    assert venue.contains(43.202, 76.902)


def test_bounding_box_grows_by_the_margin():
    box = Shape.from_geojson(SQUARE).box(margin_m=1000)
    assert box.contains(43.2085, 76.905) and box.contains(43.2095, 76.9105)
    assert not box.contains(43.23, 76.905)


def test_antimeridian_does_not_crash():
    venue = Shape.from_geojson({"type": "Polygon", "coordinates": [
        [[179.9, 0], [-179.9, 0], [-179.9, 1], [179.9, 1], [179.9, 0]]]})
    assert isinstance(venue.distance_m(0.5, 180.0), float)


def test_other_geometries_are_refused():
    with pytest.raises(ValueError, match="LineString"):
        Shape.from_geojson({"type": "LineString", "coordinates": [[0, 0], [1, 1]]})
