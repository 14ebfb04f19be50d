"""File ▸ Export…, Verify this case and Verify evidence bundle…, and the dialogs they open
(kept here so the window and tests can reach the one showing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.app import settings
from gui.case import verify_dialog
from gui.case.export_dialog import ExportDialog
from gui.case.verify_dialog import VerifyDialog

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.session import CaseSession


class ExportActions(QObject):
    """What File ▸ Export… and the two verifications do, for the session's case."""

    def __init__(self, session: CaseSession, actions: Actions, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        self.export_dialog: ExportDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        actions.export.triggered.connect(self.export)
        actions.verify_case.triggered.connect(self.verify_case)
        actions.verify_bundle.triggered.connect(self.choose_bundle)

    @Slot()
    def export(self) -> ExportDialog | None:
        """Opens the export dialog for the open case (window-modal, not blocking), its
        "Prepared by" the name of who is working (asked first, the first time); the dialog,
        when it opened at once."""
        if self.session.state is None:
            return None
        self.export_dialog = None
        self.session.as_actor(self._open_export)
        return self.export_dialog

    def _open_export(self, name: str) -> None:
        state = self.session.state
        if state is None:
            return
        self.export_dialog = ExportDialog(self.session, state, self.window, prepared_by=name)
        self.export_dialog.open()

    @Slot()
    def choose_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Verify evidence bundle"), settings.EXPORT_FOLDER.get(),
            self.tr("Evidence bundles (*.zip);;All files (*)"))
        if path:
            self.verify_bundle(path)

    def verify_bundle(self, path: str) -> VerifyDialog:
        self.verify_dialog = verify_dialog.verify_bundle(self.session.pool, path, self.window)
        return self.verify_dialog

    @Slot()
    def verify_case(self) -> VerifyDialog | None:
        """Checks the open case; the check's custody entry is signed by who is working."""
        self.verify_dialog = None
        self.session.as_actor(self._verify_case)
        return self.verify_dialog

    def _verify_case(self, actor: str) -> None:
        self.verify_dialog = verify_dialog.verify_case(self.session, actor, self.window)
