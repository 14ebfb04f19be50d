"""The refusal's procedure in a report: what the record shows, and each procedure finding with
the rule it was measured against (evidence/procedure.py), in the report's language.

A `ProcedureSection` is plain data, already said; reports/pdf_procedure.py draws it in the PDF
and the HTML template lays out the same fields. `summary` counts the refusals each finding was
made of, for the report's summary. Facts for the reader, not legal advice: the section says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from evidence import procedure, workdays
from evidence.phrases import render
from evidence.results import ClaimResult
from reports import strings

Table = Mapping[str, str]


@dataclass(frozen=True)
class ProcedureLine:
    code: str          # the finding's code, as analyze --json names it
    title: str         # its name in the report's language
    statement: str     # what the record shows
    rule: str          # the rule, with its article


@dataclass(frozen=True)
class ProcedureSection:
    rows: tuple[tuple[str, str], ...]     # the procedure as recorded
    findings: tuple[ProcedureLine, ...]
    recorded: bool                        # anything of the procedure was recorded


def section(result: ClaimResult, table: Table) -> ProcedureSection:
    """The procedure part of one refusal's section."""
    claim = result.claim
    lang = table["lang.code"]
    missing = table["procedure_section.not_recorded"]
    ground = procedure.ground_phrase(claim.ground)
    if claim.answered_on:
        answered = strings.day(claim.answered_on, lang)
    else:
        answered = strings.text(table, "procedure_section.answered_letter",
                                day=strings.day(claim.document_date, lang))
    rows = (
        (table["procedure_section.form"],
         table[f"procedure.form.{claim.assembly_form.value}"] if claim.assembly_form
         else missing),
        (table["procedure_section.notified"],
         strings.day(claim.notified_on, lang) if claim.notified_on else missing),
        (table["procedure_section.answered"], answered),
        (table["procedure_section.ground"],
         render(ground, table) if ground is not None else missing),
        (table["procedure_section.alternative"],
         claim.alternative_offered or table["procedure_section.no_alternative"]),
    )
    lines = tuple(ProcedureLine(f.code.value, title(f.code.value, table),
                                render(f.statement, table), render(f.rule, table))
                  for f in result.procedure)
    return ProcedureSection(rows, lines, procedure.recorded(claim))


def title(code: str, table: Table) -> str:
    return table.get(f"procedure_section.code.{code}", code)


def summary(results: Iterable[ClaimResult], table: Table) -> tuple[tuple[str, str, str], ...]:
    """(the finding's name, how many refusals, which) for each finding made, in code order."""
    found: dict[str, list[str]] = {}
    for result in results:
        for code in dict.fromkeys(f.code.value for f in result.procedure):
            found.setdefault(code, []).append(f"C{result.claim_id}")
    order = [c.value for c in procedure.ProcedureCode]
    return tuple((title(code, table), str(len(found[code])), ", ".join(found[code]))
                 for code in sorted(found, key=order.index))


def calendar_note(table: Table) -> str:
    """The working-day calendar the counts use, for the methodology."""
    decrees = "; ".join(dict.fromkeys(
        strings.text(table, "procedure_section.decree", number=str(e.decree_number),
                     year=str(e.decree_year), code=e.register_code,
                     days=", ".join(strings.day(d.day.isoformat(), table["lang.code"])
                                    for d in workdays.WORKING_WEEKEND_DAYS
                                    if d.register_code == e.register_code))
        for e in workdays.WORKING_WEEKEND_DAYS))
    return strings.text(table, "procedure_section.calendar", decrees=decrees,
                        version=workdays.holidays.__version__,
                        first=str(workdays.FIRST_YEAR), last=str(workdays.CONFIRMED_TO))

