"""A bundle carries the case's capture-app proofs (issue 18): `verify` re-hashes their files and
checks their signatures again, offline, with nothing but the bundle."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from bundles import writer
from bundles.verify import verify_bundle
from evidence import importer
from evidence.store import Case
from tests.helpers.photos import Shot
from tests.helpers.proofs import write_proof_zip, write_tella

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _case_with_proofs(tmp_path: Path) -> Case:
    case = Case.create(tmp_path / "case", title="Proofs", timezone="Asia/Almaty", actor="t")
    write_proof_zip(tmp_path / "in" / "pm")
    write_tella(tmp_path / "in" / "tella", shot=Shot(taken="2022:08:20 18:31:00",
                                                     offset="+06:00"))
    results = list(importer.import_paths(case, [str(tmp_path / "in")], actor="t", workers=1))
    assert [r.outcome for r in results] == ["imported", "imported"]
    return case


def _rewritten(bundle: Path, out: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, change.get(info.filename, src.read(info.filename)))
    return out


def test_a_bundle_carries_the_proofs_and_verifies_them_offline(tmp_path):
    case = _case_with_proofs(tmp_path)
    bundle = writer.export(case, tmp_path / "b.zip", actor="t").path
    report = verify_bundle(bundle)
    assert report.problems == []
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"]["version"] == 3
    assert sorted(p["kind"] for p in manifest["proofs"]) == ["proofmode", "tella"]
    kept = [f for f in manifest["files"] if f["kind"] == "proof"]
    assert len(kept) == 7  # six of the ProofMode proof, Tella's CSV
    assert all(f["path"].startswith("originals/") for f in kept)


def test_a_changed_proof_file_and_an_edited_proof_record_are_named(tmp_path):
    case = _case_with_proofs(tmp_path)
    bundle = writer.export(case, tmp_path / "b.zip", actor="t", sign=False).path
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        proof_json = next(f["path"] for f in manifest["files"]
                          if f["kind"] == "proof" and f["path"].endswith(".json"))
        changed = archive.read(proof_json).replace(b"43.23805", b"43.25805")
    problems = verify_bundle(_rewritten(bundle, tmp_path / "c.zip",
                                        {proof_json: changed})).problems
    assert any(proof_json in p for p in problems)
    row = next(p for p in manifest["proofs"] if p["kind"] == "proofmode")
    row["signature"], row["signature_failures"] = "invalid", ["media-signature"]
    edited = json.dumps(manifest).encode()
    problems = verify_bundle(_rewritten(bundle, tmp_path / "d.zip",
                                        {"manifest.json": edited})).problems
    assert any("differs from what custody entry" in p for p in problems)
    assert any("now check as verified, but were recorded as invalid" in p for p in problems)


def test_a_bundle_with_proofs_merges_its_photos_into_another_case(tmp_path):
    from bundles import merge
    from evidence import signing, store

    case = _case_with_proofs(tmp_path)
    bundle = writer.export(case, tmp_path / "b.zip", actor="t").path
    other = Case.create(tmp_path / "other", title="Other", timezone="Asia/Almaty", actor="o")
    signing.trust(other, signing.fingerprint(signing.ensure(case, "t")), actor="o",
                  note="handed over in person")
    merge.import_bundle(other, bundle, actor="o")
    assert len(store.read(other).photos) == 2
