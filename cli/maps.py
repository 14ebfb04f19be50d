"""`map`: a case's interactive map as one self-contained HTML file, or a claim's static map."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import EXIT_OK, TerminalProgress, open_case, tile_source
from cli.output import say


def add_to(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "map", help="export the case's interactive map as one HTML file that works offline",
        description="Venues coloured by the verdicts on their refusals, photos with their GPS "
        "accuracy and direction of view. The file carries everything it needs (Leaflet, "
        "thumbnails) and opens in any browser without Skver; only --tiles osm goes online. "
        "With --out ending in .png or .svg and a --claim, the static map of that refusal for a "
        "report instead (numbered exhibits, accuracy circles, scale bar; no browser).")
    parser.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    parser.add_argument("--out", required=True, metavar="FILE",
                        help="the file to write: .html (interactive) or .png/.svg (static)")
    parser.add_argument("--claim", type=int, default=None, metavar="ID",
                        help="focus on one refusal: its venue, its qualifying photos highlighted")
    parser.add_argument("--tiles", default="none", metavar="osm|none|PATH",
                        help="the background: none (default, offline), osm (OpenStreetMap, "
                        "online, interactive only), a folder of tiles laid out as Z/X/Y.png, or "
                        "an .mbtiles file (raster) for either map: the interactive page embeds "
                        "the tiles over the case (zoom levels up to 2,000 tiles / 20 MB), so "
                        "it stays one offline file")
    parser.add_argument("--lang", default="en", choices=("en", "ru", "kk"),
                        help="the language of the map's words: the interactive page's legend "
                        "and popups, a static map's header and legend (default en)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from maps import basemap, interactive  # folium: only for this command
    from reports import strings

    out = Path(args.out).absolute()
    if out.suffix.lower() in (".png", ".svg"):
        return _static(args, parser, out)
    tiles = basemap.choose(tile_source(args.tiles), page_dir=out.parent)
    bar = TerminalProgress(sys.stderr, "Reading photos")
    try:
        with open_case(args.case) as case:  # an encrypted case's passphrase is asked here
            interactive.export(case, out, claim_id=args.claim, tiles=tiles, progress=bar,
                               table=strings.table(args.lang))
    finally:
        bar.finish()
    say(f"Map written to {out}")
    if tiles.online:
        say("It loads OpenStreetMap tiles from the internet when opened.")
    return EXIT_OK


def _static(args: argparse.Namespace, parser: argparse.ArgumentParser, out: Path) -> int:
    if args.claim is None:
        parser.error("a static map (.png or .svg) is drawn for one refusal: give --claim ID")
    if args.tiles == "osm":
        parser.error("static maps never go online: use --tiles none or a local tile source")
    tiles = None if args.tiles == "none" else tile_source(args.tiles)
    from maps import static
    from reports import strings

    with open_case(args.case) as case:
        static.render_case_claim_map(case, args.claim, out, tiles=tiles,
                                     table=strings.table(args.lang))
    say(f"Map of claim {args.claim} written to {out}")
    return EXIT_OK
