"""Regions drawn in the Redact dialog and not yet applied are never lost without a word: leaving
the case, closing the window, Escape or Cancel ask (Keep editing / Discard); the idle lock keeps
them in memory and reopens the dialog with them drawn once the same case is unlocked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from evidence import casekeys
from gui.app import identity, settings
from gui.app.main_window import MainWindow
from tests.gui.test_redaction_gui import drag, open_dialog
from tests.helpers.gui import locked_case_with_a_photo
from tests.helpers.webengine import IGNORE_NOISE

SECRET = "correct horse battery staple"
pytestmark = IGNORE_NOISE


@pytest.fixture(autouse=True)
def _forget_keys(monkeypatch):
    monkeypatch.delenv("SKVER_PASSPHRASE", raising=False)
    yield
    casekeys.lock()


@pytest.fixture
def first(demo_case: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_case, tmp_path / "first"))


@pytest.fixture
def second(demo_case: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_case, tmp_path / "second"))


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def drawn(window: MainWindow, qtbot, root: Path):
    identity.remember("Aigerim (monitor)")
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(root))
    dialog = open_dialog(window, qtbot, root)
    drag(dialog, QPoint(120, 90), QPoint(260, 210))
    assert len(dialog.regions()) == 1
    return dialog


def asked(window: MainWindow) -> QMessageBox:
    box = window.redactor.discard_box
    assert box is not None and box.isVisible()
    assert box.text() == "Discard the regions you drew on this photo?"
    return box


def test_escape_and_cancel_with_drawn_regions_ask(window, qtbot, first):
    dialog = drawn(window, qtbot, first)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    button(asked(window), "Keep editing").click()
    assert dialog.isVisible() and len(dialog.regions()) == 1
    dialog.buttons.rejected.emit()                     # Cancel
    button(asked(window), "Discard").click()
    assert not dialog.isVisible() and window.redactor.dialog is None


def test_an_untouched_dialog_closes_on_escape_at_once(window, qtbot, first):
    identity.remember("Aigerim (monitor)")
    window.show()
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(first))
    dialog = open_dialog(window, qtbot, first)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.redactor.discard_box is None


def test_leaving_the_case_with_drawn_regions_asks(window, qtbot, first, second):
    dialog = drawn(window, qtbot, first)
    window.shell.recent_menu.chosen.emit(str(second))
    button(asked(window), "Keep editing").click()
    assert window.session.state.root == str(first)
    assert dialog.isVisible() and len(dialog.regions()) == 1
    window.shell.recent_menu.chosen.emit(str(second))
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        button(asked(window), "Discard").click()
    assert window.session.state.root == str(second) and window.redactor.dialog is None


def test_closing_the_window_with_drawn_regions_asks(window, qtbot, first):
    dialog = drawn(window, qtbot, first)
    window.close()
    button(asked(window), "Keep editing").click()
    assert window.isVisible() and dialog.isVisible() and len(dialog.regions()) == 1
    window.close()
    button(asked(window), "Discard").click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    """An encrypted case with one photo, locked as after a restart."""
    return locked_case_with_a_photo(tmp_path, SECRET)


def test_the_idle_lock_keeps_drawn_regions_and_unlocking_reopens_them(window, qtbot,
                                                                       encrypted):
    identity.remember("Aigerim (monitor)")
    settings.LOCK_AFTER_MS.set(0)
    window.show()
    qtbot.waitExposed(window)
    window.open_case(str(encrypted))
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.keyClicks(window.shell.passphrase_dialog.prompt.field, SECRET)
        qtbot.keyClick(window.shell.passphrase_dialog.prompt.field, Qt.Key.Key_Return)
    photo_id = window.session.state.photos[0].id
    assert window.photos.select_photo(photo_id)
    window.actions.redact.trigger()
    dialog = window.redactor.dialog
    qtbot.waitUntil(lambda: dialog.picture is not None, timeout=10_000)
    qtbot.waitExposed(dialog)
    drag(dialog, QPoint(60, 60), QPoint(160, 140))
    [region] = dialog.regions()

    with qtbot.waitSignal(window.case_lock.locked, timeout=5000):
        window.case_lock.set_lock_after(200)
    window.case_lock.watch.arm(False)
    assert not dialog.isVisible() and window.redactor.dialog is None
    assert casekeys.unlocked(encrypted) is None
    note = window.case_lock.screen.drafts_note.text()
    assert f"the regions drawn on photo {photo_id}" in note

    prompt = window.case_lock.screen.prompt
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.keyClicks(prompt.field, SECRET)
        qtbot.keyClick(prompt.field, Qt.Key.Key_Return)
    again = window.redactor.dialog
    assert again is not None
    qtbot.waitUntil(lambda: again.picture is not None and again.isVisible(), timeout=10_000)
    assert again.photo_id == photo_id and again.regions() == [region]
    assert again.has_typed_work()




@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_dialogs_intro_wraps_rather_than_widen_it_past_a_laptops_screen(window, qtbot,
                                                                            lang, first):
    """Its first line ('Drag over each bystander's face…') is one long sentence: unwrapped, it
    made the dialog wider than a 1280 px screen in Russian and Kazakh, cutting off its buttons."""
    from gui.app import i18n
    i18n.install(lang)
    try:
        window.resize(1280, 800)   # the dialog is built in the language of the moment
        dialog = drawn(window, qtbot, first)
        qtbot.wait(50)
        assert dialog.width() <= 1280, dialog.width()
        right = dialog.buttons.mapTo(dialog, dialog.buttons.rect().topRight()).x()
        assert right <= dialog.width()
        dialog.discard()
    finally:
        i18n.install("en")
