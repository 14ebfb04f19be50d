"""Photos coming in: imported into the case (kept as evidence), or only inspected (looked at,
never kept). Both run off the GUI thread with progress and Cancel in the status bar; a drop on
the window imports into an open case and inspects otherwise."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow

from evidence.provenance import Source
from evidence.sniff import PHOTO_SUFFIXES
from gui.app import crash, settings
from gui.app.state import Refresh
from gui.photos.import_source import ImportSourceDialog
from gui.photos.import_summary import ImportSummary
from gui.photos.importing import CaseImporter, ImportOutcome
from gui.photos.view import PhotosView
from gui.widgets.widgets import RunStatus
from gui.widgets.workers import InspectionJob

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.session import CaseSession

PHOTO_PATTERNS = " ".join(f"*{suffix}" for suffix in PHOTO_SUFFIXES)


class PhotoIntake(QObject):
    """File ▸ Import… and Inspect…, and drops: who runs them and what the window says."""

    # When inspecting stops (queued paths included); True when the user cancelled.
    run_finished = Signal(bool)
    # An import into the case has stopped (its summary is open); True when it was cancelled.
    import_finished = Signal(bool)

    def __init__(self, window: QMainWindow, session: CaseSession, photos: PhotosView,
                 actions: Actions) -> None:
        super().__init__(window)
        self.window, self.session, self.photos = window, session, photos
        self.importer = CaseImporter(session.pool, self)
        self.importer.finished.connect(self._on_import_finished)
        self.importer.failed.connect(self._on_failed)
        self.import_summary: ImportSummary | None = None
        # What the last import's files came from, offered again until the window closes.
        self.source_label = ""
        self.source_dialog: ImportSourceDialog | None = None
        self._asked: list[str] = []
        self._writing: int | None = None
        self.run_status = RunStatus()
        self.run_status.cancel_requested.connect(self.cancel)
        self.job: InspectionJob | None = None
        self._pending: list[str] = []
        self._was_empty = True
        self._done = self._total = 0
        actions.import_files.triggered.connect(self.choose_import_files)
        actions.import_folder.triggered.connect(self.choose_import_folder)
        actions.inspect_files.triggered.connect(self.choose_files)
        actions.inspect_folder.triggered.connect(self.choose_folder)
        actions.clear_inspected.triggered.connect(self.clear)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text)

    # --- importing into the case ---------------------------------------------------------

    @Slot()
    def choose_import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import photos into the case"), settings.LAST_FOLDER.get(),
            self.tr("Photos ({patterns});;All files (*)").format(
                patterns=f"{PHOTO_PATTERNS} {PHOTO_PATTERNS.upper()}"))
        if paths:
            settings.LAST_FOLDER.set(os.path.dirname(paths[0]))
            self.ask_source(paths)

    @Slot()
    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import folder into the case"), settings.LAST_FOLDER.get())
        if folder:
            settings.LAST_FOLDER.set(folder)
            self.ask_source([folder])

    def ask_source(self, paths: list[str]) -> None:
        """Asks what the files come from (window-modal, not blocking), then imports them."""
        if self.session.state is None or self._refused_while_running():
            return
        if self.source_dialog is not None:  # one question at a time: the latest choice's
            self.source_dialog.close()
            self.source_dialog.deleteLater()
        self.source_dialog = ImportSourceDialog(self.source_label, self.window)
        self._asked = list(paths)
        self.source_dialog.accepted.connect(self._on_source_chosen)
        self.source_dialog.open()

    @Slot()
    def _on_source_chosen(self) -> None:
        dialog, paths = self.source_dialog, self._asked
        if dialog is None or dialog.chosen is None:
            return
        self.source_label = dialog.chosen.label  # offered again for the next import
        self.import_paths(paths, dialog.chosen)

    def _refused_while_running(self) -> bool:
        if self.importer.is_running():
            self._status(self.tr(
                "An import is already running; drop the files again when it has finished."))
            return True
        return False

    def import_paths(self, paths: list[str], source: Source | None = None) -> None:
        """Copies files and folders (recursively) into the open case on a worker thread;
        recorded as from `source` (None: the label last given, without full paths)."""
        if self.session.state is None or self._refused_while_running():
            return
        # Each file's custody entry is signed by who is working (asked first, the first time).
        self.session.as_actor(lambda actor: self._import(paths, source, actor), self._status)

    def _import(self, paths: list[str], source: Source | None, actor: str) -> None:
        state = self.session.state
        if state is None or self._refused_while_running():
            return
        # A writer from the start: a synchronous runner finishes the import inside start().
        self._writing = self.session.begin_write(self.tr("Importing photos…"))
        self.window.statusBar().clearMessage()
        self.importer.start(state.root, paths, actor, source or Source(self.source_label))
        self._show_photos()  # where the new photos will appear

    def _show_photos(self) -> None:
        tabs = getattr(self.window, "tabs", None)
        if tabs is not None:
            tabs.setCurrentWidget(self.photos)

    @Slot(object)
    def _on_import_finished(self, outcome: ImportOutcome) -> None:
        if self.import_summary is not None:  # one summary at a time: the latest run's
            self.import_summary.close()
            self.import_summary.deleteLater()
        self.import_summary = ImportSummary(outcome, self.window)
        self.import_summary.show()
        self._status(self.import_summary.headline.text())
        if self._writing is not None:  # the new photos appear and the verdicts follow them
            token, self._writing = self._writing, None
            self.session.end_write(token, Refresh(reload=True))
        self.import_finished.emit(outcome.cancelled)

    # --- inspecting -----------------------------------------------------------------------

    @Slot()
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Inspect photos"), settings.LAST_FOLDER.get(),
            self.tr("Photos ({patterns});;All files (*)").format(
                patterns=f"{PHOTO_PATTERNS} {PHOTO_PATTERNS.upper()}"))
        if paths:
            settings.LAST_FOLDER.set(os.path.dirname(paths[0]))
            self.inspect_paths(paths)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Inspect folder"),
                                                  settings.LAST_FOLDER.get())
        if folder:
            settings.LAST_FOLDER.set(folder)
            self.inspect_paths([folder])

    def inspect_paths(self, paths: list[str]) -> None:
        """Inspects files and folders (recursively); asked during a run, they come next."""
        if self.job is not None:
            self._pending.extend(paths)
            return
        self._was_empty = self.photos.model.rowCount() == 0
        self._done = self._total = 0
        self.job = InspectionJob(paths)
        self.job.counted.connect(self._on_counted)
        self.job.progress.connect(self._on_progress)
        self.job.results.connect(self._on_results)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(self._on_finished)
        self.run_status.begin()
        self.window.statusBar().clearMessage()
        self._show_photos()  # where the results will appear
        self.session.pool.start(self.job)

    @Slot()
    def cancel(self) -> None:
        self._pending.clear()
        if self.job is not None:
            self.job.cancel()

    def cancel_all(self) -> None:
        """The window closes: inspection and import are both asked to stop."""
        self.cancel()
        self.importer.cancel()

    @Slot()
    def clear(self) -> None:
        """Removes the loose photos inspected; a case's own photos stay."""
        self.photos.model.clear_inspected()

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
        self.photos.model.add(results)
        if not self.photos.table.selectionModel().hasSelection():
            self.photos.select_row(0)  # so the detail pane shows something at once
        if self._was_empty:
            self.photos.fit_columns()

    @Slot(str)
    def _on_failed(self, details: str) -> None:
        crash.report_bug(details, self.window)

    @Slot(bool)
    def _on_finished(self, cancelled: bool) -> None:
        self.job = None
        self.run_status.end()
        if cancelled:
            self._status(self.tr("Inspection cancelled after {done} of {total} files.").format(
                done=self._done, total=self._total))
        elif self._pending:
            paths, self._pending = self._pending, []
            self.inspect_paths(paths)
            return
        self.run_finished.emit(cancelled)
