"""ProofMode proof zips and Tella metadata CSVs imported with their photos (issue 18): the proof
recorded next to the EXIF, its signatures checked, disagreements and tampering caught."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evidence import importer, proofs, store
from evidence.model import ProofKind, ProofRole, SignatureState
from evidence.store import Case
from tests.helpers.encrypted import SECRET
from tests.helpers.photos import Shot
from tests.helpers.proofs import SHOT, GpgKey, ProofZip, key, write_proof_zip, write_tella

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _case(tmp_path: Path, **kwargs: object) -> Case:
    return Case.create(tmp_path / "case", title="Proofs", timezone="Asia/Almaty", actor="t",
                       **kwargs)  # type: ignore[arg-type]


def _import(case: Case, *paths: Path) -> list[importer.ImportResult]:
    return list(importer.import_paths(case, [str(p) for p in paths], actor="t", workers=1))


def test_a_proofmode_zip_imports_its_photo_with_the_proof_recorded_and_verified(tmp_path):
    zipped = write_proof_zip(tmp_path / "in")
    case = _case(tmp_path)
    results = _import(case, zipped)
    assert [(r.outcome, r.findings) for r in results] == [("imported", [])]
    data = store.read(case, with_log=True)
    photo = data.photos[0]
    (proof,) = data.proofs_of(photo.id)
    assert proof.kind is ProofKind.PROOFMODE and proof.signature is SignatureState.VERIFIED
    assert proof.stated_sha256 == photo.sha256 and proof.hash_matches is True
    assert proof.key_fingerprint == key("ProofMode").extract_certificate().fingerprint
    assert (proof.latitude, proof.longitude, proof.accuracy_m, proof.provider) == (
        43.23805, 76.94496, 6.0, "gps")
    # ProofMode's "...Z" is the phone's local time: compared with the camera's, never as UTC
    assert proof.stated_utc is None
    assert str(proofs.stated_local(proof)) == "2022-08-20 18:30:04.512000"
    assert proof.network == "Beeline KZ · Cellular · LTE"
    assert proof.device == "Google · Pixel 7" and proof.device_id == "3f2a9c1e7b5d4a60"
    # the EXIF stays the photo's own: the proof is beside it
    assert photo.inspection.metadata.latitude == pytest.approx(43.2380, abs=1e-6)
    roles = {f.role for f in proof.files}
    assert roles == {ProofRole.PROOF_JSON, ProofRole.PROOF_CSV, ProofRole.MEDIA_SIGNATURE,
                     ProofRole.JSON_SIGNATURE, ProofRole.CSV_SIGNATURE, ProofRole.PUBLIC_KEY}
    with zipfile.ZipFile(zipped) as archive:
        for f in proof.files:
            assert case.files.read_bytes(f.stored_path) == archive.read(f.name)
    # the photo came in as any photo, named by its place in the zip; the proof has its entry
    assert data.imports[0].source_path == f"{zipped.name}/PXL_20220820_123000.jpg"
    entries = [e for e in data.log or () if e.action == "proof-recorded"]
    assert len(entries) == 1 and entries[0].details["proof_sha256"] == \
        store.proofs.digest_of(proof)
    # imported again: the photo is a duplicate and the proof is not recorded twice
    assert [r.outcome for r in _import(case, zipped)] == ["duplicate"]
    assert len(store.read(case).proofs_of(photo.id)) == 1


def test_a_photo_changed_after_signing_is_caught_by_hash_and_signature(tmp_path):
    case = _case(tmp_path)
    (result,) = _import(case, write_proof_zip(tmp_path / "in", ProofZip(media_changed=True)))
    assert {"proof_hash_mismatch", "proof_signature_invalid"} <= set(result.findings)
    (proof,) = store.read(case).proofs_of(result.photo_id or 0)
    assert proof.hash_matches is False and proof.signature is SignatureState.INVALID
    assert proof.signature_failures == ("media-signature",)


def test_a_proof_json_changed_after_signing_fails_its_signature(tmp_path):
    case = _case(tmp_path)
    (result,) = _import(case, write_proof_zip(tmp_path / "in", ProofZip(json_changed=True)))
    (proof,) = store.read(case).proofs_of(result.photo_id or 0)
    assert proof.signature is SignatureState.INVALID
    assert proof.signature_failures == ("json-signature",)
    assert "proof_signature_invalid" in result.findings


def test_signatures_by_another_key_than_the_one_shipped_fail(tmp_path):
    case = _case(tmp_path)
    (result,) = _import(case, write_proof_zip(tmp_path / "in", ProofZip(shipped_key="Other")))
    (proof,) = store.read(case).proofs_of(result.photo_id or 0)
    assert proof.signature is SignatureState.INVALID
    assert set(proof.signature_failures) == {"media-signature", "json-signature",
                                             "csv-signature"}


def test_a_proof_without_its_key_is_missing_a_signature_check(tmp_path):
    case = _case(tmp_path)
    (result,) = _import(case, write_proof_zip(tmp_path / "in",
                                              ProofZip(without=("pubkey.asc",))))
    (proof,) = store.read(case).proofs_of(result.photo_id or 0)
    assert proof.signature is SignatureState.MISSING and proof.key_fingerprint is None
    assert "proof_signature_missing" in result.findings


def test_a_proof_position_2_km_from_the_exif_and_an_hour_apart_are_findings(tmp_path):
    case = _case(tmp_path)
    spec = ProofZip(changes={"Location.Latitude": "43.25605",  # 2 km north
                             "Proof Generated": "2022-08-20T19:30:04.512Z"})
    (result,) = _import(case, write_proof_zip(tmp_path / "in", spec))
    assert {"proof_position_disagrees", "proof_time_disagrees"} <= set(result.findings)
    assert "proof_signature_invalid" not in result.findings  # signed as it is: it disagrees
    (proof,) = store.read(case).proofs_of(result.photo_id or 0)
    found = {f.code: f.message for f in proofs.findings(
        proof, store.read(case).photo(result.photo_id or 0).inspection)}
    assert "2,0" in found["proof_position_disagrees"]  # about 2,000 m, not within 11 m
    stale = replace(proof, location_utc=datetime(2022, 8, 20, 11, 30, tzinfo=UTC))
    assert "fix was taken 3,600 s before the photo" in next(
        f.message for f in proofs.findings(stale, store.read(case).photo(
            result.photo_id or 0).inspection) if f.code == "proof_position_disagrees")


def test_a_tella_csv_imports_its_photo_as_unsigned_corroboration(tmp_path):
    _photo, metadata = write_tella(tmp_path / "tella")
    case = _case(tmp_path)
    results = _import(case, tmp_path / "tella")
    assert [(r.outcome, r.findings) for r in results] == [("imported", ["proof_unsigned"])]
    (proof,) = store.read(case).proofs_of(results[0].photo_id or 0)
    assert proof.kind is ProofKind.TELLA and proof.signature is SignatureState.UNSIGNED
    assert proof.hash_matches is True and proof.provider == "fused"
    assert proof.stated_utc is not None and proof.stated_utc.isoformat() == \
        "2022-08-20T12:30:01+00:00"
    assert [f.role for f in proof.files] == [ProofRole.METADATA_CSV]
    assert case.files.read_bytes(proof.files[0].stored_path) == metadata.read_bytes()


def test_malformed_zip_and_csv_are_rejected_and_the_rest_of_the_batch_imported(tmp_path):
    folder = tmp_path / "in"
    write_proof_zip(folder / "good")
    (folder / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    with zipfile.ZipFile(folder / "escape.zip", "w") as archive:
        archive.writestr("../../evil.proof.json", "{}")
    _photo, metadata = write_tella(folder / "tella", shot=Shot(taken="2022:08:20 18:31:00",
                                                              offset="+06:00"))
    metadata.write_text(metadata.read_text().splitlines()[0] + "\n")  # no row of values
    case = _case(tmp_path)
    results = _import(case, folder)
    rejected = {Path(r.source).name: r.reason or "" for r in results if r.outcome == "rejected"}
    assert "not a readable zip" in rejected["broken.zip"]
    assert "path traversal" in rejected["escape.zip"]
    assert "no row of values" in rejected[metadata.name]
    assert sorted(r.outcome for r in results if r.outcome != "rejected") == [
        "imported", "imported"]  # the good zip's photo, and Tella's photo without its proof
    assert not (tmp_path / "evil.proof.json").exists()


def test_an_encrypted_case_keeps_the_proof_and_leaves_nothing_in_plaintext(tmp_path):
    zipped = write_proof_zip(tmp_path / "in")
    case = _case(tmp_path, passphrase=SECRET)
    (result,) = _import(case, zipped)
    assert result.outcome == "imported" and result.findings == []
    (proof,) = store.read(case).proofs_of(result.photo_id or 0)
    assert proof.signature is SignatureState.VERIFIED
    with zipfile.ZipFile(zipped) as archive:
        photo_bytes = archive.read("PXL_20220820_123000.jpg")
        for f in proof.files:
            assert case.files.read_bytes(f.stored_path) == archive.read(f.name)
    for path in (tmp_path / "case").rglob("*"):
        if path.is_file():
            assert photo_bytes[:4096] not in path.read_bytes()


def test_a_case_of_the_version_before_proofs_migrates_and_takes_them(tmp_path, monkeypatch):
    before = next(n for n, script in enumerate(store.schema.MIGRATIONS)
                  if "CREATE TABLE proofs" in script)
    with monkeypatch.context() as patch:
        patch.setattr(store.schema, "MIGRATIONS", store.schema.MIGRATIONS[:before])
        old = _case(tmp_path)
        (earlier,) = _import(old, write_tella(tmp_path / "plain", "plain.jpg")[0])
        old.conn.close()
    reopened = Case.open(tmp_path / "case")
    (result,) = _import(reopened, write_proof_zip(tmp_path / "in", ProofZip(
        shot=Shot(taken="2022:08:20 18:32:00", offset="+06:00"))))
    data = store.read(reopened)
    assert data.proofs_of(result.photo_id or 0)[0].signature is SignatureState.VERIFIED
    assert data.proofs_of(earlier.photo_id or 0) == ()
    assert SHOT.offset == "+06:00"


def test_verify_rehashes_the_proof_files_and_holds_each_proof_to_its_entry(tmp_path):
    from evidence import verify

    case = _case(tmp_path)
    (result,) = _import(case, write_proof_zip(tmp_path / "in"))
    report = verify.verify(case, actor="t", workers=1)
    assert report.problems == [] and not any("originals store" in n for n in report.notes)
    (proof,) = store.read(case).proofs_of(result.photo_id or 0)
    kept = case.files.physical(proof.files[0].stored_path)
    kept.chmod(0o644)
    kept.write_bytes(b"changed")
    problems = verify.verify(case, actor="t", workers=1).problems
    assert any(proof.files[0].stored_path in p and "has changed" in p for p in problems)


def test_an_encrypted_case_verifies_with_proofs_and_keeps_them_across_a_data_key_rotation(
        tmp_path):
    from evidence import rotation, verify

    case = _case(tmp_path, passphrase=SECRET)
    (result,) = _import(case, write_proof_zip(tmp_path / "in"))
    assert verify.verify(case, actor="t", workers=1).problems == []
    (proof,) = store.read(case).proofs_of(result.photo_id or 0)
    before = {f.stored_path: case.files.read_bytes(f.stored_path) for f in proof.files}
    rotation.rotate(case, SECRET, SECRET + " new", actor="t")  # the case open again, new key
    assert {p: case.files.read_bytes(p) for p in before} == before
    assert verify.verify(case, actor="t", workers=1).problems == []


def test_a_proof_with_only_its_csv_is_read_from_the_csv_as_proofmode_writes_it(tmp_path):
    case = _case(tmp_path)
    spec = ProofZip(without=(".proof.json", ".proof.json.asc"),
                    changes={"Notes": "ProofMode v0.0.88, autogenerated"})
    (result,) = _import(case, write_proof_zip(tmp_path / "in", spec))
    (proof,) = store.read(case).proofs_of(result.photo_id or 0)
    assert proof.signature is SignatureState.VERIFIED
    assert {f.role for f in proof.files} == {ProofRole.PROOF_CSV, ProofRole.CSV_SIGNATURE,
                                            ProofRole.MEDIA_SIGNATURE, ProofRole.PUBLIC_KEY}
    fields = dict(proof.fields)
    assert fields["Notes"] == "ProofMode v0.0.88  autogenerated"  # its comma made a space
    assert "" not in fields  # the trailing comma is no column
    assert (proof.latitude, proof.device_id) == (43.23805, "3f2a9c1e7b5d4a60")


@pytest.mark.parametrize(("generated", "disagrees"), [
    ("2022-08-20T12:31Z", False),   # ProofMode before 2023-04: minutes, in UTC
    ("2022-08-20T18:31Z", True),    # the same form 6 h later: UTC, so it disagrees
    ("2022-08-20T18:31:00.000Z", False),  # later ProofMode: Almaty's wall clock, a letter Z
])
def test_proof_generated_is_read_in_the_form_each_proofmode_version_wrote(
        tmp_path, generated, disagrees):
    case = _case(tmp_path)
    (result,) = _import(case, write_proof_zip(tmp_path / "in", ProofZip(
        changes={"Proof Generated": generated})))
    assert ("proof_time_disagrees" in result.findings) is disagrees


def test_a_key_made_as_proofmode_makes_it_verifies_and_a_changed_photo_still_fails(tmp_path):
    """ProofMode certifies its key's user ID with SHA-1, which Sequoia's policy refuses: the
    signatures (SHA-256) are checked by the key's own material (evidence/pgpverify.py)."""
    legacy = GpgKey(tmp_path / "gnupg")
    import pysequoia

    with pytest.raises(RuntimeError, match="SHA1"):  # the policy refuses the key as a whole
        _ = pysequoia.Cert.from_bytes(legacy.public()).expiration
    case = _case(tmp_path)
    (good,) = _import(case, write_proof_zip(tmp_path / "good", ProofZip(gpg=legacy)))
    (changed,) = _import(case, write_proof_zip(tmp_path / "changed", ProofZip(
        name="b.jpg", gpg=legacy, media_changed=True, shot=Shot(
            taken="2022:08:20 18:33:00", offset="+06:00"))))
    data = store.read(case)
    assert data.proofs_of(good.photo_id or 0)[0].signature is SignatureState.VERIFIED
    assert good.findings == []
    (bad,) = data.proofs_of(changed.photo_id or 0)
    assert bad.signature is SignatureState.INVALID
    assert bad.signature_failures == ("media-signature",)


