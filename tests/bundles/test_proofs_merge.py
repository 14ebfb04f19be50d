"""A monitor merging an activist's bundle keeps the capture-app proofs (ProofMode, Tella) that
corroborated each photo (issue 18): kept once, recorded against the merged photos with a custody
entry naming the bundle, re-verified on the way in, and a bundle whose proof was tampered with
refused before anything is written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bundles import merge, writer
from bundles.verify import verify_bundle
from evidence import importer, signing, store, verify
from evidence.errors import KnownError
from evidence.model import ProofKind, SignatureState
from evidence.store import Case
from tests.helpers import forger
from tests.helpers.encrypted import SECRET
from tests.helpers.photos import Shot
from tests.helpers.proofs import write_proof_zip, write_tella

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TELLA_SHOT = Shot(taken="2022:08:20 18:31:00", offset="+06:00")


def _activist(tmp_path: Path) -> tuple[Case, Path, Path]:
    """The activist's case with a ProofMode zip and a Tella pair imported; (case, zip, csv)."""
    case = Case.create(tmp_path / "activist", title="Proofs", timezone="Asia/Almaty",
                       actor="aigerim")
    zipped = write_proof_zip(tmp_path / "in" / "pm")
    _photo, csv = write_tella(tmp_path / "in" / "tella", shot=TELLA_SHOT)
    results = list(importer.import_paths(case, [str(tmp_path / "in")], actor="aigerim",
                                         workers=1))
    assert [r.outcome for r in results] == ["imported", "imported"]
    return case, zipped, csv


def _monitor(tmp_path: Path, source: Case | None, **kwargs: object) -> Case:
    other = Case.create(tmp_path / "monitor", title="Monitor", timezone="Asia/Almaty",
                        actor="bolat", **kwargs)  # type: ignore[arg-type]
    if source is not None:
        signing.trust(other, signing.fingerprint(signing.ensure(source, "aigerim")),
                      actor="bolat", note="handed over in person")
    return other


def _entries(case: Case, action: str) -> list[store.log.Entry]:
    return [e for e in store.log.entries(case) if e.action == action]


@pytest.mark.parametrize("passphrase", [None, SECRET], ids=["plain", "encrypted"])
def test_a_merged_bundle_brings_each_photos_proof_recorded_and_verified_again(
        tmp_path, passphrase):
    source, zipped, csv = _activist(tmp_path)
    bundle = writer.export(source, tmp_path / "b.zip", actor="aigerim").path
    other = _monitor(tmp_path, source, passphrase=passphrase)
    result = merge.import_bundle(other, bundle, actor="bolat")
    assert (result.proofs_added, result.proofs_present, result.proofs_skipped) == (2, 0, 0)

    data = store.read(other)
    by_kind = {p.kind: p for items in data.proofs.values() for p in items}
    proofmode, tella = by_kind[ProofKind.PROOFMODE], by_kind[ProofKind.TELLA]
    assert proofmode.signature is SignatureState.VERIFIED and proofmode.hash_matches
    assert tella.signature is SignatureState.UNSIGNED and tella.hash_matches
    assert (proofmode.latitude, tella.latitude) == (43.23805, 43.23802)
    photos = {p.id: p for p in data.photos}
    assert photos[proofmode.photo_id].name == "PXL_20220820_123000.jpg"
    assert photos[tella.photo_id].name == "a1b2c3.jpg"
    # each file kept byte for byte, under its SHA-256, in the monitor's case
    with zipfile.ZipFile(zipped) as archive:
        for f in proofmode.files:
            assert other.files.read_bytes(f.stored_path) == archive.read(f.name)
            assert f.sha256 in f.stored_path
    assert other.files.read_bytes(tella.files[0].stored_path) == csv.read_bytes()
    # a custody entry per proof names the bundle it came from, as merged photos' entries do
    entries = _entries(other, "proof-recorded")
    assert len(entries) == 2
    for entry in entries:
        assert entry.details["source_bundle"]["manifest_sha256"] == result.manifest_sha256
        assert entry.details["source_bundle"]["file"] == "b.zip"
        assert all(path.startswith("originals/") for path in entry.details["bundle_files"])
    assert verify.verify(other, actor="bolat", workers=1).problems == []
    if passphrase:  # nothing of the proof in plaintext in the encrypted case
        proof_json = next(f for f in proofmode.files if f.stored_path.endswith(".json"))
        plain = other.files.read_bytes(proof_json.stored_path)
        for path in other.root.rglob("*"):
            if path.is_file():
                assert plain not in path.read_bytes()
    # and the monitor's own bundle carries them on, verifiable with nothing else
    onward = writer.export(other, tmp_path / "onward.zip", actor="bolat").path
    assert verify_bundle(onward).problems == []


def test_a_proof_the_case_already_holds_is_not_recorded_twice(tmp_path):
    source, zipped, _csv = _activist(tmp_path)
    bundle = writer.export(source, tmp_path / "b.zip", actor="aigerim").path
    other = _monitor(tmp_path, source)
    # the monitor had imported the activist's ProofMode zip itself
    list(importer.import_paths(other, [str(zipped)], actor="bolat", workers=1))
    assert len(_entries(other, "proof-recorded")) == 1
    result = merge.import_bundle(other, bundle, actor="bolat")
    assert (result.photos["duplicate"], result.photos["imported"]) == (1, 1)
    assert (result.proofs_added, result.proofs_present) == (1, 1)
    assert sorted(p.kind for items in store.read(other).proofs.values() for p in items) == [
        ProofKind.PROOFMODE, ProofKind.TELLA]
    assert verify.verify(other, actor="bolat", workers=1).problems == []


