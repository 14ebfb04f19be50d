"""The window's case state after changes read back one at a time is the state a fresh read of
the case gives: the same verdicts, the same refusals listed under each photo, the same custody."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from evidence import claims, observations
from evidence.model import Observation, Tag
from evidence.store import Case
from gui.app.state import CaseEngine, CaseState, Refresh


def shown(state: CaseState) -> tuple[object, ...]:
    """What the views read of a state, in plain values."""
    bearing = {photo: [(c.claim_id, p.as_json()) for c, p in pairs]
               for photo, pairs in state.bearing.items()}
    custody = {sha: [e.seq for e in entries] for sha, entries in state.custody.items()}
    return state.result.as_json(), bearing, custody


def test_changes_read_back_give_what_reopening_the_case_gives(demo_case: Path, tmp_path: Path):
    folder = Path(shutil.copytree(demo_case, tmp_path / "demo"))
    with Case.open(folder) as case:
        engine = CaseEngine.read(case)
        gandhi = next(c for c in engine.state.claims
                      if c.claim.document_number == "DEMO-2022/095")
        before = shown(engine.state)

        # A crowd seen in a Gandhi Park photo: its refusal is now mixed.
        observations.add(case, Observation(10, "tester", (Tag.EVENT_IN_PROGRESS,), 400, ""),
                         "tester")
        change = engine.refresh(case, Refresh(observed=frozenset({10})))
        assert change.claims == {gandhi.claim_id}
        assert engine.state.claim(gandhi.claim_id).verdict.value == "mixed"

        # Its window moved a day later: no photo bears on it any more.
        claim = gandhi.claim
        claims.edit(case, gandhi.claim_id, {
            "window_start": claim.window_start + timedelta(days=1),
            "window_end": claim.window_end + timedelta(days=1)}, "tester")
        engine.refresh(case, Refresh(claims=frozenset({gandhi.claim_id})))
        assert engine.state.claim(gandhi.claim_id).photos == ()
        assert all(gandhi.claim_id not in {c.claim_id for c, _ in pairs}
                   for pairs in engine.state.bearing.values())

        # A second refusal over the old window: the photos bear on it instead.
        new_id = claims.add(case, replace(claim, id=None, document_number="DEMO-2022/095-B"),
                            "tester")
        engine.refresh(case, Refresh(claims=frozenset({new_id})))
        assert engine.state.bearing_on(10)[0][0].claim_id == new_id

        again = CaseEngine.read(case).state
    assert shown(engine.state) == shown(again)
    assert shown(engine.state) != before
