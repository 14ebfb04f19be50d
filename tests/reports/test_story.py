"""The report of a case built to tempt a verdict into saying more than its photos show, read in
English, Russian and Kazakh."""

from __future__ import annotations

import pytest

from evidence.analysis import analyze_case
from evidence.store import Case, read
from reports import content
from tests.helpers import story


@pytest.fixture(scope="module")
def story_case(tmp_path_factory):
    return story.build(tmp_path_factory.mktemp("story"))


@pytest.fixture(scope="module")
def judged(story_case):
    with Case.open(story_case) as case:
        return {c["document_number"]: c for c in analyze_case(case).as_json()["claims"]}


def test_one_edited_photo_carries_no_plain_verdict(judged):
    assert judged["S-1"]["verdict"] == "contradicted"
    assert judged["S-1"]["basis"]["limits"] == ["single_photo", "partial_coverage", "edited"]


def test_a_fix_vaguer_than_the_park_says_so(judged):
    assert "vague_fix" in judged["S-2"]["basis"]["limits"]


def test_a_venue_dropped_from_the_list_limits_the_verdict(judged):
    assert "not_designated" in judged["S-3"]["basis"]["limits"]
    assert any("was not a designated venue on 2024-04-02" in c for c in judged["S-3"]["caveats"])


def test_forty_people_leave_room_for_two_hundred_in_a_place_for_five_hundred(judged):
    found = judged["S-4"]
    assert found["verdict"] == "contradicted" and found["basis"]["limits"] == []
    assert "venue's capacity of 500" in found["reasons"][0]
    assert "also recorded event in progress, stage or equipment" in found["reasons"][0]
    # the photo before the window, and the square's photos of other days, each said
    assert sorted(n["reason"] for n in found["not_counted"]) == [
        "no_position", "no_time", "outside_window", "outside_window", "outside_window"]


def test_the_second_pass_of_the_repeated_hour_is_read_by_the_gps_clock(judged):
    found = judged["S-5"]
    [photo] = found["photos"]
    assert photo["instant_utc"] == "2024-02-29T18:30:00Z"
    assert not any("behind the GPS clock" in c for c in found["caveats"])


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_report_names_each_photo_once_and_lists_what_it_left_out(story_case, lang):
    with Case.open(story_case) as case:
        report = content.build(read(case, with_log=True), lang=lang)
    by_number = {dict(c.rows)[report.t("claim.document")]: c for c in report.claims}
    s4 = by_number["S-4"]
    names = [row[0] for row in s4.not_counted]
    assert any(n.startswith("nogps.jpg (SHA-256 ") for n in names)
    assert any(n.startswith("notime.jpg (SHA-256 ") for n in names)
    said = " ".join((*s4.reasons, *s4.caveats))
    assert "C4-E1" in said and "C4-E5" in said
    limited = by_number["S-1"]
    assert limited.limited and report.t("verdict.limited") in limited.verdict
    assert len(limited.limits) == 3
