"""Fast observation tagging from the keyboard: 1–9 toggle tags, P people, N note, Enter saves.

The keys work while the photo table or grid has the focus (an event filter on both). Enter
hands the observation to the case session and moves to the next photo at once; the session
saves it on its worker and the refusals it bears on are judged again there, so nothing typed
meanwhile waits or is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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

    def is_empty(self) -> bool:
        return not self.tags and self.people is None and not self.note.strip()


class TaggingPanel(QWidget):
    """The legend of keys, the head count and the note for the current photo."""

    # The reviewer pressed Enter: (photo id, tags, people count or None, note).
    submitted = Signal(int, list, object, str)
    # Escape in a field: the keys go back to the photos.
    leave_fields = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo_id: int | None = None
        self.boxes: dict[Tag, QCheckBox] = {}
        legend = QGridLayout()
        legend.setHorizontalSpacing(14)
        legend.setVerticalSpacing(2)
        for number, tag in enumerate(Tag):
            box = QCheckBox(f"{number + 1}  {vocabulary.tag(tag.value)}")
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the photos
            legend.addWidget(box, number // 3, number % 3)
            self.boxes[tag] = box
        self.people = QSpinBox()
        self.people.setRange(NO_COUNT, MAX_PEOPLE)
        self.people.setSpecialValueText(self.tr("not counted"))
        self.people.setValue(NO_COUNT)
        self.people.setAccelerated(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What the photo shows, in a sentence"))
        for entry in (self.people, self.note):
            entry.installEventFilter(self)
        fields = QHBoxLayout()
        fields.addWidget(QLabel(self.tr("P  People")))
        fields.addWidget(self.people)
        fields.addSpacing(12)
        fields.addWidget(QLabel(self.tr("N  Note")))
        fields.addWidget(self.note, 1)
        self.hint = QLabel(self.tr("Keys 1–9 toggle a tag, P the people count, N a note; "
                                   "Enter saves the observation and moves to the next photo."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: gray")
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(legend)
        layout.addLayout(fields)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        self.set_photo(None)

    # --- the photo in hand ------------------------------------------------------------------

    def set_photo(self, photo_id: int | None) -> None:
        """Tags this photo next (None: a loose file or nothing, which cannot be tagged)."""
        if photo_id != self.photo_id:
            self.photo_id = photo_id
            self.clear()
        self.setEnabled(photo_id is not None)

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
        self.people.setValue(NO_COUNT)
        self.note.clear()

    def draft(self) -> Draft:
        people = self.people.value()
        return Draft({t for t, box in self.boxes.items() if box.isChecked()},
                     None if people == NO_COUNT else people, self.note.text().strip())

    def toggle(self, tag: Tag) -> None:
        box = self.boxes[tag]
        box.setChecked(not box.isChecked())

    def submit(self) -> None:
        if self.photo_id is None:
            return
        draft = self.draft()
        tags = sorted(t.value for t in draft.tags)
        self.submitted.emit(self.photo_id, tags, draft.people, draft.note)

    # --- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.isEnabled():
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if watched in (self.people, self.note):
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
            self.people.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.people.selectAll()
        elif key == Qt.Key.Key_N.value:
            self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif key in _ENTER:
            self.submit()
        else:
            return False
        return True

    def _field_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _ENTER:
            self.people.interpretText()  # a count typed but not yet taken in
            self.leave_fields.emit()
            self.submit()
            return True
        if key == Qt.Key.Key_Escape.value:
            self.leave_fields.emit()
            return True
        return False


def save_observation(case: Case, observation: Observation, actor: str) -> Written[Observation]:
    """Records the observation (the session's task, on its worker); the photo's observations
    are then read back and the refusals it bears on judged again."""
    stored = observations.add(case, observation, actor)
    return Written(stored, Refresh(observed=frozenset({observation.photo_id})))
