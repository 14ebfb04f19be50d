"""Verifying an evidence bundle with nothing but the bundle: no case, no app state, no key store.

Every file is re-hashed against the manifest, nothing may be added or taken away, SHA256SUMS
must agree with the manifest, the custody log's hash chain is recomputed and must end where the
manifest says, every photo must have the import entry that vouches for it, a signature, when
there is one, must be the one the manifest names, and each RFC 3161 timestamp, when there are
any, must be over this manifest (bundles/timestamps.py; its authority trusted or not is a fact,
not a discrepancy). Each discrepancy is named in a sentence.

The bundle's own words (a path, an imported file's name, a member's name, a key's fingerprint)
enter a sentence through `printable`, where they enter it, so each problem is one line with
its control characters shown, never obeyed, wherever it is read: the command line, the window,
or import-bundle's refusal. The report's fields (the case, who made it) stay the bundle's
exact text, and whoever shows them makes them printable (the command line does, line by line).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bundles import against, proofcheck, recompute, timestamps
from bundles.checks import content_problems, parse_log, shape_problem
from bundles.manifest import (
    LOG,
    MANIFEST,
    PUBLIC_KEY,
    SIGNATURE,
    SIGNATURE_FILES,
    SUMS,
    parse_sums,
)
from bundles.paths import TIMESTAMP_DIR, TIMESTAMP_NOTE, is_timestamp_file
from bundles.zipsafe import DamagedMember, Limits, Opener, SafeZip
from evidence import signing, trustlists
from evidence.custody import Entry
from evidence.errors import KnownError
from evidence.parallel import Progress
from evidence.printable import printable
from evidence.trustlists import TrustKind
from reports import anchor


@dataclass
class BundleReport:
    path: str
    manifest_sha256: str | None = None
    case: dict[str, Any] | None = None
    created_utc: str | None = None
    created_by: str | None = None
    software: str | None = None
    files: int = 0
    files_intact: int = 0
    entries: int = 0
    signature: str = "unsigned"      # unsigned | valid | invalid
    fingerprint: str | None = None
    # What from outside the bundle it was held to (None: not asked).
    held_to_fingerprint: str | None = None      # the fingerprint given, as Skver prints it
    held_to_report: str | None = None           # the filed report's file name
    timestamps: list[timestamps.StampCheck] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def held_to_outside(self) -> bool:
        """Whether anything its maker no longer controls was checked."""
        return self.held_to_fingerprint is not None or self.held_to_report is not None

    def as_json(self) -> dict[str, Any]:
        return {"intact": self.intact, **asdict(self)}


def verify_bundle(zip_path: str | Path, *, limits: Limits | None = None,
                  progress: Progress | None = None, expect_fingerprint: str | None = None,
                  filed_report: str | Path | None = None,
                  opener: Opener | None = None,
                  tsa_anchors: Sequence[bytes | str] | None = None) -> BundleReport:
    """Checks a bundle, held to a fingerprint given by another route and to a filed report
    when given (bundles.against); raises KnownError when it cannot be read safely, or when
    the fingerprint or the filed report given is not one. `opener` opens the zip of a bundle
    sealed for transport (bundles.transport.opened); `zip_path` then names the sealed file.
    Timestamps are checked offline against `tsa_anchors` (PEM roots), by default the trust
    list's time-stamping authorities."""
    roots = timestamps.load_anchors(default_tsa_anchors() if tsa_anchors is None
                                    else tsa_anchors)
    expected = signing.normalised(expect_fingerprint) if expect_fingerprint else None
    filed = (Path(filed_report), anchor.read(filed_report)) if filed_report else None
    report = BundleReport(str(zip_path))
    with SafeZip(zip_path, limits, opener) as archive:
        manifest, manifest_bytes = _manifest(archive, report)
        if manifest is None:
            return report
        files = manifest["files"]
        _files(archive, files, report, progress)
        _unlisted(archive, files, report)
        _sums(archive, files, report)
        log: list[Entry] = []
        if LOG not in {f["path"] for f in files}:
            report.problems.append("The manifest does not list custody.jsonl: without the "
                                   "custody log nothing vouches for where the files came from.")
        elif LOG in archive:
            log, problem = _log(archive)
            report.entries = len(log)
            report.problems += [problem] if problem else content_problems(manifest, log)
        _signature(archive, manifest.get("signature"), manifest_bytes, report)
        _timestamps(archive, manifest_bytes, manifest.get("created_utc"), roots, report)
        _bundled_reports(archive, manifest, log, report)
        report.problems += proofcheck.problems(archive, manifest, log)
        problems, notes = recompute.verdict_findings(manifest)
        report.problems += problems
        report.notes += notes
    if expected is not None:
        report.held_to_fingerprint = expected
        report.problems += against.fingerprint_problems(expected, report.signature,
                                                        report.fingerprint)
    if filed is not None:
        path, found = filed
        report.held_to_report = path.name
        report.problems += against.anchor_problems(
            found, f"the filed report {printable(path.name)}", manifest, log,
            report.signature, report.fingerprint)
        report.notes.append(against.filed_file_note(path, log))
    return report


