"""Exporting a case as an evidence bundle: one zip anyone can check with sha256sum and openssl.

    originals/<sha256><ext>   every photo and scanned letter, the bytes exactly as stored
    custody.jsonl             the custody log, one entry per line with every field
    bundles/<sha256>/...      manifests and logs of other monitors' bundles merged into the case
    reports/...               reports the caller adds (PDF, HTML)
    manifest.json             canonical JSON: every file, the records, the verdicts, versions
    SHA256SUMS                every file but itself and the signature files, for sha256sum -c
    manifest.json.sig         when signed: the raw 64-byte Ed25519 signature of manifest.json
    signing-key.pub           the public key (PEM); SIGNATURE.txt says how to check both
    timestamps/<n>.tsr        when asked: RFC 3161 tokens over manifest.json (bundles/timestamps.py)

Originals are re-hashed while they are copied: a file that no longer has its recorded hash
stops the export. The zip is written under a temporary name and renamed into place; its entries
are sorted and dated 1980-01-01, originals stored as they are, text deflated. A bundle sealed
for transport is sealed as it is written: the plain zip is only ever in memory, a chunk at a
time.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bundles import manifest as bm
from bundles import timestamps, transport
from bundles.checks import content_problems
from evidence import custody, signing
from evidence.errors import KnownError
from evidence.parallel import Cancelled, Progress
from evidence.store import Case
from reports.atomic import replacing

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
CHUNK_BYTES = 1 << 20
COMPRESSIBLE = ("text/", "application/json", "application/x-ndjson", "application/xml",
                "image/svg+xml")
ExtraFile = tuple[str, str | os.PathLike[str] | bytes]


class ExportCancelled(KnownError):
    """The user cancelled the export; no bundle was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: int                  # members of the zip
    size_bytes: int
    manifest_sha256: str
    fingerprint: str | None     # of the signing key; None when unsigned
    custody_seq: int            # the case's bundle-exported entry
    stamping: timestamps.Stamping | None = None     # None: no timestamp was asked for


def export(case: Case, out_path: str | os.PathLike[str], *, actor: str,
           extra_files: Iterable[ExtraFile] = (), sign: bool = True,
           seal: str | None = None, progress: Progress | None = None,
           cancelled: Cancelled | None = None,
           timestamp_urls: Sequence[str] = ()) -> ExportResult:
    """Writes the case's evidence bundle to `out_path` and records it in the custody log;
    with `seal`, a passphrase, the zip is sealed for transport as it is written
    (bundles/transport.py), so no plain copy of it is ever on disk. With `timestamp_urls`
    (the user allowed going online) each of those authorities is asked for an RFC 3161 token
    over the manifest; those obtained go into the bundle, and none obtained stops nothing."""
    timestamp_urls = timestamps.check_urls(timestamp_urls)
    out = _destination(case, Path(out_path))
    key = signing.ensure(case, actor) if sign else None
    fingerprint = signing.fingerprint(key) if key else None
    snap = bm.snapshot(case)
    members = [*snap.members, bm.log_member(snap.log),
               *(_extra(name, source) for name, source in extra_files)]
    manifest = bm.build(snap, members, created_utc=custody.now_utc(), actor=actor,
                        fingerprint=fingerprint)
    problems = content_problems(manifest, snap.log)
    if problems:
        raise KnownError(f"The case's records disagree with its custody log, so no bundle was "
                         f"written: {' '.join(problems[:5])} Run `python main.py verify --case "
                         f"{case.root}` for the full list.")
    manifest_bytes = custody.canonical(manifest).encode("utf-8")
    texts = _texts(manifest_bytes, members, key, fingerprint)
    stamping = timestamps.request_tokens(manifest_bytes, timestamp_urls) \
        if timestamp_urls else None
    texts.update(stamping.files() if stamping else {})
    _write(out, case, members, texts, seal, progress, cancelled)
    manifest_sha = hashlib.sha256(manifest_bytes).hexdigest()
    count = len(members) + len(texts)
    with case.transaction():
        entry = case.record(actor, "bundle-exported", manifest_sha, {
            "file_name": out.name, "files": count, "fingerprint": fingerprint,
            "custody_head_seq": snap.log[-1].seq if snap.log else 0,
            **({"timestamps": stamping.summary()} if stamping else {})})
    return ExportResult(out, count, out.stat().st_size, manifest_sha, fingerprint, entry.seq,
                        stamping)


def _destination(case: Case, out: Path) -> Path:
    out = out.absolute()
    if out.is_dir():
        raise KnownError(f"{out} is a folder; give the bundle's file name, e.g. {out}/case.zip.")
    if not out.parent.is_dir():
        raise KnownError(f"The folder {out.parent} does not exist.")
    if out.resolve().is_relative_to(case.root.resolve()):
        raise KnownError(f"{out} is inside the case folder; write the bundle elsewhere.")
    return out


def _extra(name: str, source: str | os.PathLike[str] | bytes) -> bm.Member:
    reserved = {bm.MANIFEST, bm.SUMS, bm.LOG, *bm.SIGNATURE_FILES}
    if not name.startswith("reports/") or name in reserved or ".." in name.split("/") or \
            "\\" in name:
        raise ValueError(f"an extra file goes under reports/ with a plain name, not {name!r}")
    return bm.extra_member(name, source)


