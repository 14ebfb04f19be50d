"""A bundle's capture-app proofs (ProofMode, Tella) merged with its photos (issue 18).

Nothing the bundle states about a proof is taken on its word. Before anything is written, each
proof the manifest lists is read again from its own files in the bundle: its fields parsed anew
from its proof JSON or CSV (they must be the very fields its record lists), its stated hash held
to the photo's, a ProofMode proof's OpenPGP signatures checked again offline with the public key
it came with, and its key's fingerprint read from that key. A proof whose record says otherwise
is a tampered proof, and the whole bundle is refused (`checked`). Once the photos are merged, the
proof's files are kept once in the case's originals store under their SHA-256 (through
case.files: encrypted in an encrypted case), and, in the merge's transaction, its row is written
against this case's photo id with a `proof-recorded` custody entry that names the bundle it came
from and its files' paths in it (`record`). A proof the case already holds for that photo is not
recorded twice; one whose photo was rejected is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bundles import proofcheck
from bundles.zipsafe import SafeZip
from evidence import proofimport, proofs, store
from evidence.errors import KnownError
from evidence.model import (
    BundleSource,
    Corroboration,
    ProofFile,
    ProofKind,
    ProofRole,
    SignatureState,
)
from evidence.printable import printable

if TYPE_CHECKING:
    from evidence.store import Case


@dataclass(frozen=True)
class Checked:
    """A proof of the bundle as its own files show it, under the bundle's photo id."""

    item: Corroboration                 # rebuilt from its files; `files` as the bundle names them
    members: tuple[tuple[str, str], ...]  # (path in the bundle, sha256) of each of its files


@dataclass(frozen=True)
class Kept:
    """A proof whose files are now in the case, to record against this case's photo."""

    item: Corroboration
    members: tuple[tuple[str, str], ...]


def checked(archive: SafeZip, manifest: dict[str, Any]) -> list[Checked]:
    """Every proof of the bundle rebuilt from its files; KnownError naming each one whose record
    says otherwise (nothing is merged then)."""
    rows = manifest.get("proofs") or []
    files = {f["sha256"]: f for f in manifest["files"]}
    photos = {f.get("photo_id"): f for f in manifest["files"] if f["kind"] == "photo"}
    out, problems = [], []
    for row in rows:
        try:
            stated = store.proofs.from_json(int(row["photo_id"]), row)
        except (KeyError, TypeError, ValueError, AttributeError):
            problems.append("manifest.json lists a proof that cannot be read.")
            continue
        name = f"The proof {printable(stated.source_name)} of photo {stated.photo_id}"
        photo = photos.get(stated.photo_id)
        if photo is None or any(f.sha256 not in files for f in stated.files):
            problems.append(f"{name} lacks its photo or one of its files in the bundle.")
            continue
        rebuilt, why = _rebuilt(archive, stated, files, photo)
        if rebuilt is None:
            problems.append(f"{name}: {why}")
            continue
        differs = _differs(stated, rebuilt)
        if differs:
            problems.append(f"{name} is recorded otherwise than its own files show "
                            f"({', '.join(differs)}): it was tampered with.")
            continue
        out.append(Checked(rebuilt, tuple((files[f.sha256]["path"], f.sha256)
                                          for f in stated.files)))
    if problems:
        raise KnownError("The bundle's capture-app proofs do not hold, so nothing was "
                         "imported:\n  - " + "\n  - ".join(problems))
    return out


