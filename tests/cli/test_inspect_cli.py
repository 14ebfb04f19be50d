"""`python main.py inspect`, run as a user runs it: output, exit codes, messages."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import MAIN, skver
from tests.helpers.photos import Shot, write_photo
from tests.helpers.records import JSON_KEYS

pytestmark = pytest.mark.slow  # every test runs `python main.py`


def test_json_for_a_folder_with_a_bad_file(tmp_path):
    write_photo(tmp_path / "a.jpg", Shot(offset="+06:00"))
    (tmp_path / "sub").mkdir()
    write_photo(tmp_path / "sub" / "b.png", Shot(lat=None, lon=None))
    (tmp_path / "sub" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really")
    run = skver("inspect", "--json", str(tmp_path))
    assert run.returncode == 0, run.stderr
    objects = json.loads(run.stdout)
    assert [Path(o["path"]).name for o in objects] == ["a.jpg", "b.png", "broken.jpg"]
    assert all(set(o) == JSON_KEYS for o in objects)
    assert objects[0]["taken_utc"] == "2022-08-20T12:30:00Z"
    assert "no_gps" in {f["code"] for f in objects[1]["findings"]}
    assert objects[2]["error"]


def test_readable_summary(tmp_path):
    path = write_photo(tmp_path / "a.jpg", Shot(software="Adobe Photoshop 25.0"))
    run = skver("inspect", str(path))
    assert run.returncode == 0
    assert "2022-08-20T12:30:00Z (UTC+06:00, offset of Asia/Almaty" in run.stdout
    assert "edited_by_software" in run.stdout and "43.238000, 76.945000" in run.stdout


def test_case_timezone_option(tmp_path):
    path = write_photo(tmp_path / "a.jpg", Shot(lat=None, lon=None))
    obj = json.loads(skver("inspect", "--json", "--timezone", "Asia/Almaty", str(path)).stdout)[0]
    assert (obj["offset_source"], obj["taken_offset"]) == ("case-default", "+06:00")


def test_usage_errors_exit_2_with_a_message(tmp_path):
    missing = skver("inspect", str(tmp_path / "nope.jpg"))
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
    unknown = skver("inspect", "--frobnicate", str(tmp_path))
    assert unknown.returncode == 2 and "unrecognized arguments" in unknown.stderr


def test_bad_timezone_is_a_clear_error_not_a_traceback(tmp_path):
    run = skver("inspect", "--timezone", "Asia/Nowhere", str(tmp_path))
    assert run.returncode == 1
    assert "Asia/Nowhere" in run.stderr and "Traceback" not in run.stderr


def test_empty_folder_gives_an_empty_array(tmp_path):
    run = skver("inspect", "--json", str(tmp_path))
    assert run.returncode == 0 and json.loads(run.stdout) == []


def test_corrupt_exif_is_a_finding_not_terminal_noise(tmp_path, corpus):
    # Pillow warns on stderr about an IFD pointing past the end; that belongs in the finding.
    data = bytearray((corpus / "jpg" / "Canon_40D.jpg").read_bytes())
    app1 = data.find(b"Exif\x00\x00")
    (segment_length,) = struct.unpack(">H", data[app1 - 2:app1])
    data[app1 + 10:app1 + 14] = struct.pack("<I", segment_length + 5000)  # IFD0 offset
    (tmp_path / "a.jpg").write_bytes(bytes(data))
    run = skver("inspect", "--json", str(tmp_path / "a.jpg"))
    assert run.returncode == 0 and run.stderr == ""
    finding = json.loads(run.stdout)[0]["findings"][0]
    assert finding["code"] == "metadata_unreadable" and "Corrupt EXIF" in finding["message"]


def test_the_core_runs_without_qt(tmp_path):
    # The command line and evidence/ must work on a machine with no Qt at all.
    path = write_photo(tmp_path / "a.jpg")
    code = (
        "import sys\n"
        "class NoQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not installed here')\n"
        "sys.meta_path.insert(0, NoQt())\n"
        f"sys.path.insert(0, {str(MAIN.parent)!r})\n"
        "import cli\n"
        f"sys.exit(cli.main(['inspect', '--json', {str(path)!r}]))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)[0]["taken_local"] == "2022-08-20T18:30:00"
