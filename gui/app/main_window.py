"""Skver's main window: the rooms of the open case in tabs, the menus, the status bar.

The window is a frame. The case session (`gui.app.session`) owns the open case and every job on
it; each room is a view of the session's state (`set_case` when a case is shown anew, `apply`
after a change) and does its own work through the session. The actions are declared once
(`gui.app.actions`), their enabled state computed in one place (`_update_actions`).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTabWidget

from evidence.model import Severity
from evidence.results import Verdict
from gui.app import crash, i18n, window_state
from gui.app.actions import Actions, Context
from gui.app.menus import Menus
from gui.app.reviewer import Reviewer
from gui.app.session import CaseSession, CaseView
from gui.app.state import CaseState, Change
from gui.case.export_actions import ExportActions
from gui.case.lock import CaseLock
from gui.case.shell import CaseShell
from gui.map.view import MapView
from gui.photos.intake import PhotoIntake
from gui.photos.redacting import Redactor
from gui.photos.view import PhotosView
from gui.refusals.actions import RefusalActions
from gui.refusals.occupancy import OccupancyActions
from gui.refusals.view import RefusalsView
from gui.statistics.view import StatisticsView
from gui.venues.view import VenuesView
from gui.widgets import vocabulary
from gui.widgets.text import numerus, photos_and_videos
from gui.widgets.widgets import BusyIndicator, ElidedLabel
from gui.widgets.workers import Runner

log = logging.getLogger(__name__)
CLOSE_WAIT_MS = 10_000
MESSAGE_MS = 5000


class MainWindow(QMainWindow):
    """The window; `runner` (tests: a synchronous one) runs the session's work."""

    case_shown = Signal(str)          # a case is shown: its folder

    def __init__(self, runner: Runner | None = None) -> None:
        super().__init__()
        self.session = CaseSession(runner, self)
        self.actions = Actions(self)
        self.setWindowTitle(self.tr("Skver"))
        self.setAcceptDrops(True)
        self._build_rooms()
        self.menus = Menus(self)
        self._build_status_bar()
        self._connect()
        window_state.restore(self)
        self._update_counts()
        self._update_actions()

    # --- building -------------------------------------------------------------------------

    def _build_rooms(self) -> None:
        a = self.actions
        self.photos = PhotosView(self.session, a)
        self.refusals = RefusalsView()
        self.map = MapView(self.session)
        self.venues = VenuesView(self.session, self.photos.current_photo_id)
        self.statistics = StatisticsView()
        self.views: list[CaseView] = [self.photos, self.refusals, self.map, self.venues,
                                      self.statistics]
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for view, title in ((self.photos, self.tr("Photos")),
                            (self.refusals, self.tr("Refusals")), (self.map, self.tr("Map")),
                            (self.venues, self.tr("Venues")),
                            (self.statistics, self.tr("Statistics"))):
            self.tabs.addTab(view, title)
        self.shell = CaseShell(self, self.session, a)
        self.intake = PhotoIntake(self, self.session, self.photos, a)
        self.refusal_actions = RefusalActions(self.session, a, self.refusals, self, self.photos)
        self.occupancy = OccupancyActions(self.session, a, self, self.refusal_actions.menu)
        self.exports = ExportActions(self.session, a, self)
        self.case_lock = CaseLock(self, self.session, a)
        self.redactor = Redactor(self, self.session, self.photos, a)
        self.central = QStackedWidget()  # the tabs, or the locked screen of a locked case
        self.central.addWidget(self.tabs)
        self.case_lock.wrap(self.central)
        self.setCentralWidget(self.central)
        self._show_tabs(False)

    def _build_status_bar(self) -> None:
        self.count_label = ElidedLabel()  # gives way to the progress of an import
        self.busy = BusyIndicator()
        self.reviewer = Reviewer(self, self.session, self.actions.your_name)  # who is working
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.intake.importer.status)

    def _connect(self) -> None:
        s, a = self.session, self.actions
        s.opened.connect(self._on_opened)
        s.changed.connect(self._on_changed)
        s.closed.connect(self._on_closed)
        s.activity.connect(self._on_activity)
        s.problem.connect(lambda text: self.statusBar().showMessage(text, 10 * MESSAGE_MS))
        s.failed.connect(self._on_failed)
        for source in (self.photos, self.venues, self.refusal_actions):
            source.message.connect(lambda text: self.statusBar().showMessage(text, MESSAGE_MS))
        self.photos.photo_changed.connect(self._update_actions)
        self.refusals.claim_selected.connect(self._on_claim_selected)
        self.refusals.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.refusals.map_requested.connect(self.show_claim_on_map)
        self.map.photo_selected.connect(self.show_photo)
        self.statistics.filter_requested.connect(self.show_refusals_filtered)
        a.import_venues.triggered.connect(self.venues.choose_import)
        a.export_venues.triggered.connect(self.venues.choose_export)
        a.quit.triggered.connect(self.close)
        a.withdraw_observation.triggered.connect(self.photos.observing.withdraw_current)
        a.undo_observation.triggered.connect(self.photos.observing.withdraw_last)
        i18n.watch(self, self._retranslate)

    # --- the case -------------------------------------------------------------------------

    def open_startup_case(self) -> None:
        """Opens the case used last, or the demo case on first start or when that one is gone."""
        self.session.open_startup()

    def open_case(self, folder: str) -> None:
        self.shell.open_case(folder)  # the open case is left first: nothing typed is lost

    @Slot(object)
    def _on_opened(self, state: CaseState) -> None:
        self.setWindowTitle(state.title or os.path.basename(state.root))
        for view in self.views:
            view.set_case(state)
        self._show_tabs(True)
        self._update_counts()
        self._update_actions()
        self.case_shown.emit(state.root)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        for view in self.views:
            view.apply(change)
        if change.claims or change.removed_claims or change.reloaded:
            self._update_counts()

    @Slot()
    def _on_closed(self) -> None:
        """No case is shown (locked): every view empties itself, decrypted pictures dropped."""
        for view in self.views:
            view.set_case(None)
        self._show_tabs(False)
        self.setWindowTitle(self.tr("Skver"))
        self._update_counts()
        self._update_actions()

    def _show_tabs(self, case_open: bool) -> None:
        """No case, no tabs (the Photos tab says how to start); a case shows its refusals
        beside its photos."""
        self.tabs.tabBar().setVisible(case_open)
        for view in (self.refusals, self.map, self.venues, self.statistics):
            self.tabs.setTabVisible(self.tabs.indexOf(view), case_open)

    @Slot()
    def _update_actions(self) -> None:
        state = self.session.state
        self.actions.update(Context(
            case_open=state is not None, encrypted=state is not None and state.encrypted,
            photo_chosen=self.photos.current_photo_id() is not None,
            refusal_chosen=self.refusals.current_claim() is not None))

    @Slot()
    def _update_counts(self) -> None:
        """The case's own photos and refusals, never a file only inspected: "12 photos · 1
        refusal", with those having a critical finding or whose photos are inconsistent with the
        stated ground when there are any."""
        state = self.session.state
        if state is None:
            self.count_label.setText("")
            self.count_label.setToolTip("")
            return
        videos = sum(1 for p in state.photos if p.inspection.is_video)
        photos = photos_and_videos(len(state.photos) - videos, videos)
        critical = sum(1 for p in state.photos if p.inspection.metadata.error or any(
            f.severity == Severity.CRITICAL for f in p.inspection.findings))
        if critical:
            photos += ", " + numerus("MainWindow", "%n with critical findings", critical)
        counts = state.result.aggregates.all
        refusals = numerus("MainWindow", "%n refusal(s)", counts.claims)
        if counts[Verdict.CONTRADICTED]:
            refusals += ", " + vocabulary.verdict_count(Verdict.CONTRADICTED,
                                                        counts[Verdict.CONTRADICTED])
        self.count_label.setText(f"{photos} · {refusals}")
        self.count_label.setToolTip(f"{self.count_label.text()}\n{state.root}")

    @Slot(str)
    def _on_activity(self, text: str) -> None:
        if text:
            self.busy.begin(text)
        else:
            self.busy.end()

    @Slot(str)
    def _on_failed(self, details: str) -> None:
        crash.report_bug(details, self)

    # --- between the rooms ----------------------------------------------------------------

    @Slot(int)
    def show_photo(self, photo_id: int) -> None:
        """Selects a case's photo (clicked on the map) in the Photos tab and shows it there."""
        if self.photos.select_photo(photo_id):
            self.tabs.setCurrentWidget(self.photos)

    @Slot(int)
    def _on_claim_selected(self, claim_id: int) -> None:
        # Only a refusal the user picks filters the map, not the first one selected on opening.
        if self.tabs.currentWidget() is self.refusals:
            self.map.show_claim(claim_id)

    @Slot(int)
    def show_claim_on_map(self, claim_id: int) -> None:
        self.map.show_claim(claim_id)
        self.tabs.setCurrentWidget(self.map)

    @Slot(dict)
    def show_refusals_filtered(self, wanted: dict) -> None:
        """A bar or row of the statistics: the Refusals tab showing just those refusals."""
        self.refusals.set_filter(**wanted)
        self.tabs.setCurrentWidget(self.refusals)

    @Slot()
    def _retranslate(self) -> None:
        """The language changed: the tabs' titles and the counts in it (each room and the
        menus redo their own texts on the same QEvent.LanguageChange)."""
        for view, title in ((self.photos, self.tr("Photos")), (self.refusals, self.tr("Refusals")),
                            (self.map, self.tr("Map")), (self.venues, self.tr("Venues")),
                            (self.statistics, self.tr("Statistics"))):
            self.tabs.setTabText(self.tabs.indexOf(view), title)
        self._update_counts()

    # --- drag and drop, closing -----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _local_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event)
        if paths:
            event.acceptProposedAction()
            if self.session.state is not None:  # with a case open a drop means "add these"
                self.intake.ask_source(paths)
            else:
                self.intake.inspect_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.case_lock.keeps_open(self.close):  # typed work set aside asks before it goes
            event.ignore()
            return
        if not self.session.ready_to_close(self.close):  # every form that guards leaving asks
            event.ignore()
            return
        self.intake.cancel_all()
        # A worker should not outlive the window it reports to, but a file that hangs its
        # reader must not keep the window from closing either.
        if not self.session.wait(CLOSE_WAIT_MS):
            log.warning("A worker was still running %d ms after closing", CLOSE_WAIT_MS)
        window_state.save(self)
        super().closeEvent(event)


def _local_paths(event: QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
