"""The File menu's Export…, Verify this case and Verify evidence bundle…, and the dialogs they
open (kept here so the window and tests can reach the one showing)."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from gui import identity, verify_dialog
from gui.case_data import CaseSnapshot
from gui.export_dialog import FOLDER_KEY, ExportDialog
from gui.verify_dialog import VerifyDialog
from gui.workers import Runner


class ExportActions(QObject):
    """Export and verification for the window `parent`; `set_case` enables the case's own."""

    def __init__(self, runner: Runner, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner = runner
        self.window = parent
        self.case: CaseSnapshot | None = None
        self.export_dialog: ExportDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.export_action = QAction(self.tr("Export…"), parent)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export)
        self.verify_case_action = QAction(self.tr("Verify this case"), parent)
        self.verify_case_action.triggered.connect(self.verify_case)
        self.verify_bundle_action = QAction(self.tr("Verify evidence bundle…"), parent)
        self.verify_bundle_action.triggered.connect(self.choose_bundle)
        self.set_case(None)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.verify_case_action, self.verify_bundle_action]

    def set_case(self, case: CaseSnapshot | None) -> None:
        self.case = case
        self.export_action.setEnabled(case is not None)
        self.verify_case_action.setEnabled(case is not None)

    @Slot()
    def export(self) -> ExportDialog | None:
        """Opens the export dialog for the open case (window-modal, not blocking)."""
        if self.case is None:
            return None
        self.export_dialog = ExportDialog(self.runner, self.case.root, self.case.title,
                                          self.case.claims, self.window)
        self.export_dialog.open()
        return self.export_dialog

    @Slot()
    def choose_bundle(self) -> None:
        folder = str(QSettings().value(FOLDER_KEY, os.path.expanduser("~")))
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Verify evidence bundle"), folder,
            self.tr("Evidence bundles (*.zip);;All files (*)"))
        if path:
            self.verify_bundle(path)

    def verify_bundle(self, path: str) -> VerifyDialog:
        self.verify_dialog = verify_dialog.verify_bundle(self.runner, path, self.window)
        return self.verify_dialog

    @Slot()
    def verify_case(self) -> VerifyDialog | None:
        if self.case is None:
            return None
        self.verify_dialog = verify_dialog.verify_case(self.runner, self.case.root,
                                                       identity.user_name(), self.window)
        return self.verify_dialog
