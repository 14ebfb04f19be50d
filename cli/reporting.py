"""`report`: the contradiction report of a case as PDF/A (or as one offline HTML file)."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from cli.common import EXIT_OK, TerminalProgress, actor
from evidence.errors import KnownError
from evidence.store import Case
from reports import content, pdf, strings

FORMATS = (".pdf", ".html")


def add_to(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "report", help="write the contradiction report (PDF/A, or HTML) of a case",
        description="The report a lawyer can file: a cover, a summary of the verdicts, each "
        "refusal with its map, timeline, verdict and numbered exhibits (image, hash, metadata, "
        "findings, observations, custody), the methodology, declaration templates and the "
        "SHA-256 of every original. The format follows --out: .pdf (PDF/A-2b, fonts embedded) "
        "or .html (one self-contained file). Writing it is recorded in the custody log.")
    parser.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    parser.add_argument("--out", required=True, metavar="FILE",
                        help="the file to write: report.pdf or report.html")
    parser.add_argument("--lang", default="en", choices=strings.LANGUAGES,
                        help="the report's language (default en)")
    parser.add_argument("--claims", type=_claim_ids, default=None, metavar="ID,ID",
                        help="only these refusals (default: every one), e.g. 1,3")
    parser.add_argument("--prepared-by", default=None, metavar="NAME",
                        help="who prepared it (default: $SKVER_ACTOR or the login name)")
    parser.add_argument("--jurisdiction", default=None, metavar="TEXT",
                        help="the court or city (default: the venues' city)")
    parser.add_argument("--tiles", default=None, metavar="PATH",
                        help="a background for the static maps: a Z/X/Y.png folder or an "
                        ".mbtiles file (default: plain paper)")
    parser.set_defaults(handler=run)


def _claim_ids(text: str) -> list[int]:
    try:
        ids = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected refusal ids like 1,3, not {text!r}") \
            from None
    if not ids:
        raise argparse.ArgumentTypeError("give at least one refusal id")
    return ids


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    out = Path(args.out).absolute()
    if out.suffix.lower() not in FORMATS:
        parser.error(f"--out must end in {' or '.join(FORMATS)} (the report's format)")
    who = actor(args.prepared_by)
    with Case.open(Path(args.case)) as case:
        bar = TerminalProgress(sys.stderr, "Gathering")
        try:
            report = content.build(case, lang=args.lang, claim_ids=args.claims,
                                   prepared_by=who, jurisdiction=args.jurisdiction,
                                   progress=bar)
        finally:
            bar.finish()
        written = _write(report, out, args.tiles)
        _record(case, who, written, args)
    pages = pdf.page_count(written) if written.suffix.lower() == ".pdf" else None
    print(f"Report written to {written}")
    print(f"{report.exhibit_count} exhibit(s) from {len(report.claims)} refusal(s)"
          + (f", {pages} page(s)." if pages is not None else "."))
    return EXIT_OK


def _write(report: content.Report, out: Path, tiles: str | None) -> Path:
    bar = TerminalProgress(sys.stderr, "Writing")
    try:
        if out.suffix.lower() == ".html":
            from reports.html import write_html  # the HTML page's dependencies, only if asked
            return write_html(report, out, tiles=tiles, progress=bar)
        return pdf.write_pdf(report, out, tiles=tiles, progress=bar)
    except OSError as exc:
        raise KnownError(f"Cannot write the report to {out}: {exc.strerror or exc}.") from None
    finally:
        bar.finish()


def _record(case: Case, who: str, written: Path, args: argparse.Namespace) -> None:
    """The custody log notes which report left the case, by the hash of its file."""
    digest = hashlib.sha256(written.read_bytes()).hexdigest()
    details = {"format": written.suffix.lower().lstrip("."), "lang": args.lang,
               "claims": args.claims or "all", "file": written.name}
    with case.transaction():
        case.record(who, "report-written", digest, details)