def test_a_photo_already_in_the_case_gets_its_proof_when_its_zip_is_imported(tmp_path):
    """Also how an import cut short between the photo and its proof is completed: importing
    the zip again records the proof for the photo kept."""
    zipped = write_proof_zip(tmp_path / "in")
    with zipfile.ZipFile(zipped) as archive:
        loose = tmp_path / "loose" / "PXL_20220820_123000.jpg"
        loose.parent.mkdir()
        loose.write_bytes(archive.read(loose.name))
    case = _case(tmp_path)
    (first,) = _import(case, loose)
    assert store.read(case).proofs_of(first.photo_id or 0) == ()
    (again,) = _import(case, zipped)
    assert (again.outcome, again.photo_id) == ("duplicate", first.photo_id)
    (proof,) = store.read(case).proofs_of(first.photo_id or 0)
    assert proof.signature is SignatureState.VERIFIED


def test_one_zip_with_two_photos_and_a_proof_without_its_photo(tmp_path):
    first = write_proof_zip(tmp_path / "a", ProofZip(name="a.jpg"))
    second = write_proof_zip(tmp_path / "b", ProofZip(name="b.jpg", shot=Shot(
        taken="2022:08:20 18:34:00", offset="+06:00")))
    third = write_proof_zip(tmp_path / "c", ProofZip(name="c.jpg", shot=Shot(
        taken="2022:08:20 18:35:00", offset="+06:00")))
    combined = tmp_path / "share.zip"
    with zipfile.ZipFile(combined, "w") as out:
        for source in (first, second):
            with zipfile.ZipFile(source) as archive:
                for name in archive.namelist():
                    if name not in out.namelist():  # the same pubkey.asc and how-to
                        out.writestr(name, archive.read(name))
        with zipfile.ZipFile(third) as archive:  # c.jpg's proof, without c.jpg
            for name in archive.namelist():
                if ".proof." in name:
                    out.writestr(name, archive.read(name))
    case = _case(tmp_path)
    results = _import(case, combined)
    imported = [r for r in results if r.outcome == "imported"]
    assert sorted(Path(r.source).name for r in imported) == ["share.zip (a.jpg)",
                                                             "share.zip (b.jpg)"]
    data = store.read(case)
    assert all(data.proofs_of(r.photo_id or 0)[0].signature is SignatureState.VERIFIED
               for r in imported)
    (orphan,) = [r for r in results if r.outcome == "rejected"]
    assert "not in share.zip" in (orphan.reason or "")


def test_notarisation_receipts_in_the_zip_are_kept_with_the_proof_not_imported(tmp_path):
    case = _case(tmp_path)
    zipped = write_proof_zip(tmp_path / "in", ProofZip(notarized=(".ots", ".gst")))
    results = _import(case, zipped)
    assert [(r.outcome, r.findings) for r in results] == [("imported", [])]
    (proof,) = store.read(case).proofs_of(results[0].photo_id or 0)
    kept = [f for f in proof.files if f.role is ProofRole.NOTARIZATION]
    assert sorted(f.stored_path.rsplit(".", 1)[1] for f in kept) == ["gst", "ots"]
    with zipfile.ZipFile(zipped) as archive:
        assert all(case.files.read_bytes(f.stored_path) == archive.read(f.name) for f in kept)
    assert proof.signature is SignatureState.VERIFIED
