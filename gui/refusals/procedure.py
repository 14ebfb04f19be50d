"""The refusal's procedure in the refusal pane: what was recorded and each procedure finding
with the rule it was measured against, in the interface's language (the report's words,
reports/procedure_section.py), every text escaped."""

from __future__ import annotations

from html import escape

from evidence.results import ClaimResult
from gui.app import i18n
from reports import procedure_section, strings

MUTED = "color:gray"


def procedure_html(result: ClaimResult) -> str:
    """The pane's part on the procedure: a short table, the findings, and the note that they
    are facts for the reader, not legal advice."""
    table = strings.table(i18n.current())
    part = procedure_section.section(result, table)
    rows = "".join(f"<tr><td style='{MUTED}; padding-right:8px'>{escape(label)}</td>"
                   f"<td>{escape(value)}</td></tr>" for label, value in part.rows)
    html = [f"<h4>{escape(table['procedure_section.title'])}</h4>", f"<table>{rows}</table>"]
    if not part.recorded and not part.findings:
        html.append(f"<p style='{MUTED}'>{escape(table['procedure_section.unrecorded'])}</p>")
        return "\n".join(html)
    if not part.findings:
        html.append(f"<p>{escape(table['procedure_section.none'])}</p>")
    for line in part.findings:
        html.append(f"<p class='procedure-finding'><b>{escape(line.title)}</b><br>"
                    f"{escape(line.statement)}<br><small style='{MUTED}'>"
                    f"{escape(strings.text(table, 'procedure_section.rule', rule=line.rule))}"
                    "</small></p>")
    html.append(f"<p style='{MUTED}'><small>{escape(table['procedure_section.note'])}"
                "</small></p>")
    return "\n".join(html)
