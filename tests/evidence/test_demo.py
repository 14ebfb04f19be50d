"""The demo case tells the Almaty story, and its analysis comes out as the story says."""

from __future__ import annotations

import pytest

from evidence import analysis, demo, verify
from evidence.store import Case


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    root = demo.build(tmp_path_factory.mktemp("demo") / "case")
    with Case.open(root) as case:
        yield analysis.analyze_case(case).as_json(), verify.verify(case, actor="test")


def claim(result, venue: str, month: str) -> dict:
    analysed, _ = result
    return next(c for c in analysed["claims"]
                if c["venue"] == venue and c["window"]["start_utc"].startswith(month))


def test_the_square_under_repair_had_only_a_hose(result):
    for month in ("2022-06", "2022-07"):
        found = claim(result, demo.SQUARE, month)
        assert (found["category"], found["verdict"]) == ("repair_works", "contradicted")
        assert all("no_repair_activity" in p["contradicts"] for p in found["photos"])


def test_valikhanov_square_was_empty_after_six(result):
    found = claim(result, demo.VALIKHANOV, "2022-08-20")
    assert (found["category"], found["verdict"]) == ("other_event", "contradicted")
    assert found["window"]["start_utc"] == "2022-08-20T12:00:00Z"  # 18:00 at UTC+6
    # five visits: the one without GPS cannot be placed; the wrong clock is dated by GPS
    assert len(found["photos"]) == 5   # and the video filmed 19:40-19:43
    assert [p["time_basis"] for p in found["photos"]].count("GPS clock") == 1
    assert any("camera clock was 24 h behind the GPS clock" in c for c in found["caveats"])
    # the visit without GPS is inside the window: it is said why it does not count
    assert [(n["reason"]) for n in found["not_counted"]] == ["no_position"]
    # 300 expected and nobody there, in a place for 1,000: the venue had room
    assert "with the 300 participants the assembly expected they come to no more than the " \
           "venue's capacity of 1000" in found["reasons"][0]
    assert found["basis"] == {"photos_counted": 5, "photos_deciding": 5, "coverage": 0.6375,
                              "limits": ["approximate_venue"]}


def test_the_second_repair_refusal_rests_on_one_photo_and_says_so(result):
    found = claim(result, demo.SQUARE, "2022-07")
    assert found["verdict"] == "contradicted"
    assert found["basis"]["limits"] == ["approximate_venue", "single_photo", "partial_coverage"]
    assert found["basis"]["coverage"] == 0.05
    # the June visit's photos stand at the same venue: listed, with how far outside they fall
    outside = [n for n in found["not_counted"] if n["reason"] == "outside_window"]
    assert len(outside) == 3 and all(n["off_by_s"] < -27 * 86400 for n in outside)


def test_gandhi_parks_mass_event_was_a_handful_of_students(result):
    found = claim(result, demo.GANDHI, "2022-09")
    assert found["verdict"] == "contradicted"
    assert "8 people recorded, fewer than 20" in found["reasons"][0]
    assert "also recorded event in progress, stage or equipment" in found["reasons"][0]
    assert found["not_counted"] == []


def test_the_repeated_repair_excuse_is_flagged(result):
    analysed, _ = result
    [pattern] = analysed["aggregates"]["recurring"]
    assert pattern["venue"] == demo.SQUARE and pattern["months"] == ["2022-06", "2022-07"]


def test_every_venue_is_marked_approximate(result):
    analysed, _ = result
    assert all(any("approximate" in c for c in c_["caveats"]) for c_ in analysed["claims"])


def test_the_demo_case_verifies(result):
    _, report = result
    assert report.intact, report.problems
    assert report.photos == len(demo.VISITS) + 1   # and the video
