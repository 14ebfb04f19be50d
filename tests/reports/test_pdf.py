"""The PDF report, read back with pdftotext, pdffonts and qpdf: what a court clerk would see."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from evidence import store
from evidence.errors import KnownError
from evidence.store import Case
from reports import content, pdf, strings
from tests.helpers.pdfcheck import corpus_case, flat, fonts, pages_text, xmp
from tests.helpers.tools import tool

pytestmark = pytest.mark.slow  # nearly every test renders a whole PDF and reads it back


def written(case_root: Path, out: Path, **options) -> tuple[content.Report, Path, list[str]]:
    with Case.open(case_root) as case:
        report = content.build(case, prepared_by="A. Lawyer", **options)
    path = pdf.write_pdf(report, out)
    return report, path, pages_text(path)


@pytest.fixture(scope="module")
def demo_pdf(demo_source, tmp_path_factory):
    return written(demo_source, tmp_path_factory.mktemp("pdf") / "demo.pdf")


@pytest.fixture(scope="module")
def corpus_pdf(corpus, tmp_path_factory):
    root = corpus_case(tmp_path_factory.mktemp("corpus") / "case", corpus)
    return written(root, tmp_path_factory.mktemp("pdf") / "corpus.pdf")


def test_demo_report_says_every_verdict_label_hash_and_excuse(demo_pdf):
    report, _, pages = demo_pdf
    text, joined = "\n".join(pages), flat("\n".join(pages))
    for section in report.claims:
        assert section.verdict in text
        assert flat(section.excuse_text) in joined
        for exhibit in section.exhibits:
            assert exhibit.label in text
            assert exhibit.sha256 in text
    for row in report.inventory.exhibits:
        assert row.sha256[:32] in text and row.sha256[32:] in text
    assert report.t("methodology.title") in text and report.t("appendix.title") in text


def test_every_page_carries_the_case_and_page_x_of_y(demo_pdf):
    report, path, pages = demo_pdf
    assert len(pages) == pdf.page_count(path) > 10
    for number, page in enumerate(pages, start=1):
        footer = report.t("page.footer", case=report.case.id, page=number, pages=len(pages))
        assert footer in page, f"page {number} lacks its footer"


def test_every_font_is_embedded_and_it_is_dejavu(demo_pdf):
    rows = fonts(demo_pdf[1])
    assert rows and all(row[-5] == "yes" for row in rows)  # the emb column
    assert {row[0].split("+")[-1] for row in rows} >= {"DejaVuSansBook", "DejaVuSansMonoBook"}


def test_qpdf_finds_nothing_wrong(demo_pdf):
    done = subprocess.run([tool("qpdf"), "--check", str(demo_pdf[1])], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors" in done.stdout


def test_metadata_declares_pdfa_2b_language_and_title(demo_pdf):
    report, path, _ = demo_pdf
    meta = xmp(path)
    assert "<pdfaid:part>2</pdfaid:part>" in meta
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in meta
    assert report.case.title in meta and "A. Lawyer" in meta
    assert b"/Lang (en)" in path.read_bytes() and b"/OutputIntent" in path.read_bytes()


def test_real_camera_files_skewed_clock_and_no_gps(corpus_pdf):
    report, _, pages = corpus_pdf
    text = flat("\n".join(pages))
    exhibit = report.claims[0].exhibits[0]
    assert exhibit.label == "C1-E1" and exhibit.sha256 in text
    assert report.t("finding.clock_skew") in text
    assert "GPS clock" in text          # the skewed camera is dated by its GPS clock
    with Case.open(Path(report.case_root)) as case:
        no_gps = [p.sha256 for p in store.photos.all_photos(case) if p.sha256 != exhibit.sha256]
    assert no_gps and not any(sha[:32] in text for sha in no_gps)   # no exhibit: not listed


def test_only_the_chosen_claims(demo_source, tmp_path):
    report, _, pages = written(demo_source, tmp_path / "two.pdf", claim_ids=[1, 3])
    text = "\n".join(pages)
    assert [c.label for c in report.claims] == ["C1", "C3"]
    assert "C1-E1" in text and "C3-E1" in text
    assert "C2-E1" not in text and "C4-E1" not in text


def test_cancelling_leaves_no_file_and_keeps_an_old_one(demo_source, tmp_path):
    with Case.open(demo_source) as case:
        report = content.build(case)
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the old report")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3
    with pytest.raises(KnownError, match="cancelled"):
        pdf.write_pdf(report, out, cancelled=cancelled)
    assert out.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_progress_counts_claims_and_exhibits(demo_source, tmp_path):
    with Case.open(demo_source) as case:
        report = content.build(case)
    seen: list[tuple[int, int]] = []
    pdf.write_pdf(report, tmp_path / "r.pdf", progress=lambda d, t: seen.append((d, t)))
    total = len(report.claims) + report.exhibit_count
    assert seen[-1] == (total, total) and len(seen) == total


def test_an_unwritable_folder_is_a_known_error(demo_source, tmp_path):
    with Case.open(demo_source) as case:
        report = content.build(case)
    with pytest.raises(KnownError, match="Cannot write"):
        pdf.write_pdf(report, tmp_path / "missing" / "r.pdf")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_russian_and_kazakh_reports(demo_source, tmp_path, lang):
    table, english = strings.table(lang), strings.table("en")
    report, path, pages = written(demo_source, tmp_path / f"{lang}.pdf", lang=lang)
    text = "\n".join(pages)
    joined = flat(text)
    for key in ("report.title", "cover.case_id", "summary.title", "summary.verdict",
                "claim.verdict", "claim.reasons", "methodology.title", "appendix.title"):
        assert flat(table[key]) in joined, key
        assert english[key] != table[key] and english[key] not in text, key
    verdict = f"{table['verdict.contradicted']} ({table['verdict.limited']})"
    assert all(c.verdict == verdict for c in report.claims)
    assert flat(verdict) in flat(joined.replace("\u00a0", " "))
    assert all(row.sha256[:32] in text for row in report.inventory.exhibits)
    footer = strings.text(table, "page.footer", case=report.case.id, page=1, pages=len(pages))
    assert footer in pages[0]
    assert b"/Lang (" + lang.encode() + b")" in path.read_bytes()
    if lang == "kk":
        assert set("әғқңөұүһі") & set(text), "no Kazakh letter survived"


def test_missing_fonts_are_a_known_error(monkeypatch, tmp_path):
    from reports import fonts as report_fonts
    monkeypatch.setattr(report_fonts.resources, "files", lambda _pkg: tmp_path)
    with pytest.raises(KnownError, match="fonts"):
        report_fonts.font_dir()
    # One face missing of four: the error names it.
    (tmp_path / "fonts").mkdir()
    for name in report_fonts.FACES.values():
        (tmp_path / "fonts" / name).write_bytes(b"")
    (tmp_path / "fonts" / "DejaVuSans-Oblique.ttf").unlink()
    with pytest.raises(KnownError, match=r"DejaVuSans-Oblique\.ttf") as raised:
        report_fonts.font_files()
    assert "DejaVuSans.ttf" not in str(raised.value)
