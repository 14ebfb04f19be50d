"""Frozen records passed between the core's stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"          # context for the reader, the evidence is not weakened
    WARNING = "warning"    # weakens the evidence; a lawyer must be able to explain it
    CRITICAL = "critical"  # the file cannot serve as evidence of time or place as it stands


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str


@dataclass(frozen=True)
class PhotoMetadata:
    """What one file says about itself, as read; nothing is inferred here."""

    path: str
    sha256: str | None = None
    size_bytes: int | None = None
    media_type: str | None = None
    width: int | None = None
    height: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    altitude_m: float | None = None
    gps_accuracy_m: float | None = None
    bearing_deg: float | None = None
    bearing_ref: str | None = None          # "T" true north, "M" magnetic north
    camera_time: datetime | None = None     # DateTimeOriginal + SubSecTimeOriginal, naive
    camera_time_raw: str | None = None      # as written, kept when it could not be parsed
    camera_offset: timedelta | None = None  # OffsetTimeOriginal
    gps_time: datetime | None = None        # GPSDateStamp + GPSTimeStamp, aware UTC
    modified_time: datetime | None = None   # DateTime, naive
    camera_make: str | None = None
    camera_model: str | None = None
    software: str | None = None
    # Problems met while reading (unreadable, not an image, truncated ...), as findings.
    problems: tuple[Finding, ...] = ()
    # Set when the file could not be read as an image at all.
    error: str | None = None


class OffsetSource(StrEnum):
    EXIF = "exif"
    LOCATION = "timezone-at-location"
    CASE_DEFAULT = "case-default"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CaptureTime:
    """When a photo was taken, and how that was established."""

    taken_local: datetime | None       # the camera's own clock, naive
    offset: timedelta | None
    offset_source: OffsetSource
    zone: str | None = None            # IANA zone used, when the offset came from one
    taken_utc: datetime | None = None  # aware UTC
    clock_skew_s: float | None = None  # camera clock minus GPS clock; positive = camera ahead


@dataclass(frozen=True)
class Inspection:
    """One file fully read: metadata, resolved time and the findings that weaken it."""

    metadata: PhotoMetadata
    time: CaptureTime
    findings: tuple[Finding, ...] = field(default=())


class Confidence(StrEnum):
    """How sure a venue's coordinates are."""

    SURVEYED = "surveyed"
    PHOTO_GPS = "photo-gps"        # set from a photo's GPS position
    APPROXIMATE = "approximate"    # needs checking on the ground


@dataclass(frozen=True)
class Venue:
    """A place designated for public assemblies, with the decision that designated it."""

    slug: str
    name_en: str
    geometry: dict                  # GeoJSON geometry: {"type": "Point"|"Polygon", ...}
    confidence: Confidence
    radius_m: float | None = None   # a Point's extent
    name_ru: str = ""
    name_kk: str = ""
    city: str = ""
    capacity: int | None = None
    legal_basis: str = ""
    decision_date: str | None = None  # YYYY-MM-DD
    valid_from: str | None = None     # YYYY-MM-DD, inclusive
    valid_to: str | None = None
    notes: str = ""
    id: int | None = None


class Category(StrEnum):
    """Why an authority says a venue was unavailable."""

    REPAIR_WORKS = "repair_works"
    OTHER_EVENT = "other_event"
    CAPACITY = "capacity"
    PUBLIC_ORDER = "public_order"
    EPIDEMIC = "epidemic"
    PROCEDURAL = "procedural"
    LATE_FILING = "late_filing"
    NOT_DESIGNATED = "not_designated"
    OTHER = "other"


@dataclass(frozen=True)
class Claim:
    """An official refusal: what the document says, in its own words."""

    document_number: str
    document_date: str              # YYYY-MM-DD
    venue_id: int
    window_start: datetime          # aware; the venue is claimed unavailable from ...
    window_end: datetime            # ... to (exclusive)
    window_zone: str                # the IANA zone the window was stated in
    excuse_text: str
    category: Category
    category_source: str = "user"   # "classifier" until a person confirms it
    excuse_lang: str = ""
    authority: str = ""
    signatory: str = ""
    event_date: str | None = None
    event_hours: str = ""
    expected_participants: int | None = None
    alternative_offered: str = ""
    letter_sha256: str | None = None
    letter_path: str | None = None
    notes: str = ""
    id: int | None = None


class Tag(StrEnum):
    """What a reviewer sees in a photo."""

    VENUE_EMPTY = "venue_empty"
    NO_EVENT_VISIBLE = "no_event_visible"
    EVENT_IN_PROGRESS = "event_in_progress"
    STAGE_OR_EQUIPMENT = "stage_or_equipment"
    NO_REPAIR_ACTIVITY = "no_repair_activity"
    REPAIR_ACTIVITY = "repair_activity"
    BARRIERS_OR_FENCING = "barriers_or_fencing"
    ACCESS_OPEN = "access_open"
    ACCESS_BLOCKED = "access_blocked"


@dataclass(frozen=True)
class Observation:
    """What one reviewer saw in one photo, and when they recorded it."""

    photo_id: int
    reviewer: str
    tags: tuple[Tag, ...]
    people_count: int | None = None
    note: str = ""
    observed_utc: str = ""
    id: int | None = None
