"""The refusal's procedure in the report (issue 20): its own part in each refusal's section, a
table in the summary and the statute cited in the methodology, in English, Russian and Kazakh,
in the PDF (read back with pdftotext) and the HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence import claims
from evidence.store import Case
from reports import content, html, pdf
from tests.helpers.html_cases import parse
from tests.helpers.pdfcheck import flat, pages_text

pytestmark = pytest.mark.slow  # each test renders whole reports

# What each language must say: the part's title, the late answer's name, the rule's article,
# the methodology's resolution, and the note that these are facts, not advice.
SAID = {
    "en": ("The refusal's procedure", "Answer after the deadline",
           "Art. 11(1) of the Law of 25 May 2020 No. 333-VI", "No. 61-NP of 20 January 2025",
           "not legal advice", "2025-06-06"),
    "ru": ("Порядок, в котором дан отказ", "Ответ после истечения срока",
           "Пункт 1 статьи 11 Закона Республики Казахстан от 25 мая 2020 года № 333-VI",
           "от 20 января 2025 года № 61-НП", "не юридическая консультация", "06.06.2025"),
    "kk": ("Бас тарту берілген тәртіп", "Мерзімнен кейін берілген жауап",
           "Заңының 11-бабының 1-тармағы", "2025 жылғы 20 қаңтардағы № 61-НҚ",
           "заң кеңесі емес", "06.06.2025"),
}


@pytest.fixture(scope="module")
def late_case(demo_source, tmp_path_factory) -> Path:
    """The demo case, its first refusal recorded as a meeting notified on Tuesday 3 June 2025
    and answered on Tuesday 10 June (Friday 6 June was Kurban Ait)."""
    import shutil

    root = Path(shutil.copytree(demo_source, tmp_path_factory.mktemp("p") / "case"))
    with Case.open(root) as case:
        claims.edit(case, 1, {"assembly_form": "meeting", "notified_on": "2025-06-03",
                              "event_date": "2025-06-14",
                              "answered_on": "2025-06-10", "ground": "10"}, "aigerim")
    return root


def report_of(root: Path, lang: str) -> content.Report:
    with Case.open(root) as case:
        return content.build(case, lang=lang, prepared_by="A. Lawyer")


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_pdf_says_the_procedure_in_each_language(late_case, tmp_path, lang):
    report = report_of(late_case, lang)
    first = report.claims[0].procedure
    assert first is not None and [f.code for f in first.findings] == ["late_answer"]
    assert [s.procedure.findings for s in report.claims[1:]] == [()] * (len(report.claims) - 1)
    path = pdf.write_pdf(report, tmp_path / f"{lang}.pdf")
    text = flat("\n".join(pages_text(path)))
    for words in SAID[lang]:
        assert words in text, (lang, words)
    if lang != "en":
        assert "Answer after the deadline" not in text and "working days" not in text
    # the summary's table names the refusal the finding was made of
    summary = next(p for p in pages_text(path) if SAID[lang][1] in p and "C1" in p)
    assert summary
    again = pdf.write_pdf(report_of(late_case, lang), tmp_path / f"{lang}-again.pdf")
    assert again.read_bytes() == path.read_bytes()


def test_an_unrecorded_procedure_is_said_and_nothing_is_found(demo_source, tmp_path):
    report = report_of(demo_source, "en")
    assert all(s.procedure is not None and not s.procedure.recorded and
               not s.procedure.findings for s in report.claims)
    assert report.procedure_summary == ()
    text = flat("\n".join(pages_text(pdf.write_pdf(report, tmp_path / "r.pdf"))))
    assert "The refusal's procedure is not recorded in the case" in text
    assert "No procedure finding was made of the refusals in this report." in text


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_html_says_the_same(late_case, lang):
    page = html.render_html(report_of(late_case, lang))
    text = flat(parse(page).text)
    for words in SAID[lang]:
        assert words in text, (lang, words)
    assert 'data-code="late_answer"' in page and 'id="C1-procedure"' in page
