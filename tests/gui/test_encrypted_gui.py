"""Encrypted cases in the window: created with a passphrase, opened with it, locked when idle."""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtTest import QTest

from evidence import casekeys, claims, store, venues
from evidence.errors import KnownError
from evidence.importer import import_paths
from evidence.model import Category, Claim, Confidence, Venue
from evidence.store import Case
from gui.app import settings
from gui.app.main_window import MainWindow
from gui.case import lock as case_lock
from gui.photos import sealed, thumbnails
from gui.widgets.workers import SynchronousRunner
from tests.helpers.photos import Shot, write_photo
from tests.helpers.webengine import WEBENGINE_NOISE

SECRET = "correct horse battery staple"
PHOTO_NAME = "zharyk_gate.jpg"
VENUE = "Skver Talgarskiy Zharyk"
LAT, LON = 43.238949, 76.889709


@pytest.fixture(autouse=True)
def _forget_keys(monkeypatch):
    """No passphrase from the environment unless a test sets one; keys forgotten after."""
    monkeypatch.delenv("SKVER_PASSPHRASE", raising=False)
    yield
    casekeys.lock()


def create_through_dialog(window: MainWindow, qtbot, folder: Path) -> None:
    window.actions.new_case.trigger()
    dialog = window.shell.new_case_dialog
    qtbot.keyClicks(dialog.folder, str(folder))
    qtbot.keyClicks(dialog.title, "Encrypted refusals")
    dialog.bundled.setChecked(False)
    dialog.encrypt.setChecked(True)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    qtbot.keyClicks(dialog.passphrase, "short")
    qtbot.keyClicks(dialog.confirmation, "short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "at least 10 characters" in dialog.error.text()
    assert not folder.exists()
    dialog.passphrase.setText(SECRET)
    dialog.confirmation.setText(SECRET)
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def fill(folder: Path, tmp_path: Path) -> None:
    """A photo at a venue and a refusal it contradicts (the key is unlocked in this process)."""
    photo = write_photo(tmp_path / "in" / PHOTO_NAME,
                        Shot(taken="2024:05:10 12:00:00", lat=LAT, lon=LON, offset="+05:00"))
    with Case.open(folder) as case:
        [result] = import_paths(case, [str(photo)], actor="t", workers=1)
        assert result.outcome == "imported", result.reason
        venue_id = venues.add(case, Venue(
            slug="talgar", name_en=VENUE, geometry={"type": "Point", "coordinates": [LON, LAT]},
            radius_m=80.0, confidence=Confidence("surveyed")), "t")
        claims.add(case, Claim(
            document_number="ZT-1", document_date="2024-05-01", venue_id=venue_id,
            window_start=datetime(2024, 5, 10, 4, tzinfo=UTC),
            window_end=datetime(2024, 5, 10, 12, tzinfo=UTC), window_zone="Asia/Almaty",
            excuse_text="Remont", category=Category("repair_works")), "t")


@pytest.fixture
def encrypted_case(qtbot, tmp_path: Path) -> Path:
    """An encrypted case made through File ▸ New case (in a window of its own), filled, then
    locked, as after a restart."""
    folder = tmp_path / "secret-case"
    creator = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(creator)
    create_through_dialog(creator, qtbot, folder)
    assert creator.session.state.title == "Encrypted refusals"
    creator.close()
    creator.case_lock.watch.arm(False)  # its input filter goes with it
    fill(folder, tmp_path)
    casekeys.lock(folder)
    return folder


def unlock_by_dialog(window: MainWindow, qtbot, folder: Path, passphrase: str) -> None:
    window.open_case(str(folder))
    dialog = window.shell.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    assert str(folder) in dialog.prompt.message.text()
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.keyClicks(dialog.prompt.field, passphrase)
        qtbot.keyClick(dialog.prompt.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def shown_texts(widget) -> list[str]:
    """Every text a user could see in the window: labels, fields, views' cells, titles."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QTextEdit,
    )

    found = [widget.windowTitle()]
    for child in widget.findChildren(QLabel):
        found += [child.text(), child.toolTip()]
    for child in widget.findChildren(QLineEdit):
        found.append(child.text())
    for child in widget.findChildren(QTextEdit):
        found.append(child.toPlainText())
    for child in widget.findChildren(QAbstractButton):
        found += [child.text(), child.toolTip()]
    for child in widget.findChildren(QComboBox):
        found += [child.itemText(i) for i in range(child.count())]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            column = 0
            while model.hasIndex(row, column):  # a list model hides its columnCount
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(model.index(row, column), role)
                    if isinstance(value, str):
                        found.append(value)
                column += 1
    return found


def case_text_left(window: MainWindow) -> list[str]:
    return [t for t in shown_texts(window) if PHOTO_NAME in t or VENUE in t or "ZT-1" in t]


def test_open_refuses_a_wrong_passphrase_then_opens_with_the_right_one(window, qtbot,
                                                                      encrypted_case):
    window.open_case(str(encrypted_case))
    dialog = window.shell.passphrase_dialog
    assert dialog.prompt.field.echoMode() == dialog.prompt.field.EchoMode.Password
    qtbot.keyClicks(dialog.prompt.field, "not the passphrase")
    qtbot.mouseClick(dialog.prompt.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.prompt.error.isVisible()
    assert dialog.prompt.error.text() == "Wrong passphrase for this case; nothing was changed."
    assert dialog.prompt.field.text() == "" and dialog.prompt.field.isEnabled()
    assert casekeys.unlocked(encrypted_case) is None and window.session.state is None
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.keyClicks(dialog.prompt.field, SECRET)
        qtbot.mouseClick(dialog.prompt.unlock_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [p.name for p in window.session.state.photos] == [PHOTO_NAME]
    assert window.refusals.model.rowCount() == 1
    assert window.session.recent.last().title == ""  # an encrypted case's title stays inside
    photo = window.session.state.photos[0]
    thumbnail = window.session.state.thumbnail(photo)
    assert thumbnail is not None and not Path(thumbnail).exists()
    image = thumbnails.read_fitted(thumbnail, QSize(160, 120))
    assert not image.isNull()
    window.photos.select_row(0)
    html = window.photos.detail.toHtml()
    assert "skver-encrypted:" in html
    shown = window.photos.detail.document().resource(QTextDocument.ResourceType.ImageResource.value,
                                              sealed.url(thumbnail))
    assert isinstance(shown, QImage) and not shown.isNull()  # decrypted in memory
    window.photos.grid_model.data(window.photos.grid_model.index(0),
                                  Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: len(window.photos.grid_model.cache) == 1)
    pixmap = window.photos.grid_model.cache.get(thumbnail)
    assert pixmap is not window.photos.grid_model.missing and not pixmap.isNull()


def test_the_passphrase_in_the_environment_opens_without_asking(window, qtbot, encrypted_case,
                                                                monkeypatch):
    monkeypatch.setenv("SKVER_PASSPHRASE", SECRET)
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(encrypted_case))
    assert window.shell.passphrase_dialog is None
    assert [p.name for p in window.session.state.photos] == [PHOTO_NAME]


def test_a_wrong_passphrase_in_the_environment_asks_saying_why(window, qtbot, encrypted_case,
                                                               monkeypatch):
    monkeypatch.setenv("SKVER_PASSPHRASE", "not the passphrase")
    window.open_case(str(encrypted_case))
    dialog = window.shell.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Wrong passphrase" in dialog.prompt.error.text()
    dialog.reject()
    assert window.session.state is None


def opened(window: MainWindow, qtbot, folder: Path) -> None:
    unlock_by_dialog(window, qtbot, folder, SECRET)
    assert case_text_left(window)  # the walk does see the case's names while it is open


def test_an_idle_case_locks_clears_every_view_and_unlocks_where_it_was(window, qtbot,
                                                                      encrypted_case):
    opened(window, qtbot, encrypted_case)
    window.tabs.setCurrentWidget(window.refusals)
    window.photos.grid_model.data(window.photos.grid_model.index(0),
                                  Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: len(window.photos.grid_model.cache) == 1)
    with qtbot.waitSignal(window.case_lock.locked, timeout=5000):
        window.case_lock.set_lock_after(300)  # as File ▸ Lock after idle does; then no input
    assert settings.LOCK_AFTER_MS.get() == 300
    assert casekeys.unlocked(encrypted_case) is None and window.session.state is None
    assert window.central.currentWidget() is window.case_lock.screen
    assert case_text_left(window) == []
    assert len(window.photos.grid_model.cache) == 0 and window.photos.grid_model.rowCount() == 0
    assert "locked" in window.case_lock.screen.prompt.message.text()
    prompt = window.case_lock.screen.prompt
    qtbot.keyClicks(prompt.field, "not the passphrase")
    qtbot.keyClick(prompt.field, Qt.Key.Key_Return)
    assert prompt.error.text() == "Wrong passphrase for this case; nothing was changed."
    assert window.central.currentWidget() is window.case_lock.screen
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.keyClicks(prompt.field, SECRET)
        qtbot.keyClick(prompt.field, Qt.Key.Key_Return)
    assert window.central.currentWidget() is window.tabs
    assert window.tabs.currentWidget() is window.refusals  # where it was
    assert [p.name for p in window.session.state.photos] == [PHOTO_NAME]
    assert window.refusals.model.rowCount() == 1
    window.case_lock.watch.arm(False)


def test_input_reaching_the_window_keeps_the_case_open(window, qtbot, encrypted_case):
    window.show()
    opened(window, qtbot, encrypted_case)
    window.case_lock.set_lock_after(600)
    handle = window.windowHandle()
    for _ in range(8):  # 1.2 s of typing, each key well inside the 600 ms
        QTest.keyClick(handle, Qt.Key.Key_Shift)  # through the QWindow, as a user's keys come
        qtbot.wait(150)
    assert window.session.state is not None and casekeys.unlocked(encrypted_case) is not None
    with qtbot.waitSignal(window.case_lock.locked, timeout=5000):
        pass  # and with no more input it locks
    window.case_lock.watch.arm(False)


def test_lock_now_and_not_while_an_import_runs(window, qtbot, encrypted_case):
    settings.LOCK_AFTER_MS.set(0)  # Off: only Lock now locks
    opened(window, qtbot, encrypted_case)
    assert window.actions.lock_now.isEnabled()
    assert window.actions.lock_now.shortcut().toString() == "Ctrl+L"
    token = window.session.begin_write("Importing photos…")  # as an import writing to the case
    assert not window.case_lock.lock_now()
    assert "Importing photos" in window.statusBar().currentMessage()
    assert window.session.state is not None and casekeys.unlocked(encrypted_case) is not None
    window.session.end_write(token)
    window.actions.lock_now.trigger()
    assert window.session.state is None and casekeys.unlocked(encrypted_case) is None
    assert case_text_left(window) == []
    assert not window.actions.lock_now.isEnabled()


def test_change_passphrase_then_reopen_with_the_new_one(window, qtbot, encrypted_case):
    opened(window, qtbot, encrypted_case)
    dialog = window.case_lock.change_passphrase()
    new = "a different passphrase entirely"
    for field, text in ((dialog.old, "not the passphrase"), (dialog.new, new),
                        (dialog.confirmation, new)):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == "Wrong passphrase for this case; nothing was changed."
    for field, text in ((dialog.old, SECRET), (dialog.new, new), (dialog.confirmation, new)):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with Case.open(encrypted_case) as case:
        assert list(store.log.entries(case))[-1].action == "passphrase-changed"
    window.case_lock.lock_now()
    with pytest.raises(KnownError, match="Wrong passphrase"):
        casekeys.unwrap(encrypted_case, SECRET)
    unlock_by_dialog(window, qtbot, encrypted_case, new)
    assert [p.name for p in window.session.state.photos] == [PHOTO_NAME]


@pytest.fixture
def since() -> float:
    """When the test began (asked for before the case is made, so its files count too)."""
    return time.time() - 1  # a file system's clock may round down


def files_naming_the_case(since: float) -> list[str]:
    """Files under the temp folder written since `since` whose bytes name the venue or photo."""
    names = (VENUE.encode(), PHOTO_NAME.encode())
    found = []
    for folder, _dirs, files in os.walk(tempfile.gettempdir()):
        for name in files:
            path = os.path.join(folder, name)
            try:
                if os.path.islink(path) or os.stat(path).st_mtime < since:
                    continue
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:  # another process's file, gone or not ours to read
                continue
            if any(n in data for n in names):
                found.append(path)
    return found


@pytest.mark.qt_log_ignore(*WEBENGINE_NOISE)
def test_the_map_of_an_encrypted_case_is_never_written_to_the_temp_folder(
        since, window, qtbot, encrypted_case):
    # With the idle lock on (its default): its input filter must not meet Qt WebEngine's
    # objects, which PySide cannot wrap half-built (an application-wide filter crashed here).
    assert case_lock.lock_after_ms() > 0
    window.show()
    opened(window, qtbot, encrypted_case)
    with qtbot.waitSignal(window.map.ready, timeout=20_000):
        window.tabs.setCurrentWidget(window.map)
    assert window.map.page.url().scheme() == "skver-map"
    shown: list[str] = []

    def names_them() -> bool:  # the page does name them (once it is drawn)
        window.map.page.toHtml(shown.append)
        return any(VENUE in html and PHOTO_NAME in html for html in shown)

    qtbot.waitUntil(names_them, timeout=10_000)
    assert files_naming_the_case(since) == []
