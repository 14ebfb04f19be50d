"""Inspecting files and folders: read, date and flag each photo, in parallel, in input order."""

from __future__ import annotations

import math
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from typing import Any

from evidence import credentials, integrity, metadata, parallel, timing
from evidence.model import (
    CaptureTime,
    ContentCredentials,
    CredentialTrace,
    Finding,
    Inspection,
    OffsetSource,
    PhotoMetadata,
    Severity,
)

# A file that takes longer than this to read is hostile or broken; it is reported and skipped.
READ_DEADLINE_S = 10.0
# ... plus this long per byte: a video of gigabytes is hashed whole before it is read (at 50 MB/s,
# a slow USB stick's pace), so its size alone must not run the deadline out.
READ_DEADLINE_PER_BYTE_S = 1 / 50e6
Progress = parallel.Progress
Cancelled = parallel.Cancelled


def inspect_file(path: str, default_zone: str | None = None,
                 now: datetime | None = None,
                 opener: metadata.Opener | None = None) -> Inspection:
    """One file fully read: metadata, capture time and findings. Never raises for bad input.
    `opener` opens its bytes when they are not the file's own (an encrypted temporary copy)."""
    allowed = READ_DEADLINE_S + _size(path) * READ_DEADLINE_PER_BYTE_S
    try:
        with _deadline(allowed):
            meta = metadata.read(path, opener)
    except _TimedOut:
        message = f"Reading the file took longer than {allowed:.0f} s and was stopped."
        meta = PhotoMetadata(path=path, error=message,
                             problems=(Finding("read_timeout", Severity.CRITICAL, message),))
    time = timing.resolve(meta, default_zone)
    found, lost = _credentials(path, meta, opener, allowed)
    # The metadata's findings are of the file's own statements; the credentials add theirs,
    # and a credential that attests the time dates the photo (credentials.dated).
    checked = (*integrity.findings(meta, time, now=now), *credentials.findings(found, lost))
    return Inspection(meta, credentials.dated(time, found), checked, found, lost)


def _credentials(path: str, meta: PhotoMetadata, opener: metadata.Opener | None,
                 allowed: float) -> tuple[ContentCredentials | None, CredentialTrace | None]:
    """The file's Content Credentials (every kind c2pa reads: photos and videos alike), or the
    trace of lost ones; under a read deadline of their own, as long as the metadata's (c2pa
    hashes a video whole to validate it)."""
    if meta.media_type is None:
        return None, None
    try:
        with _deadline(allowed):
            return credentials.examine(path, meta.media_type, opener)
    except _TimedOut:
        return credentials.timed_out(meta.media_type, allowed), None


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # metadata.read says why it cannot be read


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Every file under `paths`, folders walked recursively in name order, each folder once."""
    for path, _chosen in iter_paths_chosen(paths):
        yield path


def iter_paths_chosen(paths: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(file, the path of `paths` it was found under) for every file `iter_paths` gives."""
    seen: set[tuple[int, int]] = set()
    for path in paths:
        if os.path.isdir(path):
            for found in _walk(path, seen):
                yield found, path
        else:
            yield path, path


def _walk(folder: str, seen: set[tuple[int, int]]) -> Iterator[str]:
    try:
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:  # a symlink loop or a folder linked twice
            return
        seen.add((info.st_dev, info.st_ino))
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield folder  # reported by inspect_file as unreadable
        return
    for entry in entries:
        if _is_dir(entry):
            yield from _walk(entry.path, seen)
        else:
            yield entry.path


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def inspect_many(paths: list[str], default_zone: str | None = None, *,
                 workers: int | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None,
                 isolated: bool = False) -> Iterator[Inspection]:
    """Inspections of `paths` in their order; `progress(done, total)` after each file.

    Uses worker processes for large batches, and always when `isolated`: then a file that
    hangs or crashes a decoder cannot take the caller down, and the read deadline applies
    even when the caller is not a main thread (the GUI). Stops when `cancelled()` turns true.
    """
    workers = workers or os.cpu_count() or 1
    use_processes = isolated or (workers > 1 and parallel.worth_parallel(paths))
    return parallel.run_ordered(partial(inspect_file, default_zone=default_zone), paths,
                                processes=workers if use_processes else None,
                                progress=progress, cancelled=cancelled)


