"""The PDF's closing sections (reports/closing.py says what they hold): the redaction decisions,
and the declarations as forms to print, fill in by hand and sign.

A blank is its label, set small and sitting on a ruled line that runs to the right margin (or
to the middle, for two short blanks side by side), with room to write by hand; a blank of several
lines adds full-width lines below it. Each declaration is one page of its own, so the
photographer and the custodian each sign a sheet.
"""

from __future__ import annotations

from typing import cast

from fpdf.enums import MethodReturnValue, XPos, YPos

from reports import closing
from reports.content import Report
from reports.pdf_layout import BODY, GREY, SMALL, ReportPDF

ROW = 7.0            # mm from one ruled line to the next: room for handwriting
LABEL_W = 0.5        # of the text width: the label's column
TEXT = 8.5           # pt: the statements, so a declaration fits on its page
GAP = 4.0            # mm between two blanks side by side
LINE_INK = (110, 110, 110)


def redactions(pdf: ReportPDF, report: Report) -> None:
    """The redaction section: each redacted exhibit, what was hidden, how, why, by whom and
    when; or the sentence that none was made."""
    pdf.heading(report.t("redactions.title"))
    entries = closing.redactions(report)
    if not entries:
        pdf.para(report.t("redactions.none"))
        return
    pdf.para(report.t("redactions.intro"))
    heads = [report.t(f"redactions.col.{k}") for k in ("exhibit", "what", "why", "decided")]
    rows = [("\n".join((", ".join(e.labels), *e.names)), e.what, e.why, e.decided)
            for e in entries]
    pdf.grid(heads, rows, widths=(0.2, 0.28, 0.32, 0.2), size=SMALL)


def declarations(pdf: ReportPDF, report: Report) -> None:
    for n, form in enumerate(closing.declarations(report)):
        pdf.add_page()
        if n == 0:
            pdf.heading(report.t("declarations.title"))
        pdf.heading(form.title, level=2)
        pdf.para(form.intro, size=SMALL, color=GREY, gap=1)
        for part in form.parts:
            pdf.label(part.heading)
            for row in part.rows:
                _row(pdf, row)
            pdf.ln(1.5)
        pdf.label(form.statement_heading)
        _numbered(pdf, form.statements)
        pdf.ln(1)
        if pdf.will_page_break(4 * ROW + 8):   # the liability line stays with the signature
            pdf.add_page()
        pdf.para(form.liability, style="B", gap=0)
        _row(pdf, (closing.Blank(form.liability_sign),))
        pdf.ln(3)
        for row in form.signing:
            _row(pdf, row)


def _numbered(pdf: ReportPDF, items: tuple[str, ...]) -> None:
    pdf.set_font("sans", size=TEXT)
    for n, item in enumerate(items, start=1):
        pdf.set_x(pdf.l_margin)
        pdf.cell(6, TEXT * 0.48, f"{n}.")
        pdf.multi_cell(0, TEXT * 0.48, pdf.clean(item), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.6)
    pdf.set_font("sans", size=BODY)


LINE_H = SMALL * 0.46


def _row(pdf: ReportPDF, row: closing.Row) -> None:
    """One blank across the text width, its label in the left column; or two side by side,
    each label as wide as its words. The labels' last lines sit on the rules."""
    pdf.set_font("sans", size=SMALL)
    if len(row) == 1:
        columns = [(pdf.l_margin, pdf.epw * LABEL_W, pdf.epw)]
    else:
        half = (pdf.epw - GAP) / 2
        columns = [(pdf.l_margin + k * (half + GAP),
                    min(pdf.get_string_width(pdf.clean(b.label)) + 2 * pdf.c_margin + 0.5,
                        half * 0.6), half)
                   for k, b in enumerate(row)]
    labels = [_lines(pdf, pdf.clean(b.label), width)
              for b, (_, width, _) in zip(row, columns, strict=True)]
    first = max(ROW, max(len(lines) for lines in labels) * LINE_H + 2.5)
    height = first + (max(b.lines for b in row) - 1) * ROW
    if pdf.will_page_break(height):
        pdf.add_page()
    top = pdf.get_y()
    base = top + first - 0.6                 # the rule, a little under the labels' baseline
    pdf.set_draw_color(*LINE_INK)
    pdf.set_line_width(0.25)
    for blank, lines, (x, width, room) in zip(row, labels, columns, strict=True):
        pdf.set_text_color(*GREY)
        for k, line in enumerate(lines):
            pdf.set_xy(x, base - 1.2 - (len(lines) - k) * LINE_H)
            pdf.cell(width, LINE_H, line)
        pdf.set_text_color(0, 0, 0)
        pdf.line(x + width + 1.5, base, x + room, base)
        for k in range(1, blank.lines):
            pdf.line(x, base + k * ROW, x + room, base + k * ROW)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("sans", size=BODY)
    pdf.set_xy(pdf.l_margin, top + height)


def _lines(pdf: ReportPDF, text: str, width: float) -> list[str]:
    return cast(list[str], pdf.multi_cell(width, LINE_H, text, dry_run=True,
                                          output=MethodReturnValue.LINES))
