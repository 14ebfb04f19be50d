"""The window laid out whole, as the screenshots show it, in the language that needs the most
room: no form row drawn over the next, a wrapped note given all its lines, a list's items and a
table's columns in sight without scrolling sideways."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QFormLayout, QWidget

from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.refusals.model import RefusalColumn


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


def named(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return text()[:30] if callable(text) else type(widget).__name__


def rows(form: QFormLayout) -> list[tuple[int, int, str]]:
    """Each visible row's top, bottom and what it is, in the form's order."""
    found = []
    for row in range(form.rowCount()):
        widgets = []
        for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                     QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QWidget) and widget.isVisible():
                widgets.append(widget)
        if widgets:
            found.append((min(w.geometry().top() for w in widgets),
                          max(w.geometry().bottom() for w in widgets),
                          " / ".join(named(w) for w in widgets)))
    return found


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_the_refusal_from_photos_form_has_room_for_every_row(qtbot, demo_case, lang):
    i18n.install(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.open_case(str(demo_case))
    qtbot.waitUntil(lambda: window.session.state is not None, timeout=20_000)
    form = window.refusal_actions.add_from_photos([5, 6, 8, 9])
    assert form is not None
    qtbot.waitExposed(form)
    assert form.span_note.isVisible()
    note = form.span_note
    assert note.height() >= note.heightForWidth(note.width()), "the proposal's note is cut"
    assert form.excuse.height() == form.excuse.maximumHeight(), "the excuse box is squeezed"
    laid = rows(form.form)
    for (_top, bottom, what), (top, _bottom, below) in itertools.pairwise(laid):
        assert bottom < top, f"“{what}” is drawn over “{below}”"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_export_dialog_shows_each_refusal_whole(qtbot, demo_case, lang):
    """Each refusal of the list (number · venue · date) is read whole, never scrolled to."""
    i18n.install(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.open_case(str(demo_case))
    qtbot.waitUntil(lambda: window.session.state is not None, timeout=20_000)
    dialog = window.exports.export()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    listed = dialog.refusal_list
    assert listed.count() == 4
    for row in range(listed.count()):
        shown = listed.visualItemRect(listed.item(row))
        assert shown.right() <= listed.viewport().width(), listed.item(row).text()
    assert listed.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_the_refusals_table_keeps_photos_and_coverage_in_sight(qtbot, demo_case, lang):
    """At 1280 × 760 every column of the Refusals table is in sight, the long venue names and
    verdicts cut (their tooltips whole) rather than the photos and coverage scrolled away."""
    i18n.install(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.open_case(str(demo_case))
    qtbot.waitUntil(lambda: window.session.state is not None, timeout=20_000)
    window.tabs.setCurrentWidget(window.refusals)
    qtbot.wait(50)
    table = window.refusals.table
    header = table.horizontalHeader()
    for column in RefusalColumn:
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), f"{column.name} is out of sight"
    assert table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(RefusalColumn.VERDICT) >= 150


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_proposal_note_is_read_whole_at_the_forms_narrowest(qtbot, demo_case, lang):
    """'Proposed from 4 photos: …' (Ctrl+Shift+T) wraps, every line of it in sight, when the
    form is made as narrow and short as it goes, in the languages whose words are longest (in
    Kazakh its last line was cut, the excuse box squeezed)."""
    i18n.install(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.open_case(str(demo_case))
    qtbot.waitUntil(lambda: window.session.state is not None, timeout=20_000)
    form = window.refusal_actions.add_from_photos([5, 6, 8, 9])
    qtbot.waitExposed(form)
    form.resize(1, 1)           # dragged to its narrowest and shortest
    qtbot.waitUntil(lambda: form.width() == max(form.minimumWidth(),
                                                form.minimumSizeHint().width()))
    qtbot.wait(50)
    note = form.span_note
    assert note.wordWrap() and note.text().startswith(form.span_text(
        window.refusal_actions.form.context.span)[:20])
    assert note.height() >= note.heightForWidth(note.width()), "the proposal's note is cut"
    assert form.excuse.height() == form.excuse.maximumHeight(), "the excuse box is squeezed"
    bottom = note.mapTo(form, note.rect().bottomRight())
    assert bottom.x() <= form.width() and bottom.y() <= form.height(), "drawn past the form"
    laid = rows(form.form)
    for (_top, low, what), (top, _bottom, below) in itertools.pairwise(laid):
        assert low < top, f"“{what}” is drawn over “{below}”"
    form.discard()
