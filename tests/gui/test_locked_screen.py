"""The locked screen reads whole in every language: its message ('This case is locked…'), the
note naming typed work kept in memory and why a passphrase failed each get all their lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from evidence import casekeys
from evidence.store import Case
from gui.app import i18n, identity, settings
from gui.app.main_window import MainWindow
from gui.case.new_case import create
from tests.helpers.webengine import IGNORE_NOISE

SECRET = "correct horse battery staple"
pytestmark = IGNORE_NOISE


@pytest.fixture(autouse=True)
def _clean(monkeypatch):
    monkeypatch.delenv("SKVER_PASSPHRASE", raising=False)
    yield
    casekeys.lock()
    i18n.install("en")


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    folder = create(tmp_path / "secret", "Secret", "Asia/Almaty", False, "t", SECRET)
    with Case.open(folder):
        pass
    casekeys.lock(folder)
    return folder


def assert_whole(label: QLabel) -> None:
    assert label.isVisible() and label.text()
    need = label.heightForWidth(label.width())
    assert label.height() >= need, (label.text(), label.width(), label.height(), need)
    shown = label.visibleRegion().boundingRect()
    assert shown.height() >= need, (label.text(), shown, need)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_locked_screen_shows_every_line_of_its_labels(qtbot, encrypted, lang):
    i18n.install(lang)
    identity.remember("Aigerim (monitor)")
    settings.LOCK_AFTER_MS.set(0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.open_case(str(encrypted))
    dialog = window.shell.passphrase_dialog
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.keyClicks(dialog.prompt.field, SECRET)
        qtbot.keyClick(dialog.prompt.field, Qt.Key.Key_Return)
    # A venue typed: the idle lock keeps it and the screen names it.
    window.tabs.setCurrentWidget(window.venues)
    form = window.venues.add_venue()
    qtbot.keyClicks(form.name_en, "The new square")
    with qtbot.waitSignal(window.case_lock.locked, timeout=5000):
        window.case_lock.set_lock_after(200)
    window.case_lock.watch.arm(False)
    screen = window.case_lock.screen
    qtbot.waitExposed(screen)
    qtbot.wait(50)
    assert_whole(screen.prompt.message)
    assert_whole(screen.drafts_note)

    # A wrong passphrase: its reason shown under the field, the message still whole.
    prompt = screen.prompt
    with qtbot.waitSignal(window.session.unlock_refused, timeout=30_000):
        qtbot.keyClicks(prompt.field, "not the passphrase at all")
        qtbot.keyClick(prompt.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: prompt.error.isVisible(), timeout=5000)
    qtbot.wait(50)
    assert_whole(prompt.message)
    assert_whole(prompt.error)
    assert_whole(screen.drafts_note)
