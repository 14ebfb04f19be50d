"""A run killed with kill -9 cannot remove its temporary files; the next one does. An export
killed mid-write leaves its .part beside the bundle until the next write into that folder; a
merge killed mid-import leaves its unpacked (encrypted) photos in the temporary folder until
the next start of the command line. Real processes, really killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from tests.helpers.cli import MAIN, ok, skver

pytestmark = pytest.mark.slow  # builds a case of large photos and kills real processes

PHOTOS = 8


def noise_photo(path: Path, seed: int) -> Path:
    """A large photo (noise does not compress: about 5 MB) with a time and a place."""
    from tests.helpers.photos import Shot, write_photo

    image = Image.frombytes("RGB", (2400, 1600), os.urandom(2400 * 1600 * 3))
    return write_photo(path, Shot(taken=f"2024:05:10 11:{seed:02d}:00", lat=43.2407,
                                  lon=76.941), image=image, quality=95)


@pytest.fixture(scope="module")
def large_case(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("large")
    for n in range(PHOTOS):
        noise_photo(folder / "in" / f"IMG_{n:04d}.jpg", n)
    root = folder / "case"
    ok(skver("case", "init", str(root), "--timezone", "Asia/Almaty"))
    ok(skver("import", "--case", str(root), str(folder / "in")))
    return root


def start(*args: str, **env: str) -> subprocess.Popen[bytes]:
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith("SKVER_") or k == "SKVER_DATA_DIR"}
    environ.update(SKVER_ACTOR="test", **env)
    return subprocess.Popen([sys.executable, str(MAIN), *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, env=environ)


def kill_when(process: subprocess.Popen[bytes], seen, timeout: float = 60) -> list[Path]:
    """Kills the process (and its workers) with SIGKILL as soon as `seen()` finds something;
    what it found."""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and process.poll() is None:
            found = seen()
            if found:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                return found
            time.sleep(0.002)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    pytest.fail("the run ended before anything temporary was seen")


def parts(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".skver-")
            and p.name.endswith(".part")]


def test_a_killed_export_s_part_is_swept_by_the_next_write_there(large_case, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    export = start("export", "--case", str(large_case), "--out", str(out / "case.zip"),
                   "--no-reports")
    left = kill_when(export, lambda: [p for p in parts(out) if p.stat().st_size > 1 << 20])
    assert left and all(p.exists() for p in left), "the kill left no part behind"
    assert not (out / "case.zip").exists()
    ok(skver("export", "--case", str(large_case), "--out", str(out / "case.zip"),
             "--no-reports"))
    assert sorted(p.name for p in out.iterdir()) == ["case.zip"]


def test_a_killed_merge_s_unpacked_photos_are_swept_at_the_next_start(large_case, tmp_path):
    bundle = tmp_path / "case.zip"
    ok(skver("export", "--case", str(large_case), "--out", str(bundle), "--no-reports"))
    plain = Path(large_case).parent / "in" / "IMG_0003.jpg"
    marker = plain.read_bytes()[200_000:200_064]
    other = tmp_path / "other"
    ok(skver("case", "init", str(other)))
    private = tmp_path / "tmpdir"
    private.mkdir()

    def unpacked() -> list[Path]:
        return [p for folder in parts(private) if folder.is_dir()
                for p in folder.rglob("*") if p.is_file() and p.stat().st_size > 1 << 20]

    merge = start("import-bundle", "--case", str(other), str(bundle), "--accept-unverified",
                  TMPDIR=str(private))
    left = kill_when(merge, unpacked)
    assert left
    assert all(marker not in p.read_bytes() for p in left), "a photo was unpacked in plaintext"
    ok(skver("verify", "--case", str(other), TMPDIR=str(private)))  # any command's start
    assert list(private.iterdir()) == []
