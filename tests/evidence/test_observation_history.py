"""Correcting and withdrawing observations: recorded as new entries that name the earlier one,
never a change of history; only the observations in effect count, and verify holds it all."""

from __future__ import annotations

import re
import sqlite3

import pytest

from evidence import analysis, observations, store, verify
from evidence.errors import KnownError
from evidence.model import Observation, Tag
from evidence.store import Case, audit, schema
from tests.helpers.casework import add_claim, add_photo, add_venue

WINDOW = ("2022-08-20 18:00", "2022-08-20 23:00")
AIGERIM = "Aigerim (monitor)"


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as c:
        yield c


@pytest.fixture
def story(case, tmp_path):
    """A refusal for "another event" and one photo of the empty venue in its window, observed
    by Aigerim: (claim id, photo id, the observation)."""
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    photo = add_photo(case, tmp_path, "empty.jpg", "2022-08-20 18:30")
    seen = observations.add(case, Observation(photo, AIGERIM, (Tag.VENUE_EMPTY,), 0,
                                              "nobody there"), AIGERIM)
    return claim, photo, seen


def verdict(case, claim_id: int) -> str:
    return next(c.verdict.value for c in analysis.analyze_case(case).claims
                if c.claim_id == claim_id)


def log(case) -> list:
    return list(store.log.entries(case))


def test_a_correction_counts_in_its_corrected_form_and_names_the_earlier_one(case, story):
    claim, photo, seen = story
    assert verdict(case, claim) == "contradicted"
    before = log(case)
    fixed = observations.correct(case, seen.id, Observation(
        photo, AIGERIM, (Tag.EVENT_IN_PROGRESS, Tag.STAGE_OR_EQUIPMENT), 300, "a concert"),
        AIGERIM)
    assert verdict(case, claim) == "supported"
    new = log(case)[len(before):]
    assert [e.action for e in new] == ["observation-corrected"]
    recorded_earlier = next(e for e in before if e.details.get("table") == "observations"
                            and e.details.get("row_id") == seen.id)
    assert new[0].details["replaces"] == seen.id
    assert new[0].details["replaces_seq"] == recorded_earlier.seq
    assert new[0].details["row_id"] == fixed.id and new[0].actor == AIGERIM
    # The earlier observation is still there, as it was, and so is its entry.
    data = store.read(case)
    assert [o.id for o in data.history_of(photo)] == [seen.id, fixed.id]
    assert data.history_of(photo)[0] == seen
    assert data.observations_of(photo) == (fixed,)
    assert log(case)[:len(before)] == before
    assert verify.verify(case, actor="auditor").intact


def test_a_withdrawn_observation_no_longer_counts_and_stays_on_record(case, story):
    claim, photo, seen = story
    withdrawal = observations.withdraw(case, seen.id, AIGERIM, AIGERIM, "wrong photo")
    assert verdict(case, claim) == "unverified"
    last = log(case)[-1]
    assert (last.action, last.details["withdraws"], last.details["reason"]) == (
        "observation-withdrawn", seen.id, "wrong photo")
    assert (withdrawal.withdraws, withdrawal.note, withdrawal.tags) == (seen.id,
                                                                       "wrong photo", ())
    data = store.read(case)
    assert data.observations_of(photo) == ()
    assert seen in data.history_of(photo)
    assert verify.verify(case, actor="auditor").intact


def test_a_correction_corrected_then_withdrawn(case, story):
    claim, photo, seen = story
    first = observations.correct(case, seen.id, Observation(
        photo, AIGERIM, (Tag.EVENT_IN_PROGRESS,), 300), AIGERIM)
    second = observations.correct(case, first.id, Observation(
        photo, AIGERIM, (Tag.VENUE_EMPTY, Tag.NO_EVENT_VISIBLE), 0), AIGERIM)
    assert verdict(case, claim) == "contradicted"
    assert observations.current(case, photo, AIGERIM) == second
    observations.withdraw(case, second.id, AIGERIM, AIGERIM)
    assert verdict(case, claim) == "unverified"
    assert observations.current(case, photo, AIGERIM) is None
    assert verify.verify(case, actor="auditor").intact


