"""The Refusals menu: add, edit, attach a letter, import a CSV, and a new refusal from photos'
times (also in the photos' context menu); each change saved by the session, signed by who is
working."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from gui.case.drafts import Draft
from gui.refusals import jobs
from gui.refusals.form import LETTER_FILTER, RefusalForm
from gui.refusals.jobs import RefusalInput, Saved
from gui.refusals.span import PhotoSpan, span
from gui.refusals.view import RefusalsView
from gui.widgets import dialogs
from gui.widgets.alive import while_alive
from gui.widgets.text import numerus

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.session import CaseSession
    from gui.photos.view import PhotosView


class RefusalActions(QObject):
    """What the Refusals menu's actions do, and the form they open."""

    message = Signal(str)       # for the status bar

    def __init__(self, session: CaseSession, actions: Actions, view: RefusalsView,
                 window: QWidget, photos: PhotosView | None = None) -> None:
        super().__init__(window)
        self.session, self.view, self.window, self.photos = session, view, window, photos
        self.form: RefusalForm | None = None
        self.problem_box: QMessageBox | None = None
        actions.add_refusal.triggered.connect(lambda _checked=False: self.add())
        actions.edit_refusal.triggered.connect(lambda _checked=False: self.edit())
        actions.attach_letter.triggered.connect(self.choose_letter)
        actions.import_refusals.triggered.connect(self.choose_csv)
        actions.refusal_from_photos.triggered.connect(
            lambda _checked=False: self.add_from_photos())
        self.menu = QMenu(self.tr("&Refusals"), window)
        self.menu.addActions([actions.add_refusal, actions.refusal_from_photos,
                              actions.edit_refusal, actions.attach_letter])
        self.menu.addSeparator()
        self.menu.addAction(actions.import_refusals)
        view.table.addActions([actions.edit_refusal, actions.attach_letter])
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.edit_requested.connect(self.edit)
        session.guard_leaving(self.ready_to_leave)
        session.keep_drafts(self.set_aside)
        if photos is not None:  # a right click on photos chosen in the table or the grid
            for photo_view in (photos.table, photos.grid):
                photo_view.addAction(actions.refusal_from_photos)
                photo_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # --- the form -------------------------------------------------------------------------

    def add(self) -> RefusalForm | None:
        return self._open_form(None)

    def add_from_photos(self, photo_ids: list[int] | None = None) -> RefusalForm | None:
        """A new refusal whose window is the span of the photos chosen (by default those
        selected in the Photos tab) as the analysis dates them, and whose venue is theirs when
        they are all at one; the user checks both against the letter."""
        state = self.session.state
        if state is None:
            return None
        if photo_ids is None:
            photo_ids = self.photos.selected_photo_ids() if self.photos is not None else []
        found: PhotoSpan = span(state, photo_ids)
        if not found.photos:
            self.message.emit(self.tr("Choose one or more of the case's photos first."))
            return None
        return self._open_form(None, found)

    @Slot(int)
    def edit(self, claim_id: int | None = None) -> RefusalForm | None:
        if claim_id is None:
            claim = self.view.current_claim()
            if claim is None:
                return None
            claim_id = claim.claim_id
        return self._open_form(claim_id)

    def _open_form(self, claim_id: int | None,
                   photos: PhotoSpan | None = None) -> RefusalForm | None:
        state = self.session.state
        if state is None:
            return None
        if self.form is not None and self.form.isVisible():
            if self.form.has_typed_work():  # never thrown away for another form
                self.form.raise_()
                self.form.activateWindow()
                self.message.emit(self.tr("Save or cancel the refusal being edited first."))
                return None
            self.form.close()
        self.form = RefusalForm(jobs.form_context(state, claim_id, photos), self.window)
        self.form.submitted.connect(self._save)
        self.form.open()
        return self.form

    def ready_to_leave(self, then: Callable[[], None], ask: bool = True) -> bool:
        """The case is being left: a form with typed work asks (Keep editing cancels the
        leaving, Discard lets it go on; without `ask`, it stays and asks nothing); a form with
        nothing typed belonged to that case, so it closes."""
        form = self.form
        if form is None or not form.isVisible():
            return True
        if form.has_typed_work():
            if ask:
                form.raise_()
                form.ask_discard(then)
            return False
        form.discard()
        return True

    def set_aside(self) -> Draft | None:
        """The idle lock: the open form's typed work as a draft held in memory, the form
        closed; restored into a form opened anew (for the same refusal, or the same photos'
        proposal) once the case is unlocked. None when there is no typed work."""
        form = self.form
        if form is None or not form.isVisible() or not form.has_typed_work():
            return None
        held = form.typed()
        claim_id = form.context.claim.id if form.context.claim is not None else None
        span = form.context.span
        form.discard()
        self.form = None

        def what() -> str:
            return (self.tr("the new refusal being added") if claim_id is None else
                    self.tr("your changes to refusal {number}").format(number=claim_id))

        def restore() -> None:
            again = self._open_form(claim_id, span)
            if again is not None:
                again.put_back(held)
            held.wipe()
        return Draft(what, restore, held.wipe)

    @Slot(object)
    def _save(self, typed: RefusalInput) -> None:
        form = self.form
        if form is None:
            return

        def save(actor: str) -> None:  # signed by who is working (asked the first time)
            form.save_button.setEnabled(False)
            self.session.write(self.tr("Saving the refusal…"),
                               lambda case: jobs.save(case, typed, actor),
                               done=lambda saved: self._on_saved(saved, typed, form),
                               refused=while_alive(form, form.show_error),
                               always=while_alive(
                                   form, lambda: form.save_button.setEnabled(True)))
        self.session.as_actor(save, form.show_error)

    def _on_saved(self, saved: Saved, typed: RefusalInput, form: RefusalForm) -> None:
        if saved.claim_id is None:  # nothing written: every problem beside its field
            form.show_problems(typed, saved.problems)
            return
        form.accept()
        self._show(saved.claim_id, self.tr("Refusal saved."))

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

