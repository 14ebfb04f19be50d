"""Help ▸ Skver Help (F1), Keyboard shortcuts and About: in the interface's language, true."""

from __future__ import annotations

from importlib import metadata

import PySide6
import pytest
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from evidence import timing
from evidence.model import Tag
from gui.app import help_page, i18n
from gui.photos import redaction_dialog, tagging
from gui.photos.tagging import TaggingPanel
from gui.widgets import vocabulary

HEADINGS = {"en": "What Skver does", "ru": "Что делает Skver", "kk": "Skver не істейді"}


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


def press_f1(window, qtbot):
    """The Help action is bound to F1; triggered as the key would (offscreen has no key focus)."""
    assert QKeySequence(Qt.Key.Key_F1) in window.actions.help.shortcuts()
    window.actions.help.trigger()
    menus = window.menus
    qtbot.waitUntil(lambda: menus.help_window is not None and menus.help_window.isVisible())
    return window.menus.help_window


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_f1_opens_the_help_in_the_interface_language(window, qtbot, code):
    i18n.switch(code)
    shown = press_f1(window, qtbot)
    text = shown.browser.toPlainText()
    assert HEADINGS[code] in text
    assert "sha256sum -c SHA256SUMS" in text and "python main.py verify case.zip" in text
    for other in set(HEADINGS) - {code}:
        assert HEADINGS[other] not in text
    shown.close()


def test_the_help_follows_a_change_of_language_while_open(window, qtbot):
    shown = press_f1(window, qtbot)
    i18n.switch("kk")
    assert HEADINGS["kk"] in shown.browser.toPlainText()
    shown.close()


def test_the_shortcut_table_lists_the_window_s_real_shortcuts(window):
    rows = dict(help_page.shortcut_rows(window))
    native = QKeySequence.SequenceFormat.NativeText
    assert rows[window.actions.quit.shortcut().toString(native)] == "Quit"
    assert rows[window.actions.help.shortcut().toString(native)] == "Skver Help"
    assert rows[window.actions.new_case.shortcut().toString(native)] == "New case"
    shown = window.menus.show_shortcuts()
    text = shown.browser.toPlainText()
    for keys, what in rows.items():
        assert keys in text and what in text
    assert "What Skver does" not in text  # the table alone
    shown.close()


def test_the_shortcut_table_speaks_the_interface_language(window):
    i18n.switch("ru")
    rows = dict(help_page.shortcut_rows(window))
    assert rows["Ctrl+Q"] == help_page.plain_text(window.actions.quit.text()) != "Quit"
    assert help_page.SHORTCUTS_MARK not in help_page.page_html(window, "ru")


def test_about_names_the_versions_that_make_the_evidence(window, qtbot):
    box = window.menus.show_about()
    qtbot.waitUntil(box.isVisible)
    text = box.informativeText()
    assert f"PySide6 {PySide6.__version__}, Qt {qVersion()}" in text
    assert f"tz database {timing.TZDATA_VERSION}" in text
    for name in ("fpdf2", "exifread", "Pillow"):
        assert f"{name} {metadata.version(name)}" in text
    assert "Python 3." in text
    box.close()


def test_no_external_link_opens_from_an_anchor(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(help_page.QDesktopServices, "openUrl", opened.append)
    shown = window.menus.show_help()
    shown.browser.anchorClicked.emit(help_page.QUrl("#limits"))
    assert opened == []
    shown.browser.anchorClicked.emit(help_page.QUrl("https://example.org/"))
    assert [u.toString() for u in opened] == ["https://example.org/"]
    shown.close()
    QApplication.processEvents()


def test_the_shortcut_list_has_every_key_of_tagging(window, qtbot):
    """Help ▸ Keyboard shortcuts lists 1–9, P, N and Enter as the tagging panel answers them,
    with the tag each number ticks, and the Redact window's Delete."""
    shown = window.menus.show_shortcuts()
    text = shown.browser.toPlainText()
    assert "Tagging photos (Photos tab, a photo of the case selected in the table or the grid)" \
        in text
    rows = dict(tagging.key_rows())
    for number, tag in enumerate(Tag, start=1):
        assert rows[str(number)] == f"Tick or untick “{vocabulary.tag(tag.value)}”"
    assert rows["P"] == "Type how many people the photo shows"
    assert rows["N"] == "Type a note on what the photo shows"
    assert rows["Enter"].startswith("Save the observation and go to the next photo")
    assert rows["Esc in People or Note"] == "Back to the photos; what was typed stays"
    for keys, what in [*rows.items(), *redaction_dialog.key_rows()]:
        assert f"{keys}\n{what}" in text or f"{keys} {what}" in text, (keys, what)
    [(keys, what)] = redaction_dialog.key_rows()  # Delete, and Ctrl+D where X11 binds it too
    assert keys.split(", ")[0] == "Del" and what == "Remove the region selected in the list"
    shown.close()


def test_every_key_the_tagging_panel_answers_is_listed(qtbot):
    """Pressed on a photo, each key the panel takes as its own must be in the list: a key added
    to tagging without a line in Help ▸ Keyboard shortcuts fails here."""
    panel = TaggingPanel()
    qtbot.addWidget(panel)
    panel.set_photo(1)
    listed = {keys for keys, _ in tagging.key_rows()}
    native = QKeySequence.SequenceFormat.NativeText
    candidates = [*range(Qt.Key.Key_Space.value, Qt.Key.Key_AsciiTilde.value + 1),
                  *(k.value for k in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape,
                                      Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Tab,
                                      Qt.Key.Key_Insert, Qt.Key.Key_Home, Qt.Key.Key_End,
                                      Qt.Key.Key_F2, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown))]
    taken = []
    for key in candidates:
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        if panel.handle_key(event):
            taken.append(QKeySequence(key).toString(native))
    assert len(taken) >= 12  # 1–9, P, N, Enter (and Return)
    unlisted = [name for name in taken
                if name not in listed and not (name == "Return" and "Enter" in listed)]
    assert unlisted == []
