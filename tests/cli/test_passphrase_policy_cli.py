"""The command line holds a new passphrase to the app's policy (evidence.passphrase_policy): a
one-character one is refused by `case init --encrypted`, `case passphrase` and `export
--encrypt` with nothing done; a weak one is taken with a warning on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.common import EXIT_KNOWN_ERROR
from tests.helpers.cli import ok, skver

pytestmark = pytest.mark.slow  # `python main.py` (and scrypt)

GOOD = "correct horse battery staple"


def test_case_init_refuses_a_one_character_passphrase_and_makes_nothing(tmp_path: Path):
    root = tmp_path / "case"
    run = skver("case", "init", str(root), "--encrypted", passphrase="x")
    assert run.returncode == EXIT_KNOWN_ERROR
    assert "at least 10 characters (it has 1)" in run.stderr
    assert not root.exists()


def test_case_init_takes_a_weak_passphrase_with_a_warning(tmp_path: Path):
    root = tmp_path / "case"
    run = ok(skver("case", "init", str(root), "--encrypted", passphrase="Password2024!"))
    assert "Warning: this passphrase is weak: it is a common password" in run.stderr
    assert "Created encrypted case" in run.stdout
    quiet = ok(skver("case", "init", str(tmp_path / "other"), "--encrypted", passphrase=GOOD))
    assert "weak" not in quiet.stderr


def test_a_passphrase_change_and_a_sealed_bundle_refuse_a_short_one(tmp_path: Path):
    root = tmp_path / "case"
    ok(skver("case", "init", str(root), "--encrypted", passphrase=GOOD))
    change = skver("case", "passphrase", "--case", str(root), passphrase=GOOD,
                   SKVER_NEW_PASSPHRASE="abc")
    assert change.returncode == EXIT_KNOWN_ERROR and "at least 10 characters" in change.stderr
    ok(skver("photos", "--case", str(root), passphrase=GOOD))      # the old one still opens it
    out = tmp_path / "sealed.bin"
    seal = skver("export", "--case", str(root), "--out", str(out), "--no-reports", "--encrypt",
                 passphrase=GOOD, SKVER_BUNDLE_PASSPHRASE="courier")
    assert seal.returncode == EXIT_KNOWN_ERROR and "at least 10 characters" in seal.stderr
    assert not out.exists()
    weak = ok(skver("export", "--case", str(root), "--out", str(out), "--no-reports",
                    "--encrypt", passphrase=GOOD, SKVER_BUNDLE_PASSPHRASE="1234567890"))
    assert "follows the alphabet, the digits or the keyboard" in weak.stderr
