"""A date, or a date and time, that can be typed whole, edited digit by digit, or picked.

Qt's date edits read typing section by section and silently keep the parts a keystroke did not
reach (a year typed into a field holding today's date came out as this year). `MomentField` is
a line of text instead: what is typed is what is read, whole ('2008-10-22 20:00', also
'22.10.2008 20:00' as letters in Russian and Kazakh write it), and a calendar picks it too.
Up and Down step the part under the cursor. An empty field is empty: nothing is assumed.

A time may carry its UTC offset ('2024-02-29 23:30+05:00'): the one way to name the second
pass of an hour a zone's clocks showed twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence import timing

DATE_FORMAT = "%Y-%m-%d"
MOMENT_FORMAT = "%Y-%m-%d %H:%M"
_OFFSET = r"\s*(Z|[+-]\d{2}:?\d{2})?"
_CLOCK = r"(?:[ T,]+(\d{1,2})[:.](\d{2}))?"
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _CLOCK + _OFFSET)
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})" + _CLOCK + _OFFSET)
# The parts Up and Down step, by their place in the text as shown ('YYYY-MM-DD HH:MM').
_PARTS = ((0, 4, "year"), (5, 7, "month"), (8, 10, "day"), (11, 13, "hour"), (14, 16, "minute"))


class Reading(Enum):
    """How a field's text reads."""

    EMPTY = "empty"
    VALID = "valid"
    INCOMPLETE = "incomplete"     # not yet a date (and time) in a form the field reads
    NOT_REAL = "not_real"         # a form it reads, but no such day or clock time
    NO_TIME = "no_time"           # a date where a date and time is wanted
    NO_OFFSET_HERE = "offset"     # an offset on a date alone


@dataclass(frozen=True)
class Parsed:
    reading: Reading
    value: date | datetime | None = None   # a datetime is naive unless an offset was typed


def parse(text: str, with_time: bool) -> Parsed:
    """What `text` says: a date, or a date and time (naive, or aware when an offset is typed)."""
    text = text.strip()
    if not text:
        return Parsed(Reading.EMPTY)
    found = _ISO.fullmatch(text)
    if found:
        year, month, day, hour, minute, offset = found.groups()
    else:
        found = _DOTTED.fullmatch(text)
        if not found:
            return Parsed(Reading.INCOMPLETE)
        day, month, year, hour, minute, offset = found.groups()
    try:
        moment = datetime(int(year), int(month), int(day))
    except ValueError:
        return Parsed(Reading.NOT_REAL)
    if not with_time:
        if hour is not None:
            return Parsed(Reading.INCOMPLETE)
        return Parsed(Reading.NO_OFFSET_HERE) if offset else Parsed(Reading.VALID, moment.date())
    if hour is None:
        return Parsed(Reading.NO_TIME)
    hours, minutes = int(hour), int(minute)
    if (hours, minutes) == (24, 0):         # '24:00': the midnight that ends the day
        try:
            moment += timedelta(days=1)
        except OverflowError:
            return Parsed(Reading.NOT_REAL)
    elif hours > 23 or minutes > 59:
        return Parsed(Reading.NOT_REAL)
    else:
        moment = moment.replace(hour=hours, minute=minutes)
    if offset:
        delta = timing.parse_offset(offset if ":" in offset or offset == "Z"
                                    else f"{offset[:3]}:{offset[3:]}")
        if delta is None:
            return Parsed(Reading.NOT_REAL)
        moment = moment.replace(tzinfo=timezone(delta))
    return Parsed(Reading.VALID, moment)


def shown(value: date | datetime) -> str:
    """The text a field shows for a value: 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM' (+offset)."""
    if not isinstance(value, datetime):
        return value.strftime(DATE_FORMAT)
    text = value.strftime(MOMENT_FORMAT)
    return text if value.tzinfo is None else text + (timing.format_offset(value.utcoffset())
                                                     or "")


def _stepped(value: date | datetime, part: str, step: int) -> date | datetime:
    if part in ("day", "hour", "minute"):
        return value + timedelta(**{f"{part}s": step})
    months = value.year * 12 + value.month - 1 + (step if part == "month" else 12 * step)
    year, month = divmod(months, 12)
    day = value.day
    while True:  # 31 January and a month on: the last day of February
        try:
            return value.replace(year=year, month=month + 1, day=day)
        except ValueError:
            day -= 1
            if day < 28:
                raise


