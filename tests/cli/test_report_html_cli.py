"""`report --out report.html`: the HTML report from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers.cli import skver
from tests.helpers.html_cases import parse

pytestmark = pytest.mark.slow  # every test runs `python main.py`


@pytest.fixture
def demo_case(demo_source, tmp_path) -> Path:
    """A copy of the demo case (tests/conftest.py): writing a report adds to its custody log."""
    return Path(shutil.copytree(demo_source, tmp_path / "case"))


def test_report_to_html_writes_one_offline_page_of_the_chosen_refusals(demo_case, tmp_path):
    root = demo_case
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    run = skver("report", "--case", str(root), "--out", str(out), "--lang", "kk",
                "--claims", "1,3", "--prepared-by", "Ә. Заңгер")
    assert run.returncode == 0, run.stderr
    assert f"Report written to {out}" in run.stdout
    page = out.read_text(encoding="utf-8")
    assert '<html lang="kk">' in page and "Ә. Заңгер" in parse(page).text
    assert 'id="C1"' in page and 'id="C3"' in page and 'id="C2"' not in page
    assert len(parse(page).frames) == 2  # an interactive map per chosen refusal
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.html"]


def test_report_to_html_of_a_missing_claim_is_a_clear_error(demo_case, tmp_path):
    root = demo_case
    out: Path = tmp_path / "report.html"
    run = skver("report", "--case", str(root), "--out", str(out), "--claims", "99")
    assert run.returncode != 0 and "no claim 99" in run.stderr
    assert not out.exists()
