"""Exporting a case as the command line and the window both do it: the report (PDF or HTML),
recorded in the custody log, and the evidence bundle with the reports rendered into it.

Plain functions with a progress callback (done, total) and a cancel check; every file is
written under a temporary name and renamed into place, so a cancelled or failed export leaves
nothing behind. The bundle's reports are made in memory and go straight into the zip.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bundles import writer
from evidence import diskspace, signing
from evidence.errors import KnownError
from evidence.parallel import Cancelled, Progress
from evidence.store import Case
from maps.static import Tiles
from reports import content, pdf

REPORT_FORMATS = (".pdf", ".html")
STEPS = 1000  # the whole export, as the one progress the caller sees


@dataclass(frozen=True)
class ReportResult:
    path: Path
    refusals: int
    exhibits: int
    pages: int | None           # of a PDF; None for HTML
    fingerprint: str | None     # of the case's key, as the cover prints it
    custody_head: tuple[int, str] | None   # (seq, hash) of the entry the cover names


def write_report(case: Case, out_path: str | os.PathLike[str], *, lang: str = "en",
                 claim_ids: list[int] | None = None, prepared_by: str,
                 jurisdiction: str | None = None, tiles: Tiles = None,
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> ReportResult:
    """Writes the report on `claim_ids` (every refusal when None) to `out_path`, in the format
    its suffix names, and records it in the custody log by the hash of the file; `tiles` is
    its maps' background (a tile folder's or an MBTiles file's path, or a tile source)."""
    out = Path(out_path).absolute()
    if out.suffix.lower() not in REPORT_FORMATS:
        raise KnownError(f"A report's file name ends in .pdf or .html, not {out.name!r}.")
    if not out.parent.is_dir():
        raise KnownError(f"Cannot write the report to {out}: the folder {out.parent} does not "
                         "exist.")
    signing.ensure_made(case, prepared_by or "skver")  # its cover prints the case's key
    report = content.build(case, lang=lang, claim_ids=claim_ids, prepared_by=prepared_by,
                           jurisdiction=jurisdiction, progress=_share(progress, 0, 200),
                           cancelled=cancelled)
    written = render(report, out, tiles=tiles, progress=_share(progress, 200, STEPS),
                     cancelled=cancelled)
    record_report(case, prepared_by, written, lang, claim_ids)
    pages = pdf.page_count(written) if written.suffix.lower() == ".pdf" else None
    return ReportResult(written, len(report.claims), report.exhibit_count, pages,
                        report.fingerprint, report.custody_head)


def render(report: content.Report, out: Path, *, tiles: Tiles = None,
           progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """Writes a built report as PDF or HTML, by `out`'s suffix; returns the path."""
    try:
        if out.suffix.lower() == ".html":
            from reports.html import write_html  # the HTML page's dependencies, only if asked
            return write_html(report, out, tiles=tiles, progress=progress, cancelled=cancelled)
        return pdf.write_pdf(report, out, tiles=tiles, progress=progress, cancelled=cancelled)
    except OSError as exc:
        if diskspace.is_full(exc):
            raise diskspace.full_error(exc, out.parent, kept="No report was written, and the "
                                       "case is unchanged.") from None
        raise KnownError(f"Cannot write the report to {out}: {exc.strerror or exc}.") from None


def record_report(case: Case, who: str, written: Path, lang: str,
                  claim_ids: list[int] | None) -> None:
    """The custody log notes which report left the case, by the hash of its file."""
    digest = hashlib.sha256(written.read_bytes()).hexdigest()
    details = {"format": written.suffix.lower().lstrip("."), "lang": lang,
               "claims": claim_ids or "all", "file": written.name}
    with case.transaction():
        case.record(who, "report-written", digest, details)


def export_bundle_with_reports(case: Case, out_path: str | os.PathLike[str], *,
                               lang: str = "en", claim_ids: list[int] | None = None,
                               prepared_by: str, sign: bool = True, actor: str,
                               with_reports: bool = True,
                               extra_files: Iterable[writer.ExtraFile] = (),
                               tiles: Tiles = None, seal: str | None = None,
                               progress: Progress | None = None,
                               cancelled: Cancelled | None = None,
                               timestamp_urls: Sequence[str] = ()) -> writer.ExportResult:
    """The case's evidence bundle with its PDF and HTML reports (on `claim_ids`, in `lang`,
    their maps drawn on `tiles`) under reports/, signed by the case's key, which the reports
    name; the bundle itself holds the whole case whatever the reports' scope. With `seal` (a
    passphrase) the bundle is sealed for transport as it is written; with `timestamp_urls`
    its manifest is timestamped by those authorities (online). The reports are made in
    memory: nothing of the case is written anywhere but into the bundle."""
    if not Path(out_path).absolute().parent.is_dir():
        raise KnownError(f"The folder {Path(out_path).absolute().parent} does not exist.")
    extras = list(extra_files)
    signing.ensure_made(case, actor)
    if with_reports:
        extras += _reports(case, lang, claim_ids, prepared_by, tiles, progress, cancelled)
    return writer.export(case, out_path, actor=actor, extra_files=extras, sign=sign,
                         seal=seal, progress=_share(progress, 700 if with_reports else 0, STEPS),
                         cancelled=cancelled, timestamp_urls=timestamp_urls)


def _reports(case: Case, lang: str, claim_ids: list[int] | None, prepared_by: str,
             tiles: Tiles, progress: Progress | None,
             cancelled: Cancelled | None) -> list[writer.ExtraFile]:
    """The bundle's PDF and HTML reports, as bytes."""
    from reports.html import render_html  # the HTML page's dependencies, only if asked

    report = content.build(case, lang=lang, claim_ids=claim_ids, prepared_by=prepared_by,
                           progress=_share(progress, 0, 100), cancelled=cancelled)
    made = pdf.render_pdf(report, tiles=tiles, progress=_share(progress, 100, 500),
                          cancelled=cancelled)
    page = render_html(report, tiles=tiles, progress=_share(progress, 500, 700),
                       cancelled=cancelled).encode("utf-8")
    return [(f"reports/report-{lang}.pdf", made), (f"reports/report-{lang}.html", page)]


def _share(progress: Progress | None, low: int, high: int) -> Progress | None:
    """A part's own (done, total) reported as steps `low`..`high` of the whole `STEPS`."""
    if progress is None:
        return None
    report: Callable[[int, int], None] = progress

    def part(done: int, total: int) -> None:
        report(low + (high - low) * done // total if total else high, STEPS)
    return part
