"""`map`: export the interactive map of a case as one self-contained HTML file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import EXIT_OK, TerminalProgress
from maps import basemap, interactive


def add_to(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "map", help="export the case's interactive map as one HTML file that works offline",
        description="Venues coloured by the verdicts on their refusals, photos with their GPS "
        "accuracy and direction of view. The file carries everything it needs (Leaflet, "
        "thumbnails) and opens in any browser without Skver; only --tiles osm goes online.")
    parser.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    parser.add_argument("--out", required=True, metavar="FILE", help="the HTML file to write")
    parser.add_argument("--claim", type=int, default=None, metavar="ID",
                        help="focus on one refusal: its venue, its qualifying photos highlighted")
    parser.add_argument("--tiles", default="none", metavar="osm|none|PATH",
                        help="the background: none (default, offline), osm (OpenStreetMap, "
                        "online) or a folder of tiles laid out as Z/X/Y.png")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    out = Path(args.out).absolute()
    tiles = basemap.choose(args.tiles, page_dir=out.parent)
    bar = TerminalProgress(sys.stderr, "Reading photos")
    try:
        interactive.export(Path(args.case), out, claim_id=args.claim, tiles=tiles, progress=bar)
    finally:
        bar.finish()
    print(f"Map written to {out}")
    if tiles.online:
        print("It loads OpenStreetMap tiles from the internet when opened.")
    return EXIT_OK
