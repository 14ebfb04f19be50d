"""Who is working, asked once: the name that signs every change made in the window.

The first change that needs a name (a new case, an import, an observation, a refusal…) asks
for it, window-modal and not blocking; the change goes ahead once it is given. It is
remembered (`gui.app.identity`), shown in the status bar, and changed from File ▸ Your name…
or a click on it, for what is recorded afterwards. Declining saves nothing and asks again next
time; working without a name is a button of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.app import i18n, identity
from gui.widgets.widgets import error_label

if TYPE_CHECKING:
    from gui.app.session import CaseSession


class NameDialog(QDialog):
    """Asks for the name that signs what is recorded; `chosen` is it once accepted."""

    def __init__(self, current: str | None, needed_now: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Your name"))
        intro = QLabel(self.tr(
            "Before this is saved: who is working? Skver signs every observation, refusal "
            "and custody entry with this name, and a report's \u201cPrepared by\u201d starts "
            "with it.") if needed_now else self.tr(
            "Skver signs every observation, refusal and custody entry with this name, and a "
            "report's \u201cPrepared by\u201d starts with it. A new name signs only what is "
            "recorded from now on; what was recorded keeps the name it was signed with."))
        intro.setWordWrap(True)
        caution = QLabel(self.tr(
            "The name travels with the case: in its custody log, its reports and every "
            "evidence bundle exported from it. If being named could put you at risk, use the "
            "name your lawyer or organisation knows you by."))
        caution.setWordWrap(True)
        caution.setStyleSheet("color: gray")
        self.name = QLineEdit(current or "")
        self.name.setMaxLength(identity.NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Aigerim Bekova, monitor"))
        self.name.setClearButtonEnabled(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Use this name"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.unnamed_button = self.buttons.addButton(
            self.tr("Work without a name"), QDialogButtonBox.ButtonRole.ActionRole)
        self.unnamed_button.setToolTip(self.tr(
            "Signs with \u201c{unnamed}\u201d: a court may give less weight to what nobody "
            "vouches for.").format(unnamed=identity.UNNAMED))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.unnamed_button.clicked.connect(self.work_unnamed)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(caution)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)   # Enter in the name: use it (set once in the dialog)
        self.resize(520, self.sizeHint().height())

    @Slot()
    def submit(self) -> None:
        problem = identity.problem(self.name.text())
        if problem is not None:
            self.error.setText({
                "empty": self.tr("Type a name, or choose to work without one."),
                "not_plain": self.tr("Type the name as one line of plain text."),
                "too_long": self.tr("A name of at most {n} characters, please.").format(
                    n=identity.NAME_MAX)}[problem])
            self.error.show()
            self.name.setFocus()
            return
        self.chosen = self.name.text().strip()
        self.accept()

    @Slot()
    def work_unnamed(self) -> None:
        self.chosen = identity.UNNAMED
        self.accept()


class Reviewer(QObject):
    """The name's question, its place in the status bar, and File ▸ Your name…."""

    changed = Signal(str)        # the name that signs from now on

    def __init__(self, window: QMainWindow, session: CaseSession, action: QAction) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.dialog: NameDialog | None = None
        self._waiting: list[tuple[Callable[[str], None], Callable[[str], None]]] = []
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.clicked.connect(self.change_name)
        window.statusBar().addPermanentWidget(self.button)
        action.triggered.connect(self.change_name)
        session.ask_actor = self.ask
        i18n.notifier().changed.connect(self.show_name)
        self.show_name()

    @Slot()
    def show_name(self) -> None:
        known = identity.name()
        self.button.setText(self.tr("Working as: {name}").format(name=known) if known
                            else self.tr("Working as: (name not given)"))
        self.button.setToolTip(self.tr("What you record is signed with this name. Click to "
                                       "change it."))

    def ask(self, then: Callable[[str], None], declined: Callable[[str], None]) -> None:
        """The session needs a name: asks (once, however many changes wait for it)."""
        self._waiting.append((then, declined))
        if self.dialog is None or not self.dialog.isVisible():
            self._open(needed_now=True)

    @Slot()
    def change_name(self) -> NameDialog:
        return self._open(needed_now=False)

    def _open(self, needed_now: bool) -> NameDialog:
        if self.dialog is not None:  # one question at a time: the latest one
            self.dialog.finished.disconnect(self._on_finished)
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = NameDialog(identity.name(), needed_now, self.window)
        self.dialog.finished.connect(self._on_finished)
        self.dialog.open()
        return self.dialog

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        dialog, waiting, self._waiting = self.dialog, self._waiting, []
        chosen = dialog.chosen if dialog is not None else None
        if chosen is None:
            why = self.tr("Not saved: Skver signs each change with the name of who made it, "
                          "and none was given. Do it again to be asked once more.")
            for _then, declined in waiting:
                declined(why)
            return
        identity.remember(chosen)
        self.show_name()
        self.changed.emit(chosen)
        for then, _declined in waiting:
            then(chosen)
