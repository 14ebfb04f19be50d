"""Batch import: copy each file into the case once, never altered, and record it.

Worker processes do the heavy part of each file (`stage`): copy it into `staging/` while
hashing, read its metadata back from the copy (so hash and metadata describe the stored
bytes), make its thumbnail, then flush and rename it into `originals/`. The calling process is
the only writer to SQLite: it commits each file's rows and custody entry after its rename.

A kill at any instant leaves: partial copies in `staging/` (deleted by the next import), or
complete originals without rows (adopted when the same files are imported again).

Each file's custody entry says where it came from as evidence/provenance.py records it: its path
inside the folder chosen and the source's label, the absolute path only when asked.

Every file handed in gets a result, and no file stops the batch: one Skver cannot take (a link
to outside the folder, a Sun raster, a file a reader chokes on) is rejected with its reason.
What stops it is the disk: a write the disk refuses (full, over quota, read-only) ends the
import with a KnownError saying what was kept (`evidence.diskspace`), since every file after
would fail the same way and none of them is to blame.

The batch's custody entry names each rejected file that was, or might have been, a photo (a
damaged or unreadable one, an image in another format, a link not followed): a lawyer may be
asked why a photo offered is not in the case. Files that are no image at all (documents, notes,
a program's files) and the case's own files are counted, not named: they never entered the
case, and their names, which can be private, would travel in every bundle.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from evidence import (
    casefiles,
    custody,
    derived,
    diskspace,
    inspection,
    metadata,
    parallel,
    provenance,
    sniff,
    store,
    tempfiles,
    timing,
)
from evidence.errors import KnownError
from evidence.provenance import UNLABELLED, Source, SourceFile
from evidence.store import STAGING, Case, software_version, stored_relpath

COMMIT_EVERY = 32          # files per transaction ...
COMMIT_INTERVAL_S = 0.5    # ... or this long, whichever comes first
# Copying, hashing twice and a thumbnail: measured 10-50 ms a photo beyond reading its bytes.
COST_PER_FILE_S = 0.02
LINK_OUTSIDE = "skipped: link to outside the folder"
INSIDE_CASE = "it is inside the case folder itself"
# The batch entry names at most this many rejected files (and counts the rest): enough for any
# card or phone, bounded for a folder of thousands of damaged files.
REJECTED_NAMED = 1000
log = logging.getLogger("skver")


@dataclass(frozen=True)
class Staged:
    """What a worker did with one source file."""

    source: str
    sha256: str | None = None
    stored_path: str | None = None
    inspection: dict[str, Any] | None = None
    reason: str | None = None          # why it was rejected
    derived_problem: str | None = None
    not_image: bool = False            # rejected as no image at all (a text, a program's file)


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


def stage(source: str, root: str, default_zone: str | None, key: bytes | None = None,
          sealed_key: bytes | None = None) -> Staged:
    """Copies `source` into the case's originals (once); runs in a worker process.

    `key` is an encrypted case's data key (a worker process has no unlocked keys of its own);
    `sealed_key` the throwaway key `source` was written with (evidence/tempfiles.Sealed: a
    bundle's photo, never on disk in plaintext).
    A file it cannot take is a Staged with its reason; only a write the disk refuses raises.
    """
    try:
        return _stage(source, root, default_zone, key, sealed_key)
    except Exception as exc:
        if diskspace.is_full(exc):
            raise
        # A bug on one file: the file is rejected, the batch goes on, the log has the traceback.
        log.exception("Skver failed on %s while importing it", source)
        return Staged(source, reason=f"Skver failed on this file ({type(exc).__name__}: {exc}); "
                      "this is a bug: please report it with Skver's log")


def _stage(source: str, root: str, default_zone: str | None, key: bytes | None,
           sealed_key: bytes | None) -> Staged:
    files = casefiles.for_root(Path(root), key)
    opener = partial(tempfiles.open_sealed, source, sealed_key) if sealed_key else None
    try:
        temp, copied_sha = files.stage_copy(source, opener)
    except OSError as exc:
        if diskspace.is_full(exc):  # writing the copy, not reading the file: the disk's doing
            raise
        return Staged(source, reason=f"could not be read: {exc.strerror or exc}")
    try:
        return _staged(files, temp, copied_sha, source, default_zone, opener)
    except BaseException:
        temp.unlink(missing_ok=True)  # the copy is not left to fill the disk further
        raise


def _staged(files: casefiles.PlainFiles, temp: Path, copied_sha: str, source: str,
            default_zone: str | None, opener: tempfiles.Opener | None = None) -> Staged:
    readable = files.readable_copy(temp, source)
    # An encrypted case reads the source again; a sealed one through its throwaway key.
    reading = opener if readable == source else None
    result = inspection.inspect_file(readable, default_zone, opener=reading)
    meta = result.metadata
    if meta.error is not None or meta.sha256 != copied_sha:
        temp.unlink(missing_ok=True)
        reason = meta.error or "the file changed while it was being copied; import it again"
        not_image = meta.media_type is None and bool(meta.size_bytes) and \
            any(p.code == "not_an_image" for p in meta.problems)
        return Staged(source, sha256=copied_sha, reason=reason, not_image=not_image)
    if meta.media_type not in sniff.KEPT_TYPES:  # a Sun raster, FITS, BMP: no photo format
        reason = sniff.not_a_photo_format(_described(readable))
        temp.unlink(missing_ok=True)
        return Staged(source, sha256=copied_sha, reason=reason)
    relpath = stored_relpath(copied_sha, meta.media_type)
    with reading() if reading is not None else contextlib.nullcontext(readable) as original:
        problem = derived.make(original, files, copied_sha, meta.media_type)
    files.put_original(temp, relpath, copied_sha)
    record = {**inspection.as_json(result), "path": relpath}
    return Staged(source, copied_sha, relpath, record, derived_problem=problem)


def _described(path: str) -> str | None:
    """The image format as Pillow describes it ("Sun Raster File"), or None."""
    try:
        with metadata.pillow().open(path) as image:
            return str(image.format_description or image.format or "") or None
    except Exception:  # it opened moments ago; whatever it says now, the format stays unnamed
        return None


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
    from evidence import proofimport  # it imports this module

    # A ProofMode proof zip or a Tella metadata CSV brings its photo in with its proof.
    batch = proofimport.plan(provenance.files(paths))
    yield from import_files(case, batch.plain, actor=actor, source=source,
                            workers=workers, progress=progress, cancelled=cancelled)
    if cancelled is None or not cancelled():
        yield from proofimport.import_planned(case, batch, actor=actor, source=source,
                                              progress=progress, cancelled=cancelled)


def import_files(case: Case, files: list[SourceFile], *, actor: str, source: Source = UNLABELLED,
                 workers: int | None = None, progress: parallel.Progress | None = None,
                 cancelled: parallel.Cancelled | None = None,
                 sealed_key: bytes | None = None) -> Iterator[ImportResult]:
    """Imports `files`, each recorded as coming from where its SourceFile says; a result for
    each, in their order. With `sealed_key`, the files were written by tempfiles.Sealed with
    that key (a bundle's photos) and are read through it."""
    root = case.root.resolve()
    refused = {f: _refusal(f, root) for f in files}
    to_stage = [f for f in files if refused[f] is None]
    sources = [f.path for f in to_stage]
    with case.exclusive("importing"):
        store.health.refuse_if_damaged(case, "importing")  # before a file is copied in
        leftovers = clear_staging(case)
        workers = workers or os.cpu_count() or 1
        use_processes = workers > 1 and parallel.worth_parallel(sources, COST_PER_FILE_S)
        staged = parallel.run_ordered(
            partial(stage, root=str(case.root), default_zone=case.info.timezone,
                    key=case.files.data_key, sealed_key=sealed_key), sources,
            processes=workers if use_processes else None, chunksize=1,
            progress=progress, cancelled=cancelled)
        writer = _Writer(case, actor, source)
        try:
            # run_ordered keeps the input's order; it stops early when cancelled
            for file in files:
                reason = refused[file]
                item = Staged(file.path, reason=reason) if reason else next(staged, None)
                if item is None:
                    break
                yield from writer.add(item, file)
        except BaseException as exc:  # interrupted, the caller stopped listening, the disk
            if diskspace.is_full(exc):  # what is done is kept, and its results given
                yield from _finish_on_full_disk(writer, leftovers)
                raise _disk_full(exc, case, writer, to_stage) from exc
            for _ in writer.finish(leftovers):  # keep what is done
                pass
            raise
        try:
            yield from writer.finish(leftovers)
        except Exception as exc:
            if diskspace.is_full(exc):
                raise _disk_full(exc, case, writer, to_stage) from exc
            raise


def _refusal(file: SourceFile, root: Path) -> str | None:
    """Why `file` is not even read, or None."""
    if file.link_outside:
        return LINK_OUTSIDE
    try:
        real = Path(file.path).resolve()
    except OSError:  # a link the system will not resolve: reading it says why it cannot be read
        return None
    if real.is_relative_to(root):  # never evidence of anything
        return INSIDE_CASE
    return None


def _finish_on_full_disk(writer: _Writer, leftovers: int) -> Iterator[ImportResult]:
    """The files staged before the disk filled, recorded if the disk still lets SQLite."""
    try:
        yield from writer.finish(leftovers)
    except Exception as exc:
        if not diskspace.is_full(exc):
            raise


def _disk_full(exc: BaseException, case: Case, writer: _Writer,
               to_stage: list[SourceFile]) -> KnownError:
    """What the user is told when the disk refuses a write mid-import: what is kept, what to
    free. Committed files are in the case; a copy made but not yet recorded is adopted when the
    same files are imported again (see the module's notes), a partial copy deleted then."""
    saved = writer.counts["imported"] + writer.counts["duplicate"]
    done = {id(file) for file in writer.recorded}
    rest = [f for f in to_stage if id(f) not in done]
    needed = 0
    for file in rest:
        with contextlib.suppress(OSError):
            needed += os.stat(file.path).st_size
    kept = (f"Kept in the case, with their custody entries: the files recorded before it "
            f"filled ({saved}). Not imported yet: {len(rest)}; importing the same files again "
            "adds them." if saved else "No file was imported and the case is as it was.")
    return diskspace.full_error(exc, case.root, kept=kept, needed_bytes=2 * needed)


class _Writer:
    """Records staged files in batched transactions; the only code here that writes SQLite."""

    def __init__(self, case: Case, actor: str, source: Source) -> None:
        self.case, self.actor, self.source = case, actor, source
        self.pending: list[tuple[Staged, SourceFile]] = []
        self.started = time.monotonic()
        self.counts = {"imported": 0, "duplicate": 0, "rejected": 0}
        self.rejected: list[dict[str, str]] = []
        self.not_images = self.case_files = 0
        self.recorded: list[SourceFile] = []   # committed, in order

    def add(self, item: Staged, file: SourceFile) -> Iterator[ImportResult]:
        self.pending.append((item, file))
        if len(self.pending) >= COMMIT_EVERY or \
                time.monotonic() - self.started >= COMMIT_INTERVAL_S:
            yield from self._commit()

    def finish(self, leftovers: int) -> Iterator[ImportResult]:
        yield from self._commit()
        with self.case.transaction():
            self.case.record(self.actor, "import-batch", details={
                **self.counts, "rejected_files": self.rejected[:REJECTED_NAMED],
                "rejected_not_named": max(0, len(self.rejected) - REJECTED_NAMED),
                "not_images": self.not_images, "case_files": self.case_files,
                "source_label": self.source.label,
                "unfinished_copies_removed": leftovers, "software": software_version(),
                "tzdata": timing.TZDATA_VERSION})

    def _commit(self) -> Iterator[ImportResult]:
        if not self.pending:
            return
        counts, rejected = dict(self.counts), list(self.rejected)
        others = (self.not_images, self.case_files)
        try:
            with self.case.transaction():
                results = [self._record_alone(item, file) for item, file in self.pending]
        except BaseException:  # nothing of these files was recorded: nor is it counted
            self.counts, self.rejected = counts, rejected
            self.not_images, self.case_files = others
            raise
        self.recorded += [file for _item, file in self.pending]
        self.pending, self.started = [], time.monotonic()
        yield from results

    def _record_alone(self, item: Staged, file: SourceFile) -> ImportResult:
        """One file's rows, undone alone (a savepoint) if recording it fails: it is rejected
        and the batch goes on. The disk or a damaged database stops the batch."""
        counts, rejected = dict(self.counts), list(self.rejected)
        try:
            with self.case.transaction():
                return self._record(item, file)
        except Exception as exc:
            if diskspace.is_full(exc) or store.health.is_damage(exc):
                raise
            log.exception("Skver failed to record %s", item.source)
            self.counts, self.rejected = counts, rejected
            reason = (f"Skver failed to record this file ({type(exc).__name__}: {exc}); this "
                      "is a bug: please report it with Skver's log")
            return self._record(Staged(item.source, item.sha256, reason=reason), file)

    def _record(self, item: Staged, file: SourceFile) -> ImportResult:
        facts = provenance.facts(file, self.source)
        if item.reason is not None or item.inspection is None:
            self.counts["rejected"] += 1
            if item.not_image:
                self.not_images += 1
            elif item.reason == INSIDE_CASE:
                self.case_files += 1
            else:
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
