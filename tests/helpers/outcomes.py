"""A copy of the demo whose refusal DEMO-2022/088 (claim 3) has photos of three outcomes: photo 5
bears on nothing (its observation withdrawn), 8 bears the ground out (its observation withdrawn,
an event seen), 6 and 9 are inconsistent with it (the demo's own observations)."""

from __future__ import annotations

import shutil
from pathlib import Path

from evidence import observations
from evidence.model import Observation, Tag
from evidence.results import Outcome
from evidence.store import Case

CLAIM = 3
OUTCOMES = {5: Outcome.NEITHER, 6: Outcome.CONTRADICTS, 8: Outcome.SUPPORTS, 9: Outcome.CONTRADICTS}


def every_outcome_case(demo_case: Path, where: Path) -> Path:
    root = where / "every-outcome"
    shutil.copytree(demo_case, root)
    with Case.open(root) as case:
        found = observations.by_photo(case)
        for photo in (5, 8):
            for row in found.get(photo, ()):
                observations.withdraw(case, row.id, row.reviewer, row.reviewer, "test")
        observations.add(case, Observation(8, "Dana", (Tag.EVENT_IN_PROGRESS,), None), "Dana")
    return root
