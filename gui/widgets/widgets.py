"""Small widgets of the main window: the empty state, the run and busy status, and the red
message line of the forms."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_COLOUR = "#c62828"


def error_label() -> QLabel:
    """A form's message line, hidden until there is something wrong. Plain text: a message
    from the core may quote what the user typed, which must not be read as markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR}")
    label.hide()
    return label


class EmptyState(QWidget):
    """What the table area shows before anything is inspected: what to do, and buttons to do it."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self.tr("Drop photos or a folder here, or use File → Inspect photos…"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        font = self.hint.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.hint.setFont(font)
        explanation = QLabel(self.tr(
            "Skver reads when and where each photo was taken and lists what weakens it as "
            "evidence. Your files are only read, never changed."))
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: gray")  # mid-grey reads on light and dark themes
        buttons = QHBoxLayout()
        buttons.addStretch()
        for action in actions:
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.hint)
        layout.addWidget(explanation)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch()


class RunStatus(QWidget):
    """A progress bar and a Cancel button, visible only while an inspection runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setFormat(self.tr("%v of %m"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self) -> None:
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.show()

    def set_total(self, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)

    def set_done(self, done: int) -> None:
        self.bar.setValue(done)

    def end(self) -> None:
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()


class BusyIndicator(QWidget):
    """Says what is being done, with a moving bar, for work that cannot say how far it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def begin(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def end(self) -> None:
        self.hide()
