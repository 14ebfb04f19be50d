"""Locking an open encrypted case: after a while without input, or at once (File ▸ Lock now).

Locking forgets the case's key (`evidence.casekeys.lock`), empties every view that showed the
case and shows the locked screen, whose passphrase opens the case again where it was. A case is
not locked while a worker is writing to it: the idle lock waits, Lock now says why. Typed work
never keeps it open: the idle lock sets each open form's aside in memory (`gui.case.drafts`)
and unlocking the same case puts the forms back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QStackedWidget, QWidget

from evidence import casekeys
from gui.app import settings
from gui.app.state import CaseState
from gui.case.drafts import SetAside
from gui.case.keyfile_backup import KeyfileBackupDialog
from gui.case.passphrase import ChangePassphraseDialog, LockedScreen
from gui.widgets.text import numerus

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.main_window import MainWindow
    from gui.app.session import CaseSession

LOCK_CHOICES_MIN = (0, 5, 10, 30)  # 0: never
# A lock put off because a worker was writing is tried again this much later.
RETRY_MS = 2000
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}


def lock_after_ms() -> int:
    """The idle time before an encrypted case locks (0: never), from the settings."""
    return settings.LOCK_AFTER_MS.get()


class IdleWatch(QObject):
    """Says `idle` after `lock_after_ms` without user input anywhere in the application.

    The application-wide filter only notes the time of the last input (it sees every event, so
    it stays cheap); the timer, when it fires early, waits for the rest.
    """

    idle = Signal()

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timeout)
        self._last_input = time.monotonic()
        self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False

    def arm(self, active: bool) -> None:
        """Watches (from now) while `active` and the setting is not Off; else stops."""
        self._last_input = time.monotonic()
        interval = lock_after_ms()
        watching = active and interval > 0
        self._filter(watching)
        if watching:
            self.timer.start(interval)
        else:
            self.timer.stop()

    def _filter(self, on: bool) -> None:
        """Watches the input reaching the window's QWindow, only while an encrypted case is
        open. Not the whole application: a Python filter there sees every event of every
        object, Qt WebEngine's half-built ones too, and PySide crashes wrapping them."""
        if on == self._filtering:
            return
        self.window.winId()  # makes the native window, so windowHandle() exists
        handle = self.window.windowHandle()
        if handle is None:
            return
        (handle.installEventFilter if on else handle.removeEventFilter)(self)
        self._filtering = on

    def retry_soon(self) -> None:
        self.timer.start(RETRY_MS)

    @Slot()
    def _on_timeout(self) -> None:
        left = lock_after_ms() - int((time.monotonic() - self._last_input) * 1000)
        if left > 0:
            self.timer.start(left)
        else:
            self.idle.emit()


