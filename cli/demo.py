"""`demo`: build the Almaty demo case and show its verdicts."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import EXIT_OK
from cli.output import say
from evidence.store import Case


def add_to(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "demo", help="build a demo case that retells the Almaty story with drawn photos")
    parser.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    from evidence import analysis, demo  # geopy and the drawing code: only for this command

    root = demo.build(Path(args.out))
    with Case.open(root) as case:
        result = analysis.analyze_case(case)
    say(f"Demo case created at {root}")
    for claim in result.claims:
        say(f"  claim {claim.claim_id}  {claim.venue.name}: '{claim.claim.category.value}' "
            f"-> {claim.verdict.value} ({len(claim.photos)} "
            f"{'photo' if len(claim.photos) == 1 else 'photos'})")
    say(f"Next: python main.py analyze --case {root}")
    return EXIT_OK
