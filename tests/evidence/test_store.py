"""The case folder: layout, database settings, schema versions, refusals."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from evidence import store
from evidence.errors import KnownError
from evidence.store import Case, schema


def test_init_creates_the_case_layout(tmp_path):
    with Case.create(tmp_path / "case", title="Almaty", timezone="Asia/Almaty",
                     actor="aigerim") as case:
        info = case.info
        assert (info.title, info.timezone, info.created_by) == ("Almaty", "Asia/Almaty", "aigerim")
        assert len(info.id) == 36
        assert case.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert case.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == schema.current_version()
        created, key = store.log.entries(case)
        assert created.action == "case-created" and created.actor == "aigerim"
        assert key.action == "case-key-created" and key.actor == "aigerim"
    for folder in ("originals", "derived", "staging"):
        assert (tmp_path / "case" / folder).is_dir()
    assert (tmp_path / "case" / "custody-head").read_text().startswith("2 ")


def test_init_refuses_a_folder_with_files_and_leaves_it_alone(tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    with pytest.raises(KnownError, match="not an empty folder"):
        Case.create(tmp_path / "busy", title="", timezone=None, actor="a")
    assert [p.name for p in (tmp_path / "busy").iterdir()] == ["notes.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["busy"]  # no half-built case left behind


def test_init_accepts_an_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    Case.create(tmp_path / "empty", title="", timezone=None, actor="a").close()
    assert (tmp_path / "empty" / "case.sqlite").is_file()


def test_init_refuses_an_unknown_time_zone(tmp_path):
    with pytest.raises(KnownError, match="Asia/Nowhere"):
        Case.create(tmp_path / "c", title="", timezone="Asia/Nowhere", actor="a")
    assert not (tmp_path / "c").exists()


def test_opening_a_folder_that_is_not_a_case(tmp_path):
    with pytest.raises(KnownError, match="not a Skver case"):
        Case.open(tmp_path)


def test_a_newer_case_format_is_refused_untouched(tmp_path):
    Case.create(tmp_path / "c", title="", timezone=None, actor="a").close()
    db = tmp_path / "c" / "case.sqlite"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema.current_version() + 1}")
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(KnownError, match="newer version of Skver"):
        Case.open(tmp_path / "c")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_an_older_case_is_migrated_forward_and_keeps_its_data(tmp_path, monkeypatch):
    with Case.create(tmp_path / "c", title="Old", timezone=None, actor="a") as case:
        case_id = case.info.id
    upgrade = "ALTER TABLE photos ADD COLUMN note TEXT NOT NULL DEFAULT '';"
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, upgrade])
    with Case.open(tmp_path / "c") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        assert "note" in {r[1] for r in case.conn.execute("PRAGMA table_info(photos)")}
        assert case.info.id == case_id
        actions = [e.action for e in store.log.entries(case)]
        assert actions == ["case-created", "case-key-created", "schema-migrated"]


def test_a_failed_migration_leaves_the_old_version(tmp_path, monkeypatch):
    Case.create(tmp_path / "c", title="", timezone=None, actor="a").close()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE (broken"])
    with pytest.raises(sqlite3.Error):
        Case.open(tmp_path / "c")
    monkeypatch.undo()
    with Case.open(tmp_path / "c") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == schema.current_version()


def test_the_custody_log_refuses_edits_and_deletions(tmp_path):
    with Case.create(tmp_path / "c", title="", timezone=None, actor="a") as case:
        for statement in ("UPDATE custody SET actor = 'x'", "DELETE FROM custody"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                case.conn.execute(statement)


def test_a_second_writer_is_told_to_wait(tmp_path):
    with Case.create(tmp_path / "c", title="", timezone=None, actor="a") as first, \
            Case.open(tmp_path / "c") as second, first.exclusive("importing"), \
            pytest.raises(KnownError, match="Another Skver process"), \
            second.exclusive("verifying"):
        pass


def test_a_change_inside_a_change_is_undone_alone_and_committed_with_it(tmp_path):
    with Case.create(tmp_path / "case", title="", timezone=None, actor="a") as case:
        with case.transaction():
            case.record("a", "kept")
            with pytest.raises(KnownError), case.transaction():
                case.record("a", "undone")
                raise KnownError("the part fails")
            assert (tmp_path / "case" / "custody-head").read_text().startswith("2 ")
        actions = [e.action for e in store.log.entries(case)]
        head = case.read_head()
    assert actions == ["case-created", "case-key-created", "kept"]
    assert head is not None and head[0] == 3  # the anchor names the kept entry, not the undone
