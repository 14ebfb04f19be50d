"""A bundle's capture-app proofs checked again with nothing but the bundle (issue 18).

Each proof the manifest lists (`proofs`, bundle format 3) must be what its `proof-recorded`
custody entry vouches for, its files must be in the bundle (re-hashed with every other file by
bundles/verify.py), its stated hash is compared with the photo's again, and a ProofMode proof's
OpenPGP signatures are checked again, offline, with the public key it came with: a state that
differs from the one recorded at import is a discrepancy. A bundle without proofs has nothing
here to check.
"""

from __future__ import annotations

from typing import Any

from bundles.zipsafe import SafeZip
from evidence import proofs
from evidence.custody import Entry
from evidence.model import Corroboration, ProofKind, ProofRole, SignatureState
from evidence.printable import printable
from evidence.store import proofs as proof_rows


def problems(archive: SafeZip, manifest: dict[str, Any], log: list[Entry]) -> list[str]:
    rows = manifest.get("proofs")
    if rows is None:
        return []
    if not isinstance(rows, list):
        return ["manifest.json's proofs section is malformed: it was damaged or forged."]
    files = {f["sha256"]: f for f in manifest["files"]}
    photos = {f.get("photo_id"): f for f in manifest["files"] if f["kind"] == "photo"}
    entries = {e.seq: e for e in log if e.action == "proof-recorded"}
    found: list[str] = []
    for row in rows:
        try:
            item = proof_rows.from_json(int(row["photo_id"]), row, id=row.get("id"),
                                        custody_seq=row.get("custody_seq"))
        except (KeyError, TypeError, ValueError, AttributeError):
            found.append("manifest.json lists a proof that cannot be read: it was damaged or "
                         "forged.")
            continue
        found += _one(archive, item, files, photos.get(item.photo_id), entries)
    return found


def _one(archive: SafeZip, item: Corroboration, files: dict[str, dict[str, Any]],
         photo: dict[str, Any] | None, entries: dict[int, Entry]) -> list[str]:
    name = f"The proof {printable(item.source_name)} of photo {item.photo_id}"
    if photo is None:
        return [f"{name} is about a photo the bundle does not hold."]
    entry = entries.get(item.custody_seq or -1)
    bare = Corroboration(**{**item.__dict__, "id": None, "custody_seq": None})
    if entry is None:
        return [f"{name} has no proof-recorded entry in the custody log."]
    out = []
    if entry.details.get("proof_sha256") != proof_rows.digest_of(bare):
        out.append(f"{name} differs from what custody entry {entry.seq} recorded: the manifest "
                   "was edited.")
    missing = [f.name for f in item.files if f.sha256 not in files]
    if missing:
        return [*out, f"{name}: the bundle lacks its {', '.join(map(printable, missing))}."]
    if item.stated_sha256 is not None and (item.stated_sha256 == photo["sha256"]) != \
            item.hash_matches:
        out.append(f"{name} records that its stated hash is{'' if item.hash_matches else ' not'}"
                   " the photo's, which is not so.")
    if item.kind is ProofKind.PROOFMODE:
        out += _signatures(archive, item, files, photo, name)
    return out


def _signatures(archive: SafeZip, item: Corroboration, files: dict[str, dict[str, Any]],
                photo: dict[str, Any], name: str) -> list[str]:
    state, failures = signatures(archive, item, files, photo)
    if state is item.signature and failures == item.signature_failures:
        return []
    return [f"{name}: its signatures now check as {state.value}"
            f"{' (' + ', '.join(failures) + ')' if failures else ''}, but were recorded as "
            f"{item.signature.value} when it was imported."]


def signatures(archive: SafeZip, item: Corroboration, files: dict[str, dict[str, Any]],
               photo: dict[str, Any]) -> tuple[SignatureState, tuple[str, ...]]:
    """A ProofMode proof's signatures checked again, offline, with the public key it came with
    and nothing else of the bundle's say: its state and the roles that failed. `files` are the
    manifest's by SHA-256, `photo` the manifest's entry of the photo the proof is about."""
    parts = {f.role: archive.read(files[f.sha256]["path"]) for f in item.files}
    key = proofs.read_key(parts.get(ProofRole.PUBLIC_KEY))
    media = archive.read(photo["path"])
    checks: dict[ProofRole, bool | None] = {
        ProofRole.MEDIA_SIGNATURE: _holds(key, parts.get(ProofRole.MEDIA_SIGNATURE), media)}
    for role, signature in ((ProofRole.PROOF_JSON, ProofRole.JSON_SIGNATURE),
                            (ProofRole.PROOF_CSV, ProofRole.CSV_SIGNATURE)):
        if role in parts:
            checks[signature] = _holds(key, parts.get(signature), parts[role])
    return proofs.signature_state(key, checks)


def _holds(key: proofs.Key, signature: bytes | None, data: bytes) -> bool | None:
    if signature is None:
        return None
    return proofs.signature_holds(key, signature, data)
