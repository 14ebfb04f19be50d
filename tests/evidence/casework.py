"""Building cases for analysis tests: venues and claims written as the app writes them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from evidence import audit, observations, timing
from evidence.importer import import_paths
from evidence.model import Observation, Tag
from evidence.store import Case
from tests.photos import Shot, write_photo

ALMATY = "Asia/Almaty"
SQUARE = {"type": "Polygon", "coordinates": [[[76.940, 43.240], [76.942, 43.240],
                                              [76.942, 43.2415], [76.940, 43.2415],
                                              [76.940, 43.240]]]}
INSIDE = (43.2407, 76.941)


def add_venue(case: Case, slug: str = "square", geometry: dict | None = None,
              radius_m: float | None = None, valid_from: str | None = "2020-06-01",
              valid_to: str | None = None, confidence: str = "surveyed") -> int:
    with case.transaction():
        row_id = case.conn.execute(
            "INSERT INTO venues (slug, name_en, geometry, radius_m, legal_basis, valid_from, "
            "valid_to, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (slug, slug.replace("-", " ").title(), json.dumps(geometry or SQUARE), radius_m,
             "Decision No. 462", valid_from, valid_to, confidence)).lastrowid
        audit.record(case, "t", "venue-added", "venues", row_id)
    return int(row_id)


def utc_text(text: str, zone: str = ALMATY) -> str:
    """A local 'YYYY-MM-DD HH:MM' in `zone` as the UTC text the database keeps."""
    naive = datetime.strptime(text, "%Y-%m-%d %H:%M")
    utc = naive - timing.local_offset(naive, timing.zone(zone))
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def add_claim(case: Case, venue_id: int, start: str, end: str, category: str,
              excuse: str = "", number: str = "Z-1", event_date: str | None = None) -> int:
    with case.transaction():
        row_id = case.conn.execute(
            "INSERT INTO claims (document_number, document_date, venue_id, window_start_utc, "
            "window_end_utc, window_zone, excuse_text, category, category_source, event_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'user', ?)",
            (number, start[:10], venue_id, utc_text(start), utc_text(end), ALMATY,
             excuse or category, category, event_date)).lastrowid
        audit.record(case, "t", "claim-added", "claims", row_id)
    return int(row_id)


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
