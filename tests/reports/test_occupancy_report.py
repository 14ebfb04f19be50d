"""The akimat's published occupancy in the report (issue 20): an "another event" refusal's
event_not_published finding in its procedure part, and the page it rests on in the appendix with
its SHA-256, address and capture time, in English, Russian and Kazakh, in the PDF (read back with
pdftotext) and the HTML."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evidence import occupancy
from evidence.store import Case
from reports import content, html, pdf
from tests.helpers.html_cases import parse
from tests.helpers.pdfcheck import flat, pages_text

pytestmark = pytest.mark.slow  # each test renders whole reports

URL = "https://almaty.gov.kz/ru/occupancy"
# the finding's name, the rule's resolution, the capture time as the language writes it
SAID = {
    "en": ("Event not in the akimat's published occupancy", "No. 61-NP of 20 January 2025",
           "2022-08-15 04:00:00 UTC", "captured by Skver"),
    "ru": ("Мероприятия нет в опубликованной акиматом занятости",
           "от 20 января 2025 года № 61-НП", "15.08.2022 04:00:00 UTC",
           "сохранена программой Skver"),
    "kk": ("2025 жылғы 20 қаңтардағы № 61-НҚ", "15.08.2022 04:00:00 UTC", "Skver сақтаған"),
}


@pytest.fixture(scope="module")
def case_with_page(demo_source, tmp_path_factory) -> tuple[Path, str]:
    """The demo case and a captured occupancy page for August 2022 that lists nothing at the
    venue of refusal 3 (another event, 20 August 2022)."""
    root = Path(shutil.copytree(demo_source, tmp_path_factory.mktemp("o") / "case"))
    page = "<html><body><table><tr><th>Место</th><th>Дата</th><th>Время</th></tr></table>".encode()
    with Case.open(root) as case:
        _pdf, kept = occupancy.import_captured(
            case, b"%PDF-1.7\n%%EOF\n", page, url=URL, captured="2022-08-15 10:00+06:00",
            actor="aigerim")
        for each in (_pdf, kept):
            occupancy.set_covers(case, each.id, "2022-08-01", "2022-08-31", "aigerim")
        occupancy.enter_read(case, kept.id, occupancy.read_table(case, kept.id), "Asia/Almaty",
                             "aigerim")  # its table read: it lists nothing there
    return root, kept.sha256


def report_of(root: Path, lang: str) -> content.Report:
    with Case.open(root) as case:
        return content.build(case, lang=lang, prepared_by="A. Lawyer")


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_pdf_says_event_not_published_and_lists_the_page(case_with_page, tmp_path, lang):
    root, sha256 = case_with_page
    report = report_of(root, lang)
    third = next(s for s in report.claims if s.result.claim_id == 3)
    assert "event_not_published" in [f.code for f in third.procedure.findings]
    assert [p.page_id for p in report.inventory.pages] == [1, 2]
    text = flat("\n".join(pages_text(pdf.write_pdf(report, tmp_path / f"{lang}.pdf"))))
    for words in (*SAID[lang], URL):
        assert words in text, (lang, words)
    assert sha256 in text.replace(" ", "")
    if lang != "en":
        assert "published occupancy" not in text


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_html_says_the_same(case_with_page, lang):
    root, sha256 = case_with_page
    page = html.render_html(report_of(root, lang))
    text = flat(parse(page).text)
    for words in (*SAID[lang], URL, sha256):
        assert words in text, (lang, words)
