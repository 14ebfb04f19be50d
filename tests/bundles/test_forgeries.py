"""The forger's moves (a new key; a changed photo; a removed photo; a dropped or reordered log
entry), each made internally consistent again, are caught by what the forger does not
control: a fingerprint given by another route, the report filed in court, and the trusted keys
of the case a bundle is imported into. The real bundle passes all three."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bundles.export import export_bundle_with_reports, write_report
from bundles.merge import import_bundle
from bundles.verify import verify_bundle
from evidence import signing, store
from evidence.errors import KnownError
from evidence.store import Case
from tests.helpers.forger import MOVES, forge, overstate


@pytest.fixture(scope="module")
def filed(demo_source: Path, tmp_path_factory) -> tuple[Path, Path, str, Path]:
    """(the case, the report filed in court, the case's fingerprint, its bundle made later)."""
    folder = tmp_path_factory.mktemp("filed")
    root = Path(shutil.copytree(demo_source, folder / "case"))
    with Case.open(root) as case:
        write_report(case, folder / "filed.pdf", prepared_by="A. Lawyer")
        fingerprint = signing.fingerprint(signing.ensure(case, "A. Lawyer"))
        export_bundle_with_reports(case, folder / "case.zip", prepared_by="A. Lawyer",
                                   actor="A. Lawyer")
    return root, folder / "filed.pdf", fingerprint, folder / "case.zip"


@pytest.fixture
def other_case(tmp_path: Path) -> Path:
    """Another monitor's case, which trusts the demo case's key (told by phone)."""
    root = tmp_path / "other"
    Case.create(root, title="Other monitor", timezone="Asia/Almaty", actor="monitor").close()
    return root


def trusting(root: Path, fingerprint: str) -> None:
    with Case.open(root) as case:
        signing.trust(case, fingerprint, note="read out on the phone", actor="monitor")


def log_length(root: Path) -> int:
    with Case.open(root) as case:
        return len(list(store.log.entries(case)))


def test_the_real_bundle_passes_all_three(filed, other_case):
    _, report, fingerprint, bundle = filed
    checked = verify_bundle(bundle, expect_fingerprint=fingerprint.replace(" ", ""),
                            filed_report=report)
    assert checked.intact, checked.problems
    assert (checked.held_to_fingerprint, checked.held_to_report) == (fingerprint, "filed.pdf")
    assert any("records the writing of filed.pdf itself" in n for n in checked.notes)
    trusting(other_case, fingerprint)
    with Case.open(other_case) as case:
        merged = import_bundle(case, bundle, actor="monitor")
        entry = list(store.log.entries(case))[-1]
    assert (merged.trusted, merged.fingerprint, merged.signature) == (True, fingerprint, "valid")
    assert entry.details["trusted"] is True and entry.details["fingerprint"] == fingerprint


@pytest.mark.parametrize("move", MOVES)
def test_each_forgery_is_consistent_inside_and_caught_outside(filed, other_case, tmp_path,
                                                               move):
    _, report, fingerprint, bundle = filed
    forged = forge(bundle, tmp_path / "forged.zip", move)
    inside = verify_bundle(forged)
    assert inside.intact and inside.signature == "valid", inside.problems  # the threat

    by_key = verify_bundle(forged, expect_fingerprint=fingerprint)
    assert any("not by the expected key" in p for p in by_key.problems)

    by_report = verify_bundle(forged, filed_report=report)
    assert any("names the case's key" in p for p in by_report.problems)
    if move != "new-key":   # the history the report relied on is no longer there
        assert any("filed report filed.pdf recorded" in p for p in by_report.problems)

    trusting(other_case, fingerprint)
    before = log_length(other_case)
    with Case.open(other_case) as case, pytest.raises(KnownError, match="does not trust"):
        import_bundle(case, forged, actor="monitor")
    assert log_length(other_case) == before
    assert not (other_case / "bundles").exists() or not any((other_case / "bundles").iterdir())


@pytest.mark.parametrize("move", [m for m in MOVES if m != "new-key"])
def test_a_forger_holding_the_cases_own_key_is_still_caught_by_the_filed_report(
        filed, tmp_path, move):
    root, report, fingerprint, bundle = filed
    with Case.open(root) as case:
        own_key = signing.load(case)
    forged = forge(bundle, tmp_path / "forged.zip", move, key=own_key)
    assert verify_bundle(forged, expect_fingerprint=fingerprint).intact  # the key's limit
    problems = verify_bundle(forged, filed_report=report).problems
    assert any("changed" in p or "cut or rewritten" in p or "not among the bundle's originals"
               in p for p in problems), problems


def test_a_re_signed_bundle_that_keeps_its_reports_is_caught_by_them(filed, tmp_path):
    _, _, fingerprint, bundle = filed
    forged = forge(bundle, tmp_path / "forged.zip", "new-key", keep_reports=True)
    problems = verify_bundle(forged).problems
    assert any("bundled report reports/report-en.pdf" in p and fingerprint in p
               for p in problems)
    assert any("bundled report reports/report-en.html" in p for p in problems)


def test_an_unsigned_bundle_is_merged_only_when_accepted_and_then_marked(filed, other_case,
                                                                        tmp_path):
    root, _, _, _ = filed
    copy = Path(shutil.copytree(root, tmp_path / "copy"))
    with Case.open(copy) as case:
        export_bundle_with_reports(case, tmp_path / "unsigned.zip", prepared_by="x",
                                   actor="x", sign=False, with_reports=False)
    with Case.open(other_case) as case:
        with pytest.raises(KnownError, match="is not signed"):
            import_bundle(case, tmp_path / "unsigned.zip", actor="monitor")
        merged = import_bundle(case, tmp_path / "unsigned.zip", actor="monitor",
                               accept_unverified=True)
        entry = list(store.log.entries(case))[-1]
    assert not merged.trusted and merged.fingerprint is None
    assert entry.action == "bundle-imported" and entry.details["unverified"] is True


def test_a_bundle_whose_stated_verdicts_its_records_do_not_give_is_named(filed, tmp_path):
    _, _, _, bundle = filed
    problems = verify_bundle(overstate(bundle, tmp_path / "over.zip", "supported")).problems
    assert problems, "a verdict its own photos do not give passed"
    assert all("states the verdict “supported”, but its own photos, observations and rules "
               "give “contradicted”" in p for p in problems)
    assert len(problems) == 4   # each of the demo's four refusals


def test_a_manifest_naming_another_case_than_its_log_is_named(filed, tmp_path):
    from tests.helpers.forger import Bundle, _write

    _, _, _, bundle = filed
    forged = Bundle(bundle)
    forged.manifest["case"]["title"] = "Another case altogether"
    _write(forged, tmp_path / "renamed.zip", Ed25519PrivateKey.generate())
    problems = verify_bundle(tmp_path / "renamed.zip").problems
    assert any("record of its case differs from what its custody log recorded (title)" in p
               for p in problems), problems
