"""Passphrases of encrypted cases: asked to open one, to unlock a locked one, to change it.

A passphrase is read from its field when the user submits, handed to a worker (scrypt takes
about half a second) and let go; it is never kept in settings, logs or the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence import casekeys, rekey, rotation
from evidence.store import Case
from gui.app.session import Written
from gui.app.state import CaseState, Refresh
from gui.case.keyfile_backup import KeyfileBackupDialog
from gui.case.new_case import passphrase_problem, password_field, weak_label
from gui.widgets.widgets import error_label

if TYPE_CHECKING:
    from gui.app.session import CaseSession


def user_message(message: str) -> str:
    """The core's message for a wrong passphrase, in the interface's language."""
    if message == casekeys.WRONG:
        return QCoreApplication.translate("PassphrasePrompt",
                                          "Wrong passphrase for this case; nothing was changed.")
    if casekeys.is_damage(message):
        return QCoreApplication.translate(
            "PassphrasePrompt", "The case's keyfile is damaged: no passphrase can open the case "
            "with it. Copy the keyfile you saved (Save a copy…, offered when the case was made) "
            "into the case folder as “keyfile”, then open the case with the passphrase it had "
            "when you saved it.")
    return message


class PassphrasePrompt(QWidget):
    """A passphrase field with its Unlock button, a busy bar while it is tried, and why the
    last one failed. `submitted` carries the passphrase; the field is emptied at once."""

    submitted = Signal(str)
    reshaped = Signal()  # a line shown or hidden (the error, the busy bar): its height changes

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.field = password_field(self.tr("Passphrase"))
        self.field.returnPressed.connect(self.submit)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.error = error_label()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFormat(self.tr("Unlocking…"))
        self.busy.hide()
        self.waiting = False  # a passphrase is being tried
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)

    @Slot()
    def submit(self) -> None:
        if not self.field.isEnabled() or not self.field.text():
            return
        passphrase = self.field.text()
        self.field.clear()
        self.set_busy(True)
        self.submitted.emit(passphrase)

    def set_busy(self, busy: bool) -> None:
        self.waiting = busy
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.error.hide()
        self.reshaped.emit()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(user_message(message))
        self.error.show()
        self.field.setFocus()
        self.reshaped.emit()

    def reset(self) -> None:
        self.field.clear()
        self.error.hide()
        self.set_busy(False)   # says it is reshaped


class Unlocking(QObject):
    """Ties a prompt to the session for one case folder: what is typed unlocks that case."""

    unlocked = Signal(object)  # the case's state

    def __init__(self, prompt: PassphrasePrompt, session: CaseSession,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prompt, self.session = prompt, session
        self.folder: str | None = None
        prompt.submitted.connect(self._on_submitted)
        session.unlock_refused.connect(self._on_refused)
        session.opened.connect(self._on_opened)

    @Slot(str)
    def _on_submitted(self, passphrase: str) -> None:
        if self.folder is not None:
            self.session.unlock_case(self.folder, passphrase)

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        if self.folder is not None and self.prompt.waiting:
            self.prompt.show_error(message)

    @Slot(object)
    def _on_opened(self, state: CaseState) -> None:
        if self.folder is not None and Path(state.root) == Path(self.folder):
            self.folder = None
            self.prompt.reset()
            self.unlocked.emit(state)


class PassphraseDialog(QDialog):
    """Asks for an encrypted case's passphrase to open it; stays until it opens or is
    cancelled, saying when a passphrase was wrong."""

    def __init__(self, session: CaseSession, folder: str, why: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted case"))
        self.folder = folder
        self.prompt = PassphrasePrompt(self.tr(
            "The case in {folder} is encrypted. Enter its passphrase to open it.").format(
                folder=folder))
        self.unlocking = Unlocking(self.prompt, session, self)
        self.unlocking.folder = folder
        self.unlocking.unlocked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(buttons)
        if why:
            self.prompt.show_error(why)
        self.resize(480, self.sizeHint().height())

    def reject(self) -> None:
        self.unlocking.folder = None
        self.prompt.reset()
        super().reject()


WIDTH = 480   # the locked screen's column of text, in pixels


class LockedScreen(QWidget):
    """What the window shows while its encrypted case is locked: no case data, a passphrase."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = PassphrasePrompt(self.tr(
            "This case is locked. Enter its passphrase to continue."))
        self.prompt.setFixedWidth(WIDTH)
        self.prompt.reshaped.connect(self.fit)
        self.unlocking = Unlocking(self.prompt, session, self)
        # Typed work the idle lock set aside (what kind only, never its words).
        self.drafts_note = QLabel()
        self.drafts_note.setWordWrap(True)
        self.drafts_note.setTextFormat(Qt.TextFormat.PlainText)
        self.drafts_note.setFixedWidth(WIDTH)
        self.drafts_note.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.prompt, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.drafts_note, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def lock(self, folder: str, drafts: list[str] | None = None) -> None:
        """Shows the case at `folder` locked; `drafts` names the forms whose typed work was
        set aside (kept in memory until the case is unlocked)."""
        self.prompt.reset()
        self.unlocking.folder = folder
        self.drafts_note.setText(self.tr(
            "Not saved, kept in memory until you unlock this case: {what}. Opening another "
            "case or quitting discards it.").format(what="; ".join(drafts)) if drafts else "")
        self.drafts_note.setVisible(bool(drafts))
        self.fit()

    @Slot()
    def fit(self) -> None:
        """Each wrapped label gets all its lines at the screen's width, in every language: a
        centred widget gets its size hint, which does not count a wrapped label's lines."""
        self.prompt.setFixedHeight(self.prompt.heightForWidth(WIDTH))
        if self.drafts_note.text():
            self.drafts_note.setFixedHeight(self.drafts_note.heightForWidth(WIDTH))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()   # measured once the style has set the fonts


