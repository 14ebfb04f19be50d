"""What the Photos tab shows while it has no photo to show.

With a case open that has no photos yet: the case by name and folder, and Import (photos or a
folder, or a drop) into it, with the demo beside. With no case open: how to start (a new case,
an existing one, the demo) and, apart, looking at files without keeping them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evidence.printable import printable
from gui.app import i18n
from gui.photos.inspect_window import case_title

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.state import CaseState


class PhotosEmptyState(QWidget):
    """A heading, what to do in a sentence, and buttons that do it; `set_case` picks which."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: tuple[str, str] | None = None   # the open case's title and folder
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.aside = QLabel()
        self.aside.setTextFormat(Qt.TextFormat.PlainText)
        self.aside.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.aside.setWordWrap(True)
        for label in (self.folder, self.aside):
            label.setStyleSheet("color: gray")  # mid-grey reads on light and dark themes
        a = actions
        # The menu's words (the menu adds the case's name, said here above the buttons).
        self.import_files = self._button(
            QCoreApplication.translate("Actions", "Import photos…"), a.import_files)
        self.import_folder = self._button(
            QCoreApplication.translate("Actions", "Import folder…"), a.import_folder)
        self.case_buttons = [self.import_files, self.import_folder,
                             self._button(a.open_demo.text(), a.open_demo)]
        self.start_buttons = [self._button(a.new_case.text(), a.new_case),
                              self._button(a.open_case.text(), a.open_case),
                              self._button(a.open_demo.text(), a.open_demo),
                              self._button(a.inspect_files.text(), a.inspect_files)]
        row = QHBoxLayout()
        row.addStretch()
        for button in self.case_buttons + self.start_buttons:
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.folder)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.aside)
        layout.addStretch()
        i18n.notifier().changed.connect(self._on_language_changed)
        self.set_case(None)

    def _button(self, text: str, action: QAction) -> QPushButton:
        """A button that does what `action` does, enabled when it is."""
        button = QPushButton(text)
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        return button

    def set_case(self, state: CaseState | None) -> None:
        self._case = None if state is None else (case_title(state.title, state.root),
                                                 state.root)
        self._fill()

    def _fill(self) -> None:
        case_open = self._case is not None
        for button in self.case_buttons:
            button.setVisible(case_open)
        for button in self.start_buttons:
            button.setVisible(not case_open)
        if self._case is not None:
            title, folder = self._case
            self.heading.setText(self.tr("The case “{case}” has no photos yet").format(
                case=printable(title)))
            self.explanation.setText(self.tr(
                "Import the photos of a visit, or drop them here: Skver copies each original "
                "into this case unchanged and records it in the case's custody log."))
            self.folder.setText(self.tr("Case folder: {folder}").format(
                folder=printable(folder)))
            self.aside.setText(self.tr(
                "To look at photos without adding them to this case, use File ▸ Inspect files "
                "(not evidence)…"))
        else:
            self.heading.setText(self.tr("No case is open"))
            self.explanation.setText(self.tr(
                "A case keeps the photos of visits, the venues and the refusals of one matter, "
                "with a custody log of every change. Create one, open one, or look around the "
                "demo case."))
            self.folder.setText("")
            self.aside.setText(self.tr(
                "Inspect files only reads photos where they are, to check them before a visit "
                "or an import: nothing is kept."))
        self.folder.setVisible(case_open)

    @Slot(str)
    def _on_language_changed(self, _code: str) -> None:
        self._fill()  # the buttons' texts are put in the new language by i18n.retranslate

    def texts(self) -> str:
        """Everything the empty state says, buttons included, as a user reads it."""
        shown = [w.text() for w in (self.heading, self.explanation, self.folder, self.aside)
                 if w.isVisibleTo(self) and w.text()]
        shown += [b.text() for b in self.case_buttons + self.start_buttons
                  if b.isVisibleTo(self)]
        return "\n".join(shown)
