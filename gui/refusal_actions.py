"""The Refusals menu: add, edit, attach a letter, import a CSV; each change saved on a worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from gui import dialogs, identity, refusal_jobs
from gui.case_data import CaseSnapshot
from gui.refusal_form import LETTER_FILTER, RefusalForm
from gui.refusal_jobs import FormContext, RefusalInput, Saved
from gui.refusals_view import RefusalsView
from gui.text import numerus
from gui.workers import CaseJob, Runner


class RefusalActions(QObject):
    """Owns the Refusals menu's actions and the form; `saved` brings the case as it now is."""

    saved = Signal(object)      # the CaseSnapshot after a change
    message = Signal(str)       # for the status bar
    failed = Signal(str)        # a bug's traceback

    def __init__(self, runner: Runner, view: RefusalsView, window: QWidget) -> None:
        super().__init__(window)
        self.runner, self.view, self.window = runner, view, window
        self.root: str | None = None
        self.job: CaseJob | None = None
        self.form: RefusalForm | None = None
        self.problem_box: QMessageBox | None = None
        self._then: tuple[Callable, Callable, Callable | None] = (_nothing, _nothing, None)
        self.add_action = self._action(self.tr("Add refusal…"), "Ctrl+Shift+R", self.add)
        self.edit_action = self._action(self.tr("Edit refusal…"), "F2", self.edit)
        self.attach_action = self._action(self.tr("Attach letter…"), "Ctrl+Shift+L",
                                          self.choose_letter)
        self.import_action = self._action(self.tr("Import refusals (CSV)…"), "Ctrl+Shift+M",
                                          self.choose_csv)
        self.menu = QMenu(self.tr("&Refusals"), window)
        self.menu.addActions([self.add_action, self.edit_action, self.attach_action])
        self.menu.addSeparator()
        self.menu.addAction(self.import_action)
        view.table.addActions([self.edit_action, self.attach_action])
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.edit_requested.connect(self.edit)
        view.table.selectionModel().currentRowChanged.connect(self._update_enabled)
        self._update_enabled()

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def set_case(self, snapshot: CaseSnapshot) -> None:
        self.root = snapshot.root
        self._update_enabled()

    @Slot()
    def _update_enabled(self) -> None:
        has_case = self.root is not None
        self.add_action.setEnabled(has_case)
        self.import_action.setEnabled(has_case)
        chosen = has_case and self.view.current_claim() is not None
        self.edit_action.setEnabled(chosen)
        self.attach_action.setEnabled(chosen)

    # --- the form -------------------------------------------------------------------------

    def add(self) -> None:
        self._open_form(None)

    def edit(self, claim_id: int | None = None) -> None:
        if claim_id is None:
            claim = self.view.current_claim()
            if claim is None:
                return
            claim_id = claim["claim_id"]
        self._open_form(claim_id)

    def _open_form(self, claim_id: int | None) -> None:
        root = self.root
        if root is not None:
            self._run(lambda: refusal_jobs.load_context(root, claim_id),
                      self.tr("Reading the refusal…"), self._show_form, self._problem)

    def _show_form(self, context: FormContext) -> None:
        if self.form is not None:
            self.form.close()
        self.form = RefusalForm(context, self.window)
        self.form.submitted.connect(self._save)
        self.form.open()

    @Slot(object)
    def _save(self, typed: RefusalInput) -> None:
        root, form, actor = self.root, self.form, identity.user_name()
        if root is None or form is None:
            return
        form.save_button.setEnabled(False)
        if not self._run(lambda: refusal_jobs.save(root, typed, actor),
                         self.tr("Saving the refusal…"),
                         lambda saved: self._on_saved(saved, form), form.show_error,
                         lambda: form.save_button.setEnabled(True)):
            form.show_error(self.tr("Still saving; try again in a moment."))

    def _on_saved(self, saved: Saved, form: RefusalForm) -> None:
        form.accept()
        self._show(saved, self.tr("Refusal saved."))

    def _show(self, saved: Saved, text: str) -> None:
        self.saved.emit(saved.snapshot)
        self.view.select_claim(saved.claim_id)
        self.message.emit(text)

    # --- letter and CSV -------------------------------------------------------------------

    def choose_letter(self) -> None:
        claim = self.view.current_claim()
        if claim is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Attach the scanned letter of {number}").format(
                number=claim["document_number"]), "",
            self.tr("Letters (PDF, JPEG, PNG) ({patterns});;All files (*)").format(
                patterns=LETTER_FILTER))
        if path:
            self.attach_letter(claim["claim_id"], path)

    def attach_letter(self, claim_id: int, path: str) -> None:
        root, actor = self.root, identity.user_name()
        if root is not None:
            self._run(lambda: refusal_jobs.attach(root, claim_id, path, actor),
                      self.tr("Attaching the letter…"),
                      lambda saved: self._show(saved, self.tr("Letter attached.")),
                      self._problem)

    def choose_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import refusals from a spreadsheet"), "",
            self.tr("CSV files (*.csv *.CSV *.txt);;All files (*)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> None:
        root, actor = self.root, identity.user_name()
        if root is not None:
            self._run(lambda: refusal_jobs.import_refusals(root, path, actor),
                      self.tr("Importing refusals…"), self._on_imported, self._problem)

    def _on_imported(self, result: tuple[int, CaseSnapshot]) -> None:
        count, snapshot = result
        self.saved.emit(snapshot)
        self.message.emit(numerus("RefusalActions", "%n refusal(s) imported.", count))

    # --- running --------------------------------------------------------------------------

    def _run(self, task: Callable[[], object], text: str, done: Callable[[object], None],
             refused: Callable[[str], None], always: Callable[[], None] | None = None) -> bool:
        """Runs `task` on the runner, one at a time; False when another is still running."""
        if self.job is not None:
            return False
        self._then = (done, refused, always)
        self.job = job = CaseJob(task, text)
        # Bound slots of this GUI-thread object, never lambdas: a lambda would run on the
        # worker's thread, these are queued to the GUI thread.
        job.loaded.connect(self._on_loaded)
        job.refused.connect(self._on_refused)
        job.failed.connect(self.failed)
        job.finished.connect(self._on_finished)
        self.message.emit(text)
        self.runner.start(job)
        return True

    @Slot(object)
    def _on_loaded(self, result: object) -> None:
        self._then[0](result)

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self._then[1](message)

    @Slot()
    def _on_finished(self) -> None:
        self.job = None
        always = self._then[2]
        if always is not None:
            always()

    @Slot(str)
    def _problem(self, message: str) -> None:
        self.message.emit(message)
        self.problem_box = dialogs.problem(self.window, self.tr("Refusals"), message)


def _nothing(_value: object) -> None:
    """Where a result goes before any job has run."""
