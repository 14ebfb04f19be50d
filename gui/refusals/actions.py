"""The Refusals menu: add, edit, attach a letter, import a CSV; each change saved by the session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from gui.refusals import jobs
from gui.refusals.form import LETTER_FILTER, RefusalForm
from gui.refusals.jobs import RefusalInput
from gui.refusals.view import RefusalsView
from gui.widgets import dialogs
from gui.widgets.text import numerus

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.session import CaseSession


class RefusalActions(QObject):
    """What the Refusals menu's actions do, and the form they open."""

    message = Signal(str)       # for the status bar

    def __init__(self, session: CaseSession, actions: Actions, view: RefusalsView,
                 window: QWidget) -> None:
        super().__init__(window)
        self.session, self.view, self.window = session, view, window
        self.form: RefusalForm | None = None
        self.problem_box: QMessageBox | None = None
        actions.add_refusal.triggered.connect(lambda _checked=False: self.add())
        actions.edit_refusal.triggered.connect(lambda _checked=False: self.edit())
        actions.attach_letter.triggered.connect(self.choose_letter)
        actions.import_refusals.triggered.connect(self.choose_csv)
        self.menu = QMenu(self.tr("&Refusals"), window)
        self.menu.addActions([actions.add_refusal, actions.edit_refusal, actions.attach_letter])
        self.menu.addSeparator()
        self.menu.addAction(actions.import_refusals)
        view.table.addActions([actions.edit_refusal, actions.attach_letter])
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.edit_requested.connect(self.edit)

    # --- the form -------------------------------------------------------------------------

    def add(self) -> RefusalForm | None:
        return self._open_form(None)

    @Slot(int)
    def edit(self, claim_id: int | None = None) -> RefusalForm | None:
        if claim_id is None:
            claim = self.view.current_claim()
            if claim is None:
                return None
            claim_id = claim.claim_id
        return self._open_form(claim_id)

    def _open_form(self, claim_id: int | None) -> RefusalForm | None:
        state = self.session.state
        if state is None:
            return None
        if self.form is not None:
            self.form.close()
        self.form = RefusalForm(jobs.form_context(state, claim_id), self.window)
        self.form.submitted.connect(self._save)
        self.form.open()
        return self.form

    @Slot(object)
    def _save(self, typed: RefusalInput) -> None:
        form = self.form
        if form is None:
            return

        def save(actor: str) -> None:  # signed by who is working (asked the first time)
            form.save_button.setEnabled(False)
            self.session.write(self.tr("Saving the refusal…"),
                               lambda case: jobs.save(case, typed, actor),
                               done=lambda claim_id: self._on_saved(claim_id, form),
                               refused=form.show_error,
                               always=lambda: form.save_button.setEnabled(True))
        self.session.as_actor(save, form.show_error)

    def _on_saved(self, claim_id: int, form: RefusalForm) -> None:
        form.accept()
        self._show(claim_id, self.tr("Refusal saved."))

    def _show(self, claim_id: int, text: str) -> None:
        self.view.select_claim(claim_id)
        self.message.emit(text)

    # --- letter and CSV -------------------------------------------------------------------

    @Slot()
    def choose_letter(self) -> None:
        claim = self.view.current_claim()
        if claim is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Attach the scanned letter of {number}").format(
                number=claim.claim.document_number), "",
            self.tr("Letters (PDF, JPEG, PNG) ({patterns});;All files (*)").format(
                patterns=LETTER_FILTER))
        if path:
            self.attach_letter(claim.claim_id, path)

    def attach_letter(self, claim_id: int, path: str) -> None:
        self.session.as_actor(lambda actor: self.session.write(
            self.tr("Attaching the letter…"),
            lambda case: jobs.attach(case, claim_id, path, actor),
            done=lambda _id: self._show(claim_id, self.tr("Letter attached.")),
            refused=self._problem), self._problem)

    @Slot()
    def choose_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import refusals from a spreadsheet"), "",
            self.tr("CSV files (*.csv *.CSV *.txt);;All files (*)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> None:
        self.session.as_actor(lambda actor: self.session.write(
            self.tr("Importing refusals…"),
            lambda case: jobs.import_refusals(case, path, actor),
            done=self._on_imported, refused=self._problem), self._problem)

    def _on_imported(self, count: int) -> None:
        self.message.emit(numerus("RefusalActions", "%n refusal(s) imported.", count))

    def _problem(self, message: str) -> None:
        self.message.emit(message)
        self.problem_box = dialogs.problem(self.window, self.tr("Refusals"), message)

