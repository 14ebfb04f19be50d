"""The venue commands as a user runs them: list, add, edit, import, export."""

from __future__ import annotations

import json
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers.cli import skver
from tests.helpers.photos import Shot, write_photo

pytestmark = pytest.mark.slow  # every test runs `python main.py`

KML = "{http://www.opengis.net/kml/2.2}"


def new_case(path) -> str:
    run = skver("case", "init", str(path), "--timezone", "Asia/Almaty")
    assert run.returncode == 0, run.stderr
    return str(path)


@pytest.fixture(scope="module")
def blank(tmp_path_factory) -> Path:
    """A case just made with `case init`; only copied."""
    return Path(new_case(tmp_path_factory.mktemp("init") / "case"))


@pytest.fixture
def case(blank, tmp_path) -> str:
    """A copy of the new case, free to change."""
    return str(shutil.copytree(blank, tmp_path / "case"))


def listing(case: str) -> list[dict]:
    run = skver("venue", "list", "--case", case, "--json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_add_edit_list_and_verify(case):
    run = skver("venue", "add", "--case", case, "--slug", "gandhi-park", "--name-en",
                "Gandhi Park", "--name-ru", "парк имени Ганди", "--lat", "43.2445", "--lon",
                "76.9075", "--radius-m", "100", "--legal-basis", "decision No. 462")
    assert run.returncode == 0, run.stderr
    assert "Added venue 1: gandhi-park" in run.stdout
    edit = skver("venue", "edit", "--case", case, "gandhi-park", "--valid-to", "2024-08-31",
                 "--capacity", "1000", actor="lawyer")
    assert edit.returncode == 0 and "changed capacity, valid_to" in edit.stdout
    [venue] = listing(case)
    assert venue["id"] == 1 and venue["name_ru"] == "парк имени Ганди"
    assert (venue["capacity"], venue["valid_to"], venue["confidence"]) == (
        1000, "2024-08-31", "approximate")
    assert venue["geometry"] == {"type": "Point", "coordinates": [76.9075, 43.2445]}
    clear = skver("venue", "edit", "--case", case, "1", "--valid-to", "", "--capacity", "")
    assert clear.returncode == 0 and listing(case)[0]["valid_to"] is None
    assert "gandhi-park" in skver("venue", "list", "--case", case).stdout
    check = skver("verify", "--case", case)
    assert check.returncode == 0 and "Intact." in check.stdout
    assert "venue-edited" in skver("log", "--case", case).stdout


@pytest.mark.parametrize(("args", "says"), [
    (["--slug", "Gandhi Park", "--lat", "43.2", "--lon", "76.9", "--radius-m", "50"], "slug"),
    (["--slug", "g", "--lat", "95", "--lon", "76.9", "--radius-m", "50"], "latitude 95"),
    (["--slug", "g", "--lat", "43.2", "--lon", "76.9"], "radius_m"),
    (["--slug", "g", "--lat", "43.2", "--lon", "76.9", "--radius-m", "5",
      "--valid-from", "2020-31-01"], "valid_from"),
])
def test_invalid_values_exit_1_naming_the_field(case, args, says):
    run = skver("venue", "add", "--case", case, "--name-en", "G", *args)
    assert run.returncode == 1 and says in run.stderr
    assert listing(case) == []


@pytest.mark.parametrize("args", [
    ["--lat", "43.2"],                                       # no longitude
    [],                                                      # nowhere at all
    ["--lat", "43.2", "--lon", "76.9", "--geometry-file", "x.geojson"],
    ["--lat", "43.2", "--lon", "76.9", "--capacity", "many"],
    ["--lat", "43.2", "--lon", "76.9", "--confidence", "sure"],
])
def test_usage_errors_exit_2(case, args):
    run = skver("venue", "add", "--case", case, "--slug", "g", "--name-en", "G",
                "--radius-m", "50", *args)
    assert run.returncode == 2, run.stderr
    assert listing(case) == []


def test_a_polygon_from_a_geometry_file(case, tmp_path):
    ring = [[76.94, 43.23], [76.95, 43.23], [76.95, 43.24], [76.94, 43.23]]
    hole = [[76.944, 43.232], [76.946, 43.232], [76.945, 43.234], [76.944, 43.232]]
    path = tmp_path / "square.geojson"
    path.write_text(json.dumps({"type": "Feature", "properties": {},
                                "geometry": {"type": "Polygon", "coordinates": [ring, hole]}}))
    run = skver("venue", "add", "--case", case, "--slug", "square", "--name-en", "Square",
                "--geometry-file", str(path), "--confidence", "surveyed")
    assert run.returncode == 0, run.stderr
    [venue] = listing(case)
    assert venue["geometry"]["coordinates"] == [ring, hole] and venue["radius_m"] is None


def test_the_bundled_almaty_dataset(case):
    run = skver("venue", "import", "--case", case, "almaty-2020")
    assert run.returncode == 0, run.stderr
    assert "Imported 3 venues" in run.stdout
    found = listing(case)
    assert len(found) == 3 and {v["confidence"] for v in found} == {"approximate"}
    again = skver("venue", "import", "--case", case, "almaty-2020")
    assert again.returncode == 1 and "--replace" in again.stderr
    assert skver("venue", "import", "--case", case, "--replace", "almaty-2020").returncode == 0
    assert listing(case) == found
    unknown = skver("venue", "import", "--case", case, "paris-1968")
    assert unknown.returncode == 2 and "almaty-2020" in unknown.stderr
    assert skver("verify", "--case", case).returncode == 0


def test_export_then_import_elsewhere_is_byte_for_byte(case, tmp_path):
    skver("venue", "import", "--case", case, "almaty-2020")
    skver("venue", "add", "--case", case, "--slug", "nasty", "--name-en",
          '<script>alert(1)</script> & "Ганди"', "--lat", "43.2", "--lon", "76.9",
          "--radius-m", "30")
    first = tmp_path / "first.geojson"
    assert skver("venue", "export", "--case", case, "--out", str(first)).returncode == 0
    other = new_case(tmp_path / "other")
    assert skver("venue", "import", "--case", other, str(first)).returncode == 0
    second = tmp_path / "second.geojson"
    assert skver("venue", "export", "--case", other, "--out", str(second)).returncode == 0
    assert second.read_bytes() == first.read_bytes()

    kml = tmp_path / "venues.kml"
    run = skver("venue", "export", "--case", case, "--out", str(kml))
    assert run.returncode == 0 and "Exported 4 venues" in run.stdout
    text = kml.read_text(encoding="utf-8")
    assert "<script>" not in text
    assert len(ET.fromstring(text).findall(f"{KML}Document/{KML}Placemark")) == 4
    forced = tmp_path / "venues.txt"
    assert skver("venue", "export", "--case", case, "--out", str(forced), "--format",
                 "kml").returncode == 0
    assert forced.read_text(encoding="utf-8") == text
    unknown = skver("venue", "export", "--case", case, "--out", str(tmp_path / "v.txt"))
    assert unknown.returncode == 2 and "--format" in unknown.stderr


def test_a_bad_feature_imports_nothing(case, tmp_path):
    good = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [76.9, 43.2]},
            "properties": {"slug": "good", "name_en": "Good", "radius_m": 50,
                           "confidence": "approximate"}}
    bad = json.loads(json.dumps(good))
    bad["properties"].update(slug="bad", valid_to="2024-02-30")
    path = tmp_path / "in.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [good, bad]}))
    run = skver("venue", "import", "--case", case, str(path))
    assert run.returncode == 1
    assert "Feature 2" in run.stderr and "valid_to" in run.stderr
    assert listing(case) == []


