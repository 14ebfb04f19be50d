"""Typed records made by hand, for tests that draw or lay out something the analysis would
give: a photo as stored, and a refusal's result around it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from evidence.facts import PhotoFact, VenueFact
from evidence.model import Category, Claim, Confidence, PhotoRecord, Tag, Venue
from evidence.phrases import phrase
from evidence.results import ClaimResult, Coverage, PhotoBearing, Verdict
from evidence.rules import Reading

# The keys of an inspection's JSON object (`inspect --json`), the shape other tools rely on.
JSON_KEYS = {"path", "sha256", "size_bytes", "media_type", "width", "height", "duration_s",
             "duration_source", "latitude",
             "longitude", "altitude_m", "gps_accuracy_m", "bearing_deg", "taken_local",
             "taken_offset", "offset_source", "taken_utc", "gps_time_utc", "clock_skew_s",
             "camera_make", "camera_model", "software", "findings", "error",
             "content_credentials", "credentials_trace"}


def photo_record(photo_id: int, **inspection: Any) -> PhotoRecord:
    """A stored photo whose inspection says `inspection` (latitude, bearing_deg ...)."""
    sha = f"{photo_id:064x}"
    stored = {"path": f"originals/{sha[:2]}/{sha}.jpg", "sha256": sha, "size_bytes": 1000,
              "media_type": "image/jpeg", "offset_source": "exif", "findings": [],
              **inspection}
    return PhotoRecord(photo_id, sha, stored["path"], 1000, "image/jpeg", json.dumps(stored),
                       stored.get("taken_utc"), stored.get("latitude"),
                       stored.get("longitude"), photo_id, (f"IMG_{photo_id:04d}.jpg",))


def with_inspection(record: PhotoRecord, **changes: Any) -> PhotoRecord:
    """The same photo with some of its stored inspection's values changed."""
    stored = {**record.record, **changes}
    return replace(record, stored_json=json.dumps(stored),
                   latitude=stored.get("latitude"), longitude=stored.get("longitude"))


def qualifying(record: PhotoRecord, *, contradicts: tuple[Tag, ...] = (),
            supports: tuple[Tag, ...] = (), at_edge: bool = False,
            instant: datetime = datetime(2022, 6, 12, 6, 0, tzinfo=UTC),
            uncertainty_s: float = 60.0) -> PhotoBearing:
    """A qualifying photo that shows `contradicts` and `supports`."""
    meta = record.inspection.metadata
    fact = PhotoFact(record.id, record.sha256, meta.latitude, meta.longitude,
                     meta.gps_accuracy_m, instant, uncertainty_s, phrase("basis.exif"), ())
    return PhotoBearing(fact, -1.0, at_edge, Reading(contradicts, supports), ())


def claim_result(venue: Venue, photos: list[PhotoBearing], *, claim_id: int = 9,
                 verdict: Verdict = Verdict.MIXED, number: str = "3Ж-123",
                 category: Category = Category.REPAIR_WORKS,
                 window: tuple[datetime, datetime] = (datetime(2022, 6, 12, 4, tzinfo=UTC),
                                                      datetime(2022, 6, 13, 14, tzinfo=UTC)),
                 document_date: str = "2022-06-01") -> ClaimResult:
    """A refusal of `venue` judged `verdict` on `photos`."""
    claim = Claim(document_number=number, document_date=document_date, venue_id=venue.id or 1,
                  window_start=window[0], window_end=window[1], window_zone="Asia/Almaty",
                  excuse_text="repair", category=category, id=claim_id)
    span = (window[1] - window[0]).total_seconds()
    return ClaimResult(claim, VenueFact(venue), verdict, (), (), Coverage(span, 0.0, ()),
                       tuple(photos))


def point_venue(slug: str, venue_id: int, name: str | None = None) -> Venue:
    """A venue of 50 m around a point in Almaty."""
    return Venue(slug, name or slug.title(), {"type": "Point", "coordinates": [76.95, 43.25]},
                 Confidence.SURVEYED, 50.0, id=venue_id)