class MomentField(QWidget):
    """A date (with_time=False) or a local date and time, typed or picked; empty until given."""

    changed = Signal()   # the text changed (typed, picked or set)

    def __init__(self, with_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM") if with_time
                                     else self.tr("YYYY-MM-DD"))
        self.line.setToolTip(self.tr(
            "Type it whole (2008-10-22 20:00 or 22.10.2008 20:00) or pick it from the "
            "calendar; Up and Down change the part under the cursor.") if with_time else
            self.tr("Type it whole (2008-10-22 or 22.10.2008) or pick it from the calendar; "
                    "Up and Down change the part under the cursor."))
        self.line.textChanged.connect(self.changed)
        self.line.editingFinished.connect(self.tidy)
        self.line.installEventFilter(self)
        self.pick_button = QToolButton()
        self.pick_button.setText(self.tr("Calendar…"))
        self.pick_button.setToolTip(self.tr("Pick the date from a calendar (F4)"))
        self.pick_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.pick_button.clicked.connect(self.open_picker)
        self.setFocusProxy(self.line)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.pick_button)
        self.picker: MomentPicker | None = None
        width = self.line.fontMetrics().horizontalAdvance("2024-02-29 23:30+05:00") + 24
        self.line.setMinimumWidth(width if with_time else width * 2 // 3)

    # --- the value ------------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def parsed(self) -> Parsed:
        return parse(self.line.text(), self.with_time)

    def value(self) -> date | datetime | None:
        """The value typed, or None while empty or unreadable (`parsed()` says which)."""
        return self.parsed().value

    def set_value(self, value: date | datetime | None) -> None:
        self.line.setText("" if value is None else shown(value))
        self.line.setCursorPosition(0)

    def set_text(self, text: str) -> None:
        """As if typed: a test's or a paste's whole value."""
        self.line.setText(text)

    @Slot()
    def tidy(self) -> None:
        """A readable value is shown the one way the field writes it ('22.10.2008' becomes
        '2008-10-22'); anything else is left as typed, to be corrected."""
        found = self.parsed()
        if found.value is not None and shown(found.value) != self.line.text():
            self.line.setText(shown(found.value))

    # --- Up and Down ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, modifiers = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                        and modifiers & Qt.KeyboardModifier.AltModifier):
                self.open_picker()   # as a combo box opens its list
                return True
            step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(key))
            if step is not None and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
                self.step(step)
                return True
        return super().eventFilter(watched, event)

    def step(self, step: int) -> bool:
        """Moves the part under the cursor (year, month, day, hour, minute) by `step`."""
        found = self.parsed()
        if found.value is None:
            return False
        self.tidy()
        cursor = self.line.cursorPosition()
        parts = [p for p in _PARTS if self.with_time or p[2] in ("year", "month", "day")]
        start, end, part = next((p for p in parts if p[0] <= cursor <= p[1]), parts[-1])
        try:
            value = _stepped(found.value, part, step)
        except (OverflowError, ValueError):
            return False
        self.line.setText(shown(value))
        self.line.setSelection(start, end - start)
        return True

    # --- the calendar ---------------------------------------------------------------------

    @Slot()
    def open_picker(self) -> MomentPicker:
        if self.picker is not None:
            self.picker.close()
            self.picker.deleteLater()
        self.picker = MomentPicker(self.value(), self.with_time, self)
        self.picker.chosen.connect(self._picked)
        self.picker.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.picker.show()
        self.picker.calendar.setFocus()
        return self.picker

    @Slot(object)
    def _picked(self, value: date | datetime) -> None:
        old = self.value()
        if isinstance(old, datetime) and isinstance(value, datetime) and old.tzinfo and \
                old.replace(tzinfo=None) == value:
            value = old  # the same moment picked again keeps the offset typed with it
        self.set_value(value)
        self.line.setFocus()


class MomentPicker(QFrame):
    """The calendar under a field (and the time, for a moment); Enter or OK sets the field."""

    chosen = Signal(object)   # a date, or a naive datetime

    def __init__(self, value: date | datetime | None, with_time: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.with_time = with_time
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.clock = QTimeEdit()
        self.clock.setDisplayFormat("HH:mm")
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        if isinstance(value, datetime):
            self.clock.setTime(QTime(value.hour, value.minute))
        self.calendar.activated.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        if with_time:
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Time")))
            row.addWidget(self.clock)
            row.addStretch(1)
            layout.addLayout(row)
        else:
            self.clock.hide()
        layout.addWidget(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):   # Enter in the time: set
            self.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def accept(self) -> None:
        day: date = self.calendar.selectedDate().toPython()
        if self.with_time:
            clock: time = self.clock.time().toPython()
            self.chosen.emit(datetime.combine(day, clock.replace(second=0, microsecond=0)))
        else:
            self.chosen.emit(day)
        self.close()
