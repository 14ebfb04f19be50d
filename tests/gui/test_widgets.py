"""The forms' message line: what the core says is shown as written, never as markup."""

from __future__ import annotations

from gui.widgets.widgets import error_label


def test_a_message_quoting_typed_markup_shows_it_literally(qtbot):
    label = error_label()
    qtbot.addWidget(label)
    label.setText("There is no venue '<b>gandhi</b>'.")
    label.show()
    # Shown as typed: the tags are characters on screen, not bold text.
    assert label.textFormat().name == "PlainText"
    assert label.isVisible() and "<b>" in label.text()

