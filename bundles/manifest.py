"""What an evidence bundle holds and says: its files and its manifest, read from a case at once.

The manifest keeps every row as the case stores it, so each row's digest can be checked against
the custody entry that recorded it, and each photo's stored metadata against its import entry.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import platform
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from importlib import metadata as package_metadata
from pathlib import Path, PurePosixPath
from typing import Any

from evidence import custody, store, timing
from evidence.analysis import analyze
from evidence.errors import KnownError
from evidence.store import EXTENSIONS, Case, CaseData, audit, software_version

# Version 2 carries corrections and withdrawals of observations (observation rows that
# `replace` or `withdraw` an earlier one). A bundle without any is still written as version 1,
# which every Skver reads; an older Skver refuses a version 2 bundle rather than count a
# withdrawn observation.
FORMAT_NAME, FORMAT_VERSION = "skver-evidence-bundle", 2
# Version 3 carries capture apps' proofs (ProofMode, Tella: files of kind `proof` and the
# manifest's `proofs`), written only when the case has some; an older Skver refuses it as newer
# rather than as forged.
PROOFS_VERSION = 3
READS_VERSIONS = (1, 2, 3)
LATER_OBSERVATION_COLUMNS = ("replaces", "withdraws")
MANIFEST, SUMS, LOG = "manifest.json", "SHA256SUMS", "custody.jsonl"
SIGNATURE, PUBLIC_KEY, SIGNATURE_NOTE = "manifest.json.sig", "signing-key.pub", "SIGNATURE.txt"
SIGNATURE_FILES = (SIGNATURE, PUBLIC_KEY, SIGNATURE_NOTE)
KEY_PACKAGES = ("cryptography", "exifread", "Pillow", "pillow-heif", "geopy", "geographiclib",
                "timezonefinder", "tzdata", "fpdf2", "folium")
TABLES = ("venues", "claims", "observations")
# The akimat's published occupancy's rows, in the manifest only when the case keeps a page.
OCCUPANCY_TABLES = ("occupancy_pages", "occupancy_entries")
MEDIA_TYPES = {ext: media_type for media_type, ext in EXTENSIONS.items()}


@dataclass(frozen=True)
class Member:
    """A file of the bundle: its name in the zip, where its bytes come from, what it is."""

    path: str
    source: Path | bytes
    sha256: str
    size: int
    media_type: str
    kind: str                      # photo | letter | log | report | imported-bundle
    facts: dict[str, Any] = field(default_factory=dict)

    def entry(self) -> dict[str, Any]:
        """The member as the manifest lists it."""
        return {"path": self.path, "sha256": self.sha256, "size_bytes": self.size,
                "media_type": self.media_type, "kind": self.kind, **self.facts}


@dataclass(frozen=True)
class Snapshot:
    """Everything a bundle needs from a case, read in one consistent reading."""

    info: dict[str, Any]
    log: list[custody.Entry]
    members: list[Member]
    rows: dict[str, list[dict[str, Any]]]
    analysis: dict[str, Any]
    redactions: list[dict[str, Any]] = field(default_factory=list)
    proofs: list[dict[str, Any]] = field(default_factory=list)
    # The akimat's published occupancy: its pages' and entries' rows as recorded (empty: none)
    occupancy: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def snapshot(case: Case) -> Snapshot:
    with store.reading(case):  # a writer meanwhile is not half seen
        data = store.read(case, with_log=True)
        rows = {t: audit.rows_as_stored(case, t) for t in TABLES}
    assert data.log is not None
    log = list(data.log)
    members = _originals(case, data) + _kept_bundles(case, log)
    members += _occupancy_pages(case, data, {m.path for m in members})
    members += _proof_files(case, data, {m.path for m in members})
    return Snapshot(asdict(data.info), log, members, rows, analyze(data).as_json(),
                    _redactions(data), _proofs(data), _occupancy_rows(case, data))


def _occupancy_pages(case: Case, data: CaseData, taken: set[str]) -> list[Member]:
    """The copies of the akimat's occupancy page, each with what it is (a file already in the
    bundle as a photo or a letter is not listed twice)."""
    found = []
    for page in data.occupancy_pages:
        member = _stored(case, page.stored_path, page.sha256, "occupancy-page", {
            "page_id": page.id, "url": page.url, "captured_utc": page.captured_utc,
            "capture": page.capture.value, "covers_from": page.covers_from,
            "covers_to": page.covers_to, "same_capture": page.same_capture})
        if member.path not in taken:
            found.append(member)
            taken.add(member.path)
    return found


def _occupancy_rows(case: Case, data: CaseData) -> dict[str, list[dict[str, Any]]]:
    if not data.occupancy_pages:
        return {}
    return {t: audit.rows_as_stored(case, t) for t in OCCUPANCY_TABLES}


def _redactions(data: CaseData) -> list[dict[str, Any]]:
    """What the reports hide, photo by photo; the bundle's originals stay unredacted."""
    return [{"photo_id": r.photo_id, "photo_sha256": r.photo_sha256, "method": r.method,
             "regions": r.regions_json(), "redacted_sha256": r.derived_sha256,
             "actor": r.actor, "created_utc": r.created_utc, "row_id": r.id}
            for _, r in sorted(data.redactions.items())]


