"""Manifests crafted to list files where no export puts them: verify names each, import-bundle
refuses it before anything is unpacked or written, and genuine bundles still pass."""

from __future__ import annotations

import copy
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from bundles import writer
from bundles.merge import import_bundle
from bundles.verify import verify_bundle
from evidence import signing, verify
from evidence.errors import KnownError
from evidence.store import Case
from tests.helpers.cli import skver
from tests.helpers.files import folder_bytes
from tests.helpers.forgery import Manifest, file_entry, forge, manifest_of

SHA_A, SHA_B = "a" * 64, "b" * 64


def listed(path: str, kind: str, like: str = "report") -> Callable[[Manifest], None]:
    """An edit that lists one more file, a copy of the first `like` file with another path and
    kind (the zip is not given it: the manifest alone must be refused)."""
    def edit(manifest: Manifest) -> None:
        entry = copy.deepcopy(file_entry(manifest, like))
        manifest["files"].append({**entry, "path": path, "kind": kind})
    return edit


def changed(which: str, **values: object) -> Callable[[Manifest], None]:
    """An edit that changes the first file of kind `which`."""
    def edit(manifest: Manifest) -> None:
        file_entry(manifest, which).update(values)
    return edit


def kept_manifest_of_another(manifest: Manifest) -> None:
    listed(f"bundles/{SHA_A}/manifest.json", "imported-bundle")(manifest)
    manifest["files"][-1]["sha256"] = SHA_B


def photo_outside_originals(manifest: Manifest) -> None:
    photo = file_entry(manifest, "photo")
    photo["path"] = f"photos/{photo['sha256']}.jpg"


def one_name_in_two_unicode_forms(manifest: Manifest) -> None:
    for form in ("NFC", "NFD"):
        listed(unicodedata.normalize(form, "reports/café.txt"), "report")(manifest)

CRAFTED: dict[str, tuple[Callable[[Manifest], None], str]] = {
    "the custody log listed as a kept bundle's file": (
        changed("log", kind="imported-bundle"),
        "'custody.jsonl' (kind imported-bundle), but that name is the bundle's own custody log"),
    "the manifest listed as a kept bundle's file": (
        listed("manifest.json", "imported-bundle"),
        "'manifest.json' (kind imported-bundle), but that name is the bundle's own manifest"),
    "SHA256SUMS listed as a report": (
        listed("SHA256SUMS", "report"), "'SHA256SUMS' (kind report), but that name is the "
        "bundle's own checksum list"),
    "the signature listed as a photo": (
        listed("manifest.json.sig", "photo", like="photo"), "'manifest.json.sig' (kind photo)"),
    "a kind no bundle has": (
        changed("report", kind="video"), "as a file of kind 'video', which Skver bundles do "
        "not have"),
    "a photo under another hash's name": (
        changed("photo", path=f"originals/{SHA_A}.jpg"),
        "(kind photo), but a photo is kept as originals/<its SHA-256><extension>"),
    "a photo outside originals/": (
        photo_outside_originals, "(kind photo), but a photo is kept as originals/"),
    "a letter outside originals/": (
        listed("letters/refusal.pdf", "letter"), "(kind letter), but a letter is kept as "
        "originals/"),
    "the custody log under another name": (
        changed("log", path="logs/custody.jsonl"),
        "'logs/custody.jsonl' (kind log), but the custody log is custody.jsonl"),
    "a report outside reports/": (
        changed("report", path="notes.txt"), "'notes.txt' (kind report), but reports are kept "
        "under reports/"),
    "a kept bundle's file outside bundles/": (
        listed("reports/run.sh", "imported-bundle"),
        "'reports/run.sh' (kind imported-bundle), but what is kept of another monitor's bundle"),
    "a kept bundle's file of another name": (
        listed(f"bundles/{SHA_A}/run.sh", "imported-bundle"), "(kind imported-bundle), but "
        "what is kept of another monitor's bundle is its manifest.json, custody.jsonl"),
    "a kept manifest that is not its folder's": (
        kept_manifest_of_another, "it is another manifest"),
    "an absolute path": (
        listed("/etc/cron.d/skver", "report"), "'/etc/cron.d/skver', whose path is an "
        "absolute path"),
    "a path that climbs out with ..": (
        listed("reports/../../evil.txt", "report"), "whose path climbs out of the folder"),
    "a backslash": (
        listed("reports\\..\\evil.txt", "report"), "whose path contains a backslash"),
    "an empty segment": (
        listed("reports//evil.txt", "report"), "whose path has an empty or '.' path component"),
    "a ./ segment": (
        changed("log", path="./custody.jsonl"), "whose path has an empty or '.' path component"),
    "a control character": (
        listed("reports/evil\n.txt", "report"), "'reports/evil\\n.txt', whose path contains "
        "control characters"),
    "a bidi override": (
        listed("reports/evil\u202etxt.exe", "report"),
        "'reports/evil\\u202etxt.exe', whose path has characters that are not printable"),
    "a folder": (listed("reports/", "report"), "which names a folder, not a file"),
    "the same path twice": (
        listed("reports/notes.txt", "report"), "'reports/notes.txt' twice"),
    "the same path in another letter case": (
        listed("reports/NOTES.txt", "report"), "'reports/NOTES.txt' twice (perhaps in another "
        "letter case or Unicode form)"),
    "the same path in another Unicode form": (one_name_in_two_unicode_forms, "twice"),
}


