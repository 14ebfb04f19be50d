"""Merging another monitor's bundle: hostile archives refused, duplicates stored once, both
custody logs kept, the case still verifying."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest

from bundles import merge as bundle_import
from bundles import writer as bundle
from bundles.merge import import_bundle
from bundles.zipsafe import DamagedMember, HostileArchive, Limits, SafeZip
from evidence import analysis, claims, signing, store, verify
from evidence.errors import KnownError
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers import zips


def _entries(root: Path) -> int:
    with Case.open(root) as case:
        return len(list(store.log.entries(case)))


def trusting(case: Case, fingerprint: str | None) -> None:
    """The case trusts the key, its fingerprint told by the sender in person."""
    assert fingerprint is not None
    signing.trust(case, fingerprint, note="read out by the sender in person", actor="bolat")


@pytest.fixture
def monitor_b(tmp_path, corpus, demo_source, signed) -> tuple[Path, str]:
    """Another monitor's case: three real camera files and one photo the demo case has too;
    it trusts the demo case's key, which signed the bundle it is given."""
    with Case.open(demo_source) as demo:
        row = store.photos.all_photos(demo)[0]
        shared = tmp_path / "from-a-friend.jpg"
        shared.write_bytes(demo.path_of(row.stored_path).read_bytes())
    sources = [*sorted((corpus / "jpg" / "gps").glob("*.jpg"))[:3], shared]
    with Case.create(tmp_path / "b", title="Monitor B", timezone="Asia/Almaty",
                     actor="bolat") as case:
        assert {r.outcome for r in import_paths(case, [str(p) for p in sources],
                                                actor="bolat", workers=1)} == {"imported"}
        trusting(case, signed[1].fingerprint)
    return tmp_path / "b", row.sha256


def test_a_bundle_merges_into_another_case(monitor_b, signed):
    root, shared_sha = monitor_b
    path, exported = signed
    with Case.open(root) as case:
        result = import_bundle(case, path, actor="bolat")
        assert result.photos == {"imported": 11, "duplicate": 1, "rejected": 0}
        assert (result.venues_added, result.claims_added, result.observations_added) == (3, 4, 12)
        outcomes = [r.outcome for r in store.photos.all_imports(case)
                    if store.photos.by_sha(case, shared_sha).id == r.photo_id]
        assert outcomes == ["imported", "duplicate"]
        verdicts = [c["verdict"] for c in analysis.analyze_case(case).as_json()["claims"]]
        last = list(store.log.entries(case))[-1]
        report = verify.verify(case, actor="lawyer")
    assert verdicts == ["contradicted"] * 4  # the merged photos and observations still judge
    stored = [p for p in (root / "originals").rglob("*") if p.is_file()]
    assert len(stored) == 3 + 12  # the shared photo is stored once
    assert (last.action, last.object_hash) == ("bundle-imported", exported.manifest_sha256)
    assert last.details["signature"] == "valid"
    assert last.details["fingerprint"] == exported.fingerprint
    with zipfile.ZipFile(path) as zf:
        theirs = zf.read("custody.jsonl")
        head = zips_manifest(zf)["custody"]["head"]
    assert last.details["custody_head"] == head
    assert (root / result.stored_in / "custody.jsonl").read_bytes() == theirs
    assert report.intact and not report.notes, report.problems + report.notes


def zips_manifest(zf: zipfile.ZipFile) -> dict:
    return json.loads(zf.read("manifest.json"))


def test_the_same_bundle_is_not_merged_twice(monitor_b, signed):
    root, _ = monitor_b
    with Case.open(root) as case:
        import_bundle(case, signed[0], actor="bolat")
        with pytest.raises(KnownError, match="already imported"):
            import_bundle(case, signed[0], actor="bolat")


def test_a_merged_case_passes_both_logs_on(monitor_b, signed, tmp_path):
    root, _ = monitor_b
    with Case.open(root) as case:
        first = import_bundle(case, signed[0], actor="bolat")
        second = bundle.export(case, tmp_path / "b.zip", actor="bolat")
    with zipfile.ZipFile(second.path) as zf:
        assert f"{first.stored_in}/custody.jsonl" in zf.namelist()
    with Case.create(tmp_path / "c", title="C", timezone=None, actor="c") as case:
        trusting(case, second.fingerprint)
        result = import_bundle(case, second.path, actor="c")
        report = verify.verify(case, actor="c")
    relayed = tmp_path / "c" / result.stored_in / first.stored_in / "custody.jsonl"
    assert relayed.read_bytes() == (root / first.stored_in / "custody.jsonl").read_bytes()
    assert report.intact, report.problems


def test_verify_case_catches_a_changed_kept_log(monitor_b, signed):
    root, _ = monitor_b
    with Case.open(root) as case:
        result = import_bundle(case, signed[0], actor="bolat")
        kept = root / result.stored_in / "custody.jsonl"
        os.chmod(kept, 0o644)
        kept.write_bytes(kept.read_bytes().replace(b"skver-demo", b"skver-dem0", 1))
        report = verify.verify(case, actor="lawyer")
    [problem] = report.problems
    assert f"{result.stored_in}/custody.jsonl" in problem and "has changed" in problem


def test_a_bundle_that_is_not_intact_is_refused_with_its_discrepancies(monitor_b, signed,
                                                                       tmp_path):
    root, _ = monitor_b
    changed = zips.rewrite(signed[0], tmp_path / "t.zip", {"manifest.json.sig": zips.flip_byte})
    before = _entries(root)
    with Case.open(root) as case, pytest.raises(KnownError) as caught:
        import_bundle(case, changed, actor="bolat")
    assert "not intact, so nothing was imported" in str(caught.value)
    assert "signature (manifest.json.sig) does not match" in str(caught.value)
    assert _entries(root) == before and not (root / "bundles").exists()


