"""The open case between the window and its views: one owner of the case's state and its work.

`CaseSession` opens a case (unlocking or creating it, or building the demo), holds the state the
views show (`gui.app.state.CaseState`), and runs every job that reads or writes the case:

- Changes (an observation, a refusal, a venue, a redaction) run one at a time, in the order they
  were asked for, on the session's *lane*, a single worker thread. Each opens the case on that
  thread, writes, and has the case's `CaseEngine` read back what it touched and judge again what
  that can change; the GUI thread receives the new state with a `Change` saying what changed.
  Nothing typed meanwhile is lost: the window never waits for a write.
- Long work (an import, an export, a verification) runs on the *pool* and tells the session it
  writes (`begin_write` / `end_write`), so the session knows every writer (the idle lock asks
  `writers()`) and reads back what the work changed when it ends.

Views implement `CaseView`: `set_case(state)` for a case shown anew (None: no case) and
`apply(change)` after a change. Job errors reach the window in one place: `problem` (a message
the user can act on) and `failed` (a bug's traceback).
"""

from __future__ import annotations

import gc
import itertools
import os
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from evidence import casekeys, diskspace
from evidence.errors import KnownError
from evidence.store import Case
from gui.app import identity
from gui.app.state import NOTHING, CaseEngine, CaseState, Change, Refresh
from gui.case import demo
from gui.case.drafts import Draft, DraftTaker
from gui.case.opening import PASSPHRASE_ENV, RecentCases
from gui.widgets.workers import Runner, ThreadedRunner

T = TypeVar("T")
# How the window asks who is working: (then, declined); `then` gets the name, `declined` why not.
ActorAsker = Callable[[Callable[[str], None], Callable[[str], None]], None]
# A form with typed work, asked before the case is left: `guard(then, ask)` is True when nothing
# typed stands in the way (none, or it was saved and written). Else False: with `ask`, it has
# asked (Save / Discard / Cancel as the form does) and runs `then` once the answer lets the case
# go, never on Cancel; without (the idle lock: nobody is there), it asks nothing.
LeaveGuard = Callable[[Callable[[], None], bool], bool]


class CaseView(Protocol):
    """What every view of the case implements."""

    def set_case(self, state: CaseState | None) -> None:
        """Shows this case from scratch (a case opened or unlocked); None: shows no case."""

    def apply(self, change: Change) -> None:
        """Repaints what a change touched."""


@dataclass(frozen=True)
class Written(Generic[T]):
    """What a write hands back: its value for the caller, and what the session reads back."""

    value: T
    refresh: Refresh = NOTHING


@dataclass
class _Ticket:
    description: str
    done: Callable[[Any], None] | None
    refused: Callable[[str], None] | None
    always: Callable[[], None] | None


