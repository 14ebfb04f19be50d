"""An exhibit's observations as the report lists them: a corrected or withdrawn one shown as such,
in each of the report's languages; only those in effect are "what was recorded"."""

from __future__ import annotations

import pytest

from evidence.model import Observation, Tag
from reports import strings
from reports.content_rows import observation_rows

AIGERIM = "Aigerim"
HISTORY = (
    Observation(5, AIGERIM, (Tag.VENUE_EMPTY,), 0, "", "2022-08-21T10:00:00Z", 1),
    Observation(5, AIGERIM, (Tag.EVENT_IN_PROGRESS,), 300, "a concert",
                "2022-08-21T11:00:00Z", 2, replaces=1),
    Observation(5, "Bolat", (Tag.ACCESS_OPEN,), None, "", "2022-08-21T12:00:00Z", 3),
    Observation(5, "Bolat", (), None, "another day", "2022-08-21T13:00:00Z", 4, withdraws=3),
)


def test_a_corrected_and_a_withdrawn_observation_say_so():
    rows = observation_rows(HISTORY, strings.table("en"))
    assert rows == (
        "Corrected on 2022-08-21 11:00 UTC, not counted \u2014 Aigerim, 2022-08-21 10:00 UTC: "
        "venue empty, 0 people",
        "Aigerim, 2022-08-21 11:00 UTC: event in progress, 300 people \u2014 \u00aba "
        "concert\u00bb (corrects the observation of 2022-08-21 10:00 UTC)",
        "Withdrawn on 2022-08-21 13:00 UTC (\u00abanother day\u00bb), not counted \u2014 "
        "Bolat, 2022-08-21 12:00 UTC: access open",
    )


@pytest.mark.parametrize(("lang", "corrected", "withdrawn"), [
    ("ru", "Исправлено 21.08.2022 11:00 UTC, не учитывается", "Отозвано 21.08.2022 13:00 UTC"),
    ("kk", "21.08.2022 11:00 UTC түзетілді, есепке алынбайды",
     "21.08.2022 13:00 UTC кері қайтарып алынды"),
])
def test_in_russian_and_kazakh(lang, corrected, withdrawn):
    rows = observation_rows(HISTORY, strings.table(lang))
    assert rows[0].startswith(corrected)
    assert rows[2].startswith(withdrawn)
    assert "21.08.2022 10:00 UTC" in rows[1]


def test_without_corrections_the_lines_are_as_before():
    rows = observation_rows(HISTORY[:1], strings.table("en"))
    assert rows == ("Aigerim, 2022-08-21 10:00 UTC: venue empty, 0 people",)
