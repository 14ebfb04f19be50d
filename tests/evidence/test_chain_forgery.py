"""Forgeries only the chain itself can catch: an entry in the middle of the log replaced by one
with a correct hash of its own, or taken out, and the entry after it pointed past the change.
Its own hash still matches each entry's fields, and the head anchor still names the last entry:
only the previous entry's hash inside each entry's hash gives the forgery away."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from evidence import custody, store, verify
from evidence.custody import Entry
from evidence.store import DB_FILE, Case

FORGED = 16  # the demo case's import-batch entry: no row or file depends on it


def replaced(log: list[Entry]) -> list[Entry]:
    """Entry FORGED says something else (with its own hash recomputed); the next entry points
    at it."""
    old = log[FORGED - 1]
    fake = dataclasses.replace(old, details={**old.details, "rejected": 3})
    fake = dataclasses.replace(fake, entry_hash=fake.computed_hash())
    after = dataclasses.replace(log[FORGED], prev_hash=fake.entry_hash)
    return [*log[:FORGED - 1], fake, after, *log[FORGED + 1:]]


def removed(log: list[Entry]) -> list[Entry]:
    """Entry FORGED is taken out; the next entry points at the one before it."""
    after = dataclasses.replace(log[FORGED], prev_hash=log[FORGED - 1].prev_hash)
    return [*log[:FORGED - 1], after, *log[FORGED + 1:]]


FORGERIES: dict[str, Callable[[list[Entry]], list[Entry]]] = {
    "replaced": replaced, "removed": removed}


def demo_log(root: Path) -> list[Entry]:
    with Case.open(root) as case:
        return list(store.log.entries(case))


@pytest.mark.parametrize("forgery", sorted(FORGERIES))
def test_the_entry_pointed_past_the_change_no_longer_matches_its_hash(forgery, demo_source):
    log = demo_log(demo_source)
    assert custody.chain_problems(log)[0] == []
    problems, last = custody.chain_problems(FORGERIES[forgery](log))
    assert any(f"Custody entry {FORGED + 1} " in p and "edited after it was written" in p
               for p in problems), problems
    assert last == log[-1]  # the head anchor cannot tell


def test_verify_catches_an_entry_replaced_in_the_middle_of_the_log(demo_source, tmp_path):
    root = Path(shutil.copytree(demo_source, tmp_path / "case"))
    log = demo_log(root)
    fake, after = replaced(log)[FORGED - 1:FORGED + 1]
    conn = sqlite3.connect(root / DB_FILE)
    conn.execute("DROP TRIGGER custody_append_only_update")
    conn.execute("UPDATE custody SET details = ?, entry_hash = ? WHERE seq = ?",
                 (custody.canonical(fake.details), fake.entry_hash, fake.seq))
    conn.execute("UPDATE custody SET prev_hash = ? WHERE seq = ?", (after.prev_hash, after.seq))
    conn.commit()
    conn.close()
    with Case.open(root) as case:
        problems = verify.verify(case, actor="lawyer").problems
    assert problems == [f"Custody entry {FORGED + 1} ({after.action}, {after.at_utc}) does not "
                        "match its own hash: it was edited after it was written."]
