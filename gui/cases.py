"""Which cases were open before, and opening one (or first building the demo) off the GUI thread."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal, Slot
from PySide6.QtWidgets import QMenu, QWidget

from evidence import appdirs, casekeys
from gui import case_data, identity, new_case
from gui.case_data import CaseSnapshot
from gui.workers import CaseJob, Runner

RECENT_KEY = "Cases/recent"
MAX_RECENT = 8
DEMO_FOLDER = "demo-case"
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
        kept = [e for e in remembered if case_data.is_case(e.path)]
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
        text = QSettings().value(RECENT_KEY, "")
        try:
            items = json.loads(text) if isinstance(text, str) and text else []
            return [RecentCase(str(i["path"]), str(i.get("title", ""))) for i in items]
        except (ValueError, TypeError, KeyError):  # hand-edited settings: start afresh
            return []

    def _write(self, entries: list[RecentCase]) -> None:
        # JSON in one string: a QSettings list of one item reads back as a plain string.
        QSettings().setValue(RECENT_KEY, json.dumps(
            [{"path": e.path, "title": e.title} for e in entries], ensure_ascii=False))


def demo_folder() -> Path:
    """Where the demo case lives: Skver's data folder (appdirs), never the user's documents."""
    return appdirs.user_data_dir() / DEMO_FOLDER


class CaseOpener(QObject):
    """Opens one case at a time on the runner; asked again meanwhile, the latest wish wins."""

    started = Signal(str)       # what is being done, for the status bar
    opened = Signal(object)     # a CaseSnapshot
    refused = Signal(str)       # why the case could not be opened, for the user
    failed = Signal(str)        # a bug's traceback
    idle = Signal()             # nothing is being opened any more
    # Why a new case could not be created (said in the New case dialog, which stays open).
    creation_refused = Signal(str)
    # An encrypted case wants its passphrase: its folder, and why the last one failed (or "").
    passphrase_needed = Signal(str, str)
    # Why an encrypted case did not unlock (said where the passphrase was typed).
    unlock_refused = Signal(str)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.recent = RecentCases()
        self.job: CaseJob | None = None
        self._next: CaseJob | None = None
        self._refused_to: Callable[[str], None] = self.refused.emit
        self._next_refused: Callable[[str], None] | None = None

    def open_case(self, path: str) -> None:
        """Opens a case; an encrypted one still locked asks for its passphrase first (unless
        SKVER_PASSPHRASE holds it)."""
        folder = Path(os.path.abspath(path))
        if casekeys.is_encrypted(folder) and casekeys.unlocked(folder) is None:
            if os.environ.get(PASSPHRASE_ENV):
                self._start(self._unlock_job(folder, os.environ[PASSPHRASE_ENV]),
                            self._on_environment_refused)
            else:
                self.passphrase_needed.emit(str(folder), "")
            return
        self._start(CaseJob(lambda: case_data.load(folder),
                            self.tr("Opening the case {folder}…").format(folder=folder)))

    def unlock_case(self, path: str, passphrase: str) -> None:
        """Unlocks an encrypted case with its passphrase (scrypt: on the worker) and opens it;
        a wrong one is said through `unlock_refused`."""
        folder = Path(os.path.abspath(path))
        self._start(self._unlock_job(folder, passphrase), self.unlock_refused.emit)

    def _unlock_job(self, folder: Path, passphrase: str) -> CaseJob:
        return CaseJob(_Unlock(folder, passphrase),
                       self.tr("Unlocking the case {folder}…").format(folder=folder))

    def create_case(self, path: str, title: str, zone: str, bundled_venues: bool,
                    passphrase: str | None = None) -> None:
        """Creates a case in a new or empty folder (with the Almaty venues if asked), opens it;
        encrypted when given a passphrase."""
        folder, actor = Path(os.path.abspath(path)), identity.user_name()
        task = new_case.Creation(folder, title, zone, bundled_venues, actor, passphrase)
        self._start(CaseJob(task, self.tr("Creating the case {folder}…").format(folder=folder)),
                    self.creation_refused.emit)

    def open_demo(self) -> None:
        folder = demo_folder()
        text = (self.tr("Opening the demo case…") if case_data.is_case(folder)
                else self.tr("Building the demo case (first start)…"))
        self._start(CaseJob(lambda: case_data.load(case_data.ensure_demo(folder)), text))

    def open_startup(self) -> None:
        """The case used last, or the demo when there is none (first start, or it is gone)."""
        last = self.recent.last()
        if last is None:
            self.open_demo()
        else:
            self.open_case(last.path)

    def _start(self, job: CaseJob, refused: Callable[[str], None] | None = None) -> None:
        """Runs `job`; its refusal goes to `refused` (by default the `refused` signal)."""
        if self.job is not None:
            self._next = job  # replaces any earlier wish that has not started
            self._next_refused = refused
            return
        self.job = job
        self._refused_to = refused or self.refused.emit
        job.loaded.connect(self._on_loaded)
        job.refused.connect(self._on_refused)
        job.failed.connect(self.failed)
        job.finished.connect(self._on_finished)
        self.started.emit(job.description)
        self.runner.start(job)

    @Slot(object)
    def _on_loaded(self, snapshot: CaseSnapshot) -> None:
        if self._next is not None:
            return  # the user has asked for another case since
        self.recent.remember(snapshot.root, snapshot.title)
        self.opened.emit(snapshot)

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        if self._next is None:
            self._refused_to(message)

    def _on_environment_refused(self, message: str) -> None:
        """SKVER_PASSPHRASE did not open the case: the user is asked, told why."""
        if self.job is not None and isinstance(self.job.task, _Unlock):
            self.passphrase_needed.emit(str(self.job.task.folder), message)
        else:
            self.refused.emit(message)

    @Slot()
    def _on_finished(self) -> None:
        self.job = None
        if self._next is not None:
            job, self._next = self._next, None
            self._start(job, self._next_refused)
        else:
            self.idle.emit()


class _Unlock:
    """Unlocks an encrypted case and reads it (on a worker); the passphrase is let go at once."""

    def __init__(self, folder: Path, passphrase: str) -> None:
        self.folder, self._passphrase = folder, passphrase

    def __call__(self) -> CaseSnapshot:
        passphrase, self._passphrase = self._passphrase, ""
        casekeys.unlock(self.folder, passphrase)  # KnownError (nothing changed) when wrong
        del passphrase
        return case_data.load(self.folder)


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
