"""The data the map page draws, for the whole case or one claim: plain JSON, safe in a script."""

from __future__ import annotations

import json
from typing import Any

from evidence.errors import KnownError
from evidence.facts import VenueFact
from evidence.results import ClaimResult, PhotoBearing, local_text, utc_text
from evidence.rules import sighting_code
from maps.mapdata import STATUS_COLOURS, CaseMap, nearest_venue, offset, venue_status

COLOURS = STATUS_COLOURS
# How far beyond the claim's venue the view reaches, so the photographers' spots show.
FOCUS_MARGIN_M = 40.0
# From this many photos on, the markers are clustered (markercluster); fewer read better alone.
CLUSTER_FROM = 40


def script_json(value: Any) -> str:
    """JSON that is also a safe JavaScript expression inside an HTML <script> element.

    `<`, `>` and `&` are written as \\u escapes, so no string can close the element or open a
    comment; U+2028/2029 are escaped because older JavaScript takes them for line breaks.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def find_claim(data: CaseMap, claim_id: int | None) -> ClaimResult | None:
    if claim_id is None:
        return None
    for claim in data.analysis.claims:
        if claim.claim_id == claim_id:
            return claim
    known = ", ".join(str(c.claim_id) for c in data.analysis.claims) or "none"
    raise KnownError(f"There is no claim {claim_id} in this case (claims: {known}); "
                     "`claim list --case DIR` lists them.")


def page_data(data: CaseMap, claim: ClaimResult | None,
              cluster_from: int = CLUSTER_FROM) -> dict[str, Any]:
    """Venues, placed photos, the chosen claim and the view to open on."""
    venues = [_venue(data, v, claim) for v in data.venues.values()]
    qualifying = {p.photo_id: p for p in claim.photos} if claim else {}
    photos = [_photo(data, p, claim, qualifying) for p in data.photos if p["lat"] is not None]
    return {"venues": venues, "photos": photos, "colours": COLOURS, "cluster_from": cluster_from,
            "claim": _claim_summary(claim) if claim else None,
            "focus": _focus(data, claim, qualifying),
            "claims": [_claim_filter(data, c) for c in data.analysis.claims]}


def _window(claim: ClaimResult) -> str:
    c = claim.claim
    return (f"{local_text(c.window_start, c.window_zone)} – "
            f"{local_text(c.window_end, c.window_zone)}")


def _venue(data: CaseMap, venue: VenueFact, claim: ClaimResult | None) -> dict[str, Any]:
    claims = [c for c in data.analysis.claims if c.venue.slug == venue.slug]
    status = venue_status([c.verdict for c in claims])
    shape = venue.shape
    return {
        "id": venue.id, "slug": venue.slug, "name": venue.name,
        "other_names": [n for n in (venue.venue.name_ru, venue.venue.name_kk) if n],
        "kind": shape.kind,
        "rings": [[[lat, lon] for lon, lat in ring] for ring in shape.rings]
        if shape.kind == "Polygon" else None,
        "centre": list(shape.centre()), "radius_m": shape.radius_m,
        "label_at": _north_edge(venue),
        "status": status, "colour": COLOURS[status], "confidence": venue.confidence,
        "selected": bool(claim and claim.venue.slug == venue.slug),
        "claims": [{"claim_id": c.claim_id, "document_number": c.claim.document_number,
                    "document_date": c.claim.document_date,
                    "category": c.claim.category.value, "verdict": c.verdict.value,
                    "colour": c.verdict.colour, "window": _window(c)}
                   for c in claims],
    }


def _photo(data: CaseMap, photo: dict[str, Any], claim: ClaimResult | None,
           qualifying: dict[int, PhotoBearing]) -> dict[str, Any]:
    out = {k: photo[k] for k in ("id", "name", "lat", "lon", "circle_m", "accuracy_assumed",
                                 "bearing_deg", "cone", "taken_local", "taken_utc",
                                 "time_basis", "camera_clock", "camera", "software",
                                 "findings", "notes", "observations", "thumb")}
    out["accuracy"] = (f"{photo['accuracy_m']:.0f} m" if photo["accuracy_m"] is not None
                       else f"not recorded ({photo['circle_m']:.0f} m assumed)")
    found = qualifying.get(photo["id"])
    if claim is None:
        out["state"] = "normal"
        near = nearest_venue(data.facts[photo["id"]], data.venues)
        out["distance"] = _distance_text(near[1], near[0].name) if near else None
        out["bearing_on_claim"] = []
        return out
    venue = claim.venue
    metres = found.distance_m if found else venue.shape.distance_m(photo["lat"], photo["lon"])
    out["state"] = "qualifying" if found else "dimmed"
    out["distance"] = _distance_text(metres, venue.name)
    against = [sighting_code(s) for s in found.reading.contradicts] if found else []
    backing = [sighting_code(s) for s in found.reading.supports] if found else []
    out["bearing_on_claim"] = (
        ([f"contradicts the excuse: {', '.join(against)}"] if against else []) +
        ([f"supports the excuse: {', '.join(backing)}"] if backing else []))
    return out


def _claim_filter(data: CaseMap, claim: ClaimResult) -> dict[str, Any]:
    """What the app's map keeps in view for one claim: its venue, its photos, where to zoom."""
    found = {p.photo_id: p for p in claim.photos}
    return {"claim_id": claim.claim_id, "venue_id": claim.venue.id, "photos": sorted(found),
            "contradicting": sorted(i for i, p in found.items() if p.reading.contradicts),
            "supporting": sorted(i for i, p in found.items() if p.reading.supports),
            "focus": _focus(data, claim, found)}


def _north_edge(venue: VenueFact) -> list[float]:
    """Where the venue's name is pinned: its northernmost point (a circle's top)."""
    shape = venue.shape
    if shape.kind == "Point":
        lat, lon = shape.centre()
        return offset(lat, lon, shape.radius_m, 0.0)
    lon, lat = max(shape.rings[0], key=lambda p: p[1])
    return [lat, lon]


def _distance_text(metres: float, venue_name: str) -> str:
    if metres <= 0:
        return f"inside {venue_name}, {abs(metres):.0f} m from its boundary"
    return f"{metres:.0f} m outside {venue_name}"


def _claim_summary(result: ClaimResult) -> dict[str, Any]:
    claim = result.claim
    return {"claim_id": result.claim_id, "document_number": claim.document_number,
            "document_date": claim.document_date, "venue_name": result.venue.name,
            "category": claim.category.value, "excuse_text": claim.excuse_text,
            "verdict": result.verdict.value, "colour": result.verdict.colour,
            "window": _window(result),
            "window_utc": f"{utc_text(claim.window_start)} – {utc_text(claim.window_end)}",
            "photos": len(result.photos)}


def case_extent(data: CaseMap) -> list[list[float]] | None:
    """[[south, west], [north, east]] of every venue and placed photo; None when none is."""
    return _focus(data, None, {})


def _focus(data: CaseMap, claim: ClaimResult | None,
           qualifying: dict[int, PhotoBearing]) -> list[list[float]] | None:
    """[[south, west], [north, east]] of what the map opens on; None when nothing is placed."""
    points: list[tuple[float, float]] = []
    for venue in data.venues.values():
        if claim is None or venue.slug == claim.venue.slug:
            box = venue.shape.box(FOCUS_MARGIN_M)
            points += [(box.south, box.west), (box.north, box.east)]
    for photo in data.photos:
        if photo["lat"] is not None and (claim is None or photo["id"] in qualifying):
            points.append((photo["lat"], photo["lon"]))
    if not points:
        return None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]
