"""A bundle carries each refusal's procedure (issue 20): its rows hold the procedure's columns
when set, the stated analysis its procedure findings, and `verify` judges them again; a bundle
of a Skver from before states none and still verifies; a procedure edited in the manifest is
named."""

from __future__ import annotations

from pathlib import Path

import pytest

from bundles import recompute, writer
from bundles.merge import import_bundle
from bundles.verify import verify_bundle
from evidence import claims
from evidence.model import AssemblyForm
from evidence.store import Case
from tests.helpers.casework import add_claim, add_venue
from tests.helpers.forgery import Manifest, forge, manifest_of

WINDOW = ("2025-06-14 18:00", "2025-06-14 20:00")


@pytest.fixture
def case_root(tmp_path) -> Path:
    """Two refusals: one recorded as a meeting notified 3 June 2025 and answered 10 June (late,
    Friday 6 June being Kurban Ait), one with no procedure recorded."""
    root = tmp_path / "monitor"
    with Case.create(root, title="P", timezone="Asia/Almaty", actor="t") as case:
        venue = add_venue(case)
        late = add_claim(case, venue, *WINDOW, "other_event", number="Z-1")
        add_claim(case, venue, "2025-06-15 18:00", "2025-06-15 20:00", "repair_works",
                  number="Z-2")
        claims.edit(case, late, {"document_date": "2025-06-10", "assembly_form": "meeting",
                                 "notified_on": "2025-06-03",
                                 "answered_on": "2025-06-10", "ground": "10",
                                 "alternative_offered": "Gandhi Park"}, "t")
    return root


def export(root: Path, out: Path, sign: bool = True) -> Path:
    with Case.open(root) as case:
        return writer.export(case, out, actor="t", sign=sign).path


def test_the_bundle_carries_the_procedure_and_verifies(case_root, tmp_path):
    bundle = export(case_root, tmp_path / "b.zip")
    report = verify_bundle(bundle)
    assert report.intact, report.problems
    manifest = manifest_of(bundle)
    first, second = manifest["claims"]
    assert (first["assembly_form"], first["notified_on"], first["answered_on"],
            first["ground"]) == ("meeting", "2025-06-03", "2025-06-10", "10")
    # a refusal without a procedure: its row as an older Skver wrote it, no such keys
    assert not {"assembly_form", "notified_on", "answered_on", "ground"} & set(second)
    stated = manifest["analysis"]["claims"]
    assert [f["code"] for f in stated[0]["procedure"]] == ["late_answer"]
    assert stated[0]["procedure"][0]["facts"]["deadline"] == "2025-06-09"
    assert stated[1]["procedure"] == []
    assert recompute.verdict_findings(manifest) == ([], [])


def test_a_bundle_from_before_the_procedure_still_verifies(case_root, tmp_path):
    """An older Skver's bundle: no procedure columns and no procedure in its analysis."""
    with Case.open(case_root) as case:
        claims.edit(case, 1, {"assembly_form": None, "notified_on": None, "answered_on": None,
                              "ground": None}, "t")
    bundle = export(case_root, tmp_path / "b.zip", sign=False)

    def older(manifest: Manifest) -> None:
        for claim in manifest["analysis"]["claims"]:
            del claim["procedure"]
    manifest = manifest_of(forge(bundle, tmp_path / "old.zip", older))
    assert recompute.verdict_findings(manifest) == ([], [])


def test_a_procedure_edited_in_the_manifest_is_named(case_root, tmp_path):
    bundle = export(case_root, tmp_path / "b.zip", sign=False)

    def edit(manifest: Manifest) -> None:
        manifest["claims"][0]["answered_on"] = "2025-06-09"
    problems = verify_bundle(forge(bundle, tmp_path / "f.zip", edit)).problems
    assert any("Claim 1" in p and "custody log" in p for p in problems), problems
    assert any("stated analysis (procedure)" in p for p in problems), problems


def test_merged_into_another_case_the_procedure_comes_along(case_root, tmp_path, new_case):
    bundle = export(case_root, tmp_path / "b.zip")
    with Case.open(new_case) as case:
        import_bundle(case, bundle, actor="bolat", accept_unverified=True)
        merged = {c.document_number: c for c in claims.all_claims(case)}
    assert merged["Z-1"].assembly_form is AssemblyForm.MEETING
    assert (merged["Z-1"].notified_on, merged["Z-1"].ground) == ("2025-06-03", "10")
    assert merged["Z-2"].assembly_form is None
