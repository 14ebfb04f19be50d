"""Fixtures shared by every test package."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "exif-samples"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The real camera files (read-only) that the project is tested against."""
    if not CORPUS.is_dir():
        pytest.fail(f"The photo corpus is missing at {CORPUS}; tests need ../shared/corpus.")
    return CORPUS


@pytest.fixture(scope="session")
def exiftool() -> str:
    """ExifTool, the reference reader; the test set-up installs it."""
    path = shutil.which("exiftool")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("exiftool is not installed; `make test` installs libimage-exiftool-perl")
        pytest.skip("exiftool is not installed (`make test` as root installs it)")
    return path


@pytest.fixture(autouse=True)
def skver_data_dir(tmp_path_factory, monkeypatch) -> Path:
    """Skver's own data folder (where its signing key lives) is a temporary one in every test,
    for the commands a test runs as subprocesses too."""
    folder = tmp_path_factory.mktemp("skver-data")
    monkeypatch.setenv("SKVER_DATA_DIR", str(folder))
    return folder
