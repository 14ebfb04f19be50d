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
