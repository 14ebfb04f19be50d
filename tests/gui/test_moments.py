"""The date and time field: what it reads from what is typed, and the calendar beside it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from gui.widgets.moments import MomentField, Reading, parse, shown


@pytest.mark.parametrize(("text", "reading", "value"), [
    ("2008-10-22 20:00", Reading.VALID, datetime(2008, 10, 22, 20, 0)),
    ("  2008-10-22T20:00 ", Reading.VALID, datetime(2008, 10, 22, 20, 0)),
    ("22.10.2008 20:00", Reading.VALID, datetime(2008, 10, 22, 20, 0)),
    ("22.10.2008 20.00", Reading.VALID, datetime(2008, 10, 22, 20, 0)),
    ("2008-1-5 9:05", Reading.VALID, datetime(2008, 1, 5, 9, 5)),
    ("2008-10-22 24:00", Reading.VALID, datetime(2008, 10, 23, 0, 0)),
    ("2024-02-29 23:30+05:00", Reading.VALID,
     datetime(2024, 2, 29, 23, 30, tzinfo=timezone(timedelta(hours=5)))),
    ("2024-02-29 23:30 Z", Reading.VALID, datetime(2024, 2, 29, 23, 30, tzinfo=UTC)),
    ("", Reading.EMPTY, None),
    ("2008-10-2", Reading.NO_TIME, None),
    ("2008-10-22", Reading.NO_TIME, None),
    ("2008-10-22 20", Reading.INCOMPLETE, None),
    ("22 October 2008", Reading.INCOMPLETE, None),
    ("2008-02-30 10:00", Reading.NOT_REAL, None),
    ("2008-10-22 24:30", Reading.NOT_REAL, None),
    ("2008-10-22 20:00+25:00", Reading.NOT_REAL, None),
])
def test_a_moment_is_read_from_what_is_typed(text, reading, value):
    found = parse(text, with_time=True)
    assert (found.reading, found.value) == (reading, value)


@pytest.mark.parametrize(("text", "reading", "value"), [
    ("2008-10-20", Reading.VALID, date(2008, 10, 20)),
    ("20.10.2008", Reading.VALID, date(2008, 10, 20)),
    ("2008-10-20 10:00", Reading.INCOMPLETE, None),
    ("2008-10-20+05:00", Reading.NO_OFFSET_HERE, None),
    ("2008-10-32", Reading.NOT_REAL, None),
])
def test_a_date_is_read_from_what_is_typed(text, reading, value):
    found = parse(text, with_time=False)
    assert (found.reading, found.value) == (reading, value)


def test_each_value_is_shown_the_one_way_the_field_writes_it():
    assert shown(date(2008, 10, 20)) == "2008-10-20"
    assert shown(datetime(2008, 10, 22, 20, 0)) == "2008-10-22 20:00"
    assert shown(datetime(2024, 2, 29, 23, 30, tzinfo=timezone(timedelta(hours=5)))) == (
        "2024-02-29 23:30+05:00")


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)", extend=True)
def test_enter_in_the_calendars_time_sets_the_field(qtbot):
    field = MomentField(with_time=True)
    qtbot.addWidget(field)
    field.show()
    picker = field.open_picker()
    picker.calendar.setSelectedDate(QDate(2024, 5, 10))
    picker.clock.setTime(QTime(18, 30))
    qtbot.keyClick(picker.clock, Qt.Key.Key_Return)
    assert field.text() == "2024-05-10 18:30" and not picker.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)", extend=True)
def test_a_date_picked_keeps_no_time(qtbot):
    field = MomentField(with_time=False)
    qtbot.addWidget(field)
    field.show()
    picker = field.open_picker()
    assert picker.clock.isHidden()
    picker.calendar.setSelectedDate(QDate(2008, 10, 20))
    picker.calendar.activated.emit(QDate(2008, 10, 20))    # a double click or Enter on a day
    assert field.value() == date(2008, 10, 20)
