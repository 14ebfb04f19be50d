"""When what the tagging form says is saved, corrected or withdrawn: nothing typed is lost.

The form (`gui.photos.tagging.TaggingPanel`) shows what the reviewer working now recorded for
the current photo: their latest observation in effect. Leaving the photo in any way (Enter,
another photo clicked or reached by the arrow keys, the map, the window closed) saves what
changed, as a new observation or as the correction of the one shown, and the status bar says
so; a form that cannot be saved as it is (a people count that is not a number; everything
cleared from a recorded observation, which would be a withdrawal) asks instead. A reviewer
withdraws their observation of the current photo (the form's button, Photos ▸ Withdraw my
observation…) or the last one they recorded in this window (Ctrl+Z), each after confirming.
Each is a new custody entry naming the earlier observation (evidence/observations.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from evidence import observations, store
from evidence.model import Observation
from gui.app import identity
from gui.case.drafts import Draft as HeldDraft
from gui.case.drafts import Typed
from gui.photos.tagging import Draft, TaggingPanel, save_draft, withdraw_observation
from gui.widgets import vocabulary

if TYPE_CHECKING:
    from gui.app.session import CaseSession
    from gui.app.state import CaseState


class WithdrawDialog(QDialog):
    """Asks before an observation is withdrawn, with an optional reason; `reason` once
    accepted."""

    def __init__(self, photo_id: int, observation: Observation, parent: QWidget | None = None,
                 *, discards: bool = False) -> None:
        super().__init__(parent)
        self.observation = observation
        self.setWindowTitle(self.tr("Withdraw the observation"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        what = describe(observation) or self.tr("(nothing)")
        intro = QLabel(self.tr(
            "Withdraw your observation {id} of photo {photo}: {what}?").format(
            id=observation.id, photo=photo_id, what=what))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        after = QLabel(self.tr(
            "It stays in the case and in the custody log, marked withdrawn, and no longer "
            "counts towards any verdict."))
        after.setWordWrap(True)
        after.setStyleSheet("color: gray")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(after)
        if discards:
            lost = QLabel(self.tr("What you changed in the form and did not save is "
                                  "discarded."))
            lost.setWordWrap(True)
            layout.addWidget(lost)
        layout.addWidget(QLabel(self.tr("Why (optional; kept with the withdrawal):")))
        self.reason = QLineEdit()
        self.reason.setMaxLength(observations.MAX_NOTE)
        self.reason.setPlaceholderText(self.tr("e.g. another day's photo"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.withdraw_button = self.buttons.addButton(
            self.tr("Withdraw"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


def describe(observation: Observation) -> str:
    """What an observation says, in the window's words: tags, count, note."""
    said = [vocabulary.tag(t.value) for t in observation.tags]
    if observation.people_count is not None:
        said.append(QCoreApplication.translate("Observing", "{n} people").format(
            n=observation.people_count))
    if observation.note:
        said.append(f"“{observation.note}”")
    return ", ".join(said)


