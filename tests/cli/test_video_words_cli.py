"""`inspect` says a video's start as what recorded it, never 'by the camera clock': its
container's creation time, or Apple's creationdate with the phone's offset; a video's findings
name a video (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.cli import skver

pytestmark = pytest.mark.slow  # runs `python main.py`

VIDEOS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "video"


def test_inspect_says_what_dated_each_video(tmp_path):
    run = skver("inspect", str(VIDEOS / "with-gps.mov"), str(VIDEOS / "sample_mpeg4.mp4"))
    assert run.returncode == 0, run.stderr
    iphone, android = run.stdout.split("\n\n")
    assert "  started    2019-07-24 11:25:40 by the phone's clock (Apple's creationdate)" \
        in iphone.splitlines()
    assert "  started    2005-10-28 17:46:46 as the container's creation time records it" \
        in android.splitlines()
    assert "camera clock" not in run.stdout and "taken  " not in run.stdout
    assert "no_gps: The video records no position" in android
    assert "photo" not in run.stdout.lower()


def test_photos_says_what_dated_a_case_s_video(tmp_path):
    from evidence.importer import import_paths
    from evidence.store import Case

    root = tmp_path / "case"
    with Case.create(root, title="V", timezone="Asia/Almaty", actor="t") as case:
        assert [r.outcome for r in import_paths(case, [str(VIDEOS / "with-gps.mov")],
                                                actor="t")] == ["imported"]
    run = skver("photos", "--case", str(root))
    assert run.returncode == 0, run.stderr
    said = "the phone's clock, with the offset Apple's creation date records"
    assert run.stdout.rstrip().endswith(f"with-gps.mov  [-]  ({said})")
    listed = skver("photos", "--case", str(root), "--json")
    assert json.loads(listed.stdout)[0]["time_basis"] == said
