"""The report's closing sections in every language: what it does not prove (GPS spoofing, the
clock check's need of the GPS time, the photographer's choice, other explanations), the
redaction decisions (or that none were made), and declarations a Kazakh court can take: full
name with IIN, identity document, address, the completeness and transfer statements, the
liability line, place and date of signing."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from evidence import redaction
from evidence.store import Case
from reports import closing, content, html, pdf
from tests.helpers.pdfcheck import flat, pages_text

LANGS = ("en", "ru", "kk")
FACE = redaction.region(20, 20, 60, 40, "face")
PLATE = redaction.region(100, 100, 50, 20, "plate")

# What each language must say, in the statute's and the glossary's words.
IIN = {"en": "IIN", "ru": "ИИН", "kk": "ЖСН"}
LIABILITY = {
    "en": "I have been warned of liability for knowingly false statements.",
    "ru": "Об ответственности за дачу заведомо ложных показаний предупрежден(а).",
    "kk": "Көрінеу жалған айғақтар бергені үшін жауаптылық туралы ескертілді.",
}
COMPLETE = {"en": "I handed over all the photographs and videos I took at the venue",
            "ru": "я передал(а) все снимки и видеозаписи, сделанные мной на месте",
            "kk": "сол жолы орында түсірген барлық фотосуреттер мен бейнежазбаларды бердім"}
NEW_LIMITS = {
    "en": ("mock-location app", "only against the GPS time", "The photographer chose",
           "cancelled"),
    "ru": ("подмены местоположения", "только по времени GPS", "Фотограф сам выбирал",
           "отменено"),
    "kk": ("Орынды алмастыратын бағдарлама", "тек сол файлда жазылған GPS уақыты",
           "фотограф өзі таңдады", "тоқтатылған"),
}
NONE = {"en": "No redaction was made", "ru": "Фрагменты изображений не скрывались",
        "kk": "Суреттердің бөліктері жасырылған жоқ"}


@pytest.fixture(scope="module")
def plain(demo_source) -> dict[str, content.Report]:
    with Case.open(demo_source) as case:
        return {lang: content.build(case, lang=lang) for lang in LANGS}


@pytest.fixture(scope="module")
def redacted_root(demo_source, tmp_path_factory) -> Path:
    """The demo with two photos redacted: one shown under two refusals' exhibits or not."""
    root = Path(shutil.copytree(demo_source, tmp_path_factory.mktemp("red") / "case"))
    with Case.open(root) as case:
        redaction.apply(case, 1, [FACE, PLATE], "black", "aigerim")
        redaction.apply(case, 5, [FACE], "blur", "daniyar")
    return root


@pytest.fixture(scope="module")
def redacted(redacted_root) -> dict[str, content.Report]:
    with Case.open(redacted_root) as case:
        return {lang: content.build(case, lang=lang) for lang in LANGS}


def labels_of(report: content.Report, photo_id: int) -> list[str]:
    return [e.label for c in report.claims for e in c.exhibits if e.photo_id == photo_id]


# -- limitations -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_the_limits_name_spoofing_the_gps_clock_selection_and_other_explanations(plain, lang):
    limits = closing.limits(plain[lang])
    assert len(limits) == 9
    for words in NEW_LIMITS[lang]:
        assert [item for item in limits if words in item], words
    if lang == "ru":      # the glossary's words: observations are named and dated, not signed
        assert not [item for item in limits if "подписан" in item or "площад" in item]


def test_the_limits_are_as_many_as_the_table_has(plain):
    report = plain["en"]
    more = replace(report, table={**report.table, "methodology.limits.10": "A tenth limit."})
    assert closing.limits(more)[-1] == "A tenth limit." and len(closing.limits(more)) == 10
    gap = {k: v for k, v in report.table.items() if k != "methodology.limits.4"}
    assert len(closing.limits(replace(report, table=gap))) == 3


# -- redaction ---------------------------------------------------------------------------------

def test_a_redacted_exhibit_is_listed_with_what_was_hidden_why_and_by_whom(redacted):
    report = redacted["en"]
    entries = closing.redactions(report)
    assert [e.labels for e in entries] == [tuple(labels_of(report, 1)),
                                           tuple(labels_of(report, 5))]
    first, second = entries
    assert first.what == "2 region(s): faces of bystanders, licence plates; blacked out"
    assert "privacy" in first.why and "licence plates" in first.why
    assert first.decided.startswith("aigerim, ") and first.decided.endswith(" UTC")
    assert second.what.endswith("blurred") and second.decided.startswith("daniyar, ")
    assert first.names == ("IMG_0001.jpg",)


