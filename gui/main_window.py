"""Skver's main window: inspect photos and folders, see each file's time, place and findings."""

from __future__ import annotations

import logging
import os
from importlib import metadata

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QSettings,
    Qt,
    Signal,
    Slot,
    qVersion,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QWidget,
)

from evidence.sniff import PHOTO_SUFFIXES
from gui import crash, detail
from gui.inspection_model import Column, InspectionModel, InspectionSortProxy
from gui.text import numerus
from gui.widgets import EmptyState, RunStatus
from gui.workers import InspectionJob, Runner, ThreadedRunner

log = logging.getLogger(__name__)
CLOSE_WAIT_MS = 10_000
PHOTO_PATTERNS = " ".join(f"*{suffix}" for suffix in PHOTO_SUFFIXES)


class MainWindow(QMainWindow):
    """The window; `runner` decides where inspections run (a worker thread unless told)."""

    # When inspecting stops (queued paths included); True when the user cancelled.
    run_finished = Signal(bool)

    def __init__(self, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner: Runner = runner or ThreadedRunner()
        self.job: InspectionJob | None = None
        self._pending: list[str] = []
        self._was_empty = True
        self._done = self._total = 0
        self.about_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Skver"))
        self.setAcceptDrops(True)
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_status_bar()
        self._restore_settings()
        self._update_counts()

    # --- building -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.inspect_files_action = self._action(self.tr("Inspect photos…"), "Ctrl+O",
                                                 self.choose_files)
        self.inspect_folder_action = self._action(self.tr("Inspect folder…"), "Ctrl+Shift+O",
                                                  self.choose_folder)
        self.clear_action = self._action(self.tr("Clear list"), None, self.clear)
        self.quit_action = self._action(self.tr("Quit"), "Ctrl+Q", self.close)
        self.about_action = self._action(self.tr("About Skver"), None, self.show_about)

    def _action(self, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.inspect_files_action, self.inspect_folder_action])
        file_menu.addSeparator()
        file_menu.addAction(self.clear_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_central(self) -> None:
        self.model = InspectionModel(self)
        self.proxy = InspectionSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.empty_state = EmptyState([self.inspect_files_action, self.inspect_folder_action])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)
        self.detail = QTextBrowser()
        self.detail.setAcceptDrops(False)  # a drop anywhere means "inspect these", not "paste"
        self.detail.setHtml(detail.empty_html())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.model.rowsInserted.connect(self._update_counts)
        self.model.modelReset.connect(self._update_counts)
        self.model.dataChanged.connect(self._update_counts)
        self.proxy.dataChanged.connect(self._show_current)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # arrival order until a click
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Compact rows: a long case folder should show many photos without scrolling.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setHighlightSections(False)
        table.selectionModel().currentRowChanged.connect(self._show_current)
        return table

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.run_status = RunStatus()
        self.run_status.cancel_requested.connect(self.cancel)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.run_status)

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
        self.runner.start(self.job)

    @Slot()
    def cancel(self) -> None:
        self._pending.clear()
        if self.job is not None:
            self.job.cancel()

    @Slot()
    def clear(self) -> None:
        self.model.clear()
        self.detail.setHtml(detail.empty_html())

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
            self._fit_columns()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in Column:
            if column != Column.FINDINGS:  # the last column takes the remaining width
                self.table.resizeColumnToContents(column)
        # A very long file name must not push the findings out of sight.
        header.resizeSection(Column.FILE, min(header.sectionSize(Column.FILE), 260))

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
        self.stack.setCurrentWidget(self.table if total else self.empty_state)
        self.detail.setVisible(bool(total))  # the empty state gets the whole window
        if not total:
            self.count_label.setText(self.tr("No photos inspected yet"))
            return
        self.count_label.setText(self.tr("{photos}, {critical} with critical findings").format(
            photos=numerus("MainWindow", "%n photo(s)", total), critical=critical))

    @Slot()
    def _show_current(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            self.detail.setHtml(detail.empty_html())
            return
        row = self.proxy.mapToSource(index).row()
        self.detail.setHtml(detail.to_html(self.model.inspection(row)))

    def select_row(self, row: int) -> None:
        """Makes the table's `row` (in its sorted order) the current, selected one."""
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    @Slot()
    def show_about(self) -> QMessageBox:
        """Opens the About box without blocking and returns it."""
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Skver"),
                          self.tr("Skver {version}").format(version=_version()),
                          QMessageBox.StandardButton.Close, self)
        box.setInformativeText(self.tr(
            "Checks official refusals of protest venues against timestamped, geotagged site "
            "photos.\n\nPySide6 {pyside}, Qt {qt}").format(pyside=PySide6.__version__,
                                                              qt=qVersion()))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()
        return box

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
            self.inspect_paths(paths)

    # --- settings -------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        if not self.restoreGeometry(settings.value("MainWindow/geometry", b"")):
            self.resize(1280, 760)
        self.restoreState(settings.value("MainWindow/state", b""))
        if not self.splitter.restoreState(settings.value("MainWindow/splitter", b"")):
            self.splitter.setSizes([860, 420])
        self.table.horizontalHeader().restoreState(settings.value("MainWindow/columns", b""))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        # A worker should not outlive the window it reports to, but a file that hangs its
        # reader must not keep the window from closing either.
        if not self.runner.wait(CLOSE_WAIT_MS):
            log.warning("An inspection was still running %d ms after closing", CLOSE_WAIT_MS)
        settings = QSettings()
        settings.setValue("MainWindow/geometry", self.saveGeometry())
        settings.setValue("MainWindow/state", self.saveState())
        settings.setValue("MainWindow/splitter", self.splitter.saveState())
        settings.setValue("MainWindow/columns", self.table.horizontalHeader().saveState())
        super().closeEvent(event)

    def _last_folder(self) -> str:
        return str(QSettings().value("MainWindow/lastFolder", os.path.expanduser("~")))

    def _remember_folder(self, folder: str) -> None:
        QSettings().setValue("MainWindow/lastFolder", folder)


def _local_paths(event: QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def _version() -> str:
    try:
        return metadata.version("skver")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return QCoreApplication.translate("MainWindow", "(version unknown)")
