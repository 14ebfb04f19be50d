"""The contradiction report as a PDF/A-2b file a court can keep.

`write_pdf` lays out a `reports.content.Report` (already in its language): the cover, a summary
table, each refusal with its map, timeline, verdict and exhibits, the methodology, declaration
templates and an appendix: the inventory of the exhibits (file, SHA-256, when, where, device,
who provided it and when), the refusal letters relied on and the tools' versions. The same case
read at the same custody entry, with the same options, gives the same bytes (dates come from
the case: see `reports.anchor.relied_on`). The file is written beside its final name and moved
into place only when complete, so a failure or a cancel leaves no half file.

    report = content.build(case, lang="kk")
    write_pdf(report, "report.pdf", progress=bar, cancelled=stop.is_set)
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from evidence import diskspace
from evidence.errors import KnownError
from evidence.results import Verdict
from maps.static import Tiles
from maps.static_scene import RGB, rgb
from reports import closing, images, pdf_closing, pdf_exhibits, pdf_procedure, pdf_timeline
from reports.anchor import Anchor
from reports.atomic import replacing
from reports.content import ClaimSection, Report
from reports.inventory import ExhibitRow
from reports.pdf_layout import GREY, PAGES_ALIAS, SMALL, TINY, Color, ReportPDF

Progress = Callable[[int, int], None]


def _lightened(colour: RGB) -> Color:
    r, g, b = (round(255 - (255 - c) * 0.3) for c in colour)
    return r, g, b


# Each verdict's colour, lightened so that black text on it stays easy to read.
VERDICT_FILLS = {v: _lightened(rgb(v.colour)) for v in Verdict}
MAP_SIZE = (1000, 750)
MAP_W = 115.0
CANCELLED = "The report was cancelled; nothing was written."
INVENTORY_COLUMNS = ("exhibit", "file", "sha256", "captured", "place", "device", "provided")
INVENTORY_WIDTHS = (0.092, 0.14, 0.19, 0.185, 0.119, 0.1, 0.174)   # landscape


def write_pdf(report: Report, out_path: str | Path, *, tiles: Tiles = None,
              progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> Path:
    """Writes the report to `out_path` (replacing it only when complete); returns the path."""
    out = Path(out_path).absolute()
    data = render_pdf(report, tiles=tiles, progress=progress, cancelled=cancelled)
    try:
        with replacing(out) as temp:
            temp.write_bytes(data)
    except OSError as exc:
        if diskspace.is_full(exc):
            raise diskspace.full_error(exc, out.parent, kept="No report was written, and the "
                                       "case is unchanged.") from None
        raise KnownError(f"Cannot write the report to {out}: {exc.strerror or exc}.") from None
    return out


def render_pdf(report: Report, *, tiles: Tiles = None, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> bytes:
    """The report's PDF, in memory (what `write_pdf` writes)."""
    return bytes(_render(report, tiles, progress, cancelled))


def page_count(path: str | Path) -> int:
    """The number of pages of a PDF this module wrote."""
    for body in Path(path).read_bytes().split(b"endobj"):
        if re.search(rb"/Type\s*/Pages\b", body):
            found = re.search(rb"/Count (\d+)", body)
            return int(found.group(1)) if found else 0
    return 0


def _render(report: Report, tiles: Tiles, progress: Progress | None,
            cancelled: Callable[[], bool] | None) -> bytearray:
    steps = len(report.claims) + report.exhibit_count
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise KnownError(CANCELLED)
        done += 1
        if progress is not None:
            progress(min(done, steps), steps)

    pdf = _document(report)
    _cover(pdf, report)
    _summary(pdf, report)
    for section in report.claims:
        if cancelled is not None and cancelled():
            raise KnownError(CANCELLED)
        _claim(pdf, report, section, tiles)
        step()
        _exhibits(pdf, report, section, step)
    _methodology(pdf, report)
    pdf_closing.redactions(pdf, report)
    _declarations(pdf, report)
    _appendix(pdf, report)
    return pdf.output()


