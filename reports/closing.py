"""The report's closing sections, said once for the PDF and the HTML: what the report does not
prove, the redaction decisions, and the declarations the photographer and the custodian sign.

Every word comes from the report's string table; this module only says which entries make up
each section, in which order, so both renderings print the same.

- `limits(report)`: the numbered entries `methodology.limits.1`, `.2`, ... as many as the
  table has (every table has the same keys: tests/reports/test_strings.py).
- `redactions(report)`: one entry per redacted exhibit of the report (a photo shown under two
  refusals is one entry naming both labels): what was hidden, how, why, by whom and when.
  None at all: `report.t("redactions.none")` says so.
- `declarations(report)`: the photographer's and the custodian's, as printable forms: labelled
  blanks (full name, IIN, identity document, address, phone; what was photographed and how the
  files were handed over, or received), the numbered statements (the originals unaltered, every
  photo taken at the venue handed over, the transfer), the liability line, and the place, date
  and signature.
"""

from __future__ import annotations

from dataclasses import dataclass

from evidence import redaction
from reports.content import Report

LIMITS = "methodology.limits."


@dataclass(frozen=True)
class Blank:
    """A labelled blank line (or several) to fill in by hand."""
    label: str
    lines: int = 1


Row = tuple[Blank, ...]            # one blank across the page, or two side by side


@dataclass(frozen=True)
class Part:
    heading: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Declaration:
    key: str                       # 'photographer' | 'custodian': the HTML anchor's suffix
    title: str
    intro: str
    parts: tuple[Part, ...]
    statement_heading: str
    statements: tuple[str, ...]    # numbered
    liability: str                 # followed by a signature blank
    liability_sign: str            # the label under the liability line's blank
    signing: tuple[Row, ...]       # place and date, signature and name as signed


@dataclass(frozen=True)
class Redacted:
    labels: tuple[str, ...]        # the exhibit's labels ('C3-E2', and 'C4-E1' if shown again)
    names: tuple[str, ...]         # the file names it was imported under
    what: str                      # regions and their kinds, and how they were hidden
    why: str
    decided: str                   # by whom and when


# The rows of blanks of each part, by key: `declaration.field.<key>` is a blank's label; a
# number after the key leaves that many lines; "a+b" puts two short blanks side by side.
PERSON = ("full_name", "iin+phone", "id_document", "id_issued", "address:2")
PHOTOGRAPHER = (
    ("declaration.part.person", PERSON),
    ("declaration.photographer.part.visit",
     ("exhibits", "place", "visit", "device", "device_settings")),
    ("declaration.photographer.part.transfer",
     ("transfer_method", "transfer_to+transfer_when", "withheld:2")),
)
CUSTODIAN = (
    ("declaration.part.person", (*PERSON, "role")),
    ("declaration.custodian.part.receipt",
     ("received_from", "received_when", "received_how", "received_count", "imported_when")),
    ("declaration.custodian.part.keeping", ("verified_on",)),
)
SIGNING = ("signed_place+signed_date", "signature+signed_name")


def numbered(report: Report, prefix: str, **args: str) -> tuple[str, ...]:
    """The entries `prefix1`, `prefix2`, ... the table has, in order, up to the first missing."""
    out: list[str] = []
    while f"{prefix}{len(out) + 1}" in report.table:
        out.append(report.t(f"{prefix}{len(out) + 1}", **args))
    return tuple(out)


def limits(report: Report) -> tuple[str, ...]:
    """What the report does not prove: every `methodology.limits.N` the table has."""
    return numbered(report, LIMITS)


def redactions(report: Report) -> tuple[Redacted, ...]:
    """The report's redacted exhibits, one entry per photo, in the order they first appear."""
    seen: dict[int, Redacted] = {}
    for section in report.claims:
        for exhibit in section.exhibits:
            done = exhibit.redacted
            if done is None:
                continue
            if exhibit.photo_id in seen:
                first = seen[exhibit.photo_id]
                seen[exhibit.photo_id] = Redacted((*first.labels, exhibit.label), first.names,
                                                  first.what, first.why, first.decided)
                continue
            reasons = [r for r in redaction.REASONS if any(g.reason == r for g in done.regions)]
            what = report.t("redactions.what", n=len(done.regions),
                            what=", ".join(report.t(f"redaction.{r}") for r in reasons),
                            how=report.t(f"redaction.{done.method}"))
            why = "; ".join(report.t(f"redactions.why.{r}") for r in reasons)
            decided = report.t("redactions.decided", actor=done.actor,
                               at=_minute(done.created_utc))
            seen[exhibit.photo_id] = Redacted((exhibit.label,), exhibit.names, what, why,
                                              decided)
    return tuple(seen.values())


def _minute(stamp: str) -> str:
    """'2024-05-01T10:00:12.123456Z' as '2024-05-01 10:00 UTC'."""
    day, _, clock = stamp.partition("T")
    return f"{day} {clock[:5]} UTC" if clock else stamp


def declarations(report: Report) -> tuple[Declaration, ...]:
    return (_declaration(report, "photographer", PHOTOGRAPHER),
            _declaration(report, "custodian", CUSTODIAN))


def _declaration(report: Report, who: str,
                 parts: tuple[tuple[str, tuple[str, ...]], ...]) -> Declaration:
    t, case = report.t, report.case.id
    return Declaration(
        key=who, title=t(f"declaration.{who}.title"), intro=t("declaration.intro", case=case),
        parts=tuple(Part(t(heading), tuple(_row(report, f) for f in fields))
                    for heading, fields in parts),
        statement_heading=t("declaration.statement"),
        statements=numbered(report, f"declaration.{who}.statement.", case=case),
        liability=t("declaration.liability"), liability_sign=t("declaration.field.signature"),
        signing=tuple(_row(report, f) for f in SIGNING))


def _row(report: Report, spec: str) -> Row:
    return tuple(_blank(report, field) for field in spec.split("+"))


def _blank(report: Report, field: str) -> Blank:
    key, _, lines = field.partition(":")
    return Blank(report.t(f"declaration.field.{key}", case=report.case.id), int(lines or 1))
