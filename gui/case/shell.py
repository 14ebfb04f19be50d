"""Opening cases from the File menu: New, Open, the demo, Recent, and an encrypted case's
passphrase; the session does the work, this asks the user what to open."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from gui.app import settings
from gui.case.new_case import NewCaseDialog
from gui.case.opening import RecentCasesMenu
from gui.case.passphrase import PassphraseDialog
from gui.widgets import dialogs

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.session import CaseSession


class CaseShell(QObject):
    """What File ▸ New case, Open case, Open demo case and Recent cases do."""

    def __init__(self, window: QMainWindow, session: CaseSession, actions: Actions) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.new_case_dialog: NewCaseDialog | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.error_box: QMessageBox | None = None
        self.recent_menu = RecentCasesMenu(session.recent, window)
        self.recent_menu.chosen.connect(self.open_case)
        actions.new_case.triggered.connect(self.choose_new_case)
        actions.open_case.triggered.connect(self.choose_case)
        actions.open_demo.triggered.connect(self.open_demo)
        session.passphrase_needed.connect(self.ask_passphrase)
        session.refused.connect(self._on_refused)

    # Each leaves the open case first (session.leave): typed work is saved or asked about,
    # before a dialog for the next case, as a document window asks before Open.

    @Slot()
    def choose_case(self) -> None:
        self.session.leave(self._choose_case)

    def _choose_case(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Open case"),
                                                  settings.LAST_FOLDER.get())
        if folder:
            settings.LAST_FOLDER.set(os.path.dirname(folder.rstrip(os.sep)) or folder)
            self.session.open_case(folder)

    @Slot()
    def choose_new_case(self) -> NewCaseDialog | None:
        """Asks for a folder, a title and a time zone; the case is created and opened. The
        dialog, when it opened at once (None: a form of the open case asked first)."""
        self.new_case_dialog = None
        self.session.leave(self._new_case)
        return self.new_case_dialog

    def _new_case(self) -> None:
        self.new_case_dialog = NewCaseDialog(self.session, settings.LAST_FOLDER.get(),
                                             self.window)
        self.new_case_dialog.open()

    @Slot(str)
    def open_case(self, folder: str) -> None:
        self.session.leave(lambda: self.session.open_case(folder))

    @Slot()
    def open_demo(self) -> None:
        self.session.leave(self.session.open_demo)

    @Slot(str, str)
    def ask_passphrase(self, folder: str, why: str = "") -> PassphraseDialog:
        """Asks for an encrypted case's passphrase (window-modal, not blocking); it opens then."""
        if self.passphrase_dialog is not None:  # one at a time: the latest case asked for
            self.passphrase_dialog.reject()
            self.passphrase_dialog.deleteLater()
        self.passphrase_dialog = PassphraseDialog(self.session, folder, why, self.window)
        self.passphrase_dialog.open()
        return self.passphrase_dialog

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self.window.statusBar().showMessage(message)
        self.error_box = dialogs.problem(self.window, self.tr("The case could not be opened"),
                                         message)