def _document(report: Report) -> ReportPDF:
    footer = report.t("page.footer", case=report.case.id, page="{page}", pages=PAGES_ALIAS)
    pdf = ReportPDF(footer)
    created = datetime.strptime(report.generated_utc, "%Y-%m-%d %H:%M UTC").replace(tzinfo=UTC)
    pdf.describe(title=f"{report.t('report.title')}: {report.case.title}",
                 subject=report.t("report.subtitle"), author=report.prepared_by,
                 lang=report.lang, created=created, creator=f"Skver {report.software}",
                 anchor=Anchor.of(report))
    return pdf


def _cover(pdf: ReportPDF, report: Report) -> None:
    pdf.add_page()
    pdf.start_section(pdf.clean(report.t("report.title")), level=0)
    pdf.ln(28)
    pdf.para(report.t("report.title"), size=24, style="B", gap=3, align="L")
    pdf.para(report.t("report.subtitle"), size=12, color=GREY, gap=10, align="L")
    pdf.para(report.case.title, size=15, style="B", gap=8, align="L")
    claims = ", ".join(f"{c.label} ({c.rows[0][1]})" for c in report.claims) or "\u2014"
    rows = [(report.t("cover.case_id"), report.case.id),
            (report.t("cover.jurisdiction"), report.jurisdiction or "\u2014"),
            (report.t("cover.prepared_by"), report.prepared_by or "\u2014"),
            (report.t("cover.date"), report.generated_text),
            (report.t("cover.software"), f"Skver {report.software}"),
            (report.t("cover.tzdata"), report.tzdata),
            (report.t("cover.fingerprint"), report.fingerprint or report.t("cover.unsigned")),
            (report.t("cover.custody_head"), report.custody_head_text),
            (report.t("cover.scope"), claims),
            (report.t("cover.exhibits"), str(report.exhibit_count))]
    pdf.pairs(rows, label_width=0.36, size=10)
    pdf.ln(6)
    pdf.para(report.t("cover.note"), size=SMALL, color=GREY)
    if report.custody_head is not None:
        pdf.para(report.t("cover.check", seq=report.custody_head[0]), size=SMALL, color=GREY)



def _summary(pdf: ReportPDF, report: Report) -> None:
    pdf.add_page()
    pdf.heading(report.t("summary.title"))
    if not report.claims:
        pdf.para(report.t("summary.none"))
        return
    heads = [report.t(f"summary.{k}") for k in
             ("claim", "venue", "date", "excuse", "verdict", "basis")]
    rows, fills = [], []
    for c in report.claims:
        stated = dict(c.rows)
        basis = c.basis + "".join(f"\n\u2022 {limit}" for limit in c.limits)
        rows.append((c.label, c.venue_name, stated.get(report.t("claim.document_date"), ""),
                     report.t(f"excuse.{c.result.claim.category.value}"),
                     unbroken_limits(c.verdict),
                     basis))
        fills.append(VERDICT_FILLS[c.result.verdict])
    pdf.grid(heads, rows, widths=(0.08, 0.16, 0.12, 0.13, 0.2, 0.31), size=SMALL,
             fills=fills, fill_col=4)
    pdf_procedure.draw_summary(pdf, report.table, report.procedure_summary)


def _claim(pdf: ReportPDF, report: Report, section: ClaimSection, tiles: Tiles) -> None:
    pdf.add_page()
    document = dict(section.rows).get(report.t("claim.document"), "")
    pdf.heading(report.t("section.claim", label=section.label, document=document))
    pdf.label(report.t("claim.as_stated"))
    pdf.pairs(section.rows)
    pdf.label(report.t("claim.excuse_text"))
    pdf.para(f"\u00ab{section.excuse_text}\u00bb", style="I", gap=3)
    _map(pdf, report, section, tiles)
    if pdf.will_page_break(pdf_timeline.height(section) + 9):
        pdf.add_page()
    pdf.heading(report.t("claim.timeline"), level=3, outline=False)
    pdf_timeline.draw(pdf, report, section)
    pdf.para(report.t("claim.timeline_caption"), size=TINY + 0.5, color=GREY, gap=3)
    _verdict(pdf, report, section)