@pytest.fixture(params=sorted(CRAFTED))
def crafted(request, unsigned, tmp_path) -> tuple[Path, str]:
    """A forged bundle and what verify must say about it."""
    edit, expected = CRAFTED[request.param]
    return forge(unsigned, tmp_path / "forged.zip", edit), expected


def test_the_unsigned_bundle_itself_verifies(unsigned):
    assert verify_bundle(unsigned).problems == []


def test_verify_names_the_crafted_file(crafted):
    path, expected = crafted
    [problem] = verify_bundle(path).problems  # named before anything else is read
    assert problem.startswith("manifest.json lists ") and expected in problem
    assert problem.endswith(": it was damaged or forged.")


def test_import_bundle_refuses_it_and_leaves_the_case_as_it_was(crafted, new_case, tmp_path,
                                                                 monkeypatch):
    path, expected = crafted
    temp = tmp_path / "system-temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    before = folder_bytes(new_case)
    with Case.open(new_case) as case, pytest.raises(KnownError) as caught:
        import_bundle(case, path, actor="bolat")
    assert "is not intact, so nothing was imported" in str(caught.value)
    assert expected in str(caught.value)
    assert folder_bytes(new_case) == before  # the custody log and its anchor included
    assert not (new_case / "bundles").exists() and list(temp.iterdir()) == []


@pytest.mark.slow  # runs `python main.py`
def test_the_custody_log_as_a_kept_file_is_refused_on_the_command_line(unsigned, new_case,
                                                                        tmp_path):
    """Once a FileExistsError half-way through the merge, leaving a temporary file behind."""
    path = forge(unsigned, tmp_path / "forged.zip", changed("log", kind="imported-bundle"))
    temp = tmp_path / "system-temp"
    temp.mkdir()
    before = folder_bytes(new_case)
    run = skver("import-bundle", "--case", str(new_case), str(path), TMPDIR=str(temp))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "'custody.jsonl' (kind imported-bundle)" in run.stderr
    assert folder_bytes(new_case) == before and list(temp.iterdir()) == []


def test_a_bundle_carrying_bundles_merged_twice_still_verifies_and_merges(demo_source,
                                                                          tmp_path):
    """Every path a genuine export writes fits: signed bundles kept, and kept again nested."""
    first = _export(Path(shutil.copytree(demo_source, tmp_path / "a")), tmp_path / "a.zip")
    second = _export(_merged_into_new(tmp_path / "b", first), tmp_path / "b.zip")
    third = _export(_merged_into_new(tmp_path / "c", second), tmp_path / "c.zip",
                    sign=False)
    paths = {f["path"]: f["kind"] for f in manifest_of(third.path)["files"]}
    nested = f"bundles/{second.manifest_sha256}/bundles/{first.manifest_sha256}"
    assert {f"{nested}/{name}" for name in ("manifest.json", "custody.jsonl",
                                            "manifest.json.sig", "signing-key.pub")} <= set(paths)
    assert verify_bundle(third.path).problems == []
    with Case.open(_merged_into_new(tmp_path / "d", third)) as case:
        assert verify.verify(case, actor="lawyer").intact


def _export(root: Path, out: Path, *, sign: bool = True) -> writer.ExportResult:
    with Case.open(root) as case:
        return writer.export(case, out, actor="t", sign=sign)


def _merged_into_new(root: Path, bundle: writer.ExportResult) -> Path:
    """A new case with the bundle merged: its signer trusted, or an unsigned one accepted."""
    with Case.create(root, title=root.name, timezone=None, actor="t") as case:
        if bundle.fingerprint:
            signing.trust(case, bundle.fingerprint, note="given in person", actor="t")
        import_bundle(case, bundle.path, actor="t", accept_unverified=not bundle.fingerprint)
    return root


@pytest.mark.parametrize("skew", [-416842538411097792, 1e300, float("inf"), "12"])
def test_a_camera_clock_no_camera_has_is_a_damaged_record_not_a_crash(unsigned, tmp_path, skew):
    # Was OverflowError in the analysis' date arithmetic (fuzz/crashes/bundle/ef76fad9…): a
    # manifest whose photo's stored inspection said its clock was wrong by 13 billion years.
    def edit(manifest: Manifest) -> None:
        file_entry(manifest, "photo")["inspection"]["clock_skew_s"] = skew
    report = verify_bundle(forge(unsigned, tmp_path / "forged.zip", edit))
    assert not report.intact
    assert any("cannot be read back to judge its refusals again" in p and "clock_skew_s" in p
               for p in report.problems), report.problems
