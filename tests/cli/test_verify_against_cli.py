"""`verify BUNDLE.zip --against REPORT.pdf --expect-fingerprint FP` as a lawyer runs it: the real
bundle passes, a re-signed forgery that passes plain `verify` does not."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.helpers.cli import skver
from tests.helpers.forger import forge

pytestmark = pytest.mark.slow  # every test runs `python main.py`


@pytest.fixture(scope="module")
def filed(demo_source, tmp_path_factory) -> tuple[Path, Path, str]:
    """(the report filed in court, the bundle made later, the fingerprint on the cover)."""
    folder = tmp_path_factory.mktemp("filed")
    case = Path(shutil.copytree(demo_source, folder / "case"))
    written = skver("report", "--case", str(case), "--out", str(folder / "filed.pdf"))
    assert written.returncode == 0, written.stderr
    fingerprint = re.search(r"signing key ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})",
                            written.stdout).group(1)
    assert "--against filed.pdf" in written.stdout
    exported = skver("export", "--case", str(case), "--out", str(folder / "case.zip"))
    assert exported.returncode == 0, exported.stderr
    return folder / "filed.pdf", folder / "case.zip", fingerprint


def test_the_real_bundle_holds_against_the_filed_report_and_the_fingerprint(filed):
    report, bundle, fingerprint = filed
    run = skver("verify", str(bundle), "--against", str(report), "--expect-fingerprint",
                fingerprint.replace(" ", "").upper())
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"checked against the key fingerprint given: {fingerprint}" in run.stdout
    assert "checked against the filed report filed.pdf" in run.stdout
    assert run.stdout.rstrip().endswith("Intact.")


def test_plain_verify_says_nothing_was_held_to_anything_outside(filed):
    _, bundle, _ = filed
    run = skver("verify", str(bundle))
    assert run.returncode == 0 and "Nothing here was held to anything outside" in run.stdout


def test_a_re_signed_forgery_passes_plain_verify_and_fails_both_checks(filed, tmp_path):
    report, bundle, fingerprint = filed
    forged = forge(bundle, tmp_path / "forged.zip", "removed-photo")
    assert skver("verify", str(forged)).returncode == 0        # consistent inside
    by_key = skver("verify", str(forged), "--expect-fingerprint", fingerprint)
    assert by_key.returncode == 3 and "not by the expected key" in by_key.stdout
    by_report = skver("verify", str(forged), "--against", str(report))
    assert by_report.returncode == 3
    assert "names the case's key" in by_report.stdout
    assert "the history before the report was changed" in by_report.stdout or \
        "cut or rewritten" in by_report.stdout
    assert "is not among the bundle's originals" in by_report.stdout


def test_a_mistyped_fingerprint_or_a_report_without_an_anchor_is_refused(filed, tmp_path):
    _, bundle, _ = filed
    run = skver("verify", str(bundle), "--expect-fingerprint", "abcd")
    assert run.returncode == 1 and "not a key fingerprint" in run.stderr
    (tmp_path / "other.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    run = skver("verify", str(bundle), "--against", str(tmp_path / "other.pdf"))
    assert run.returncode == 1 and "carries no Skver anchor" in run.stderr
    run = skver("verify", "--case", str(tmp_path), "--against", str(tmp_path / "other.pdf"))
    assert run.returncode == 2
