"""Every single page of a real case's database damaged in turn, as a failing disk would: each
command says the case database is damaged and what to do, or does its work; never "Skver hit
a bug" and a traceback (23 of 33 such pages once did)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cli.common import EXIT_BUG
from evidence.store import DB_FILE
from tests.helpers.cli import skver_here
from tests.helpers.damage import garbage
from tests.helpers.photos import Shot, write_photo

pytestmark = pytest.mark.slow  # the demo case's every page, through seven commands each

DAMAGED = "is damaged"
RESTORE = "Restore the case folder from a backup"


@pytest.fixture(scope="module")
def pristine(demo_source, tmp_path_factory) -> tuple[Path, int, int]:
    """A copy of the demo case with every page in its main file; its page size and count."""
    root = Path(shutil.copytree(demo_source, tmp_path_factory.mktemp("pages") / "case"))
    conn = sqlite3.connect(root / DB_FILE)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size, count = (int(conn.execute(f"PRAGMA {p}").fetchone()[0])
                   for p in ("page_size", "page_count"))
    conn.close()
    return root, size, count


def test_each_damaged_page_is_named_never_a_traceback(pristine, tmp_path, capsys):
    source, page_size, pages = pristine
    assert pages >= 30
    photo = write_photo(tmp_path / "in" / "new.jpg", Shot(taken="2022:08:20 19:00:00"))
    named = 0
    for page in range(1, pages + 1):
        root = Path(shutil.copytree(source, tmp_path / f"page-{page}"))
        with open(root / DB_FILE, "r+b") as db:
            db.seek((page - 1) * page_size)
            db.write(garbage(page_size))
        for command in (["verify", "--case", str(root)], ["photos", "--case", str(root)],
                        ["log", "--case", str(root)], ["analyze", "--case", str(root)],
                        ["import", "--case", str(root), str(photo)],
                        ["report", "--case", str(root), "--out", str(tmp_path / "r.pdf")],
                        ["map", "--case", str(root), "--out", str(tmp_path / "m.html")]):
            code, out, err = skver_here(capsys, *command)
            said = out + err
            assert code != EXIT_BUG and "Traceback" not in said, (page, command[0], said)
            if DAMAGED in said:
                assert RESTORE in said, (page, command[0], said)
                named += 1
        shutil.rmtree(root)
    assert named >= pages  # each damaged page is named by one command at least (verify's)
