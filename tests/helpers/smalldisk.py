"""A small real disk for tests of a full one: a tmpfs of a few megabytes, mounted for the test.

Mounting needs root (CAP_SYS_ADMIN); elsewhere the tests that need it are skipped, saying so,
and the unit tests that inject ENOSPC at the OS's write calls still run.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image


@contextmanager
def small_disk(where: Path, megabytes: int) -> Iterator[Path]:
    """A tmpfs of `megabytes` mounted at `where` for the block; skips the test if it cannot be."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root; the injected-ENOSPC tests cover "
                    "the same paths")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs",
                              str(where)], capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (a container without CAP_SYS_ADMIN?): "
                    f"{mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path, leave_bytes: int) -> Path:
    """A spacer file taking all but about `leave_bytes` of `disk`'s free space."""
    spacer = disk / "spacer"
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with open(spacer, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave_bytes))
    return spacer


def noisy_jpeg(path: Path, seed: int, side: int = 400) -> Path:
    """A JPEG of random pixels: hundreds of kilobytes that no disk compresses."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(
        path, "JPEG", quality=95, comment=str(seed).encode())
    return path
