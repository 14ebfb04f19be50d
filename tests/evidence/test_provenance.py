"""Where an imported file came from: its path inside the folder chosen and the source's label in
the custody log and the imports table, the absolute path only when asked for; a case from before
labels keeps its history, and both shapes verify."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from evidence import custody, provenance, store, verify
from evidence.errors import KnownError
from evidence.importer import import_paths
from evidence.provenance import Provenance, Source
from evidence.store import Case, schema
from tests.helpers.old_cases import OLD_VERSION, old_case
from tests.helpers.photos import Shot, write_photo

LABEL = "second phone, SD card"


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="t") as c:
        yield c


@pytest.fixture
def phone(tmp_path) -> Path:
    """A phone's card copied into a home folder, whose absolute path names the person."""
    folder = tmp_path / "home" / "aigerim" / "Phone backup"
    write_photo(folder / "DCIM" / "100CANON" / "IMG_0001.jpg")
    write_photo(folder / "DCIM" / "IMG_0002.jpg", Shot(taken="2022:08:20 19:00:00"))
    (folder / "notes.txt").write_text("not a photo")
    return folder


def run(case: Case, *paths: Path, source: Source = provenance.UNLABELLED) -> list:
    return list(import_paths(case, [str(p) for p in paths], actor="t", source=source))


def entries(case: Case, *actions: str) -> list[custody.Entry]:
    return [e for e in store.log.entries(case) if e.action in actions]


def test_a_folder_is_recorded_by_the_paths_inside_it_and_the_label(case, phone, tmp_path):
    results = run(case, phone, source=Source(LABEL))
    assert [r.outcome for r in results] == ["imported", "imported", "rejected"]
    imports = entries(case, "import")
    assert [e.details["source_path"] for e in imports] == [
        "DCIM/100CANON/IMG_0001.jpg", "DCIM/IMG_0002.jpg"]
    assert [e.details["source_name"] for e in imports] == ["IMG_0001.jpg", "IMG_0002.jpg"]
    assert all(e.details["source_label"] == LABEL and "source_root" not in e.details
               for e in imports)
    [batch] = entries(case, "import-batch")
    # a file that is no image is counted, not named (see evidence/importer.py)
    assert (batch.details["rejected_files"], batch.details["not_images"]) == ([], 1)
    assert batch.details["source_label"] == LABEL
    rows = store.photos.all_imports(case)
    assert [(r.source_path, r.source_label, r.source_root, r.source_bundle) for r in rows] == [
        ("DCIM/100CANON/IMG_0001.jpg", LABEL, None, None), ("DCIM/IMG_0002.jpg", LABEL, None, None)]
    log = "\n".join(custody.canonical(e.__dict__) for e in store.log.entries(case))
    assert str(tmp_path) not in log and "aigerim" not in log
    assert verify.verify(case, actor="t").intact


def test_a_file_chosen_on_its_own_is_recorded_by_its_name(case, phone):
    photo = phone / "DCIM" / "IMG_0002.jpg"
    run(case, photo)
    run(case, photo)  # the same bytes again: a duplicate, recorded the same way
    found = entries(case, "import", "import-duplicate")
    assert [(e.action, e.details["source_path"], e.details["source_label"]) for e in found] == [
        ("import", "IMG_0002.jpg", ""), ("import-duplicate", "IMG_0002.jpg", "")]
    assert verify.verify(case, actor="t").intact


def test_full_paths_are_recorded_only_when_asked_for(case, phone):
    run(case, phone, source=Source(LABEL, full_paths=True))
    photo = phone / "DCIM" / "IMG_0002.jpg"
    run(case, photo, source=Source(full_paths=True))
    found = entries(case, "import", "import-duplicate")
    assert [(e.details["source_path"], e.details["source_root"]) for e in found] == [
        (str(phone / "DCIM" / "100CANON" / "IMG_0001.jpg"), str(phone)),
        (str(photo), str(phone)), (str(photo), str(photo.parent))]
    assert [r.source_root for r in store.photos.all_imports(case)] == [
        str(phone), str(phone), str(photo.parent)]
    assert verify.verify(case, actor="t").intact


def test_the_path_inside_what_was_chosen():
    assert provenance.within("/h/a/Phone/DCIM/x.jpg", "/h/a/Phone") == "DCIM/x.jpg"
    assert provenance.within("/h/a/Phone/DCIM/x.jpg", "/h/a/Phone/") == "DCIM/x.jpg"
    assert provenance.within("./DCIM/x.jpg", ".") == "DCIM/x.jpg"
    assert provenance.within("/h/a/x.jpg", "/h/a/x.jpg") == "x.jpg"
    assert provenance.within("DCIM/x.jpg", "DCIM/x.jpg") == "x.jpg"
    assert provenance.within("/h/a/Phone", "/h/a/Phone") == "Phone"  # an unreadable folder