def test_a_failure_during_the_merge_leaves_the_case_consistent(monitor_b, signed, monkeypatch):
    root, _ = monitor_b

    def power_cut(*_args):
        raise OSError("disk unplugged")

    monkeypatch.setattr(bundle_import._Merge, "observations", power_cut)
    with Case.open(root) as case:
        with pytest.raises(OSError, match="disk unplugged"):
            import_bundle(case, signed[0], actor="bolat")
        assert case.conn.execute("SELECT COUNT(*) FROM venues").fetchone()[0] == 0
        assert case.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == 0
        assert not any((root / "bundles").iterdir())
        assert verify.verify(case, actor="t").intact  # the photos imported are whole
        monkeypatch.undo()
        result = import_bundle(case, signed[0], actor="bolat")  # running it again completes it
        assert result.photos["duplicate"] == 12 and result.claims_added == 4
        assert verify.verify(case, actor="t").intact


def test_letters_travel_with_their_claims(demo_case, tmp_path):
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4\n% the akimat's refusal, scanned\n")
    with Case.open(demo_case) as case:
        claims.attach_letter(case, 2, letter, "aigerim")
        result = bundle.export(case, tmp_path / "a.zip", actor="aigerim")
    with zipfile.ZipFile(result.path) as zf:
        entry = next(f for f in zips_manifest(zf)["files"] if f["kind"] == "letter")
    assert entry["claim_ids"] == [2] and entry["media_type"] == "application/pdf"
    with Case.create(tmp_path / "b", title="B", timezone=None, actor="b") as case:
        trusting(case, result.fingerprint)
        merged = import_bundle(case, result.path, actor="b")
        [claim] = [c for c in claims.all_claims(case) if c.letter_sha256]
        stored = case.path_of(claim.letter_path).read_bytes()
        assert verify.verify(case, actor="b").intact
    assert merged.letters_added == 1 and stored == letter.read_bytes()
    assert claim.letter_sha256 == hashlib.sha256(letter.read_bytes()).hexdigest()


# -- hostile archives ---------------------------------------------------------------------

SMALL = Limits(max_members=20, max_total_bytes=1000)
HOSTILE = {
    "path traversal": ([("../evil.txt", b"x")], "climbs out of the folder"),
    "absolute path": ([("/etc/cron.d/evil", b"x")], "is an absolute path"),
    "drive letter": ([("C:/Windows/evil.dll", b"x")], "is an absolute path"),
    "backslash": ([("originals\\..\\..\\evil", b"x")], "contains a backslash"),
    "symlink": ([zips.symlink_member("originals/link.jpg", "/etc/passwd")],
                "is a symbolic link"),
    "duplicate": ([("manifest.json", b"{}"), ("manifest.json", b"[]")], "occurs twice"),
    "duplicate by case": ([("Manifest.json", b"{}"), ("manifest.json", b"[]")],
                          "occurs twice"),
    "too many members": ([(f"f{n}", b"") for n in range(21)], "more than 20"),
    "too large in total": ([("a", bytes(600)), ("b", bytes(600))], "more than 1,000"),
    "zip bomb": ([zips.deflated("originals/bomb.jpg", 20 << 20)], "(a zip bomb)"),
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_archives_are_refused_with_the_reason(kind, monitor_b, tmp_path):
    root, _ = monitor_b
    members, reason = HOSTILE[kind]
    path = zips.make_zip(tmp_path / "hostile.zip", members)
    before = _entries(root)
    with Case.open(root) as case, pytest.raises(HostileArchive) as caught:
        import_bundle(case, path, actor="bolat", limits=SMALL)
    assert reason in str(caught.value) and "Nothing in it was used" in str(caught.value)
    assert _entries(root) == before and not (root / "bundles").exists()


def test_a_small_member_declaring_a_huge_size_is_refused(tmp_path):
    path = zips.make_zip(tmp_path / "h.zip", [zips.deflated("custody.jsonl", 1000)])
    zips.patch_declared_size(path, "custody.jsonl", 0xFFFFFFF0)
    with pytest.raises(HostileArchive, match="zip bomb"):
        SafeZip(path)


def test_an_encrypted_member_is_refused(tmp_path):
    path = zips.make_zip(tmp_path / "h.zip", [("manifest.json", b"{}")])
    zips.mark_encrypted(path, "manifest.json")
    with pytest.raises(HostileArchive, match="is encrypted"):
        SafeZip(path)


def test_a_member_inflating_beyond_its_header_is_never_inflated_further(tmp_path):
    path = zips.make_zip(tmp_path / "h.zip", [zips.deflated("custody.jsonl", 8 << 20)])
    zips.patch_declared_size(path, "custody.jsonl", 64 << 10)
    seen = 0
    with SafeZip(path) as archive, pytest.raises(DamagedMember):
        for chunk in archive.chunks("custody.jsonl"):
            seen += len(chunk)
    assert seen <= 64 << 10


def test_a_bundle_whose_log_inflates_beyond_its_header_is_refused(signed, monitor_b,
                                                                  tmp_path):
    root, _ = monitor_b
    path = tmp_path / "t.zip"
    path.write_bytes(signed[0].read_bytes())
    zips.patch_declared_size(path, "custody.jsonl", 1000)
    with Case.open(root) as case, pytest.raises(KnownError) as caught:
        import_bundle(case, path, actor="bolat")
    assert "custody.jsonl (log) no longer matches the archive's own checksum" in \
        str(caught.value)


def test_not_a_zip_at_all(tmp_path):
    path = tmp_path / "case.zip"
    path.write_bytes(b"PK but not really a zip")
    with pytest.raises(KnownError, match="is not a readable zip archive"):
        SafeZip(path)
