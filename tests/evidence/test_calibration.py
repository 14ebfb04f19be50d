"""A verdict states what it rests on and what limits it; every photo that might have counted and
does not is named with the reason; what a reviewer recorded is never silently set aside."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from evidence import analysis
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers.casework import add_claim, add_photo, add_venue, observe
from tests.helpers.photos import Shot, write_photo

WINDOW = ("2022-08-20 18:00", "2022-08-20 23:00")
FAR = (43.2600, 76.9600)          # about 2.5 km from the square


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as c:
        yield c


def undated_photo(case, folder, name: str, position) -> int:
    """A photo with no camera time and no GPS time, imported; its id."""
    lat, lon = position if position else (None, None)
    [done] = import_paths(case, [str(write_photo(folder / name, Shot(taken=None, lat=lat,
                                                                        lon=lon)))], actor="t")
    return done.photo_id


def judged(case, claim_id: int) -> dict:
    result = analysis.analyze_case(case).as_json()
    return next(c for c in result["claims"] if c["claim_id"] == claim_id)


def test_a_verdict_on_one_edited_photo_is_stated_with_both_limits(case, tmp_path):
    claim = add_claim(case, add_venue(case), *WINDOW, "repair_works")
    photo = add_photo(case, tmp_path, "a.jpg", "2022-08-20 19:00", software="Adobe Photoshop 25.0")
    observe(case, photo, "no_repair_activity")
    found = judged(case, claim)
    assert found["verdict"] == "contradicted"
    assert found["basis"]["photos_deciding"] == 1
    assert found["basis"]["limits"] == ["single_photo", "partial_coverage", "edited"]


def test_one_clean_photo_among_edited_ones_lifts_the_edit_limit(case, tmp_path):
    claim = add_claim(case, add_venue(case), *WINDOW, "repair_works")
    for n, hour in enumerate(("18:30", "19:30", "20:30", "21:30", "22:30")):
        shot = {"software": "Adobe Photoshop 25.0"} if n else {}
        observe(case, add_photo(case, tmp_path, f"{n}.jpg", f"2022-08-20 {hour}", **shot),
                "no_repair_activity")
    found = judged(case, claim)
    assert found["basis"]["photos_deciding"] == 5
    assert found["basis"]["limits"] == []        # covers 100%, and the first is untouched


def test_a_fix_vaguer_than_the_venue_limits_the_verdict(case, tmp_path):
    venue = add_venue(case, geometry={"type": "Point", "coordinates": [76.941, 43.2407]},
                      radius_m=40)
    claim = add_claim(case, venue, *WINDOW, "repair_works")
    photo = add_photo(case, tmp_path, "a.jpg", "2022-08-20 19:00", accuracy=120.0)
    observe(case, photo, "no_repair_activity")
    assert "vague_fix" in judged(case, claim)["basis"]["limits"]
    precise = add_photo(case, tmp_path, "b.jpg", "2022-08-20 21:00", accuracy=5.0)
    observe(case, precise, "no_repair_activity")
    assert "vague_fix" not in judged(case, claim)["basis"]["limits"]


def test_an_undesignated_venue_limits_the_verdict(case, tmp_path):
    venue = add_venue(case, valid_from="2023-01-01")
    claim = add_claim(case, venue, *WINDOW, "repair_works")
    observe(case, add_photo(case, tmp_path, "a.jpg", "2022-08-20 19:00"), "no_repair_activity")
    assert "not_designated" in judged(case, claim)["basis"]["limits"]


@pytest.mark.parametrize("people, capacity, expected, verdict", [
    (30, 1000, 300, "contradicted"),   # 30 + 300 fit in 1,000: room for the assembly
    (8, 100, 150, "supported"),        # the assembly alone exceeds the place: no room
    (8, None, 150, "contradicted"),    # capacity unknown: the fixed threshold of 20
    (25, None, 150, "supported"),
])
def test_a_head_count_is_held_against_the_room_the_venue_leaves(case, tmp_path, people,
                                                                capacity, expected, verdict):
    venue = add_venue(case, capacity=capacity)
    claim = add_claim(case, venue, *WINDOW, "other_event", participants=expected)
    photo = add_photo(case, tmp_path, "a.jpg", "2022-08-20 19:00")
    observe(case, photo, "event_in_progress", people=people)
    found = judged(case, claim)
    assert found["verdict"] == verdict
    if verdict == "supported":    # the count that did not decide is still said
        assert f"{people} people recorded" in found["reasons"][0]


def test_the_capacity_comparison_is_exact_at_its_edge(case, tmp_path):
    venue = add_venue(case, capacity=330)
    fits = add_claim(case, venue, *WINDOW, "other_event", participants=300, number="A")
    over = add_claim(case, venue, *WINDOW, "other_event", participants=301, number="B")
    observe(case, add_photo(case, tmp_path, "a.jpg", "2022-08-20 19:00"), "event_in_progress",
            people=30)
    assert judged(case, fits)["verdict"] == "contradicted"     # 30 + 300 = 330
    assert judged(case, over)["verdict"] == "supported"        # 30 + 301 > 330


def test_every_photo_that_might_have_counted_is_named_with_its_reason(case, tmp_path):
    venue = add_venue(case)
    claim = add_claim(case, venue, *WINDOW, "repair_works")
    counted = add_photo(case, tmp_path, "in.jpg", "2022-08-20 19:00")
    before = add_photo(case, tmp_path, "before.jpg", "2022-08-20 16:00")
    elsewhere = add_photo(case, tmp_path, "far.jpg", "2022-08-20 20:00", position=FAR)
    unplaced = add_photo(case, tmp_path, "nogps.jpg", "2022-08-20 21:00", position=None)
    undated = undated_photo(case, tmp_path, "notime.jpg", (43.2407, 76.941))
    bare = undated_photo(case, tmp_path, "bare.jpg", None)
    other_day_far = add_photo(case, tmp_path, "other.jpg", "2022-08-25 12:00", position=FAR)
    found = judged(case, claim)
    assert [p["photo_id"] for p in found["photos"]] == [counted]
    reasons = {n["photo_id"]: n["reason"] for n in found["not_counted"]}
    assert reasons == {before: "outside_window", elsewhere: "elsewhere",
                       unplaced: "no_position", undated: "no_time", bare: "no_time_no_position"}
    assert other_day_far not in reasons        # neither at the venue nor in the window
    listed = {n["photo_id"]: n for n in found["not_counted"]}
    assert listed[before]["off_by_s"] == -2 * 3600
    assert listed[elsewhere]["distance_m"] > 2000


def test_a_gap_shorter_than_a_minute_is_not_named():
    # spans 11:45-12:15 and 12:15:30-12:45:30 leave 30 s between them; 12:45:30-13:00 is a gap
    start = datetime(2022, 8, 20, 12, 0, tzinfo=UTC)
    spans = analysis.coverage(start, start + timedelta(hours=1),
                              [start, start + timedelta(minutes=30, seconds=30)])
    assert [(a.minute, a.second, b.minute) for a, b in spans.gaps] == [(45, 30, 0)]
    assert spans.covered_s == 3600 - 30 - 14.5 * 60


def test_a_gap_of_exactly_a_minute_is_named():
    start = datetime(2022, 8, 20, 12, 0, tzinfo=UTC)
    spans = analysis.coverage(start, start + timedelta(minutes=31),
                              [start, start + timedelta(minutes=31)])
    assert [(b - a).total_seconds() for a, b in spans.gaps] == [60.0]