def _bundled_reports(archive: SafeZip, manifest: dict[str, Any], log: list[Entry],
                     report: BundleReport) -> None:
    """Each report inside the bundle names the key that signed it and a custody entry its log
    holds, and shows only exhibits it carries."""
    for f in manifest["files"]:
        if f["kind"] != "report" or not f["path"].endswith((".pdf", ".html")) or \
                f["path"] not in archive:
            continue
        what = f"the bundled report {printable(f['path'])}"
        try:
            found = anchor.parse(archive.read(f["path"]), f["path"])
        except DamagedMember:
            continue  # named among the files already
        except KnownError as exc:
            report.notes.append(f"{what}: {exc}")
            continue
        # An unsigned bundle has no key to hold its reports' key to (the note says so).
        report.problems += against.anchor_problems(
            found, what, manifest, log, report.signature, report.fingerprint,
            check_key=report.signature != "unsigned")


def _manifest(archive: SafeZip, report: BundleReport) -> tuple[dict[str, Any] | None, bytes]:
    if MANIFEST not in archive:
        report.problems.append("manifest.json is missing: this is not a Skver evidence bundle, "
                               "or its manifest was removed.")
        return None, b""
    try:
        data = archive.read(MANIFEST)
        manifest = json.loads(data.decode("utf-8"))
    except DamagedMember:
        report.problems.append("manifest.json no longer matches the archive's own checksum "
                               "(CRC-32): it was changed inside the zip.")
        return None, b""
    except (ValueError, RecursionError) as exc:  # RecursionError: nested too deeply
        report.problems.append(f"manifest.json is not readable JSON ({exc}): it was damaged "
                               "or edited.")
        return None, b""
    problem = shape_problem(manifest)
    if problem:
        report.problems.append(problem)
        return None, data
    report.manifest_sha256 = hashlib.sha256(data).hexdigest()
    report.case = manifest.get("case")
    report.created_utc, report.created_by = manifest.get("created_utc"), \
        manifest.get("created_by")
    report.software = (manifest.get("software") or {}).get("skver")
    return manifest, data


def _files(archive: SafeZip, files: list[dict[str, Any]], report: BundleReport,
           progress: Progress | None) -> None:
    report.files = len(files)
    for done, f in enumerate(files, start=1):
        label = describe(f)
        if f["path"] not in archive:
            report.problems.append(f"{label} is listed in the manifest but missing from the "
                                   "bundle.")
            continue
        try:
            sha, size = archive.digest(f["path"])
        except DamagedMember:
            report.problems.append(f"{label} no longer matches the archive's own checksum "
                                   "(CRC-32): its bytes were changed inside the zip.")
            continue
        if sha != f["sha256"]:
            report.problems.append(f"{label} has changed: its SHA-256 in the bundle is {sha}, "
                                   f"but the manifest records {f['sha256']}.")
        elif size != f["size_bytes"]:
            report.problems.append(f"{label} is {size} bytes long; the manifest records "
                                   f"{f['size_bytes']}.")
        else:
            report.files_intact += 1
        if progress:
            progress(done, len(files))


def describe(f: dict[str, Any]) -> str:
    """A file of the manifest as a reader would name it, made printable (the names are the
    bundle's)."""
    if f["kind"] == "photo":
        names = [i.get("source_name") for i in f["imports"] if i.get("source_name")]
        first = f", imported as {names[0]}" if names else ""
        label = f"{f['path']} (photo {f['photo_id']}{first})"
    elif f["kind"] == "letter":
        label = f"{f['path']} (the refusal letter of claim {f.get('claim_ids')})"
    elif f["kind"] == "occupancy-page":
        label = f"{f['path']} (the akimat's occupancy page {f.get('page_id')}, {f.get('url')})"
    else:
        label = f"{f['path']} ({f['kind']})"
    return printable(label)


def _unlisted(archive: SafeZip, files: list[dict[str, Any]], report: BundleReport) -> None:
    known = {f["path"] for f in files} | {MANIFEST, SUMS, *SIGNATURE_FILES}
    for name in sorted(set(archive.files()) - known):
        if is_timestamp_file(name):
            continue  # made over the manifest, so outside it (checked by _timestamps)
        report.problems.append(f"{printable(name)} is in the bundle but not in its manifest: "
                               "it was added after the bundle was made.")


