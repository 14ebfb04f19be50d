"""Importing photos into the open case: the job on a worker thread, and the run it belongs to.

The job opens its own Case on the thread that runs it (a SQLite connection never crosses
threads); only the per-file ImportResults leave it, in batches, by signal.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from evidence import diskspace, importer
from evidence.errors import KnownError
from evidence.importer import ImportResult
from evidence.provenance import UNLABELLED, Source
from evidence.store import Case
from gui.widgets.text import numerus
from gui.widgets.widgets import RunStatus
from gui.widgets.workers import CancellableJob, Runner, send_in_batches


class ImportJob(CancellableJob):
    """Imports files and folders into the case at `root`; `run` may be called on any thread."""

    progress = Signal(int, int)       # files staged, of how many
    results = Signal(list)            # a batch of ImportResult, committed
    refused = Signal(str)             # a KnownError (e.g. another process holds the case)
    failed = Signal(str)              # a bug inside the run: its traceback
    finished = Signal(bool)           # True when it stopped because it was cancelled

    def __init__(self, root: str, paths: list[str], actor: str,
                 workers: int | None = None, source: Source = UNLABELLED) -> None:
        super().__init__()
        self.root, self.paths, self.actor, self.workers = root, list(paths), actor, workers
        self.source = source

    def run(self) -> None:
        try:
            with Case.open(Path(self.root)) as case:
                self._import(case)
        except KnownError as exc:  # a full disk mid-import too: what was kept, what to free
            self.refused.emit(str(exc))
        except Exception as exc:
            full = diskspace.as_known(exc, [self.root])  # e.g. no room to open the database
            if full is not None:
                self.refused.emit(str(full))
            else:  # a bug: reported to the GUI thread, which shows it and logs it
                self.failed.emit(traceback.format_exc())
        self.finished.emit(self.is_cancelled())

    def _import(self, case: Case) -> None:
        send_in_batches(importer.import_paths(case, self.paths, actor=self.actor,
                                              source=self.source, workers=self.workers,
                                              progress=self.progress.emit,
                                              cancelled=self.is_cancelled),
                        self.results.emit)


@dataclass
class ImportOutcome:
    """What one import run did, for the summary: every file's result, in input order."""

    root: str
    results: list[ImportResult] = field(default_factory=list)
    cancelled: bool = False
    refusal: str | None = None        # why the run could not start or went no further
    done: int = 0
    total: int = 0

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    def rejected(self) -> list[ImportResult]:
        return [r for r in self.results if r.outcome == "rejected"]


class CaseImporter(QObject):
    """Runs one import at a time on the runner, with its own progress bar and Cancel button."""

    started = Signal()
    finished = Signal(object)         # an ImportOutcome
    failed = Signal(str)              # a bug's traceback

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.status = RunStatus()
        self.status.set_words(self._progress_words)
        self.status.cancel_requested.connect(self.cancel)
        self.job: ImportJob | None = None
        self.outcome: ImportOutcome | None = None

    def is_running(self) -> bool:
        return self.job is not None

    @staticmethod
    def _progress_words(done: int, total: int) -> str:
        return numerus("CaseImporter", "Importing {done} of %n file(s)", total).format(
            done=done)

    def start(self, root: str, paths: list[str], actor: str,
              source: Source = UNLABELLED) -> bool:
        """Starts importing `paths` into the case at `root`, recorded as coming from `source`;
        False while another import runs."""
        if self.job is not None:
            return False
        self.outcome = ImportOutcome(root)
        self.job = ImportJob(root, paths, actor, source=source)
        self.job.progress.connect(self._on_progress)
        self.job.results.connect(self._on_results)
        self.job.refused.connect(self._on_refused)
        self.job.failed.connect(self.failed)
        self.job.finished.connect(self._on_finished)
        self.status.begin()
        self.started.emit()
        self.runner.start(self.job)
        return True

    @Slot()
    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        assert self.outcome is not None
        if total != self.outcome.total:
            self.status.set_total(total)
        self.outcome.done, self.outcome.total = done, total
        self.status.set_done(done)

    @Slot(list)
    def _on_results(self, results: list) -> None:
        assert self.outcome is not None
        self.outcome.results.extend(results)

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        assert self.outcome is not None
        self.outcome.refusal = message

    @Slot(bool)
    def _on_finished(self, cancelled: bool) -> None:
        outcome, self.outcome, self.job = self.outcome, None, None
        assert outcome is not None
        outcome.cancelled = cancelled
        self.status.end()
        self.finished.emit(outcome)
