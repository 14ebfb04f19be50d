"""The report's summary table never breaks a word of the verdict: its '(with limits)' stays on
one line, and the line may break before it, in English, Russian and Kazakh (the Russian and
Kazakh verdicts glued to it were wider than the column and were cut inside a word)."""

from __future__ import annotations

import pytest

from evidence.store import Case
from reports import content, pdf
from tests.helpers.pdfcheck import pages_text

pytestmark = pytest.mark.slow  # renders a whole PDF and reads it back

LIMITS = {"en": "(with limits)", "ru": "(с ограничениями)", "kk": "(шектеулермен)"}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_summarys_verdicts_keep_their_words_whole(demo_case, tmp_path, lang):
    with Case.open(demo_case) as case:
        report = content.build(case, lang=lang, prepared_by="A. Lawyer")
    out = pdf.write_pdf(report, tmp_path / f"report-{lang}.pdf")
    summary = next(page for page in pages_text(out) if report.t("summary.title") in page)
    lines = [line.replace("\u00a0", " ").strip() for line in summary.splitlines()]
    # the four refusals' verdicts are all 'with limits': each says it whole on a line
    assert sum(line == LIMITS[lang] or line.endswith(" " + LIMITS[lang])
               for line in lines) == len(report.claims) == 4
