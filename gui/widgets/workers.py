"""Work off the GUI thread: jobs that only talk through signals, and their runners.

The window never calls a worker directly: it hands a job (an object with `run()` whose results
leave by signal) to a runner. The real runner uses a thread pool; tests pass SynchronousRunner
so a run finishes before `start` returns and every assertion sees a settled window. The case
session (gui.app.session) runs the case's own work; these are the jobs around it.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from evidence import inspection
from evidence.errors import KnownError
from gui.widgets import loose_proofs

# Results are handed to the GUI in batches this often: one signal per file would flood the
# event loop on a folder of thousands of photos.
BATCH_INTERVAL_S = 0.1
T = TypeVar("T")


class CancellableJob(QObject):
    """A job's cancel flag: set from any thread, read by the run at its next check."""

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Asks the run to stop at its next check; what is done stays done."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


def send_in_batches(results: Iterable[T], send: Callable[[list[T]], None]) -> None:
    """Passes `results` on as lists, one every BATCH_INTERVAL_S at most, and the rest at the
    end: one signal per file would flood the GUI's event loop."""
    batch: list[T] = []
    last_sent = time.monotonic()
    for result in results:
        batch.append(result)
        if time.monotonic() - last_sent >= BATCH_INTERVAL_S:
            send(batch)
            batch, last_sent = [], time.monotonic()
    if batch:
        send(batch)


class InspectionJob(CancellableJob):
    """Inspects files and folders; `run` may be called on any thread, only signals leave it."""

    counted = Signal(int)             # how many files were found under the paths
    progress = Signal(int, int)       # done, total
    results = Signal(list)            # a batch of Inspection, in input order
    stated = Signal(dict)             # {a photo's path: its proofs (ProofMode, Tella)}, sent
                                      # before the batch with its inspection
    finished = Signal(bool)           # True when it stopped because it was cancelled
    failed = Signal(str)              # a bug inside the run: its traceback

    def __init__(self, paths: list[str], default_zone: str | None = None) -> None:
        super().__init__()
        self.paths = list(paths)
        self.default_zone = default_zone

    def run(self) -> None:
        try:
            files = self._collect()
            if not self.is_cancelled():
                self._inspect(files)
        except Exception:  # a bug: reported to the GUI thread, which shows it and logs it
            self.failed.emit(traceback.format_exc())
        self.finished.emit(self.is_cancelled())

    def _collect(self) -> list[str]:
        # Walking a big folder tree takes a while too, so it listens for cancel as well.
        files = []
        for path in inspection.iter_paths(self.paths):
            if self.is_cancelled():
                break
            files.append(path)
        self.counted.emit(len(files))
        return files

    def _inspect(self, files: list[str]) -> None:
        send_in_batches(loose_proofs.inspected(files, self.default_zone,
                                               stated=self.stated.emit,
                                               progress=self.progress.emit,
                                               cancelled=self.is_cancelled),
                        self.results.emit)


class CaseJob(QObject):
    """Opens (or first builds) a case and reads it into plain data on the thread that runs it.

    `task` opens its own Case and closes it before returning: a SQLite connection never
    crosses threads, only the snapshot it returns does, by signal.
    """

    loaded = Signal(object)           # what `task` returned (a case_data.CaseSnapshot)
    refused = Signal(str)             # a KnownError: a message the user can act on
    failed = Signal(str)              # a bug inside the run: its traceback
    finished = Signal()

    def __init__(self, task: Callable[[], object], description: str) -> None:
        super().__init__()
        self.task = task
        self.description = description  # what the status bar says while it runs

    def run(self) -> None:
        try:
            self.loaded.emit(self.task())
        except KnownError as exc:
            self.refused.emit(str(exc))
        except Exception:  # a bug: reported to the GUI thread, which shows it and logs it
            self.failed.emit(traceback.format_exc())
        self.finished.emit()


class Job(Protocol):
    def run(self) -> None: ...


class Runner(Protocol):
    """Starts jobs; `wait` blocks until every started job has finished or time runs out."""

    def start(self, job: Job) -> None: ...

    def wait(self, timeout_ms: int = -1) -> bool: ...

    def serial(self) -> Runner:
        """A runner of the same kind that runs its jobs one after another, in order."""
        ...


class _JobRunnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job  # keeps the job (and its signals) alive until the run ends

    def run(self) -> None:
        self.job.run()


class ThreadedRunner:
    """Runs each job on a worker thread of its own pool; results arrive as queued signals.

    With one thread the jobs run one after another in the order they were started (the case
    session's lane); with more, side by side.
    """

    def __init__(self, threads: int = 2) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(threads)

    def start(self, job: Job) -> None:
        self._pool.start(_JobRunnable(job))

    def wait(self, timeout_ms: int = -1) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def serial(self) -> ThreadedRunner:
        return ThreadedRunner(threads=1)


class SynchronousRunner:
    """Runs each job to the end inside `start`, on the calling thread (for tests and scripts)."""

    def start(self, job: Job) -> None:
        job.run()

    def wait(self, timeout_ms: int = -1) -> bool:
        return True  # nothing can still be running

    def serial(self) -> SynchronousRunner:
        return self  # one job at a time already