class _Change:
    """`rekey.change_passphrase` (or, rotating, `rotation.rotate`) as the session's task; lets
    go of both passphrases once used."""

    def __init__(self, old: str, new: str, actor: str, rotate: bool = False) -> None:
        self.actor, self._secrets, self.rotate = actor, (old, new), rotate

    def __call__(self, case: Case) -> Written[bool]:
        (old, new), self._secrets = self._secrets, ("", "")
        if self.rotate:  # every file encrypted again: the case is read anew, on the new key
            rotation.rotate(case, old, new, self.actor)
            return Written(True, Refresh(reload=True))
        rekey.change_passphrase(case, old, new, self.actor)
        return Written(False)


class ChangePassphraseDialog(QDialog):
    """File ▸ Change passphrase: the current one, the new one twice; changed by the session."""

    changed = Signal(bool)  # whether the data key was changed too

    def __init__(self, session: CaseSession, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.actor = session, actor
        self.busy = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old = password_field()
        self.new = password_field()
        self.confirmation = password_field()
        self.error = error_label()
        self.backup_dialog: KeyfileBackupDialog | None = None
        hint = QLabel(self.tr("Only the keyfile changes: the old passphrase still opens any "
                              "copy of the old keyfile (a backup, or a copy of this computer) "
                              "and everything added since. Save a new keyfile backup "
                              "afterwards. The change is recorded in the custody log."))
        self.rotate = QCheckBox(self.tr("Also change the data key"))
        rotate_hint = QLabel(self.tr("Every file is encrypted again, so that no old copy of the "
                                     "keyfile opens the case. Takes about as long as copying "
                                     "the case; close other Skver windows on this case first. "
                                     "Stopped at any moment, the case opens with the old or the "
                                     "new passphrase."))
        for label in (hint, rotate_hint):
            label.setWordWrap(True)
            label.setStyleSheet("color: gray")
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("The new one again"), self.confirmation)
        self.weak = weak_label(self.new)   # a weak one is taken, with a warning
        form.addRow("", self.weak)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.buttons.addButton(self.tr("Change"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.rotate)
        layout.addWidget(rotate_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    @Slot()
    def submit(self) -> None:
        if self.busy:
            return
        problem = passphrase_problem(self.new.text(), self.confirmation.text())
        if problem:
            self._show_error(problem)
            return
        task = _Change(self.old.text(), self.new.text(), self.actor, self.rotate.isChecked())
        for field in (self.old, self.new, self.confirmation):
            field.clear()
        self.busy = True
        self.change_button.setEnabled(False)
        doing = self.tr("Encrypting the case again under a new key…") if task.rotate else \
            self.tr("Changing the passphrase…")
        self.session.write(doing, task, done=self._on_changed, refused=self._show_error,
                           always=self._on_finished)

    def _on_changed(self, rotated: object) -> None:
        self.changed.emit(bool(rotated))
        self.accept()
        state = self.session.state
        if state is not None:  # the old keyfile backups: replaced, or useless
            intro = self.tr("The data key was changed: copies of the old keyfile no longer "
                            "open the case.") if rotated else self.tr(
                "The passphrase was changed. Copies of the old keyfile still open the case "
                "with the old passphrase: replace them with a new copy.")
            self.backup_dialog = KeyfileBackupDialog(Path(state.root), intro,
                                                     self.parentWidget())
            self.backup_dialog.open()

    def _show_error(self, message: str) -> None:
        self.error.setText(user_message(message))
        self.error.show()

    def _on_finished(self) -> None:
        self.busy = False  # the passphrases the task held went with it
        self.change_button.setEnabled(True)
