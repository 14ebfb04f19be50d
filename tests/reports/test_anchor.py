"""The report's anchor: the case's key and its custody log at the time, printed on the cover for
people and kept in the metadata for tools, read back from the PDF and the HTML alike."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bundles.export import write_report
from evidence import signing, store
from evidence.errors import KnownError
from evidence.store import Case
from reports import anchor, content, strings
from tests.helpers.pdfcheck import flat, pages_text, xmp
from tests.helpers.tools import tool

pytestmark = pytest.mark.slow  # renders whole reports


@pytest.fixture(scope="module")
def written(demo_source: Path, tmp_path_factory) -> tuple[Path, Path, list]:
    """The demo case, its Kazakh PDF report and its HTML report, and its log when written."""
    folder = tmp_path_factory.mktemp("anchor")
    root = Path(shutil.copytree(demo_source, folder / "case"))
    with Case.open(root) as case:
        log = list(store.log.entries(case))
        write_report(case, folder / "report.pdf", lang="kk", prepared_by="A. Lawyer")
        write_report(case, folder / "report.html", prepared_by="A. Lawyer")
    return root, folder, log


def test_the_pdf_cover_prints_the_key_and_the_custody_head(written):
    _, folder, log = written
    own = signing.own_key(log)
    assert own is not None
    cover = flat(pages_text(folder / "report.pdf")[0])
    squeezed = re.sub(r"\s", "", cover)   # a long hash wraps inside its cell
    table = strings.table("kk")
    assert own.fingerprint in cover
    last = log[-1]
    head = table["cover.custody_head_value"].format(seq=last.seq, hash=last.entry_hash)
    assert re.sub(r"\s", "", head) in squeezed
    assert f"{last.seq}-жазба" in cover and "verify ПАКЕТ.zip --against ЕСЕП.pdf" in cover


def test_the_pdf_anchor_reads_back_and_stays_pdf_a(written):
    root, folder, log = written
    found = anchor.read(folder / "report.pdf")
    with Case.open(root) as case:
        report = content.build(case, lang="kk")
    assert found.case_id == report.case.id and found.language == "kk"
    assert found.fingerprint == signing.own_key(log).fingerprint
    assert found.head == (log[-1].seq, log[-1].entry_hash)
    assert [sha for _, sha in found.exhibits] == [e.sha256 for c in report.claims
                                                  for e in c.exhibits]
    meta = xmp(folder / "report.pdf") + "</x:xmpmeta>"
    root_element = ET.fromstring(meta)      # one well-formed packet
    assert "<pdfaid:part>2</pdfaid:part>" in meta and "pdfaExtension:schemas" in meta
    assert f"<pdfaSchema:namespaceURI>{anchor.NS}</pdfaSchema:namespaceURI>" in meta
    assert root_element is not None
    check = subprocess.run([tool("qpdf"), "--check", str(folder / "report.pdf")],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_html_anchor_reads_back_the_same(written):
    _, folder, _ = written
    pdf_anchor, html_anchor = anchor.read(folder / "report.pdf"), anchor.read(
        folder / "report.html")
    assert (html_anchor.case_id, html_anchor.fingerprint, html_anchor.exhibits) == \
        (pdf_anchor.case_id, pdf_anchor.fingerprint, pdf_anchor.exhibits)
    # Written after the PDF, whose writing the log then recorded: an entry that records the
    # case read out, not changed, so both rely on the same one.
    assert html_anchor.head is not None and html_anchor.head == pdf_anchor.head
    assert html_anchor.language == "en"


def test_a_file_without_an_anchor_or_with_an_edited_one_is_said_so(written, tmp_path):
    _, folder, _ = written
    plain = tmp_path / "saved-again.pdf"
    data = (folder / "report.pdf").read_bytes()
    plain.write_bytes(data.replace(b"skver:caseId", b"other:caseId"))
    with pytest.raises(KnownError, match="carries no Skver anchor"):
        anchor.read(plain)
    edited = tmp_path / "edited.html"
    text = (folder / "report.html").read_text(encoding="utf-8")
    start = text.index('"entry_hash": "') + len('"entry_hash": "')
    edited.write_text(text[:start] + "zz" + text[start + 2:], encoding="utf-8")
    with pytest.raises(KnownError, match="malformed: it was edited"):
        anchor.read(edited)

