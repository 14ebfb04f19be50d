"""Reasons and caveats kept as phrases: the English text and the keys say the same thing."""

from __future__ import annotations

import json

import pytest

from evidence import analysis, phrases
from evidence.phrases import phrase, render
from evidence.store import Case
from tests.helpers.casework import add_claim, add_photo, add_venue, observe


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as c:
        yield c


def test_a_verdicts_explanation_renders_to_its_english_reasons_and_caveats(case, tmp_path):
    claim = add_claim(case, add_venue(case), "2022-08-20 18:00", "2022-08-20 23:00",
                      "other_event")
    photo = add_photo(case, tmp_path, "few.jpg", "2022-08-20 18:30")
    observe(case, photo, "no_event_visible", people=8)
    result = next(c for c in analysis.analyze_case(case).as_json()["claims"]
                  if c["claim_id"] == claim)
    # Through JSON and back, as a report reads a stored analysis.
    explained = json.loads(json.dumps(result["explain"]))
    reasons = [render(phrases.from_json(p)) for p in explained["reasons"]]
    caveats = [render(phrases.from_json(p)) for p in explained["caveats"]]
    assert reasons == result["reasons"] and caveats == result["caveats"]
    assert "8 people recorded, fewer than 20" in reasons[0]
    assert "no event visible" in reasons[0]


def test_another_table_says_the_same_phrase_in_its_own_words():
    table = {**phrases.EN, "reason.no_photos": "Нет фото: {venue}.",
             "sep.notes": " / ", "caveat.photo": "Фото {photo}: {notes}",
             "note.gps_only": "только GPS", "note.undated": "без даты"}
    assert render(phrase("reason.no_photos", venue="Сквер"), table) == "Нет фото: Сквер."
    notes = [phrase("note.gps_only"), phrase("note.undated")]
    assert render(phrase("caveat.photo", photo=3, notes=notes), table) == \
        "Фото 3: только GPS / без даты"


def test_a_phrase_without_text_is_an_error_not_a_blank():
    with pytest.raises(KeyError, match=r"reason\.nonexistent"):
        render(phrase("reason.nonexistent"))


def test_a_head_count_of_nought_reads_as_nobody_there(case, tmp_path):
    claim = add_claim(case, add_venue(case), "2022-08-20 18:00", "2022-08-20 23:00",
                      "other_event")
    photo = add_photo(case, tmp_path, "empty.jpg", "2022-08-20 18:30")
    observe(case, photo, "venue_empty", people=0)
    result = next(c for c in analysis.analyze_case(case).as_json()["claims"]
                  if c["claim_id"] == claim)
    assert "venue empty, nobody there (a head count of 0 recorded)" in result["reasons"][0]
    assert "0 people" not in result["reasons"][0]
