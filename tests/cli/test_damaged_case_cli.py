"""A damaged case database on the command line: a discrepancy or a message, never a
traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cli.common import EXIT_DISCREPANCY, EXIT_KNOWN_ERROR
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers.cli import skver
from tests.helpers.damage import damage_page
from tests.helpers.files import folder_bytes
from tests.helpers.photos import Shot, write_photo

pytestmark = pytest.mark.slow  # every test runs `python main.py`

SECRET = "Жетісу 2024 secret"


@pytest.fixture
def damaged(demo_source, tmp_path) -> Path:
    """A copy of the demo case, one page of an index of its photos overwritten."""
    root = Path(shutil.copytree(demo_source, tmp_path / "case"))
    damage_page(root, "photos")
    return root


def test_verify_reports_the_damage_as_a_discrepancy(damaged):
    run = skver("verify", "--case", str(damaged))
    assert run.returncode == EXIT_DISCREPANCY, run.stderr
    assert "The case database (case.sqlite) is damaged" in run.stdout
    assert "Restore the case folder from a backup" in run.stdout
    assert "Intact." not in run.stdout and "Traceback" not in run.stdout + run.stderr


def test_import_refuses_with_a_message_and_touches_nothing(damaged, tmp_path):
    photo = write_photo(tmp_path / "in" / "new.jpg", Shot())
    source = photo.read_bytes()
    before = folder_bytes(damaged)
    run = skver("import", "--case", str(damaged), str(photo))
    assert run.returncode == EXIT_KNOWN_ERROR
    assert run.stderr.startswith("skver: The case database") and "is damaged" in run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert photo.read_bytes() == source
    assert folder_bytes(damaged) == before


def test_a_damaged_encrypted_case_is_reported(tmp_path):
    root = tmp_path / "case"
    with Case.create(root, title="E", timezone="Asia/Almaty", actor="t",
                     passphrase=SECRET) as case:
        photo = write_photo(tmp_path / "in" / "a.jpg", Shot())
        list(import_paths(case, [str(photo)], actor="t"))
    damage_page(root, "photos")
    run = skver("verify", "--case", str(root), passphrase=SECRET)
    assert run.returncode == EXIT_DISCREPANCY, run.stderr
    assert "is damaged" in run.stdout and "HMAC verification failed" in run.stdout
    assert "Traceback" not in run.stderr and "ERROR" not in run.stderr  # SQLCipher's own log
