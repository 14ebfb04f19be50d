"""`import`, `photos --json` and `inspect` with ProofMode zips and Tella CSVs (issue 18), as a
user runs them."""

from __future__ import annotations

import json

import pytest

from tests.helpers.cli import ok, skver
from tests.helpers.photos import Shot
from tests.helpers.proofs import ProofZip, write_proof_zip, write_tella

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


def test_import_a_proof_zip_and_a_tella_csv_then_list_them_with_their_proofs(tmp_path):
    case = tmp_path / "case"
    ok(skver("case", "init", str(case), "--title", "Proofs", "--timezone", "Asia/Almaty"))
    write_proof_zip(tmp_path / "in" / "proofmode")
    write_tella(tmp_path / "in" / "tella", shot=Shot(taken="2022:08:20 18:31:00",
                                                     offset="+06:00"))
    run = ok(skver("import", "--case", str(case), str(tmp_path / "in")))
    assert "2 imported, 0 already in the case, 0 rejected." in run.stdout
    photos = json.loads(ok(skver("photos", "--case", str(case), "--json")).stdout)
    by_kind = {p["proofs"][0]["kind"]: p["proofs"][0] for p in photos}
    assert by_kind["proofmode"]["signature"] == "verified"
    assert by_kind["proofmode"]["key_self_issued"] is True
    assert by_kind["proofmode"]["hash_matches"] is True
    assert by_kind["proofmode"]["findings"] == []
    assert by_kind["tella"]["signature"] == "unsigned"
    assert [f["code"] for f in by_kind["tella"]["findings"]] == ["proof_unsigned"]
    listed = ok(skver("photos", "--case", str(case))).stdout
    assert "proof_unsigned" in listed  # the Tella photo's line names its proof's finding
    verified = ok(skver("verify", "--case", str(case)))
    assert "originals store" not in verified.stdout
    log = json.loads(ok(skver("log", "--case", str(case), "--json")).stdout)
    assert sum(e["action"] == "proof-recorded" for e in log) == 2


def test_inspect_reads_a_zip_and_shows_a_tampered_proof(tmp_path):
    zipped = write_proof_zip(tmp_path / "in", ProofZip(json_changed=True))
    (found,) = json.loads(ok(skver("inspect", "--json", str(zipped))).stdout)
    assert found["path"].endswith("(PXL_20220820_123000.jpg)")
    (proof,) = found["proofs"]
    assert proof["signature"] == "invalid"
    codes = {f["code"] for f in proof["findings"]}
    assert {"proof_signature_invalid", "proof_position_disagrees"} <= codes
    text = ok(skver("inspect", str(zipped))).stdout
    assert "proof_signature_invalid" in text and "signature invalid" in text


def test_a_broken_zip_is_named_with_its_reason_and_the_photo_beside_it_imported(tmp_path):
    case = tmp_path / "case"
    ok(skver("case", "init", str(case), "--title", "Proofs"))
    write_tella(tmp_path / "in", "plain.jpg")
    (tmp_path / "in" / "plain.csv").unlink()
    (tmp_path / "in" / "proof.zip").write_bytes(b"PK\x03\x04 cut short")
    run = ok(skver("import", "--case", str(case), str(tmp_path / "in")))
    assert "rejected" in run.stdout and "proof.zip is not a readable zip archive" in run.stdout
    assert "1 imported, 0 already in the case, 1 rejected." in run.stdout


def test_inspect_of_a_tella_csv_alone_reads_the_photo_beside_it(tmp_path):
    _photo, metadata = write_tella(tmp_path / "in")
    (found,) = json.loads(ok(skver("inspect", "--json", str(metadata))).stdout)
    assert found["path"].endswith("a1b2c3.jpg")
    assert [p["kind"] for p in found["proofs"]] == ["tella"]
