"""Photos ▸ Redact… (and a photo's context menu): the Redact dialog for the chosen photo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMainWindow

from gui.app import crash
from gui.photos.redaction_dialog import RedactionDialog
from gui.photos.view import PhotosView

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.session import CaseSession

MESSAGE_MS = 5000


class Redactor(QObject):
    """Opens one Redact dialog at a time; closes it when the case is no longer shown."""

    def __init__(self, window: QMainWindow, session: CaseSession, photos: PhotosView,
                 actions: Actions) -> None:
        super().__init__(window)
        self.window, self.session, self.photos = window, session, photos
        self.dialog: RedactionDialog | None = None
        for view in (photos.table, photos.grid):  # right-click a photo: Redact…
            view.addAction(actions.redact)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        actions.redact.triggered.connect(self.redact_current)
        session.closed.connect(self.close)

    @Slot()
    def redact_current(self) -> RedactionDialog | None:
        """Opens the Redact dialog for the selected case photo (window-modal, not blocking)."""
        photo_id = self.photos.current_photo_id()
        state = self.session.state
        if state is None or photo_id is None:
            self.window.statusBar().showMessage(self.tr("Select a photo of the case to redact."),
                                                MESSAGE_MS)
            return None
        self.close()
        self.dialog = RedactionDialog(self.session, state.root, photo_id, self.window)
        self.dialog.saved.connect(lambda: self.window.statusBar().showMessage(self.tr(
            "The photo's redaction is updated; the original is unchanged."), MESSAGE_MS))
        self.dialog.failed.connect(lambda details: crash.report_bug(details, self.window))
        self.dialog.open()
        return self.dialog

    @Slot()
    def close(self) -> None:
        """No dialog any more: it shows the (perhaps decrypted) photo."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None
