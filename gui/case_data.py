"""What the window shows of a case, read on a worker thread into plain data (no Qt here).

A SQLite connection must never cross threads, so `load` opens the case, reads everything the
window needs (photos, observations, the analysis), closes it and returns frozen values.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from evidence import (
    analysis,
    custody,
    demo,
    derived,
    inspection,
    observations,
    venues,
)
from evidence.errors import KnownError
from evidence.model import (
    Inspection,
    Observation,
    Venue,
)
from evidence.store import DB_FILE, Case

log = logging.getLogger(__name__)
# How an encrypted case's thumbnail is named (gui.sealed reads it).
SEALED_SCHEME = "skver-encrypted"
BUILDING_PREFIX = ".building-"


@dataclass(frozen=True)
class CasePhoto:
    """One photo kept in a case: its stored inspection record and what reviewers saw in it."""

    photo_id: int
    name: str                               # the file name it was first imported under
    stored_path: str                        # inside the case: originals/ab/<sha256>.<ext>
    inspection: Inspection                  # of the stored bytes; its path is the stored copy
    thumbnail: str | None                   # derived/thumbs/... when it exists
    observations: tuple[Observation, ...]
    claims: tuple[tuple[str, str], ...]     # (document number, how it bears) per refusal
    custody: tuple[tuple[int, str, str, str], ...] = ()  # (seq, at UTC, actor, action)


@dataclass(frozen=True)
class CaseSnapshot:
    root: str
    title: str
    timezone: str | None
    photos: tuple[CasePhoto, ...]
    claims: tuple[dict[str, Any], ...]      # evidence.analysis results, one per refusal
    venues: tuple[Venue, ...] = ()          # every venue of the case, sorted by slug
    aggregates: dict[str, Any] = field(default_factory=dict)  # evidence.aggregates.summarise


def is_case(folder: str | Path) -> bool:
    """Whether `folder` still looks like a case (it has its database file)."""
    return (Path(folder) / DB_FILE).is_file()


def load(root: Path) -> CaseSnapshot:
    """Everything the window shows of the case at `root`; KnownError if it is not one."""
    with Case.open(root) as case:
        info = case.info
        result = analysis.analyze_case(case)
        seen = observations.by_photo(case)
        names: dict[int, str] = {}
        for row in case.imports():
            names.setdefault(row["photo_id"], row["source_name"])
        bearing = _claims_by_photo(result["claims"])
        history = _custody_by_photo(case)
        photos = tuple(
            replace(_photo(case, row, names.get(row["id"], ""), info.timezone,
                           tuple(seen.get(row["id"], ())), tuple(bearing.get(row["id"], ()))),
                    custody=tuple(history.get(row["sha256"], ())))
            for row in case.photos())
        return CaseSnapshot(str(case.root), info.title, info.timezone, photos,
                            tuple(result["claims"]), venues=tuple(venues.all_venues(case)),
                            aggregates=result["aggregates"])


def _photo(case: Case, row: Any, name: str, case_zone: str | None,
           seen: tuple[Observation, ...], claims: tuple[tuple[str, str], ...]) -> CasePhoto:
    record = json.loads(row["inspection"])
    rebuilt = inspection.from_json(record, str(case.root / row["stored_path"]), case_zone)
    return CasePhoto(row["id"], name or os.path.basename(row["stored_path"]),
                     row["stored_path"], rebuilt, _thumbnail(case, row["sha256"]), seen, claims)


def _thumbnail(case: Case, sha256: str) -> str | None:
    """The thumbnail's path; an encrypted case's is a reference, decrypted when shown."""
    relpath = derived.thumbnail_relpath(sha256)
    if not case.files.exists(relpath):
        return None
    if case.files.encrypted:
        return sealed_reference(case.root, relpath)
    return str(case.files.physical(relpath))


def sealed_reference(root: Path, relpath: str) -> str:
    """How an encrypted case names a file it keeps (gui.sealed decrypts it when shown)."""
    return f"{SEALED_SCHEME}:{Path(root) / relpath}"


def _custody_by_photo(case: Case) -> dict[str, list[tuple[int, str, str, str]]]:
    """The custody entries about each original, by its SHA-256: imports, observations..."""
    found: dict[str, list[tuple[int, str, str, str]]] = {}
    for entry in custody.entries(case.conn):
        sha = entry.details.get("photo_sha256") or entry.object_hash
        if sha:
            found.setdefault(sha, []).append((entry.seq, entry.at_utc, entry.actor, entry.action))
    return found


def _claims_by_photo(claims: list[dict[str, Any]]) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = {}
    for claim in claims:
        for photo in claim["photos"]:
            how = ("contradicts" if photo["contradicts"] else
                   "supports" if photo["supports"] else "neutral")
            found.setdefault(photo["photo_id"], []).append((claim["document_number"], how))
    return found


def ensure_demo(folder: Path) -> Path:
    """The demo case at `folder`: reused when it opens, else built (whole or not at all)."""
    if is_case(folder):
        try:
            Case.open(folder).close()
            return folder
        except (KnownError, sqlite3.DatabaseError) as exc:  # e.g. written by a newer Skver
            _move_aside(folder, str(exc))
    elif folder.exists() and any(folder.iterdir()):
        _move_aside(folder, "it is not a case")
    folder.parent.mkdir(parents=True, exist_ok=True)
    for stale in folder.parent.glob(f".{folder.name}{BUILDING_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a build that was killed
    # Built beside its place and renamed in, so a build cut short never looks like a case.
    building = Path(tempfile.mkdtemp(prefix=f".{folder.name}{BUILDING_PREFIX}",
                                     dir=folder.parent))
    try:
        demo.build(building)
        if folder.exists():
            folder.rmdir()  # only ever an empty folder here
        os.rename(building, folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return folder


def _move_aside(folder: Path, why: str) -> None:
    """A demo folder that cannot be used is kept under another name, never deleted."""
    aside = folder.with_name(f"{folder.name}.unusable-{time.strftime('%Y%m%d-%H%M%S')}")
    log.warning("%s cannot be used as the demo case (%s); moved to %s and the demo built anew",
                folder, why, aside)
    os.rename(folder, aside)