class Observing(QObject):
    """Saves, corrects and withdraws the reviewer's observations from the tagging form."""

    def __init__(self, session: CaseSession, panel: TaggingPanel, window: Callable[[], QWidget],
                 select: Callable[[int], bool], message: Callable[[str], None]) -> None:
        """`window`: the widget questions are modal to; `select(photo_id)` makes a photo the
        current one; `message` says something in the status bar."""
        super().__init__(panel)
        self.session, self.panel = session, panel
        self.window, self.select, self.message = window, select, message
        self.root: str | None = None          # the case the form's photo belongs to
        self.pending: dict[int, Draft] = {}   # handed to the session, not yet written
        self.held: dict[int, Draft] = {}      # typed, not saved (refused): shown again
        self.naming: set[int] = set()         # photos whose save waits for who is working
        self.after_naming: dict[int, Callable[[], None]] = {}   # then: the next photo
        self.made: list[int] = []             # observations recorded in this window
        self.question: QMessageBox | None = None
        self.withdraw_dialog: WithdrawDialog | None = None
        self._close_after: Callable[[], None] | None = None
        self._leaving = False                 # the question is about leaving the case
        panel.withdraw_requested.connect(self.withdraw_current)
        session.guard_leaving(self.ready_to_leave)
        session.keep_drafts(self.set_aside)

    # --- the photo shown ----------------------------------------------------------------------

    def show(self, photo_id: int | None, state: CaseState | None) -> None:
        """The form for `photo_id` of `state`'s case: what was typed on the photo it leaves is
        saved (or asked about) first; the same photo again is read again, keeping what was
        typed."""
        root = None if state is None else state.root
        if photo_id is not None and photo_id == self.panel.photo_id and root == self.root:
            self.held.pop(photo_id, None)   # the form shows it
            self._rebase(state)
            return
        self.leave()
        self.root = root
        if photo_id is None or state is None:
            self.panel.set_photo(None)
            return
        saved, mine, withdrawn = self._mine(state, photo_id)
        baseline = self.pending.get(photo_id) or Draft.of(saved)
        self.panel.show_photo(photo_id, saved, baseline, saving=photo_id in self.pending,
                              mine=mine, shown=self.held.pop(photo_id, None),
                              withdrawn=withdrawn)

    def _rebase(self, state: CaseState | None) -> None:
        photo_id = self.panel.photo_id
        if state is None or photo_id is None:
            return
        saved, mine, withdrawn = self._mine(state, photo_id)
        self.panel.rebase(saved, self.pending.get(photo_id) or Draft.of(saved),
                          saving=photo_id in self.pending, mine=mine, withdrawn=withdrawn)

    @staticmethod
    def _mine(state: CaseState, photo_id: int) -> tuple[Observation | None, int, bool]:
        """The reviewer's latest observation of the photo in effect, how many they have, and
        whether all they recorded of it was withdrawn."""
        name = identity.name()
        if name is None:
            return None, 0, False
        rows = state.data.history_of(photo_id)
        mine = [o for o in store.observations.in_effect(rows) if o.reviewer == name]
        ever = any(o.reviewer == name for o in rows)
        return observations.latest_of(rows, name), len(mine), ever and not mine

    # --- leaving and saving -------------------------------------------------------------------

    def leave(self) -> bool:
        """The form's photo is being left: what changed is saved; True unless it had to ask
        (what was typed is then kept for the photo, and the question is open)."""
        photo_id = self.panel.photo_id
        if photo_id is None or not self.panel.is_dirty():
            return True
        draft = self.panel.draft()
        problem = self.panel.people_problem()
        if problem is not None:
            self.held[photo_id] = draft
            self._ask_count(photo_id, problem)
            return False
        if draft.is_empty() and self.panel.saved is not None:
            self._ask_cleared(photo_id, self.panel.saved)
            return False
        self.save(photo_id, draft)
        return True

    def submit(self, photo_id: int, move_on: Callable[[], None]) -> None:
        """Enter on the form's photo: what changed is saved (or asked about) and, unless it
        asked, the next photo shown."""
        if photo_id != self.panel.photo_id:
            move_on()
        elif self.leave():
            if photo_id in self.naming:   # moves on once who is working is known
                self.after_naming[photo_id] = move_on
            else:
                move_on()

    def save(self, photo_id: int, draft: Draft) -> None:
        """Hands what the form says to the session, signed by who is working."""
        root = self.root
        session = self.session
        if session.state is None or root is None or session.state.root != root:
            self.message(self.tr("Your changes to photo {id} were not saved: its case is no "
                                 "longer open.").format(id=photo_id))
            return
        self.pending[photo_id] = draft
        if photo_id == self.panel.photo_id:
            self.panel.mark_saving(draft)
        self.naming.add(photo_id)   # until who is working is known (asked the first time)

        def write(reviewer: str) -> None:
            self.naming.discard(photo_id)
            queued = session.write(
                self.tr("Saving the observation…"),
                lambda case: save_draft(case, photo_id, reviewer, draft),
                done=lambda stored: self._saved(photo_id, draft, stored),
                refused=lambda why: self._refused(photo_id, draft, why))
            if not queued:
                self._refused(photo_id, draft, self.tr("its case is no longer open."))
            then = self.after_naming.pop(photo_id, None)
            if then is not None and queued:
                then()

        session.as_actor(write, refused=lambda why: self._refused(photo_id, draft, why))

    def _saved(self, photo_id: int, draft: Draft, stored: Observation | None) -> None:
        if self.pending.get(photo_id) is draft:
            del self.pending[photo_id]
        if stored is not None:
            assert stored.id is not None
            self.made.append(stored.id)
            self.message(self._saved_text(stored))
        self._rebase(self.session.state)
        self._closing_step()

    def _saved_text(self, stored: Observation) -> str:
        if stored.replaces is not None:
            return self.tr("Photo {id}: your correction of observation {earlier} saved "
                           "(observation {new}).").format(id=stored.photo_id,
                                                          earlier=stored.replaces,
                                                          new=stored.id)
        return self.tr("Photo {id}: observation {new} saved.").format(id=stored.photo_id,
                                                                      new=stored.id)

    def _refused(self, photo_id: int, draft: Draft, why: str) -> None:
        """Not saved: what was typed is kept for the photo and shown when it is shown again
        (the window closing asks whether to close without it)."""
        self.naming.discard(photo_id)
        self.after_naming.pop(photo_id, None)
        if self.pending.get(photo_id) is draft:
            del self.pending[photo_id]
        self.message(self.tr("Not saved (photo {id}): {why}").format(id=photo_id, why=why))
        if photo_id == self.panel.photo_id:
            saved = self.panel.saved
            self.panel.show_photo(photo_id, saved, Draft.of(saved), saving=False,
                                  mine=self.panel.mine, shown=draft,
                                  withdrawn=self.panel.withdrawn)
        else:
            self.held[photo_id] = draft
        if self._close_after is not None:
            self._ask_unsaved()

    # --- questions ----------------------------------------------------------------------------

    def _ask(self, text: str, buttons: list[tuple[str, QMessageBox.ButtonRole,
                                                  Callable[[], None]]]) -> QMessageBox:
        """A question modal to the window, not blocking; each button does its part."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Your observation"), text,
                          QMessageBox.StandardButton.NoButton, self.window())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setTextFormat(Qt.TextFormat.PlainText)   # a note or a count typed is shown as is
        for label, role, act in buttons:
            button = box.addButton(label, role)
            button.clicked.connect(lambda _checked=False, act=act: act())
        box.finished.connect(box.deleteLater)
        self.question = box
        box.open()
        return box

    def _ask_count(self, photo_id: int, typed: str) -> None:
        def back() -> None:
            self._close_after = None
            if self.panel.photo_id == photo_id:
                self.held.pop(photo_id, None)   # still shown: Enter asked
            else:
                self.select(photo_id)           # shows what was held
            self.panel.to_people()

        def discard() -> None:
            self.held.pop(photo_id, None)
            if self.panel.photo_id == photo_id:
                self.panel.fill(self.panel.baseline)
            self._closing_step()

        self._ask(self.tr("Photo {id}: “{typed}” is not a number of people, so your changes "
                          "to it were not saved.").format(id=photo_id, typed=typed),
                  [(self.tr("Go back to photo {id}").format(id=photo_id),
                    QMessageBox.ButtonRole.RejectRole, back),
                   (self.tr("Discard the changes"), QMessageBox.ButtonRole.DestructiveRole,
                    discard)])

    def _ask_cleared(self, photo_id: int, saved: Observation) -> None:
        """Everything cleared from a recorded observation: withdraw it, or keep it."""
        self.held.pop(photo_id, None)

        def keep() -> None:
            if self.panel.photo_id == photo_id:
                self.panel.fill(self.panel.baseline)
            self._closing_step()

        def withdraw() -> None:
            self.ask_withdraw(photo_id, saved, then=self._closing_step)

        self._ask(self.tr("Photo {id}: you cleared everything from your observation {obs}. "
                          "Withdraw it?").format(id=photo_id, obs=saved.id),
                  [(self.tr("Withdraw it…"), QMessageBox.ButtonRole.AcceptRole, withdraw),
                   (self.tr("Keep it as saved"), QMessageBox.ButtonRole.RejectRole, keep)])
        if self.panel.photo_id == photo_id:
            self.panel.fill(self.panel.baseline)

    # --- withdrawing --------------------------------------------------------------------------

    @Slot()
    def withdraw_current(self) -> None:
        """Photos ▸ Withdraw my observation…: of the current photo, after confirming."""
        photo_id, saved = self.panel.photo_id, self.panel.saved
        if photo_id is None:
            return
        if saved is None:
            self.message(self.tr("You have no observation of photo {id} to withdraw.").format(
                id=photo_id))
            return
        self.ask_withdraw(photo_id, saved, discards=self.panel.is_dirty())

    @Slot()
    def withdraw_last(self) -> None:
        """Ctrl+Z: the last observation recorded in this window that still counts, after
        confirming."""
        state = self.session.state
        counting = set() if state is None else {
            o.id for seen in state.data.observations.values() for o in seen}
        last = next((i for i in reversed(self.made) if i in counting), None)
        if state is None or last is None:
            self.message(self.tr("Nothing to withdraw: no observation you recorded in this "
                                 "window still counts."))
            return
        found = next(o for seen in state.data.observations.values() for o in seen
                     if o.id == last)
        self.ask_withdraw(found.photo_id, found,
                          discards=self.panel.photo_id == found.photo_id and
                          self.panel.is_dirty())

    def ask_withdraw(self, photo_id: int, observation: Observation, *, discards: bool = False,
                     then: Callable[[], None] | None = None) -> WithdrawDialog:
        if self.withdraw_dialog is not None:
            self.withdraw_dialog.deleteLater()
        dialog = WithdrawDialog(photo_id, observation, self.window(), discards=discards)
        self.withdraw_dialog = dialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._withdraw(observation, dialog.reason.text().strip())
            elif then is not None:
                self._close_after = None
        dialog.finished.connect(finished)
        if then is not None:
            dialog.accepted.connect(then)
        dialog.open()
        return dialog

    def _withdraw(self, observation: Observation, reason: str) -> None:
        photo_id, observation_id = observation.photo_id, observation.id or 0
        reviewer = observation.reviewer
        if self.panel.photo_id == photo_id:
            self.panel.fill(self.panel.baseline)   # what was typed on it goes
        self.session.write(
            self.tr("Withdrawing the observation…"),
            lambda case: withdraw_observation(case, observation_id, reviewer, reason),
            done=lambda _withdrawal: self.message(self.tr(
                "Photo {id}: your observation {obs} was withdrawn; it no longer "
                "counts.").format(id=photo_id, obs=observation_id)),
            refused=self.message)

    # --- the window closing -------------------------------------------------------------------

    def ready_to_close(self, close: Callable[[], None], *, leaving: bool = False) -> bool:
        """The window is closing (`leaving`: the case is left): True when nothing typed would
        be lost (what changed is handed to the session, which the window waits for). False
        when it asks first, or a save waits for who is working to be named; `close` runs once
        that is settled."""
        self._leaving = leaving
        asked = not self.leave()
        if asked or self.naming:
            self._close_after = close
            return False
        if self.held or self.panel.is_dirty():   # refused at once: kept, and asked about
            self._close_after = close
            self._ask_unsaved()
            return False
        return True

    def ready_to_leave(self, then: Callable[[], None], ask: bool = True) -> bool:
        """The case is being left (locked, another opened or created): as when the window
        closes, what changed is saved or asked about, and the saves must be written first (a
        lock forgets the case's key). False while it asks or waits; `then` runs after. Without
        `ask`, False (and nothing saved) when saving would need a question or a name. The
        window closing (`session.closing`): as `ready_to_close`, the window waits for saves."""
        if self.session.closing:
            return self.ready_to_close(then)
        if not ask and (self.held or self._would_ask() or (
                self.panel.is_dirty() and identity.name() is None)):
            return False
        if not self.ready_to_close(then, leaving=True):
            return False
        if self.pending:   # handed to the session, not yet written: leave once it is
            self._close_after = then
            return False
        return True

    def set_aside(self) -> HeldDraft | None:
        """The idle lock: changes that cannot be saved as they are (a count that is not a
        number, everything cleared from a recorded observation, nobody named to sign them, or
        kept after a refused save) as a draft held in memory; what can be saved is saved as the
        case is left (`ready_to_leave`). Unlocked again, each photo shows its changes."""
        drafts = dict(self.held)
        photo_id = self.panel.photo_id
        people = None
        if photo_id is not None and self.panel.is_dirty() and (
                self._would_ask() or identity.name() is None):
            drafts[photo_id] = self.panel.draft()
            people = self.panel.people_problem()
            self.panel.fill(self.panel.baseline)
        if not drafts:
            return None
        self.held.clear()
        self._close_after = None
        if self.question is not None:   # nobody is there to answer it
            self.question.close()
        held = Typed()
        for photo, draft in drafts.items():
            held.keep(f"note {photo}", draft.note)
            held.values[str(photo)] = (set(draft.tags), draft.people, draft.at_s)
        held.keep("people", people or "")
        drafts.clear()
        photos = ", ".join(held.values)

        def what() -> str:
            return self.tr("your changes to photo(s) {photos}").format(photos=photos)

        def restore() -> None:
            for key, (tags, count, at_s) in held.values.items():
                self.held[int(key)] = Draft(tags, count, held.text(f"note {key}"), at_s)
            current = self.panel.photo_id
            if current is not None and current in self.held:   # shown: filled at once
                self.panel.fill(self.held.pop(current))
                if current == photo_id and held.text("people"):
                    self.panel.people.lineEdit().setText(held.text("people"))
            held.wipe()
        return HeldDraft(what, restore, held.wipe)

    def _would_ask(self) -> bool:
        """Whether leaving the form's photo now would ask rather than save."""
        if self.panel.photo_id is None or not self.panel.is_dirty():
            return False
        return self.panel.people_problem() is not None or (
            self.panel.draft().is_empty() and self.panel.saved is not None)

    def _ask_unsaved(self) -> None:
        """The window closing (or the case left) with changes that could not be saved: go
        without them?"""
        if self.panel.photo_id is not None and self.panel.is_dirty():
            self.held[self.panel.photo_id] = self.panel.draft()
            self.panel.fill(self.panel.baseline)
        photos = ", ".join(str(p) for p in sorted(self.held))

        def discard() -> None:
            self.held.clear()
            self._closing_step()

        def back() -> None:
            self._close_after = None
            first = min(self.held)
            if first == self.panel.photo_id:
                self.panel.fill(self.held.pop(first))
            else:
                self.select(first)

        if self._leaving:
            text = self.tr("Your changes to photo(s) {photos} could not be saved. Leave the "
                           "case without them?").format(photos=photos)
            go = self.tr("Leave without them")
        else:
            text = self.tr("Your changes to photo(s) {photos} could not be saved. Close "
                           "without them?").format(photos=photos)
            go = self.tr("Close without them")
        self._ask(text,
                  [(go, QMessageBox.ButtonRole.DestructiveRole, discard),
                   (self.tr("Go back"), QMessageBox.ButtonRole.RejectRole, back)])

    def _closing_step(self) -> None:
        """After a question was answered (or a save landed) while the window was closing: it
        closes now, unless something still waits."""
        close = self._close_after
        if close is not None and not self.pending and not self.naming:
            self._close_after = None
            QTimer.singleShot(0, close)

