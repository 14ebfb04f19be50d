"""Verifying a case: every original re-hashed, every row accounted for, the custody chain whole.

A discrepancy is something the case cannot explain (a changed or missing original, a broken
or cut log, a row that no custody entry vouches for). A note is something it can (an import
that was interrupted and left a complete copy behind, to be adopted by importing again).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from evidence import (
    casefiles,
    cryptofile,
    custody,
    diskspace,
    observations,
    parallel,
    places,
    proofimport,
    provenance,
    redaction,
    signing,
    store,
    witness,
)
from evidence.importer import photo_facts
from evidence.model import Claim, ImportRecord, Observation, PhotoRecord
from evidence.store import CASE_INFO_KEYS, DB_FILE, ORIGINALS, STAGING, Case, audit


@dataclass
class Report:
    photos: int = 0
    imports: int = 0
    entries: int = 0
    originals_intact: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems


def verify(case: Case, *, actor: str, workers: int | None = None,
           progress: parallel.Progress | None = None) -> Report:
    """Checks the whole case and records the verification in the custody log."""
    with case.exclusive("verifying"):
        damage = store.health.integrity_problems(case)
        if damage:  # what a damaged database holds cannot be relied on, nor written to
            return Report(problems=[_damaged(damage)])
        log = list(store.log.entries(case))
        photos, imports = store.photos.all_photos(case), store.photos.all_imports(case)
        report = Report(len(photos), len(imports), len(log))
        chain, _last = custody.chain_problems(log)
        report.problems += chain
        report.problems += custody.head_problems(case.read_head(), log)
        report.problems += _witnessed(case, log)
        report.problems += [custody.discrepancy_problem(e) for e in log
                            if e.action == custody.DISCREPANCY]
        by_seq = {entry.seq: entry for entry in log}
        report.problems += _case_info(case, log)
        report.problems += _photo_rows(photos, by_seq)
        report.problems += _import_rows(imports, {p.id: p for p in photos}, by_seq)
        report.problems += _unrecorded(log, photos, imports)
        report.problems += audit.problems(case, log)
        report.problems += _observation_links(store.observations.by_photo(case), log)
        report.problems += signing.key_problems(case, log)
        proof_problems, proof_files = proofimport.verify_problems(case, log)
        report.problems += proof_problems
        _originals(case, photos, report, workers, progress)
        letters = _letters(case, report) | _occupancy_pages(case, report)
        _strays(case, {p.stored_path for p in photos} | letters | proof_files, report)
        _kept_bundles(case, log, report)
        _places(case, photos, letters, report)
        report.notes += redaction.check(case)
        _record(case, actor, report)
    return report


def _record(case: Case, actor: str, report: Report) -> None:
    """The verification's custody entry; a disk that refuses it does not stop the report."""
    try:
        with case.transaction():
            case.record(actor, "verify", details={
                "intact": report.intact, "discrepancies": len(report.problems),
                "photos": report.photos, "originals_intact": report.originals_intact,
                "entries_checked": report.entries})
    except Exception as exc:
        if not diskspace.is_full(exc):
            raise
        why = diskspace.full_error(exc, case.root, kept="The checks above are complete.")
        report.notes.append(f"This verification could not be recorded in the custody log: "
                            f"{why} Nothing in the case was changed.")


def _observation_links(history: Mapping[int, tuple[Observation, ...]],
                       log: list[custody.Entry]) -> list[str]:
    """Each correction and withdrawal names an observation of its photo and reviewer, once, and
    its custody entry records it as such (a row no entry vouches for, audit.problems names)."""
    rows = [o for seen in history.values() for o in seen]
    problems = observations.link_problems(rows)
    recorded: dict[int, custody.Entry] = {}
    for entry in log:
        if entry.details.get("table") == "observations" and \
                isinstance(entry.details.get("row_id"), int):
            recorded[entry.details["row_id"]] = entry
    for row in rows:
        if row.withdraws is not None:
            kind, key, action, target = ("withdrawal", "withdraws", observations.WITHDRAWN,
                                         row.withdraws)
        elif row.replaces is not None:
            kind, key, action, target = ("correction", "replaces", observations.CORRECTED,
                                         row.replaces)
        else:
            continue
        found = recorded.get(row.id or 0)
        if found is not None and (found.action not in (action, observations.IMPORTED)
                                  or found.details.get(key) != target):
            problems.append(f"{observations.link_label(row)}: custody entry {found.seq}, which "
                            f"recorded it, does not record it as the {kind} of observation "
                            f"{target}.")
    return problems


