"""The PDF's inventory of exhibits at length: every hash whole, names whole, the header on every
page the table runs onto."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from evidence import demo
from evidence.store import Case
from reports import content, pdf
from reports.inventory import ExhibitRow
from reports.pdf import INVENTORY_COLUMNS, INVENTORY_WIDTHS
from reports.pdf_layout import TINY, ReportPDF
from tests.helpers.pdfcheck import flat, pages_text

pytestmark = pytest.mark.slow  # renders a PDF of a long appendix

LONG_NAME = ("a photo imported under a name far too long for its column, " * 3).strip()
UNBROKEN = "IMG_" + "7" * 90 + ".jpg"


def test_a_long_inventory_keeps_every_hash_whole_names_and_its_header(tmp_path):
    with Case.open(demo.build(tmp_path / "case")) as case:
        report = content.build(case, prepared_by="A. Lawyer")
    template = report.inventory.exhibits[0]
    rows = [replace(template, labels=(f"C{i // 10 + 1}-E{i % 10 + 1}",),
                    names=(f"IMG_{i:05d}.jpg",),
                    sha256=hashlib.sha256(str(i).encode()).hexdigest()) for i in range(600)]
    rows[250] = replace(rows[250], names=(LONG_NAME,))
    rows[251] = replace(rows[251], names=(UNBROKEN, "IMG_second_name.jpg"))
    rows[252] = replace(rows[252], labels=("C1-E1", "C7-E3"), source_label="second phone")
    report = replace(report, inventory=replace(report.inventory, exhibits=tuple(rows)))
    pages = pages_text(pdf.write_pdf(report, tmp_path / "report.pdf"))

    text = "\n".join(pages)
    assert all(_groups(row) <= set(text.split()) for row in rows)
    # A name too long for its column wraps inside it, whole: each of its lines is on the page.
    for name in (LONG_NAME, UNBROKEN):
        lines = _wrapped(name)
        assert len(lines) > 1 and "".join(lines).replace(" ", "") == name.replace(" ", "")
        assert all(line.strip() in text for line in lines)
    assert "IMG_second_name.jpg" in text
    assert "C7-E3" in text and "source: second phone" in text
    table_pages = [page for page in pages if any(row.sha256[:32] in page for row in rows)]
    assert len(table_pages) > 5
    heads = [report.t(f"inventory.{k}") for k in INVENTORY_COLUMNS]
    for page in table_pages:
        assert all(flat(head) in flat(page) for head in heads)


def _wrapped(name: str) -> list[str]:
    """The lines the inventory's file column breaks `name` into."""
    page = ReportPDF("")
    page.add_page(orientation="L")
    page.c_margin = 0          # as grid() lays out a cell: its padding alone
    width = INVENTORY_WIDTHS[1] * page.epw
    _, lines = page._lay_out([page.clean(name)], [width], set(), TINY, set())
    return lines[0]


def _groups(row: ExhibitRow) -> set[str]:
    return {row.sha256[:32], row.sha256[32:]}
