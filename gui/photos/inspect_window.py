"""File ▸ Inspect files (not evidence): a window of its own for files only looked at.

Nothing shown here belongs to a case: the files are read where they are, never copied, never
written to a custody log, never counted in the case's photos, verdicts or reports. The window
says so at its top, keeps its own list (`LooseFilesModel`), and offers to import what was
inspected into the open case, by name, through the same question as File ▸ Import.
"""

from __future__ import annotations

import os
from html import escape

from PySide6.QtCore import QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidence.model import Corroboration, Inspection
from evidence.printable import printable
from evidence.sniff import PHOTO_SUFFIXES
from gui.app import crash, settings
from gui.photos import detail
from gui.photos.loose_model import Column, Kind, LooseFilesModel, LooseSortProxy, kind_label
from gui.widgets import severity
from gui.widgets.tables import compact_table, fit_columns, select_table_row
from gui.widgets.text import numerus
from gui.widgets.widgets import ElidedLabel, RunStatus
from gui.widgets.workers import InspectionJob, Runner

PHOTO_PATTERNS = " ".join(f"*{suffix}" for suffix in PHOTO_SUFFIXES)
MAX_FILE_COLUMN_PX = 260
MAX_FINDINGS_COLUMN_PX = 320   # a file that is no photo says why at length; its tooltip whole
# The case's name in a button: long titles are cut, the whole title is in the tooltip.
TITLE_CHARS = 40
NOTICE_STYLE = ("QLabel { border: 1px solid #e08600; border-radius: 4px; padding: 8px; }")


def case_title(title: str, root: str) -> str:
    """What a case is called: its title, or its folder's name when it has none."""
    return title.strip() or os.path.basename(os.path.normpath(root))


def short_title(title: str) -> str:
    """A case's title as a button or menu names it: printable, one line, at most TITLE_CHARS."""
    shown = printable(title)
    return shown if len(shown) <= TITLE_CHARS else shown[:TITLE_CHARS - 1].rstrip() + "…"


