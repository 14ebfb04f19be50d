"""The refusal's procedure from the command line: recorded with `claim add/edit`, measured by
`analyze` (its `procedure` list in --json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence.store import Case
from tests.helpers.claimfiles import add_venue
from tests.helpers.cli import skver

pytestmark = pytest.mark.slow  # every test runs `python main.py`


@pytest.fixture
def case(tmp_path) -> Path:
    root = tmp_path / "case"
    assert skver("case", "init", str(root), "--timezone", "Asia/Almaty").returncode == 0
    with Case.open(root) as opened:
        add_venue(opened)
    run = skver("claim", "add", "--case", str(root), "--document-number", "ЗТ-Б-77",
                "--document-date", "2025-06-09", "--venue", "sary-arka",
                "--window-start", "2025-06-14 18:00", "--window-end", "20:00",
                "--excuse", "Запланировано иное мероприятие", "--category", "other_event",
                "--event-date", "2025-06-14", "--form", "meeting", "--notified-on",
                "2025-06-03", "--answered-on", "2025-06-10", "--ground", "10",
                "--alternative", "Гандийский сквер, тот же день")
    assert run.returncode == 0, run.stderr
    assert "late_answer: The notification (form of assembly: meeting) was registered on " \
           "2025-06-03" in run.stdout
    return root


def procedure(case: Path) -> list[dict]:
    run = skver("analyze", "--case", str(case), "--json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)["claims"][0]["procedure"]


def test_analyze_lists_the_late_answer_with_its_facts_and_rule(case):
    found, = procedure(case)
    assert found["code"] == "late_answer"
    assert found["facts"]["deadline"] == "2025-06-09"
    assert found["facts"]["days_not_counted"] == [{"date": "2025-06-06",
                                                   "holiday": "Eid al-Adha"}]
    assert found["rule"].startswith("Art. 11(1) of the Law of 25 May 2020 No. 333-VI")
    run = skver("analyze", "--case", str(case))
    assert "procedure  late_answer:" in run.stdout and "rule: Art. 11(1)" in run.stdout


def test_answered_on_the_monday_after_kurban_ait_is_on_time(case):
    run = skver("claim", "edit", "--case", str(case), "1", "--answered-on", "2025-06-09")
    assert run.returncode == 0, run.stderr
    assert procedure(case) == []
    listed = json.loads(skver("claim", "list", "--case", str(case), "--json").stdout)[0]
    assert (listed["assembly_form"], listed["notified_on"], listed["answered_on"],
            listed["ground"]) == ("meeting", "2025-06-03", "2025-06-09", "10")


def test_a_bad_form_or_ground_is_refused_and_nothing_changes(case):
    for option, value, words in (("--form", "parade", "not a form of assembly"),
                                 ("--ground", "99", "not an item of Art. 14(1)"),
                                 ("--notified-on", "2025-06-11", "before the notification"),
                                 ("--answered-on", "2025-06-08", "before the letter's date")):
        run = skver("claim", "edit", "--case", str(case), "1", option, value)
        assert run.returncode != 0 and words in run.stderr, (option, run.stderr)
    assert [f["code"] for f in procedure(case)] == ["late_answer"]
