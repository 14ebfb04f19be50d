"""Refusing a PySide6 release known to break Skver, with a message a user can act on.

PySide6 6.12.0 on Python 3.11 loses a reference to None, True or False with each signal emitted
and each Python `data()` that returns None; after about a thousand the interpreter aborts
("bool_dealloc"). pyproject.toml excludes it; this catches an environment that has it anyway
(an older lock file, a system package) before a window opens, instead of a crash minutes later.
"""

from __future__ import annotations

import sys

# (PySide6 version, the Pythons it fails on) -> what goes wrong
FAULTY = {("6.12.0", (3, 11)): "loses references to None, True and False with every signal "
                               "emitted, and the app aborts after a few hundred repaints"}


class FaultyQt(RuntimeError):
    """The installed PySide6 is a release known to break Skver."""


def problem(version: str, python: tuple[int, int]) -> str | None:
    """Why this PySide6 on this Python cannot run Skver, or None when it can."""
    why = FAULTY.get((version, python))
    if why is None:
        return None
    return (f"PySide6 {version} on Python {python[0]}.{python[1]} {why}. Install another "
            f"release (pip install 'PySide6>=6.8,!={version}', as pyproject.toml asks; "
            "`make run` does it) and start Skver again.")


def check(version: str | None = None) -> None:
    """Raises FaultyQt when the installed PySide6 is known to break Skver here."""
    if version is None:
        import PySide6

        version = PySide6.__version__
    found = problem(version, (sys.version_info.major, sys.version_info.minor))
    if found is not None:
        raise FaultyQt(found)
