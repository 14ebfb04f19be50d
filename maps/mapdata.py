"""What the interactive map shows, read once from a case: venues, claims, photos as plain data.

Everything here is plain JSON-ready data (strings, numbers, lists); the page's script draws it
and puts every string into the page as text, never as markup (see interactive.py).
"""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from evidence import analysis, derived, facts, observations
from evidence.facts import PhotoFact, VenueFact
from evidence.store import Case
from evidence.timing import format_offset, zone

# A phone's main camera sees about 65 degrees across; the cone is drawn this long.
VIEW_ANGLE_DEG = 65.0
CONE_LENGTH_M = 40.0
EARTH_RADIUS_M = 6_371_008.8
STATUSES = ("contradicted", "supported", "mixed", "unverified", "no claim")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class CaseMap:
    """A case as the map needs it; `build_map` turns it into a page, for any claim."""

    title: str
    zone: str
    analysis: dict[str, Any]
    venues: dict[int, VenueFact]
    venue_rows: dict[int, dict[str, Any]]
    photos: list[dict[str, Any]]        # every photo, placed or not, in id order
    facts: dict[int, PhotoFact]


def load(case: Case, *, progress: Progress | None = None,
         cancelled: Cancelled | None = None) -> CaseMap | None:
    """Reads what the map needs; `progress(done, total)` per photo; None if cancelled."""
    claims, venues, photo_facts = facts.load(case)
    seen = observations.by_photo(case)
    result = analysis.analyze(claims, venues, photo_facts, seen)
    names = _source_names(case)
    zone_name = case.info.timezone or (claims[0].zone if claims else "UTC")
    rows = case.photos()
    by_id = {f.id: f for f in photo_facts}
    photos = []
    for done, row in enumerate(rows, start=1):
        if cancelled and cancelled():
            return None
        photos.append(_photo(case, row, by_id[row["id"]], names.get(row["id"], ""),
                             seen.get(row["id"], []), zone_name))
        if progress:
            progress(done, len(rows))
    venue_rows = {row["id"]: dict(row) for row in case.conn.execute("SELECT * FROM venues")}
    return CaseMap(case.info.title, zone_name, result, venues, venue_rows, photos, by_id)


def _source_names(case: Case) -> dict[int, str]:
    """Each photo's file name as it was first imported."""
    names: dict[int, str] = {}
    for row in case.conn.execute("SELECT photo_id, source_name FROM imports ORDER BY id"):
        names.setdefault(row["photo_id"], row["source_name"])
    return names


def _photo(case: Case, row: Any, fact: PhotoFact, name: str, seen: list,
           zone_name: str) -> dict[str, Any]:
    record = json.loads(row["inspection"])
    bearing = record.get("bearing_deg")
    placed = fact.lat is not None and fact.lon is not None
    return {
        "id": row["id"], "name": name, "sha256": row["sha256"],
        "lat": fact.lat, "lon": fact.lon,
        "accuracy_m": fact.accuracy_m, "circle_m": fact.allowance_m,
        "accuracy_assumed": fact.accuracy_m is None,
        "bearing_deg": bearing,
        "cone": cone(fact.lat, fact.lon, bearing) if placed and bearing is not None else None,
        "taken_local": local_time(fact, zone_name), "taken_utc": utc_time(fact),
        "time_basis": fact.time_basis,
        "camera_clock": _camera_clock(record),
        "camera": " ".join(p for p in (record.get("camera_make"),
                                       record.get("camera_model")) if p),
        "software": record.get("software") or "",
        "findings": [{"severity": f.get("severity", ""), "message": f.get("message", "")}
                     for f in record.get("findings", [])],
        "notes": list(fact.notes),
        "observations": [{"reviewer": o.reviewer, "tags": [t.value for t in o.tags],
                          "people": o.people_count, "note": o.note} for o in seen],
        "thumb": thumbnail_uri(case, row["sha256"]),
    }


def local_time(fact: PhotoFact, zone_name: str) -> str | None:
    if fact.instant is None:
        return None
    local = fact.instant.astimezone(zone(zone_name))
    return f"{local:%Y-%m-%d %H:%M:%S} UTC{format_offset(local.utcoffset())} ({zone_name})"


def utc_time(fact: PhotoFact) -> str | None:
    return None if fact.instant is None else f"{fact.instant.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC"


def _camera_clock(record: dict) -> str:
    if not record.get("taken_local"):
        return ""
    offset = record.get("taken_offset")
    source = record.get("offset_source")
    return record["taken_local"].replace("T", " ") + (f" ({offset}, {source})" if offset else "")


def thumbnail_uri(case: Case, sha256: str) -> str | None:
    """The photo's thumbnail as a data: URI, so that an exported map needs no other file."""
    try:
        data = case.files.read_bytes(derived.thumbnail_relpath(sha256))
    except FileNotFoundError:  # derived files are disposable: the popup says there is none
        return None
    return "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")


def cone(lat: float, lon: float, bearing_deg: float, length_m: float = CONE_LENGTH_M,
         angle_deg: float = VIEW_ANGLE_DEG) -> list[list[float]]:
    """The camera's field of view as a (lat, lon) polygon: apex at the photo, an arc ahead."""
    points = [[lat, lon]]
    steps = 8
    for i in range(steps + 1):
        heading = math.radians(bearing_deg - angle_deg / 2 + angle_deg * i / steps)
        points.append(offset(lat, lon, length_m * math.cos(heading),
                             length_m * math.sin(heading)))
    return points


def offset(lat: float, lon: float, north_m: float, east_m: float) -> list[float]:
    """The point `north_m` north and `east_m` east (flat earth: right over tens of metres)."""
    dlat = math.degrees(north_m / EARTH_RADIUS_M)
    dlon = math.degrees(east_m / (EARTH_RADIUS_M * math.cos(math.radians(lat))))
    return [round(lat + dlat, 7), round(lon + dlon, 7)]


def venue_status(verdicts: list[str]) -> str:
    """One colour for a venue from its claims' verdicts; unverified claims do not tip it."""
    if not verdicts:
        return "no claim"
    bearing = {v for v in verdicts if v != "unverified"}
    if not bearing:
        return "unverified"
    if bearing == {"contradicted"}:
        return "contradicted"
    if bearing == {"supported"}:
        return "supported"
    return "mixed"


def nearest_venue(fact: PhotoFact, venues: dict[int, VenueFact]) -> tuple[VenueFact, float] | None:
    """The venue whose boundary is nearest to the photo, and the geodesic distance to it."""
    if fact.lat is None or fact.lon is None or not venues:
        return None
    near = min(venues.values(), key=lambda v: (v.shape.approx_distance_m(fact.lat, fact.lon),
                                               v.id))
    return near, near.shape.distance_m(fact.lat, fact.lon)

