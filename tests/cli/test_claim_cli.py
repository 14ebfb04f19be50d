"""The refusal commands as a user runs them: claim add, list, edit, import."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from evidence.store import Case
from tests.helpers.claimfiles import HEADER, ROWS, a_pdf, add_venue, write_csv
from tests.helpers.cli import skver

pytestmark = pytest.mark.slow  # every test runs `python main.py`

ADD = ("--document-number", "ЗТ-Б-1234", "--document-date", "2022-08-15", "--venue",
       "sary-arka", "--window-start", "2022-08-20 18:00", "--window-end", "23:00")


@pytest.fixture(scope="module")
def two_venues(tmp_path_factory) -> Path:
    """A new case with the venues sary-arka and gandhi-park; only copied."""
    root = tmp_path_factory.mktemp("venues") / "case"
    assert skver("case", "init", str(root), "--timezone", "Asia/Almaty").returncode == 0
    with Case.open(root) as opened:
        add_venue(opened)
        add_venue(opened, "gandhi-park")
    return root


@pytest.fixture
def case(two_venues, tmp_path) -> Path:
    """A copy of the case, free to change."""
    return Path(shutil.copytree(two_venues, tmp_path / "case"))


def listed(case: Path, *options: str) -> list[dict]:
    run = skver("claim", "list", "--case", str(case), "--json", *options)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_add_proposes_a_category_and_shows_why(case):
    run = skver("claim", "add", "--case", str(case), *ADD, "--excuse",
                "В связи с проведением ремонтных работ на территории сквера")
    assert run.returncode == 0, run.stderr
    assert "Added claim 1" in run.stdout
    assert "repair_works, proposed by the classifier from: «ремонтных работ»" in run.stdout
    assert "2022-08-20T12:00:00Z – 2022-08-20T17:00:00Z" in run.stdout
    (claim,) = listed(case)
    assert (claim["category"], claim["category_source"], claim["excuse_lang"]) == (
        "repair_works", "classifier", "ru")
    assert (claim["window_start_local"], claim["venue_slug"]) == (
        "2022-08-20T18:00:00+06:00", "sary-arka")


def test_add_with_everything_and_a_letter(case, tmp_path):
    letter = a_pdf(tmp_path / "otkaz.pdf")
    run = skver("claim", "add", "--case", str(case), *ADD, "--excuse", "a concert is scheduled",
                "--category", "other_event", "--authority", "Akimat", "--signatory", "B. S.",
                "--event-date", "2022-08-20", "--event-hours", "18:00-20:00", "--participants",
                "300", "--alternative", "none", "--notes", "n", "--letter", str(letter),
                actor="aigerim")
    assert run.returncode == 0, run.stderr
    (claim,) = listed(case)
    assert (claim["category_source"], claim["signatory"], claim["expected_participants"]) == (
        "user", "B. S.", 300)
    assert (case / claim["letter_path"]).read_bytes() == letter.read_bytes()
    log = skver("log", "--case", str(case)).stdout
    assert "claim-added" in log and "letter-attached" in log
    assert skver("verify", "--case", str(case)).returncode == 0


def test_list_filters_and_text(case):
    skver("claim", "add", "--case", str(case), *ADD, "--excuse", "ремонт")
    skver("claim", "add", "--case", str(case), *ADD[:5], "gandhi-park", *ADD[6:],
          "--excuse", "Мәдени іс-шара өткізіледі")
    assert [c["id"] for c in listed(case, "--venue", "gandhi-park")] == [2]
    assert [c["id"] for c in listed(case, "--category", "repair_works")] == [1]
    text = skver("claim", "list", "--case", str(case)).stdout
    assert "2022-08-20 18:00–23:00 (UTC+06:00)" in text and "(proposed)" in text
    assert "Мәдени іс-шара өткізіледі" in text


def test_edit_and_confirm(case):
    skver("claim", "add", "--case", str(case), *ADD, "--excuse", "ремонт")
    run = skver("claim", "edit", "--case", str(case), "1", "--confirm-category",
                "--window-end", "2022-08-21 01:00", "--participants", "50", actor="lawyer")
    assert run.returncode == 0, run.stderr
    (claim,) = listed(case)
    assert (claim["category_source"], claim["window_end_utc"], claim["expected_participants"]) \
        == ("user", "2022-08-20T19:00:00Z", 50)
    log = skver("log", "--case", str(case)).stdout
    assert "claim-edited" in log and "claim-category-confirmed" in log
    assert skver("verify", "--case", str(case)).returncode == 0


def test_import_a_csv(case, tmp_path):
    run = skver("claim", "import", "--case", str(case), str(write_csv(tmp_path / "c.csv", *ROWS)))
    assert run.returncode == 0, run.stderr
    assert "Imported 3 claims: 1, 2, 3." in run.stdout
    assert "claim 1: repair_works proposed from: «ремонтных работ»" in run.stdout
    assert len(listed(case)) == 3


def test_a_bad_csv_imports_nothing_and_says_where(case, tmp_path):
    path = write_csv(tmp_path / "c.csv", ROWS[0], "B-2,2022-08-15,,,,,,x,2022-08-20 18:00,,"
                     "ремонт,,,", header=HEADER)
    run = skver("claim", "import", "--case", str(case), str(path))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "Nothing was imported" in run.stderr
    assert "row 3, column venue: there is no venue 'x'" in run.stderr
    assert "row 3, column window_end: missing" in run.stderr
    assert listed(case) == []


def test_a_changed_letter_fails_verify(case, tmp_path):
    skver("claim", "add", "--case", str(case), *ADD, "--excuse", "ремонт", "--letter",
          str(a_pdf(tmp_path / "otkaz.pdf")))
    stored = case / listed(case)[0]["letter_path"]
    stored.chmod(0o644)
    stored.write_bytes(b"%PDF-1.4 forged")
    run = skver("verify", "--case", str(case))
    assert run.returncode == 3
    assert "DISCREPANCY" in run.stdout and "ЗТ-Б-1234" in run.stdout


@pytest.mark.parametrize(("options", "message"), [
    (("--document-date", "15.08.2022"), "document_date: '15.08.2022' is not a date"),
    (("--window-end", "17:00"), "window_end: the window must end after it starts"),
    (("--venue", "nowhere"), "venue: there is no venue 'nowhere'"),
    (("--category", "weather"), "category: 'weather' is not a category"),
    (("--zone", "Asia/Nowhere"), "not a time zone"),
])
def test_add_errors_name_the_field(case, options, message):
    args = dict(zip(ADD[::2], ADD[1::2], strict=True))
    args.update(dict(zip(options[::2], options[1::2], strict=True)))
    run = skver("claim", "add", "--case", str(case), *[x for kv in args.items() for x in kv],
                "--excuse", "ремонт")
    assert run.returncode == 1 and message in run.stderr and "Traceback" not in run.stderr
    assert listed(case) == []


def test_usage_errors(case, tmp_path):
    assert skver("claim", "add", "--case", str(case), "--excuse", "x").returncode == 2
    run = skver("claim", "import", "--case", str(case), str(tmp_path / "missing.csv"))
    assert run.returncode == 2 and "no such file" in run.stderr
    run = skver("claim", "edit", "--case", str(case), "7", "--notes", "x")
    assert run.returncode == 1 and "no claim 7" in run.stderr
