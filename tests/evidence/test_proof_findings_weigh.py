"""A capture app's proof that disowns its file (it states another SHA-256, its signature over
the file fails) weighs where the file's own findings do (issue 18): the analysis counts the
photo as changed after capture and says why, the report's exhibit lists the proof's findings,
and a bundle's verdicts judged again from its records agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from bundles import writer
from bundles.verify import verify_bundle
from evidence import analysis, importer, store
from evidence.store import Case
from reports import content
from tests.helpers.casework import add_claim, add_venue, observe
from tests.helpers.encrypted import SECRET
from tests.helpers.photos import Shot
from tests.helpers.proofs import ProofZip, write_proof_zip

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
WINDOW = ("2022-08-20 18:00", "2022-08-20 23:00")
INSIDE_SHOT = Shot(taken="2022:08:20 18:30:00", offset="+06:00", lat=43.2407, lon=76.941,
                   accuracy=5.0)


def _case(tmp_path: Path, media_changed: bool, passphrase: str | None = None
          ) -> tuple[Case, int, int]:
    """A case with a refusal and one photo of an empty venue, imported with its ProofMode
    proof (its bytes changed after the app signed them when `media_changed`)."""
    case = Case.create(tmp_path / "case", title="Proof", timezone="Asia/Almaty", actor="t",
                       passphrase=passphrase)
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    zipped = write_proof_zip(tmp_path / "in", ProofZip(
        shot=INSIDE_SHOT, media_changed=media_changed,
        changes={"Location.Latitude": "43.2407", "Location.Longitude": "76.941"}))
    (result,) = importer.import_paths(case, [str(zipped)], actor="t", workers=1)
    assert result.photo_id is not None
    observe(case, result.photo_id, "venue_empty", "no_event_visible", people=0)
    return case, claim, result.photo_id


def _judged(case: Case, claim: int) -> dict:
    result = analysis.analyze_case(case).as_json()
    return next(c for c in result["claims"] if c["claim_id"] == claim)


@pytest.mark.parametrize("passphrase", [None, SECRET], ids=["plain", "encrypted"])
def test_a_photo_whose_proof_disowns_it_counts_as_changed_after_capture(tmp_path, passphrase):
    case, claim, photo = _case(tmp_path, media_changed=True, passphrase=passphrase)
    judged = _judged(case, claim)
    assert judged["verdict"] == "contradicted"
    assert "edited" in judged["basis"]["limits"]          # not silently strong evidence
    fact = analysis.Analysis(store.read(case)).facts[photo]
    assert fact.edited
    assert any("not the file the app saw" in note for note in fact.notes)


def test_a_photo_whose_proof_holds_is_not_weakened(tmp_path):
    case, claim, photo = _case(tmp_path, media_changed=False)
    judged = _judged(case, claim)
    assert judged["verdict"] == "contradicted"
    assert "edited" not in judged["basis"]["limits"]
    assert not analysis.Analysis(store.read(case)).facts[photo].edited


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "not this file's"), ("ru", "не совпадает с хеш-суммой файла"),
    ("kk", "файлдың хеш-сомасымен сәйкес келмейді")])
def test_the_exhibit_lists_the_proofs_findings_with_the_files_own(tmp_path, lang, words):
    case, _claim, _photo = _case(tmp_path, media_changed=True)
    report = content.build(case, lang=lang)
    (exhibit,) = report.claims[0].exhibits
    codes = [code for _severity, code, _text in exhibit.findings]
    assert {"proof_hash_mismatch", "proof_signature_invalid"} <= set(codes)
    assert codes[:2] == sorted(codes[:2])   # the critical ones first
    said = next(text for _s, code, text in exhibit.findings if code == "proof_hash_mismatch")
    assert words in said


def test_a_bundle_judged_again_from_its_records_weighs_the_proof_as_the_case_did(tmp_path):
    case, claim, _photo = _case(tmp_path, media_changed=True)
    bundle = writer.export(case, tmp_path / "b.zip", actor="t", sign=False).path
    report = verify_bundle(bundle)
    assert report.problems == []
    assert "edited" in _judged(case, claim)["basis"]["limits"]
