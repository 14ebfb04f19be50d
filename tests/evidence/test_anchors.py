"""A log cut or put back stays visible: the next write records it in the log itself, and verify
names it from then on, whatever the anchors say after that write has moved them forward."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from evidence import custody, observations, verify
from evidence.model import Observation, Tag
from evidence.store import Case, log
from tests.helpers.casework import add_photo

SECRET = "correct horse battery staple"


def open_case(root: Path) -> Case:
    return Case.open(root, passphrase=SECRET if (root / "keyfile").exists() else None)


def check(root: Path) -> verify.Report:
    with open_case(root) as case:
        return verify.verify(case, actor="auditor")


def observe(root: Path, note: str) -> None:
    with open_case(root) as case:
        observations.add(case, Observation(1, "reviewer", (Tag.VENUE_EMPTY,), None, note),
                         "reviewer")


def entries(root: Path) -> list[custody.Entry]:
    with open_case(root) as case:
        return list(log.entries(case))


def cut_last_entry(root: Path) -> None:
    conn = sqlite3.connect(root / "case.sqlite")
    conn.execute("DROP TRIGGER custody_append_only_delete")
    conn.execute("DELETE FROM custody WHERE seq = (SELECT max(seq) FROM custody)")
    conn.commit()
    conn.close()


@pytest.fixture(params=["plain", "encrypted"])
def case_dir(request, tmp_path: Path) -> Path:
    root = tmp_path / "case"
    passphrase = SECRET if request.param == "encrypted" else None
    with Case.create(root, title="T", timezone="Asia/Almaty", actor="tester",
                     passphrase=passphrase) as case:
        add_photo(case, tmp_path / "in", "a.jpg", "2022-08-20 18:00")
    return root


def test_an_intact_case_records_no_discrepancy(case_dir):
    observe(case_dir, "first")
    assert check(case_dir).intact
    assert not [e for e in entries(case_dir) if e.action == custody.DISCREPANCY]


@pytest.mark.parametrize("case_dir", ["plain"], indirect=True)
def test_a_cut_entry_is_still_reported_after_later_writes(case_dir):
    check(case_dir)
    check(case_dir)            # two verifications: entries no row stands for
    cut_last_entry(case_dir)
    first = check(case_dir)    # finds the cut, and its own write records it
    assert any("cut from its end" in p for p in first.problems)
    observe(case_dir, "later")
    again = check(case_dir)    # the head anchor has moved on twice since
    [recorded] = [e for e in entries(case_dir) if e.action == custody.DISCREPANCY]
    assert recorded.details["found"] == "cut"
    assert any(f"custody entry {recorded.seq} records it" in p and "cut from its end" in p
               for p in again.problems)
    assert not again.intact


def test_an_older_database_put_back_with_its_head_is_noticed(case_dir, tmp_path):
    older = tmp_path / "older"
    older.mkdir()
    for name in ("case.sqlite", "custody-head"):
        shutil.copy2(case_dir / name, older / name)
    observe(case_dir, "seen on Tuesday")
    observe(case_dir, "seen on Wednesday")
    for name in ("case.sqlite", "custody-head"):
        shutil.copy2(older / name, case_dir / name)   # a consistent, shorter past

    report = check(case_dir)
    assert any("older copy of the case" in p and "put back" in p for p in report.problems)
    observe(case_dir, "seen on Thursday")
    later = check(case_dir)
    [recorded] = [e for e in entries(case_dir) if e.action == custody.DISCREPANCY]
    assert (recorded.details["anchor"], recorded.details["found"]) == ("witness", "cut")
    assert any(f"custody entry {recorded.seq} records it" in p and "put back" in p
               for p in later.problems)


@pytest.mark.parametrize("case_dir", ["plain"], indirect=True)
def test_a_copy_changed_elsewhere_and_put_back_is_noticed(case_dir, tmp_path):
    elsewhere = Path(shutil.copytree(case_dir, tmp_path / "elsewhere"))
    observe(case_dir, "here")
    witness_home = tmp_path / "other-computer"
    with pytest.MonkeyPatch.context() as other:
        other.setenv("SKVER_DATA_DIR", str(witness_home))
        observe(elsewhere, "there")          # the same case, changed on another computer
    for name in ("case.sqlite", "custody-head"):
        shutil.copy2(elsewhere / name, case_dir / name)
    report = check(case_dir)
    assert any("replaced by a copy changed elsewhere" in p for p in report.problems)


@pytest.mark.parametrize("case_dir", ["plain"], indirect=True)
def test_a_missing_head_anchor_is_recorded(case_dir):
    (case_dir / "custody-head").unlink()
    observe(case_dir, "after the anchor went")
    [recorded] = [e for e in entries(case_dir) if e.action == custody.DISCREPANCY]
    assert recorded.details["found"] == "missing"
    assert any("missing or unreadable" in p for p in check(case_dir).problems)


@pytest.mark.parametrize("case_dir", ["plain"], indirect=True)
def test_a_head_anchor_left_behind_by_a_crash_is_no_discrepancy(case_dir):
    observe(case_dir, "first")
    before = entries(case_dir)[-2]
    (case_dir / "custody-head").write_bytes(custody.head_bytes(before))  # the last write lost
    observe(case_dir, "second")
    assert check(case_dir).intact
    assert not [e for e in entries(case_dir) if e.action == custody.DISCREPANCY]
