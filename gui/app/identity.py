"""Who is working: the name that signs custody entries and observations made in the window."""

from __future__ import annotations

import getpass
import os

from gui.app import settings


def login_name() -> str:
    """The operating system's login name (what the command line records by default)."""
    try:
        return os.environ.get("SKVER_ACTOR") or getpass.getuser()
    except (KeyError, OSError):  # no login name (e.g. a container's unnamed uid)
        return f"uid {os.getuid()}"


def user_name() -> str:
    """The name set in the settings, else the login name."""
    chosen = settings.REVIEWER.get().strip()
    return chosen or login_name()


def set_user_name(name: str) -> None:
    """Remembers the name to sign with; an empty name means the login name again."""
    settings.REVIEWER.set(name.strip())
