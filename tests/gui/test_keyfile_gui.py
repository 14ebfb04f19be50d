"""The window's side of the keyfile and the data key: a copy of the keyfile offered as an
encrypted case is made and after its passphrase changes, the quick change said honestly, and
Change passphrase able to change the data key too (every file encrypted again, the case shown
on the new key at once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence import casekeys, store
from evidence.errors import KnownError
from evidence.store import Case
from gui.app.main_window import MainWindow
from gui.case import keyfile_backup
from gui.widgets.workers import SynchronousRunner
from tests.gui.test_encrypted_gui import PHOTO_NAME, SECRET, create_through_dialog, fill, opened

NEW = "a different passphrase entirely"


@pytest.fixture(autouse=True)
def _forget_keys(monkeypatch):
    monkeypatch.delenv("SKVER_PASSPHRASE", raising=False)
    yield
    casekeys.lock()


@pytest.fixture
def encrypted_case(qtbot, tmp_path: Path) -> Path:
    """An encrypted case made through File ▸ New case in a window of its own, filled, then
    locked (as tests/gui/test_encrypted_gui.py makes it)."""
    folder = tmp_path / "secret-case"
    creator = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(creator)
    create_through_dialog(creator, qtbot, folder)
    creator.close()
    creator.case_lock.watch.arm(False)
    fill(folder, tmp_path)
    casekeys.lock(folder)
    return folder


def choose_file(monkeypatch, path: Path) -> None:
    """The save dialog answers with `path`, as a user choosing it would."""
    monkeypatch.setattr(keyfile_backup.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kw: (str(path), "")))


def test_a_new_encrypted_case_offers_a_copy_of_its_keyfile(window, qtbot, tmp_path,
                                                          monkeypatch):
    folder = tmp_path / "new-case"
    create_through_dialog(window, qtbot, folder)
    offer = window.shell.new_case_dialog.backup_dialog
    assert offer is not None and offer.isVisible()
    assert "damaged" in offer.message.text() and "USB" in offer.message.text()
    copy = tmp_path / "usb" / "new-case.keyfile"
    choose_file(monkeypatch, copy)
    qtbot.mouseClick(offer.save_button, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == (folder / "keyfile").read_bytes()
    assert str(copy) in offer.result_label.text() and offer.result_label.isVisible()
    assert offer.later_button.text() == "Close"
    # A second save over it is refused, said in the dialog, the copy left as it was.
    qtbot.mouseClick(offer.save_button, Qt.MouseButton.LeftButton)
    assert "already exists" in offer.error.text() and offer.error.isVisible()
    # The copy is what brings a ruined keyfile back.
    (folder / "keyfile").write_bytes(b"\0" * 243)
    casekeys.lock()
    with pytest.raises(KnownError, match="damaged"):
        Case.open(folder, passphrase=SECRET)
    (folder / "keyfile").write_bytes(copy.read_bytes())
    Case.open(folder, passphrase=SECRET).close()


def test_a_plain_case_is_offered_no_keyfile(window, qtbot, tmp_path):
    window.actions.new_case.trigger()
    dialog = window.shell.new_case_dialog
    qtbot.keyClicks(dialog.folder, str(tmp_path / "plain"))
    qtbot.keyClicks(dialog.title, "Plain")
    dialog.bundled.setChecked(False)
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.backup_dialog is None


def change(window, qtbot, *, rotate: bool):
    dialog = window.case_lock.change_passphrase()
    assert "old passphrase still opens any copy of the old keyfile" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.error)))
    assert not dialog.rotate.isChecked()  # the quick change unless asked
    for field, text in ((dialog.old, SECRET), (dialog.new, NEW), (dialog.confirmation, NEW)):
        qtbot.keyClicks(field, text)
    dialog.rotate.setChecked(rotate)
    with qtbot.waitSignal(dialog.changed, timeout=60_000) as changed:
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert changed.args == [rotate]
    return dialog


def test_the_quick_change_says_old_keyfiles_still_open_and_offers_a_new_copy(
        window, qtbot, encrypted_case):
    opened(window, qtbot, encrypted_case)
    old_keyfile = (encrypted_case / "keyfile").read_bytes()
    dialog = change(window, qtbot, rotate=False)
    assert "still open the case with the old passphrase" in \
        window.statusBar().currentMessage()
    assert dialog.backup_dialog is not None and dialog.backup_dialog.isVisible()
    assert "replace them" in dialog.backup_dialog.message.text()
    # What the words say: the old keyfile put back opens the case with the old passphrase.
    (encrypted_case / "keyfile").write_bytes(old_keyfile)
    assert casekeys.unwrap(encrypted_case, SECRET) == casekeys.unlocked(encrypted_case)


def test_changing_the_data_key_too_reencrypts_and_shows_the_case_on_the_new_key(
        window, qtbot, encrypted_case):
    opened(window, qtbot, encrypted_case)
    old_keyfile = (encrypted_case / "keyfile").read_bytes()
    old_key = casekeys.unlocked(encrypted_case)
    old_names = {p.relative_to(encrypted_case) for p in (encrypted_case / "originals").rglob("*")
                 if p.is_file()}
    dialog = change(window, qtbot, rotate=True)
    assert "no old copy of the keyfile opens the case" in window.statusBar().currentMessage()
    assert "no longer open the case" in dialog.backup_dialog.message.text()
    new_key = casekeys.unlocked(encrypted_case)
    assert new_key != old_key
    assert not old_names & {p.relative_to(encrypted_case) for p in
                            (encrypted_case / "originals").rglob("*") if p.is_file()}
    # The window shows the case as before, its thumbnail read under the new key.
    state = window.session.state
    assert [p.name for p in state.photos] == [PHOTO_NAME]
    with Case.open(encrypted_case) as case:
        assert list(store.log.entries(case))[-1].action == "data-key-rotated"
        assert case.files.read_bytes(state.photos[0].stored_path)
    # The old keyfile put back opens nothing any more.
    (encrypted_case / "keyfile").write_bytes(old_keyfile)
    casekeys.lock()
    with pytest.raises(KnownError, match="cannot be decrypted"):
        Case.open(encrypted_case, passphrase=SECRET)


def test_a_damaged_keyfile_is_said_as_damage_with_the_way_back(window, qtbot, encrypted_case):
    (encrypted_case / "keyfile").write_bytes(b"\0" * 243)
    window.open_case(str(encrypted_case))
    dialog = window.shell.passphrase_dialog
    with qtbot.waitSignal(window.session.unlock_refused, timeout=30_000):
        qtbot.keyClicks(dialog.prompt.field, SECRET)
        qtbot.keyClick(dialog.prompt.field, Qt.Key.Key_Return)
    shown = dialog.prompt.error.text()
    assert shown.startswith("The case's keyfile is damaged") and "Save a copy…" in shown
    assert "Wrong passphrase" not in shown


def test_file_menu_saves_a_copy_of_the_open_encrypted_cases_keyfile(window, qtbot,
                                                                    encrypted_case, tmp_path,
                                                                    monkeypatch):
    assert not window.actions.save_keyfile.isEnabled()  # no case open
    opened(window, qtbot, encrypted_case)
    assert window.actions.save_keyfile.isEnabled()
    assert window.actions.save_keyfile in window.menuBar().actions()[0].menu().actions()
    window.actions.save_keyfile.trigger()
    offer = window.case_lock.keyfile_dialog
    assert offer is not None and offer.isVisible()
    copy = tmp_path / "later.keyfile"
    choose_file(monkeypatch, copy)
    qtbot.mouseClick(offer.save_button, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == (encrypted_case / "keyfile").read_bytes()
    window.case_lock.lock_now()
    assert not window.actions.save_keyfile.isEnabled()  # locked: nothing to copy from here
