"""`case passphrase` killed (SIGKILL) in each window between its steps: the case opens with
exactly one of the two passphrases, the new one only with its custody entry, and verifies."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import MAIN, ok, skver

pytestmark = pytest.mark.slow  # child processes, scrypt

OLD, NEW = "Жетісу old words 2024", "Qyzylorda new words 2026"
ROOT = MAIN.parent


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("rekey") / "case"
    ok(skver("case", "init", str(root), "--encrypted", passphrase=OLD))
    ok(skver("venue", "add", "--case", str(root), "--slug", "abylai", "--name-en", "Abylai",
             "--lat", "43.2407", "--lon", "76.941", "--radius-m", "150", passphrase=OLD))
    return root


def killed(args: list[str], at: str, *, passphrase: str, nth: int = 1,
           **env: str) -> subprocess.CompletedProcess[str]:
    """The command line killed with SIGKILL at the moment `at` (tests/helpers/killpoint.py)."""
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith("SKVER_") or k == "SKVER_DATA_DIR"}
    environ.update(SKVER_ACTOR="aigerim", SKVER_PASSPHRASE=passphrase, SKVER_KILL_AT=at,
                   SKVER_KILL_NTH=str(nth), **env)
    return subprocess.run([sys.executable, "-m", "tests.helpers.killpoint", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=180, env=environ,
                          stdin=subprocess.DEVNULL, check=False)


def log_of(root: Path, passphrase: str) -> list[dict] | None:
    """The custody log as the passphrase opens it; None when it does not."""
    run = skver("log", "--case", str(root), "--json", passphrase=passphrase)
    if run.returncode != 0:
        assert "Wrong passphrase" in run.stderr, run.stderr
        return None
    return json.loads(run.stdout)


def assert_one_passphrase_opens(root: Path) -> str:
    """Which passphrase opens the case now; the new one only with its custody entry."""
    with_new = log_of(root, NEW)  # tried first: opening with it finishes a recorded change
    if with_new is not None:
        assert [e["action"] for e in with_new].count("passphrase-changed") == 1
        assert log_of(root, OLD) is None
        opens = NEW
    else:
        with_old = log_of(root, OLD)
        assert with_old is not None, "neither passphrase opens the case"
        assert "passphrase-changed" not in [e["action"] for e in with_old]
        opens = OLD
    check = skver("verify", "--case", str(root), passphrase=opens)
    assert check.returncode == 0, check.stdout + check.stderr
    assert not list(root.glob("keyfile.*")), list(root.iterdir())  # nothing left half-done
    return opens


@pytest.mark.parametrize(("at", "opens"), [
    ("after:keyfile.pending", OLD),   # the new keyfile written aside, nothing recorded yet
    ("before:keyfile", NEW),          # recorded, the keyfile not yet in place
    ("after:keyfile", NEW),           # in place, the process not yet done
])
def test_killed_in_each_window(made, tmp_path, at, opens):
    root = Path(shutil.copytree(made, tmp_path / "case"))
    run = killed(["case", "passphrase", "--case", str(root)], at, passphrase=OLD,
                 SKVER_NEW_PASSPHRASE=NEW)
    assert run.returncode == -9, run.stderr  # it did die there
    assert assert_one_passphrase_opens(root) == opens


def test_the_old_passphrase_meeting_a_recorded_change_finishes_it(made, tmp_path):
    root = Path(shutil.copytree(made, tmp_path / "case"))
    run = killed(["case", "passphrase", "--case", str(root)], "before:keyfile", passphrase=OLD,
                 SKVER_NEW_PASSPHRASE=NEW)
    assert run.returncode == -9
    opened = skver("photos", "--case", str(root), passphrase=OLD)
    assert opened.returncode == 0, opened.stderr  # the keyfile it knew was still in place
    assert "passphrase-changed" in [e["action"] for e in log_of(root, NEW) or []]
    assert log_of(root, OLD) is None  # and from then on the recorded change holds


def test_the_new_passphrase_does_not_open_an_unrecorded_change(made, tmp_path):
    root = Path(shutil.copytree(made, tmp_path / "case"))
    killed(["case", "passphrase", "--case", str(root)], "after:keyfile.pending",
           passphrase=OLD, SKVER_NEW_PASSPHRASE=NEW)
    assert (root / "keyfile.pending").exists()
    assert log_of(root, NEW) is None
    assert not (root / "keyfile.pending").exists()  # the unrecorded change is dropped
    assert log_of(root, OLD) is not None


def test_backup_key_then_a_ruined_keyfile_is_put_back(made, tmp_path):
    root = Path(shutil.copytree(made, tmp_path / "case"))
    copy = tmp_path / "usb" / "case.keyfile"
    run = ok(skver("case", "backup-key", "--case", str(root), "--out", str(copy)))
    assert str(copy) in run.stdout and copy.read_bytes() == (root / "keyfile").read_bytes()
    assert skver("case", "backup-key", "--case", str(root), "--out", str(copy)).returncode == 1
    (root / "keyfile").write_bytes(b"\x00" * 243)
    broken = skver("photos", "--case", str(root), passphrase=OLD)
    assert broken.returncode == 1 and "is damaged" in broken.stderr
    assert "backup-key" in broken.stderr and "Wrong passphrase" not in broken.stderr
    shutil.copyfile(copy, root / "keyfile")
    ok(skver("verify", "--case", str(root), passphrase=OLD))


def test_init_says_how_to_back_up_the_keyfile_and_the_change_says_what_it_does_not(tmp_path):
    root = tmp_path / "case"
    run = ok(skver("case", "init", str(root), "--encrypted", passphrase=OLD))
    assert f"skver case backup-key --case {root}" in run.stdout
    change = ok(skver("case", "passphrase", "--case", str(root), passphrase=OLD,
                      SKVER_NEW_PASSPHRASE=NEW))
    assert "the old one no longer opens" not in change.stdout
    assert "The old passphrase still opens any copy of the old keyfile" in change.stdout