def as_json(inspection: Inspection) -> dict[str, Any]:
    """The object `inspect --json` prints for one file; other tools rely on its shape."""
    meta, time = inspection.metadata, inspection.time
    return {
        "path": meta.path,
        "sha256": meta.sha256,
        "size_bytes": meta.size_bytes,
        "media_type": meta.media_type,
        "width": meta.width,
        "height": meta.height,
        "duration_s": _rounded(meta.duration_s, 3),
        "duration_source": meta.duration_source,
        "latitude": _rounded(meta.latitude, 8),
        "longitude": _rounded(meta.longitude, 8),
        "altitude_m": _rounded(meta.altitude_m, 3),
        "gps_accuracy_m": _rounded(meta.gps_accuracy_m, 3),
        "bearing_deg": _rounded(meta.bearing_deg, 3),
        "taken_local": time.taken_local.isoformat() if time.taken_local else None,
        "taken_offset": timing.format_offset(time.offset),
        "offset_source": time.offset_source.value,
        "taken_utc": timing.format_utc(time.taken_utc),
        "gps_time_utc": timing.format_utc(meta.gps_time),
        "clock_skew_s": time.clock_skew_s,
        "camera_make": meta.camera_make,
        "camera_model": meta.camera_model,
        "software": meta.software,
        "findings": [{"code": f.code, "severity": f.severity.value, "message": f.message}
                     for f in inspection.findings],
        "error": meta.error,
        "content_credentials": credentials.as_json(inspection.content_credentials),
        "credentials_trace": inspection.credentials_trace.value
        if inspection.credentials_trace else None,
    }


def from_json(record: dict[str, Any], path: str | None = None,
              case_zone: str | None = None, *, find_zone: bool = True) -> Inspection:
    """An Inspection rebuilt from its `as_json` object (a case keeps only that).

    The record does not name the zone behind an offset found from the position; with
    `find_zone` it is looked up again (timezonefinder: costly over thousands of photos), else
    left None for whoever shows it to look up."""
    source = OffsetSource(record.get("offset_source") or OffsetSource.UNKNOWN)
    lat, lon = record.get("latitude"), record.get("longitude")
    meta = PhotoMetadata(
        path=path or record.get("path") or "", sha256=record.get("sha256"),
        size_bytes=record.get("size_bytes"), media_type=record.get("media_type"),
        width=record.get("width"), height=record.get("height"),
        duration_s=record.get("duration_s"), duration_source=record.get("duration_source"),
        latitude=lat, longitude=lon,
        altitude_m=record.get("altitude_m"), gps_accuracy_m=record.get("gps_accuracy_m"),
        bearing_deg=record.get("bearing_deg"),
        gps_time=timing.parse_utc(record.get("gps_time_utc")),
        camera_make=record.get("camera_make"), camera_model=record.get("camera_model"),
        software=record.get("software"), error=record.get("error"))
    # The record does not name the zone behind its offset; it is the one it was found from.
    zone = None
    if source is OffsetSource.LOCATION and lat is not None and lon is not None and find_zone:
        zone = timing.zone_at(lat, lon)
    elif source is OffsetSource.CASE_DEFAULT:
        zone = case_zone
    local = record.get("taken_local")
    capture = CaptureTime(
        datetime.fromisoformat(local) if local else None,
        timing.parse_offset(record["taken_offset"]) if record.get("taken_offset") else None,
        source, zone, timing.parse_utc(record.get("taken_utc")),
        _skew(record.get("clock_skew_s")))
    findings = tuple(Finding(f["code"], Severity(f["severity"]), f["message"])
                     for f in record.get("findings", []))
    # Stored before Skver read Content Credentials: neither key, read as none.
    trace = record.get("credentials_trace")
    return Inspection(meta, capture, findings,
                      credentials.from_json(record.get("content_credentials")),
                      CredentialTrace(trace) if trace else None)


# A camera clock wrong by more than this (about 317 years) is no camera's: a stored record
# holding it was damaged or forged, and the date arithmetic of the analysis would overflow.
MAX_CLOCK_SKEW_S = 1e10


def _skew(value: Any) -> float | None:
    """A stored clock skew in seconds, or ValueError when no camera could have recorded it."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"clock_skew_s is not a number: {value!r}")
    if not math.isfinite(value) or abs(value) > MAX_CLOCK_SKEW_S:
        raise ValueError(f"clock_skew_s is out of range: {value!r}")
    return float(value)


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


class _TimedOut(BaseException):
    """Raised by the read deadline; a BaseException so no library's `except Exception` eats it."""


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupts the block after `seconds` (main thread only; elsewhere it just runs)."""
    in_main = threading.current_thread() is threading.main_thread()
    if not in_main or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: Any) -> None:
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
