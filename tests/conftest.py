"""Fixtures shared by every test package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence import demo
from tests.helpers.photos import CORPUS
from tests.helpers.tools import tool


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The real camera files (read-only) that the project is tested against."""
    if not CORPUS.is_dir():
        pytest.fail(f"The photo corpus is missing at {CORPUS}; tests need ../shared/corpus.")
    return CORPUS


@pytest.fixture(scope="session")
def exiftool() -> str:
    """ExifTool, the reference reader; missing, the test fails (`make test` installs it)."""
    return tool("exiftool")


@pytest.fixture(scope="session", autouse=True)
def shared_data_dir(tmp_path_factory) -> Iterator[Path]:
    """Skver's data folder for what a session- or module-scoped fixture builds (before any
    test's own folder below is set): never the user's real one."""
    folder = tmp_path_factory.mktemp("skver-data-shared")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SKVER_DATA_DIR", str(folder))
        yield folder


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory) -> Path:
    """The demo case, built once for every test package; only read (copy it to change it)."""
    return demo.build(tmp_path_factory.mktemp("demo") / "case")


@pytest.fixture(autouse=True)
def skver_data_dir(tmp_path_factory, monkeypatch) -> Path:
    """Skver's own data folder (where its signing key lives) is a temporary one in every test,
    for the commands a test runs as subprocesses too."""
    folder = tmp_path_factory.mktemp("skver-data")
    monkeypatch.setenv("SKVER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _no_key_passphrase_prompt(monkeypatch) -> None:
    """A command run in this process (`cli.main`) sets how a protected signing key's passphrase
    is asked for; each test starts without it, and with no signing key unlocked."""
    from evidence import signing

    monkeypatch.setattr(signing, "passphrase_source", None)
    signing.lock()
