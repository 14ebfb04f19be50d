"""Typed work set aside when an encrypted case locks itself (the idle lock), in memory only.

Nobody is at the keyboard, so nothing may keep the case open: each open editor (the refusal
form, the venue form, the tagging form's changes that cannot be saved as they are) hands over
what was typed as a `Draft` and closes, and the case locks. The drafts are never written
anywhere: not the settings, not a temporary file, not the case. Unlocking the same case puts
each back; opening another case or quitting (after asking) lets them go. Letting go overwrites
the draft's own copy of every text (`Typed.wipe`); copies Python and Qt made on the way (the
widgets' own buffers, freed with the widgets) cannot be reached and are only freed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Draft:
    """One editor's typed work while its case is locked."""

    what: Callable[[], str]        # names it for the user, in the language of the moment
    restore: Callable[[], None]    # puts it back in its form (the case shown again)
    wipe: Callable[[], None]       # lets it go, overwriting what it can


# An editor that sets its typed work aside: its draft (the editor closed), or None when it has
# nothing typed (an editor with nothing typed closes with its case).
DraftTaker = Callable[[], "Draft | None"]


@dataclass
class Typed:
    """A form's values held for a draft: texts as bytes that can be overwritten, the rest as
    they are (numbers, choices, ticks)."""

    _texts: dict[str, bytearray] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)

    def keep(self, name: str, text: str) -> None:
        self._texts[name] = bytearray(text.encode("utf-8", "surrogatepass"))

    def text(self, name: str) -> str:
        return bytes(self._texts.get(name, b"")).decode("utf-8", "surrogatepass")

    def wipe(self) -> None:
        for held in self._texts.values():
            held[:] = bytes(len(held))
        self._texts.clear()
        self.values.clear()


class SetAside:
    """The drafts of one locked case."""

    def __init__(self) -> None:
        self.root: str | None = None
        self._drafts: list[Draft] = []

    def keep(self, root: str, drafts: list[Draft]) -> None:
        self.discard()
        self.root, self._drafts = root, list(drafts)

    def empty(self) -> bool:
        return not self._drafts

    def names(self) -> list[str]:
        return [draft.what() for draft in self._drafts]

    def take_back(self, root: str) -> list[Draft]:
        """The case at `root` is shown: its drafts, handed back once (another case: none, and
        the drafts kept are let go)."""
        if root != self.root:
            self.discard()
            return []
        drafts, self._drafts, self.root = self._drafts, [], None
        return drafts

    def discard(self) -> None:
        for draft in self._drafts:
            draft.wipe()
        self._drafts, self.root = [], None
