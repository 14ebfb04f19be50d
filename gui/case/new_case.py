"""File → New case: a folder, a title and a time zone; made on a worker, then opened."""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence import limits, passphrase_policy, venues
from evidence.passphrase_policy import Weakness
from evidence.store import Case
from gui.case.keyfile_backup import KeyfileBackupDialog
from gui.widgets.widgets import error_label

if TYPE_CHECKING:
    from gui.app.session import CaseSession
    from gui.app.state import CaseState

DEFAULT_ZONE = "Asia/Almaty"
BUNDLED_VENUES = "almaty-2020"
# Shorter passphrases are refused: scrypt slows guessing, it cannot save a short one.
MIN_PASSPHRASE = passphrase_policy.MIN_LENGTH  # the command line's too (one policy)


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone name the bundled tz database (the tzdata package) knows, sorted."""
    return tuple(sorted(resources.files("tzdata").joinpath("zones").read_text().split()))


def create(folder: Path, title: str, zone: str, bundled_venues: bool,
           actor: str, passphrase: str | None = None) -> Path:
    """Creates the case (on the session's worker: it opens and closes its own Case);
    encrypted when given a passphrase (its key stays unlocked in this process)."""
    with Case.create(folder, title=title, timezone=zone, actor=actor,
                     passphrase=passphrase) as case:
        if bundled_venues:
            venues.import_geojson(case, venues.bundled(BUNDLED_VENUES), actor)
    return folder


class Creation:
    """`create` as a worker's task that lets go of the passphrase once it has been used."""

    def __init__(self, folder: Path, title: str, zone: str, bundled_venues: bool, actor: str,
                 passphrase: str | None) -> None:
        self.args = (folder, title, zone, bundled_venues, actor)
        self._passphrase = passphrase

    def __call__(self) -> Path:
        passphrase, self._passphrase = self._passphrase, None
        return create(*self.args, passphrase=passphrase)


class NewCaseDialog(QDialog):
    """Asks for the case's folder, title and zone; stays open, with what was typed, until the
    case is made, and says why when it cannot be."""

    def __init__(self, session: CaseSession, start_folder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.start_folder = start_folder
        self.waiting = False
        self.backup_dialog: KeyfileBackupDialog | None = None  # once an encrypted case is made
        self.setWindowTitle(self.tr("New case"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("A new or empty folder"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_folder)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Almaty refusals 2024"))
        self.zone = self._zone_combo()
        self.bundled = QCheckBox(self.tr("Load the designated venues of Almaty (2020 decision)"))
        self.bundled.setChecked(True)
        self.encrypt = QCheckBox(self.tr("Encrypt this case with a passphrase"))
        self.passphrase = password_field(self.tr("Passphrase"))
        self.confirmation = password_field(self.tr("The same passphrase again"))
        self.strength = QLabel(self.tr(
            "At least {n} characters; several unrelated words are stronger than one clever "
            "word. Without the passphrase nobody can read the case, Skver included: keep it "
            "safe.").format(n=MIN_PASSPHRASE))
        self.strength.setWordWrap(True)
        self.strength.setStyleSheet("color: gray")
        self.weak = weak_label(self.passphrase)   # a weak one is taken, with a warning
        self.encrypt.toggled.connect(self._show_passphrase)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        session.opened.connect(self._on_opened)
        session.creation_refused.connect(self._on_refused)

    def _zone_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(zone_names()))
        completer = QCompleter(list(zone_names()), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "almaty" finds Asia/Almaty
        combo.setCompleter(completer)
        combo.setCurrentText(DEFAULT_ZONE)
        return combo

    def _lay_out(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), where)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Time zone"), self.zone)
        hint = QLabel(self.tr("Local times of refusals and photos without a zone of their own "
                              "are read in this zone."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray")
        form.addRow("", hint)
        form.addRow("", self.bundled)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Again"), self.confirmation)
        form.addRow("", self.strength)
        self.form = form
        self._show_passphrase(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.weak)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)   # measured once the style has set the fonts

    @Slot(bool)
    def _show_passphrase(self, shown: bool) -> None:
        for field in (self.passphrase, self.confirmation, self.strength):
            self.form.setRowVisible(field, shown)
        self.weak.setVisible(shown and bool(self.weak.text()))
        fit_height(self)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the new case"),
                                                  self.start_folder)
        if folder:
            self.folder.setText(folder)

    @Slot()
    def submit(self) -> None:
        problem = self._problem()
        if problem:
            self.show_error(problem)
            return
        self.error.hide()
        self.waiting = True
        self.create_button.setEnabled(False)
        passphrase = self.passphrase.text() if self.encrypt.isChecked() else None
        self.session.create_case(os.path.expanduser(self.folder.text().strip()),
                                self.title.text().strip(),
                                self.zone.currentText().strip(), self.bundled.isChecked(),
                                passphrase)
        del passphrase

    def _problem(self) -> str | None:
        """What is plainly missing, said before any work starts."""
        if not self.folder.text().strip():
            return self.tr("Choose or type a folder for the case.")
        if not os.path.isabs(os.path.expanduser(self.folder.text().strip())):
            return self.tr("Give the folder's full path.")
        if not self.title.text().strip():
            return self.tr("Give the case a title (it heads the report).")
        if len(self.title.text().strip()) > limits.TITLE:
            return self.tr("A title of at most {n} characters, please (this is {length}).").format(
                n=limits.TITLE, length=len(self.title.text().strip()))
        if self.zone.currentText().strip() not in zone_names():
            return self.tr("'{zone}' is not a time zone; pick one from the list (for example "
                           "Asia/Almaty).").format(zone=self.zone.currentText())
        if self.encrypt.isChecked():
            return passphrase_problem(self.passphrase.text(), self.confirmation.text())
        return None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @Slot(object)
    def _on_opened(self, state: CaseState) -> None:
        if self.waiting:
            self.waiting = False
            self.passphrase.clear()
            self.confirmation.clear()
            self.accept()
            if state.encrypted:  # a damaged keyfile loses the case: a copy offered at once
                self.backup_dialog = KeyfileBackupDialog(Path(state.root),
                                                         parent=self.parentWidget())
                self.backup_dialog.open()

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        if self.waiting:
            self.waiting = False
            self.create_button.setEnabled(True)
            self.show_error(message)


def password_field(placeholder: str = "") -> QLineEdit:
    """A passphrase field: shown as dots, never offered for copying out."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


def weakness_warning(passphrase: str) -> str:
    """What makes a new passphrase weak, in the window's words ("" when nothing does, or when it
    is too short to be taken at all); evidence.passphrase_policy decides."""
    found = () if passphrase_policy.too_short(passphrase) else \
        passphrase_policy.weaknesses(passphrase)
    if not found:
        return ""
    said = {
        Weakness.ONE_KIND: QCoreApplication.translate(
            "PassphraseStrength", "it has one kind of character only"),
        Weakness.FEW_CHARACTERS: QCoreApplication.translate(
            "PassphraseStrength", "it repeats a few characters"),
        Weakness.RUN: QCoreApplication.translate(
            "PassphraseStrength", "it follows the alphabet, the digits or the keyboard"),
        Weakness.COMMON: QCoreApplication.translate(
            "PassphraseStrength", "it is a common password or word with a few characters added"),
    }
    return QCoreApplication.translate(
        "PassphraseStrength", "This passphrase is weak: {why}. It will be accepted, but several "
        "unrelated words are much harder to guess.").format(why="; ".join(said[w] for w in found))


def weak_label(field: QLineEdit) -> QLabel:
    """A warning under a new passphrase's field, said while it is typed; hidden when none."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #a15c00")   # amber: a warning, not a refusal
    label.hide()

    def update(text: str) -> None:
        label.setText(weakness_warning(text))
        label.setVisible(bool(label.text()) and field.isVisible())
        fit_height(label.window())
    field.textChanged.connect(update)
    return label


def fit_height(window: QWidget) -> None:
    """A dialog grown to give each wrapped label all its lines at its width (its size hint
    alone does not count them): a hint or warning shown later is never cut."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    need = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
            else layout.totalSizeHint().height())
    if need > window.height():
        window.resize(window.width(), need)


def passphrase_problem(passphrase: str, confirmation: str) -> str | None:
    """Why a new passphrase cannot be taken (too short, or the two differ), or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return QCoreApplication.translate(
            "NewCaseDialog", "The passphrase must have at least {n} characters.").format(
                n=MIN_PASSPHRASE)
    if passphrase != confirmation:
        return QCoreApplication.translate("NewCaseDialog", "The two passphrases differ.")
    return None