def _texts(manifest_bytes: bytes, members: list[bm.Member], key: Ed25519PrivateKey | None,
           fingerprint: str | None) -> dict[str, bytes]:
    names = [m.path for m in members]
    if len(set(names)) != len(names):
        raise ValueError(f"two files of the bundle share a name: {sorted(names)}")
    hashes = {m.path: m.sha256 for m in members}
    hashes[bm.MANIFEST] = hashlib.sha256(manifest_bytes).hexdigest()
    texts = {bm.MANIFEST: manifest_bytes, bm.SUMS: bm.sums_text(hashes)}
    if key is not None:
        texts[bm.SIGNATURE] = signing.sign(key, manifest_bytes)
        texts[bm.PUBLIC_KEY] = signing.public_pem(key)
        texts[bm.SIGNATURE_NOTE] = signature_note(fingerprint or "").encode("utf-8")
    return texts


def signature_note(fingerprint: str) -> str:
    return f"""This evidence bundle's manifest (manifest.json) is signed with Ed25519, by the
signing key of the case it was exported from.

Signing key fingerprint (SHA-256 of the raw 32-byte public key):
    {fingerprint}

This file and signing-key.pub travel with the bundle. Whoever changes a bundle can also replace
them with a key of their own, so a valid signature proves nothing until the key is compared
with a fingerprint that reached you by ANOTHER route: the cover of the report filed in court
("Signing key of the case"), or the fingerprint the keeper of the case gave you in person.

  manifest.json.sig  the raw 64-byte Ed25519 signature over the exact bytes of manifest.json
  signing-key.pub    the public key (PEM, SubjectPublicKeyInfo)

Check, in the folder the bundle was unzipped into (OpenSSL 3.0 or newer, coreutils, jq):

  openssl pkey -pubin -in signing-key.pub -outform DER | tail -c 32 | sha256sum
      prints the fingerprint above without the spaces: it must also be the one on the filed
      report's cover
  openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin \\
          -in manifest.json -sigfile manifest.json.sig
      prints "Signature Verified Successfully"
  jq -r '.files[] | "\\(.sha256)  \\(.path)"' manifest.json | sha256sum -c
      checks every file against the signed manifest itself
  sha256sum -c SHA256SUMS
      checks every file, manifest.json included, against SHA256SUMS
  jq -r 'select(.seq == N) | .entry_hash' custody.jsonl
      with N the entry the filed report's cover names ("Custody log when this report was
      written: entry N, hash H"): must print H. Each custody entry's hash covers the entry
      before it, so that one entry vouches for the whole history the report relied on.

`python main.py verify BUNDLE.zip --against REPORT.pdf` does all of this, recomputes the
custody log's hash chain, and checks every exhibit of the filed report against the bundle;
`--expect-fingerprint "..."` checks the key against a fingerprint given by another route.
"""


def _write(out: Path, case: Case, members: list[bm.Member], texts: dict[str, bytes],
           seal: str | None, progress: Progress | None, cancelled: Cancelled | None) -> None:
    items: list[tuple[str, bm.Member | bytes]] = [(m.path, m) for m in members]
    items = sorted(items + list(texts.items()), key=lambda item: item[0])
    with replacing(out, durable=True) as temp, open(temp, "wb") as raw, \
            (transport.sealing(raw, seal) if seal is not None else nullcontext(raw)) as sink, \
            zipfile.ZipFile(sink, "w", allowZip64=True) as zf:
        for done, (name, item) in enumerate(items, start=1):
            if cancelled and cancelled():
                raise ExportCancelled("The export was cancelled; no bundle was written.")
            if isinstance(item, bm.Member):
                _copy(zf, item, case)
            else:
                zf.writestr(_info(name, deflate=name != bm.SIGNATURE), item)
            if progress:
                progress(done, len(items))


def _info(name: str, *, deflate: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.create_system = 3  # Unix, whatever the platform: the same bundle everywhere
    info.external_attr = 0o100644 << 16
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    return info


def _copy(zf: zipfile.ZipFile, member: bm.Member, case: Case) -> None:
    """Streams a member into the zip, re-hashing it; a mismatch stops the export."""
    sha, size = hashlib.sha256(), 0
    # Photos, scans and PDFs do not compress; logs and HTML do.
    info = _info(member.path, deflate=member.kind not in ("photo", "letter") and
                 member.media_type.startswith(COMPRESSIBLE))
    with _open(member, case) as src, \
            zf.open(info, "w", force_zip64=member.size >= zipfile.ZIP64_LIMIT) as dst:
        while chunk := src.read(CHUNK_BYTES):
            sha.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    if (sha.hexdigest(), size) != (member.sha256, member.size):
        raise KnownError(_changed(member, sha.hexdigest(), case))


def _open(member: bm.Member, case: Case) -> BinaryIO:
    if isinstance(member.source, bytes):
        return io.BytesIO(member.source)
    try:
        stored = member.facts.get("stored_path") if member.kind != "report" else None
        if stored is not None:  # a file of the case: through its files (maybe encrypted)
            return case.files.open_read(stored)
        return open(member.source, "rb")
    except OSError as exc:
        raise KnownError(f"{member.source} cannot be read ({exc.strerror or exc}); no bundle "
                         f"was written. Run `python main.py verify --case {case.root}`.") \
            from None


def _changed(member: bm.Member, found: str, case: Case) -> str:
    if member.kind == "report":
        # a report held in memory cannot change: only one read from a file gets here
        assert isinstance(member.source, Path)
        return (f"{member.source} changed while the bundle was being written; no bundle was "
                "written.")
    return (f"The original {member.facts.get('stored_path', member.path)} ({member.kind}) is no "
            f"longer the file that was recorded: its SHA-256 is now {found}, not "
            f"{member.sha256}. The case is damaged; no bundle was written. Run `python main.py "
            f"verify --case {case.root}` to see what changed.")
