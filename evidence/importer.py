"""Batch import: copy each file into the case once, never altered, and record it.

Worker processes do the heavy part of each file (`stage`): copy it into `staging/` while
hashing, read its metadata back from the copy (so hash and metadata describe the stored
bytes), make its thumbnail, then flush and rename it into `originals/`. The calling process is
the only writer to SQLite: it commits each file's rows and custody entry after its rename.

A kill at any instant leaves: partial copies in `staging/` (deleted by the next import), or
complete originals without rows (adopted when the same files are imported again).

Each file's custody entry says where it came from as evidence/provenance.py records it: its path
inside the folder chosen and the source's label, the absolute path only when asked.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from evidence import casefiles, custody, derived, inspection, parallel, provenance, store, timing
from evidence.provenance import UNLABELLED, Source, SourceFile
from evidence.store import STAGING, Case, software_version, stored_relpath

COMMIT_EVERY = 32          # files per transaction ...
COMMIT_INTERVAL_S = 0.5    # ... or this long, whichever comes first
# Copying, hashing twice and a thumbnail: measured 10-50 ms a photo beyond reading its bytes.
COST_PER_FILE_S = 0.02


@dataclass(frozen=True)
class Staged:
    """What a worker did with one source file."""

    source: str
    sha256: str | None = None
    stored_path: str | None = None
    inspection: dict[str, Any] | None = None
    reason: str | None = None          # why it was rejected
    derived_problem: str | None = None


@dataclass(frozen=True)
class ImportResult:
    source: str
    outcome: str                       # imported | duplicate | rejected
    sha256: str | None = None
    photo_id: int | None = None
    reason: str | None = None
    findings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "outcome": self.outcome, "sha256": self.sha256,
                "photo_id": self.photo_id, "reason": self.reason, "findings": self.findings}


def stage(source: str, root: str, default_zone: str | None, key: bytes | None = None) -> Staged:
    """Copies `source` into the case's originals (once); runs in a worker process.

    `key` is an encrypted case's data key (a worker process has no unlocked keys of its own).
    """
    files = casefiles.for_root(Path(root), key)
    try:
        temp, copied_sha = files.stage_copy(source)
    except OSError as exc:
        return Staged(source, reason=f"could not be read: {exc.strerror or exc}")
    readable = files.readable_copy(temp, source)
    result = inspection.inspect_file(readable, default_zone)
    meta = result.metadata
    if meta.error is not None or meta.sha256 != copied_sha:
        temp.unlink(missing_ok=True)
        reason = meta.error or "the file changed while it was being copied; import it again"
        return Staged(source, sha256=copied_sha, reason=reason)
    relpath = stored_relpath(copied_sha, meta.media_type)
    problem = derived.make(readable, files, copied_sha, meta.media_type)
    files.put_original(temp, relpath, copied_sha)
    record = {**inspection.as_json(result), "path": relpath}
    return Staged(source, copied_sha, relpath, record, derived_problem=problem)


def clear_staging(case: Case) -> int:
    """Deletes unfinished copies left by an interrupted import; returns how many."""
    removed = 0
    for leftover in (case.root / STAGING).glob("*.part"):
        leftover.unlink(missing_ok=True)
        removed += 1
    return removed


def import_paths(case: Case, paths: list[str], *, actor: str, source: Source = UNLABELLED,
                 workers: int | None = None, progress: parallel.Progress | None = None,
                 cancelled: parallel.Cancelled | None = None) -> Iterator[ImportResult]:
    """Imports files and folders (recursively); a result per file, yielded once committed.

    `source` is what the user says of where they come from (a label; full paths or not)."""
    yield from import_files(case, provenance.files(paths), actor=actor, source=source,
                            workers=workers, progress=progress, cancelled=cancelled)


def import_files(case: Case, files: list[SourceFile], *, actor: str, source: Source = UNLABELLED,
                 workers: int | None = None, progress: parallel.Progress | None = None,
                 cancelled: parallel.Cancelled | None = None) -> Iterator[ImportResult]:
    """Imports `files`, each recorded as coming from where its SourceFile says."""
    root = case.root.resolve()
    inside = [f for f in files if Path(f.path).resolve().is_relative_to(root)]
    left_out = set(inside)
    outside = [f for f in files if f not in left_out]
    sources = [f.path for f in outside]
    with case.exclusive("importing"):
        store.health.refuse_if_damaged(case, "importing")  # before a file is copied in
        leftovers = clear_staging(case)
        workers = workers or os.cpu_count() or 1
        use_processes = workers > 1 and parallel.worth_parallel(sources, COST_PER_FILE_S)
        staged = parallel.run_ordered(
            partial(stage, root=str(case.root), default_zone=case.info.timezone,
                    key=case.files.data_key), sources,
            processes=workers if use_processes else None, chunksize=1,
            progress=progress, cancelled=cancelled)
        writer = _Writer(case, actor, source)
        for file in inside:  # the case's own files are never evidence of anything
            yield from writer.add(Staged(file.path, reason="it is inside the case folder itself"),
                                  file)
        try:
            # run_ordered keeps the input's order; it stops early when cancelled
            for file, item in zip(outside, staged, strict=False):
                yield from writer.add(item, file)
        except BaseException:  # interrupted, or the caller stopped listening: keep what is done
            for _ in writer.finish(leftovers):
                pass
            raise
        yield from writer.finish(leftovers)


class _Writer:
    """Records staged files in batched transactions; the only code here that writes SQLite."""

    def __init__(self, case: Case, actor: str, source: Source) -> None:
        self.case, self.actor, self.source = case, actor, source
        self.pending: list[tuple[Staged, SourceFile]] = []
        self.started = time.monotonic()
        self.counts = {"imported": 0, "duplicate": 0, "rejected": 0}
        self.rejected: list[dict[str, str]] = []

    def add(self, item: Staged, file: SourceFile) -> Iterator[ImportResult]:
        self.pending.append((item, file))
        if len(self.pending) >= COMMIT_EVERY or \
                time.monotonic() - self.started >= COMMIT_INTERVAL_S:
            yield from self._commit()

    def finish(self, leftovers: int) -> Iterator[ImportResult]:
        yield from self._commit()
        with self.case.transaction():
            self.case.record(self.actor, "import-batch", details={
                **self.counts, "rejected_files": self.rejected,
                "source_label": self.source.label,
                "unfinished_copies_removed": leftovers, "software": software_version(),
                "tzdata": timing.TZDATA_VERSION})

    def _commit(self) -> Iterator[ImportResult]:
        if not self.pending:
            return
        with self.case.transaction():
            results = [self._record(item, file) for item, file in self.pending]
        self.pending, self.started = [], time.monotonic()
        yield from results

    def _record(self, item: Staged, file: SourceFile) -> ImportResult:
        facts = provenance.facts(file, self.source)
        if item.reason is not None or item.inspection is None:
            self.counts["rejected"] += 1
            self.rejected.append({"source": facts["source_path"],
                                  "reason": item.reason or "unknown"})
            return ImportResult(item.source, "rejected", item.sha256, reason=item.reason)
        assert item.sha256 is not None  # stage() sets it with the inspection
        known = store.photos.by_sha(self.case, item.sha256)
        if known is None:
            outcome, (photo_id, entry) = "imported", self._add_photo(item, facts)
        else:
            outcome, photo_id = "duplicate", known.id
            entry = self.case.record(self.actor, "import-duplicate", item.sha256, facts)
        self._add_import(photo_id, outcome, entry)
        self.counts[outcome] += 1
        findings = [f["code"] for f in item.inspection["findings"]]
        return ImportResult(item.source, outcome, item.sha256, photo_id, item.derived_problem,
                            findings)

    def _add_photo(self, item: Staged, facts: dict[str, Any]) -> tuple[int, custody.Entry]:
        # stage() sets all three together
        assert item.sha256 is not None and item.stored_path is not None
        assert item.inspection is not None
        entry = self.case.record(self.actor, "import", item.sha256, {
            **photo_facts(item.stored_path, item.inspection["size_bytes"],
                          item.inspection["media_type"], item.inspection),
            **facts,
            "software": software_version(), "tzdata": timing.TZDATA_VERSION})
        record = item.inspection
        photo_id = store.photos.add(
            self.case, sha256=item.sha256, stored_path=item.stored_path,
            size_bytes=record["size_bytes"], media_type=record["media_type"],
            stored_json=custody.canonical(record), taken_utc=record["taken_utc"],
            latitude=record["latitude"], longitude=record["longitude"], custody_seq=entry.seq)
        return photo_id, entry

    def _add_import(self, photo_id: int, outcome: str, entry: custody.Entry) -> None:
        store.photos.add_import(
            self.case, photo_id=photo_id, **provenance.stored(entry.details),
            imported_utc=entry.at_utc, actor=entry.actor, outcome=outcome,
            custody_seq=entry.seq)


def photo_facts(stored_path: str, size_bytes: int, media_type: str | None,
                record: dict[str, Any]) -> dict[str, Any]:
    """The facts of a photo row that its custody entry vouches for."""
    return {"stored_path": stored_path, "size_bytes": size_bytes, "media_type": media_type,
            "inspection_sha256": custody.digest(record)}