@pytest.mark.parametrize("lang", LANGS)
def test_without_redaction_the_section_says_none_was_made(plain, lang):
    assert closing.redactions(plain[lang]) == ()
    assert plain[lang].t("redactions.none").startswith(NONE[lang])


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_prints_the_redaction_section_and_the_limits(redacted, plain, lang, tmp_path):
    text = flat(" ".join(pages_text(pdf.write_pdf(redacted[lang], tmp_path / "r.pdf"))))
    report = redacted[lang]
    assert report.t("redactions.title") in text and report.t("redactions.intro")[:40] in text
    for label in labels_of(report, 1) + labels_of(report, 5):
        assert label in text
    assert NONE[lang] not in text
    for item in closing.limits(report):
        assert item[:50] in text
    clean = flat(" ".join(pages_text(pdf.write_pdf(plain[lang], tmp_path / "p.pdf"))))
    assert NONE[lang] in clean and plain[lang].t("redactions.intro")[:40] not in clean


@pytest.mark.parametrize("lang", LANGS)
def test_the_html_prints_the_redaction_section_and_the_limits(redacted, plain, lang):
    page = html.render_html(redacted[lang])
    section = page[page.index('<section id="redactions">'):page.index('id="declarations"')]
    for label in labels_of(redacted[lang], 1):
        assert f'href="#{label}"' in section
    assert "aigerim" in section and NONE[lang] not in section
    methodology = page[page.index('id="methodology"'):page.index('id="redactions"')]
    assert all(html_text(item) in methodology for item in closing.limits(redacted[lang]))
    clean = html.render_html(plain[lang])
    assert NONE[lang] in clean[clean.index('<section id="redactions">'):]


# -- declarations ------------------------------------------------------------------------------

def all_words(form: closing.Declaration) -> str:
    blanks = [b.label for part in form.parts for row in part.rows for b in row]
    blanks += [b.label for row in form.signing for b in row]
    return " ".join([form.title, form.intro, *blanks, *form.statements, form.liability])


@pytest.mark.parametrize("lang", LANGS)
def test_both_declarations_ask_what_a_kazakh_court_needs(plain, lang):
    report = plain[lang]
    photographer, custodian = closing.declarations(report)
    t = report.t
    for form in (photographer, custodian):
        words = all_words(form)
        for field in ("full_name", "iin", "id_document", "id_issued", "address", "phone",
                      "signed_place", "signed_date", "signature"):
            assert t(f"declaration.field.{field}") in words, field
        assert IIN[lang] in words and form.liability == LIABILITY[lang]
        assert report.case.id in form.intro
    words = all_words(photographer)
    for field in ("transfer_method", "transfer_to", "transfer_when", "withheld", "device",
                  "visit", "place", "exhibits"):
        assert t(f"declaration.field.{field}") in words, field
    assert [s for s in photographer.statements if COMPLETE[lang] in s]
    words = all_words(custodian)
    for field in ("received_from", "received_when", "received_how", "verified_on"):
        assert t(f"declaration.field.{field}") in words, field
    assert [s for s in custodian.statements if report.case.id in s]
    address = [b for part in photographer.parts for row in part.rows for b in row
               if b.label == t("declaration.field.address")]
    assert address[0].lines == 2


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_each_pdf_declaration_is_one_page_with_its_fields_and_signature(plain, lang, tmp_path):
    report = plain[lang]
    pages = [flat(p) for p in pages_text(pdf.write_pdf(report, tmp_path / "r.pdf"))]
    for form in closing.declarations(report):
        [page] = [p for p in pages if form.title in p and form.intro[-30:] in p]
        for part in form.parts:
            assert part.heading in page
            for row in part.rows:
                assert all(flat(b.label) in page for b in row)
        words = set(page.split())   # pdftotext may reorder a justified line's words
        assert all(set(s.split()) <= words for s in form.statements)
        assert form.liability in page
        assert all(flat(b.label) in page for row in form.signing for b in row)


@pytest.mark.parametrize("lang", LANGS)
def test_the_html_declarations_have_the_same_fields(plain, lang):
    report = plain[lang]
    page = html.render_html(report)
    for form in closing.declarations(report):
        start = page.index(f'id="declaration-{form.key}"')
        block = page[start:page.index("</article>", start)]
        assert block.count('class="blank-line"') >= sum(
            max(b.lines for b in row) + len(row) - 1
            for part in form.parts for row in part.rows)
        for text in (form.intro, *form.statements, form.liability):
            assert html_text(text) in block
        for row in (r for part in form.parts for r in part.rows):
            assert all(html_text(b.label) in block for b in row)


def html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace('"', "&#34;").replace("'", "&#39;")
