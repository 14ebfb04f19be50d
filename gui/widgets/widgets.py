"""Small widgets of the main window: a label that elides, the run and busy status, and the red
message line of the forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from gui.widgets.text import numerus

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


class ElidedLabel(QLabel):
    """One line of plain text that gives way to its neighbours: drawn cut with "…" where it
    does not fit (its text() stays whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        return QSize(min(40, super().minimumSizeHint().width()),
                     super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())
        painter.end()


class RunStatus(QWidget):
    """A run's progress in the status bar: what it does in words ("Importing 5 of 12"), a bar
    and a Cancel button, visible only while the run lasts. The words are a label of their own
    beside a bar without text, so a long translation is never cut inside the bar."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: Callable[[int, int], str] = self._default_words
        self._total = 0
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # Never narrower than its words: the count beside it gives way instead.
        self.label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def set_words(self, words: Callable[[int, int], str]) -> None:
        """What the label says for (done, total), in the language in effect when it is said."""
        self._words = words

    def _default_words(self, done: int, total: int) -> str:
        return numerus("RunStatus", "{done} of %n file(s)", total).format(done=done)

    def begin(self) -> None:
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.label.setText(self.tr("Counting the files…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.show()

    def set_total(self, total: int) -> None:
        self._total = total
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.label.setText(self._words(0, total))

    def set_done(self, done: int) -> None:
        self.bar.setValue(done)
        self.label.setText(self._words(done, self._total))

    def text(self) -> str:
        """What the label says now."""
        return self.label.text()

    def end(self) -> None:
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()


class BusyIndicator(QWidget):
    """Says what is being done, with a moving bar, for work that cannot say how far it is; its
    words give way (cut with "…", whole in the tooltip) to a run's progress beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = ElidedLabel()
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
        self.label.setToolTip(text)
        self.show()

    def end(self) -> None:
        self.hide()
