"""Report and bundle test fixtures: a copy of the demo case (tests/conftest.py builds it once)
for tests that change it, and its bundle. Skver's data folder is a temporary one in every test
(tests/conftest.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bundles import writer as bundle
from evidence.store import Case


@pytest.fixture
def demo_case(demo_source, tmp_path) -> Path:
    """A fresh copy of the demo case, free to change."""
    return Path(shutil.copytree(demo_source, tmp_path / "demo-case"))


@pytest.fixture(scope="session")
def signed(demo_source, tmp_path_factory) -> tuple[Path, bundle.ExportResult]:
    """The demo case's bundle, signed by the case's key; only read."""
    folder = tmp_path_factory.mktemp("bundle")
    case_copy = Path(shutil.copytree(demo_source, folder / "case"))
    with Case.open(case_copy) as case:
        result = bundle.export(case, folder / "demo.zip", actor="aigerim")
    return folder / "demo.zip", result
