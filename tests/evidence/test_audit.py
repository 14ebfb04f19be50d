"""Edited rows (venues, claims, observations) must be vouched for by the custody log."""

from __future__ import annotations

import json
import sqlite3

import pytest

from evidence import verify
from evidence.store import Case, audit, schema
from tests.helpers.casework import add_venue

# A venue row planted with SQL, as someone editing the file outside Skver would.
VENUE = ("INSERT INTO venues (slug, name_en, geometry, radius_m, confidence) VALUES "
         "('gandhi-park', 'Gandhi Park', ?, 80, 'approximate')")
POINT = json.dumps({"type": "Point", "coordinates": [76.9, 43.2]})


@pytest.fixture
def case(tmp_path):
    """A case with one venue, added as a user adds one (venues.add, recorded)."""
    with Case.create(tmp_path / "c", title="", timezone=None, actor="a") as c:
        add_venue(c, "gandhi-park", geometry=json.loads(POINT), radius_m=80, valid_from=None,
                  confidence="approximate")
        yield c


def problems(case) -> list[str]:
    return verify.verify(case, actor="auditor").problems


def test_a_recorded_change_is_intact(case):
    with case.transaction():
        case.conn.execute("UPDATE venues SET capacity = 500 WHERE id = 1")
        audit.record(case, "a", "venue-edited", "venues", 1, {"capacity": 500})
    assert problems(case) == []


def test_an_unrecorded_edit_insert_and_delete(case):
    case.conn.execute("UPDATE venues SET radius_m = 300 WHERE id = 1")
    case.conn.execute(VENUE.replace("gandhi-park", "planted"), (POINT,))
    assert any("Venue 1 differs" in p for p in problems(case))
    assert any("Venue 2 is not in the custody log" in p for p in problems(case))
    case.conn.execute("DELETE FROM venues WHERE id = 1")
    assert any("Venue 1 is in the custody log but no longer" in p for p in problems(case))


def test_a_recorded_deletion_is_intact(case):
    with case.transaction():
        case.conn.execute("DELETE FROM venues WHERE id = 1")
        audit.record(case, "a", "venue-deleted", "venues", 1)
    assert problems(case) == []


def test_only_audited_tables(case):
    with pytest.raises(ValueError):
        audit.row_digest(case.conn, "photos; DROP TABLE custody", 1)


def test_a_version_1_case_is_migrated_to_the_current_schema(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    Case.create(tmp_path / "old", title="", timezone=None, actor="a").close()
    monkeypatch.undo()
    with Case.open(tmp_path / "old") as case:
        tables = {r[0] for r in case.conn.execute("SELECT name FROM sqlite_master")}
        assert {"venues", "claims", "observations"} <= tables
        assert verify.verify(case, actor="a").intact
    conn = sqlite3.connect(tmp_path / "old" / "case.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.current_version()
