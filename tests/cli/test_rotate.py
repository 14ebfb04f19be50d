"""`case passphrase --rotate`: a new data key, every file and the database encrypted again, so
an old keyfile put back no longer opens the case; killed (SIGKILL) at any moment, the case opens
with one of the two passphrases, the new one only with its custody entry, and verifies."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_passphrase_crash import NEW, OLD, killed, log_of
from tests.helpers.cli import ok, skver
from tests.helpers.files import folder_bytes
from tests.helpers.photos import Shot, write_photo

pytestmark = pytest.mark.slow  # child processes, scrypt

ROTATED = "data-key-rotated"


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("rotate")
    root = folder / "case"
    ok(skver("case", "init", str(root), "--encrypted", passphrase=OLD))
    photos = [write_photo(folder / "in" / f"IMG_{i}.jpg",
                          Shot(taken=f"2024:05:10 11:0{i}:00", lat=43.2407, lon=76.941))
              for i in range(3)]
    ok(skver("import", "--case", str(root), *map(str, photos), passphrase=OLD))
    ok(skver("venue", "add", "--case", str(root), "--slug", "abylai", "--name-en", "Abylai",
             "--lat", "43.2407", "--lon", "76.941", "--radius-m", "150", passphrase=OLD))
    ok(skver("claim", "add", "--case", str(root), "--document-number", "ZT-7",
             "--document-date", "2024-05-01", "--venue", "abylai", "--window-start",
             "2024-05-10 09:00", "--window-end", "2024-05-10 18:00", "--excuse", "Fountain",
             "--category", "repair_works", "--zone", "Asia/Almaty", "--letter", str(photos[0]),
             passphrase=OLD))
    ok(skver("export", "--case", str(root), "--out", str(folder / "before.zip"), passphrase=OLD))
    return root


def listing(root: Path, passphrase: str) -> list[dict]:
    """`photos --json` less where each file lies on disk (its name is keyed by the data key)."""
    found = json.loads(ok(skver("photos", "--case", str(root), "--json",
                                passphrase=passphrase)).stdout)
    return [{k: v for k, v in photo.items() if k != "path"} for photo in found]


def rotate(root: Path) -> None:
    ok(skver("case", "passphrase", "--rotate", "--case", str(root), passphrase=OLD,
             SKVER_NEW_PASSPHRASE=NEW))


def opens_with(root: Path) -> str:
    """The one passphrase that opens the case; the case verifies with it; the new one opens it
    only with the rotation's custody entry, and nothing of a rotation is left half-done."""
    with_new = log_of(root, NEW)
    if with_new is not None:
        assert [e["action"] for e in with_new].count(ROTATED) == 1
        assert log_of(root, OLD) is None
        opens = NEW
    else:
        with_old = log_of(root, OLD)
        assert with_old is not None, "neither passphrase opens the case"
        assert ROTATED not in [e["action"] for e in with_old]
        opens = OLD
    check = skver("verify", "--case", str(root), passphrase=opens)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "not part of the case" not in check.stdout  # no file of the other key left behind
    assert not (root / ".rotating").exists() and not (root / ".rotated").exists()
    return opens


def test_rotation_reencrypts_everything_and_an_old_keyfile_no_longer_opens(made, tmp_path):
    root = Path(shutil.copytree(made, tmp_path / "case"))
    old_keyfile = (root / "keyfile").read_bytes()
    before = folder_bytes(root)
    photos = listing(root, OLD)
    rotate(root)
    after = folder_bytes(root)
    # Not one file of the old key is left, and each file is new bytes.
    assert not set(before) & set(after) - {"keyfile", "custody-head", "signing-key.pem",
                                           "case.sqlite", ".lock"}
    for name in ("custody-head", "signing-key.pem", "case.sqlite", "keyfile"):
        assert before[name] != after[name], name
    assert opens_with(root) == NEW
    assert listing(root, NEW) == photos
    ok(skver("venue", "add", "--case", str(root), "--slug", "later", "--name-en", "Later",
             "--lat", "43.25", "--lon", "76.95", "--radius-m", "50", passphrase=NEW))
    # The old keyfile put back: the old passphrase unwraps it, but its key opens nothing.
    (root / "keyfile").write_bytes(old_keyfile)
    refused = skver("venue", "list", "--case", str(root), passphrase=OLD)
    assert refused.returncode == 1 and "Later" not in refused.stdout
    assert "cannot be decrypted" in refused.stderr, refused.stderr


def test_a_bundle_exported_before_the_rotation_still_verifies(made, tmp_path):
    root = Path(shutil.copytree(made, tmp_path / "case"))
    rotate(root)
    check = ok(skver("verify", str(made.parent / "before.zip"), passphrase=None))
    assert check.stdout.rstrip().endswith("Intact.")


@pytest.mark.parametrize(("at", "nth", "opens"), [
    ("after:*", 1, OLD),           # the first file encrypted again
    ("after:*", 6, OLD),           # half of them
    ("after:keyfile", 1, OLD),     # the new keyfile written aside, the database not yet
    ("before:.rotated", 1, OLD),   # everything ready, not committed
    ("after:.rotated", 1, NEW),    # committed, nothing moved into place
    ("after:case.sqlite", 1, NEW),  # the database moved, the keyfile not yet
    ("after:keyfile", 2, NEW),     # the keyfile in place, the old files not yet deleted
])
def test_killed_at_any_moment(made, tmp_path, at, nth, opens):
    root = Path(shutil.copytree(made, tmp_path / "case"))
    run = killed(["case", "passphrase", "--rotate", "--case", str(root)], at, nth=nth,
                 passphrase=OLD, SKVER_NEW_PASSPHRASE=NEW)
    assert run.returncode == -9, run.stdout + run.stderr  # it did die there
    assert opens_with(root) == opens


def test_the_old_passphrase_meeting_a_committed_rotation(made, tmp_path):
    root = Path(shutil.copytree(made, tmp_path / "case"))
    killed(["case", "passphrase", "--rotate", "--case", str(root)], "after:.rotated",
           passphrase=OLD, SKVER_NEW_PASSPHRASE=NEW)
    refused = skver("photos", "--case", str(root), passphrase=OLD)
    assert refused.returncode == 1 and "Wrong passphrase" in refused.stderr
    assert opens_with(root) == NEW
