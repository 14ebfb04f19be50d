"""A full disk on the command line: each command that writes says which disk is full and what
to do, exits 4, prints no traceback, and leaves the case as it was (on a real tmpfs, as root)."""

from __future__ import annotations

import shutil

import pytest

from cli.common import EXIT_DISK_FULL, EXIT_OK
from tests.helpers.cli import skver
from tests.helpers.files import folder_bytes
from tests.helpers.smalldisk import fill, noisy_jpeg, small_disk

pytestmark = pytest.mark.slow  # every test runs `python main.py`


def _said_full(run, disk) -> None:
    assert run.returncode == EXIT_DISK_FULL, (run.returncode, run.stderr)
    assert "Traceback" not in run.stdout + run.stderr and "hit a bug" not in run.stderr
    assert f"The disk holding {disk}" in run.stderr and "is full" in run.stderr
    assert "run it again" in run.stderr


@pytest.mark.parametrize(("command", "out"), [("report", "r.pdf"), ("map", "m.html"),
                                              ("export", "e.zip")])
def test_writing_onto_a_full_disk(demo_source, tmp_path, command, out):
    case = shutil.copytree(demo_source, tmp_path / "case")
    before = folder_bytes(case)
    with small_disk(tmp_path / "disk", megabytes=2) as disk:
        fill(disk, leave_bytes=8_000)
        run = skver(command, "--case", str(case), "--out", str(disk / out))
        _said_full(run, disk)
        assert not (disk / out).exists()
    assert folder_bytes(case) == before


def test_a_case_on_a_full_disk_verifies_and_refuses_an_import(demo_source, tmp_path):
    with small_disk(tmp_path / "disk", megabytes=8) as disk:
        case = shutil.copytree(demo_source, disk / "case")
        photos = [noisy_jpeg(tmp_path / "in" / f"{n}.jpg", n) for n in range(3)]
        spacer = fill(disk, leave_bytes=40_000)  # room to open the database, none to add
        run = skver("verify", "--case", str(case))
        assert run.returncode == EXIT_OK, run.stderr
        assert "Intact." in run.stdout
        assert "could not be recorded in the custody log" in run.stdout
        run = skver("import", "--case", str(case), *map(str, photos))
        _said_full(run, case)
        assert "could not be read" not in run.stdout + run.stderr
        spacer.unlink()
        fill(disk, leave_bytes=0)  # not even room for SQLite's shared memory
        run = skver("verify", "--case", str(case))
        _said_full(run, case)
