"""Photos coming in: imported into the open case (kept as evidence), or only inspected (looked
at, never kept) in a window of their own that no case's table, count or report ever sees. Both
run off the GUI thread with progress and Cancel; a drop on the window imports into an open case
and inspects otherwise. Import names the case it goes into: in the menu, the file dialogs and
the question asked before the files are copied."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow

from evidence.printable import printable
from evidence.provenance import Source
from evidence.sniff import PHOTO_SUFFIXES
from gui.app import crash, i18n, settings
from gui.app.state import CaseState, Refresh
from gui.photos.import_source import ImportSourceDialog
from gui.photos.import_summary import ImportSummary
from gui.photos.importing import CaseImporter, ImportOutcome
from gui.photos.inspect_window import InspectWindow, case_title, short_title
from gui.photos.view import PhotosView

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
        self.actions = actions
        self.importer = CaseImporter(session.pool, self)
        self.importer.finished.connect(self._on_import_finished)
        self.importer.failed.connect(self._on_failed)
        self.import_summary: ImportSummary | None = None
        # What the last import's files came from, offered again until the window closes.
        self.source_label = ""
        self.source_dialog: ImportSourceDialog | None = None
        self._asked: list[str] = []
        self._writing: int | None = None
        self.inspector: InspectWindow | None = None  # made when first asked for
        actions.import_files.triggered.connect(self.choose_import_files)
        actions.import_folder.triggered.connect(self.choose_import_folder)
        actions.inspect_files.triggered.connect(self.choose_files)
        actions.inspect_folder.triggered.connect(self.choose_folder)
        session.opened.connect(self._on_opened)
        session.closed.connect(self._name_case)
        i18n.notifier().changed.connect(self._on_language_changed)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text)

    # --- the case imported into, by name ---------------------------------------------------

    @Slot(object)
    def _on_opened(self, _state: CaseState) -> None:
        self._name_case()

    @Slot()
    def _name_case(self) -> None:
        """File ▸ Import names the open case ("Import photos into “Valikhanov”…", its folder
        in the tooltip); so does the Inspect window's Import button."""
        state = self.session.state
        files, folder = self.actions.import_files, self.actions.import_folder
        if state is None:
            files.setText(QCoreApplication.translate("Actions", "Import photos…"))
            folder.setText(QCoreApplication.translate("Actions", "Import folder…"))
            for action in (files, folder):
                action.setToolTip("")  # Qt's default: the text
                action.setStatusTip("")
        else:
            title = case_title(state.title, state.root)
            name = short_title(title).replace("&", "&&")  # no accelerator in a title
            files.setText(self.tr("Import photos into “{case}”…").format(case=name))
            folder.setText(self.tr("Import folder into “{case}”…").format(case=name))
            where = self.tr("Into the case “{case}” in {folder}").format(
                case=printable(title), folder=printable(state.root))
            for action in (files, folder):
                action.setToolTip(where)
                action.setStatusTip(where)
        if self.inspector is not None and state is not None:
            self.inspector.set_case(case_title(state.title, state.root), state.root)
        elif self.inspector is not None:
            self.inspector.set_case(None)

    @Slot(str)
    def _on_language_changed(self, _code: str) -> None:
        self._name_case()
        if self.inspector is not None:
            self.inspector.retranslate()

    def _case_name(self) -> str:
        state = self.session.state
        return short_title(case_title(state.title, state.root)) if state is not None else ""

    # --- importing into the case ---------------------------------------------------------

    @Slot()
    def choose_import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import photos into “{case}”").format(case=self._case_name()),
            settings.LAST_FOLDER.get(),
            # a ProofMode proof zip, or a Tella metadata CSV with its photo: imported with it
            self.tr("Photos, videos and ProofMode or Tella proofs ({patterns});;"
                    "All files (*)").format(
                patterns=f"{PHOTO_PATTERNS} {PHOTO_PATTERNS.upper()} *.zip *.ZIP *.csv *.CSV"))
        if paths:
            settings.LAST_FOLDER.set(os.path.dirname(paths[0]))
            self.ask_source(paths)

    @Slot()
    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import a folder into “{case}”").format(case=self._case_name()),
            settings.LAST_FOLDER.get())
        if folder:
            settings.LAST_FOLDER.set(folder)
            self.ask_source([folder])

    def ask_source(self, paths: list[str]) -> None:
        """Asks what the files come from (window-modal, not blocking), then imports them;
        the question names the case they go into."""
        state = self.session.state
        if state is None or self._refused_while_running():
            return
        if self.source_dialog is not None:  # one question at a time: the latest choice's
            self.source_dialog.close()
            self.source_dialog.deleteLater()
        self.source_dialog = ImportSourceDialog(self.source_label, self.window,
                                                case_title=case_title(state.title, state.root),
                                                case_folder=state.root)
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
        self._writing = self.session.begin_write(self.tr("Importing photos into “{case}”…").format(
            case=self._case_name()))
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

    # --- inspecting: a window of its own, never the case ---------------------------------

    def show_inspector(self) -> InspectWindow:
        """Brings the Inspect window up (made on first use), beside the case's window."""
        if self.inspector is None:
            self.inspector = InspectWindow(self.session.pool, self.window)
            self.inspector.run_finished.connect(self.run_finished)
            self.inspector.import_requested.connect(self._on_import_requested)
            self._name_case()
        self.inspector.show()
        self.inspector.raise_()
        self.inspector.activateWindow()
        return self.inspector

    @Slot()
    def choose_files(self) -> None:
        self.show_inspector().choose_files()

    @Slot()
    def choose_folder(self) -> None:
        self.show_inspector().choose_folder()

    def inspect_paths(self, paths: list[str]) -> None:
        """Inspects files and folders in the Inspect window, apart from any case."""
        self.show_inspector().inspect_paths(paths)

    @Slot(list)
    def _on_import_requested(self, paths: list) -> None:
        """The Inspect window's "Import into …": the same question as File ▸ Import, asked
        in the case's window, where the photos will appear."""
        self.window.raise_()
        self.window.activateWindow()
        self.ask_source(list(paths))

    def cancel_all(self) -> None:
        """The window closes: inspection and import are both asked to stop."""
        if self.inspector is not None:
            self.inspector.cancel()
            self.inspector.close()
        self.importer.cancel()

    @Slot(str)
    def _on_failed(self, details: str) -> None:
        crash.report_bug(details, self.window)