class CaseLock(QObject):
    """The window's locking: File ▸ Lock now, Lock after idle, Change passphrase, the screen."""

    locked = Signal(str)  # the folder of the case just locked

    def __init__(self, window: MainWindow, session: CaseSession, actions: Actions) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.root: str | None = None      # the locked case
        self._photo: int | None = None    # where it was: the photo and the tab shown
        self._tab = 0
        self.change_dialog: ChangePassphraseDialog | None = None
        self.watch = IdleWatch(window, self)
        self.watch.idle.connect(self._on_idle)
        self.screen = LockedScreen(session)
        actions.lock_now.triggered.connect(self.lock_now)
        actions.change_passphrase.triggered.connect(self.change_passphrase)
        actions.save_keyfile.triggered.connect(self.save_keyfile)
        self.keyfile_dialog: KeyfileBackupDialog | None = None
        self.drafts = SetAside()         # typed work of the case the idle lock locked
        self.drafts_box: QMessageBox | None = None
        self.quit_box: QMessageBox | None = None
        window.case_shown.connect(self._put_back)
        self.idle_menu = QMenu(self.tr("Lock after idle"), window)
        self.idle_group = QActionGroup(self)
        chosen = lock_after_ms()
        for minutes in LOCK_CHOICES_MIN:
            text = self.tr("Off") if minutes == 0 else numerus("CaseLock", "%n minute(s)",
                                                                minutes)
            action = self.idle_group.addAction(text)
            action.setCheckable(True)
            action.setChecked(minutes * 60_000 == chosen)
            action.triggered.connect(lambda _c=False, m=minutes: self.set_lock_after(m * 60_000))
        self.idle_menu.addActions(self.idle_group.actions())
        session.opened.connect(self.case_shown)

    def wrap(self, central: QStackedWidget) -> None:
        """Puts the locked screen beside the window's tabs in its central stack."""
        central.addWidget(self.screen)
        self.central = central

    def set_lock_after(self, ms: int) -> None:
        settings.LOCK_AFTER_MS.set(ms)
        self.watch.arm(self._encrypted_open())

    def _encrypted_open(self) -> bool:
        state = self.session.state
        return state is not None and state.encrypted

    @Slot(object)
    def case_shown(self, state: CaseState) -> None:
        """A case is shown (opened, unlocked): the tabs again, the watch armed."""
        if self.root is not None:
            unlocked_same = state.root == self.root
            self.root = None
            self.central.setCurrentIndex(0)
            if unlocked_same:
                self.window.tabs.setCurrentIndex(self._tab)
                if self._photo is not None:
                    self.window.photos.select_photo(self._photo)
        self.watch.arm(self._encrypted_open())

    def busy_writing(self) -> str | None:
        """What is being written to the case now (a reason not to lock), or None."""
        writers = self.session.writers()
        if writers:
            return self.tr("Work on the case is not finished: {what}").format(
                what="; ".join(w.rstrip("…. ") for w in writers))
        if self.session.is_opening():
            return self.tr("The case is being read.")
        return None

    @Slot()
    def _on_idle(self) -> None:
        """Nobody there: what the tagging form can save is saved; every other form's typed work
        is set aside in memory and its form closed, so nothing typed keeps the case open. Only
        work being written (an import, a save) puts the lock off until it is done."""
        state = self.session.state
        if state is None or not state.encrypted:
            return
        if self.busy_writing() is not None:
            self.watch.retry_soon()  # locked as soon as the work is done
            return
        drafts = self.session.set_aside()
        if drafts:
            self.drafts.keep(state.root, drafts)
        if not self.session.leave(self._lock_when_idle, ask=False):
            self.watch.retry_soon()  # a save being written: locked once it is

    def _lock_when_idle(self) -> None:
        if self._encrypted_open() and self.busy_writing() is None:
            self.lock()

    @Slot()
    def lock_now(self) -> bool:
        """File ▸ Lock now; refused (and said why) while the case is being written. Typed work
        is saved or asked about first (session.leave); True when it locked at once."""
        if not self._encrypted_open():
            return False
        why = self.busy_writing()
        if why is not None:
            self._not_locked(why)
            return False
        return self.session.leave(self._lock_after_leaving) and self.root is not None

    def _lock_after_leaving(self) -> None:
        if not self._encrypted_open():
            return
        why = self.busy_writing()
        if why is not None:
            self._not_locked(why)
        else:
            self.lock()

    def _not_locked(self, why: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("The case was not locked: {why} Lock it when that is done.").format(
                why=why), 10_000)

    def lock(self) -> None:
        state = self.session.state
        assert state is not None
        root = state.root
        self._photo = self.window.photos.current_photo_id()
        self._tab = self.window.tabs.currentIndex()
        if self.change_dialog is not None:
            self.change_dialog.reject()
        if self.drafts_box is not None:
            self.drafts_box.close()
        self.session.close()  # every view empties itself
        casekeys.lock(Path(root))
        self.root = root
        self.screen.lock(root, self.drafts.names() if self.drafts.root == root else [])
        self.central.setCurrentWidget(self.screen)
        self.screen.prompt.field.setFocus()
        self.watch.arm(False)
        self.locked.emit(root)

    # --- typed work set aside by the idle lock ----------------------------------------------

    @Slot(str)
    def _put_back(self, root: str) -> None:
        """A case is shown: the same case unlocked gets its forms back, as typed, and is told;
        another case lets the drafts go."""
        names = self.drafts.names()
        drafts = self.drafts.take_back(root)
        for draft in drafts:
            draft.restore()
        if not drafts:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Unsaved typed work"),
                          self.tr("This is what you had typed and not saved before the case "
                                  "locked itself, put back as you left it."),
                          QMessageBox.StandardButton.Ok, self._top())
        box.setInformativeText(self.tr("Not saved yet: {what}. Save it, or discard it, as "
                                       "usual.").format(what="; ".join(names)))
        box.finished.connect(box.deleteLater)
        box.destroyed.connect(self._box_gone)
        self.drafts_box = box
        box.open()

    @Slot()
    def _box_gone(self) -> None:
        self.drafts_box = None

    def _top(self) -> QWidget:
        """The window's topmost form (a question modal to the window would sit under it)."""
        modal = QApplication.activeModalWidget()
        return modal if modal is not None else self.window

    def keeps_open(self, then: Callable[[], None]) -> bool:
        """The window is closing: typed work set aside by the idle lock is lost if it goes,
        so it asks first (Go back stays; Quit without it runs `then`)."""
        if self.drafts.empty():
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit Skver"),
                          self.tr("Quit and discard what you typed before the case locked "
                                  "itself ({what})?").format(what="; ".join(self.drafts.names())),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setInformativeText(self.tr("It was never saved: it is kept in memory only, until "
                                       "you unlock the case."))
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        go = box.addButton(self.tr("Quit without it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)

        def quit_without() -> None:
            self.drafts.discard()
            then()
        go.clicked.connect(quit_without)
        self.quit_box = box
        box.open()
        return True

    @Slot()
    def change_passphrase(self) -> ChangePassphraseDialog | None:
        """Opens the dialog, its custody entry signed by who is working (asked first, the
        first time); the dialog, when it opened at once."""
        if not self._encrypted_open():
            return None
        if self.change_dialog is not None:
            self.change_dialog.deleteLater()
            self.change_dialog = None
        self.session.as_actor(self._open_change_dialog)
        return self.change_dialog

    @Slot()
    def save_keyfile(self) -> KeyfileBackupDialog | None:
        """File ▸ Save a copy of the keyfile…: the open encrypted case's, where the user
        chooses; the dialog, or None when no encrypted case is open."""
        state = self.session.state
        if not self._encrypted_open() or state is None:
            return None
        self.keyfile_dialog = KeyfileBackupDialog(Path(state.root), parent=self.window)
        self.keyfile_dialog.open()
        return self.keyfile_dialog

    @Slot(bool)
    def _on_passphrase_changed(self, rotated: bool) -> None:
        self.window.statusBar().showMessage(self.tr(
            "The passphrase and the data key were changed; no old copy of the keyfile opens "
            "the case.") if rotated else self.tr(
            "The passphrase was changed; old copies of the keyfile still open the case with "
            "the old passphrase."), 10_000)

    def _open_change_dialog(self, actor: str) -> None:
        self.change_dialog = ChangePassphraseDialog(self.session, actor, self.window)
        self.change_dialog.changed.connect(self._on_passphrase_changed)
        self.change_dialog.open()