def _originals(case: Case, data: CaseData) -> list[Member]:
    imports: dict[int, list[dict[str, Any]]] = {}
    for record in data.imports:
        imports.setdefault(record.photo_id, []).append({
            "source_name": record.source_name, "imported_utc": record.imported_utc,
            "actor": record.actor, "outcome": record.outcome,
            "custody_seq": record.custody_seq})
    found: dict[str, Member] = {}
    for photo in data.photos:
        member = _stored(case, photo.stored_path, photo.sha256, "photo", {
            "photo_id": photo.id, "custody_seq": photo.custody_seq,
            "inspection": json.loads(photo.stored_json), "imports": imports.get(photo.id, [])})
        found[member.path] = member
    for claim in data.claims:
        if claim.letter_path is None or claim.letter_sha256 is None:
            continue
        member = _stored(case, claim.letter_path, claim.letter_sha256, "letter", {})
        member = found.get(member.path, member)  # a letter that is also a photo: one file
        ids = [*member.facts.get("claim_ids", []), claim.key]
        found[member.path] = replace(member, facts={**member.facts, "claim_ids": ids})
    return list(found.values())


def _stored(case: Case, relpath: str, sha256: str, kind: str, facts: dict[str, Any]) -> Member:
    suffix = PurePosixPath(relpath).suffix
    source = case.path_of(relpath)  # read through case.files when the bundle is written
    try:
        size = case.files.size(relpath)
    except OSError as exc:
        raise KnownError(f"The original {relpath} of this case cannot be read "
                         f"({exc.strerror or exc}): the case is damaged. Run `python main.py "
                         f"verify --case {case.root}` to see what is missing.") from None
    return Member(f"originals/{sha256}{suffix}", source, sha256, size,
                  MEDIA_TYPES.get(suffix, "application/octet-stream"), kind,
                  {**facts, "stored_path": relpath})


def _proofs(data: CaseData) -> list[dict[str, Any]]:
    """Each capture app's proof as the case keeps it (its row, the custody entry that vouches
    for it), so `verify` can hold it to that entry and check its signatures again."""
    return [{"photo_id": p.photo_id, "id": p.id, "custody_seq": p.custody_seq,
             **store.proofs.as_json(p)}
            for _photo_id, items in sorted(data.proofs.items()) for p in items]


def _proof_files(case: Case, data: CaseData, taken: set[str]) -> list[Member]:
    """The proofs' files (a proof JSON or CSV, a signature, a public key), each once."""
    found: dict[str, Member] = {}
    for items in data.proofs.values():
        for proof in items:
            for f in proof.files:
                member = _stored(case, f.stored_path, f.sha256, "proof", {})
                if member.path in taken:  # the same bytes as a photo or a letter
                    continue
                member = found.get(member.path, replace(
                    member, media_type=text_media_type(f.stored_path)))
                ids = [*member.facts.get("proof_ids", []), proof.id]
                found[member.path] = replace(member, facts={**member.facts, "proof_ids": ids})
    return list(found.values())


def _kept_bundles(case: Case, log: list[custody.Entry]) -> list[Member]:
    """The manifests and custody logs of other monitors' bundles merged into the case."""
    members = []
    for entry in log:
        if entry.action != "bundle-imported":
            continue
        for name, sha256 in sorted(entry.details.get("kept", {}).items()):
            path = f"{entry.details['stored_in']}/{name}"
            member = _stored(case, path, sha256, "imported-bundle", {
                "bundle_manifest_sha256": entry.object_hash, "custody_seq": entry.seq})
            members.append(replace(member, path=path, media_type=text_media_type(name)))
    return members


