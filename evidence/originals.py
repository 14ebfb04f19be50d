"""Putting bytes into a case's originals store: once, whole, read-only, named by their hash.

A file is copied into `staging/` while hashed and flushed to disk, then renamed into place, so
a crash leaves either nothing in `originals/` or the complete file, never part of one.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

from evidence.store import STAGING

CHUNK_BYTES = 1 << 20


def stage_copy(source: str | os.PathLike[str], case_root: Path) -> tuple[Path, str]:
    """(a staging copy of `source`, its SHA-256); the copy is flushed to disk.

    Raises OSError when the source cannot be read (the partial copy is removed).
    """
    temp = case_root / STAGING / f"{uuid.uuid4().hex}.part"
    try:
        if not os.path.isfile(source):
            raise OSError(0, "it is not a regular file")
        return temp, _copy_hashing(source, temp)
    except OSError:
        temp.unlink(missing_ok=True)
        raise


def _copy_hashing(source: str | os.PathLike[str], temp: Path) -> str:
    digest = hashlib.sha256()
    buffer = bytearray(CHUNK_BYTES)
    view = memoryview(buffer)
    temp.parent.mkdir(parents=True, exist_ok=True)
    with open(source, "rb") as src, open(temp, "wb") as dst:
        while n := src.readinto(buffer):
            digest.update(view[:n])
            dst.write(view[:n])
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest()


def put_in_place(temp: Path, final: Path, sha256: str) -> None:
    """Moves a staged copy to its place in `originals/`, read-only; keeps an intact existing one.

    An existing file with the right bytes (a duplicate, or left by an interrupted import) is
    kept and the copy dropped; a damaged one is replaced.
    """
    if final.exists() and sha256_of(final) == sha256:
        temp.unlink()
        return
    temp.chmod(0o444)
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(temp, final)
    fd = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(fd)  # the rename itself must survive a power cut
    finally:
        os.close(fd)


def sha256_of(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 of a file, or None when it is missing or unreadable."""
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None
