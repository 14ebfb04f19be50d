"""Bundle fixtures: the demo case's unsigned bundle with a report in it, for forgers to edit (a
signed one would give any edit away by its signature alone), and its signed bundle."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bundles import writer
from evidence.store import Case

REPORT = ("reports/notes.txt", b"What the monitor saw on 20 August.\n")


@pytest.fixture(scope="session")
def unsigned(demo_source, tmp_path_factory) -> Path:
    """The demo case's unsigned bundle, with a report; only read."""
    folder = tmp_path_factory.mktemp("unsigned")
    case_copy = Path(shutil.copytree(demo_source, folder / "case"))
    with Case.open(case_copy) as case:
        return writer.export(case, folder / "demo.zip", actor="aigerim", sign=False,
                             extra_files=[REPORT]).path


@pytest.fixture(scope="session")
def signed_bundle(demo_source, tmp_path_factory) -> Path:
    """The demo case's signed bundle; only read."""
    folder = tmp_path_factory.mktemp("signed")
    case_copy = Path(shutil.copytree(demo_source, folder / "case"))
    with Case.open(case_copy) as case:
        return writer.export(case, folder / "demo.zip", actor="aigerim").path


@pytest.fixture
def new_case(tmp_path) -> Path:
    """An empty case to import bundles into."""
    with Case.create(tmp_path / "case", title="B", timezone="Asia/Almaty", actor="bolat"):
        pass
    return tmp_path / "case"
