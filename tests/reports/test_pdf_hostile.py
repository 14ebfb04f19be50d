"""Whatever a user typed or a file was called stays text in the PDF: no markup, no PDF
operators, no crash on characters the font lacks, no control characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence import observations
from evidence.model import Observation, Tag
from evidence.store import Case
from reports import content, pdf
from tests.helpers.casework import add_claim, add_photo, add_venue
from tests.helpers.pdfcheck import flat, pages_text

pytestmark = pytest.mark.slow  # renders a PDF of a hostile case

VENUE = "<script>alert(1)</script> Сквер (\\)"
NOTE = ") Tj BT /F1 99 Tf (x) Tj ET \u202eevil\u202c \x07bell"
EXCUSE = "Закрыто \\ на ремонт 🦄 (см. «приложение») {nb} {skver-pages}"
FILE = 'IMG "quoted" (1) \\ it\'s.jpg'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[content.Report, list[str]]:
    folder = tmp_path_factory.mktemp("hostile")
    case = Case.create(folder / "case", title="Case <b>&amp;</b> ) Tj", timezone=None,
                       actor="t")
    venue = add_venue(case, name_en=VENUE)
    add_claim(case, venue, "2022-06-12 10:00", "2022-06-12 20:00", "repair_works",
              excuse=EXCUSE, number="No. ) Tj " + "9" * 90)
    photo = add_photo(case, folder, FILE, "2022-06-12 12:00")
    observations.add(case, Observation(photo, "rev ) Tj", (Tag("no_repair_activity"),), 3,
                                       NOTE + " " + "x" * 400), "rev")
    with case:
        report = content.build(case, prepared_by="<i>me</i> \\ ) Tj")
    out = pdf.write_pdf(report, folder / "hostile.pdf")
    return report, pages_text(Path(out))


def test_hostile_strings_render_as_text(hostile):
    _, pages = hostile
    text = flat("\n".join(pages))
    assert "<script>alert(1)</script>" in text
    assert ") Tj BT /F1 99 Tf (x) Tj ET" in text
    assert "Закрыто \\ на ремонт" in text
    assert 'IMG "quoted" (1) \\ it\'s.jpg' in text
    assert "<i>me</i> \\ ) Tj" in text


def test_undrawable_and_control_characters_do_not_leak(hostile):
    _, pages = hostile
    text = "\n".join(pages)
    assert "\ufffd" in text               # the unicorn, which DejaVu cannot draw
    assert "\u202e" not in text and "\x07" not in text
    assert "evil" in text and "bell" in text


def test_the_page_count_alias_cannot_be_typed(hostile):
    _, pages = hostile
    text = flat("\n".join(pages))
    assert "{nb}" in text                 # fpdf2's default alias is not substituted
    assert "{skver-pages}" not in text    # ours is removed from what users typed
    assert f"of {len(pages)}" in pages[-1]
