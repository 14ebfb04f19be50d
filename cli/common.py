"""What every command shares: exit codes, the terminal progress bar, the acting person."""

from __future__ import annotations

import getpass
import os
from typing import TextIO

EXIT_OK, EXIT_KNOWN_ERROR, EXIT_USAGE, EXIT_DISCREPANCY, EXIT_BUG = 0, 1, 2, 3, 70


def actor(given: str | None) -> str:
    """Who acts, for the custody log: --actor, else $SKVER_ACTOR, else the login name."""
    if given:
        return given
    try:
        return os.environ.get("SKVER_ACTOR") or getpass.getuser()
    except (KeyError, OSError):  # no login name (e.g. a container's unnamed uid)
        return f"uid {os.getuid()}"


class TerminalProgress:
    """A one-line progress bar on a terminal; silent when the stream is not a terminal."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream, self.label = stream, label
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
