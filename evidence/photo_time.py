"""When a photo was taken, as a person is shown it: the instant the analysis uses, in the time
of the photo's place, and the camera clock's own reading beside it where the two differ.

`evidence.facts.photo_fact` establishes the instant (UTC) and says how (its basis: the GPS clock,
or the camera clock with an offset). A person reads a time of day, so the instant is also given
in the local time of where the photo was taken: with the offset the camera clock was read with
when the instant is the camera's, else (the GPS clock dates it, or it is a video's start
its container records in UTC) the time zone at its position, else the case's time zone. The
camera's reading is kept beside it only when the instant is not the camera's: the camera clock
a day behind the GPS clock is shown, not hidden.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timezone, tzinfo

from evidence import timing
from evidence.errors import KnownError
from evidence.facts import PhotoFact
from evidence.model import Inspection, OffsetSource, PhotoRecord
from evidence.phrases import Phrase

GPS_BASIS = "basis.gps"
CREDENTIALS_BASIS = "basis.credentials"  # a trusted time-stamp of trusted Content Credentials


@dataclass(frozen=True)
class PhotoTime:
    """A photo's established moment as the window shows it; every field from its inspection
    and its `PhotoFact`, so it is computed once per photo."""

    instant: datetime | None        # aware UTC: the moment the analysis uses (None: undated)
    uncertainty_s: float
    basis: Phrase                   # how the instant was established (the fact's basis)
    local: datetime | None          # the instant in its place's time (aware); None: no zone
    offset_source: OffsetSource     # where `local`'s offset came from
    zone: str | None = None         # the IANA zone behind that offset, when one was used
    camera: datetime | None = None  # the camera clock's reading (naive) when the instant is not it
    camera_ahead_s: float | None = None  # the camera clock minus the instant; negative: behind

    @property
    def dated(self) -> bool:
        return self.instant is not None

    @property
    def by_gps(self) -> bool:
        """The GPS clock dates the photo, not its camera clock."""
        return self.basis.key == GPS_BASIS

    @property
    def order(self) -> float:
        """A number to sort by: the instant's timestamp; an undated photo after every other."""
        return self.instant.timestamp() if self.instant is not None else math.inf


def photo_time(found: Inspection, fact: PhotoFact, case_zone: str | None = None) -> PhotoTime:
    """When the photo inspected as `found` was taken, as `fact` establishes it."""
    time = found.time
    instant = fact.instant
    if instant is None:
        return PhotoTime(None, fact.uncertainty_s, fact.basis, None, OffsetSource.UNKNOWN,
                         camera=time.taken_local)
    if fact.basis.key == CREDENTIALS_BASIS and time.offset is not None:
        # The credentials' time-stamp dates it, in the offset the camera clock was read with;
        # the camera's reading is kept beside it, with how far off it was.
        local = instant.astimezone(timezone(time.offset))
        camera, ahead = time.taken_local, None
        if camera is not None:
            ahead = round(((camera - time.offset).replace(tzinfo=UTC) - instant)
                          .total_seconds(), 3)
        return PhotoTime(instant, fact.uncertainty_s, fact.basis, local, time.offset_source,
                         _zone_named(found, fact, case_zone, local), camera, ahead)
    if time.offset_source is OffsetSource.CONTAINER_UTC:
        # A video's start as an absolute instant (its container's UTC creation time): no clock
        # reading of the place to keep, so it is shown in its place's time as a GPS-dated
        # photo is, the report's reading; the basis still names the container.
        tz, source, zone_name = _place_zone(found, fact, case_zone)
        return PhotoTime(instant, fact.uncertainty_s, fact.basis,
                         instant.astimezone(tz) if tz is not None else None, source, zone_name)
    if fact.basis.key != GPS_BASIS and time.offset is not None:
        # The camera's own instant: its local reading is the time of day shown, exactly.
        local = instant.astimezone(timezone(time.offset))
        return PhotoTime(instant, fact.uncertainty_s, fact.basis, local, time.offset_source,
                         _zone_named(found, fact, case_zone, local))
    tz, source, zone_name = _place_zone(found, fact, case_zone)
    camera = time.taken_local
    ahead = time.clock_skew_s if camera is not None else None
    return PhotoTime(instant, fact.uncertainty_s, fact.basis,
                     instant.astimezone(tz) if tz is not None else None, source, zone_name,
                     camera, ahead)


def photo_times(photos: Iterable[PhotoRecord], facts: Mapping[int, PhotoFact],
                case_zone: str | None = None) -> dict[int, PhotoTime]:
    """Each photo's `PhotoTime`, by id."""
    return {p.id: photo_time(p.inspection, facts[p.id], p.case_zone or case_zone)
            for p in photos if p.id in facts}


def _zone_named(found: Inspection, fact: PhotoFact, case_zone: str | None,
                local: datetime) -> str | None:
    """The zone behind the offset a camera clock was read with, when one was (a position's,
    the case's) and it gives that offset at that moment."""
    time = found.time
    name = time.zone
    if name is None and time.offset_source is OffsetSource.CASE_DEFAULT:
        name = case_zone
    elif name is None and time.offset_source is OffsetSource.LOCATION and fact.placed:
        assert fact.lat is not None and fact.lon is not None
        name = timing.zone_at(fact.lat, fact.lon)
    tz = _zone(name)
    if tz is None or local.astimezone(tz).utcoffset() != local.utcoffset():
        return None
    return name


def _place_zone(found: Inspection, fact: PhotoFact, case_zone: str | None
                ) -> tuple[tzinfo | None, OffsetSource, str | None]:
    """The time of the place of a photo the GPS clock dates, and where it came from: the offset
    the camera recorded, else the zone at its position, else the case's zone; none known: UTC
    only."""
    time = found.time
    if time.offset_source is OffsetSource.EXIF and time.offset is not None:
        return timezone(time.offset), OffsetSource.EXIF, None
    if time.offset_source is not OffsetSource.CASE_DEFAULT and fact.placed and \
            (fact.lat, fact.lon) != (0.0, 0.0):  # (0, 0) is a placeholder, not a position
        assert fact.lat is not None and fact.lon is not None
        name = time.zone or timing.zone_at(fact.lat, fact.lon)
        found_zone = _zone(name)
        if found_zone is not None:
            return found_zone, OffsetSource.LOCATION, name
    name = time.zone if time.offset_source is OffsetSource.CASE_DEFAULT else None
    found_zone = _zone(name or case_zone)
    if found_zone is not None:
        return found_zone, OffsetSource.CASE_DEFAULT, name or case_zone
    if time.offset is not None:  # a zone no longer known: the offset the camera was read with
        return timezone(time.offset), time.offset_source, None
    return None, OffsetSource.UNKNOWN, None


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return timing.zone(name)
    except KnownError:
        return None

