"""Building cases for analysis tests through the app's own functions (venues.add, claims.add,
import_paths, observations.add): a test case is made exactly as a user's is."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from evidence import claims, observations, timing, venues
from evidence.claim_fields import window_from_local
from evidence.importer import import_paths
from evidence.model import Category, Claim, Confidence, Observation, Tag, Venue
from evidence.store import Case
from tests.helpers.photos import Shot, write_photo

ALMATY = "Asia/Almaty"
SQUARE = {"type": "Polygon", "coordinates": [[[76.940, 43.240], [76.942, 43.240],
                                              [76.942, 43.2415], [76.940, 43.2415],
                                              [76.940, 43.240]]]}
INSIDE = (43.2407, 76.941)


def add_venue(case: Case, slug: str = "square", geometry: dict | None = None,
              radius_m: float | None = None, valid_from: str | None = "2020-06-01",
              valid_to: str | None = None, confidence: str = "surveyed",
              name_en: str | None = None, capacity: int | None = None) -> int:
    return venues.add(case, Venue(
        slug=slug, name_en=name_en or slug.replace("-", " ").title(), geometry=geometry or SQUARE,
        confidence=Confidence(confidence), radius_m=radius_m, legal_basis="Decision No. 462",
        valid_from=valid_from, valid_to=valid_to, capacity=capacity), "t")


def utc_text(text: str, zone: str = ALMATY) -> str:
    """A local 'YYYY-MM-DD HH:MM' in `zone` as the UTC text the database keeps."""
    naive = datetime.strptime(text, "%Y-%m-%d %H:%M")
    utc = naive - timing.local_offset(naive, timing.zone(zone))
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def add_claim(case: Case, venue_id: int, start: str, end: str, category: str,
              excuse: str = "", number: str = "Z-1", event_date: str | None = None,
              participants: int | None = None) -> int:
    window_start, window_end = window_from_local(start, end, ALMATY)
    return claims.add(case, Claim(
        document_number=number, document_date=start[:10], venue_id=venue_id,
        window_start=window_start, window_end=window_end, window_zone=ALMATY,
        excuse_text=excuse or category, category=Category(category), category_source="user",
        event_date=event_date, expected_participants=participants), "t")


def add_photo(case: Case, folder: Path, name: str, taken: str, *,
              position: tuple[float, float] | None = INSIDE, **shot) -> int:
    """A photo taken at `taken` (local Almaty time 'YYYY-MM-DD HH:MM'), imported; its id."""
    when = datetime.strptime(taken, "%Y-%m-%d %H:%M").strftime("%Y:%m:%d %H:%M:%S")
    lat, lon = position if position else (None, None)
    path = write_photo(folder / name, Shot(taken=when, lat=lat, lon=lon, **shot))
    [result] = import_paths(case, [str(path)], actor="t")
    return result.photo_id


def observe(case: Case, photo_id: int, *tags: str, people: int | None = None) -> None:
    observations.add(case, Observation(photo_id, "reviewer", tuple(Tag(t) for t in tags),
                                       people), "reviewer")


def later(text: str, minutes: int) -> str:
    moment = datetime.strptime(text, "%Y-%m-%d %H:%M") + timedelta(minutes=minutes)
    return moment.strftime("%Y-%m-%d %H:%M")