def _map(pdf: ReportPDF, report: Report, section: ClaimSection, tiles: Tiles) -> None:
    words = images.map_words(report, section)
    with Image.open(io.BytesIO(images.map_png(section, MAP_SIZE, tiles, words))) as picture:
        flat = picture.convert("RGB")     # PDF/A: no soft masks needed for a map
    h = MAP_W * flat.height / flat.width
    if pdf.will_page_break(h + 14):
        pdf.add_page()
    pdf.heading(report.t("claim.map"), level=3, outline=False)
    pdf.image(flat, x=pdf.l_margin + (pdf.epw - MAP_W) / 2, y=pdf.get_y(), w=MAP_W, h=h)
    flat.close()
    pdf.set_y(pdf.get_y() + h + 1)
    pdf.para(report.t("claim.map_caption"), size=TINY + 0.5, color=GREY, gap=3)


def _verdict(pdf: ReportPDF, report: Report, section: ClaimSection) -> None:
    pdf.heading(report.t("claim.verdict"), level=3, outline=False)
    pdf.set_fill_color(*VERDICT_FILLS[section.result.verdict])
    pdf.set_font("sans", "B", 12)
    banner = pdf.clean(unbroken_limits(section.verdict))
    pdf.multi_cell(min(pdf.get_string_width(banner) + 8, pdf.epw), 8, banner, fill=True,
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(255, 255, 255)
    pdf.ln(2)
    pdf.label(report.t("basis.title"))
    pdf.para(section.basis, gap=1)
    if section.limits:
        pdf.para(report.t("basis.limited", limits="; ".join(section.limits)), gap=2)
    pdf.label(report.t("claim.reasons"))
    pdf.bullets(section.reasons)
    pdf.label(report.t("claim.coverage"))
    pdf.para(section.coverage)
    pdf.label(report.t("claim.gaps"))
    pdf.bullets(section.gaps or (report.t("claim.no_gaps"),))
    if section.caveats:
        pdf.label(report.t("claim.caveats"))
        pdf.bullets(section.caveats)
    pdf.label(report.t("uncounted.title"))
    if not section.not_counted:
        pdf.para(report.t("uncounted.none"), size=SMALL)
    else:
        pdf.para(report.t("uncounted.intro"), size=SMALL, color=GREY, gap=1)
        heads = [report.t(f"uncounted.{k}") for k in ("photo", "taken", "reason")]
        draw = pdf.grid if len(section.not_counted) <= 40 else pdf.long_grid
        draw(heads, section.not_counted, widths=(0.3, 0.27, 0.43), size=SMALL)
    if section.procedure is not None:
        pdf_procedure.draw(pdf, report.table, section.procedure)


def _exhibits(pdf: ReportPDF, report: Report, section: ClaimSection,
              step: Callable[[], None]) -> None:
    # the heading goes with the first exhibit's image, not alone at a page's foot
    if section.exhibits and pdf.will_page_break(pdf_exhibits.IMAGE_MAX_H + 20):
        pdf.add_page()
    pdf.heading(report.t("exhibits.title", label=section.label), level=2)
    if not section.exhibits:
        pdf.para(report.t("claim.no_exhibits"))
    for exhibit in section.exhibits:
        pdf_exhibits.draw(pdf, report, exhibit)
        step()


PROVENANCE_PARTS = ("credentials", "timestamps", "proofs")


def _methodology(pdf: ReportPDF, report: Report) -> None:
    pdf.add_page()
    pdf.heading(report.t("methodology.title"))
    for part in ("observed", "inferred"):
        pdf.heading(report.t(f"methodology.{part}.title"), level=2)
        pdf.para(report.t(f"methodology.{part}.body"))
    for part in ("time", "place", "verdicts", "headcount", "basis", "accounting"):
        pdf.para(report.t(f"methodology.{part}", **methodology_args(report, part)))
    pdf.heading(report.t("methodology.provenance.title"), level=2)
    for part in PROVENANCE_PARTS:   # what Content Credentials, timestamps and proofs prove
        pdf.para(report.t(f"methodology.{part}"))
    pdf_procedure.draw_methodology(pdf, report.table)
    pdf.heading(report.t("methodology.rules.title"), level=2)
    heads = [report.t(f"rules.{k}") for k in ("excuse", "against", "backing")]
    pdf.grid(heads, report.rules, widths=(0.24, 0.38, 0.38))
    pdf.heading(report.t("methodology.parameters.title"), level=2)
    pdf.pairs(report.parameters, label_width=0.6)
    pdf.heading(report.t("methodology.limits.title"), level=2)
    pdf.bullets(closing.limits(report))


def unbroken_limits(verdict: str) -> str:
    """The verdict with its '(with limits)' kept on one line: a banner that breaks inside the
    parentheses reads as two verdicts. The line may break before the parenthesis: glued to the
    word before it, Russian «основанием (с ограничениями)» is wider than the summary's verdict
    column and was broken inside a word («огран»/«ичениями»; Kazakh «шектеулер»/«мен», which
    reads as two words)."""
    words, bracket, limits = verdict.partition(" (")
    return words + (" (" + limits.replace(" ", "\u00a0") if bracket else "")


def methodology_args(report: Report, part: str) -> dict[str, int]:
    """The numbers a methodology paragraph quotes, from the rules themselves."""
    return {"limit": report.small_gathering} if part == "headcount" else {}


def _declarations(pdf: ReportPDF, report: Report) -> None:
    """The photographer's and the custodian's declarations, each a form on its own page."""
    pdf_closing.declarations(pdf, report)


def _appendix(pdf: ReportPDF, report: Report) -> None:
    """The inventory of exhibits, the letters relied on and the tools, with their versions."""
    inventory = report.inventory
    pdf.add_page(orientation="L")   # seven columns, each line whole; the pages after it too
    pdf.heading(report.t("appendix.title"))
    pdf.para(report.t("inventory.intro"), size=SMALL)
    if inventory.exhibits:
        heads = [report.t(f"inventory.{k}") for k in INVENTORY_COLUMNS]
        pdf.long_grid(heads, [_inventory_cells(report, row) for row in inventory.exhibits],
                      widths=INVENTORY_WIDTHS, size=TINY, mono_cols={2})
    else:
        pdf.para(report.t("inventory.none"), size=SMALL)
    pdf.heading(report.t("inventory.letters"), level=2)
    if inventory.letters:
        heads = [report.t(f"inventory.{k}") for k in ("refusal", "sha256", "bytes", "file")]
        pdf.long_grid(heads, [(", ".join(r.labels), r.sha256, r.size, r.name)
                              for r in inventory.letters],
                      widths=(0.1, 0.38, 0.08, 0.44), size=TINY, mono_cols={1})
    else:
        pdf.para(report.t("inventory.no_letters"), size=SMALL)
    if inventory.pages:  # the akimat's published occupancy, as kept (evidence/occupancy.py)
        pdf.heading(report.t("inventory.occupancy"), level=2)
        heads = [report.t(f"inventory.{k}") for k in ("refusal", "page", "sha256", "url",
                                                        "captured_at")]
        pdf.long_grid(heads, [(", ".join(r.labels), f"{r.page_id} ({r.kind})", r.sha256, r.url,
                               f"{r.captured}\n{r.how}") for r in inventory.pages],
                      widths=(0.08, 0.08, 0.3, 0.34, 0.2), size=TINY, mono_cols={2})
    pdf.para(report.t("inventory.tools", tools=inventory.tools_line), size=SMALL)


def _inventory_cells(report: Report, row: ExhibitRow) -> tuple[str, ...]:
    """One exhibit's row of the inventory: several lines in a cell where it says several
    things; the hash in two halves, each whole."""
    dash = "\u2014"
    provided = [row.provided_by, row.collected_utc,
                report.t("inventory.source", label=row.source_label) if row.source_label else ""]
    return ("\n".join(row.labels), "\n".join(row.names) or dash,
            f"{row.sha256[:32]}\n{row.sha256[32:]}",
            f"{row.captured}\n{row.doubt}, {row.time_source}",
            f"{row.place}\n{row.accuracy}" if row.place else report.t("inventory.no_place"),
            "\n".join(p for p in (row.device, row.provenance) if p) or dash,
            "\n".join(p for p in provided if p) or dash)