def test_a_label_is_one_line_of_plain_text():
    assert provenance.clean_label("  second  phone,\tSD card \n") == LABEL
    assert provenance.clean_label("") == ""
    with pytest.raises(KnownError, match="plain text"):
        provenance.clean_label("phone\u202egpj.exe")
    with pytest.raises(KnownError, match="at most 200"):
        provenance.clean_label("x" * 201)


def test_an_import_row_whose_source_was_changed_is_named(case, phone):
    run(case, phone, source=Source(LABEL))
    for change in ("source_label = 'my laptop'", "source_root = '/home/someone'",
                   "source_bundle = '{}'", "source_path = 'IMG_0001.jpg'"):
        case.conn.execute("SAVEPOINT edit")
        case.conn.execute(f"UPDATE imports SET {change} WHERE id = 1")
        problems = verify.verify(case, actor="t").problems
        assert any("Import record 1 (IMG_0001.jpg) does not match" in p
                   for p in problems), change
        case.conn.execute("ROLLBACK TO edit")
        case.conn.execute("RELEASE edit")
    assert verify.verify(case, actor="t").intact


def test_a_case_from_before_labels_keeps_its_history_and_verifies(tmp_path, phone,
                                                                   monkeypatch):
    old = phone / "DCIM" / "100CANON" / "IMG_0001.jpg"
    root = old_case(tmp_path / "old", [old], monkeypatch)
    before = sqlite3.connect(root / "case.sqlite")
    written = before.execute("SELECT seq, entry_hash, details FROM custody").fetchall()
    before.close()

    with Case.open(root) as case:  # migrated to the current format, its log only extended
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == \
            schema.current_version() > OLD_VERSION
        log = list(store.log.entries(case))
        kept = [(e.seq, e.entry_hash, e.details) for e in log[:len(written)]]
        assert kept == [(seq, entry_hash, json.loads(details))
                        for seq, entry_hash, details in written]
        assert log[len(written)].action == "schema-migrated"
        assert verify.verify(case, actor="lawyer").intact

        run(case, phone, source=Source(LABEL))
        report = verify.verify(case, actor="lawyer")
        assert report.intact, report.problems
        assert (report.photos, report.imports) == (2, 3)
        first, *later = entries(case, "import", "import-duplicate")
        assert first.details["source_path"] == str(old)  # kept as it was written
        assert "source_label" not in first.details
        assert [e.details["source_path"] for e in later] == [
            "DCIM/100CANON/IMG_0001.jpg", "DCIM/IMG_0002.jpg"]
        rows = store.photos.all_imports(case)
        assert [(r.source_path, r.source_label) for r in rows] == [
            (str(old), ""), ("DCIM/100CANON/IMG_0001.jpg", LABEL), ("DCIM/IMG_0002.jpg", LABEL)]
        assert Provenance.of(first.details).absolute
        assert not Provenance.of(later[0].details).absolute
        assert Provenance.of(later[0].details).describe() == f"{LABEL}: DCIM/100CANON/IMG_0001.jpg"


def test_an_old_import_row_given_a_label_is_named(tmp_path, phone, monkeypatch):
    root = old_case(tmp_path / "old", [phone / "DCIM" / "IMG_0002.jpg"], monkeypatch)
    with Case.open(root) as case:
        case.conn.execute("UPDATE imports SET source_label = 'forged'")
        assert any("Import record 1" in p for p in verify.verify(case, actor="t").problems)


def test_a_link_the_system_will_not_resolve_is_reported_and_the_batch_goes_on(case, phone,
                                                                              monkeypatch):
    # Importing a folder that reached /proc raised PermissionError from realpath (the system
    # refuses to read another process's cwd link) and the window showed its crash dialog.
    (phone / "cwd").symlink_to(phone / "DCIM")
    resolve = provenance.os.path.realpath

    def refusing(path, *args, **kwargs):
        if str(path).endswith("cwd"):
            raise PermissionError(13, "Permission denied", str(path))
        return resolve(path, *args, **kwargs)

    monkeypatch.setattr(provenance.os.path, "realpath", refusing)
    results = {Path(r.source).name: r for r in run(case, phone)}
    assert results["cwd"].outcome == "rejected" and results["cwd"].reason
    assert {r.outcome for n, r in results.items() if n.startswith("IMG_")} == {"imported"}
