"""A write's answer that arrives after its form was deleted does nothing (the walk-through hit
'RuntimeError: Internal C++ object (VenueForm) already deleted' from the venue save's
`always`, which re-enabled the Save button of a form its `done` had closed)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QPushButton

from gui.widgets.alive import while_alive


def test_the_callback_runs_while_its_widget_lives_and_not_after(qtbot):
    button = QPushButton()
    qtbot.addWidget(button)
    button.setEnabled(False)
    enable = while_alive(button, lambda: button.setEnabled(True))
    enable()
    assert button.isEnabled()

    late = QPushButton()
    said: list[str] = []
    show = while_alive(late, lambda text: (said.append(text), late.setText(text)))
    shiboken6.delete(late)
    show("Saved")  # was RuntimeError: the C++ object already deleted
    assert said == []
