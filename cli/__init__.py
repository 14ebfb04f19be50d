"""Skver's command line: argparse subcommands, each a thin call into the Qt-free packages.

One module per group of commands; this one parses and turns errors into exit codes.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cli import (
    analysis,
    bundles,
    cases,
    claims,
    demo,
    inspecting,
    maps,
    occupancy,
    redacting,
    reporting,
    trust,
    venues,
)
from cli.common import EXIT_BUG, EXIT_DISK_FULL, EXIT_KNOWN_ERROR, EXIT_OK, EXIT_USAGE, MissingPath
from cli.inspecting import describe
from cli.output import guarded, say, say_lines
from evidence import buildinfo, diskspace, tempfiles
from evidence.diskspace import DiskFull
from evidence.errors import KnownError
from evidence.store import DB_FILE, health

__all__ = ["describe", "main"]
log = logging.getLogger("skver")


def main(argv: Sequence[str] | None = None) -> int:
    with guarded():  # cli.output: what a command writes cannot drive the terminal
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)  # exits 2 with a message on a usage error
    tempfiles.sweep_at_start()  # what a killed run left in the temporary folder
    try:
        return args.handler(args, parser)
    except MissingPath as exc:  # as argparse says a usage error, with its status
        say_lines(f"skver: error: {exc}", err=True)
        return EXIT_USAGE
    except DiskFull as exc:
        say_lines(f"skver: {exc}", err=True)
        return EXIT_DISK_FULL
    except KnownError as exc:  # its message may name a file or quote a bundle: line by line
        say_lines(f"skver: {exc}", err=True)
        return EXIT_KNOWN_ERROR
    except BrokenPipeError:  # the reader went away (e.g. `| head`): nothing left to say
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        say("skver: interrupted", err=True)
        return 130
    except Exception as exc:
        # wherever it was written: a case, a report, a map, a bundle
        full = diskspace.as_known(exc, [getattr(args, "out", None), getattr(args, "case", None)])
        if full is not None:
            say_lines(f"skver: {full}", err=True)
            return EXIT_DISK_FULL
        if health.is_damage(exc):  # damage found outside a case's own with block
            say_lines(f"skver: {_damage(exc, args)}", err=True)
            return EXIT_KNOWN_ERROR
        log.exception("Skver hit a bug; please report it with the traceback below")
        return EXIT_BUG


def _damage(exc: Exception, args: argparse.Namespace) -> KnownError:
    case = getattr(args, "case", None)
    db = Path(case) / DB_FILE if case else Path(DB_FILE)
    return health.damage_error(exc, db)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="skver", description="Check official refusals of protest venues against "
        "timestamped, geotagged site photos. With no arguments, `python main.py` opens the app.")
    # main.py answers --version before this parser, adding Qt's version; this is its help line.
    parser.add_argument("-V", "--version", action=_PrintVersion, nargs=0,
                        help="print the version, the commit it was built from, and the Python, "
                        "PySide6 and tz database it uses, then exit")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    inspecting.add_to(commands)
    cases.add_to(commands)
    venues.add_to(commands)
    claims.add_to(commands)
    analysis.add_to(commands)
    demo.add_to(commands)
    maps.add_to(commands)
    reporting.add_to(commands)
    bundles.add_to(commands)
    redacting.add_to(commands)
    occupancy.add_to(commands)
    trust.add_to(commands)
    return parser


class _PrintVersion(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        for line in buildinfo.describe():
            say(line)
        parser.exit()