def _nothing_written(case: Case) -> None:
    data = store.read(case)
    assert not data.photos and not data.proofs
    assert not any(p.is_file() for p in (case.root / store.ORIGINALS).rglob("*"))
    assert _entries(case, "proof-recorded") == [] and _entries(case, "bundle-imported") == []


def test_a_bundle_whose_proof_file_was_changed_is_refused_before_anything_is_written(
        tmp_path):
    source, _zipped, _csv = _activist(tmp_path)
    bundle = writer.export(source, tmp_path / "b.zip", actor="aigerim").path
    forged = forger.Bundle(bundle)
    proof_json = next(f["path"] for f in forged.manifest["files"]
                      if f["kind"] == "proof" and f["path"].endswith(".json"))
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info, data.replace(b"43.23805", b"43.25805")
                         if info.filename == proof_json else data)
    other = _monitor(tmp_path, source)
    with pytest.raises(KnownError, match="not intact") as caught:
        merge.import_bundle(other, changed, actor="bolat")
    assert proof_json in str(caught.value)
    _nothing_written(other)


def _forge_proof(bundle: Path, out: Path, kind: str, **row_changes: object) -> Path:
    """The forger's move: a proof's record changed, its custody entry's digest made to match,
    the log rechained and the manifest re-signed with a fresh key, so that `verify` alone
    finds nothing to say against the record itself."""
    from evidence.store import proofs as proof_rows

    forged = forger.Bundle(bundle)
    row = next(r for r in forged.manifest["proofs"] if r["kind"] == kind)
    row.update(row_changes)
    bare = proof_rows.from_json(int(row["photo_id"]), row)
    entry = next(e for e in forged.log if e["seq"] == row["custody_seq"])
    entry["details"]["proof_sha256"] = proof_rows.digest_of(bare)
    entry["details"]["signature"] = row["signature"]
    forger._rechain(forged)
    seqs = {e["details"].get("proof_sha256"): e["seq"] for e in forged.log
            if e["action"] == "proof-recorded"}
    for r in forged.manifest["proofs"]:
        r["custody_seq"] = seqs[proof_rows.digest_of(proof_rows.from_json(int(r["photo_id"]),
                                                                          r))]
    forger._write(forged, out, Ed25519PrivateKey.generate())
    return out


@pytest.mark.parametrize(("kind", "changes", "said"), [
    ("tella", {"signature": "verified"}, "its signatures check as unsigned, recorded as verified"),
    ("proofmode", {"latitude": 43.3, "fields": [["Location.Latitude", "43.3"]]}, "its fields"),
], ids=["tella-said-signed", "proofmode-moved"])
def test_a_proof_record_forged_consistently_is_caught_against_its_own_files(
        tmp_path, kind, changes, said):
    source, _zipped, _csv = _activist(tmp_path)
    bundle = writer.export(source, tmp_path / "b.zip", actor="aigerim").path
    forged = _forge_proof(bundle, tmp_path / "forged.zip", kind, **changes)
    assert verify_bundle(forged).problems == []  # the bundle is consistent with itself
    other = _monitor(tmp_path, None)
    with pytest.raises(KnownError, match="tampered with") as caught:
        merge.import_bundle(other, forged, actor="bolat", accept_unverified=True)
    assert said in str(caught.value) and "nothing was imported" in str(caught.value)
    _nothing_written(other)


def test_import_bundle_says_what_became_of_the_proofs_and_refuses_a_forged_one(tmp_path):
    from tests.helpers.cli import ok, skver

    source, _zipped, _csv = _activist(tmp_path)
    bundle = writer.export(source, tmp_path / "b.zip", actor="aigerim").path
    forged = _forge_proof(bundle, tmp_path / "forged.zip", "tella", signature="verified")
    other = _monitor(tmp_path, source)
    root = str(other.root)
    other.conn.close()
    refused = skver("import-bundle", "--case", root, "--accept-unverified", str(forged),
                    actor="bolat")
    assert refused.returncode != 0
    assert "tampered with" in refused.stderr and "nothing was imported" in refused.stderr
    said = ok(skver("import-bundle", "--case", root, str(bundle), actor="bolat")).stdout
    assert "proofs          2 capture-app proof(s) added, re-verified from their own files; " \
           "0 already in the case, 0 skipped" in said


def test_a_merge_that_fails_midway_leaves_no_proof_file_or_record_behind(tmp_path,
                                                                         monkeypatch):
    from bundles import mergeproofs

    source, _zipped, _csv = _activist(tmp_path)
    bundle = writer.export(source, tmp_path / "b.zip", actor="aigerim").path
    other = _monitor(tmp_path, source, passphrase=SECRET)

    def disk_fails(*_args: object, **_kwargs: object) -> tuple[int, int]:
        raise OSError(28, "No space left on device")
    with monkeypatch.context() as patch:
        patch.setattr(mergeproofs, "record", disk_fails)
        with pytest.raises(OSError):
            merge.import_bundle(other, bundle, actor="bolat")
    brought = [f.stored_path for items in store.read(source).proofs.values() for p in items
               for f in p.files]
    assert len(brought) == 7 and all(other.files.sha256(path) is None for path in brought)
    assert store.read(other).proofs == {} and _entries(other, "proof-recorded") == []
    # the photos it imported are kept, as after any merge that stops; merged again, it completes
    result = merge.import_bundle(other, bundle, actor="bolat")
    assert (result.photos["duplicate"], result.proofs_added) == (2, 2)
    assert verify.verify(other, actor="bolat", workers=1).problems == []
