"""Files as a test sees them: a file's SHA-256, a folder's bytes and one digest of them all."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def sha256_of(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 of a file, or None when it is missing or unreadable."""
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def folder_bytes(root: Path) -> dict[str, bytes]:
    """Every file under `root` by its relative path, with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def folder_hash(root: Path) -> str:
    """One digest of every file's name and bytes under `root`: it changes when any does."""
    digest = hashlib.sha256()
    for name, data in folder_bytes(root).items():
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()
