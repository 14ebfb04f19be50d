"""The case commands as a user runs them: init, import, photos, log, verify."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers.cli import skver
from tests.helpers.photos import Shot, write_photo
from tests.helpers.records import JSON_KEYS

pytestmark = pytest.mark.slow  # every test runs `python main.py`

CASE_KEYS = {"id", "case_id", "original_name", "original_path", "original_source_label",
             "imported_utc", "imported_by", "established_utc", "time_basis", "proofs"}


@pytest.fixture(scope="module")
def new_case(tmp_path_factory) -> Path:
    """A case just made with `case init`; only copied."""
    root = tmp_path_factory.mktemp("init") / "case"
    run = skver("case", "init", str(root), "--title", "Сквер Сары-Арка", "--timezone",
                "Asia/Almaty")
    assert run.returncode == 0 and "Created case" in run.stdout
    return root


@pytest.fixture
def case(new_case, tmp_path) -> Path:
    """A copy of the new case, free to change."""
    return Path(shutil.copytree(new_case, tmp_path / "case"))


def test_import_then_list_then_verify(case, tmp_path):
    write_photo(tmp_path / "in" / "visit 1.jpg", Shot(offset="+06:00"))
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF-1.4 not a photo")
    run = skver("import", "--case", str(case), "--json", str(tmp_path / "in"))
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)
    assert [r["outcome"] for r in results] == ["rejected", "imported"]  # name order
    assert "not an image" in results[0]["reason"]

    photos = json.loads(skver("photos", "--case", str(case), "--json").stdout)
    assert len(photos) == 1 and set(photos[0]) == JSON_KEYS | CASE_KEYS
    photo = photos[0]
    assert (photo["original_name"], photo["imported_by"]) == ("visit 1.jpg", "aigerim")
    assert Path(photo["path"]).is_file() and photo["taken_utc"] == "2022-08-20T12:30:00Z"

    check = skver("verify", "--case", str(case), actor="lawyer")
    assert check.returncode == 0 and "1 of 1 intact" in check.stdout and "Intact." in check.stdout

    log = skver("log", "--case", str(case)).stdout
    for action in ("case-created", "import ", "import-batch", "verify"):
        assert action in log
    entries = json.loads(skver("log", "--case", str(case), "--json").stdout)
    assert [e["actor"] for e in entries][-1] == "lawyer"


def test_import_records_the_path_inside_the_folder_and_the_label_given(case, tmp_path):
    folder = tmp_path / "home" / "aigerim" / "phone"
    write_photo(folder / "DCIM" / "visit 1.jpg")
    run = skver("import", "--case", str(case), "--source-label", "second phone, SD card",
                str(folder))
    assert run.returncode == 0, run.stderr
    [photo] = json.loads(skver("photos", "--case", str(case), "--json").stdout)
    assert (photo["original_path"], photo["original_source_label"]) == (
        "DCIM/visit 1.jpg", "second phone, SD card")
    log = skver("log", "--case", str(case)).stdout
    assert "second phone, SD card: DCIM/visit 1.jpg" in log
    entries = skver("log", "--case", str(case), "--json").stdout
    assert str(tmp_path / "home") not in entries

    again = skver("import", "--case", str(case), "--full-paths", str(folder / "DCIM"))
    assert again.returncode == 0, again.stderr
    [*_, duplicate, _batch] = json.loads(skver("log", "--case", str(case), "--json").stdout)
    assert duplicate["action"] == "import-duplicate"
    assert (duplicate["details"]["source_path"], duplicate["details"]["source_root"]) == (
        str(folder / "DCIM" / "visit 1.jpg"), str(folder / "DCIM"))
    assert "Intact." in skver("verify", "--case", str(case)).stdout


def test_a_label_that_is_not_one_line_is_refused_before_anything_is_imported(case, tmp_path):
    run = skver("import", "--case", str(case), "--source-label", "phone\u202egpj.exe",
                str(write_photo(tmp_path / "a.jpg")))
    assert run.returncode != 0 and "plain text" in run.stderr
    assert "import" not in skver("log", "--case", str(case)).stdout


def test_summary_without_json(case, tmp_path):
    path = write_photo(tmp_path / "a.jpg")
    assert "1 imported, 0 already in the case, 0 rejected." in skver(
        "import", "--case", str(case), str(path)).stdout
    assert "0 imported, 1 already in the case, 0 rejected." in skver(
        "import", "--case", str(case), str(path)).stdout


def test_verify_exits_3_and_names_the_discrepancy(case, tmp_path):
    skver("import", "--case", str(case), str(write_photo(tmp_path / "a.jpg")))
    conn = sqlite3.connect(case / "case.sqlite")
    conn.execute("UPDATE photos SET latitude = 43.30")
    conn.commit()
    conn.close()
    run = skver("verify", "--case", str(case))
    assert run.returncode == 3
    assert "DISCREPANCY" in run.stdout and "latitude" in run.stdout
    assert "NOT INTACT: 1 discrepancies." in run.stdout


def test_not_a_case_is_a_clear_error(tmp_path):
    run = skver("verify", "--case", str(tmp_path))
    assert run.returncode == 1 and "not a Skver case" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_newer_case_is_refused(case):
    conn = sqlite3.connect(case / "case.sqlite")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    run = skver("photos", "--case", str(case))
    assert run.returncode == 1 and "newer version of Skver" in run.stderr


def test_import_of_a_missing_path_is_a_usage_error(case, tmp_path):
    run = skver("import", "--case", str(case), str(tmp_path / "nope"))
    assert run.returncode == 2 and "no such file or folder" in run.stderr


def test_init_into_a_folder_with_files_is_refused(tmp_path):
    (tmp_path / "x.txt").write_text("keep me")
    run = skver("case", "init", str(tmp_path))
    assert run.returncode == 1 and "not an empty folder" in run.stderr
    assert (tmp_path / "x.txt").read_text() == "keep me"


def test_rebuild_derived_after_deleting_them(case, tmp_path, corpus):
    skver("import", "--case", str(case), str(corpus / "heic" / "IMG_5195.HEIC"),
          str(write_photo(tmp_path / "a.jpg")))
    shutil.rmtree(case / "derived")
    run = skver("case", "rebuild-derived", "--case", str(case))
    assert run.returncode == 0 and "rebuilt for 2 of 2 photos" in run.stdout
    assert len(list((case / "derived" / "thumbs").rglob("*.jpg"))) == 2
    assert len(list((case / "derived" / "display").rglob("*.jpg"))) == 1
    assert skver("verify", "--case", str(case)).returncode == 0


def test_demo_then_analyze(tmp_path):
    run = skver("demo", "--out", str(tmp_path / "demo"))
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("-> contradicted") == 4
    analysed = json.loads(skver("analyze", "--case", str(tmp_path / "demo"), "--json").stdout)
    assert [c["verdict"] for c in analysed["claims"]] == ["contradicted"] * 4
    again = skver("analyze", "--case", str(tmp_path / "demo"), "--json").stdout
    assert json.dumps(analysed, ensure_ascii=False, indent=2, sort_keys=True) + "\n" == again
    assert skver("verify", "--case", str(tmp_path / "demo")).returncode == 0
    said = skver("analyze", "--case", str(tmp_path / "demo")).stdout
    assert "CONTRADICTED (Photos inconsistent with the stated ground (with limits))" in said
    assert "1 photo counted (1 deciding); 5% of the window" in said
    assert "limited  the venue's position is approximate; a single photo" in said
    assert "not counted  Photo 7: taken in the window, but the file records no GPS position" \
        in said


def test_observe_names_unknown_tags_and_photos(case, tmp_path):
    skver("import", "--case", str(case), str(write_photo(tmp_path / "a.jpg")))
    bad_tag = skver("observe", "--case", str(case), "1", "--tag", "crowded")
    assert bad_tag.returncode == 1 and "venue_empty" in bad_tag.stderr
    bad_photo = skver("observe", "--case", str(case), "99", "--tag", "venue_empty")
    assert bad_photo.returncode == 1 and "matches no photo" in bad_photo.stderr
    ok = skver("observe", "--case", str(case), "1", "--tag", "venue_empty", "--people", "0")
    assert ok.returncode == 0 and "Observation 1 recorded for photo 1" in ok.stdout


def test_static_map_of_a_refusal(demo_source, tmp_path):
    shutil.copytree(demo_source, tmp_path / "demo")
    run = skver("map", "--case", str(tmp_path / "demo"), "--claim", "3",
                "--out", str(tmp_path / "claim3.png"))
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "claim3.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    no_claim = skver("map", "--case", str(tmp_path / "demo"), "--out", str(tmp_path / "x.png"))
    assert no_claim.returncode == 2 and "--claim" in no_claim.stderr
    online = skver("map", "--case", str(tmp_path / "demo"), "--claim", "3", "--tiles", "osm",
                   "--out", str(tmp_path / "y.png"))
    assert online.returncode == 2 and "never go online" in online.stderr


def test_photos_lists_the_moment_the_verdicts_use(tmp_path):
    assert skver("demo", "--out", str(tmp_path / "demo")).returncode == 0
    listed = skver("photos", "--case", str(tmp_path / "demo")).stdout.splitlines()
    # IMG_0006's camera clock is a day behind: listed by the GPS clock, as the verdict dates it
    [skewed] = [line for line in listed if "IMG_0006.jpg" in line]
    assert "2022-08-20T13:05:00Z" in skewed and skewed.endswith("(GPS clock)")
    photos = json.loads(skver("photos", "--case", str(tmp_path / "demo"), "--json").stdout)
    six = next(p for p in photos if p["original_name"] == "IMG_0006.jpg")
    assert six["taken_utc"].startswith("2022-08-19")      # the camera's own reading, kept
    assert (six["established_utc"], six["time_basis"]) == ("2022-08-20T13:05:00Z", "GPS clock")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_static_map_speaks_the_language_asked_for(demo_source, tmp_path, lang):
    # `map --lang` gave the page's words only: a static map was English whatever was asked.
    import re
    import xml.etree.ElementTree as ET

    from reports import strings

    shutil.copytree(demo_source, tmp_path / "demo")
    out = tmp_path / "claim3.svg"
    run = skver("map", "--case", str(tmp_path / "demo"), "--claim", "3", "--lang", lang,
                "--out", str(out))
    assert run.returncode == 0, run.stderr
    root = ET.fromstring(out.read_text(encoding="utf-8"))
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    table = strings.table(lang)
    said = " ".join(texts)
    assert table["verdict.contradicted"] in said
    assert table["claim.verdict"] in said and table["map.north"] in texts
    # No English word left: the venue in its Russian or Kazakh name.
    english = {w for t in texts for w in re.findall(r"[A-Za-z]{3,}", t)}
    assert english <= {"DEMO", "UTC", "GPS"}, english   # its document number: DEMO-2022/088
