"""verify: an intact case passes; each kind of tampering is caught and named."""

from __future__ import annotations

import os
import sqlite3

import pytest

from evidence import verify
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers.photos import Shot, write_photo


@pytest.fixture
def case_dir(tmp_path):
    root = tmp_path / "case"
    with Case.create(root, title="T", timezone="Asia/Almaty", actor="tester") as case:
        sources = [write_photo(tmp_path / "in" / f"{i}.jpg",
                               Shot(taken=f"2022:08:20 18:{i:02d}:00")) for i in range(4)]
        list(import_paths(case, [str(s) for s in sources], actor="tester"))
        list(import_paths(case, [str(sources[0])], actor="tester"))  # a duplicate import
    return root


def check(root) -> verify.Report:
    with Case.open(root) as case:
        return verify.verify(case, actor="auditor")


def sql(root, *statements: str) -> None:
    conn = sqlite3.connect(root / "case.sqlite")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def a_stored_original(root):
    return next((root / "originals").rglob("*.jpg"))


def test_an_intact_case(case_dir):
    report = check(case_dir)
    assert report.intact, report.problems
    assert (report.photos, report.imports, report.originals_intact) == (4, 5, 4)


def test_verification_is_recorded_in_the_custody_log(case_dir):
    check(case_dir)
    with Case.open(case_dir) as case:
        last = case.conn.execute("SELECT action, actor FROM custody ORDER BY seq DESC").fetchone()
    assert tuple(last) == ("verify", "auditor")


def test_a_flipped_byte_in_an_original(case_dir):
    original = a_stored_original(case_dir)
    original.chmod(0o644)
    data = bytearray(original.read_bytes())
    data[len(data) // 2] ^= 0x01
    original.write_bytes(bytes(data))
    problems = check(case_dir).problems
    assert any("has changed" in p and original.stem in p for p in problems)


def test_a_deleted_original(case_dir):
    original = a_stored_original(case_dir)
    os.remove(original)
    assert any("missing" in p for p in check(case_dir).problems)


def test_an_edited_photo_row(case_dir):
    sql(case_dir, "UPDATE photos SET taken_utc = '2022-08-20T20:00:00Z' WHERE id = 2")
    assert any("Photo 2" in p and "taken_utc" in p for p in check(case_dir).problems)


def test_an_edited_metadata_record(case_dir):
    sql(case_dir, "UPDATE photos SET inspection = replace(inspection, '43.238', '43.300') "
                  "WHERE id = 1")
    assert any("Photo 1" in p and "inspection_sha256" in p for p in check(case_dir).problems)


def test_an_edited_import_record(case_dir):
    sql(case_dir, "UPDATE imports SET actor = 'someone else' WHERE id = 3")
    assert any("Import record 3" in p for p in check(case_dir).problems)


def test_a_deleted_photo_row(case_dir):
    sql(case_dir, "PRAGMA foreign_keys = OFF", "DELETE FROM imports WHERE photo_id = 4",
        "DELETE FROM photos WHERE id = 4")
    problems = check(case_dir).problems
    assert any("its row was deleted" in p for p in problems)


def test_a_cut_log(case_dir):
    sql(case_dir, "DROP TRIGGER custody_append_only_delete",
        "DELETE FROM custody WHERE seq > (SELECT max(seq) - 2 FROM custody)")
    assert any("cut from its end" in p for p in check(case_dir).problems)


def test_an_entry_edited_in_the_middle_of_the_log(case_dir):
    sql(case_dir, "DROP TRIGGER custody_append_only_update",
        "UPDATE custody SET actor = 'forger' WHERE seq = 3")
    assert any("entry 3" in p and "edited" in p for p in check(case_dir).problems)


def test_a_stray_file_and_an_interrupted_copy(case_dir):
    stray = case_dir / "originals" / "ff" / ("f" * 64 + ".jpg")
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"planted")
    (case_dir / "staging" / "abc.part").write_bytes(b"half")
    report = check(case_dir)
    assert any("does not match its name" in p for p in report.problems)
    assert any("unfinished copy" in n for n in report.notes)


def test_an_edited_case_time_zone(case_dir):
    # Every photo dated by the case's zone would shift: this must not pass silently.
    sql(case_dir, "UPDATE case_info SET value = 'Asia/Tashkent' WHERE key = 'timezone'")
    assert any("case's own record" in p and "timezone" in p for p in check(case_dir).problems)


def test_a_photo_row_pointed_at_another_custody_entry(case_dir):
    # A row no import entry vouches for: the one named is not an import of these bytes.
    sql(case_dir, "UPDATE photos SET custody_seq = 1 WHERE id = 2")
    assert any("Photo 2" in p and "no custody entry records its import" in p
               for p in check(case_dir).problems)


def test_a_photo_row_whose_metadata_is_not_json(case_dir):
    sql(case_dir, "UPDATE photos SET inspection = '{\"taken_utc\": ' WHERE id = 3")
    assert any("Photo 3" in p and "not readable JSON" in p for p in check(case_dir).problems)


def test_a_deleted_import_record(case_dir):
    sql(case_dir, "DELETE FROM imports WHERE outcome = 'duplicate'")
    assert any("records an import whose record is missing from the database" in p
               for p in check(case_dir).problems)
