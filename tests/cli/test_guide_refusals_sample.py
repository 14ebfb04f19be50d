"""The monitor's guide's sample spreadsheet, docs/guide/refusals-sample.csv: it imports through
the command line as the guide shows, into a case with the bundled Almaty venues, and reads as the
guide's column table says. So the guide's example cannot drift from the importer."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from evidence.claims_csv import COLUMNS, REQUIRED
from tests.helpers.cli import ok, skver

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "docs" / "guide" / "refusals-sample.csv"
GUIDE = ROOT / "docs" / "guide" / "monitor.md"


@pytest.mark.slow  # runs `python main.py`
def test_the_sample_imports_as_the_guide_shows(tmp_path):
    case = tmp_path / "case"
    ok(skver("case", "init", str(case), "--timezone", "Asia/Almaty"))
    ok(skver("venue", "import", "--case", str(case), "almaty-2020"))

    run = ok(skver("claim", "import", "--case", str(case), str(SAMPLE)))

    assert run.stdout.splitlines()[0] == "Imported 4 claims: 1, 2, 3, 4."
    assert "claim 4: public_order proposed from: «общественного порядка, а также безопасности»" \
        in run.stdout
    listed = json.loads(ok(skver("claim", "list", "--case", str(case), "--json")).stdout)
    claims = {c["document_number"]: c for c in listed}
    assert {n: (c["venue_slug"], c["window_start_utc"], c["window_end_utc"])
            for n, c in claims.items()} == {
        # 09:00 to a clock time on the same day, Almaty at UTC+6 in 2023
        "SAMPLE-2023/014": ("sary-arka-cinema-square", "2023-04-15T03:00:00Z",
                            "2023-04-15T12:00:00Z"),
        "SAMPLE-2023/027": ("valikhanov-square", "2023-05-20T11:00:00Z", "2023-05-20T16:00:00Z"),
        # across midnight
        "SAMPLE-2023/041": ("gandhi-park", "2023-06-10T14:00:00Z", "2023-06-10T20:00:00Z"),
        # a whole day given as dates alone, Almaty at UTC+5 since March 2024
        "SAMPLE-2024/003": ("valikhanov-square", "2024-03-15T19:00:00Z", "2024-03-16T19:00:00Z"),
    }
    assert {n: (c["category"], c["category_source"]) for n, c in claims.items()} == {
        "SAMPLE-2023/014": ("repair_works", "classifier"),
        "SAMPLE-2023/027": ("other_event", "user"),  # given in the file: confirmed
        "SAMPLE-2023/041": ("repair_works", "classifier"),  # a Kazakh excuse
        "SAMPLE-2024/003": ("public_order", "classifier"),
    }
    assert claims["SAMPLE-2023/041"]["expected_participants"] == 1500  # written "1 500"
    assert claims["SAMPLE-2023/027"]["alternative_offered"] == (
        "Предложено провести собрание 27 мая, в другом месте.")  # a comma inside quotes

    again = skver("claim", "import", "--case", str(case), str(SAMPLE))

    assert again.returncode == 1
    assert "Nothing was imported" in again.stderr
    assert "row 5, column document_number" in again.stderr
    assert len(json.loads(ok(skver("claim", "list", "--case", str(case), "--json")).stdout)) == 4


def test_the_sample_and_the_guides_table_have_every_column():
    with SAMPLE.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == list(COLUMNS)
    table = re.findall(r"^\| `(\w+)` \| *(yes)? *\|", GUIDE.read_text(encoding="utf-8"), re.M)
    assert [name for name, _ in table] == list(COLUMNS)
    assert [name for name, required in table if required] == list(REQUIRED)