def _sums(archive: SafeZip, files: list[dict[str, Any]], report: BundleReport) -> None:
    if SUMS not in archive:
        report.problems.append("SHA256SUMS is missing, so `sha256sum -c` cannot check the "
                               "bundle.")
        return
    try:
        listed, bad = parse_sums(archive.read(SUMS))
    except DamagedMember:
        report.problems.append("SHA256SUMS no longer matches the archive's own checksum.")
        return
    expected = {f["path"]: f["sha256"] for f in files}
    expected[MANIFEST] = report.manifest_sha256 or ""
    report.problems += [f"SHA256SUMS has a line that is not a checksum: {line!r}." for line in bad]
    for path in sorted(set(expected) | set(listed)):
        shown = printable(path)
        if path not in listed:
            report.problems.append(f"SHA256SUMS does not list {shown}.")
        elif path not in expected:
            report.problems.append(f"SHA256SUMS lists {shown}, which the manifest does not.")
        elif listed[path] != expected[path]:
            whose = "manifest.json in the bundle has" if path == MANIFEST else \
                "the manifest records"
            report.problems.append(f"SHA256SUMS gives {shown} the SHA-256 {listed[path]}, but "
                                   f"{whose} {expected[path]}.")


def _log(archive: SafeZip) -> tuple[list, str | None]:
    try:
        return parse_log(archive.read(LOG))
    except DamagedMember:
        return [], None  # already named among the files


def _signature(archive: SafeZip, section: dict[str, Any] | None, manifest_bytes: bytes,
               report: BundleReport) -> None:
    present = [name for name in (SIGNATURE, PUBLIC_KEY) if name in archive]
    if section is None:
        _unsigned(present, report)
        return
    expected = section["public_key_fingerprint"]
    report.signature = "invalid"
    if len(present) < 2:
        report.problems.append(f"The manifest says the bundle was signed (key "
                               f"{printable(expected)}), but {SIGNATURE} or {PUBLIC_KEY} is "
                               "missing: the signature was removed.")
        return
    try:
        key = signing.load_public(archive.read(PUBLIC_KEY))
        signature = archive.read(SIGNATURE)
    except (DamagedMember, ValueError):
        report.problems.append(f"{PUBLIC_KEY} or {SIGNATURE} is damaged and cannot be read.")
        return
    report.fingerprint = signing.fingerprint(key)
    if report.fingerprint != expected:
        report.problems.append(f"{PUBLIC_KEY} is not the key the manifest names (fingerprint "
                               f"{report.fingerprint}, not {printable(expected)}): the key "
                               "was replaced.")
    elif not signing.verify(key, signature, manifest_bytes):
        report.problems.append(f"The signature ({SIGNATURE}) does not match manifest.json: the "
                               "manifest or the signature was changed after signing.")
    else:
        report.signature = "valid"


def default_tsa_anchors() -> tuple[bytes | str, ...]:
    """The roots of the time-stamping authorities Skver trusts: the TSA trust list in use
    (shipped, or the user's file) and the anchors the user added as their own."""
    return tuple(a.pem for kind in (TrustKind.TSA, TrustKind.USER)
                 for a in trustlists.anchors(kind))


def _timestamps(archive: SafeZip, manifest_bytes: bytes, created_utc: object,
                roots: Sequence[Any], report: BundleReport) -> None:
    """Each token under timestamps/, checked against the manifest's exact bytes and the
    trusted roots: over another manifest or broken is a discrepancy; by an authority not on
    the trust list, a note; a trusted time far from the manifest's own or from this clock, a
    note on the clocks. The README.txt beside them must be the note an export writes for
    them (it is covered by nothing else)."""
    names = sorted((n for n in archive.files() if n.startswith(TIMESTAMP_DIR) and
                    is_timestamp_file(n) and n != TIMESTAMP_NOTE), key=lambda n: (len(n), n))
    for name in names:
        try:
            data = archive.read(name)
        except DamagedMember:
            report.problems.append(f"The timestamp {name} no longer matches the archive's own "
                                   "checksum (CRC-32): it was changed inside the zip.")
            continue
        check = timestamps.check_token(name, data, manifest_bytes, roots)
        report.timestamps.append(check)
        if check.state in (timestamps.StampState.MISMATCH, timestamps.StampState.BROKEN):
            report.problems.append(check.message)
        elif check.state == timestamps.StampState.UNTRUSTED:
            report.notes.append(check.message)
        clocks = timestamps.clock_note(check, created_utc, dt.datetime.now(dt.UTC))
        report.notes += [clocks] if clocks else []
    if TIMESTAMP_NOTE in archive.files() and len(report.timestamps) == len(names):
        try:
            note = archive.read(TIMESTAMP_NOTE)
        except DamagedMember:
            note = b""
        problem, said = timestamps.note_findings(note, report.timestamps)
        report.problems += [problem] if problem else []
        report.notes += [said] if said else []


def _unsigned(present: list[str], report: BundleReport) -> None:
    if present:
        report.problems.append(f"The bundle carries {', '.join(present)}, but its manifest "
                               "says it was not signed: signature files were added later.")
    else:
        report.notes.append("The bundle is not signed: its hashes and custody chain show "
                            "that it is consistent, not who made it; compare its manifest's "
                            "SHA-256 with the one its maker recorded.")
