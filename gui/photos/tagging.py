"""Fast observation tagging from the keyboard: 1–9 toggle tags, P people, N note, Enter saves.

The keys work while the photo table or grid has the focus (an event filter on both). The form
shows what the reviewer working now has recorded for the photo (their latest observation in
effect) and whether what it shows is saved. Enter, or leaving the photo any other way, hands
what changed to the case session (`gui.photos.observing` decides when) and moves on at once;
the session saves it on its worker, a change to a recorded observation as its correction, and
the refusals it bears on are judged again there, so nothing typed meanwhile waits or is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evidence import observations
from evidence.model import Observation, Tag
from evidence.store import Case
from gui.app.session import Written
from gui.app.state import Refresh
from gui.widgets import vocabulary

# By key code (an int): a key outside Qt.Key's members, a Cyrillic letter say, must not raise.
TAG_KEYS = {Qt.Key.Key_1.value + n: tag for n, tag in enumerate(Tag)}
NO_COUNT = -1   # the spin box's "not counted" value
MAX_PEOPLE = 1_000_000
_CHORDS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
           | Qt.KeyboardModifier.MetaModifier)
_ENTER = (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value)


@dataclass
class Draft:
    """What the reviewer has said so far about the current photo."""

    tags: set[Tag] = field(default_factory=set)
    people: int | None = None
    note: str = ""
    at_s: float | None = None       # of a video: the moment it names

    @classmethod
    def of(cls, observation: Observation | None) -> Draft:
        """What an observation says, as the form shows it (nothing: an empty draft)."""
        if observation is None:
            return cls()
        return cls(set(observation.tags), observation.people_count, observation.note.strip(),
                   observation.at_s)

    def is_empty(self) -> bool:
        return not self.tags and self.people is None and not self.note.strip()

    def says(self, other: Draft) -> bool:
        """Whether the two say the same (a note's surrounding spaces aside)."""
        return (self.tags, self.people, self.note.strip(), self.at_s) == \
            (other.tags, other.people, other.note.strip(), other.at_s)

    def sorted_tags(self) -> tuple[Tag, ...]:
        return tuple(sorted(self.tags, key=lambda t: t.value))


def _t(text: str) -> str:
    return QCoreApplication.translate("TaggingPanel", text)


class TaggingPanel(QWidget):
    """The legend of keys, the head count and the note for the current photo, and a line
    saying whether what the form shows is saved."""

    # The reviewer pressed Enter: (photo id, tags, people count or None, note).
    submitted = Signal(int, list, object, str)
    # Escape in a field: the keys go back to the photos.
    leave_fields = Signal()
    # The reviewer asked to withdraw the observation the form shows.
    withdraw_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo_id: int | None = None
        self.saved: Observation | None = None   # the reviewer's observation in effect
        self.baseline = Draft()                 # what is saved, or being saved
        self.saving = False                     # the baseline is on its way to the case
        self.mine = 0                           # the reviewer's observations in effect
        self.withdrawn = False                  # theirs were all withdrawn
        self.video = False                      # the file in hand is a video
        self.boxes: dict[Tag, QCheckBox] = {}
        legend = QGridLayout()
        legend.setHorizontalSpacing(14)
        legend.setVerticalSpacing(2)
        for number, tag in enumerate(Tag):
            box = QCheckBox(f"{number + 1}  {vocabulary.tag(tag.value)}")
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the photos
            box.toggled.connect(self._edited)
            legend.addWidget(box, number // 3, number % 3)
            self.boxes[tag] = box
        self.people = QSpinBox()
        self.people.setRange(NO_COUNT, MAX_PEOPLE)
        self.people.setSpecialValueText(self.tr("not counted"))
        self.people.setValue(NO_COUNT)
        self.people.setAccelerated(True)
        self.people.lineEdit().textEdited.connect(self._edited)
        self.people.valueChanged.connect(self._edited)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self._note_hint())
        self.note.setMaxLength(observations.MAX_NOTE)
        self.note.textChanged.connect(self._edited)
        for entry in (self.people, self.note):
            entry.installEventFilter(self)
        fields = QHBoxLayout()
        fields.addWidget(QLabel(self.tr("P  People")))
        fields.addWidget(self.people)
        fields.addSpacing(12)
        fields.addWidget(QLabel(self.tr("N  Note")))
        fields.addWidget(self.note, 1)
        # a video's moment the observation names: set from the frame shown (gui/photos/frames)
        self.at_s: float | None = None
        self.moment = QLabel()
        self.clear_moment = QPushButton(self.tr("No moment"))
        self.clear_moment.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_moment.setToolTip(self.tr("The observation names no moment of the video"))
        self.clear_moment.clicked.connect(lambda: self.set_moment(None))
        self.moment_row = QWidget()
        moment_layout = QHBoxLayout(self.moment_row)
        moment_layout.setContentsMargins(0, 0, 0, 0)
        moment_layout.addWidget(self.moment, 1)
        moment_layout.addWidget(self.clear_moment)
        self.moment_row.setVisible(False)
        self.hint = QLabel(self.tr("Keys 1–9 toggle a tag, P the people count, N a note; "
                                   "Enter saves the observation and moves to the next photo."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: gray")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.withdraw_button.setToolTip(self.tr(
            "Withdraw your observation of this photo: it stays in the custody log, marked "
            "withdrawn, and no longer counts."))
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        state = QHBoxLayout()
        state.addWidget(self.status, 1)
        state.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(legend)
        layout.addLayout(fields)
        layout.addWidget(self.moment_row)
        layout.addWidget(self.hint)
        layout.addLayout(state)
        self.set_photo(None)

    # --- the photo in hand ------------------------------------------------------------------

    def set_photo(self, photo_id: int | None) -> None:
        """Tags this photo next, from scratch (None: a loose file or nothing, which cannot be
        tagged)."""
        self.show_photo(photo_id, None, Draft(), saving=False, mine=0)

    def show_photo(self, photo_id: int | None, saved: Observation | None, baseline: Draft,
                   *, saving: bool, mine: int, shown: Draft | None = None,
                   withdrawn: bool = False) -> None:
        """Shows `shown` (else `baseline`) for the photo: `saved` is the reviewer's observation
        in effect (`mine`: how many they have; `withdrawn`: none, theirs were withdrawn),
        `baseline` what is saved or, `saving`, on its way to the case."""
        self.photo_id, self.saved, self.baseline = photo_id, saved, baseline
        self.saving, self.mine, self.withdrawn = saving, mine, withdrawn
        self.fill(shown or baseline)
        self.setEnabled(photo_id is not None)

    def rebase(self, saved: Observation | None, baseline: Draft, *, saving: bool,
               mine: int, withdrawn: bool = False) -> None:
        """The same photo, its saved state read again: what was typed since stays, else the
        form shows what is now saved."""
        typed = self.draft() if self.is_dirty() else None
        self.show_photo(self.photo_id, saved, baseline, saving=saving, mine=mine, shown=typed,
                        withdrawn=withdrawn)

    def fill(self, draft: Draft) -> None:
        for tag, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(tag in draft.tags)
            box.blockSignals(False)
        self.people.blockSignals(True)
        self.people.setValue(NO_COUNT if draft.people is None else draft.people)
        self.people.blockSignals(False)
        self.note.blockSignals(True)
        self.note.setText(draft.note)
        self.note.blockSignals(False)
        self.at_s = draft.at_s
        self._say_moment()
        self._edited()

    def set_video(self, video: bool) -> None:
        """Whether the photo in hand is a video, whose observation can name a moment (and
        whose status line and note say video, not photo)."""
        self.video = video
        self.moment_row.setVisible(video)
        self.note.setPlaceholderText(self._note_hint())
        self._say_moment()
        self._edited()

    def _note_hint(self) -> str:
        return self.tr("What the video shows, in a sentence") if self.video else \
            self.tr("What the photo shows, in a sentence")

    def set_moment(self, seconds: float | None) -> None:
        """The moment of the video the observation names (None: none)."""
        if self.photo_id is None:
            return
        self.at_s = seconds
        self._say_moment()
        self._edited()

    def _say_moment(self) -> None:
        self.moment.setText(
            self.tr("The observation names no moment of the video: choose a frame above and "
                    "press “Use this moment for the observation”.") if self.at_s is None else
            self.tr("The observation names the frame at {moment} from the video's start.")
            .format(moment=observations.moment_text(self.at_s)))
        self.clear_moment.setEnabled(self.at_s is not None)

    def clear(self) -> None:
        self.fill(Draft())

    def draft(self) -> Draft:
        return Draft({t for t, box in self.boxes.items() if box.isChecked()},
                     self.people_count(), self.note.text().strip(),
                     self.at_s if self.moment_row.isVisibleTo(self) else None)

    def people_count(self) -> int | None:
        """The count typed (None: not counted, or the box emptied)."""
        text = self.people.cleanText().strip()
        if self.people.value() == NO_COUNT or not text or not text.isdigit():
            return None
        return int(text)

    def people_problem(self) -> str | None:
        """What is in the people box when it is not a count (e.g. "-"), or None."""
        text = self.people.text().strip()
        if self.people.value() == NO_COUNT and text == self.people.specialValueText():
            return None
        clean = self.people.cleanText().strip()
        return None if not clean or clean.isdigit() else clean

    def is_dirty(self) -> bool:
        """Whether the form says something other than what is saved (or being saved)."""
        return self.photo_id is not None and (
            not self.draft().says(self.baseline) or self.people_problem() is not None)

    def mark_saving(self, draft: Draft) -> None:
        """What the form shows is on its way to the case."""
        self.baseline, self.saving = draft, True
        self._edited()

    def toggle(self, tag: Tag) -> None:
        box = self.boxes[tag]
        box.setChecked(not box.isChecked())

    def submit(self) -> None:
        if self.photo_id is None:
            return
        draft = self.draft()
        tags = sorted(t.value for t in draft.tags)
        self.submitted.emit(self.photo_id, tags, draft.people, draft.note)

    def _edited(self, *_args: object) -> None:
        """Says whether what the form shows is saved."""
        saved = self.saved
        if self.photo_id is None:
            text = ""
        elif self.is_dirty():
            text = _t("Not saved yet: saved when you go to another photo, or press Enter.") \
                if saved is None and self.baseline.is_empty() else \
                _t("Changed, not saved yet: saved as a correction when you go to another "
                   "photo, or press Enter.")
        elif self.saving:
            text = _t("Saving…")
        elif saved is None and self.withdrawn:
            text = _t("You withdrew your observation of this video: nothing of yours counts "
                      "for it.") if self.video else \
                _t("You withdrew your observation of this photo: nothing of yours counts "
                   "for it.")
        elif saved is None:
            text = _t("You have recorded nothing for this video yet.") if self.video else \
                _t("You have recorded nothing for this photo yet.")
        else:
            when = saved.observed_utc[:16].replace("T", " ")
            text = (_t("Saved: your correction (observation {id}, {when} UTC) of observation "
                       "{earlier}.") if saved.replaces is not None else
                    _t("Saved: your observation {id}, {when} UTC.")).format(
                id=saved.id, when=when, earlier=saved.replaces)
            if self.mine > 1:
                text += " " + (_t("You have {n} observations of this video in effect; the "
                                  "form shows the latest.") if self.video else
                               _t("You have {n} observations of this photo in effect; the "
                                  "form shows the latest.")).format(n=self.mine)
        self.status.setText(text)
        self.withdraw_button.setEnabled(saved is not None and not self.saving)

    # --- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.people and event.type() == QEvent.Type.FocusOut:
            self.take_count()  # before the box puts back the last count on leaving
        if event.type() != QEvent.Type.KeyPress or not self.isEnabled():
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if watched is self.people:
            return self._people_key(event)
        if watched is self.note:
            return self._field_key(event)
        return self.handle_key(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """A key pressed on the photos: True when it was one of the tagging keys."""
        if event.modifiers() & _CHORDS:
            return False  # Ctrl+... belongs to the menus
        key = event.key()
        if key in TAG_KEYS:
            self.toggle(TAG_KEYS[key])
        elif key == Qt.Key.Key_P.value:
            self.to_people()
        elif key == Qt.Key.Key_N.value:
            self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif key in _ENTER:
            self.submit()
        else:
            return False
        return True

    def to_people(self) -> None:
        self.people.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.people.selectAll()

    def _people_key(self, event: QKeyEvent) -> bool:
        """The people box takes digits; N goes on to the note, P selects the count again, and
        any other letter is not typed (it would start "not counted")."""
        if event.modifiers() & _CHORDS:
            return False
        key = event.key()
        if key == Qt.Key.Key_N.value:
            self.take_count()
            self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if key == Qt.Key.Key_P.value:
            self.to_people()
            return True
        if event.text().isalpha():
            return True
        return self._field_key(event)

    def _field_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _ENTER:
            self.take_count()  # a count typed but not yet taken in
            self.leave_fields.emit()
            self.submit()
            return True
        if key == Qt.Key.Key_Escape.value:
            self.take_count()
            self.leave_fields.emit()
            return True
        return False

    def take_count(self) -> None:
        """Takes in what the people box holds: a count, or, emptied, "not counted" (the box
        would put its last count back)."""
        if not self.people.cleanText().strip():
            self.people.setValue(NO_COUNT)
        else:
            self.people.interpretText()


def save_draft(case: Case, photo_id: int, reviewer: str,
               draft: Draft) -> Written[Observation | None]:
    """Records what the form says as the reviewer's observation of the photo (the session's
    task, on its worker): a new one, or the correction of their latest observation in effect;
    nothing when it already says that. The photo's observations are then read back and the
    refusals it bears on judged again."""
    seen = Observation(photo_id, reviewer, draft.sorted_tags(), draft.people,
                       draft.note.strip(), at_s=draft.at_s)
    current = observations.current(case, photo_id, reviewer)
    if current is not None and observations.same_content(seen, current):
        return Written(None)
    if current is None:
        if draft.is_empty():
            return Written(None)
        stored = observations.add(case, seen, reviewer)
    else:
        stored = observations.correct(case, current.id or 0, seen, reviewer)
    return Written(stored, Refresh(observed=frozenset({photo_id})))


def withdraw_observation(case: Case, observation_id: int, reviewer: str,
                         reason: str) -> Written[Observation]:
    """Withdraws the reviewer's observation (the session's task, on its worker)."""
    withdrawal = observations.withdraw(case, observation_id, reviewer, reviewer, reason)
    return Written(withdrawal, Refresh(observed=frozenset({withdrawal.photo_id})))


def _k(text: str) -> str:
    return QCoreApplication.translate("TaggingKeys", text)


def key_rows() -> list[tuple[str, str]]:
    """The keys of tagging as Help ▸ Keyboard shortcuts lists them, (keys, what they do): the
    keys `TaggingPanel.handle_key` and its two fields answer, on a photo of the case selected
    in the table or the grid."""
    native = QKeySequence.SequenceFormat.NativeText

    def name(*keys: Qt.Key) -> str:
        return ", ".join(QKeySequence(key).toString(native) for key in keys)

    rows = [(name(Qt.Key(key)), _k("Tick or untick “{tag}”").format(tag=vocabulary.tag(tag.value)))
            for key, tag in TAG_KEYS.items()]
    enter, escape = name(Qt.Key.Key_Enter), name(Qt.Key.Key_Escape)
    rows += [
        (name(Qt.Key.Key_P), _k("Type how many people the photo shows")),
        (name(Qt.Key.Key_N), _k("Type a note on what the photo shows")),
        (enter, _k("Save the observation and go to the next photo")),
        (_k("{key} in People").format(key=name(Qt.Key.Key_N)),
         _k("From the people count on to the note")),
        (_k("{key} in People or Note").format(key=enter),
         _k("Save the observation and go to the next photo")),
        (_k("{key} in People or Note").format(key=escape),
         _k("Back to the photos; what was typed stays")),
        (name(Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right),
         _k("Another photo (left and right in the grid); what you changed on this one is "
            "saved, or you are asked")),
    ]
    return rows
