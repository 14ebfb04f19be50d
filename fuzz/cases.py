"""A small case for importer targets: made once per worker, copied fresh for every input.

After an input the copy must be consistent: a refused import leaves every table and the custody
log exactly as they were (nothing half-imported), and `evidence.verify.verify` finds the case
intact whatever happened.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from evidence import venues, verify, witness
from evidence.model import Confidence, Venue
from evidence.store import Case

ZONE = "Asia/Almaty"
SQUARE = {"type": "Polygon", "coordinates": [[[76.940, 43.240], [76.942, 43.240],
                                              [76.942, 43.2415], [76.940, 43.2415],
                                              [76.940, 43.240]]]}


class Inconsistent(AssertionError):
    """The case is not what a refused or completed import should leave."""


def template(work: Path) -> Path:
    """A case with one venue ('square'), built once in `work`."""
    root = work / "template-case"
    if (root / ".done").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    with Case.create(root, title="fuzz", timezone=ZONE, actor="fuzz") as case:
        venues.add(case, Venue(slug="square", name_en="Square", geometry=SQUARE,
                               confidence=Confidence("surveyed")), "fuzz")
    (root / ".done").touch()
    return root


def fresh(work: Path) -> Case:
    """An open copy of the template case, in place of the last input's copy."""
    root = work / "case"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(template(work), root)
    # Every input starts from the template again: on purpose, the older copy of a case this
    # computer has seen go further, which its witness (evidence.witness) would rightly report.
    case = Case.open(root)
    witness.path_for(case.info.id, root).unlink(missing_ok=True)
    return case


def counts(case: Case) -> dict[str, int]:
    return case.table_counts()


def check_refused(case: Case, before: dict[str, int]) -> None:
    after = counts(case)
    if after != before:
        raise Inconsistent(f"a refused import changed the case: {before} -> {after}")


def check_intact(case: Case) -> None:
    report = verify.verify(case, actor="fuzz", workers=1)
    if not report.intact:
        raise Inconsistent("the case no longer verifies: " + "; ".join(report.problems[:5]))
