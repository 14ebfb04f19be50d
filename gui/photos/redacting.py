"""Photos ▸ Redact… (and a photo's context menu): the Redact dialog for the chosen photo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

from gui.app import crash
from gui.case.drafts import Draft
from gui.photos.redaction_dialog import RedactionDialog
from gui.photos.view import PhotosView

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.session import CaseSession

MESSAGE_MS = 5000


class Redactor(QObject):
    """Opens one Redact dialog at a time; closes it when the case is no longer shown. Regions
    drawn and not applied are asked about before the dialog, the case or the window goes, and
    the idle lock keeps them as a draft (gui.case.drafts)."""

    def __init__(self, window: QMainWindow, session: CaseSession, photos: PhotosView,
                 actions: Actions) -> None:
        super().__init__(window)
        self.window, self.session, self.photos = window, session, photos
        self.dialog: RedactionDialog | None = None
        self.discard_box: QMessageBox | None = None
        for view in (photos.table, photos.grid):  # right-click a photo: Redact…
            view.addAction(actions.redact)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        actions.redact.triggered.connect(self.redact_current)
        session.closed.connect(self.close)
        session.guard_leaving(self.ready_to_leave)
        session.keep_drafts(self.set_aside)

    @Slot()
    def redact_current(self) -> RedactionDialog | None:
        """Opens the Redact dialog for the selected case photo (window-modal, not blocking)."""
        photo_id = self.photos.current_photo_id()
        state = self.session.state
        if state is None or photo_id is None:
            self.window.statusBar().showMessage(self.tr("Select a photo of the case to redact."),
                                                MESSAGE_MS)
            return None
        return self.open_for(photo_id)

    def open_for(self, photo_id: int) -> RedactionDialog | None:
        state = self.session.state
        if state is None:
            return None
        self.close()
        self.dialog = dialog = RedactionDialog(self.session, state.root, photo_id, self.window)
        dialog.discard_asked.connect(lambda: self._ask_discard(dialog, lambda: None))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog.saved.connect(lambda: self.window.statusBar().showMessage(self.tr(
            "The photo's redaction is updated; the original is unchanged."), MESSAGE_MS))
        self.dialog.failed.connect(lambda details: crash.report_bug(details, self.window))
        self.dialog.open()
        return self.dialog

    def _forget(self, dialog: RedactionDialog) -> None:
        if self.dialog is dialog:
            dialog.deleteLater()
            self.dialog = None

    @Slot()
    def close(self) -> None:
        """No dialog any more: it shows the (perhaps decrypted) photo."""
        if self.discard_box is not None:
            self.discard_box.close()
            self.discard_box = None
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.discard()
            dialog.deleteLater()

    def ready_to_leave(self, then: Callable[[], None], ask: bool = True) -> bool:
        """The case is being left (or the window closed): regions not applied ask (Keep
        editing stays, Discard lets it go on; without `ask`, it stays and asks nothing); a
        dialog with nothing drawn closes with its case."""
        dialog = self.dialog
        if dialog is None or not dialog.isVisible():
            return True
        if not dialog.has_typed_work():
            self.close()
            return True
        if ask:
            self._ask_discard(dialog, then)
        return False

    def _ask_discard(self, dialog: RedactionDialog, then: Callable[[], None]) -> QMessageBox:
        if self.discard_box is not None:
            self.discard_box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Question, dialog.windowTitle(),
                          self.tr("Discard the regions you drew on this photo?"),
                          QMessageBox.StandardButton.NoButton, dialog)
        box.setInformativeText(self.tr("They have not been applied: the photo's redaction "
                                       "is as it was."))
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def discarded() -> None:
            self.discard_box = None
            if self.dialog is dialog:
                self.close()
            then()
        discard.clicked.connect(discarded)
        self.discard_box = box
        dialog.raise_()
        box.open()
        return box

    def set_aside(self) -> Draft | None:
        """The idle lock: regions not applied as a draft held in memory, the dialog closed;
        the dialog opens again with them drawn once the same case is unlocked."""
        dialog = self.dialog
        if dialog is None or not dialog.isVisible() or not dialog.has_typed_work():
            return None
        held, photo_id = dialog.typed(), dialog.photo_id
        self.close()

        def what() -> str:
            return self.tr("the regions drawn on photo {id}").format(id=photo_id)

        def restore() -> None:
            again = self.open_for(photo_id)
            if again is not None:
                again.put_back(held)
        return Draft(what, restore, held.wipe)
