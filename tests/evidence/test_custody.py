"""The hash chain: any edit, removal, insertion or cut is caught."""

from __future__ import annotations

import dataclasses
import itertools

from evidence import custody, store
from evidence.store import Case


def chain(tmp_path, n: int = 5) -> list[custody.Entry]:
    with Case.create(tmp_path / "c", title="", timezone=None, actor="a") as case:
        for i in range(n):
            with case.transaction():
                case.record("monitor", "note", f"{i:064x}", {"n": i, "text": "Сквер"})
        return list(store.log.entries(case))


def test_an_intact_chain(tmp_path):
    log = chain(tmp_path)
    problems, last = custody.chain_problems(log)
    assert problems == [] and last.seq == 7   # case-created, case-key-created, five notes
    assert log[0].prev_hash == custody.GENESIS
    assert all(b.prev_hash == a.entry_hash for a, b in itertools.pairwise(log))


def test_an_edited_entry_breaks_its_own_hash(tmp_path):
    log = chain(tmp_path)
    log[2] = dataclasses.replace(log[2], details={"n": 99, "text": "Сквер"})
    problems, _ = custody.chain_problems(log)
    assert any("entry 3" in p and "edited" in p for p in problems)


def test_a_removed_entry_breaks_the_chain(tmp_path):
    log = chain(tmp_path)
    del log[3]
    problems, _ = custody.chain_problems(log)
    assert any("4–4 are missing" in p for p in problems)
    assert any("does not follow" in p for p in problems)


def test_a_rewritten_chain_does_not_match_the_head_anchor(tmp_path):
    log = chain(tmp_path)
    head = (log[-1].seq, log[-1].entry_hash)
    assert custody.head_problems(head, log) == []
    assert "cut from its end" in custody.head_problems(head, log[:-2])[0]
    forged = [*log[:-1], dataclasses.replace(log[-1], entry_hash="f" * 64)]
    assert "rewritten" in custody.head_problems(head, forged)[0]
    assert "missing" in custody.head_problems(None, log)[0]


def test_a_head_anchor_behind_the_log_is_fine(tmp_path):
    # A crash between the database commit and the anchor's update leaves it one behind.
    log = chain(tmp_path)
    assert custody.head_problems((log[-2].seq, log[-2].entry_hash), log) == []


def test_the_head_anchor_follows_every_commit(tmp_path):
    log = chain(tmp_path)
    assert custody.parse_head((tmp_path / "c" / "custody-head").read_bytes()) == \
        (7, log[-1].entry_hash)
