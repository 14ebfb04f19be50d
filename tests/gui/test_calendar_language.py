"""The calendars of the date fields, and numbers Qt formats, speak the interface's language, not
the system's: QLocale's default follows i18n, at start and on a live switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from gui.app import i18n
from gui.widgets.moments import MomentField

# The offscreen platform cannot raise the popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagate)",
                                       extend=True)
OCTOBER = {"ru": "Октябрь", "kk": "Қазан", "en": "October"}


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


def month_shown(field: MomentField) -> str:
    picker = field.open_picker()
    button = picker.calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    text = button.text()
    picker.close()
    return text


def form_with_a_date(qtbot) -> MomentField:
    window = QWidget()
    qtbot.addWidget(window)
    field = MomentField(with_time=False)
    QVBoxLayout(window).addWidget(field)
    window.show()
    qtbot.waitExposed(window)
    field.set_text("2008-10-22")
    field.keep = window   # the window lives as long as the field is used
    return field


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_calendar_names_the_month_in_the_language_chosen_at_start(qtbot, lang):
    i18n.install(lang)
    field = form_with_a_date(qtbot)
    assert month_shown(field).lower() == OCTOBER[lang].lower()


def test_a_live_switch_renames_the_months_and_regroups_the_numbers(qtbot):
    i18n.install("en")
    field = form_with_a_date(qtbot)
    assert month_shown(field) == "October"
    i18n.switch("ru")
    assert field.locale().language() == QLocale.Language.Russian
    assert month_shown(field).lower() == "октябрь"
    assert QLocale().toString(20000) == "20\u00a0000"       # as Russian groups thousands
    i18n.switch("kk")
    assert month_shown(field).lower() == "қазан"
    i18n.switch("en")
    assert month_shown(field) == "October" and QLocale().toString(20000) == "20,000"
