"""The forms' message line: what the core says is shown as written, never as markup; counts
said with the right plural."""

from __future__ import annotations

import pytest

from gui.app import i18n
from gui.widgets.text import numerus
from gui.widgets.widgets import error_label


def test_a_message_quoting_typed_markup_shows_it_literally(qtbot):
    label = error_label()
    qtbot.addWidget(label)
    label.setText("There is no venue '<b>gandhi</b>'.")
    label.show()
    # Shown as typed: the tags are characters on screen, not bold text.
    assert label.textFormat().name == "PlainText"
    assert label.isVisible() and "<b>" in label.text()



@pytest.mark.parametrize(("source", "n", "english"), [
    ("%n photo(s)", 1, "1 photo"), ("%n photo(s)", 0, "0 photos"),
    ("%n (person|people)", 1, "1 person"), ("%n (person|people)", 2, "2 people"),
    ("NOT INTACT: %n discrepanc(y|ies).", 1, "NOT INTACT: 1 discrepancy."),
    ("NOT INTACT: %n discrepanc(y|ies).", 5, "NOT INTACT: 5 discrepancies."),
])
def test_english_plurals_without_a_translation(qapp, source, n, english):
    assert numerus("NoSuchContext", source, n) == english


def test_a_translation_s_plural_forms_come_from_qt(qapp):
    """Russian from the committed .qm: one, few and many forms by Qt's rules, no "(s)" left."""
    try:
        i18n.install("ru")
        forms = [numerus("MainWindow", "%n refusal(s)", n) for n in (1, 2, 5, 21)]
    finally:
        i18n.install("en")
    assert forms == ["1 отказ", "2 отказа", "5 отказов", "21 отказ"]
