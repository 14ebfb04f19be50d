"""A disk that is full, over quota or read-only: the user's to fix, not a bug.

Wherever Skver writes (a case, a bundle, a report, a map page) the disk may refuse. That is
neither the file being read nor Skver's fault, so it reaches the user as a KnownError naming
the disk, what to free, and what was kept, never as a traceback or as a photo "that could not
be read". `full_error` says it; `reported` turns it into one around a block of work.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from evidence.errors import KnownError

FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})
# SQLite's primary result codes (sqlite3.h): the disk is full; the file cannot be written.
SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR = 13, 8, 10
MARGIN_MB = 50  # room beyond what the work itself needs: the database, its journal, thumbnails


class DiskFull(KnownError):
    """A write the disk refused; the command line exits with its own status for it (4)."""


def is_full(exc: BaseException | None, where: Path | str | None = None) -> bool:
    """Whether `exc` is the disk refusing a write (full, over quota, read-only).

    SQLite says SQLITE_FULL for ENOSPC and SQLITE_READONLY for what it cannot write, but a
    plain "disk I/O error" when it cannot even make its shared-memory file: that counts as full
    when the disk holding `where` has less than a megabyte free."""
    if isinstance(exc, OSError) and exc.errno in FULL_ERRNOS:
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return False
    if code & 0xFF in (SQLITE_FULL, SQLITE_READONLY):
        return True
    return code & 0xFF == SQLITE_IOERR and where is not None and free_mb(where) == 0


def full_error(exc: BaseException, where: Path | str | None, *, kept: str,
               needed_bytes: int | None = None) -> DiskFull:
    """The KnownError for a write refused by the disk holding `where` (a file or folder).

    `kept` says what was saved and what was not ("Nothing was changed."); `needed_bytes`, when
    known, what the rest of the work needs, so the message can say how much to free."""
    place = _place(exc, where)
    code = getattr(exc, "errno", None)
    sqlite_code = getattr(exc, "sqlite_errorcode", None)
    read_only = code == errno.EROFS or (isinstance(sqlite_code, int)
                                        and sqlite_code & 0xFF == SQLITE_READONLY)
    if read_only:
        return DiskFull(f"The disk holding {place} cannot be written (it is read-only), so "
                          f"Skver stopped. {kept} Make it writable, or copy the folder to a "
                          "disk that is, and run it again.")
    need = MARGIN_MB + (needed_bytes or 0) // 1_000_000
    free = free_mb(place)
    now = f" (it has {free} MB free now)" if free is not None else ""
    what = ("Your disk quota is used up on the disk holding" if code == errno.EDQUOT
            else "The disk holding")
    return DiskFull(f"{what} {place} is full, so Skver stopped. {kept} Free at least "
                      f"{need} MB there{now} and run it again.")


def fullest(places: Sequence[Path | str | None]) -> Path | str | None:
    """Of the places a command writes, the one whose disk has the least room: where a write
    that names no file was most likely refused."""
    known = [(free, place) for place in places if place is not None
             and (free := free_mb(place)) is not None]
    return min(known, key=lambda pair: pair[0])[1] if known else None


def free_mb(where: Path | str) -> int | None:
    """Megabytes free on the disk holding `where` (or its nearest existing parent)."""
    path = Path(where)
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        return shutil.disk_usage(path).free // 1_000_000
    except OSError:
        return None


def _place(exc: BaseException, where: Path | str | None) -> str:
    if where is not None:
        return os.fspath(where)
    named = getattr(exc, "filename", None)
    if isinstance(named, (str, bytes, os.PathLike)):
        return os.fsdecode(os.path.dirname(os.path.abspath(os.fsdecode(named))))
    return "the folder being written"


# What any work stopped by the disk has kept: every change to a case is one transaction, and a
# report, map or bundle is written whole or not at all.
KEPT = ("The step under way was not finished: the case keeps every change made before it "
        "(each is saved whole or not at all), and a report, map or bundle being written is not "
        "finished.")


def as_known(exc: BaseException, places: Sequence[Path | str | None]) -> DiskFull | None:
    """`exc` as the DiskFull to show, if it is the disk refusing a write; `places` are where
    the work was writing (the case, the output), the fullest taken for a write naming none."""
    where = fullest([_folder(place) for place in [getattr(exc, "filename", None), *places]])
    return full_error(exc, where, kept=KEPT) if is_full(exc, where) else None


def _folder(place: Path | str | bytes | None) -> str | None:
    """The folder `place` is (or is in): a file about to be written may not exist yet."""
    if place is None or not isinstance(place, (str, bytes, os.PathLike)):
        return None
    path = os.path.abspath(os.fsdecode(place))
    return path if os.path.isdir(path) else os.path.dirname(path)


@contextmanager
def reported(where: Path | str | None, kept: str) -> Iterator[None]:
    """Turns a write the disk refuses inside the block into `full_error`."""
    try:
        yield
    except Exception as exc:
        if is_full(exc):
            raise full_error(exc, where, kept=kept) from exc
        raise
