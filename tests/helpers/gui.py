"""The window's parts in tests: a case's state as the window holds it, a session that runs its
work at once, and the cells of the Refusals table."""

from __future__ import annotations

from pathlib import Path

from evidence import casekeys
from evidence.importer import import_paths
from evidence.store import Case
from gui.app.main_window import MainWindow
from gui.app.session import CaseSession
from gui.app.state import CaseEngine, CaseState
from gui.case.new_case import create
from gui.map.view import MapPage, MapView
from gui.refusals.model import RefusalColumn
from gui.widgets.workers import SynchronousRunner
from tests.helpers.photos import Shot, write_photo
from tests.helpers.webengine import KeepsAlerts, evaluate

WINDOW_SECRET = "correct horse battery staple"


def case_state(root: Path | str) -> CaseState:
    """The case at `root` read as the session reads it."""
    with Case.open(Path(root)) as case:
        return CaseEngine.read(case).state


def locked_case_with_a_photo(tmp_path: Path, passphrase: str = WINDOW_SECRET) -> Path:
    """An encrypted case made as New case makes it, with one geotagged photo, locked as after
    a restart."""
    folder = create(tmp_path / "secret", "Secret", "Asia/Almaty", False, "t", passphrase)
    photo = write_photo(tmp_path / "in" / "gate.jpg",
                        Shot(taken="2024:05:10 12:00:00", lat=43.2389, lon=76.8897,
                             offset="+05:00"))
    with Case.open(folder) as case:
        [result] = import_paths(case, [str(photo)], actor="t", workers=1)
        assert result.outcome == "imported", result.reason
    casekeys.lock(folder)
    return folder


def opened_session(root: Path | str | None = None) -> CaseSession:
    """A session whose work runs at once (on the caller's thread), with the case at `root`
    open when given."""
    session = CaseSession(SynchronousRunner())
    if root is not None:
        session.open_case(str(root))
        assert session.state is not None, f"{root} did not open"
    return session


def refusal_cells(window: MainWindow, column: RefusalColumn) -> list[str]:
    proxy = window.refusals.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def wire(session: CaseSession, view) -> None:
    """Shows the session's case in `view` and keeps it up to date, as the window does."""
    session.opened.connect(view.set_case)
    session.changed.connect(view.apply)
    session.closed.connect(lambda: view.set_case(None))
    view.set_case(session.state)


class RecordingPage(KeepsAlerts, MapPage):
    """The map's page, keeping alerts and script errors instead of showing or logging them."""


def evaluate_map(qtbot, view: MapView, script: str):
    """The script's value on a map view's page, passed back as JSON."""
    return evaluate(qtbot, view.page, script)
