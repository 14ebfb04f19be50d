"""Which cases were open before (File ▸ Recent cases); the session opens them."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QMenu, QWidget

from evidence import casekeys
from gui.app import settings
from gui.case import demo

MAX_RECENT = 8
# As on the command line (cli.common): an encrypted case's passphrase, never asked for then.
PASSPHRASE_ENV = "SKVER_PASSPHRASE"


@dataclass(frozen=True)
class RecentCase:
    path: str
    title: str


class RecentCases:
    """The last cases opened, newest first, kept in QSettings; cases that are gone drop out."""

    def entries(self) -> list[RecentCase]:
        """The remembered cases that still exist (the missing ones are forgotten here)."""
        remembered = self._read()
        kept = [e for e in remembered if demo.is_case(e.path)]
        if len(kept) != len(remembered):
            self._write(kept)
        return kept

    def last(self) -> RecentCase | None:
        entries = self.entries()
        return entries[0] if entries else None

    def remember(self, path: str, title: str) -> None:
        """Remembers a case; an encrypted one without its title (the settings are plain)."""
        path = os.path.abspath(path)
        if casekeys.is_encrypted(Path(path)):
            title = ""
        others = [e for e in self._read() if e.path != path]
        self._write([RecentCase(path, title), *others][:MAX_RECENT])

    def _read(self) -> list[RecentCase]:
        text = settings.RECENT_CASES.get()
        try:
            items = json.loads(text) if text else []
            return [RecentCase(str(i["path"]), str(i.get("title", ""))) for i in items]
        except (ValueError, TypeError, KeyError):  # hand-edited settings: start afresh
            return []

    def _write(self, entries: list[RecentCase]) -> None:
        settings.RECENT_CASES.set(json.dumps(
            [{"path": e.path, "title": e.title} for e in entries], ensure_ascii=False))


class RecentCasesMenu(QMenu):
    """File → Recent cases: rebuilt each time it opens, so cases that are gone drop out."""

    chosen = Signal(str)  # the folder of the case picked

    def __init__(self, recent: RecentCases, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RecentCasesMenu", "Recent cases"), parent)
        self.recent = recent
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self.rebuild)

    @Slot()
    def rebuild(self) -> None:
        self.clear()
        entries = self.recent.entries()
        for number, entry in enumerate(entries, start=1):
            title = entry.title or os.path.basename(entry.path)
            text = f"{title} — {os.path.basename(entry.path)}"
            action = self.addAction(f"&{number} {_escape_mnemonic(text)}")
            action.setToolTip(entry.path)
            action.setStatusTip(entry.path)
            action.triggered.connect(lambda _checked=False, path=entry.path: self.chosen.emit(path))
        if not entries:
            none = self.addAction(QCoreApplication.translate("RecentCasesMenu",
                                                             "No recent cases"))
            none.setEnabled(False)


def _escape_mnemonic(text: str) -> str:
    """A title shown in a menu: '&' is a shortcut marker there, so it is doubled."""
    return text.replace("&", "&&")
