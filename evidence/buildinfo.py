"""Which Skver this is: its version, the commit it was built from, and what it runs on.

A build (the wheel's build_py step, the PyInstaller spec) writes resources/build-info.json with
the version and commit; run from a git checkout instead, the commit is asked of git. Neither
there, the commit is simply unknown. Standard library only at import: setup.py uses it too.
"""

from __future__ import annotations

import json
import platform
import subprocess
from datetime import UTC, datetime
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_INFO = "build-info.json"
UNKNOWN = "unknown"
# The libraries whose versions decide what a report says: the PDF writer and the photo readers.
LIBRARIES = ("fpdf2", "exifread", "Pillow")


def version() -> str:
    """Skver's version: the build's record, else the installed package's metadata."""
    recorded = read_build_info().get("version")
    if recorded:
        return str(recorded)
    try:
        return metadata.version("skver")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return UNKNOWN


def commit() -> str | None:
    """The commit built from ("abc123def456", "+modified" when the tree had changes), or None."""
    recorded = read_build_info().get("commit")
    return str(recorded) if recorded else git_commit(ROOT)


def read_build_info() -> dict:
    try:
        data = json.loads(resources.files("resources").joinpath(BUILD_INFO).read_text("utf-8"))
    except (OSError, ValueError, ModuleNotFoundError):
        return {}
    return data if isinstance(data, dict) else {}


def make_build_info(root: Path, version_text: str) -> dict:
    """What a build records: the version, the commit (when `root` is a git checkout), the date."""
    return {"version": version_text, "commit": git_commit(root),
            "built_utc": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}


def git_commit(root: Path) -> str | None:
    if not (root / ".git").exists():
        return None
    try:
        head = _git(root, "rev-parse", "--short=12", "HEAD")
        changed = _git(root, "status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):  # no git, or not a repository after all
        return None
    return f"{head}+modified" if changed else head


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                          timeout=5, check=True)
    return done.stdout.strip()


def describe(qt_version: str | None = None, pyside_version: str | None = None) -> list[str]:
    """The lines `skver --version` prints and the About box shows (Qt's from the caller)."""
    from evidence import timing  # imports tzdata: only when asked

    built = read_build_info().get("built_utc")
    pyside = pyside_version or _distribution_version("PySide6")
    source = f"commit {commit() or UNKNOWN}" + (f", built {built}" if built else "")
    return [f"Skver {version()} ({source})",
            f"Python {platform.python_version()} ({platform.python_implementation()}, "
            f"{platform.system() or UNKNOWN} {platform.machine()})",
            f"PySide6 {pyside}, Qt {qt_version or UNKNOWN}",
            f"tz database {timing.TZDATA_VERSION} (tzdata package)",
            ", ".join(f"{name} {_distribution_version(name)}" for name in LIBRARIES)]


def _distribution_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return UNKNOWN
