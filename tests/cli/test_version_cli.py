"""`skver --version`: the version, the build, Python, PySide6 and Qt, and the tz database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import qVersion

from cli import main as cli_main
from evidence import buildinfo, timing

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_main_prints_every_version_and_exits_zero():
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"Skver {buildinfo.version()} (commit ")
    assert f"PySide6 {PySide6.__version__}, Qt {qVersion()}" in lines
    assert f"tz database {timing.TZDATA_VERSION} (tzdata package)" in lines


def test_the_command_line_alone_answers_without_qt(capsys):
    with pytest.raises(SystemExit) as stop:
        cli_main(["--version"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Skver ") and "tz database" in out