def _witnessed(case: Case, log: list[custody.Entry]) -> list[str]:
    """Whether the log still holds the last entry this computer saw of it (evidence.witness)."""
    seen = witness.seen(case.info.id, case.root)
    if seen is None:
        return []
    by_seq = {entry.seq: entry for entry in log}
    found = custody.shortfall(seen, by_seq.get(seen[0]), log[-1].seq if log else 0)
    if found == "cut":
        return [f"The custody log ends at entry {log[-1].seq if log else 0}, but this computer "
                f"saw it reach entry {seen[0]}: an older copy of the case (its database and "
                "head anchor) was put back, and what came after is lost."]
    if found:
        return [f"Custody entry {seen[0]} is not the one this computer saw: the case was "
                "replaced by a copy changed elsewhere, or its log was rewritten."]
    return []


def _damaged(lines: list[str]) -> str:
    return (f"The case database ({DB_FILE}) is damaged: SQLite's integrity check reports "
            f"{store.health.shown(lines)} Nothing else was checked, and this verification was "
            "not recorded in the custody log: what a damaged database holds cannot be relied "
            f"on, and writing to it could damage it further. {store.health.RESTORE}")


def _case_info(case: Case, log: list[custody.Entry]) -> list[str]:
    """The case's own facts (id, title, time zone ...) as the log last recorded them."""
    recorded: dict[str, str] = {}
    for entry in log:
        if entry.action in ("case-created", "case-edited"):
            recorded.update({k: v for k, v in entry.details.items() if k in CASE_INFO_KEYS})
    stored = case.info_values()
    changed = sorted(k for k in CASE_INFO_KEYS if stored.get(k) != recorded.get(k))
    if not changed:
        return []
    return [f"The case's own record differs from what the custody log recorded "
            f"({', '.join(changed)}): edited outside Skver."]


def _photo_rows(photos: list[PhotoRecord], by_seq: dict[int, custody.Entry]) -> list[str]:
    problems = []
    for row in photos:
        entry = by_seq.get(row.custody_seq)
        label = f"Photo {row.id} ({row.sha256[:12]}…)"
        if entry is None or entry.action != "import" or entry.object_hash != row.sha256:
            problems.append(f"{label}: no custody entry records its import (row added or "
                            "changed outside Skver).")
            continue
        try:
            record = json.loads(row.stored_json)
        except ValueError:
            problems.append(f"{label}: its stored metadata is not readable JSON (edited).")
            continue
        facts = photo_facts(row.stored_path, row.size_bytes, row.media_type, record)
        changed = sorted(k for k, v in facts.items() if entry.details.get(k) != v)
        changed += [k for k in ("taken_utc", "latitude", "longitude")
                    if getattr(row, k) != record.get(k)]
        if changed:
            problems.append(f"{label}: its row differs from what custody entry {entry.seq} "
                            f"recorded ({', '.join(changed)}): edited outside Skver.")
    return problems


def _import_rows(imports: list[ImportRecord], photos: dict[int, PhotoRecord],
                 by_seq: dict[int, custody.Entry]) -> list[str]:
    problems = []
    actions = {"imported": "import", "duplicate": "import-duplicate"}
    for row in imports:
        entry = by_seq.get(row.custody_seq)
        photo = photos.get(row.photo_id)
        # Where it came from, as the table keeps it: an entry from before labels (an absolute
        # path, no label) and one of now (a path inside the folder chosen, a label) alike.
        expected = None if photo is None else (
            actions.get(row.outcome), photo.sha256, row.imported_utc, row.actor,
            {"source_path": row.source_path, "source_name": row.source_name,
             "source_label": row.source_label, "source_root": row.source_root,
             "source_bundle": row.source_bundle})
        found = None if entry is None else (
            entry.action, entry.object_hash, entry.at_utc, entry.actor,
            provenance.stored(entry.details))
        if expected is None or expected != found:
            problems.append(f"Import record {row.id} ({row.source_name}) does not match "
                            f"custody entry {row.custody_seq}: edited outside Skver.")
    return problems


def _unrecorded(log: list[custody.Entry], photos: list[PhotoRecord],
                imports: list[ImportRecord]) -> list[str]:
    photo_seqs = {p.custody_seq for p in photos}
    import_seqs = {i.custody_seq for i in imports}
    problems = []
    for entry in log:
        if entry.action == "import" and entry.seq not in photo_seqs:
            problems.append(f"Custody entry {entry.seq} records the import of "
                            f"{entry.details.get('source_name', '?')} "
                            f"({(entry.object_hash or '')[:12]}…), but the case has no such "
                            "photo: its row was deleted.")
        elif entry.action in ("import", "import-duplicate") and entry.seq not in import_seqs:
            problems.append(f"Custody entry {entry.seq} records an import whose record is "
                            "missing from the database: it was deleted.")
    return problems


