"""Cases as an older Skver wrote them, made through the app's own lower-level functions.

Before import entries kept labels, Skver's case format was version 3 and every import entry
recorded the file's absolute path (`source_path`) and its name, nothing else about its source;
the imports table had no label, folder or bundle columns. `old_import` writes exactly that: the
same staging, the same custody entry, with the old details, and the imports row as version 3
kept it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from evidence import custody, importer, store, timing
from evidence.store import Case, schema, software_version

OLD_VERSION = 3  # the case format before labels


def old_case(root: Path, photos: list[Path], monkeypatch: pytest.MonkeyPatch,
             actor: str = "aigerim", version: int = OLD_VERSION) -> Path:
    """A case of format `version` (at most 3) at `root` holding `photos`, each imported the
    old way."""
    assert version <= OLD_VERSION
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:version])
        with Case.create(root, title="Before labels", timezone="Asia/Almaty",
                         actor=actor) as case:
            for photo in photos:
                old_import(case, photo, actor)
            assert case.conn.execute("PRAGMA user_version").fetchone()[0] == version
    return root


def old_import(case: Case, photo: Path, actor: str) -> custody.Entry:
    """Imports one file as Skver did before: its custody entry records its absolute path."""
    staged = importer.stage(str(photo), str(case.root), case.info.timezone)
    assert staged.inspection is not None and staged.sha256 and staged.stored_path
    record = staged.inspection
    with case.transaction():
        entry = case.record(actor, "import", staged.sha256, {
            **importer.photo_facts(staged.stored_path, record["size_bytes"],
                                   record["media_type"], record),
            "source_path": os.path.abspath(photo), "source_name": os.path.basename(photo),
            "software": software_version(), "tzdata": timing.TZDATA_VERSION})
        photo_id = store.photos.add(
            case, sha256=staged.sha256, stored_path=staged.stored_path,
            size_bytes=record["size_bytes"], media_type=record["media_type"],
            stored_json=custody.canonical(record), taken_utc=record["taken_utc"],
            latitude=record["latitude"], longitude=record["longitude"], custody_seq=entry.seq)
        case.conn.execute(  # add_import of version 3: no label, folder or bundle columns
            "INSERT INTO imports (photo_id, source_path, source_name, imported_utc, actor, "
            "outcome, custody_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (photo_id, entry.details["source_path"], entry.details["source_name"],
             entry.at_utc, actor, "imported", entry.seq))
        case.record(actor, "import-batch", details={
            "imported": 1, "duplicate": 0, "rejected": 0, "rejected_files": [],
            "unfinished_copies_removed": 0, "software": software_version(),
            "tzdata": timing.TZDATA_VERSION})
    return entry