def test_what_cannot_be_corrected_or_withdrawn(case, story):
    _claim, photo, seen = story
    other = Observation(photo, "Bolat", (Tag.EVENT_IN_PROGRESS,))
    with pytest.raises(KnownError, match=re.escape(f"recorded by {AIGERIM}; only they")):
        observations.correct(case, seen.id, other, "Bolat")
    with pytest.raises(KnownError, match="only they can withdraw"):
        observations.withdraw(case, seen.id, "Bolat", "Bolat")
    with pytest.raises(KnownError, match="already says that"):
        observations.correct(case, seen.id, Observation(
            photo, AIGERIM, (Tag.VENUE_EMPTY,), 0, "nobody there "), AIGERIM)
    with pytest.raises(KnownError, match="needs at least a tag"):
        observations.correct(case, seen.id, Observation(photo, AIGERIM, ()), AIGERIM)
    with pytest.raises(KnownError, match="no observation 99"):
        observations.withdraw(case, 99, AIGERIM, AIGERIM)
    withdrawal = observations.withdraw(case, seen.id, AIGERIM, AIGERIM)
    with pytest.raises(KnownError, match="already withdrawn"):
        observations.correct(case, seen.id, Observation(
            photo, AIGERIM, (Tag.EVENT_IN_PROGRESS,)), AIGERIM)
    with pytest.raises(KnownError, match="is the withdrawal of observation"):
        observations.withdraw(case, withdrawal.id, AIGERIM, AIGERIM)


def test_history_is_never_updated_or_deleted_in_place(case, story):
    _claim, _photo, seen = story
    for statement in ("UPDATE observations SET note = 'x' WHERE id = ?",
                      "DELETE FROM observations WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError, match="never"):
            case.conn.execute(statement, (seen.id,))


def test_a_withdrawal_planted_without_its_custody_entry_is_named(case, story):
    claim, photo, seen = story
    case.conn.execute(
        "INSERT INTO observations (photo_id, reviewer, observed_utc, tags, note, withdraws) "
        "VALUES (?, ?, '2024-01-01T00:00:00Z', '[]', '', ?)", (photo, AIGERIM, seen.id))
    assert verdict(case, claim) == "unverified"   # the analysis believes the row ...
    problems = verify.verify(case, actor="auditor").problems
    # ... and verify says nothing vouches for it.
    assert problems == [f"Observation {seen.id + 1} (the withdrawal of observation {seen.id}) "
                        "is not in the custody log: it was added outside Skver."]


def test_a_planted_correction_of_another_reviewers_observation_is_named(case, story):
    _claim, photo, seen = story
    case.conn.execute("PRAGMA foreign_keys = OFF")
    case.conn.execute(
        "INSERT INTO observations (photo_id, reviewer, observed_utc, tags, note, replaces) "
        "VALUES (?, 'Bolat', '2024-01-01T00:00:00Z', '[\"event_in_progress\"]', '', ?)",
        (photo, seen.id))
    case.conn.execute(
        "INSERT INTO observations (photo_id, reviewer, observed_utc, tags, note, withdraws) "
        "VALUES (?, ?, '2024-01-01T00:00:00Z', '[]', '', 77)", (photo, AIGERIM))
    problems = verify.verify(case, actor="auditor").problems
    label = f"Observation {seen.id + 1} (the correction of observation {seen.id})"
    assert f"{label} is not of the same photo and reviewer as observation {seen.id}." in problems
    assert f"Observation {seen.id + 2} (the withdrawal of observation 77) names no observation " \
           "of the case." in problems


def old_observation(case: Case, photo: int) -> int:
    """An observation as Skver recorded it before corrections: no replaces or withdraws."""
    with case.transaction():
        row_id = case.conn.execute(
            "INSERT INTO observations (photo_id, reviewer, observed_utc, tags, people_count, "
            "note) VALUES (?, ?, '2022-08-21T10:00:00Z', '[\"venue_empty\"]', 0, '')",
            (photo, AIGERIM)).lastrowid
        audit.record(case, AIGERIM, "observation", "observations", row_id,
                     {"photo_sha256": store.photos.get(case, photo).sha256,
                      "reviewer": AIGERIM})
    return row_id


def test_a_case_from_before_corrections_migrates_without_rewriting_its_log(tmp_path, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
        with Case.create(tmp_path / "old", title="", timezone="Asia/Almaty", actor="t") as old:
            claim = add_claim(old, add_venue(old), *WINDOW, "other_event")
            photo = add_photo(old, tmp_path, "empty.jpg", "2022-08-20 18:30")
            seen = old_observation(old, photo)
            before = log(old)
            assert old.conn.execute("PRAGMA user_version").fetchone()[0] == 4
    with Case.open(tmp_path / "old") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == \
            schema.current_version()
        assert log(case)[:len(before)] == before
        assert log(case)[len(before)].action == "schema-migrated"
        assert verify.verify(case, actor="auditor").intact
        assert verdict(case, claim) == "contradicted"
        observations.withdraw(case, seen, AIGERIM, AIGERIM, "blurred")
        assert verdict(case, claim) == "unverified"
        assert verify.verify(case, actor="auditor").intact
