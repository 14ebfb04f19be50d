"""Inspecting files and folders: read, date and flag each photo, in parallel, in input order."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from evidence import integrity, metadata, timing
from evidence.model import Finding, Inspection, PhotoMetadata, Severity

# A file that takes longer than this to read is hostile or broken; it is reported and skipped.
READ_DEADLINE_S = 10.0
# Starting worker processes costs about 0.3 s on a 2-core machine; below this much estimated
# serial work one process is faster (measured: 50 twelve-megapixel JPEGs, 0.63 s serial vs 0.80 s).
PARALLEL_MIN_WORK_S = 0.6
SERIAL_COST_PER_FILE_S = 0.001       # exifread, Pillow's header, the time zone
SERIAL_COST_PER_BYTE_S = 1 / 1.2e9   # SHA-256 and reading, about 1.2 GB/s per core

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def inspect_file(path: str, default_zone: str | None = None,
                 now: datetime | None = None) -> Inspection:
    """One file fully read: metadata, capture time and findings. Never raises for bad input."""
    try:
        with _deadline(READ_DEADLINE_S):
            meta = metadata.read(path)
    except _TimedOut:
        message = f"Reading the file took longer than {READ_DEADLINE_S:.0f} s and was stopped."
        meta = PhotoMetadata(path=path, error=message,
                             problems=(Finding("read_timeout", Severity.CRITICAL, message),))
    time = timing.resolve(meta, default_zone)
    return Inspection(meta, time, integrity.findings(meta, time, now=now))


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Every file under `paths`, folders walked recursively in name order, each folder once."""
    seen: set[tuple[int, int]] = set()
    for path in paths:
        if os.path.isdir(path):
            yield from _walk(path, seen)
        else:
            yield path


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
    total = len(paths)
    workers = workers or os.cpu_count() or 1
    if not isolated and (workers == 1 or not _worth_parallel(paths)):
        results: Iterable[Inspection] = (inspect_file(p, default_zone) for p in paths)
        yield from _reporting(results, total, progress, cancelled)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["evidence.inspection", "PIL.Image", "pillow_heif",
                                    "timezonefinder"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        results = pool.map(inspect_file, paths, [default_zone] * total,
                           chunksize=max(1, min(8, total // (workers * 4))))
        try:
            yield from _reporting(results, total, progress, cancelled)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _worth_parallel(paths: list[str]) -> bool:
    """Whether the batch's estimated serial time outweighs starting worker processes."""
    work = 0.0
    for path in paths:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0
        work += SERIAL_COST_PER_FILE_S + size * SERIAL_COST_PER_BYTE_S
        if work > PARALLEL_MIN_WORK_S:
            return True
    return False


def _reporting(results: Iterable[Inspection], total: int, progress: Progress | None,
               cancelled: Cancelled | None) -> Iterator[Inspection]:
    for done, result in enumerate(results, start=1):
        yield result
        if progress:
            progress(done, total)
        if cancelled and cancelled():
            return


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
    }


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
