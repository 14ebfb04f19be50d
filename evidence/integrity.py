"""SHA-256 of originals, and the findings that say how far a photo can be trusted."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime, timedelta

from evidence.model import CaptureTime, Finding, OffsetSource, PhotoMetadata, Severity
from evidence.printable import printable
from evidence.timing import format_offset, format_utc, zone, zone_at

CHUNK_BYTES = 1 << 20
TAIL_BYTES = 64 * 1024

CLOCK_SKEW_THRESHOLD_S = 120.0
GPS_ACCURACY_THRESHOLD_M = 50.0
# A camera may write DateTime a little after DateTimeOriginal when it saves the file.
MODIFIED_TOLERANCE = timedelta(seconds=60)
EARLIEST_PLAUSIBLE = datetime(1990, 1, 1)
# Names in the Software tag that mean an editing program saved the file (lower case).
KNOWN_EDITORS = (
    "photoshop", "lightroom", "gimp", "snapseed", "paint shop", "paintshop", "paint.net",
    "painttool", "affinity photo", "pixelmator", "capture one", "darktable", "rawtherapee",
    "picasa", "photoscape", "acdsee", "luminar", "facetune", "picsart", "pixlr", "canva",
    "photo editor", "photodirector", "fotor", "irfanview", "xnview", "faststone", "corel",
    "photoshop express", "vsco", "meitu", "remini",
    # video editors (a video's container names the program that wrote it)
    "premiere", "after effects", "final cut", "imovie", "davinci", "capcut", "inshot",
    "kinemaster", "filmora", "vegas pro", "shotcut", "openshot", "vn video", "quik",
)


def sha256_stream(fh: io.BufferedIOBase) -> tuple[str, int, bytes]:
    """(hex SHA-256, size, last bytes) of a file read in 1 MiB chunks, never whole in memory."""
    digest = hashlib.sha256()
    buffer = bytearray(CHUNK_BYTES)
    view = memoryview(buffer)
    size = 0
    tail = b""
    fh.seek(0)
    while n := fh.readinto(buffer):
        digest.update(view[:n])
        size += n
        tail = (tail + bytes(view[max(0, n - TAIL_BYTES):n]))[-TAIL_BYTES:]
    return digest.hexdigest(), size, tail


def findings(
    meta: PhotoMetadata,
    time: CaptureTime,
    *,
    now: datetime | None = None,
    skew_threshold_s: float = CLOCK_SKEW_THRESHOLD_S,
    accuracy_threshold_m: float = GPS_ACCURACY_THRESHOLD_M,
) -> tuple[Finding, ...]:
    """Every reason this photo is weaker evidence of when and where it was taken."""
    if meta.error is not None:
        return meta.problems
    now = now or datetime.now(UTC)
    found = list(meta.problems)
    found += _place_findings(meta, accuracy_threshold_m)
    found += _time_findings(meta, time, now, skew_threshold_s)
    found += _editing_findings(meta)
    return tuple(found)


def _place_findings(meta: PhotoMetadata, accuracy_threshold_m: float) -> list[Finding]:
    if meta.latitude is None or meta.longitude is None:
        if _is_video(meta):
            return [Finding("no_gps", Severity.WARNING,
                            "The video records no position: where it was filmed rests on the "
                            "word of whoever filmed it and on what the pictures show.")]
        return [Finding("no_gps", Severity.WARNING,
                        "The photo records no GPS position: where it was taken rests on the "
                        "photographer's word and on what the image shows.")]
    out = []
    if meta.latitude == 0 and meta.longitude == 0:
        out.append(Finding("zero_gps", Severity.CRITICAL,
                           "The GPS position is exactly 0°, 0° (the Gulf of Guinea): the device "
                           "wrote a placeholder, not a real fix."))
    if meta.gps_accuracy_m is not None and meta.gps_accuracy_m > accuracy_threshold_m:
        out.append(Finding("low_gps_accuracy", Severity.WARNING,
                           f"The device reports its GPS position as accurate only to "
                           f"{meta.gps_accuracy_m:.0f} m "
                           f"(threshold {accuracy_threshold_m:.0f} m)."))
    return out


def _time_findings(meta: PhotoMetadata, time: CaptureTime, now: datetime,
                   skew_threshold_s: float) -> list[Finding]:
    if meta.camera_time is None:
        return [_no_capture_time(meta)]
    out = []
    if time.offset_source is OffsetSource.CONTAINER_UTC:
        out.append(Finding("container_time_utc", Severity.INFO,
                           "The start is the creation time the video's container records, "
                           "which the MP4 format (ISO base media file format) defines as UTC and "
                           "Apple's QuickTime documentation recommends as UTC; phones write it "
                           "so, but a camera that writes its local clock there instead would be "
                           "off by its time zone's offset (five or six hours in Almaty)."))
    if time.offset_source is OffsetSource.UNKNOWN:
        out.append(Finding("unknown_offset", Severity.WARNING,
                           "The camera clock's time zone is unknown (no offset in the file, no "
                           "GPS position, no case time zone): the instant is uncertain by hours."))
    out += _offset_mismatch(meta, time)
    if time.clock_skew_s is not None and abs(time.clock_skew_s) > skew_threshold_s:
        out.append(Finding("clock_skew", Severity.WARNING,
                           f"The camera clock disagrees with the GPS clock by "
                           f"{_duration(time.clock_skew_s)} (camera "
                           f"{'ahead' if time.clock_skew_s > 0 else 'behind'}; threshold "
                           f"{skew_threshold_s:.0f} s): the camera's time cannot be taken as is."))
    if _is_future(meta, time, now):
        out.append(Finding("future_capture_time", Severity.CRITICAL,
                           "The capture time lies in the future of this inspection: the camera "
                           "clock was wrong or the metadata was altered."))
    elif meta.camera_time < EARLIEST_PLAUSIBLE:
        out.append(Finding("implausible_capture_time", Severity.WARNING,
                           f"The capture time {meta.camera_time:%Y-%m-%d} predates consumer "
                           "digital cameras: the camera clock was probably never set."))
    modified = meta.modified_time
    if modified is not None and modified > meta.camera_time + MODIFIED_TOLERANCE:
        out.append(Finding("modified_after_capture", Severity.WARNING,
                           f"The file was last written at {modified:%Y-%m-%d %H:%M:%S}, "
                           f"after it was taken ({meta.camera_time:%Y-%m-%d %H:%M:%S}): a program "
                           "saved it again after capture."))
    return out


def _no_capture_time(meta: PhotoMetadata) -> Finding:
    """No camera time: where the GPS clock dates the photo instead, a note saying so
    (`dated_by_gps_clock`); only a photo with no time at all has `no_capture_time`."""
    if _is_video(meta):
        written = f" (it holds '{printable(meta.camera_time_raw)}', which is not a date)" \
            if meta.camera_time_raw else ""
        return Finding("no_capture_time", Severity.WARNING,
                       f"The video records no start time in its container{written}: when it "
                       "was filmed cannot be established from the file.")
    detail = ""
    if meta.camera_time_raw:
        detail = f" (the field holds '{printable(meta.camera_time_raw)}', which is not a date)"
    if meta.gps_time is not None:
        return Finding("dated_by_gps_clock", Severity.INFO,
                       f"The photo records no camera time (DateTimeOriginal){detail}; its GPS "
                       f"clock dates it: {meta.gps_time:%Y-%m-%d %H:%M:%S} UTC.")
    return Finding("no_capture_time", Severity.WARNING,
                   f"The photo records no capture time (DateTimeOriginal){detail}, and no GPS "
                   "time: when it was taken cannot be established from the file.")


def _offset_mismatch(meta: PhotoMetadata, time: CaptureTime) -> list[Finding]:
    """The recorded offset against the zone at the position, at the instant the recorded
    offset gives (never at the wall time: 23:30 +05:00 on 29 Feb 2024 is Almaty's second
    23:30, when it was UTC+5)."""
    if time.offset_source is not OffsetSource.EXIF or meta.latitude is None:
        return []
    assert meta.longitude is not None  # metadata reads a position whole or not at all
    if time.taken_utc is None or (meta.latitude == 0 and meta.longitude == 0):
        return []
    name = zone_at(meta.latitude, meta.longitude)
    if name is None:
        return []
    try:
        wall = time.taken_utc.astimezone(zone(name))  # the zone's clocks at that instant
    except OverflowError:  # an instant at the ends of the calendar has no local time there
        return []
    offset = wall.utcoffset()
    if offset == time.offset:
        return []
    return [Finding("offset_mismatch", Severity.INFO,
                    f"The camera recorded UTC{format_offset(time.offset)}, but at the "
                    f"{'video' if _is_video(meta) else 'photo'}'s position ({name}) the "
                    f"instant this gives ({format_utc(time.taken_utc)}) "
                    f"was {wall:%Y-%m-%d %H:%M:%S} UTC{format_offset(offset)}: the camera was "
                    "set to another zone (or kept an outdated zone table), or the position is "
                    "wrong. The instant still follows the recorded offset.")]


def _is_future(meta: PhotoMetadata, time: CaptureTime, now: datetime) -> bool:
    if time.taken_utc is not None:
        return time.taken_utc > now + timedelta(minutes=5)
    # Without an offset, any zone on Earth (UTC-12 .. UTC+14) must still put it in the future.
    assert meta.camera_time is not None  # _time_findings returned early without one
    try:
        return meta.camera_time - timedelta(hours=14) > now.replace(tzinfo=None)
    except OverflowError:  # within 14 h of 0001-01-01: certainly not in the future
        return False


def _editing_findings(meta: PhotoMetadata) -> list[Finding]:
    software = (meta.software or "").lower()
    editor = next((name for name in KNOWN_EDITORS if name in software), None)
    if editor is None:
        return []
    if _is_video(meta):
        return [Finding("edited_by_software", Severity.WARNING,
                        f"The file was written by '{meta.software}', a video editor: its "
                        "pictures may have been changed or cut after filming.")]
    return [Finding("edited_by_software", Severity.WARNING,
                    f"The file was saved by '{meta.software}', an image editor: its pixels may "
                    "have been changed after capture.")]


def _is_video(meta: PhotoMetadata) -> bool:
    return (meta.media_type or "").startswith("video/")


def _duration(seconds: float) -> str:
    s = abs(seconds)
    if s < 120:
        return f"{s:.1f} s"
    if s < 7200:
        return f"{s / 60:.1f} min"
    if s < 172800:
        return f"{s / 3600:.1f} h"
    return f"{s / 86400:.1f} days"
