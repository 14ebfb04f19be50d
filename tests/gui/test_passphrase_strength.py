"""The window holds a new passphrase to the same policy as the command line: under 10
characters refused beside the field, a weak one warned about while it is typed and taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence import casekeys


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    casekeys.lock()


def new_case_dialog(window, qtbot, folder: Path):
    window.show()
    qtbot.waitExposed(window)
    window.actions.new_case.trigger()
    dialog = window.shell.new_case_dialog
    qtbot.keyClicks(dialog.folder, str(folder))
    qtbot.keyClicks(dialog.title, "Refusals")
    dialog.bundled.setChecked(False)
    dialog.encrypt.setChecked(True)
    return dialog


def test_new_case_refuses_one_character_and_warns_about_a_weak_passphrase(window, qtbot,
                                                                         tmp_path):
    folder = tmp_path / "case"
    dialog = new_case_dialog(window, qtbot, folder)
    qtbot.keyClicks(dialog.passphrase, "x")
    qtbot.keyClicks(dialog.confirmation, "x")
    assert not dialog.weak.isVisible()                   # refused, not warned about
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "at least 10 characters" in dialog.error.text() and not folder.exists()

    dialog.passphrase.clear()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.passphrase, "zxcvbnm123")
    qtbot.keyClicks(dialog.confirmation, "zxcvbnm123")
    assert dialog.weak.isVisible()
    assert dialog.weak.text() == ("This passphrase is weak: it follows the alphabet, the "
                                  "digits or the keyboard. It will be accepted, but several "
                                  "unrelated words are much harder to guess.")
    qtbot.wait(50)   # laid out: the warning and the hint above it whole, not cut
    for label in (dialog.weak, dialog.strength):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    dialog.passphrase.setText("correct horse battery staple")
    assert not dialog.weak.isVisible()                   # unrelated words: nothing to say
    dialog.passphrase.setText("zxcvbnm123")
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)   # taken all the same
    assert casekeys.is_encrypted(folder)


def test_change_passphrase_refuses_a_short_one_and_warns_about_a_weak_one(window, qtbot,
                                                                         tmp_path):
    folder = tmp_path / "case"
    dialog = new_case_dialog(window, qtbot, folder)
    dialog.passphrase.setText("correct horse battery staple")
    dialog.confirmation.setText("correct horse battery staple")
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    if window.shell.new_case_dialog is not None and window.shell.new_case_dialog.isVisible():
        window.shell.new_case_dialog.reject()
    change = window.case_lock.change_passphrase()
    assert change is not None
    qtbot.waitExposed(change)
    change.old.setText("correct horse battery staple")
    qtbot.keyClicks(change.new, "aaaaaaaaaaaa")
    assert change.weak.isVisible() and "repeats a few characters" in change.weak.text()
    change.new.setText("short")
    change.confirmation.setText("short")
    assert not change.weak.isVisible()
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    assert "at least 10 characters" in change.error.text()
