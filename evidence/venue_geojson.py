"""Venues as GeoJSON Features: every field in `properties`, the geometry as stored.

A Point's extent travels as `properties.radius_m`. Key order is fixed so that an export is
byte-for-byte the same for the same venues.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from evidence.model import Venue
from evidence.venue_checks import InvalidVenue, validate

PROPERTIES = ("slug", "name_en", "name_ru", "name_kk", "city", "radius_m", "capacity",
              "legal_basis", "decision_date", "valid_from", "valid_to", "confidence", "notes")
REQUIRED = ("slug", "name_en", "confidence")
TEXT_DEFAULTS = {"name_ru": "", "name_kk": "", "city": "", "legal_basis": "", "notes": ""}


def to_feature(venue: Venue) -> dict[str, Any]:
    properties = {name: getattr(venue, name) for name in PROPERTIES}
    properties["confidence"] = str(venue.confidence)
    return {"type": "Feature", "properties": properties,
            "geometry": ordered_geometry(venue.geometry)}


def from_feature(feature: Any, index: int) -> Venue:
    """The validated venue of `features[index]`; errors name the feature (1-based) and field."""
    where = f"Feature {index + 1} (features[{index}])"
    try:
        return _venue(feature)
    except InvalidVenue as exc:
        slug = _slug_of(feature)
        label = f"{where}, slug {slug!r}" if slug and exc.field != "slug" else where
        raise InvalidVenue(exc.field, f"{label}, field {exc.field}: {exc}") from None


def collection(venues: Iterable[Venue]) -> dict[str, Any]:
    """A FeatureCollection of the venues, sorted by slug."""
    return {"type": "FeatureCollection",
            "features": [to_feature(v) for v in sorted(venues, key=lambda v: v.slug)]}


def dumps(document: dict[str, Any]) -> str:
    """The one text form of an export: UTF-8 kept, two-space indent, a final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def features_of(document: Any, source: str) -> list[Any]:
    """The features of a FeatureCollection, or an error saying what the file is instead."""
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        kind = document.get("type") if isinstance(document, dict) else type(document).__name__
        raise InvalidVenue("type", f"{source} is not a GeoJSON FeatureCollection (its type is "
                           f"{kind!r}); nothing was imported.")
    features = document.get("features")
    if not isinstance(features, list) or not features:
        raise InvalidVenue("features", f"{source} has no features; nothing was imported.")
    return features


def _venue(feature: Any) -> Venue:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise InvalidVenue("type", "it is not a GeoJSON Feature (\"type\": \"Feature\").")
    properties = feature.get("properties")
    if not isinstance(properties, dict):
        raise InvalidVenue("properties", "it has no properties object; a venue needs at "
                           f"least {', '.join(REQUIRED)}.")
    unknown = sorted(set(properties) - set(PROPERTIES))
    if unknown:
        raise InvalidVenue(unknown[0], f"unknown propert{'ies' if len(unknown) > 1 else 'y'} "
                           f"{', '.join(unknown)}; the known ones are {', '.join(PROPERTIES)}.")
    for name in REQUIRED:
        if properties.get(name) in (None, ""):
            raise InvalidVenue(name, f"{name} is missing.")
    if "geometry" not in feature or feature["geometry"] is None:
        raise InvalidVenue("geometry", "it has no geometry (a Point or a Polygon).")
    values = {**TEXT_DEFAULTS, **{k: v for k, v in properties.items() if v is not None}}
    return validate(Venue(geometry=feature["geometry"], **values))


def ordered_geometry(geometry: dict[str, Any]) -> dict[str, Any]:
    """The geometry with its members in GeoJSON's usual order: type, coordinates (, bbox)."""
    ordered = {"type": geometry["type"], "coordinates": geometry["coordinates"]}
    if "bbox" in geometry:
        ordered["bbox"] = geometry["bbox"]
    return ordered


def _slug_of(feature: Any) -> str | None:
    properties = feature.get("properties") if isinstance(feature, dict) else None
    slug = properties.get("slug") if isinstance(properties, dict) else None
    return slug if isinstance(slug, str) and slug else None
