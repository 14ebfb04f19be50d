"""The data the map page draws, for the whole case or one claim: plain JSON, safe in a script."""

from __future__ import annotations

import json
from typing import Any

from evidence.errors import KnownError
from evidence.facts import VenueFact
from maps.mapdata import STATUSES, CaseMap, nearest_venue, offset, venue_status

# contradicted, supported, mixed, unverified, no claim
COLOURS = dict(zip(STATUSES, ("#c62828", "#1565c0", "#ef6c00", "#757575", "#9e9d24"),
                   strict=True))
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


def find_claim(data: CaseMap, claim_id: int | None) -> dict[str, Any] | None:
    if claim_id is None:
        return None
    for claim in data.analysis["claims"]:
        if claim["claim_id"] == claim_id:
            return claim
    known = ", ".join(str(c["claim_id"]) for c in data.analysis["claims"]) or "none"
    raise KnownError(f"There is no claim {claim_id} in this case (claims: {known}); "
                     "`claim list --case DIR` lists them.")


def page_data(data: CaseMap, claim: dict[str, Any] | None,
              cluster_from: int = CLUSTER_FROM) -> dict[str, Any]:
    """Venues, placed photos, the chosen claim and the view to open on."""
    venues = [_venue(data, v, claim) for v in data.venues.values()]
    qualifying = {p["photo_id"]: p for p in claim["photos"]} if claim else {}
    photos = [_photo(data, p, claim, qualifying) for p in data.photos if p["lat"] is not None]
    return {"venues": venues, "photos": photos, "colours": COLOURS, "cluster_from": cluster_from,
            "claim": _claim_summary(claim) if claim else None,
            "focus": _focus(data, claim, qualifying),
            "claims": [_claim_filter(data, c) for c in data.analysis["claims"]]}


def _venue(data: CaseMap, venue: VenueFact, claim: dict[str, Any] | None) -> dict[str, Any]:
    claims = [c for c in data.analysis["claims"] if c["venue"] == venue.slug]
    status = venue_status([c["verdict"] for c in claims])
    row = data.venue_rows.get(venue.id, {})
    shape = venue.shape
    return {
        "id": venue.id, "slug": venue.slug, "name": venue.name,
        "other_names": [n for n in (row.get("name_ru"), row.get("name_kk")) if n],
        "kind": shape.kind,
        "rings": [[[lat, lon] for lon, lat in ring] for ring in shape.rings]
        if shape.kind == "Polygon" else None,
        "centre": list(shape.centre()), "radius_m": shape.radius_m,
        "label_at": _north_edge(venue),
        "status": status, "colour": COLOURS[status], "confidence": venue.confidence,
        "selected": bool(claim and claim["venue"] == venue.slug),
        "claims": [{"claim_id": c["claim_id"], "document_number": c["document_number"],
                    "document_date": c["document_date"], "category": c["category"],
                    "verdict": c["verdict"], "colour": COLOURS[c["verdict"]],
                    "window": f"{c['window']['start_local']} – {c['window']['end_local']}"}
                   for c in claims],
    }


def _photo(data: CaseMap, photo: dict[str, Any], claim: dict[str, Any] | None,
           qualifying: dict[int, dict[str, Any]]) -> dict[str, Any]:
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
    venue = next(v for v in data.venues.values() if v.slug == claim["venue"])
    metres = found["distance_m"] if found else venue.shape.distance_m(photo["lat"],
                                                                       photo["lon"])
    out["state"] = "qualifying" if found else "dimmed"
    out["distance"] = _distance_text(metres, venue.name)
    out["bearing_on_claim"] = ([f"contradicts the excuse: {', '.join(found['contradicts'])}"]
                               if found and found["contradicts"] else []) + (
        [f"supports the excuse: {', '.join(found['supports'])}"]
        if found and found["supports"] else [])
    return out


def _claim_filter(data: CaseMap, claim: dict[str, Any]) -> dict[str, Any]:
    """What the app's map keeps in view for one claim: its venue, its photos, where to zoom."""
    found = {p["photo_id"]: p for p in claim["photos"]}
    venue = next((v.id for v in data.venues.values() if v.slug == claim["venue"]), None)
    return {"claim_id": claim["claim_id"], "venue_id": venue, "photos": sorted(found),
            "contradicting": sorted(i for i, p in found.items() if p["contradicts"]),
            "supporting": sorted(i for i, p in found.items() if p["supports"]),
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


def _claim_summary(claim: dict[str, Any]) -> dict[str, Any]:
    return {"claim_id": claim["claim_id"], "document_number": claim["document_number"],
            "document_date": claim["document_date"], "venue_name": claim["venue_name"],
            "category": claim["category"], "excuse_text": claim["excuse_text"],
            "verdict": claim["verdict"], "colour": COLOURS[claim["verdict"]],
            "window": f"{claim['window']['start_local']} – {claim['window']['end_local']}",
            "window_utc": f"{claim['window']['start_utc']} – {claim['window']['end_utc']}",
            "photos": len(claim["photos"])}


def case_extent(data: CaseMap) -> list[list[float]] | None:
    """[[south, west], [north, east]] of every venue and placed photo; None when none is."""
    return _focus(data, None, {})


def _focus(data: CaseMap, claim: dict[str, Any] | None,
           qualifying: dict[int, dict[str, Any]]) -> list[list[float]] | None:
    """[[south, west], [north, east]] of what the map opens on; None when nothing is placed."""
    points: list[tuple[float, float]] = []
    for venue in data.venues.values():
        if claim is None or venue.slug == claim["venue"]:
            box = venue.shape.box(FOCUS_MARGIN_M)
            points += [(box.south, box.west), (box.north, box.east)]
    for photo in data.photos:
        if photo["lat"] is not None and (claim is None or photo["id"] in qualifying):
            points.append((photo["lat"], photo["lon"]))
    if not points:
        return None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]
