"""The refusal's procedure drawn in the PDF (reports/procedure_section.py holds what it says)."""

from __future__ import annotations

from reports import strings
from reports.pdf_layout import GREY, SMALL, ReportPDF
from reports.procedure_section import ProcedureSection, Table, calendar_note


def draw(pdf: ReportPDF, table: Table, part: ProcedureSection) -> None:
    """The procedure part of a refusal's section."""
    pdf.heading(table["procedure_section.title"], level=3, outline=False)
    pdf.pairs(part.rows)
    if not part.recorded and not part.findings:
        pdf.para(table["procedure_section.unrecorded"], size=SMALL, gap=2)
        return
    if not part.findings:
        pdf.para(table["procedure_section.none"], gap=2)
    for line in part.findings:
        pdf.label(line.title)
        pdf.para(line.statement, gap=1)
        pdf.para(strings.text(table, "procedure_section.rule", rule=line.rule), size=SMALL,
                 style="I", color=GREY, gap=2)
    pdf.para(table["procedure_section.note"], size=SMALL, gap=2)


def draw_summary(pdf: ReportPDF, table: Table,
                 rows: tuple[tuple[str, str, str], ...]) -> None:
    """The summary's table of procedure findings."""
    pdf.heading(table["procedure_section.summary"], level=2)
    if not rows:
        pdf.para(table["procedure_section.summary_none"], size=SMALL)
        return
    heads = [table[f"procedure_section.summary_{k}"] for k in ("finding", "count", "which")]
    pdf.grid(heads, rows, widths=(0.5, 0.15, 0.35), size=SMALL)
    pdf.para(table["procedure_section.note"], size=SMALL, gap=2)


def draw_methodology(pdf: ReportPDF, table: Table) -> None:
    pdf.heading(table["procedure_section.methodology_title"], level=2)
    for part in ("statute", "grounds", "resolution"):
        pdf.para(table[f"procedure_section.methodology_{part}"])
    pdf.para(calendar_note(table))
    pdf.para(table["procedure_section.note"])
