"""An import killed at any instant leaves a case that opens, verifies, and completes."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from tests.helpers.cli import MAIN, skver
from tests.helpers.photos import Shot, exif_for

pytestmark = pytest.mark.slow  # kills child processes at random moments, then imports 60 photos

PHOTOS = 60


def make_sources(folder: Path) -> None:
    """Photos heavy enough (about 1 MB of noise each) that an import takes a while."""
    folder.mkdir()
    for i in range(PHOTOS):
        image = Image.effect_noise((1400, 1000), 60 + i).convert("RGB")
        exif = exif_for(Shot(taken=f"2022:08:20 18:{i % 60:02d}:00"))
        image.save(folder / f"IMG_{i:04d}.jpg", quality=92, exif=exif)


def photo_count(case: Path) -> int:
    conn = sqlite3.connect(case / "case.sqlite")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM photos").fetchone()[0]
    finally:
        conn.close()


def test_kill_9_at_random_moments_then_complete(tmp_path):
    sources, case = tmp_path / "sources", tmp_path / "case"
    make_sources(sources)
    assert skver("case", "init", str(case), "--timezone", "Asia/Almaty").returncode == 0
    rng = random.Random(462)
    counts = []
    for delay in (0.6, 1.0, 1.4, 1.8, 2.2, 2.6):
        process = subprocess.Popen(
            [sys.executable, str(MAIN), "import", "--case", str(case), str(sources)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
            env={**os.environ, "SKVER_ACTOR": "test"})
        time.sleep(delay + rng.uniform(0, 0.2))
        os.killpg(process.pid, signal.SIGKILL)  # the import and its workers, as in a crash
        process.wait()
        counts.append(photo_count(case))
        check = skver("verify", "--case", str(case))
        assert check.returncode == 0, check.stdout + check.stderr
    assert any(0 < n < PHOTOS for n in counts), f"no kill landed mid-import: {counts}"
    done = skver("import", "--case", str(case), str(sources), timeout=300)
    assert done.returncode == 0, done.stderr
    assert photo_count(case) == PHOTOS
    final = skver("verify", "--case", str(case))
    assert final.returncode == 0 and "note" not in final.stdout, final.stdout
    assert f"{PHOTOS} of {PHOTOS} intact" in final.stdout
    assert not list((case / "staging").iterdir())
    assert len(list((case / "originals").rglob("*.jpg"))) == PHOTOS
