"""The akimat's published occupancy from the command line (issue 20): a saved page imported,
its table read with a person's venue mapping, and `analyze --json` giving an "another event"
refusal event_not_published or event_published."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence.store import Case
from tests.helpers.claimfiles import add_venue
from tests.helpers.cli import ok, skver

pytestmark = pytest.mark.slow  # every test runs `python main.py`

PAGE = """<html><head><meta charset="utf-8"></head><body><table>
<tr><th>Место</th><th>Дата</th><th>Время</th><th>Количество участников</th><th>Мероприятие</th></tr>
<tr><td>Сквер за кинотеатром</td><td>14.06.2025</td><td>17:00-21:00</td><td>800</td>
<td>Городской праздник</td></tr></table></body></html>"""


@pytest.fixture
def case(tmp_path) -> Path:
    root = tmp_path / "case"
    ok(skver("case", "init", str(root), "--timezone", "Asia/Almaty"))
    with Case.open(root) as opened:
        add_venue(opened)
    ok(skver("claim", "add", "--case", str(root), "--document-number", "ЗТ-Б-77",
             "--document-date", "2025-06-10", "--venue", "sary-arka", "--window-start",
             "2025-06-14 18:00", "--window-end", "20:00", "--excuse",
             "Запланировано иное мероприятие", "--category", "other_event"))
    page = tmp_path / "occupancy.html"
    page.write_text(PAGE, encoding="utf-8")
    run = ok(skver("occupancy", "import", str(page), "--case", str(root), "--url",
                   "https://almaty.gov.kz/ru/occupancy", "--captured-at",
                   "2025-06-11 09:15+05:00", "--covers", "2025-06-01", "2025-06-30"))
    assert "Kept page 1: text/html" in run.stdout
    return root


def _procedure(root: Path) -> list[dict]:
    [claim] = json.loads(ok(skver("analyze", "--case", str(root), "--json")).stdout)["claims"]
    return [p for p in claim["procedure"] if "occupancy" in json.dumps(p["phrases"])]


def test_a_refusal_the_page_lists_nothing_for_is_event_not_published(case):
    [unread] = _procedure(case)  # nobody recorded the page's events: no absence is claimed
    assert unread["code"] == "occupancy_not_covered"
    assert "its events not recorded" in unread["statement"]
    run = ok(skver("occupancy", "complete", "1", "--case", str(case), "--actor", "aigerim"))
    assert "Page 1: its list of events marked complete by aigerim" in run.stdout
    listed = json.loads(ok(skver("occupancy", "list", "--case", str(case), "--json")).stdout)
    assert listed["pages"][0]["events_recorded"] == "person"
    [found] = _procedure(case)
    assert found["code"] == "event_not_published"
    assert "marked complete by a person" in found["statement"]
    assert found["facts"]["pages"][0]["captured_utc"] == "2025-06-11T04:15:00Z"
    assert "61-NP" in found["rule"]


def test_the_pages_table_read_with_a_persons_mapping_gives_event_published(case):
    shown = ok(skver("occupancy", "read", "1", "--case", str(case))).stdout
    assert "no venue matches" in shown and "nothing recorded" in shown
    run = ok(skver("occupancy", "read", "1", "--case", str(case), "--venue-map",
                   "Сквер за кинотеатром=sary-arka", "--enter"))
    assert "1 entries recorded" in run.stdout
    listed = json.loads(ok(skver("occupancy", "list", "--case", str(case), "--json")).stdout)
    [entry] = listed["entries"]
    assert (entry["venue"], entry["expected_participants"], entry["source"]) == (
        "sary-arka", 800, "page-table")
    [found] = _procedure(case)
    assert found["code"] == "event_published"
    assert found["facts"]["expected_participants"] == 800
    assert "800 expected participants" in found["statement"]


def test_a_file_that_is_no_page_is_a_clear_message_and_nothing_is_kept(case, tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("just notes", encoding="utf-8")
    run = skver("occupancy", "import", str(junk), "--case", str(case), "--url",
                "https://almaty.gov.kz/", "--captured-at", "2025-06-11 09:15+05:00")
    assert run.returncode == 1 and "not a saved web page" in run.stderr
    assert len(json.loads(ok(skver("occupancy", "list", "--case", str(case),
                                   "--json")).stdout)["pages"]) == 1
