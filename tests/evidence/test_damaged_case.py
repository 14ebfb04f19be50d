"""A damaged database: verify names the damage, every other command refuses with a message, and
nothing in the case is touched by the refused work."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evidence import claims, store, verify
from evidence.errors import KnownError
from evidence.importer import import_paths
from evidence.store import DB_FILE, Case
from tests.helpers.claimfiles import a_pdf
from tests.helpers.damage import damage_page, garbage
from tests.helpers.files import folder_bytes
from tests.helpers.photos import Shot, write_photo


@pytest.fixture
def damaged(demo_source, tmp_path) -> Path:
    """A copy of the demo case with the first index of its photos table overwritten."""
    root = Path(shutil.copytree(demo_source, tmp_path / "case"))
    damage_page(root, "photos")
    return root


def test_verify_names_the_damage_and_writes_nothing(damaged):
    before = folder_bytes(damaged)
    with Case.open(damaged) as case:
        report = verify.verify(case, actor="lawyer")
    [problem] = report.problems
    assert "The case database (case.sqlite) is damaged" in problem
    assert "btreeInitPage() returns error code 11" in problem  # what SQLite said
    assert "Restore the case folder from a backup" in problem
    assert folder_bytes(damaged) == before  # not even the verification is recorded


def test_an_import_is_refused_before_anything_is_copied_in(damaged, tmp_path):
    photo = write_photo(tmp_path / "in" / "new.jpg", Shot())
    source = photo.read_bytes()
    before = folder_bytes(damaged)
    with Case.open(damaged) as case, pytest.raises(KnownError) as caught:
        list(import_paths(case, [str(photo)], actor="aigerim"))
    assert "is damaged, so Skver did not start importing and changed nothing" in \
        str(caught.value)
    assert photo.read_bytes() == source
    assert folder_bytes(damaged) == before


def test_a_letter_is_refused_before_it_is_copied_in(damaged, tmp_path):
    letter = a_pdf(tmp_path / "letter.pdf")
    before = folder_bytes(damaged)
    with Case.open(damaged) as case, pytest.raises(KnownError, match="storing the letter"):
        claims.attach_letter(case, 1, letter, "aigerim")
    assert folder_bytes(damaged) == before


def test_damage_found_while_reading_is_a_known_error(demo_source, tmp_path):
    root = Path(shutil.copytree(demo_source, tmp_path / "case"))
    damage_page(root, "photos", kind="table")
    with pytest.raises(KnownError) as caught, Case.open(root) as case:
        store.photos.all_photos(case)
    message = str(caught.value)
    assert "is damaged (SQLite: database disk image is malformed)" in message
    assert f"verify --case {root}" in message and "backup" in message


def test_a_database_that_is_not_one_any_more_is_refused_at_opening(demo_source, tmp_path):
    root = Path(shutil.copytree(demo_source, tmp_path / "case"))
    with open(root / DB_FILE, "r+b") as db:
        db.write(garbage(100))  # the file header
    with pytest.raises(KnownError, match=r"is damaged \(SQLite: file is not a database\)"):
        Case.open(root)


def test_a_damaged_encrypted_case_is_named_too(tmp_path):
    root = tmp_path / "case"
    with Case.create(root, title="E", timezone="Asia/Almaty", actor="t",
                     passphrase="Жетісу") as case:
        photo = write_photo(tmp_path / "in" / "a.jpg", Shot())
        list(import_paths(case, [str(photo)], actor="t"))
    damage_page(root, "photos")
    with Case.open(root) as case:
        [problem] = verify.verify(case, actor="lawyer").problems
        with pytest.raises(KnownError, match="is damaged, so Skver did not start importing"):
            list(import_paths(case, [str(photo)], actor="t"))
    assert "is damaged" in problem and "HMAC verification failed for page" in problem