class InspectWindow(QMainWindow):
    """The inspected files, apart from the case: what each is, when and where it was taken,
    what weakens it; with progress and Cancel while files are read."""

    # A run of inspection stopped (paths asked for meanwhile included); True when cancelled.
    run_finished = Signal(bool)
    # "Import into the case": the files and folders inspected, in the order they were chosen.
    import_requested = Signal(list)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.runner = runner
        self.setWindowTitle(self.tr("Inspect files (not evidence)"))
        self.setAcceptDrops(True)
        self.job: InspectionJob | None = None
        self._pending: list[str] = []
        self.chosen: list[str] = []        # files and folders given, each once, in order
        self.proofs: dict[str, tuple[Corroboration, ...]] = {}  # a photo's, by its path
        self._done = self._total = 0
        self._fit_at_end = False
        self._case: tuple[str, str] | None = None   # the open case's title and folder
        self.model = LooseFilesModel(self)
        self.proxy = LooseSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.model.rowsInserted.connect(self._on_rows_changed)
        self.model.modelReset.connect(self._on_rows_changed)
        self.model.dataChanged.connect(self._on_rows_changed)
        self.table.selectionModel().currentRowChanged.connect(self.show_current)
        self.resize(1100, 640)
        self.set_case(None)
        self._on_rows_changed()

    def _build(self) -> None:
        self.notice = QLabel(self._notice_html())
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton(self.tr("Clear the list"))
        self.clear_button.clicked.connect(self.clear)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._on_import)
        buttons = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        self.table = compact_table(self.proxy)
        self.hint = QLabel(self.tr("Drop photos or a folder here, or use Add files… or Add "
                                   "folder…. Skver only reads them; they stay where they are."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: gray")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.table)
        self.detail = detail.DetailBrowser()
        self.detail.setAcceptDrops(False)  # a drop means "inspect these", not "paste"
        self.detail.setHtml(detail.empty_html())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.stack)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.setCentralWidget(body)
        self.summary = ElidedLabel()
        self.run_status = RunStatus()
        self.run_status.set_words(self._progress_words)
        self.run_status.cancel_requested.connect(self.cancel)
        self.statusBar().addWidget(self.summary, 1)
        self.statusBar().addPermanentWidget(self.run_status)

    def _notice_html(self) -> str:
        return "<b>{}</b> {}".format(escape(self.tr("Not evidence.")), escape(self.tr(
            "Skver only reads these files where they are. They are not in any case: nothing is "
            "copied, nothing is written to a custody log, and none of them counts in a case's "
            "photos, verdicts or reports. To keep photos as evidence, import them into a "
            "case.")))

    @staticmethod
    def _progress_words(done: int, total: int) -> str:
        return numerus("InspectWindow", "Inspecting {done} of %n file(s)", total).format(
            done=done)

    # --- the open case --------------------------------------------------------------------

    def set_case(self, title: str | None, folder: str = "") -> None:
        """The case the inspected files can be imported into (None: no case is open)."""
        self._case = None if title is None else (title, folder)
        self._show_case()

    def _show_case(self) -> None:
        if self._case is None:
            self.import_button.setText(self.tr("Import into a case…"))
            self.import_button.setToolTip(self.tr("Open or create a case first: the files are "
                                                  "imported into the open case."))
        else:
            title, folder = self._case
            self.import_button.setText(self.tr("Import into “{case}”…").format(
                case=short_title(title)))
            self.import_button.setToolTip(self.tr("Copies the files inspected here into the "
                                                  "case “{case}” ({folder}) as evidence, "
                                                  "asking first what they come from.").format(
                case=printable(title), folder=printable(folder)))
        self._update_buttons()

    def retranslate(self) -> None:
        """Texts made from data, said again in the language now in effect."""
        self.notice.setText(self._notice_html())
        self._show_case()
        self._on_rows_changed()
        self.show_current()

    # --- inspecting -----------------------------------------------------------------------

    @Slot()
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Inspect files (not evidence)"), settings.LAST_FOLDER.get(),
            self.tr("Photos and videos ({patterns});;All files (*)").format(
                patterns=f"{PHOTO_PATTERNS} {PHOTO_PATTERNS.upper()}"))
        if paths:
            settings.LAST_FOLDER.set(os.path.dirname(paths[0]))
            self.inspect_paths(paths)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Inspect a folder (not evidence)"), settings.LAST_FOLDER.get())
        if folder:
            settings.LAST_FOLDER.set(folder)
            self.inspect_paths([folder])

    def inspect_paths(self, paths: list[str]) -> None:
        """Reads files and folders (recursively) into the list; asked during a run, next."""
        for path in paths:
            if path not in self.chosen:
                self.chosen.append(path)
        if self.job is not None:
            self._pending.extend(paths)
            return
        self._done = self._total = 0
        self._fit_at_end = self._fit_at_end or self.model.rowCount() == 0
        self.job = InspectionJob(paths)
        self.job.counted.connect(self._on_counted)
        self.job.progress.connect(self._on_progress)
        self.job.stated.connect(self._on_stated)
        self.job.results.connect(self._on_results)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(self._on_finished)
        self.run_status.begin()
        self.statusBar().clearMessage()
        self._update_buttons()
        self.runner.start(self.job)

    @Slot()
    def cancel(self) -> None:
        self._pending.clear()
        if self.job is not None:
            self.job.cancel()

    @Slot()
    def clear(self) -> None:
        """Empties the list (a run under way is cancelled first)."""
        self.cancel()
        self.chosen.clear()
        self.proofs.clear()
        self.model.clear()
        self.detail.setHtml(detail.empty_html())

    @Slot(int)
    def _on_counted(self, total: int) -> None:
        self._total = total
        self.run_status.set_total(total)

    @Slot(int, int)
    def _on_progress(self, done: int, _total: int) -> None:
        self._done = done
        self.run_status.set_done(done)

    def fit_columns(self) -> None:
        """Columns as wide as what they show (the last, the position, takes the rest); the
        kind column as its widest word, whichever kinds are in sight."""
        fit_columns(self.table, skip=[Column.POSITION], widest={
            Column.FILE: MAX_FILE_COLUMN_PX, Column.FINDINGS: MAX_FINDINGS_COLUMN_PX})
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        widest = max(metrics.horizontalAdvance(kind_label(kind)) for kind in Kind) + 16
        header.resizeSection(Column.KIND, max(header.sectionSize(Column.KIND), widest))

    @Slot(dict)
    def _on_stated(self, proofs: dict) -> None:
        self.proofs.update(proofs)
        self.model.stated(proofs)   # their findings counted in the table with the file's

    @Slot(list)
    def _on_results(self, results: list) -> None:
        was_empty = self.model.rowCount() == 0
        self.model.add(results)
        if was_empty:
            self.fit_columns()
        if not self.table.selectionModel().hasSelection():
            select_table_row(self.table, 0)  # so the detail pane shows something at once

    @Slot(str)
    def _on_failed(self, details: str) -> None:
        crash.report_bug(details, self)

    @Slot(bool)
    def _on_finished(self, cancelled: bool) -> None:
        self.job = None
        self.run_status.end()
        if self._fit_at_end:  # the rest of the files came in after the first batch was fitted
            self._fit_at_end = False
            self.fit_columns()
        if cancelled:
            self.statusBar().showMessage(numerus(
                "InspectWindow", "Inspection cancelled after {done} of %n file(s).",
                self._total).format(done=self._done))
        elif self._pending:
            paths, self._pending = self._pending, []
            self.inspect_paths(paths)
            return
        self._update_buttons()
        self.run_finished.emit(cancelled)

    # --- what is shown --------------------------------------------------------------------

    @Slot()
    def _on_rows_changed(self) -> None:
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.hint)
        self.summary.setText(self.model.tally().text())
        self._update_buttons()

    def _update_buttons(self) -> None:
        readable = self.model.tally().readable
        self.clear_button.setEnabled(self.model.rowCount() > 0)
        self.import_button.setEnabled(self._case is not None and readable > 0
                                      and self.job is None)

    @Slot()
    def show_current(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            self.detail.setHtml(detail.empty_html())
            return
        row = self.proxy.mapToSource(index).row()
        result, kind = self.model.inspection(row), self.model.kind(row)
        if kind is Kind.PHOTO:
            self.detail.setHtml(self.kind_html(kind, video=result.is_video) + detail.to_html(
                result, proofs=self.proofs.get(result.metadata.path, ())))
        else:  # no findings: a file that is no photo weakens no evidence, it is none
            self.detail.setHtml(self.not_a_photo_html(result, kind))

    def kind_html(self, kind: Kind, video: bool = False) -> str:
        """What the file is, above its details: never a case's photo or video."""
        if kind is Kind.NOT_A_PHOTO:
            text = self.tr("Not a photo. Skver lists it because it was in what you chose, "
                           "but cannot read it as a photo; it is not counted as one.")
        elif kind is Kind.UNREADABLE:
            text = self.tr("This file could not be read, so Skver cannot tell whether it is a "
                           "photo.")
        elif video:
            text = self.tr("Inspected only: this video is not in any case and is not "
                           "evidence until it is imported into one.")
        else:
            text = self.tr("Inspected only: this photo is not in any case and is not "
                           "evidence until it is imported into one.")
        return f"<p style='color:gray'><i>{escape(text)}</i></p>"

    def not_a_photo_html(self, result: Inspection, kind: Kind) -> str:
        """A file that is not a photo (or could not be read): what it is, why, its bytes."""
        meta = result.metadata
        name = os.path.basename(meta.path) or meta.path
        parts = [self.kind_html(kind), f"<h3>{escape(name)}</h3>",
                 f"<p style='color:gray'>{escape(meta.path)}</p>"]
        if meta.error:
            parts.append(f"<p>{escape(severity.error_text(result))}</p>")
        facts = [(self.tr("Size"), numerus("InspectWindow", "%n byte(s)", meta.size_bytes)
                  if meta.size_bytes is not None else None), ("SHA-256", meta.sha256)]
        cells = "".join(f"<tr><td style='padding:1px 12px 1px 0; color:gray'>{escape(label)}"
                        f"</td><td>{escape(value)}</td></tr>" for label, value in facts if value)
        if cells:
            parts.append(f"<table>{cells}</table>")
        return "\n".join(parts)

    def row_of(self, name: str) -> int:
        """The row (as sorted now) of the file called `name`; for tests and scripts."""
        names = [self.proxy.index(r, Column.FILE).data() for r in range(self.proxy.rowCount())]
        return names.index(name)

    def select_row(self, row: int) -> None:
        select_table_row(self.table, row)

    # --- import into the case -------------------------------------------------------------

    @Slot()
    def _on_import(self) -> None:
        if self._case is not None and self.chosen:
            self.import_requested.emit(list(self.chosen))

    # --- drops, closing -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.inspect_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing only hides the window: the list is there when it is opened again."""
        self.cancel()
        super().closeEvent(event)


def local_paths(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