def _rebuilt(archive: SafeZip, stated: Corroboration, files: dict[str, dict[str, Any]],
             photo: dict[str, Any]) -> tuple[Corroboration | None, str]:
    """The proof as its files say it (the photo's SHA-256 from the manifest, which the bundle's
    verification held to the photo's bytes), or None and why it cannot be read."""
    parts = {f.role: archive.read(files[f.sha256]["path"]) for f in stated.files}
    statement, why = None, "it has no proof JSON or CSV"
    for role in (ProofRole.PROOF_JSON, ProofRole.PROOF_CSV, ProofRole.METADATA_CSV):
        if role not in parts:
            continue
        try:
            statement = (proofs.parse_proof_json(parts[role]) if role is ProofRole.PROOF_JSON
                         else proofs.parse_proof_csv(parts[role], stated.kind))
            break
        except proofs.ProofError as exc:
            why = str(exc)
    if statement is None:
        return None, f"its proof cannot be read ({why}): it was tampered with."
    if statement.kind is not stated.kind:
        return None, "its proof file is another app's than its record says: it was tampered with."
    if stated.kind is ProofKind.PROOFMODE:
        state, failures = proofcheck.signatures(archive, stated, files, photo)
        fingerprint = proofs.read_key(parts.get(ProofRole.PUBLIC_KEY)).fingerprint
    else:  # a Tella CSV is never signed, whatever its record says
        state, failures, fingerprint = SignatureState.UNSIGNED, (), None
    item = proofs.corroboration(statement, photo_id=stated.photo_id,
                                photo_sha256=photo["sha256"], source_name=stated.source_name,
                                signature=state, failures=failures, fingerprint=fingerprint)
    return replace(item, files=stated.files), ""


def _differs(stated: Corroboration, rebuilt: Corroboration) -> list[str]:
    """What the record states otherwise than the files: the fields as written, the hash's
    match, the signatures' state and the key. (Values read from the fields, such as the
    position, are taken as this Skver reads them.)"""
    out = []
    if stated.fields != rebuilt.fields:
        out.append("its fields")
    if stated.hash_matches != rebuilt.hash_matches:
        out.append("whether its stated hash is the photo's")
    if (stated.signature, stated.signature_failures) != (rebuilt.signature,
                                                         rebuilt.signature_failures):
        out.append(f"its signatures check as {rebuilt.signature.value}, recorded as "
                   f"{stated.signature.value}")
    if stated.key_fingerprint != rebuilt.key_fingerprint:
        out.append("its key's fingerprint")
    return out


def keep(case: Case, archive: SafeZip, proofs_in: list[Checked], photo_ids: dict[int, int],
         written: list[str]) -> tuple[list[Kept], int]:
    """The files of the proofs whose photo was merged, kept in the case (each once, by
    SHA-256), each path newly written added to `written` (to undo a merge that fails): (the
    proofs under this case's photo ids, how many were skipped because their photo was
    rejected)."""
    out: list[Kept] = []
    skipped = 0
    for proof in proofs_in:
        photo_id = photo_ids.get(proof.item.photo_id)
        if photo_id is None:
            skipped += 1
            continue
        paths = dict((sha, path) for path, sha in proof.members)
        kept: list[ProofFile] = []
        for f in proof.item.files:
            data = archive.read(paths[f.sha256])
            if proofs.sha256(data) != f.sha256:
                raise KnownError(f"{printable(paths[f.sha256])} in {archive.path} changed "
                                 "while it was being imported; its proof was not merged.")
            relpath = proofimport.stored_path(f.role, f.name, f.sha256)
            if case.files.sha256(relpath) != f.sha256:
                written.append(relpath)
            kept.append(proofimport.keep(case, f.role, f.name, data))
        out.append(Kept(replace(proof.item, photo_id=photo_id, files=tuple(kept)),
                        proof.members))
    return out, skipped


def record(case: Case, kept: list[Kept], actor: str, bundle: BundleSource) -> tuple[int, int]:
    """Writes each proof's row and its `proof-recorded` entry, inside the caller's transaction:
    (added, already in the case)."""
    added = present = 0
    for proof in kept:
        item = proof.item
        digest = store.proofs.digest_of(item)
        if any(store.proofs.digest_of(replace(e, id=None, custody_seq=None)) == digest
               for e in store.proofs.of_photo(case, item.photo_id)):
            present += 1
            continue
        photo = store.photos.get(case, item.photo_id)
        entry = case.record(actor, "proof-recorded", photo.sha256, {
            "photo_id": item.photo_id, "kind": item.kind.value,
            "signature": item.signature.value, "source_path": item.source_name,
            "source_bundle": bundle.as_json(),
            "bundle_files": {path: sha for path, sha in proof.members},
            "key_fingerprint": item.key_fingerprint, "proof_sha256": digest,
            "files": {f.stored_path: f.sha256 for f in item.files}})
        store.proofs.add(case, item, entry.seq)
        added += 1
    return added, present
