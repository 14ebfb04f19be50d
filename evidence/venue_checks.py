"""What makes a venue valid: each problem is a KnownError that names the field to fix."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date
from typing import Any

from evidence import limits
from evidence.errors import KnownError
from evidence.model import Confidence, Venue

SLUG = re.compile(r"[a-z0-9-]+")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TEXT_FIELDS = ("slug", "name_en", "name_ru", "name_kk", "city", "legal_basis", "notes")
DATE_FIELDS = ("decision_date", "valid_from", "valid_to")
# How long each text may be (evidence/limits.py), and what it is, for the message.
LIMITS = {"slug": limits.SLUG, "name_en": limits.NAME, "name_ru": limits.NAME,
          "name_kk": limits.NAME, "city": limits.NAME, "legal_basis": limits.LEGAL_BASIS,
          "notes": limits.TEXT}
WHAT = {"slug": "the venue's slug", "name_en": "the venue's English name",
        "name_ru": "the venue's Russian name", "name_kk": "the venue's Kazakh name",
        "city": "the venue's city", "legal_basis": "the venue's legal basis",
        "notes": "the venue's notes"}
HINTS = {name: " (a longer text belongs in the venue's notes)"
         for name in ("name_en", "name_ru", "name_kk", "city", "legal_basis")}


class InvalidVenue(KnownError):
    """A venue field that cannot be stored as given; `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def validate(venue: Venue, *, check_lengths: bool = True) -> Venue:
    """The venue as it will be stored (radius a float, confidence the enum), or InvalidVenue.
    `check_lengths` False: its texts are another case's, kept as they are (a bundle's merge)."""
    for name in TEXT_FIELDS:
        if not isinstance(getattr(venue, name), str):
            raise InvalidVenue(name, f"{name} must be text.")
        too_long = check_lengths and limits.problem(
            f"{name} ({WHAT[name]})", getattr(venue, name), LIMITS[name], HINTS.get(name, ""))
        if too_long:
            raise InvalidVenue(name, too_long)
    if not SLUG.fullmatch(venue.slug):
        raise InvalidVenue("slug", f"slug {venue.slug!r} may contain only lower-case letters "
                           "a-z, digits and hyphens (e.g. gandhi-park).")
    if not venue.name_en.strip():
        raise InvalidVenue("name_en", "name_en (the venue's English name) must not be empty.")
    confidence = _confidence(venue.confidence)
    radius = _radius(venue.geometry, venue.radius_m)
    check_geometry(venue.geometry)
    for name in DATE_FIELDS:
        check_date(name, getattr(venue, name))
    if venue.valid_from and venue.valid_to and venue.valid_from > venue.valid_to:
        raise InvalidVenue("valid_from", f"valid_from {venue.valid_from} is after valid_to "
                           f"{venue.valid_to}; a venue's validity must not end before it starts.")
    capacity = venue.capacity
    if capacity is not None and (not _is_int(capacity) or capacity < 0):
        raise InvalidVenue("capacity", f"capacity must be a whole number of people, 0 or more "
                           f"(got {capacity!r}).")
    return replace(venue, confidence=confidence, radius_m=radius)


def check_date(name: str, value: Any) -> None:
    """A date is None or text YYYY-MM-DD naming a real day."""
    if value is None:
        return
    if isinstance(value, str) and DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
            return
        except ValueError:
            pass
    raise InvalidVenue(name, f"{name} {value!r} is not a date in the form YYYY-MM-DD "
                       "(e.g. 2020-06-23).")


def check_geometry(geometry: Any) -> None:
    """A GeoJSON Point or Polygon in WGS84 [longitude, latitude] order."""
    if not isinstance(geometry, dict) or geometry.get("type") not in ("Point", "Polygon"):
        kind = geometry.get("type") if isinstance(geometry, dict) else type(geometry).__name__
        raise InvalidVenue("geometry", f"geometry must be a GeoJSON Point or Polygon (got "
                           f"{kind!r}).")
    extra = sorted(set(geometry) - {"type", "coordinates", "bbox"})
    if extra:
        raise InvalidVenue("geometry", f"geometry has unexpected members {extra}; only "
                           "type and coordinates are kept.")
    coordinates = geometry.get("coordinates")
    if geometry["type"] == "Point":
        _position(coordinates, "geometry.coordinates")
        return
    if not isinstance(coordinates, list) or not coordinates:
        raise InvalidVenue("geometry", "geometry.coordinates of a Polygon must be a list of "
                           "one or more linear rings (the outline, then any holes).")
    for n, ring in enumerate(coordinates):
        _ring(ring, f"geometry.coordinates[{n}]" + (" (the outline)" if n == 0 else
                                                     " (a hole)"))


def _ring(ring: Any, where: str) -> None:
    if not isinstance(ring, list) or len(ring) < 4:
        raise InvalidVenue("geometry", f"{where} must be a linear ring of at least 4 "
                           "positions (a triangle plus the first position repeated).")
    for n, position in enumerate(ring):
        _position(position, f"{where}[{n}]")
    if ring[0] != ring[-1]:
        raise InvalidVenue("geometry", f"{where} is not closed: its last position must repeat "
                           f"its first ({ring[0]} vs {ring[-1]}).")


def _position(position: Any, where: str) -> None:
    if not isinstance(position, list) or len(position) not in (2, 3) or \
            not all(_is_number(v) for v in position):
        raise InvalidVenue("geometry", f"{where} must be [longitude, latitude] in decimal "
                           f"degrees (got {position!r}).")
    lon, lat = position[0], position[1]
    if not -180 <= lon <= 180:
        raise InvalidVenue("geometry", f"{where}: longitude {lon} is outside -180..180 "
                           "(GeoJSON puts longitude first, then latitude).")
    if not -90 <= lat <= 90:
        raise InvalidVenue("geometry", f"{where}: latitude {lat} is outside -90..90 "
                           "(GeoJSON puts longitude first, then latitude).")


def _radius(geometry: Any, radius: Any) -> float | None:
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    if kind == "Point":
        if radius is None or not _is_number(radius) or radius <= 0:
            raise InvalidVenue("radius_m", f"radius_m must be a number of metres above 0 for "
                               f"a Point venue (got {radius!r}): how far from the point the "
                               "venue extends.")
        return float(radius)
    if kind == "Polygon" and radius is not None:
        raise InvalidVenue("radius_m", "radius_m applies only to a Point venue; a Polygon's "
                           "outline is its extent. Leave radius_m empty.")
    return radius


def _confidence(value: Any) -> Confidence:
    try:
        return Confidence(value)
    except ValueError:
        allowed = ", ".join(c.value for c in Confidence)
        raise InvalidVenue("confidence", f"confidence {value!r} is not one of: "
                           f"{allowed}.") from None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and \
        math.isfinite(value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
