"""Kazakhstan's working days: holidays, moved days off and the Saturdays made working days."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from evidence import workdays


def test_kurban_ait_2025_is_passed_over() -> None:
    # Registered Tuesday 3 June 2025; Friday 6 June was Kurban Ait.
    counted = workdays.count(date(2025, 6, 3), date(2025, 6, 9))
    assert counted.working_days == 3
    assert [d.day for d in counted.days_off] == [date(2025, 6, 6)]
    assert workdays.add(date(2025, 6, 3), 3) == date(2025, 6, 9)


def test_across_new_year_2025_with_its_working_sunday() -> None:
    # 1-2 January are New Year, Friday 3 January a day off moved to Sunday 5 January.
    assert workdays.add(date(2024, 12, 31), 1) == date(2025, 1, 5)
    counted = workdays.count(date(2024, 12, 30), date(2025, 1, 8))
    assert [d.day for d in counted.days_off] == [date(2025, 1, 1), date(2025, 1, 2),
                                                 date(2025, 1, 3), date(2025, 1, 7)]
    assert [d.day for d in counted.working_weekend] == [date(2025, 1, 5)]
    assert counted.working_days == 4   # 31 Dec, 5 Jan, 6 Jan, 8 Jan


def test_across_nauryz_2025() -> None:
    # Nauryz 21-23 March 2025 fell Friday to Sunday: Monday 24 and Tuesday 25 are days off.
    assert workdays.add(date(2025, 3, 20), 1) == date(2025, 3, 26)
    assert workdays.count(date(2025, 3, 19), date(2025, 3, 27)).working_days == 3


def test_a_working_saturday_is_counted() -> None:
    # Saturday 4 May 2024 was a working day, in exchange for Wednesday 8 May.
    assert workdays.is_working_day(date(2024, 5, 4))
    assert not workdays.is_working_day(date(2024, 5, 8))
    assert workdays.add(date(2024, 5, 3), 1) == date(2024, 5, 4)
    assert workdays.count(date(2024, 5, 3), date(2024, 5, 10)).working_weekend[0].decree \
        .startswith("Government Decree No. 109 of 2024")


def test_ordinary_weekends_are_not_counted() -> None:
    assert workdays.add(date(2025, 6, 13), 1) == date(2025, 6, 16)


def test_the_table_agrees_with_the_moved_days_off_of_the_holidays_package() -> None:
    """Each working weekend day is the day a moved day off was 'substituted from', and every
    such day the package names from 2020 to 2025 is in the table."""
    named = set()
    for year in range(workdays.FIRST_YEAR, workdays.CONFIRMED_TO + 1):
        for day, name in holidays.country_holidays("KZ", years=year, language="en_US").items():
            if "substituted from" in name:
                month, dd, yyyy = name.rsplit(" ", 1)[1].rstrip(")").split("/")
                named.add((date(int(yyyy), int(month), int(dd)), day))
    weekend = {(e.day, e.instead_of) for e in workdays.WORKING_WEEKEND_DAYS
               if e.day.weekday() >= 5}
    assert weekend == {pair for pair in named if pair[0].weekday() >= 5}


@pytest.mark.parametrize("year", [2026, 2019])
def test_a_year_outside_the_confirmed_table_is_said(year: int) -> None:
    assert workdays.count(date(year, 4, 1), date(year, 4, 10)).unconfirmed
    assert not workdays.count(date(2025, 4, 1), date(2025, 4, 10)).unconfirmed
