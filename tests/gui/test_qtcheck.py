"""A PySide6 release known to break Skver is refused at start-up with a message, not run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gui.app import qtcheck

REPO = Path(__file__).resolve().parents[2]


def test_the_faulty_release_on_python_3_11_is_named_with_the_way_out():
    message = qtcheck.problem("6.12.0", (3, 11))
    assert message is not None
    assert "PySide6 6.12.0 on Python 3.11" in message
    assert "!=6.12.0" in message and "make run" in message


def test_other_releases_and_pythons_pass():
    assert qtcheck.problem("6.11.3", (3, 11)) is None
    assert qtcheck.problem("6.12.1", (3, 11)) is None
    assert qtcheck.problem("6.12.0", (3, 12)) is None


def test_pyproject_excludes_the_faulty_release():
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"PySide6>=6.8,!=6.12.0"' in text


def test_the_app_refuses_to_start_on_the_faulty_release():
    """main.py with PySide6 claiming to be 6.12.0: exit 1 and the message, before any window."""
    assert sys.version_info[:2] == (3, 11), "Skver's CI runs Python 3.11 (Debian 12)"
    code = ("import sys, PySide6\n"
            "PySide6.__version__ = '6.12.0'\n"
            "import main\n"
            "sys.exit(main.main([]))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 1
    assert done.stderr.startswith("skver: PySide6 6.12.0 on Python 3.11")
    assert "Traceback" not in done.stderr
