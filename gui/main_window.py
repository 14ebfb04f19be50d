"""Skver's main window: a case's photos and refusals, and loose photos inspected on the side."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from evidence.model import Observation, Tag
from evidence.sniff import PHOTO_SUFFIXES
from gui import crash, dialogs, help_page, i18n, identity, window_state
from gui.case_data import CaseSnapshot
from gui.case_lock import CaseLock
from gui.cases import CaseOpener, RecentCasesMenu
from gui.export_actions import ExportActions
from gui.import_summary import ImportSummary
from gui.importing import CaseImporter, ImportOutcome
from gui.map_view import MapView
from gui.new_case import NewCaseDialog
from gui.passphrase import PassphraseDialog
from gui.photos_view import PhotosView
from gui.redaction_dialog import RedactionDialog
from gui.refusal_actions import RefusalActions
from gui.refusals_view import RefusalsView
from gui.statistics_view import StatisticsView
from gui.tagging import ObservationSaver
from gui.text import numerus
from gui.venues_view import VenuesView
from gui.widgets import BusyIndicator, RunStatus
from gui.workers import InspectionJob, Runner, ThreadedRunner

log = logging.getLogger(__name__)
CLOSE_WAIT_MS = 10_000
PHOTO_PATTERNS = " ".join(f"*{suffix}" for suffix in PHOTO_SUFFIXES)


class MainWindow(QMainWindow):
    """The window; `runner` decides where inspections and case loads run (a worker thread)."""

    # When inspecting stops (queued paths included); True when the user cancelled.
    run_finished = Signal(bool)
    # A case is shown: its folder.
    case_shown = Signal(str)
    # An import into the case has stopped (its summary is open); True when it was cancelled.
    import_finished = Signal(bool)

    def __init__(self, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner: Runner = runner or ThreadedRunner()
        self.job: InspectionJob | None = None
        self.case: CaseSnapshot | None = None
        self.opener = CaseOpener(self.runner, self)
        self.importer = CaseImporter(self.runner, self)
        self.import_summary: ImportSummary | None = None
        self.saver = ObservationSaver(self.runner, self)
        # The case photo to show once the case is read again (after a save: the next one).
        self._photo_after_load: int | None = None
        self._pending: list[str] = []
        self._was_empty = True
        self._done = self._total = 0
        self.about_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Skver"))
        self.setAcceptDrops(True)
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_status_bar()
        window_state.restore(self)
        self._update_counts()
        i18n.notifier().changed.connect(self._on_language_changed)

    # --- building -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.open_case_action = self._action(self.tr("Open case…"), "Ctrl+Shift+C",
                                             self.choose_case)
        self.open_demo_action = self._action(self.tr("Open demo case"), None, self.open_demo)
        self.new_case_action = self._action(self.tr("New case…"), "Ctrl+N", self.choose_new_case)
        self.new_case_dialog: NewCaseDialog | None = None
        self.inspect_files_action = self._action(self.tr("Inspect photos…"), "Ctrl+O",
                                                 self.choose_files)
        self.inspect_folder_action = self._action(self.tr("Inspect folder…"), "Ctrl+Shift+O",
                                                  self.choose_folder)
        self.clear_action = self._action(self.tr("Clear inspected photos"), None, self.clear)
        self.import_files_action = self._action(self.tr("Import photos…"), "Ctrl+I",
                                                self.choose_import_files)
        self.import_folder_action = self._action(self.tr("Import folder…"), "Ctrl+Shift+I",
                                                 self.choose_import_folder)
        self.import_venues_action = self._action(self.tr("Import venues (GeoJSON)…"), None,
                                                 self.choose_import_venues)
        self.export_venues_action = self._action(self.tr("Export venues (GeoJSON / KML)…"),
                                                 None, self.choose_export_venues)
        self.redact_action = self._action(self.tr("Redact…"), None, self.redact_current)
        self.redaction_dialog: RedactionDialog | None = None
        for action in (self.import_files_action, self.import_folder_action,
                       self.import_venues_action, self.export_venues_action,
                       self.redact_action):
            action.setEnabled(False)  # until a case is open
        self.quit_action = self._action(self.tr("Quit"), "Ctrl+Q", self.close)
        self.about_action = self._action(self.tr("About Skver"), None, self.show_about)
        self.help_action = self._action(self.tr("Skver Help"),
                                        QKeySequence.StandardKey.HelpContents, self.show_help)
        self.shortcuts_action = self._action(self.tr("Keyboard shortcuts"), None,
                                             self.show_shortcuts)
        self.help_window: help_page.HelpDialog | None = None
        self.language_actions = i18n_menu_actions(self)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None,
                slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_case_action, self.open_case_action,
                              self.open_demo_action])
        self.recent_menu = RecentCasesMenu(self.opener.recent, self)
        self.recent_menu.chosen.connect(self.open_case)
        file_menu.addMenu(self.recent_menu)
        self.case_lock = CaseLock(self)
        file_menu.addSeparator()
        file_menu.addActions([self.case_lock.lock_action, self.case_lock.change_action])
        file_menu.addMenu(self.case_lock.idle_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.import_files_action, self.import_folder_action])
        file_menu.addActions([self.import_venues_action, self.export_venues_action])
        file_menu.addSeparator()
        self.exports = ExportActions(self.runner, self)
        file_menu.addActions(self.exports.actions())
        file_menu.addSeparator()
        file_menu.addActions([self.inspect_files_action, self.inspect_folder_action,
                              self.clear_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        photos_menu = self.menuBar().addMenu(self.tr("&Photos"))
        photos_menu.addAction(self.redact_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.addActions(self.language_actions.actions())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([self.help_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_central(self) -> None:
        self.photos = PhotosView([self.inspect_files_action, self.inspect_folder_action,
                                  self.open_case_action, self.open_demo_action])
        self.refusals = RefusalsView()
        self.map = MapView(self.runner)
        # The photo table's parts by their short names: the window drives them directly.
        self.model, self.proxy, self.table = self.photos.model, self.photos.proxy, self.photos.table
        self.stack, self.empty_state = self.photos.stack, self.photos.empty_state
        self.detail = self.photos.detail
        for view in (self.table, self.photos.grid):  # right-click a photo: Redact…
            view.addAction(self.redact_action)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.photos, self.tr("Photos"))
        self.tabs.addTab(self.refusals, self.tr("Refusals"))
        self.tabs.addTab(self.map, self.tr("Map"))
        self.venues = VenuesView(self.runner, self.photos.current_photo_id)
        self.tabs.addTab(self.venues, self.tr("Venues"))
        self.venues.case_changed.connect(self._on_case_opened)
        self.venues.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.statistics = StatisticsView()
        self.tabs.addTab(self.statistics, self.tr("Statistics"))
        self.statistics.filter_requested.connect(self.show_refusals_filtered)
        self.map.photo_selected.connect(self.show_photo)
        self.refusals.claim_selected.connect(self._on_claim_selected)
        self.refusals.map_requested.connect(self.show_claim_on_map)
        self.refusal_actions = RefusalActions(self.runner, self.refusals, self)
        help_menu = self.menuBar().actions()[-1]  # Refusals goes before Help
        self.menuBar().insertMenu(help_menu, self.refusal_actions.menu)
        self.refusal_actions.saved.connect(self._on_case_opened)
        self.refusal_actions.message.connect(lambda text: self.statusBar().showMessage(text,
                                                                                       5000))
        self.refusal_actions.failed.connect(self._on_failed)
        self._show_tabs(False)
        self.central = QStackedWidget()  # the tabs, or the locked screen of a locked case
        self.central.addWidget(self.tabs)
        self.case_lock.wrap(self.central)
        self.case_shown.connect(self.case_lock.case_shown)
        self.setCentralWidget(self.central)
        self.model.rowsInserted.connect(self._update_counts)
        self.model.modelReset.connect(self._update_counts)
        self.model.dataChanged.connect(self._update_counts)

    def _show_tabs(self, case_open: bool) -> None:
        """Loose photos alone need no tabs; a case shows its refusals beside its photos."""
        self.tabs.tabBar().setVisible(case_open)
        self.tabs.setTabVisible(self.tabs.indexOf(self.refusals), case_open)
        self.tabs.setTabVisible(self.tabs.indexOf(self.map), case_open)
        self.tabs.setTabVisible(self.tabs.indexOf(self.venues), case_open)
        self.tabs.setTabVisible(self.tabs.indexOf(self.statistics), case_open)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.run_status = RunStatus()
        self.run_status.cancel_requested.connect(self.cancel)
        self.busy = BusyIndicator()
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.run_status)
        self.statusBar().addPermanentWidget(self.importer.status)
        self.importer.finished.connect(self._on_import_finished)
        self.importer.failed.connect(self._on_failed)
        self.photos.tagging.submitted.connect(self._on_tagging_submitted)
        self.saver.saved.connect(self._on_observation_saved)
        self.saver.refused.connect(self.statusBar().showMessage)
        self.saver.failed.connect(self._on_failed)
        self.opener.started.connect(self.busy.begin)
        self.opener.idle.connect(self.busy.end)
        self.opener.opened.connect(self._on_case_opened)
        self.opener.refused.connect(self._on_case_refused)
        self.opener.failed.connect(self._on_failed)
        self.opener.passphrase_needed.connect(self.ask_passphrase)
        self.passphrase_dialog: PassphraseDialog | None = None

    # --- cases ----------------------------------------------------------------------------

    def open_startup_case(self) -> None:
        """Opens the case used last, or the demo case on first start or when that one is gone."""
        self.opener.open_startup()

    @Slot()
    def choose_case(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open case"),
                                                  self._last_folder())
        if folder:
            self._remember_folder(os.path.dirname(folder.rstrip(os.sep)) or folder)
            self.open_case(folder)

    @Slot()
    def choose_new_case(self) -> None:
        """Asks for a folder, a title and a time zone; the case is created and opened."""
        self.new_case_dialog = NewCaseDialog(self.opener, self._last_folder(), self)
        self.new_case_dialog.open()

    @Slot(str)
    def open_case(self, folder: str) -> None:
        self.opener.open_case(folder)

    @Slot()
    def open_demo(self) -> None:
        self.opener.open_demo()

    @Slot(str, str)
    def ask_passphrase(self, folder: str, why: str = "") -> PassphraseDialog:
        """Asks for an encrypted case's passphrase (window-modal, not blocking); it opens then."""
        if self.passphrase_dialog is not None:  # one at a time: the latest case asked for
            self.passphrase_dialog.reject()
            self.passphrase_dialog.deleteLater()
        self.passphrase_dialog = PassphraseDialog(self.opener, folder, why, self)
        self.passphrase_dialog.open()
        return self.passphrase_dialog

    @Slot(object)
    def _on_case_opened(self, case: CaseSnapshot) -> None:
        same_case = self.case is not None and self.case.root == case.root
        keep = self._photo_after_load if self._photo_after_load is not None else (
            self.photos.current_photo_id() if same_case else None)
        self._photo_after_load = None
        self.case = case
        self.setWindowTitle(case.title or os.path.basename(case.root))
        self.model.set_case_photos(case.photos)
        self.photos.fit_columns()
        if self.model.rowCount() and (keep is None or not self.photos.select_photo(keep)):
            self.photos.select_row(0)
        self.map.set_case(case.root, case.claims)  # first: it forgets calls for the last case
        self.refusals.show_claims(case.claims)
        self.refusal_actions.set_case(case)
        self.venues.set_case(case)
        self.statistics.set_case(case.claims, case.aggregates)
        self.exports.set_case(case)
        self._show_tabs(True)
        for action in (self.import_files_action, self.import_folder_action,
                       self.import_venues_action, self.export_venues_action,
                       self.redact_action):
            action.setEnabled(True)
        self._update_counts()
        self.count_label.setToolTip(case.root)
        self.case_shown.emit(case.root)

    def forget_case(self) -> None:
        """Shows no case: every view of its data emptied, decrypted thumbnails dropped."""
        self.case = None
        if self.redaction_dialog is not None:  # it shows the (perhaps decrypted) photo
            self.redaction_dialog.reject()
            self.redaction_dialog.deleteLater()
            self.redaction_dialog = None
        self.model.clear()
        self.photos.grid_model.evict()
        self.photos.detail.forget()
        self.map.forget()
        self.venues.map.forget()
        self.refusals.show_claims([])
        self.refusal_actions.root = None
        self.refusal_actions._update_enabled()
        self.venues.case = None
        self.venues.model.set_case((), ())
        self.statistics.set_case([], {})
        self.exports.set_case(None)
        self._show_tabs(False)
        for action in (self.import_files_action, self.import_folder_action,
                       self.import_venues_action, self.export_venues_action,
                       self.redact_action):
            action.setEnabled(False)
        self.setWindowTitle(self.tr("Skver"))
        self.count_label.setToolTip("")
        self._update_counts()

    @Slot(str)
    def _on_case_refused(self, message: str) -> None:
        self.statusBar().showMessage(message)
        self.error_box = dialogs.problem(self, self.tr("The case could not be opened"), message)

    # --- redacting -----------------------------------------------------------------------

    @Slot()
    def redact_current(self) -> RedactionDialog | None:
        """Opens the Redact dialog for the selected case photo (window-modal, not blocking)."""
        photo_id = self.photos.current_photo_id()
        if self.case is None or photo_id is None:
            self.statusBar().showMessage(self.tr("Select a photo of the case to redact."), 5000)
            return None
        if self.redaction_dialog is not None:
            self.redaction_dialog.close()
            self.redaction_dialog.deleteLater()
        self.redaction_dialog = RedactionDialog(self.runner, self.case.root, photo_id, self)
        self.redaction_dialog.saved.connect(self._on_redaction_saved)
        self.redaction_dialog.failed.connect(self._on_failed)
        self.redaction_dialog.open()
        return self.redaction_dialog

    @Slot(object)
    def _on_redaction_saved(self, snapshot: CaseSnapshot) -> None:
        self._on_case_opened(snapshot)
        self.statusBar().showMessage(self.tr(
            "The photo's redaction is updated; the original is unchanged."), 5000)

    # --- importing into the case ---------------------------------------------------------

    @Slot()
    def choose_import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import photos into the case"), self._last_folder(),
            self.tr("Photos ({patterns});;All files (*)").format(
                patterns=f"{PHOTO_PATTERNS} {PHOTO_PATTERNS.upper()}"))
        if paths:
            self._remember_folder(os.path.dirname(paths[0]))
            self.import_paths(paths)

    @Slot()
    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import folder into the case"),
                                                  self._last_folder())
        if folder:
            self._remember_folder(folder)
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> None:
        """Copies files and folders (recursively) into the open case on a worker thread."""
        if self.case is None:
            return
        if not self.importer.start(self.case.root, paths, identity.user_name()):
            self.statusBar().showMessage(self.tr(
                "An import is already running; drop the files again when it has finished."))
            return
        self.statusBar().clearMessage()
        self.tabs.setCurrentWidget(self.photos)

    @Slot(object)
    def _on_import_finished(self, outcome: ImportOutcome) -> None:
        if self.import_summary is not None:  # one summary at a time: the latest run's
            self.import_summary.close()
            self.import_summary.deleteLater()
        self.import_summary = ImportSummary(outcome, self)
        self.import_summary.show()
        self.statusBar().showMessage(self.import_summary.headline.text())
        self.open_case(outcome.root)  # the new photos appear and the verdicts follow them
        self.import_finished.emit(outcome.cancelled)

    # --- observations ---------------------------------------------------------------------

    @Slot(int, list, object, str)
    def _on_tagging_submitted(self, photo_id: int, tags: list, people: int | None,
                              note: str) -> None:
        """Enter on a photo: saves what was tagged (if anything), then shows the next photo."""
        following = self.photos.next_photo_id()
        if not tags and people is None and not note:
            if following is not None:
                self.photos.select_photo(following)
            return
        if self.case is None:
            return
        reviewer = identity.user_name()
        observation = Observation(photo_id, reviewer, tuple(Tag(t) for t in tags), people,
                                  note)
        if not self.saver.save(self.case.root, observation, reviewer, following):
            self.statusBar().showMessage(self.tr("Still saving the last observation…"))

    @Slot(object, object)
    def _on_observation_saved(self, snapshot: CaseSnapshot, following: int | None) -> None:
        self._photo_after_load = following
        self._on_case_opened(snapshot)
        self.statusBar().showMessage(self.tr("Observation saved."), 5000)

    # --- inspecting -----------------------------------------------------------------------

    @Slot()
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Inspect photos"), self._last_folder(),
            self.tr("Photos ({patterns});;All files (*)").format(
                patterns=f"{PHOTO_PATTERNS} {PHOTO_PATTERNS.upper()}"))
        if paths:
            self._remember_folder(os.path.dirname(paths[0]))
            self.inspect_paths(paths)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Inspect folder"),
                                                  self._last_folder())
        if folder:
            self._remember_folder(folder)
            self.inspect_paths([folder])

    def inspect_paths(self, paths: list[str]) -> None:
        """Inspects files and folders (recursively); asked during a run, they come next."""
        if self.job is not None:
            self._pending.extend(paths)
            return
        self._was_empty = self.model.rowCount() == 0
        self._done = self._total = 0
        self.job = InspectionJob(paths)
        self.job.counted.connect(self._on_counted)
        self.job.progress.connect(self._on_progress)
        self.job.results.connect(self._on_results)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(self._on_finished)
        self.run_status.begin()
        self.statusBar().clearMessage()
        self.tabs.setCurrentWidget(self.photos)  # where the results will appear
        self.runner.start(self.job)

    @Slot()
    def cancel(self) -> None:
        self._pending.clear()
        if self.job is not None:
            self.job.cancel()

    @Slot()
    def clear(self) -> None:
        """Removes the loose photos inspected; a case's own photos stay."""
        self.model.clear_inspected()

    @Slot(int)
    def _on_counted(self, total: int) -> None:
        self._total = total
        self.run_status.set_total(total)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._done = done
        self.run_status.set_done(done)

    @Slot(list)
    def _on_results(self, results: list) -> None:
        self.model.add(results)
        if not self.table.selectionModel().hasSelection():
            self.select_row(0)  # so the detail pane shows something at once
        if self._was_empty:
            self.photos.fit_columns()

    @Slot(str)
    def _on_failed(self, details: str) -> None:
        crash.report_bug(details, self)

    @Slot(bool)
    def _on_finished(self, cancelled: bool) -> None:
        self.job = None
        self.run_status.end()
        if cancelled:
            self.statusBar().showMessage(self.tr(
                "Inspection cancelled after {done} of {total} files.").format(
                    done=self._done, total=self._total))
        elif self._pending:
            paths, self._pending = self._pending, []
            self.inspect_paths(paths)
            return
        self.run_finished.emit(cancelled)

    # --- showing --------------------------------------------------------------------------

    @Slot()
    def _update_counts(self) -> None:
        total, critical = self.model.counts()
        if not total and self.case is None:
            self.count_label.setText(self.tr("No photos inspected yet"))
            return
        text = self.tr("{photos}, {critical} with critical findings").format(
            photos=numerus("MainWindow", "%n photo(s)", total), critical=critical)
        if self.case is not None:
            contradicted = self.refusals.model.verdict_counts().get("contradicted", 0)
            text += " · " + self.tr("{refusals}, {contradicted} contradicted").format(
                refusals=numerus("MainWindow", "%n refusal(s)", len(self.case.claims)),
                contradicted=contradicted)
        self.count_label.setText(text)

    def select_row(self, row: int) -> None:
        """Makes the photo table's `row` (in its sorted order) the current, selected one."""
        self.photos.select_row(row)

    @Slot(int)
    def show_photo(self, photo_id: int) -> None:
        """Selects a case's photo (clicked on the map) in the Photos tab and shows it there."""
        for row in range(self.model.rowCount()):
            photo = self.model.case_photo(row)
            if photo is not None and photo.photo_id == photo_id:
                self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                self.tabs.setCurrentWidget(self.photos)
                return

    @Slot(int)
    def _on_claim_selected(self, claim_id: int) -> None:
        # Only a refusal the user picks filters the map, not the first one selected on opening.
        if self.tabs.currentWidget() is self.refusals:
            self.map.show_claim(claim_id)

    @Slot(int)
    def show_claim_on_map(self, claim_id: int) -> None:
        self.map.show_claim(claim_id)
        self.tabs.setCurrentWidget(self.map)

    @Slot()
    def choose_import_venues(self) -> None:
        self.venues.choose_import()

    @Slot()
    def choose_export_venues(self) -> None:
        self.venues.choose_export()

    @Slot(dict)
    def show_refusals_filtered(self, wanted: dict) -> None:
        """A bar or row of the statistics: the Refusals tab showing just those refusals."""
        self.refusals.set_filter(**wanted)
        self.tabs.setCurrentWidget(self.refusals)

    @Slot()
    def show_help(self) -> help_page.HelpDialog:
        """Opens the help page, in the interface's language, beside the window."""
        return self._show_help_window(shortcuts_only=False)

    @Slot()
    def show_shortcuts(self) -> help_page.HelpDialog:
        return self._show_help_window(shortcuts_only=True)

    def _show_help_window(self, shortcuts_only: bool) -> help_page.HelpDialog:
        if self.help_window is not None:  # one help window: the latest asked for
            self.help_window.close()
            self.help_window.deleteLater()
        self.help_window = help_page.HelpDialog(self, shortcuts_only=shortcuts_only)
        self.help_window.show()
        return self.help_window

    @Slot(str)
    def _on_language_changed(self, code: str) -> None:
        """The texts made from data are made again; the rest was retranslated by i18n."""
        self._update_counts()
        self.statusBar().showMessage(self.tr(
            "Language changed. A few texts (details already shown, charts) change when they "
            "are next shown, or after a restart."), 10_000)

    @Slot()
    def show_about(self) -> QMessageBox:
        """Opens the About box without blocking and returns it."""
        self.about_box = dialogs.about(self)
        return self.about_box

    # --- drag and drop --------------------------------------------------------------------

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
            if self.case is not None:  # with a case open a drop means "add these to it"
                self.import_paths(paths)
            else:
                self.inspect_paths(paths)

    # --- settings -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        self.importer.cancel()
        # A worker should not outlive the window it reports to, but a file that hangs its
        # reader must not keep the window from closing either.
        if not self.runner.wait(CLOSE_WAIT_MS):
            log.warning("A worker was still running %d ms after closing", CLOSE_WAIT_MS)
        window_state.save(self)
        super().closeEvent(event)

    def _last_folder(self) -> str:
        return str(QSettings().value("MainWindow/lastFolder", os.path.expanduser("~")))

    def _remember_folder(self, folder: str) -> None:
        QSettings().setValue("MainWindow/lastFolder", folder)


def i18n_menu_actions(window: QMainWindow) -> QActionGroup:
    """View ▸ Language: each language named in itself, the one in effect ticked."""
    group = QActionGroup(window)
    for code, name in i18n.LANGUAGES:
        action = group.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == i18n.current())
        action.setData(code)
        action.triggered.connect(lambda _checked=False, code=code: i18n.switch(code))
    return group


def _local_paths(event: QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
