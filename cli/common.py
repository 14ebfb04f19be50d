"""What every command shares: exit codes, the progress bar, the acting person, opening a case."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from cli.output import say, unguarded
from evidence import casekeys, limits, passphrase_policy, signing
from evidence.errors import KnownError
from evidence.printable import printable
from evidence.store import Case

EXIT_OK, EXIT_KNOWN_ERROR, EXIT_USAGE, EXIT_DISCREPANCY, EXIT_BUG = 0, 1, 2, 3, 70
EXIT_DISK_FULL = 4  # the disk refused a write (full, over quota, read-only): free space, run again


class MissingPath(KnownError):
    """A path given on the command line that does not exist: a usage error, exit 2 as
    argparse's own, for every command alike (cli.main)."""


def existing(*paths: str | os.PathLike[str], what: str = "file or folder") -> Path:
    """The first of `paths` once every one exists (a link counts, even one that leads
    nowhere: what it is, is the command's to say); else MissingPath naming each that does
    not."""
    missing = [str(p) for p in paths if not os.path.lexists(p)]
    if missing:
        raise MissingPath(f"no such {what}: " + ", ".join(map(printable, missing)))
    return Path(paths[0])


def case_command(actions: argparse._SubParsersAction, name: str, summary: str, handler: Any,
                 writes: bool = False, description: str | None = None
                 ) -> argparse.ArgumentParser:
    """An action of a command group on one case: --case, and --actor when it `writes`; the
    handler gets its own parser as args.command (for its usage errors)."""
    parser = actions.add_parser(name, help=summary, description=description or summary)
    parser.add_argument("--case", required=True, metavar="DIR", help="the case folder")
    if writes:
        parser.add_argument("--actor", default=None, help="who does this, for the custody "
                            "log (default: $SKVER_ACTOR or the login name)")
    parser.set_defaults(handler=handler, command=parser)
    return parser


def actor(given: str | None) -> str:
    """Who acts, for the custody log: --actor, else $SKVER_ACTOR, else the login name."""
    for name, where in ((given, "--actor"), (os.environ.get("SKVER_ACTOR"), "SKVER_ACTOR")):
        if name:
            too_long = limits.problem(f"The name given with {where}", name, limits.REVIEWER)
            if too_long:
                raise KnownError(too_long)
            return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (e.g. a container's unnamed uid)
        return f"uid {os.getuid()}"


class TerminalProgress:
    """A one-line progress bar on a terminal; silent when the stream is not a terminal."""

    def __init__(self, stream: TextIO, label: str) -> None:
        # Its carriage returns and erase codes are the program's own: past the stream's guard.
        self.stream, self.label = unguarded(stream), label
        self.active = stream.isatty()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.active or total == 0:
            return
        width = 30
        filled = width * done // total
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.shown = False

    def finish(self) -> None:
        self.clear()


PASSPHRASE_ENV = "SKVER_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SKVER_NEW_PASSPHRASE"
BUNDLE_PASSPHRASE_ENV = "SKVER_BUNDLE_PASSPHRASE"
KEY_PASSPHRASE_ENV = "SKVER_KEY_PASSPHRASE"          # a protected signing key's passphrase
NEW_KEY_PASSPHRASE_ENV = "SKVER_NEW_KEY_PASSPHRASE"  # for protect-key, export-key, rotate-key


def key_passphrase() -> str:
    """A protected signing key's passphrase, asked when a command signs (evidence.signing)."""
    return passphrase("the case's signing key", env=(KEY_PASSPHRASE_ENV,))


def passphrase(purpose: str, *, env: tuple[str, ...] = (PASSPHRASE_ENV,),
               confirm: bool = False) -> str:
    """A passphrase from the environment, else asked on the terminal; never an argument."""
    for name in env:
        if os.environ.get(name):
            return os.environ[name]
    if not sys.stdin.isatty():
        raise KnownError(f"{purpose[0].upper()}{purpose[1:]} needs a passphrase: set the "
                         f"environment variable {env[0]}, or run the command in a terminal "
                         "to be asked for it (it is never given on the command line).")
    # getpass writes to the terminal itself, past the guard; the purpose may name a file.
    first = getpass.getpass(printable(f"Passphrase for {purpose}: "))
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise KnownError("The two passphrases differ; nothing was done.")
    return first


def new_passphrase(purpose: str, *, env: tuple[str, ...] = (PASSPHRASE_ENV,)) -> str:
    """A passphrase being chosen (a new case, a change, a sealed bundle): asked twice, refused
    under evidence.passphrase_policy's minimum, a weak one taken with a warning on stderr."""
    secret = passphrase(purpose, env=env, confirm=True)
    refused = passphrase_policy.problem(secret)
    if refused is not None:
        raise KnownError(f"{refused} Nothing was done.")
    weak = passphrase_policy.warning(secret)
    if weak is not None:
        say(weak, err=True)
    return secret


def tile_source(given: str | None) -> str | None:
    """--tiles as given: none, osm, or a tile folder or MBTiles file that must exist."""
    if given is None or given in ("none", "osm"):
        return given
    return str(existing(given, what="tile folder or MBTiles file"))


def open_case(path: str | os.PathLike[str]) -> Case:
    """Opens the case at `path`, asking for its passphrase when it is encrypted."""
    root = existing(path, what="case folder").absolute()
    signing.passphrase_source = key_passphrase  # asked only if a protected key must sign
    if casekeys.is_encrypted(root) and casekeys.unlocked(root) is None:
        return Case.open(root, passphrase=passphrase(f"the encrypted case {root}"))
    return Case.open(root)
