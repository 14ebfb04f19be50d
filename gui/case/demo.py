"""The demo case in Skver's data folder: reused when it opens, else built; no Qt here."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from evidence import appdirs
from evidence import demo as story
from evidence.errors import KnownError
from evidence.store import DB_FILE, Case

log = logging.getLogger(__name__)
FOLDER = "demo-case"
BUILDING_PREFIX = ".building-"


def folder() -> Path:
    """Where the demo case lives: Skver's data folder (appdirs), never the user's documents."""
    return appdirs.user_data_dir() / FOLDER


def is_case(path: str | Path) -> bool:
    """Whether `path` still looks like a case (it has its database file)."""
    return (Path(path) / DB_FILE).is_file()


def ensure(path: Path) -> Path:
    """The demo case at `path`: reused when it opens, else built (whole or not at all)."""
    if is_case(path):
        try:
            Case.open(path).close()
            return path
        except (KnownError, sqlite3.DatabaseError) as exc:  # e.g. written by a newer Skver
            _move_aside(path, str(exc))
    elif path.exists() and any(path.iterdir()):
        _move_aside(path, "it is not a case")
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{path.name}{BUILDING_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a build that was killed
    # Built beside its place and renamed in, so a build cut short never looks like a case.
    building = Path(tempfile.mkdtemp(prefix=f".{path.name}{BUILDING_PREFIX}", dir=path.parent))
    try:
        story.build(building)
        if path.exists():
            path.rmdir()  # only ever an empty folder here
        os.rename(building, path)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return path


def _move_aside(path: Path, why: str) -> None:
    """A demo folder that cannot be used is kept under another name, never deleted."""
    aside = path.with_name(f"{path.name}.unusable-{time.strftime('%Y%m%d-%H%M%S')}")
    log.warning("%s cannot be used as the demo case (%s); moved to %s and the demo built anew",
                path, why, aside)
    os.rename(path, aside)
