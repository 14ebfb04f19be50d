"""`redact` as a user runs it: regions by hand, faces proposed then confirmed, list, remove."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from evidence import custody, redaction, store
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers.cli import skver_here as skver
from tests.helpers.files import sha256_of
from tests.helpers.photos import Shot, busy_image, write_photo


@pytest.fixture
def case(tmp_path, corpus) -> Path:
    root = tmp_path / "case"
    with Case.create(root, title="t", timezone="Asia/Almaty", actor="t") as opened:
        photo = write_photo(tmp_path / "in" / "square.jpg", Shot(), busy_image(), quality=95)
        people = Path(shutil.copy(corpus / "jpg/exif-org/sony-d700.jpg", tmp_path / "in"))
        list(import_paths(opened, [str(photo), str(people)], actor="t", workers=1))
    return root


def entries(root: Path) -> list[custody.Entry]:
    with Case.open(root) as opened:
        return list(store.log.entries(opened))


def test_redact_regions_list_and_remove(case, capsys):
    code, out, _ = skver(capsys, "redact", "--case", str(case), "1", "--region",
                         "10,10,50,40:face", "--region", "100,200,90,30:plate", "--method",
                         "black", "--actor", "aigerim")
    assert code == 0 and "2 region(s) blacked out" in out and "original is unchanged" in out
    code, out, _ = skver(capsys, "redact", "--case", str(case), "--list", "--json")
    [listed] = json.loads(out)
    assert listed["photo_id"] == 1 and listed["method"] == "black"
    assert listed["regions"][1] == {"x": 100, "y": 200, "w": 90, "h": 30, "reason": "plate"}
    assert entries(case)[-1].action == "redaction-set"
    redacted = redaction.redacted_path(case, listed["photo_sha256"])
    redacted.unlink()
    assert skver(capsys, "case", "rebuild-derived", "--case", str(case))[0] == 0
    assert sha256_of(redacted) == listed["derived_sha256"]
    code, out, _ = skver(capsys, "redact", "--case", str(case), "1", "--remove")
    assert code == 0 and "removed" in out
    assert json.loads(skver(capsys, "redact", "--case", str(case), "--list", "--json")[1]) == []
    assert skver(capsys, "verify", "--case", str(case))[0] == 0


@pytest.mark.slow
def test_faces_are_proposed_first_and_applied_only_when_asked(case, capsys):
    before = len(entries(case))
    code, out, _ = skver(capsys, "redact", "--case", str(case), "2", "--propose-faces")
    assert code == 0 and "face(s) proposed" in out and ":face" in out
    assert len(entries(case)) == before        # nothing applied, nothing recorded
    code, out, _ = skver(capsys, "redact", "--case", str(case), "2", "--apply-proposals")
    assert code == 0 and "blurred" in out
    with Case.open(case) as opened:
        done = redaction.get(opened, 2)
    assert done is not None and {r.reason for r in done.regions} == {"face"}


def test_mistakes_are_said_plainly(case, capsys):
    code, _, err = skver(capsys, "redact", "--case", str(case), "1", "--region", "400,300,200,9")
    assert code == 1 and "outside the image" in err and "480×360" in err
    code, _, err = skver(capsys, "redact", "--case", str(case), "9", "--region", "1,1,5,5")
    assert code == 1 and "no photo 9" in err
    code, _, err = skver(capsys, "redact", "--case", str(case), "1", "--remove")
    assert code == 1 and "no redaction" in err
    with pytest.raises(SystemExit) as usage:
        skver(capsys, "redact", "--case", str(case), "1")
    assert usage.value.code == 2
