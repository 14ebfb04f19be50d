"""`observe` as a reviewer runs it: record, correct, withdraw, and the photo's history; the
verdicts of `analyze --json` follow."""

from __future__ import annotations

import json

import pytest

from evidence import store
from evidence.store import Case
from tests.helpers.casework import add_claim, add_photo, add_venue
from tests.helpers.cli import skver_here


@pytest.fixture
def case(tmp_path, monkeypatch) -> str:
    """A refusal for "another event" and one photo in its window; Aigerim reviews."""
    monkeypatch.setenv("SKVER_ACTOR", "aigerim")
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as c:
        add_claim(c, add_venue(c), "2022-08-20 18:00", "2022-08-20 23:00", "other_event")
        add_photo(c, tmp_path, "p.jpg", "2022-08-20 18:30")
    return str(tmp_path / "case")


def verdict(capsys, case: str) -> str:
    code, out, _ = skver_here(capsys, "analyze", "--case", case, "--json")
    assert code == 0
    return json.loads(out)["claims"][0]["verdict"]


def test_record_correct_withdraw(capsys, case):
    code, out, err = skver_here(capsys, "observe", "--case", case, "1", "--tag", "venue_empty",
                                "--people", "0")
    assert (code, out, err) == (0, "Observation 1 recorded for photo 1.\n", "")
    assert verdict(capsys, case) == "contradicted"

    code, out, _ = skver_here(capsys, "observe", "--case", case, "--correct", "1", "--tag",
                              "event_in_progress", "--people", "300", "--note", "a concert")
    assert (code, out) == (0, "Observation 2 recorded for photo 1: it corrects observation 1, "
                              "which no longer counts.\n")
    assert verdict(capsys, case) == "supported"

    code, out, _ = skver_here(capsys, "observe", "--case", case, "1", "--withdraw", "2",
                              "--reason", "not our venue")
    assert (code, out) == (0, "Observation 2 of photo 1 withdrawn (observation 3 records the "
                              "withdrawal); it no longer counts.\n")
    assert verdict(capsys, case) == "unverified"

    code, out, _ = skver_here(capsys, "observe", "--case", case, "1", "--history")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("1  aigerim  ") and "venue_empty, 0 people  [corrected by 2, " \
        in lines[0]
    assert lines[1].startswith("2 (corrects 1)  aigerim  ")
    assert "event_in_progress, 300 people — “a concert”  [withdrawn " in lines[1]
    assert lines[1].endswith("(observation 3): “not our venue”]")
    with Case.open(case) as opened:
        actions = [e.action for e in store.log.entries(opened)][-3:]
    assert actions == ["observation", "observation-corrected", "observation-withdrawn"]
    code, out, _ = skver_here(capsys, "verify", "--case", case)
    assert code == 0, out


def test_what_is_refused(capsys, case, monkeypatch):
    skver_here(capsys, "observe", "--case", case, "1", "--tag", "venue_empty")
    monkeypatch.setenv("SKVER_ACTOR", "bolat")
    code, _, err = skver_here(capsys, "observe", "--case", case, "--withdraw", "1")
    assert code != 0 and "Observation 1 was recorded by aigerim; only they can withdraw it" \
        in err
    code, _, err = skver_here(capsys, "observe", "--case", case, "--correct", "9", "--tag",
                              "venue_empty")
    assert code != 0 and "The case has no observation 9." in err
    with pytest.raises(SystemExit):
        skver_here(capsys, "observe", "--case", case, "--withdraw", "1", "--tag",
                   "venue_empty")
    assert "--withdraw and --history take none" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        skver_here(capsys, "observe", "--case", case, "1", "--reason", "why")
    assert "--reason goes with --withdraw" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        skver_here(capsys, "observe", "--case", case, "--tag", "venue_empty")
    assert "the photo is needed" in capsys.readouterr().err