def log_member(log: Iterable[custody.Entry]) -> Member:
    """custody.jsonl: one entry per line with every field, enough to recompute the chain."""
    data = "".join(custody.canonical(e.__dict__) + "\n" for e in log).encode("utf-8")
    return in_memory(LOG, data, "log")


def extra_member(name: str, source: str | os.PathLike[str] | bytes) -> Member:
    """A file the caller adds (a report), hashed now and again as it is copied."""
    if isinstance(source, bytes):
        return in_memory(name, source, "report")
    path = Path(source)
    try:
        with open(path, "rb") as fh:
            digest = hashlib.file_digest(fh, "sha256")
        size = path.stat().st_size
    except OSError as exc:
        raise KnownError(f"{path} cannot be read for the bundle: {exc.strerror or exc}.") \
            from None
    return Member(name, path, digest.hexdigest(), size, text_media_type(name), "report")


def in_memory(name: str, data: bytes, kind: str) -> Member:
    return Member(name, data, hashlib.sha256(data).hexdigest(), len(data),
                  text_media_type(name), kind)


def text_media_type(name: str) -> str:
    if name.endswith(".jsonl"):
        return "application/x-ndjson"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def build(snap: Snapshot, members: list[Member], *, created_utc: str, actor: str,
          fingerprint: str | None) -> dict[str, Any]:
    """The manifest: every file, the case's rows and verdicts, versions, the custody head."""
    last = snap.log[-1] if snap.log else None
    return {
        "format": {"name": FORMAT_NAME, "version": PROOFS_VERSION if snap.proofs
                   else format_version(snap.rows)},
        "created_utc": created_utc, "created_by": actor, "case": snap.info,
        "software": versions(),
        "files": sorted((m.entry() for m in members), key=lambda e: e["path"]),
        **snap.rows,
        "analysis": snap.analysis,
        "redactions": snap.redactions,
        **({"proofs": snap.proofs} if snap.proofs else {}),
        **({"occupancy": snap.occupancy} if snap.occupancy else {}),
        "custody": {"file": LOG, "entries": len(snap.log),
                    "head": {"seq": last.seq if last else 0,
                             "entry_hash": last.entry_hash if last else custody.GENESIS}},
        "signature": None if fingerprint is None else {
            "algorithm": "Ed25519", "public_key_file": PUBLIC_KEY, "signature_file": SIGNATURE,
            "public_key_fingerprint": fingerprint},
    }


def format_version(rows: dict[str, list[dict[str, Any]]]) -> int:
    """2 when the observations include a correction or a withdrawal; else 1."""
    return FORMAT_VERSION if corrects(rows.get("observations", [])) else 1


def corrects(observations: list[Any]) -> bool:
    """Whether any observation row corrects or withdraws another."""
    return any(isinstance(row, dict) and
               any(row.get(k) is not None for k in LATER_OBSERVATION_COLUMNS)
               for row in observations)


def versions() -> dict[str, Any]:
    packages: dict[str, str | None] = {}
    for name in KEY_PACKAGES:
        try:
            packages[name] = package_metadata.version(name)
        except package_metadata.PackageNotFoundError:
            packages[name] = None
    return {"skver": software_version(), "tz_database": timing.TZDATA_VERSION,
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "packages": packages}


def sums_text(hashes: dict[str, str]) -> bytes:
    """SHA256SUMS as `sha256sum -c` reads it: '<hex>  <path>', sorted by path."""
    return "".join(f"{hashes[p]}  {p}\n" for p in sorted(hashes)).encode("utf-8")


def parse_sums(data: bytes) -> tuple[dict[str, str], list[str]]:
    """({path: sha256}, the lines that are not '<64 hex digits>  <path>')."""
    found, bad = {}, []
    for line in data.decode("utf-8", errors="replace").splitlines():
        digest, sep, path = line[:64], line[64:66], line[66:]
        if len(digest) == 64 and all(c in "0123456789abcdef" for c in digest) and \
                sep in ("  ", " *") and path:
            found[path] = digest
        elif line.strip():
            bad.append(line)
    return found, bad
