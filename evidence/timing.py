"""When a photo was taken: camera clock, UTC offset and where it came from, GPS clock.

Time-zone history comes from the pinned `tzdata` package, never the system's zoneinfo, so the
same case gives the same answer on every machine (Almaty: UTC+6 until 2024-03-01, UTC+5 after).
A local time the zone's clocks showed twice (Almaty, 23:00-24:00 on 29 Feb 2024) is read the way
the photo's GPS clock agrees with, and without a GPS clock as its first pass.
"""

from __future__ import annotations

import importlib.resources
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import tzdata

from evidence.errors import KnownError
from evidence.model import CaptureTime, OffsetSource, PhotoMetadata

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder

TZDATA_VERSION: str = tzdata.IANA_VERSION


@cache
def zone(name: str) -> ZoneInfo:
    """The IANA zone `name` from the bundled tz database."""
    parts = name.split("/")
    if not name or any(p in ("", ".", "..") for p in parts):
        raise KnownError(f"'{name}' is not a time-zone name (expected e.g. Asia/Almaty).")
    try:
        resource = importlib.resources.files("tzdata.zoneinfo").joinpath(*parts)
        with resource.open("rb") as fh:
            return ZoneInfo.from_file(fh, key=name)
    except (OSError, ValueError) as exc:
        raise KnownError(f"'{name}' is not a time zone in the tz database "
                         f"{TZDATA_VERSION} (expected e.g. Asia/Almaty).") from exc


@cache
def _finder() -> TimezoneFinder:
    from timezonefinder import TimezoneFinder  # loads its polygons: only when first needed
    return TimezoneFinder()


def zone_at(latitude: float, longitude: float) -> str | None:
    """The IANA zone in force at a position, found offline; None at the poles or on bad input."""
    try:
        return _finder().timezone_at(lng=longitude, lat=latitude)
    except ValueError:
        return None


def offset_at_location(latitude: float, longitude: float, local: datetime,
                       gps_time: datetime | None = None) -> tuple[str, timedelta] | None:
    """(zone, UTC offset) that a local clock time had at a position, by the zone's history;
    in a repeated hour, the reading `gps_time` agrees with (see `zone_offset`)."""
    name = zone_at(latitude, longitude)
    if name is None:
        return None
    return name, zone_offset(local, zone(name), gps_time)


def local_offset(local: datetime, tz: tzinfo) -> timedelta:
    """The offset of a naive local time in `tz`; in a repeated hour, the earlier reading."""
    return local.replace(tzinfo=tz, fold=0).utcoffset() or timedelta(0)


def readings(local: datetime, tz: tzinfo) -> tuple[timedelta, ...]:
    """The offsets a naive local time can be read with in `tz`: one, or two where the zone's
    clocks showed it twice (Almaty, 23:00-24:00 on 29 Feb 2024: UTC+6, then UTC+5) or skipped
    it; the earlier reading first."""
    first = local_offset(local, tz)
    second = local.replace(tzinfo=tz, fold=1).utcoffset() or timedelta(0)
    return (first,) if second == first else (first, second)


def zone_offset(local: datetime, tz: tzinfo, gps_time: datetime | None = None) -> timedelta:
    """The offset of a naive local time in `tz`. Read two ways (a repeated hour), it is the
    reading whose instant is nearer the GPS clock `gps_time` (aware UTC) when there is one,
    else (or on a tie) the earlier one, as `local_offset`."""
    options = readings(local, tz)
    if gps_time is None or len(options) == 1:
        return options[0]
    try:
        return min(options, key=lambda offset: abs(
            ((local - offset).replace(tzinfo=UTC) - gps_time).total_seconds()))
    except OverflowError:
        return options[0]


def resolve(meta: PhotoMetadata, default_zone: str | None = None) -> CaptureTime:
    """The capture instant in UTC, with the offset and its source, and the camera clock's skew."""
    local = meta.camera_time
    if local is None:
        return CaptureTime(None, None, OffsetSource.UNKNOWN)
    zone_name = None
    if meta.camera_time_utc:  # a video container's start: UTC, as the MP4 format defines it
        offset, source = timedelta(0), OffsetSource.CONTAINER_UTC
    elif meta.camera_offset is not None:
        offset, source = meta.camera_offset, OffsetSource.EXIF
    elif (located := _located_offset(meta)) is not None:
        (zone_name, offset), source = located, OffsetSource.LOCATION
    elif default_zone:
        zone_name, source = default_zone, OffsetSource.CASE_DEFAULT
        offset = zone_offset(local, zone(default_zone), meta.gps_time)
    else:
        return CaptureTime(local, None, OffsetSource.UNKNOWN)
    try:
        taken_utc = (local - offset).replace(tzinfo=UTC)
    except OverflowError:  # a clock at the calendar's very start: no instant to give
        return CaptureTime(local, offset, source, zone_name)
    skew = None
    if meta.gps_time is not None:
        skew = round((taken_utc - meta.gps_time).total_seconds(), 3)
    return CaptureTime(local, offset, source, zone_name, taken_utc, skew)


def _located_offset(meta: PhotoMetadata) -> tuple[str, timedelta] | None:
    if meta.latitude is None or meta.longitude is None or meta.camera_time is None:
        return None
    if meta.latitude == 0 and meta.longitude == 0:  # a placeholder, not a position
        return None
    return offset_at_location(meta.latitude, meta.longitude, meta.camera_time, meta.gps_time)


def format_offset(delta: timedelta | None) -> str | None:
    """'+HH:MM' for an offset, None when unknown."""
    if delta is None:
        return None
    minutes = round(delta.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def format_utc(moment: datetime | None) -> str | None:
    """'YYYY-MM-DDTHH:MM:SS[.ffffff]Z' for an aware instant."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"


def parse_utc(text: str | None) -> datetime | None:
    """An aware UTC instant from `format_utc`'s text ('...Z'); None for None or ''."""
    if not text:
        return None
    return datetime.fromisoformat(text.removesuffix("Z")).replace(tzinfo=UTC)


def parse_offset(text: str) -> timedelta | None:
    """'+05:00' / '-03:30' / 'Z' as a timedelta; None when it is not a plausible UTC offset."""
    text = text.strip()
    if text in ("Z", "+00:00", "-00:00"):
        return timedelta(0)
    if len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    try:
        hours, minutes = int(text[1:3]), int(text[4:6])
    except ValueError:
        return None
    if hours > 14 or minutes >= 60:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return -delta if text[0] == "-" else delta


def parse_exif_datetime(text: str, subsec: str | None = None) -> datetime | None:
    """'YYYY:MM:DD HH:MM:SS' (plus SubSecTime digits) as a naive datetime; None if not a date."""
    text = text.strip().replace("T", " ")
    if len(text) < 19:
        return None
    date_part, time_part = text[:10].replace("-", ":"), text[11:19]
    try:
        moment = datetime.strptime(f"{date_part} {time_part}", "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    digits = "".join(ch for ch in (subsec or "").strip() if ch.isdigit())
    if digits:
        moment = moment.replace(microsecond=int(digits[:6].ljust(6, "0")))
    return moment
