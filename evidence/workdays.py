"""Kazakhstan's working days, for counting the deadlines of the Law on peaceful assemblies.

A day is a working day unless it is a Saturday or Sunday, or a public holiday or day off as the
`holidays` package (KZ) lists it: the holidays of the Law of 13 December 2001 No. 267-II, their
days off carried to the next working day when they fall on a weekend, and the days off the
government moved by decree. What that package does not list are the weekend days the same decrees
declared working days in exchange: those are in `WORKING_WEEKEND_DAYS` below, each with the decree
that declared it.

Sources. Each decree is named by its number and its document code in the Ministry of Justice's
register (adilet.zan.kz); the codes are those the `holidays` package cites for its moved days off,
and each working day here is the day that package says its moved day off was "substituted from"
(a test holds the two equal). The decrees' own texts were not read here: the register was not
reachable from where this table was written. Press reports of the government's announcements
agree for Saturday 22 October 2022 (ortcom.kz, nur.kz) and Saturday 1 July 2023 (prosud.kz,
mgorod.kz). For 2026 no decree moving a day off was found (a press report of the official 2026
calendar, alau.kz of 2 January 2026, lists only holidays and their observed days, no working
Saturday), so none is listed; a count reaching 2026 says it is not confirmed (`Count.unconfirmed`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

# The years this calendar vouches for: the Law on peaceful assemblies is of 25 May 2020; the
# table below is checked from 2020 to 2025.
FIRST_YEAR, LAST_YEAR = 2020, 2026
CONFIRMED_TO = 2025


@dataclass(frozen=True)
class WorkingWeekendDay:
    """A Saturday or Sunday a government decree declared a working day."""

    day: date
    instead_of: date   # the day off it was exchanged for
    decree_number: int
    decree_year: int
    register_code: str  # the decree's code in the register (adilet.zan.kz)

    @property
    def decree(self) -> str:
        return (f"Government Decree No. {self.decree_number} of {self.decree_year} "
                f"(adilet {self.register_code})")


WORKING_WEEKEND_DAYS: tuple[WorkingWeekendDay, ...] = (
    WorkingWeekendDay(date(2020, 1, 5), date(2020, 1, 3), 820, 2019, "P1900000820"),
    WorkingWeekendDay(date(2020, 12, 20), date(2020, 12, 18), 820, 2019, "P1900000820"),
    WorkingWeekendDay(date(2021, 7, 3), date(2021, 7, 5), 930, 2020, "P2000000930"),
    WorkingWeekendDay(date(2022, 3, 5), date(2022, 3, 7), 796, 2022, "P2200000796"),
    WorkingWeekendDay(date(2022, 8, 27), date(2022, 8, 29), 796, 2022, "P2200000796"),
    WorkingWeekendDay(date(2022, 10, 22), date(2022, 10, 24), 796, 2022, "P2200000796"),
    WorkingWeekendDay(date(2023, 7, 1), date(2023, 7, 7), 326, 2023, "P2300000326"),
    WorkingWeekendDay(date(2024, 5, 4), date(2024, 5, 8), 109, 2024, "G24G0000109"),
    WorkingWeekendDay(date(2025, 1, 5), date(2025, 1, 3), 436, 2024, "G24G0000436"),
)
_WORKING = {entry.day: entry for entry in WORKING_WEEKEND_DAYS}


@dataclass(frozen=True)
class DayOff:
    """A weekday that is not a working day, and why."""

    day: date
    name: str          # as the `holidays` package names it (English)


@dataclass(frozen=True)
class Count:
    """Working days counted from the day after `start` up to and including `end`.

    `days_off` are the weekdays the count passed over (holidays and moved days off), `working_
    weekend` the Saturdays and Sundays it counted because a decree made them working days."""

    start: date
    end: date
    working_days: int
    days_off: tuple[DayOff, ...]
    working_weekend: tuple[WorkingWeekendDay, ...]
    unconfirmed: bool   # the count reaches a year this calendar does not vouch for


@cache
def _holidays(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("KZ", years=year, language="en_US").items())


def holiday(day: date) -> str | None:
    """The public holiday or day off `day` is, by the `holidays` package; None otherwise."""
    return _holidays(day.year).get(day)


def is_working_day(day: date) -> bool:
    if day in _WORKING:
        return True
    return day.weekday() < 5 and holiday(day) is None


def _days(after: date, through: date) -> Iterator[date]:
    day = after + timedelta(days=1)
    while day <= through:
        yield day
        day += timedelta(days=1)


def count(start: date, end: date) -> Count:
    """The working days after `start` up to and including `end` (0 when `end` <= `start`)."""
    days_off, weekend, counted = [], [], 0
    for day in _days(start, end):
        if is_working_day(day):
            counted += 1
            if day in _WORKING:
                weekend.append(_WORKING[day])
        elif day.weekday() < 5:
            days_off.append(DayOff(day, holiday(day) or ""))
    return Count(start, end, counted, tuple(days_off), tuple(weekend),
                 unconfirmed=_unconfirmed(start, end))


def add(start: date, working_days: int) -> date:
    """The day that is the `working_days`-th working day after `start`."""
    if working_days < 1:
        raise ValueError("count at least one working day")
    day, counted = start, 0
    while counted < working_days:
        day += timedelta(days=1)
        counted += is_working_day(day)
    return day


def _unconfirmed(start: date, end: date) -> bool:
    low, high = min(start, end).year, max(start, end).year
    return low < FIRST_YEAR or high > CONFIRMED_TO


CALENDAR_NAME = ("Kazakhstan's working days: weekends, public holidays and moved days off "
                 f"(the `holidays` package {holidays.__version__}), and the weekend days "
                 "declared working days by government decree")
