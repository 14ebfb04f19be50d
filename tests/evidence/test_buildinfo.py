"""Which Skver this is: the build's record, else what git says, else unknown."""

from __future__ import annotations

import json
import subprocess
from importlib import resources
from pathlib import Path

import pytest

from evidence import buildinfo, timing


@pytest.fixture
def record(monkeypatch, tmp_path) -> Path:
    """A stand-in resources folder whose build-info.json the test writes."""
    folder = tmp_path / "resources"
    folder.mkdir()
    monkeypatch.setattr(resources, "files", lambda _name: folder)
    return folder / buildinfo.BUILD_INFO


def test_a_builds_record_wins(record):
    record.write_text(json.dumps({"version": "9.8.7", "commit": "abcdef123456",
                                  "built_utc": "2026-01-02T03:04:05Z"}), encoding="utf-8")
    lines = buildinfo.describe(qt_version="6.9.9", pyside_version="6.9.8")
    assert lines[0] == "Skver 9.8.7 (commit abcdef123456, built 2026-01-02T03:04:05Z)"
    assert lines[2] == "PySide6 6.9.8, Qt 6.9.9"
    assert lines[3] == f"tz database {timing.TZDATA_VERSION} (tzdata package)"
    assert lines[1].startswith("Python 3.")


def test_without_a_record_a_checkout_asks_git(record, monkeypatch):
    monkeypatch.setattr(buildinfo, "git_commit", lambda _root: "0123456789ab")
    assert buildinfo.commit() == "0123456789ab"
    assert buildinfo.describe()[0].endswith("(commit 0123456789ab)")


def test_neither_a_record_nor_git_is_no_crash(record, tmp_path, monkeypatch):
    record.write_text("not json", encoding="utf-8")
    assert buildinfo.git_commit(tmp_path) is None  # no .git here
    monkeypatch.setattr(buildinfo, "ROOT", tmp_path)
    assert buildinfo.commit() is None
    assert "(commit unknown)" in buildinfo.describe()[0]
    assert buildinfo.describe()[2].endswith("Qt unknown")


def test_git_missing_from_the_machine_is_no_crash(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()

    def no_git(*_args, **_kwargs):
        raise FileNotFoundError("git")

    monkeypatch.setattr(subprocess, "run", no_git)
    assert buildinfo.git_commit(tmp_path) is None


def test_a_checkout_with_changes_says_so(tmp_path):
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(tmp_path), *args], check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / "a.txt").write_text("one\n", encoding="utf-8")
    git("add", "a.txt")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one")
    head = buildinfo.git_commit(tmp_path)
    assert head is not None and len(head) == 12 and "+" not in head
    (tmp_path / "a.txt").write_text("two\n", encoding="utf-8")
    assert buildinfo.git_commit(tmp_path) == f"{head}+modified"
    info = buildinfo.make_build_info(tmp_path, "1.2.3")
    assert info["version"] == "1.2.3" and info["commit"] == f"{head}+modified"
