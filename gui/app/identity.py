"""Who is working: the name that signs every change made in the window.

The person says it once (`gui.app.reviewer` asks the first time a change needs it) and it is
remembered in the settings; File ▸ Your name… changes it for what is recorded afterwards. It is
never the computer's login name. Working without a name is a choice the person makes: then
UNNAMED signs.
"""

from __future__ import annotations

from evidence import limits
from evidence.printable import printable
from gui.app import settings

UNNAMED = "unnamed reviewer"
NAME_MAX = limits.REVIEWER   # characters: a name, not a note (as the core's checks say)


def name() -> str | None:
    """The name remembered, or None while nobody has said who is working."""
    remembered = settings.REVIEWER.get().strip()
    return remembered if remembered and problem(remembered) is None else None


def problem(text: str) -> str | None:
    """Why `text` cannot sign ("empty", "not_plain": a control or invisible character,
    "too_long"), or None."""
    text = text.strip()
    if not text:
        return "empty"
    if printable(text) != text:
        return "not_plain"
    if len(text) > NAME_MAX:
        return "too_long"
    return None


def remember(text: str) -> str:
    """Keeps the name that signs from now on; raises ValueError when it cannot sign."""
    found = problem(text)
    if found is not None:
        raise ValueError(found)
    settings.REVIEWER.set(text.strip())
    return text.strip()
