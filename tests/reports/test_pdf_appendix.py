"""The PDF's appendix of originals with a large case: every hash, names whole, the header on
every page the table runs onto."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from evidence import demo
from evidence.store import Case
from reports import content, pdf
from tests.helpers.pdfcheck import flat, pages_text

pytestmark = pytest.mark.slow  # renders a PDF of a long appendix

LONG_NAME = ("a photo imported under a name far too long for its column, " * 3).strip()
UNBROKEN = "IMG_" + "7" * 90 + ".jpg"


def test_a_long_appendix_keeps_every_hash_whole_names_and_its_header(tmp_path):
    with Case.open(demo.build(tmp_path / "case")) as case:
        report = content.build(case, prepared_by="A. Lawyer")
    rows = [(hashlib.sha256(str(i).encode()).hexdigest(), "photo", str(1000 + i),
             f"IMG_{i:05d}.jpg") for i in range(600)]
    rows[250] = (*rows[250][:3], LONG_NAME)
    rows[251] = (*rows[251][:3], UNBROKEN)
    report = replace(report, originals=tuple(rows))
    pages = pages_text(pdf.write_pdf(report, tmp_path / "report.pdf"))

    text = "\n".join(pages)
    assert all(sha in text for sha, *_ in rows)
    assert flat(LONG_NAME) in flat(text)
    assert UNBROKEN in flat(text).replace(" ", "")
    table_pages = [page for page in pages if any(sha in page for sha, *_ in rows)]
    assert len(table_pages) > 5
    heads = [report.t(f"appendix.{k}") for k in ("sha256", "kind", "size", "name")]
    for page in table_pages:
        assert all(head in page for head in heads)