def test_edit_from_photo(case, tmp_path):
    write_photo(tmp_path / "in" / "site.jpg", Shot(lat=43.2449, lon=76.9081))
    write_photo(tmp_path / "in" / "no-gps.jpg",
                Shot(lat=None, lon=None, taken="2022:08:20 18:31:00"))
    assert skver("import", "--case", case, str(tmp_path / "in")).returncode == 0
    photos = {p["original_name"]: p["id"] for p in json.loads(
        skver("photos", "--case", case, "--json").stdout)}
    skver("venue", "import", "--case", case, "almaty-2020")
    run = skver("venue", "edit", "--case", case, "gandhi-park", "--from-photo",
                str(photos["site.jpg"]), "--radius-m", "90")
    assert run.returncode == 0, run.stderr
    gandhi = next(v for v in listing(case) if v["slug"] == "gandhi-park")
    assert gandhi["confidence"] == "photo-gps" and gandhi["radius_m"] == 90
    assert gandhi["geometry"]["coordinates"] == pytest.approx([76.9081, 43.2449], abs=1e-6)
    no_gps = skver("venue", "edit", "--case", case, "valikhanov-square", "--from-photo",
                   str(photos["no-gps.jpg"]))
    assert no_gps.returncode == 1 and "no-gps.jpg" in no_gps.stderr
    both = skver("venue", "edit", "--case", case, "gandhi-park", "--from-photo", "1",
                 "--lat", "43.2", "--lon", "76.9")
    assert both.returncode == 2
    assert skver("verify", "--case", case).returncode == 0


def test_verify_catches_a_venue_edited_with_raw_sql(case):
    skver("venue", "import", "--case", case, "almaty-2020")
    conn = sqlite3.connect(f"{case}/case.sqlite")
    conn.execute("UPDATE venues SET confidence = 'surveyed' WHERE slug = 'valikhanov-square'")
    conn.commit()
    conn.close()
    run = skver("verify", "--case", case)
    assert run.returncode == 3
    assert "edited outside Skver" in run.stdout and "Venue 3" in run.stdout
