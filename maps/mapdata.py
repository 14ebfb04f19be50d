"""What the interactive map shows, read once from a case: venues, claims, photos as plain data.

Everything here is plain JSON-ready data (strings, numbers, lists); the page's script draws it
and puts every string into the page as text, never as markup (see interactive.py).
"""

from __future__ import annotations

import base64
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from evidence import pictures
from evidence.analysis import Analysis
from evidence.facts import PhotoFact, VenueFact
from evidence.model import Inspection, Observation, PhotoRecord
from evidence.pictures import Pictures
from evidence.results import CaseResult, Verdict
from evidence.store import CaseData
from evidence.timing import format_offset, zone

# A phone's main camera sees about 65 degrees across; the cone is drawn this long.
VIEW_ANGLE_DEG = 65.0
CONE_LENGTH_M = 40.0
EARTH_RADIUS_M = 6_371_008.8
NO_CLAIM = "no claim"
# A venue's status: the verdicts of its refusals, or none.
STATUSES = (*(v.value for v in Verdict), NO_CLAIM)
STATUS_COLOURS = {**{v.value: v.colour for v in Verdict}, NO_CLAIM: "#9e9d24"}

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class CaseMap:
    """A case as the map needs it; `build_map` turns it into a page, for any claim."""

    title: str
    zone: str
    analysis: CaseResult
    venues: dict[int, VenueFact]
    photos: list[dict[str, Any]]        # every photo as the page draws it (JSON), in id order
    facts: dict[int, PhotoFact]


def load(data: CaseData, result: CaseResult | None = None,
         facts: Mapping[int, PhotoFact] | None = None, *,
         progress: Progress | None = None, cancelled: Cancelled | None = None,
         shown: Pictures | None = None) -> CaseMap | None:
    """What the map needs, from the case as read and (if already made) its analysis;
    `progress(done, total)` per photo; None if cancelled. Its thumbnails come from `shown`:
    by default `pictures.for_export` (each redaction applied), as any page written out needs;
    only the window's own map asks for the reviewer's originals."""
    if result is None or facts is None:
        analysis = Analysis(data)
        result, facts = analysis.result(), analysis.facts
    venues = {v.id: VenueFact(v) for v in data.venues if v.id is not None}
    zone_name = data.info.timezone or (data.claims[0].window_zone if data.claims else "UTC")
    shown = pictures.for_export(data) if shown is None else shown
    photos = []
    for done, record in enumerate(data.photos, start=1):
        if cancelled and cancelled():
            return None
        photos.append(_photo(shown, record, facts[record.id],
                             data.observations_of(record.id), zone_name))
        if progress:
            progress(done, len(data.photos))
    return CaseMap(data.info.title, zone_name, result, venues, photos, dict(facts))


def _photo(shown: Pictures, record: PhotoRecord, fact: PhotoFact,
           seen: tuple[Observation, ...], zone_name: str) -> dict[str, Any]:
    meta = record.inspection.metadata
    bearing = meta.bearing_deg
    return {
        "id": record.id, "name": record.names[0] if record.names else "",
        "sha256": record.sha256, "lat": fact.lat, "lon": fact.lon,
        "accuracy_m": fact.accuracy_m, "circle_m": fact.allowance_m,
        "accuracy_assumed": fact.accuracy_m is None,
        "bearing_deg": bearing,
        "cone": cone(fact.lat, fact.lon, bearing) if fact.lat is not None and
        fact.lon is not None and bearing is not None else None,
        "taken_local": local_time(fact, zone_name), "taken_utc": utc_time(fact),
        "time_basis": fact.time_basis,
        "camera_clock": camera_clock(record.inspection),
        "camera_clock_parts": camera_clock_parts(record.inspection),
        "camera": " ".join(p for p in (meta.camera_make, meta.camera_model) if p),
        "software": meta.software or "",
        "findings": [{"code": f.code, "severity": f.severity.value, "message": f.message}
                     for f in record.inspection.findings],
        "notes": list(fact.notes),
        "observations": [{"reviewer": o.reviewer, "tags": [t.value for t in o.tags],
                          "people": o.people_count, "note": o.note} for o in seen],
        "thumb": thumbnail_uri(shown, record),
    }


def local_time(fact: PhotoFact, zone_name: str) -> str | None:
    if fact.instant is None:
        return None
    local = fact.instant.astimezone(zone(zone_name))
    return f"{local:%Y-%m-%d %H:%M:%S} UTC{format_offset(local.utcoffset())} ({zone_name})"


def utc_time(fact: PhotoFact) -> str | None:
    return None if fact.instant is None else f"{fact.instant.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC"


def camera_clock(found: Inspection) -> str:
    """What the camera's own clock said, with the offset and where it came from."""
    time = found.time
    if time.taken_local is None:
        return ""
    offset = format_offset(time.offset)
    return time.taken_local.isoformat().replace("T", " ") + (
        f" ({offset}, {time.offset_source.value})" if offset else "")


def camera_clock_parts(found: Inspection) -> tuple[str, str, str] | None:
    """What the camera's own clock said, its offset, and where the offset came from (a code)."""
    time = found.time
    if time.taken_local is None:
        return None
    return (time.taken_local.isoformat().replace("T", " "), format_offset(time.offset) or "",
            time.offset_source.value)


def thumbnail_uri(shown: Pictures, record: PhotoRecord) -> str | None:
    """The photo's thumbnail as a data: URI, so that an exported map needs no other file;
    None (the popup says there is none) when it has none."""
    data = shown.thumbnail(record)
    if data is None:
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


def venue_status(verdicts: list[Verdict]) -> str:
    """One colour for a venue from its claims' verdicts; unverified claims do not tip it."""
    if not verdicts:
        return NO_CLAIM
    bearing = {v for v in verdicts if v.tested}
    if not bearing:
        return Verdict.UNVERIFIED.value
    if len(bearing) == 1 and bearing != {Verdict.MIXED}:
        return next(iter(bearing)).value
    return Verdict.MIXED.value


def nearest_venue(fact: PhotoFact, venues: dict[int, VenueFact]) -> tuple[VenueFact, float] | None:
    """The venue whose boundary is nearest to the photo, and the geodesic distance to it."""
    lat, lon = fact.lat, fact.lon
    if lat is None or lon is None or not venues:
        return None
    near = min(venues.values(), key=lambda v: (v.shape.approx_distance_m(lat, lon), v.id))
    return near, near.shape.distance_m(lat, lon)