class _Job(QObject):
    """One piece of work on a runner; its outcome leaves by signal, tagged with its ticket."""

    done = Signal(int, object)
    refused = Signal(int, str)
    failed = Signal(int, str)
    finished = Signal(int)

    def __init__(self, ticket: int, work: Callable[[], object],
                 places: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.ticket, self.work = ticket, work
        self.places = places  # where it writes (the case): named when the disk refuses a write

    def run(self) -> None:
        try:
            self.done.emit(self.ticket, self.work())
        except KnownError as exc:
            self.refused.emit(self.ticket, str(exc))
        except Exception as exc:
            full = diskspace.as_known(exc, self.places)
            if full is not None:  # the disk's doing, not a bug: what to free, what was kept
                self.refused.emit(self.ticket, str(full))
            else:  # a bug: reported to the GUI thread, which shows it and logs it
                self.failed.emit(self.ticket, traceback.format_exc())
        finally:
            self.work = _spent  # drops what the work held (a passphrase, a case's data)
            self.finished.emit(self.ticket)


def _spent() -> None:
    """What a job's work becomes once it has run."""


class CaseSession(QObject):
    """The open case: its state, its changes, its jobs. See the module's docstring."""

    opened = Signal(object)         # CaseState: a case shown anew
    changed = Signal(object)        # Change: the case shown, changed
    closed = Signal()               # no case is shown any more
    refused = Signal(str)           # the case asked for could not be opened: why
    passphrase_needed = Signal(str, str)  # an encrypted case's folder, why asked again ("")
    unlock_refused = Signal(str)    # a passphrase did not unlock the case
    creation_refused = Signal(str)  # a new case could not be made
    problem = Signal(str)           # a change was refused: a message the user can act on
    failed = Signal(str)            # a bug in a job: its traceback
    activity = Signal(str)          # what the session is doing now ("" when nothing)

    def __init__(self, runner: Runner | None = None, parent: QObject | None = None) -> None:
        """`runner` runs the pool's work (tests: a synchronous one); the lane is its serial
        sibling."""
        super().__init__(parent)
        self.pool: Runner = runner or ThreadedRunner(threads=2)
        self.lane: Runner = self.pool.serial()
        self.recent = RecentCases()
        self.state: CaseState | None = None
        self._engine: CaseEngine | None = None      # touched on the lane only
        self._tickets = itertools.count(1)
        self._pending: dict[int, _Ticket] = {}      # writes asked for, not yet done
        self._jobs: dict[int, _Job] = {}            # alive until finished
        self._opening: dict[int, Callable[[str], None]] = {}
        self._wish = 0                              # the latest open asked for
        self._long: dict[int, str] = {}             # long writes (imports ...) running
        self.ask_actor: ActorAsker | None = None    # set by the window (gui.app.reviewer)
        self._guards: list[LeaveGuard] = []         # the forms asked before leaving the case
        self.closing = False                        # the guards are asked as the window closes
        self._takers: list[DraftTaker] = []         # the forms whose typed work the idle
        #                                             lock sets aside (gui.case.drafts)

    # --- what is going on -------------------------------------------------------------------

    def writers(self) -> list[str]:
        """What is writing to the case now or is queued to: descriptions, oldest first."""
        return [t.description for t in self._pending.values()] + list(self._long.values())

    def is_opening(self) -> bool:
        return bool(self._opening)

    def is_idle(self) -> bool:
        return not self._pending and not self._long and not self._opening

    def wait(self, timeout_ms: int = -1) -> bool:
        """Blocks until the lane and the pool are done (the window closing)."""
        return self.lane.wait(timeout_ms) and self.pool.wait(timeout_ms)

    # --- who is working ---------------------------------------------------------------------

    def as_actor(self, then: Callable[[str], None],
                 refused: Callable[[str], None] | None = None) -> None:
        """Runs `then` with the name of who is working, which signs the change `then` makes:
        at once when it is known, else once the window has asked for it. Declined, nothing
        runs and `refused` (else `problem`) says why; never the login name instead."""
        known = identity.name()
        if known is not None:
            then(known)
            return
        declined = refused or self.problem.emit
        if self.ask_actor is None:
            declined(self.tr("Nothing was saved: nobody has said who is working."))
            return
        self.ask_actor(then, declined)

    # --- leaving the case -------------------------------------------------------------------

    def guard_leaving(self, guard: LeaveGuard) -> None:
        """A form whose typed work must not be lost when the case is left (see LeaveGuard)."""
        self._guards.append(guard)

    def leave(self, then: Callable[[], None], *, ask: bool = True) -> bool:
        """Every way of leaving the open case (locking it, opening or creating another) runs
        here first: each form with typed work saves it or asks. `then` (the leaving) runs at
        once when nothing stands in the way (True); else once every question is answered and
        every save written, and never when the user chose to stay. `ask` False: no question
        (the idle lock, which has first set aside what would need one: `set_aside`)."""
        for guard in self._guards:
            if not guard(lambda: self.leave(then, ask=ask), ask):
                return False
        then()
        return True

    def ready_to_close(self, then: Callable[[], None]) -> bool:
        """The window is closing: every form that guards leaving the case is asked as for
        leaving it (Save / Discard / Cancel as each form does; `closing` is True while they
        are). True when none stands in the way; else one asked, and `then` (closing the window
        again, which asks the others) runs once its answer lets the window go."""
        self.closing = True
        try:
            return all(guard(then, True) for guard in self._guards)
        finally:
            self.closing = False

    def keep_drafts(self, taker: DraftTaker) -> None:
        """A form whose typed work the idle lock takes as a draft rather than waiting."""
        self._takers.append(taker)

    def set_aside(self) -> list[Draft]:
        """Nobody is there and the case locks: each form's typed work, taken as a draft held in
        memory (its form closed), so that nothing typed keeps the case open."""
        return [draft for taker in self._takers if (draft := taker()) is not None]

    # --- opening ----------------------------------------------------------------------------

    def open_case(self, path: str) -> None:
        """Opens a case; an encrypted one still locked asks for its passphrase first (unless
        SKVER_PASSPHRASE holds it)."""
        folder = Path(os.path.abspath(path))
        if casekeys.is_encrypted(folder) and casekeys.unlocked(folder) is None:
            if os.environ.get(PASSPHRASE_ENV):
                self._open(_Unlock(folder, os.environ[PASSPHRASE_ENV]),
                           self.tr("Unlocking the case {folder}…").format(folder=folder),
                           lambda why: self.passphrase_needed.emit(str(folder), why))
            else:
                self.passphrase_needed.emit(str(folder), "")
            return
        self._open(lambda: folder, self.tr("Opening the case {folder}…").format(folder=folder),
                   self.refused.emit)

    def unlock_case(self, path: str, passphrase: str) -> None:
        """Unlocks an encrypted case (scrypt: on the lane) and opens it; a wrong passphrase is
        said through `unlock_refused`."""
        folder = Path(os.path.abspath(path))
        self._open(_Unlock(folder, passphrase),
                   self.tr("Unlocking the case {folder}…").format(folder=folder),
                   self.unlock_refused.emit)

    def create_case(self, path: str, title: str, zone: str, bundled_venues: bool,
                    passphrase: str | None = None) -> None:
        """Creates a case in a new or empty folder and opens it; encrypted with a passphrase."""
        from gui.case.new_case import Creation

        folder = Path(os.path.abspath(path))

        def create(actor: str) -> None:
            creation = Creation(folder, title, zone, bundled_venues, actor, passphrase)
            self._open(creation, self.tr("Creating the case {folder}…").format(folder=folder),
                       self.creation_refused.emit)
        self.as_actor(create, self.creation_refused.emit)

    def open_demo(self) -> None:
        folder = demo.folder()
        text = (self.tr("Opening the demo case…") if demo.is_case(folder)
                else self.tr("Building the demo case (first start)…"))
        self._open(lambda: demo.ensure(folder), text, self.refused.emit)

    def open_startup(self) -> None:
        """The case used last, or the demo when there is none (first start, or it is gone)."""
        last = self.recent.last()
        if last is None:
            self.open_demo()
        else:
            self.open_case(last.path)

    def _open(self, prepare: Callable[[], Path], text: str,
              refused: Callable[[str], None]) -> None:
        """Runs `prepare` (which gives the case's folder) and reads the case, on the lane; a
        later wish to open another case wins over this one."""
        self._wish += 1
        wish = self._wish
        ticket = next(self._tickets)
        self._opening[ticket] = refused

        def work() -> tuple[int, CaseState | None]:
            if wish != self._wish:
                return wish, None          # another case was asked for since: not read
            folder = prepare()
            with Case.open(folder) as case, _collector_paused():
                self._engine = CaseEngine.read(case)
            return wish, self._engine.state

        self._start(self.lane, ticket, work, self._on_opened, self._on_open_refused, text)

    @Slot(int, object)
    def _on_opened(self, ticket: int, outcome: tuple[int, CaseState | None]) -> None:
        self._opening.pop(ticket, None)
        wish, state = outcome
        if state is None or wish != self._wish:
            return
        self.state = state
        self.recent.remember(state.root, state.title)
        self.opened.emit(state)
        _long_lived()

    @Slot(int, str)
    def _on_open_refused(self, ticket: int, message: str) -> None:
        refused = self._opening.pop(ticket, None)
        if refused is not None:
            refused(message)

    def close(self) -> None:
        """Shows no case: the state is dropped, and the lane drops the engine (with the case's
        decrypted data) when it gets there."""
        self.state = None
        self._wish += 1
        gc.unfreeze()      # what the case held can be collected again (_long_lived)

        def forget() -> None:
            self._engine = None
        self._start(self.lane, next(self._tickets), forget, None, None, "")
        self.closed.emit()

    # --- changes ----------------------------------------------------------------------------

    def write(self, description: str, task: Callable[[Case], Written[Any]], *,
              done: Callable[[Any], None] | None = None,
              refused: Callable[[str], None] | None = None,
              always: Callable[[], None] | None = None) -> bool:
        """Queues a change of the open case: `task` runs on the lane with the case open and
        returns what it wrote (`Written`); the views get the `Change`, then `done` the value.
        A KnownError goes to `refused`, or to `problem` when there is none; `always` runs last
        whatever happened (a bug too). False (and nothing queued) when no case is open."""
        state = self.state
        if state is None:
            return False
        root = state.root
        ticket = next(self._tickets)
        self._pending[ticket] = _Ticket(description, done, refused, always)

        def work() -> tuple[Any, Change | None]:
            with Case.open(Path(root)) as case:
                written = task(case)
                return written.value, self._refresh(case, root, written.refresh)

        self._start(self.lane, ticket, work, self._on_written, self._on_write_refused,
                    description)
        return True

    def refresh(self, what: Refresh = NOTHING) -> None:
        """Reads back what work outside the lane wrote (its custody entries, at least)."""
        if self.state is not None:
            self.write(self.tr("Reading the case…"), lambda _case: Written(None, what))

    def begin_write(self, description: str) -> int:
        """Long work that writes (an import, an export) has started: it counts as a writer."""
        token = next(self._tickets)
        self._long[token] = description
        self.activity.emit(description)
        return token

    def end_write(self, token: int, what: Refresh = NOTHING) -> None:
        """That work is over; what it changed is read back."""
        self._long.pop(token, None)
        self.refresh(what)

    def _refresh(self, case: Case, root: str, what: Refresh) -> Change | None:
        """On the lane: the engine reads back what a write touched (if that case is shown)."""
        engine = self._engine
        if engine is None or str(engine.root) != root:
            return None
        return engine.refresh(case, what)

    @Slot(int, object)
    def _on_written(self, ticket: int, outcome: tuple[Any, Change | None]) -> None:
        pending = self._pending.get(ticket)
        value, change = outcome
        if change is not None and self.state is not None and \
                change.state.root == self.state.root:
            self.state = change.state
            self.changed.emit(change)
        if pending is not None and pending.done is not None:
            pending.done(value)

    @Slot(int, str)
    def _on_write_refused(self, ticket: int, message: str) -> None:
        pending = self._pending.get(ticket)
        if pending is not None and pending.refused is not None:
            pending.refused(message)
        else:
            self.problem.emit(message)

    # --- running ----------------------------------------------------------------------------

    def _start(self, runner: Runner, ticket: int, work: Callable[[], object],
               done: Callable[[int, Any], None] | None,
               refused: Callable[[int, str], None] | None, text: str) -> None:
        job = _Job(ticket, work, () if self.state is None else (str(self.state.root),))
        self._jobs[ticket] = job
        # Bound slots of this GUI-thread object, never lambdas: a lambda would run on the
        # worker's thread, these are queued to the GUI thread.
        if done is not None:
            job.done.connect(done)
        if refused is not None:
            job.refused.connect(refused)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._on_finished)
        if text:
            self.activity.emit(text)
        runner.start(job)

    @Slot(int, str)
    def _on_failed(self, ticket: int, details: str) -> None:
        self._opening.pop(ticket, None)
        self.failed.emit(details)

    @Slot(int)
    def _on_finished(self, ticket: int) -> None:
        self._jobs.pop(ticket, None)
        pending = self._pending.pop(ticket, None)
        if pending is not None and pending.always is not None:
            pending.always()
        if not self._jobs and not self._long:
            self.activity.emit("")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """While a case is read: everything read lives on, so the cyclic collector's passes over
    it (half of the reading time at 10,000 photos) would find nothing. They are skipped, and
    what was read is then kept out of later full passes (`_long_lived`)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _long_lived()
        if was:
            gc.enable()


def _long_lived() -> None:
    """The case just shown lives as long as it is open: its objects (records, results, the
    views' rows) leave the cyclic collector's full passes, which at 10,000 photos took 100 to
    200 ms each and held every thread (the GIL), the window included. They are still freed
    when no longer used; only a cycle among them waits for the case to close."""
    gc.freeze()


class _Unlock:
    """Unlocks an encrypted case (on the lane); the passphrase is let go once used."""

    def __init__(self, folder: Path, passphrase: str) -> None:
        self.folder, self._passphrase = folder, passphrase

    def __call__(self) -> Path:
        passphrase, self._passphrase = self._passphrase, ""
        casekeys.unlock(self.folder, passphrase)  # KnownError (nothing changed) when wrong
        del passphrase
        return self.folder
