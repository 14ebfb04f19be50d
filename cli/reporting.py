"""`report`: the contradiction report of a case as PDF/A (or as one offline HTML file)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import EXIT_OK, TerminalProgress, actor, open_case, tile_source
from cli.output import say
from reports import strings


def add_to(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "report", help="write the contradiction report (PDF/A, or HTML) of a case",
        description="The report a lawyer can file: a cover, a summary of the verdicts, each "
        "refusal with its map, timeline, verdict and numbered exhibits (image, hash, metadata, "
        "findings, observations, custody), the methodology, declaration templates and the "
        "inventory of the exhibits (file, SHA-256, when and where taken, device, who provided "
        "it and when). The format follows --out: .pdf (PDF/A-2b, fonts embedded) or .html (one "
        "self-contained file). Writing it is recorded in the custody log; the same case, read "
        "at the same custody entry, with the same options, gives the same bytes.")
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
    from bundles import export  # fpdf and folium: only for this command

    out = Path(args.out).absolute()
    if out.suffix.lower() not in export.REPORT_FORMATS:
        parser.error(f"--out must end in {' or '.join(export.REPORT_FORMATS)} (the report's "
                     "format)")
    tiles = tile_source(args.tiles)
    with open_case(args.case) as case:
        bar = TerminalProgress(sys.stderr, "Writing the report")
        try:
            result = export.write_report(case, out, lang=args.lang, claim_ids=args.claims,
                                         prepared_by=actor(args.prepared_by),
                                         jurisdiction=args.jurisdiction, tiles=tiles,
                                         progress=bar)
        finally:
            bar.finish()
    say(f"Report written to {result.path}")
    say(f"{result.exhibits} exhibit(s) from {result.refusals} refusal(s)"
        + (f", {result.pages} page(s)." if result.pages is not None else "."))
    if result.fingerprint and result.custody_head:
        seq, entry_hash = result.custody_head
        say(f"Its cover names the case's signing key {result.fingerprint} and custody entry "
            f"{seq} (hash {entry_hash}): any bundle of this case can be checked against it "
            f"with `verify BUNDLE.zip --against {result.path.name}`.")
    return EXIT_OK