def _originals(case: Case, photos: list[PhotoRecord], report: Report, workers: int | None,
               progress: parallel.Progress | None) -> None:
    relpaths = [p.stored_path for p in photos]
    workers = workers or os.cpu_count() or 1
    use_processes = workers > 1 and parallel.worth_parallel(
        [str(case.path_of(r)) for r in relpaths])
    # A worker process has no unlocked keys: it is given the case's.
    hashes = parallel.run_ordered(
        partial(_plain_sha256, str(case.root), case.files.data_key), relpaths,
        processes=workers if use_processes else None, progress=progress)
    for row, actual in zip(photos, hashes, strict=True):
        name = f"photo {row.id} ({row.stored_path})"
        if actual is None:
            report.problems.append(_unreadable(case, row.stored_path, f"The original of {name}"))
        elif actual != row.sha256:
            report.problems.append(f"The original of {name} has changed: its SHA-256 is now "
                                   f"{actual}, not {row.sha256}.")
        else:
            report.originals_intact += 1
            if os.stat(case.path_of(row.stored_path)).st_mode & 0o222:
                report.notes.append(f"The original of {name} is intact but no longer "
                                    "read-only.")


def _unreadable(case: Case, relpath: str, name: str) -> str:
    """Why a file cannot be read: in an encrypted case, found in another's place, maybe."""
    try:
        with case.files.open_read(relpath):
            pass
    except cryptofile.Misplaced as exc:
        return places.misplaced(exc)
    except OSError:
        pass
    return f"{name} is missing or unreadable."


def _places(case: Case, photos: list[PhotoRecord], letters: set[str], report: Report) -> None:
    """An encrypted case's derived files in their own places; the files of the unbound format."""
    found = places.check(case, photos, sorted(letters))
    report.problems += found.problems
    if found.unbound:
        report.notes.append(places.unbound_note(found.unbound))


def _letters(case: Case, report: Report) -> set[str]:
    """Each claim's scanned letter must still be the bytes recorded with it; returns their paths."""
    lettered: list[Claim] = [c for c in store.claims.all_claims(case) if c.letter_path]
    for claim in lettered:
        assert claim.letter_path is not None
        _kept(case, report, f"The letter of claim {claim.id} (document "
              f"{claim.document_number}, {claim.letter_path})", claim.letter_path,
              claim.letter_sha256)
    return {c.letter_path for c in lettered if c.letter_path}


def _occupancy_pages(case: Case, report: Report) -> set[str]:
    """Each kept copy of the akimat's occupancy page must still be its bytes; their paths."""
    pages = store.occupancy.all_pages(case)
    for page in pages:
        _kept(case, report, f"Occupancy page {page.id} ({page.url}, {page.stored_path})",
              page.stored_path, page.sha256)
    return {p.stored_path for p in pages}


def _kept(case: Case, report: Report, name: str, relpath: str, recorded: str | None) -> None:
    """A file the case keeps must still be the bytes recorded with it."""
    actual = case.files.sha256(relpath)
    if actual is None:
        report.problems.append(f"{name} is missing or unreadable.")
    elif actual != recorded:
        report.problems.append(f"{name} has changed: its SHA-256 is now {actual}, not "
                               f"{recorded}.")


def _plain_sha256(root: str, key: bytes | None, relpath: str) -> str | None:
    return casefiles.for_root(Path(root), key).sha256(relpath)


def _strays(case: Case, known: set[str], report: Report) -> None:
    on_disk = {case.path_of(k) for k in known}
    for path in sorted((case.root / ORIGINALS).rglob("*")):
        relpath = path.relative_to(case.root).as_posix()
        if not path.is_file() or path in on_disk:
            continue
        if case.encrypted:  # its name is a keyed hash: what it should hold is not known
            report.notes.append(f"{relpath} is in the originals store but is not part of the "
                                "case (a copy left by an interrupted import, or not Skver's); "
                                "importing the same file again adopts it.")
        elif casefiles.PlainFiles(case.root).sha256(relpath) == path.stem:
            report.notes.append(f"{relpath} is a complete copy left by an interrupted import "
                                "or letter attachment and is not yet part of the case; import "
                                "(or attach) the same file again to add it.")
        else:
            report.problems.append(f"{relpath} is in the originals store but is not part of "
                                   "the case and does not match its name.")
    for leftover in sorted((case.root / STAGING).glob("*.part")):
        report.notes.append(f"{STAGING}/{leftover.name} is an unfinished copy from an "
                            "interrupted import; the next import deletes it.")


def _kept_bundles(case: Case, log: list[custody.Entry], report: Report) -> None:
    """The manifests and custody logs kept from merged bundles are still the bytes recorded."""
    for entry in log:
        if entry.action != "bundle-imported":
            continue
        folder = entry.details.get("stored_in", "")
        for name, expected in sorted(entry.details.get("kept", {}).items()):
            actual = case.files.sha256(f"{folder}/{name}")
            if actual != expected:
                state = "is missing" if actual is None else f"has changed (SHA-256 {actual})"
                report.problems.append(
                    f"{folder}/{name}, kept from another monitor's bundle (custody entry "
                    f"{entry.seq}), {state}; it was recorded as {expected}.")
