"""Importing a capture app's proof with its photo: a ProofMode proof zip, a Tella metadata CSV.

`split` takes them out of a batch (every `.zip`; a `.csv` whose header is Tella's). A proof zip is
read without trusting it (`_SafeArchive`: no name leaving its folder, no link, no encrypted or
exotic member, sizes bounded, real bytes counted): each photo in it is unpacked encrypted under a
throwaway key (evidence/tempfiles.Sealed), never in plaintext outside the case, and imported like
any photo (copied once, hashed, never changed, custody-logged). The proof's files are kept too,
each once in the originals store under its SHA-256, and the proof's record (evidence/proofs.py)
is written with a `proof-recorded` custody entry carrying its digest. A Tella CSV's photo is the
file it names beside it. A proof that cannot be read is rejected with its reason; the batch goes
on.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence import proofs, store, tempfiles
from evidence.model import (
    Corroboration,
    Inspection,
    ProofFile,
    ProofKind,
    ProofRole,
    SignatureState,
)
from evidence.parallel import Cancelled, Progress
from evidence.printable import printable
from evidence.provenance import UNLABELLED, Source, SourceFile

if TYPE_CHECKING:
    from evidence.importer import ImportResult
    from evidence.store import Case

MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 4 << 30
MAX_TOTAL_BYTES = 16 << 30
MAX_RATIO = 200.0                 # deflate reaches ~1000:1 only on degenerate data
RATIO_FLOOR_BYTES = 1 << 20
MAX_TEXT_BYTES = 16 << 20         # a proof, signature or key is read into memory
MAX_SIGNED_BYTES = 1 << 30        # a photo is read into memory to check its signature
CHUNK = 1 << 20
IGNORED_SUFFIXES = (".txt", ".md")   # the zip's HowToVerifyProofData.txt
_HASH_NAMED = re.compile(r"[0-9a-f]{64}")
_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")
EXTENSIONS = {ProofRole.PROOF_JSON: ".json", ProofRole.PROOF_CSV: ".csv",
              ProofRole.METADATA_CSV: ".csv"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class Unreadable(Exception):
    """A proof package that cannot be used; its message is for the user."""


@dataclass(frozen=True)
class _TellaPair:
    metadata: SourceFile               # the CSV
    photo: SourceFile                  # the file it describes, beside it
    statement: proofs.Statement
    data: bytes


@dataclass
class Plan:
    """A batch sorted: what is imported as it is, the proof packages, and what is refused."""

    plain: list[SourceFile]
    tella: list[_TellaPair] = field(default_factory=list)
    zips: list[SourceFile] = field(default_factory=list)
    refused: list[tuple[SourceFile, str]] = field(default_factory=list)


def _resolved(path: str) -> str:
    """`path` with its links resolved, or as given when the system will not resolve one (a
    process's links under /proc): such a file is then refused by the import like any other."""
    try:
        return os.path.realpath(path)
    except OSError:
        return path


def plan(files: list[SourceFile]) -> Plan:
    """Takes the proof packages out of a batch: every `.zip`, and a `.csv` whose header is
    Tella's (its photo, beside it, is imported with it rather than alone)."""
    out = Plan([])
    pairs: list[_TellaPair] = []
    for f in files:
        lower = f.path.lower()
        if f.link_outside or not (lower.endswith(".zip") or _tella_header(f)):
            out.plain.append(f)
        elif lower.endswith(".zip"):
            out.zips.append(f)
        else:
            try:
                pairs.append(_tella_pair(f, files))
            except Unreadable as exc:
                out.refused.append((f, str(exc)))
    photos = {_resolved(p.photo.path) for p in pairs}
    out.plain = [f for f in out.plain if _resolved(f.path) not in photos]
    out.tella = pairs
    return out


def _tella_header(f: SourceFile) -> bool:
    if not f.path.lower().endswith(".csv"):
        return False
    try:
        with open(f.path, encoding="utf-8-sig", errors="replace") as fh:
            return proofs.is_tella_header(fh.readline(4096))
    except OSError:
        return False


def import_planned(case: Case, batch: Plan, *, actor: str, source: Source = UNLABELLED,
                   progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> Iterator[ImportResult]:
    """Imports the packages of `batch` (its plain files are the importer's): a result per
    photo, with its proof's findings, and a rejected result naming a package that cannot be
    used."""
    from evidence.importer import ImportResult

    for package, reason in batch.refused:
        yield ImportResult(package.path, "rejected", reason=reason)
    steps = _Steps(progress, cancelled)
    if batch.tella:
        yield from _tella(case, batch.tella, actor, source, steps)
    if batch.zips and not steps.stopped():
        yield from _proofmode(case, batch.zips, actor, source, steps)


@dataclass(frozen=True)
class _Steps:
    """The batch's progress and cancel, passed on to the packages' imports (their count
    starts again at 0 of the packages' photos, as the window and the terminal show it)."""

    progress: Progress | None
    cancelled: Cancelled | None

    def stopped(self) -> bool:
        return self.cancelled is not None and self.cancelled()


# -- ProofMode -------------------------------------------------------------------------------

@dataclass
class _ProofSet:
    """The files of one photo's proof in the zip, by role: (member name, bytes)."""

    key: str                                        # the hash the files are named by
    parts: dict[ProofRole, tuple[str, bytes]] = field(default_factory=dict)
    # notarisations named by the hash too (<sha256>.ots, .gst, .nostr): kept, not checked
    extras: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass(frozen=True)
class _Zip:
    """A proof zip read: its proofs, its photos unpacked (encrypted) and which proof each has."""

    package: SourceFile
    sets: dict[str, _ProofSet]
    statements: dict[str, proofs.Statement]
    key: proofs.Key
    public_key: tuple[str, bytes] | None
    unpacked: dict[str, tuple[Path, str]]    # member: (its encrypted copy, SHA-256)
    matched: dict[str, str]                  # member: the proof it belongs to


def _proofmode(case: Case, packages: list[SourceFile], actor: str, source: Source,
               steps: _Steps) -> Iterator[ImportResult]:
    """The zips' photos imported in one batch, then each one's proof recorded; a zip that
    cannot be used is rejected whole."""
    from evidence import importer
    from evidence.importer import ImportResult

    sealed = tempfiles.Sealed()
    with tempfiles.folder("proof") as tmp:
        read: list[_Zip] = []
        for n, package in enumerate(packages):
            folder = tmp / str(n)
            folder.mkdir()
            try:
                read.append(_read_zip(package, sealed, folder))
            except Unreadable as exc:
                yield ImportResult(package.path, "rejected", reason=str(exc))
        by_path = {str(path): (z, member) for z in read
                   for member, (path, _sha) in z.unpacked.items()}
        files = [SourceFile(path, f"{z.package.within}/{member}", z.package.chosen)
                 for path, (z, member) in by_path.items()]
        # all imported first: the import holds the case's lock until its last result is taken
        results = list(importer.import_files(case, files, actor=actor, source=source,
                                             sealed_key=sealed.key, progress=steps.progress,
                                             cancelled=steps.cancelled))
        shown, pending = [], []
        for result in results:
            z, member = by_path[result.source]
            shown.append(replace(result, source=f"{z.package.path} ({member})"))
            proof = _proof_of(z, member, result, sealed)
            if proof is not None:
                pending.append((len(shown) - 1, proof))
        yield from _with_findings(case, shown, pending, actor)
        for z in read:
            for k in sorted(z.sets.keys() - set(z.matched.values())):
                yield ImportResult(f"{z.package.path} ({k}{proofs.PROOF_JSON})", "rejected",
                                   reason=f"the proof names a photo ({k}) that is not in "
                                   f"{_name(z.package)}; the proof was not recorded")


def _read_zip(package: SourceFile, sealed: tempfiles.Sealed, folder: Path) -> _Zip:
    with _SafeArchive(package.path) as archive:
        sets, media, public_key = _sorted(archive)
        if not sets:
            raise Unreadable(f"{_name(package)} holds no ProofMode proof (no .proof.json or "
                             ".proof.csv); nothing was imported from it.")
        statements = {k: _statement(s, package) for k, s in sets.items()}
        unpacked = _unpack(archive, media, sealed, folder)
    key = proofs.read_key(public_key[1] if public_key else None)
    return _Zip(package, sets, statements, key, public_key, unpacked,
                _match(statements, unpacked))


def _proof_of(z: _Zip, member: str, result: ImportResult,
              sealed: tempfiles.Sealed) -> _Pending | None:
    """The proof to record for a photo the zip brought in, its signatures checked."""
    proof_key = z.matched.get(member)
    if result.photo_id is None or proof_key is None:
        return None
    with sealed.open(z.unpacked[member][0]) as fh:
        media_bytes = fh.read(MAX_SIGNED_BYTES + 1)
    proof = z.sets[proof_key]
    state, failures = proofs.signature_state(z.key, _checks(z.key, proof, media_bytes))
    parts = [(role, name, data) for role, (name, data) in proof.parts.items()]
    if z.public_key is not None:
        parts.append((ProofRole.PUBLIC_KEY, *z.public_key))
    parts += [(ProofRole.NOTARIZATION, name, data) for name, data in proof.extras]
    return _Pending(proofs.corroboration(
        z.statements[proof_key], photo_id=result.photo_id, photo_sha256=result.sha256 or "",
        source_name=os.path.basename(z.package.path), signature=state, failures=failures,
        fingerprint=z.key.fingerprint), tuple(parts), z.package)


def _with_findings(case: Case, shown: list[ImportResult], pending: list[tuple[int, _Pending]],
                   actor: str) -> Iterator[ImportResult]:
    """The results, once the proofs are recorded, each with its proof's findings."""
    recorded = _record_all(case, [p for _n, p in pending], actor) if pending else []
    codes: dict[int, list[str]] = {}
    for (n, _p), item in zip(pending, recorded, strict=True):
        codes[n] = [f.code for f in proofs.findings(item, _inspection(case, item.photo_id))]
    for n, result in enumerate(shown):
        yield replace(result, findings=[*result.findings, *codes.get(n, [])])


def _checks(key: proofs.Key, proof: _ProofSet, media: bytes) -> dict[ProofRole, bool | None]:
    """Each signature the format has: True, False, or None when its file is not there."""
    def check(signature: ProofRole, data: bytes | None) -> bool | None:
        sig = proof.parts.get(signature)
        if sig is None:
            return None
        if data is None or len(data) > MAX_SIGNED_BYTES:
            return False
        return proofs.signature_holds(key, sig[1], data)

    checks = {ProofRole.MEDIA_SIGNATURE: check(ProofRole.MEDIA_SIGNATURE, media)}
    for role, signature in ((ProofRole.PROOF_JSON, ProofRole.JSON_SIGNATURE),
                            (ProofRole.PROOF_CSV, ProofRole.CSV_SIGNATURE)):
        if role in proof.parts:
            checks[signature] = check(signature, proof.parts[role][1])
    return checks


def _sorted(archive: _SafeArchive) -> tuple[dict[str, _ProofSet], list[str],
                                            tuple[str, bytes] | None]:
    """(the proof sets by the hash they are named by, the media members, pubkey.asc)."""
    sets: dict[str, _ProofSet] = {}
    media: list[str] = []
    public_key = None
    suffixes = ((proofs.PROOF_JSON + proofs.SIGNATURE, ProofRole.JSON_SIGNATURE),
                (proofs.PROOF_CSV + proofs.SIGNATURE, ProofRole.CSV_SIGNATURE),
                (proofs.PROOF_JSON, ProofRole.PROOF_JSON), (proofs.PROOF_CSV, ProofRole.PROOF_CSV),
                (proofs.SIGNATURE, ProofRole.MEDIA_SIGNATURE))
    for member in archive.names():
        base = member.rsplit("/", 1)[-1]
        lower = base.lower()
        if lower == proofs.PUBLIC_KEY:
            public_key = (member, archive.read_text(member))
            continue
        for suffix, role in suffixes:
            if lower.endswith(suffix):
                key = lower[: -len(suffix)]
                sets.setdefault(key, _ProofSet(key)).parts[role] = (
                    member, archive.read_text(member))
                break
        else:
            stem = lower.split(".", 1)[0]
            if lower.endswith(IGNORED_SUFFIXES) or base.startswith("."):
                continue
            if _HASH_NAMED.fullmatch(stem) and "." in lower:
                sets.setdefault(stem, _ProofSet(stem)).extras.append(
                    (member, archive.read_text(member)))
            else:
                media.append(member)
    # a lone .asc with no proof beside it is the signature of a photo without one: not a set
    sets = {k: s for k, s in sets.items()
            if ProofRole.PROOF_JSON in s.parts or ProofRole.PROOF_CSV in s.parts}
    return sets, media, public_key


def _statement(proof: _ProofSet, package: SourceFile) -> proofs.Statement:
    problems = []
    for role in (ProofRole.PROOF_JSON, ProofRole.PROOF_CSV):
        if role not in proof.parts:
            continue
        member, data = proof.parts[role]
        try:
            return (proofs.parse_proof_json(data) if role is ProofRole.PROOF_JSON
                    else proofs.parse_proof_csv(data))
        except proofs.ProofError as exc:
            problems.append(f"{printable(member)}: {exc}")
    raise Unreadable(f"{_name(package)}: the proof cannot be read ({'; '.join(problems)}); "
                     "nothing was imported from it.")


def _unpack(archive: _SafeArchive, media: list[str], sealed: tempfiles.Sealed,
            tmp: Path) -> dict[str, tuple[Path, str]]:
    """Each media member written encrypted under `tmp`: {member: (path, SHA-256)}."""
    out: dict[str, tuple[Path, str]] = {}
    for n, member in enumerate(media):
        folder = tmp / str(n)
        folder.mkdir()
        dest = folder / member.rsplit("/", 1)[-1]
        digest = hashlib.sha256()

        def hashed(name: str = member, sha: Any = digest) -> Iterator[bytes]:
            for chunk in archive.chunks(name):
                sha.update(chunk)
                yield chunk
        sealed.write(dest, hashed())
        out[member] = (dest, digest.hexdigest())
    return out


def _match(statements: dict[str, proofs.Statement],
           unpacked: dict[str, tuple[Path, str]]) -> dict[str, str]:
    """{media member: the proof it belongs to}: the proof named by its SHA-256, else (a photo
    changed since) the proof whose "File Path" ends in its name."""
    matched: dict[str, str] = {}
    for member, (_path, sha) in unpacked.items():
        if sha in statements:
            matched[member] = sha
    for member in unpacked.keys() - matched.keys():
        base = member.rsplit("/", 1)[-1]
        for key, statement in statements.items():
            stated = (statement.get("File Path") or "").replace("\\", "/").rsplit("/", 1)[-1]
            if stated and stated == base and key not in matched.values():
                matched[member] = key
                break
    return matched


# -- Tella ------------------------------------------------------------------------------------

def _tella_pair(metadata: SourceFile, batch: list[SourceFile]) -> _TellaPair:
    data = _read_small(metadata.path)
    try:
        statement = proofs.parse_proof_csv(data, ProofKind.TELLA)
    except proofs.ProofError as exc:
        raise Unreadable(f"{_name(metadata)} is not a readable Tella metadata file ({exc}); "
                         "nothing was recorded from it.") from None
    photo = _tella_photo(metadata, statement)
    if photo is None:
        raise Unreadable(f"{_name(metadata)} is Tella's metadata of "
                         f"{printable(statement.get('File name') or '?')}, which is not beside "
                         "it; nothing was recorded from it.")
    real = _resolved(photo)
    found = next((f for f in batch if _resolved(f.path) == real), None)
    if found is None:
        head = metadata.within.rsplit("/", 1)[0] + "/" if "/" in metadata.within else ""
        found = SourceFile(photo, head + os.path.basename(photo), metadata.chosen)
    return _TellaPair(metadata, found, statement, data)


def _tella(case: Case, pairs: list[_TellaPair], actor: str, source: Source,
           steps: _Steps) -> Iterator[ImportResult]:
    from evidence import importer

    by_path = {p.photo.path: p for p in pairs}
    results = list(importer.import_files(case, [p.photo for p in pairs], actor=actor,
                                         source=source, progress=steps.progress,
                                         cancelled=steps.cancelled))
    pending = []
    for n, result in enumerate(results):
        pair = by_path.get(result.source)
        if pair is None or result.photo_id is None:
            continue
        pending.append((n, _Pending(proofs.corroboration(
            pair.statement, photo_id=result.photo_id, photo_sha256=result.sha256 or "",
            source_name=os.path.basename(pair.metadata.path),
            signature=SignatureState.UNSIGNED), ((ProofRole.METADATA_CSV, os.path.basename(
                pair.metadata.path), pair.data),), pair.metadata)))
    yield from _with_findings(case, results, pending, actor)


def _tella_photo(metadata: SourceFile, statement: proofs.Statement) -> str | None:
    folder = os.path.dirname(metadata.path)
    named = os.path.basename(statement.get("File name") or "")
    if named and os.path.isfile(os.path.join(folder, named)):
        return os.path.join(folder, named)
    stem = Path(metadata.path).stem
    for entry in sorted(os.listdir(folder or ".")):
        if Path(entry).stem == stem and not entry.lower().endswith(".csv") and \
                os.path.isfile(os.path.join(folder, entry)):
            return os.path.join(folder, entry)
    return None


# -- keeping the proof --------------------------------------------------------------------

@dataclass(frozen=True)
class _Pending:
    """A proof to record for a photo just imported, with its files' bytes."""

    item: Corroboration
    parts: tuple[tuple[ProofRole, str, bytes], ...]    # (role, name as given, bytes)
    package: SourceFile


def _record_all(case: Case, pending: list[_Pending], actor: str) -> list[Corroboration]:
    """Keeps the proofs' files, then writes their rows and custody entries in one transaction;
    a proof already recorded for its photo (the same zip imported again) is not recorded
    twice. The records, in `pending`'s order."""
    prepared = [(replace(p.item, files=tuple(
        keep(case, role, name, data) for role, name, data
        in sorted(p.parts, key=lambda part: (part[0].value, part[1])))), p.package)
        for p in pending]
    out = []
    with case.exclusive("recording proofs"), case.transaction():
        for item, package in prepared:
            digest = store.proofs.digest_of(item)
            earlier = next((e for e in store.proofs.of_photo(case, item.photo_id)
                            if store.proofs.digest_of(replace(e, id=None, custody_seq=None))
                            == digest), None)
            if earlier is not None:
                out.append(earlier)
                continue
            photo = store.photos.get(case, item.photo_id)
            entry = case.record(actor, "proof-recorded", photo.sha256, {
                "photo_id": item.photo_id, "kind": item.kind.value,
                "signature": item.signature.value, "source_path": package.within,
                "key_fingerprint": item.key_fingerprint, "proof_sha256": digest,
                "files": {f.stored_path: f.sha256 for f in item.files}})
            row = store.proofs.add(case, item, entry.seq)
            out.append(replace(item, id=row, custody_seq=entry.seq))
    return out


def stored_path(role: ProofRole, name: str, sha: str) -> str:
    """Where a proof's file with SHA-256 `sha` is kept in the case's originals store."""
    suffix = EXTENSIONS.get(role, ".asc")
    if role is ProofRole.NOTARIZATION:  # as it came: .ots, .gst, .nostr
        found = _SUFFIX.fullmatch(os.path.splitext(name)[1].lower())
        suffix = found.group(0) if found else ".bin"
    return f"{store.ORIGINALS}/{sha[:2]}/{sha}{suffix}"


def keep(case: Case, role: ProofRole, name: str, data: bytes) -> ProofFile:
    """Keeps a proof's file once in the originals store under its SHA-256 (read-only; in an
    encrypted case, encrypted): its record."""
    sha = proofs.sha256(data)
    relpath = stored_path(role, name, sha)
    if case.files.sha256(relpath) != sha:
        case.files.write_atomic(relpath, data, durable=True)
        os.chmod(case.files.physical(relpath), 0o444)
    return ProofFile(role, name, sha, relpath, len(data))


def _inspection(case: Case, photo_id: int) -> Inspection:
    return store.photos.get(case, photo_id).inspection


def _name(package: SourceFile) -> str:
    return printable(os.path.basename(package.path))


def _read_small(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_TEXT_BYTES + 1)
    except OSError as exc:
        raise Unreadable(f"{printable(path)} could not be read: {exc.strerror or exc}") from None
    if len(data) > MAX_TEXT_BYTES:
        raise Unreadable(f"{printable(os.path.basename(path))} is larger than a proof can be.")
    return data


# -- the zip, read without trusting it -----------------------------------------------------

class _SafeArchive:
    """A zip whose every member is checked before a byte is inflated (see bundles/zipsafe.py
    for the bundle's own reader; the core cannot import it)."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise Unreadable(f"{printable(os.path.basename(path))} is not a readable zip "
                             f"archive ({exc}); nothing was imported from it.") from None
        try:
            self.infos = self._checked(self.zip.infolist())
        except BaseException:
            self.zip.close()
            raise

    def _checked(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        name = printable(os.path.basename(self.path))

        def refuse(why: str) -> None:
            raise Unreadable(f"{name} is refused, nothing of it was imported: {why}.")
        if len(infos) > MAX_MEMBERS:
            refuse(f"it holds {len(infos):,} files, more than a proof export could")
        total, seen, out = 0, set(), {}
        for info in infos:
            if info.is_dir():
                continue
            problem = _name_problem(info.filename)
            if problem:
                refuse(f"the member {printable(info.filename)} {problem}")
            if info.filename.lower() in seen:
                refuse(f"the member {printable(info.filename)} is there twice")
            seen.add(info.filename.lower())
            if stat.S_ISLNK(info.external_attr >> 16):
                refuse(f"the member {printable(info.filename)} is a symbolic link")
            if info.flag_bits & 0x1:
                refuse(f"the member {printable(info.filename)} is encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                refuse(f"the member {printable(info.filename)} uses an unusual compression")
            if info.file_size > MAX_MEMBER_BYTES or (
                    info.file_size > RATIO_FLOOR_BYTES
                    and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                refuse(f"the member {printable(info.filename)} inflates to an absurd size "
                       "(a zip bomb)")
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                refuse("its files inflate to more than 16 GiB")
            out[info.filename] = info
        return out

    def names(self) -> list[str]:
        return sorted(self.infos)

    def chunks(self, member: str) -> Iterator[bytes]:
        info = self.infos[member]
        count = 0
        try:
            with self.zip.open(info) as fh:
                while chunk := fh.read(CHUNK):
                    count += len(chunk)
                    if count > info.file_size:  # zipfile stops at the declared size; twice sure
                        raise Unreadable(f"{printable(member)} is longer than declared")
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise Unreadable(f"{printable(member)} in {printable(os.path.basename(self.path))} "
                             f"is damaged ({exc}); nothing of the zip was recorded.") from None

    def read_text(self, member: str) -> bytes:
        if self.infos[member].file_size > MAX_TEXT_BYTES:
            raise Unreadable(f"{printable(member)} is larger than a proof file can be")
        return b"".join(self.chunks(member))

    def __enter__(self) -> _SafeArchive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.zip.close()


def _name_problem(name: str) -> str | None:
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "is an absolute path"
    if "\\" in name:
        return "contains a backslash"
    if _CONTROL.search(name):
        return "contains control characters"
    parts = name.rstrip("/").split("/")
    if ".." in parts or any(p in ("", ".") for p in parts):
        return "climbs out of its folder (path traversal)"
    return None


# -- verify ----------------------------------------------------------------------------------

def verify_problems(case: Case, log: list[Any]) -> tuple[list[str], set[str]]:
    """(problems, the proof files' paths in the case): each proof row held to its
    `proof-recorded` entry's digest, each entry to its row, each kept file re-hashed."""
    problems: list[str] = []
    known: set[str] = set()
    entries = {e.seq: e for e in log if e.action == "proof-recorded"}
    rows = store.proofs.all_proofs(case)
    for item in rows:
        entry = entries.get(item.custody_seq or -1)
        bare = replace(item, id=None, custody_seq=None)
        if entry is None:
            problems.append(f"Proof {item.id} (photo {item.photo_id}) has no proof-recorded "
                            "custody entry: it was added behind the log's back.")
        elif entry.details.get("proof_sha256") != store.proofs.digest_of(bare):
            problems.append(f"Proof {item.id} (photo {item.photo_id}) differs from what its "
                            f"custody entry {entry.seq} recorded: it was changed.")
        for f in item.files:
            known.add(f.stored_path)
            actual = case.files.sha256(f.stored_path)
            if actual != f.sha256:
                state = "is missing" if actual is None else "has changed"
                problems.append(f"{f.stored_path}, the {f.role.value} of proof {item.id} "
                                f"(photo {item.photo_id}), {state}.")
    recorded = {item.custody_seq for item in rows}
    problems += [f"Custody entry {seq} recorded a proof that is not in the case: it was "
                 "deleted." for seq in sorted(entries.keys() - recorded)]
    return problems, known


# -- inspect, without a case ---------------------------------------------------------------

@dataclass(frozen=True)
class Inspected:
    """A file read from a proof package, and what its proof states (`inspect`)."""

    inspection: Inspection
    proofs: tuple[Corroboration, ...]


def inspect_zip(path: str, zone: str | None) -> list[Inspected]:
    """Each file of a ProofMode zip inspected (unpacked encrypted, never in plaintext), with its
    proof checked; Unreadable when the zip cannot be used."""
    from evidence import inspection

    with _SafeArchive(path) as archive:
        sets, media, public_key = _sorted(archive)
        key = proofs.read_key(public_key[1] if public_key else None)
        sealed = tempfiles.Sealed()
        with tempfiles.folder("proof") as tmp:
            unpacked = _unpack(archive, media, sealed, tmp)
            statements = {k: _statement(s, SourceFile(path, path, path))
                          for k, s in sets.items()}
            matched = _match(statements, unpacked)
            out = []
            for member, (dest, sha) in unpacked.items():
                found = inspection.inspect_file(str(dest), zone, opener=sealed.opener(dest))
                found = replace(found, metadata=replace(found.metadata,
                                                        path=f"{path} ({member})"))
                proof_key = matched.get(member)
                if proof_key is None:
                    out.append(Inspected(found, ()))
                    continue
                with sealed.open(dest) as fh:
                    state, failures = proofs.signature_state(
                        key, _checks(key, sets[proof_key], fh.read(MAX_SIGNED_BYTES + 1)))
                out.append(Inspected(found, (proofs.corroboration(
                    statements[proof_key], photo_id=0, photo_sha256=sha,
                    source_name=os.path.basename(path), signature=state, failures=failures,
                    fingerprint=key.fingerprint),)))
    return out


def inspect_package(path: str, why: str | None, zone: str | None) -> list[Inspected]:
    """A ProofMode zip's files with their proofs (`inspect`); a package that cannot be used
    (`why` already known, or the zip Unreadable) is the file itself, its reason the error."""
    from evidence import inspection

    if why is None:
        try:
            return inspect_zip(path, zone)
        except Unreadable as exc:
            why = str(exc)
    found = inspection.inspect_file(path, zone)
    return [Inspected(replace(found, metadata=replace(found.metadata, error=why)), ())]


@dataclass(frozen=True)
class Loose:
    """Files chosen without a case, sorted as `inspect` reads them: a ProofMode zip's photos
    from inside it, a Tella CSV with the photo it describes (and not listed itself)."""

    plain: list[str]          # read as they are
    zips: list[str]
    tella: dict[str, tuple[str, proofs.Statement]]   # tella_statements()
    refused: list[tuple[str, str]]                   # (a CSV that cannot be used, why)

    def packages(self) -> list[str]:
        """What is read after the plain files: each zip, then each refused CSV."""
        return sorted(self.zips) + [csv_path for csv_path, _why in self.refused]


def sort_loose(paths: list[str]) -> Loose:
    zips = [p for p in paths if p.lower().endswith(".zip")]
    tella, refused = tella_statements(paths)
    packages = set(zips) | {csv_path for csv_path, _s in tella.values()} | \
        {csv_path for csv_path, _why in refused}
    return Loose([p for p in paths if p not in packages], zips, tella, refused)


def tella_statements(paths: list[str]) -> tuple[dict[str, tuple[str, proofs.Statement]],
                                                list[tuple[str, str]]]:
    """({the real path of a photo: (its Tella CSV, what it states)}, [(a CSV that cannot be
    used, why)]) among `paths` (`inspect`)."""
    found: dict[str, tuple[str, proofs.Statement]] = {}
    refused: list[tuple[str, str]] = []
    for path in paths:
        f = SourceFile(path, os.path.basename(path), path)
        if not _tella_header(f):
            continue
        try:
            pair = _tella_pair(f, [])
        except Unreadable as exc:
            refused.append((path, str(exc)))
            continue
        found[_resolved(pair.photo.path)] = (path, pair.statement)
    return found, refused


def tella_proof(csv_path: str, statement: proofs.Statement, sha: str) -> Corroboration:
    return proofs.corroboration(statement, photo_id=0, photo_sha256=sha,
                                source_name=os.path.basename(csv_path),
                                signature=SignatureState.UNSIGNED)


def as_json(item: Corroboration, inspected: Inspection | None) -> dict[str, Any]:
    """A proof as `inspect --json` and `photos --json` give it: the record and its findings."""
    local = proofs.stated_local(item)
    return {**store.proofs.as_json(item),
            "stated_local": None if local is None else local.isoformat(),
            "findings": [
        {"code": f.code, "severity": f.severity.value, "message": f.message}
        for f in proofs.findings(item, inspected)]}
