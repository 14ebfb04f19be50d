"""Verdicts: each claim paired with the photos of its venue and window, and judged."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from evidence import analysis
from evidence.store import Case
from tests.helpers.casework import (
    add_claim,
    add_photo,
    add_venue,
    later,
    observe,
)

WINDOW = ("2022-08-20 18:00", "2022-08-20 23:00")


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as c:
        yield c


def verdict_of(case, claim_id: int) -> dict:
    result = analysis.analyze_case(case).as_json()
    return next(c for c in result["claims"] if c["claim_id"] == claim_id)


def test_no_photo_means_unverified(case):
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    result = verdict_of(case, claim)
    assert result["verdict"] == "unverified" and "No photo" in result["reasons"][0]
    assert result["coverage"]["fraction"] == 0


def test_an_empty_venue_contradicts_a_cultural_event(case, tmp_path):
    venue = add_venue(case)
    claim = add_claim(case, venue, *WINDOW, "other_event")
    photo = add_photo(case, tmp_path, "empty.jpg", "2022-08-20 18:30")
    observe(case, photo, "venue_empty", "no_event_visible", people=0)
    result = verdict_of(case, claim)
    assert result["verdict"] == "contradicted"
    assert (f"photo {photo} at 2022-08-20 18:30 UTC+06:00 (2022-08-20T12:30:00Z)"
            in result["reasons"][0])
    assert result["window"]["start_local"] == "2022-08-20 18:00 UTC+06:00"
    assert result["photos"][0]["distance_m"] < 0


def test_an_event_in_progress_supports_it_and_both_make_it_mixed(case, tmp_path):
    venue = add_venue(case)
    claim = add_claim(case, venue, *WINDOW, "other_event")
    crowd = add_photo(case, tmp_path, "crowd.jpg", "2022-08-20 19:00")
    observe(case, crowd, "event_in_progress", "stage_or_equipment", people=400)
    assert verdict_of(case, claim)["verdict"] == "supported"
    empty = add_photo(case, tmp_path, "empty.jpg", "2022-08-20 22:00")
    observe(case, empty, "venue_empty")
    assert verdict_of(case, claim)["verdict"] == "mixed"


def test_a_handful_of_students_is_not_a_mass_event(case, tmp_path):
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    photo = add_photo(case, tmp_path, "students.jpg", "2022-08-20 19:00")
    observe(case, photo, "event_in_progress", "stage_or_equipment", people=8)
    result = verdict_of(case, claim)
    assert result["verdict"] == "contradicted"
    reason = result["reasons"][0]
    assert "8 people recorded, fewer than 20: by the head-count rule" in reason
    # what the reviewer recorded and the rule sets aside is said, not dropped
    assert "the reviewer also recorded event in progress, stage or equipment, which the " \
           "head-count rule sets aside" in reason
    assert result["photos"][0]["outweighed"] == ["event_in_progress", "stage_or_equipment"]


def test_no_repair_activity_contradicts_repair_works(case, tmp_path):
    claim = add_claim(case, add_venue(case), "2022-06-01 09:00", "2022-06-01 18:00",
                      "repair_works")
    photo = add_photo(case, tmp_path, "hose.jpg", "2022-06-01 12:00")
    observe(case, photo, "no_repair_activity", "access_open")
    assert verdict_of(case, claim)["verdict"] == "contradicted"


def test_reviewed_but_irrelevant_observations_leave_it_unverified(case, tmp_path):
    claim = add_claim(case, add_venue(case), *WINDOW, "repair_works")
    observe(case, add_photo(case, tmp_path, "a.jpg", "2022-08-20 19:00"), "venue_empty")
    result = verdict_of(case, claim)
    assert result["verdict"] == "unverified" and "no reviewer's observation" in \
        result["reasons"][0]


def test_photos_outside_the_venue_or_window_do_not_qualify(case, tmp_path):
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    far = add_photo(case, tmp_path, "far.jpg", "2022-08-20 19:00", position=(43.25, 76.95))
    early = add_photo(case, tmp_path, "early.jpg", "2022-08-20 17:50")
    late = add_photo(case, tmp_path, "late.jpg", "2022-08-20 23:05")
    for photo in (far, early, late):
        observe(case, photo, "venue_empty")
    assert verdict_of(case, claim)["photos"] == []


def test_time_doubt_at_the_window_edge_qualifies_marked_as_edge(case, tmp_path):
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    # at 23:00 exactly, the window's (exclusive) end; a camera clock is good to a minute
    photo = add_photo(case, tmp_path, "end.jpg", "2022-08-20 23:00")
    observe(case, photo, "venue_empty")
    [qualified] = verdict_of(case, claim)["photos"]
    assert qualified["at_edge"] and qualified["uncertainty_s"] == 60


def test_within_gps_accuracy_of_the_boundary_qualifies_with_a_caveat(case, tmp_path):
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    # 0.0002° of latitude (22 m) south of the south edge, accuracy 30 m
    photo = add_photo(case, tmp_path, "edge.jpg", "2022-08-20 19:00",
                      position=(43.2398, 76.941), accuracy=30.0)
    observe(case, photo, "venue_empty")
    result = verdict_of(case, claim)
    assert [p["photo_id"] for p in result["photos"]] == [photo]
    assert result["photos"][0]["at_edge"] and result["photos"][0]["distance_m"] > 0
    assert any("outside the venue's boundary" in c for c in result["caveats"])


def test_a_wrong_camera_clock_is_dated_by_gps(case, tmp_path):
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    # camera says a day earlier; the GPS clock says 2022-08-20 13:00Z = 19:00 in Almaty
    photo = add_photo(case, tmp_path, "skewed.jpg", "2022-08-19 19:00",
                      gps_time=datetime(2022, 8, 20, 13, 0))
    observe(case, photo, "venue_empty")
    result = verdict_of(case, claim)
    assert result["verdict"] == "contradicted"
    assert result["photos"][0]["time_basis"] == "GPS clock"
    assert any("GPS clock" in c and "behind" in c for c in result["caveats"])


def test_the_2024_zone_change_decides_whether_a_photo_is_in_the_window(case, tmp_path):
    # 19:30 local on 2024-06-01 is 14:30Z (UTC+5 since March 2024), not 13:30Z
    claim = add_claim(case, add_venue(case), "2024-06-01 19:00", "2024-06-01 20:00",
                      "other_event")
    photo = add_photo(case, tmp_path, "2024.jpg", "2024-06-01 19:30")
    observe(case, photo, "venue_empty")
    result = verdict_of(case, claim)
    assert result["window"]["start_utc"] == "2024-06-01T14:00:00Z"
    assert result["photos"][0]["instant_utc"] == "2024-06-01T14:30:00Z"


def test_not_designated_is_checked_against_the_designation(case):
    valid = add_claim(case, add_venue(case, "valid"), *WINDOW, "not_designated",
                      event_date="2022-08-20")
    lapsed = add_claim(case, add_venue(case, "lapsed", valid_to="2021-12-31"), *WINDOW,
                       "not_designated", event_date="2022-08-20")
    assert verdict_of(case, valid)["verdict"] == "contradicted"
    assert verdict_of(case, lapsed)["verdict"] == "supported"


def test_excuses_photos_cannot_test(case, tmp_path):
    claim = add_claim(case, add_venue(case), *WINDOW, "epidemic")
    observe(case, add_photo(case, tmp_path, "a.jpg", "2022-08-20 19:00"), "venue_empty")
    result = verdict_of(case, claim)
    assert result["verdict"] == "unverified" and "cannot test" in result["reasons"][0]


def test_coverage_and_gaps(case, tmp_path):
    claim = add_claim(case, add_venue(case), "2022-08-20 18:00", "2022-08-20 21:00",
                      "other_event")
    for n, taken in enumerate(("2022-08-20 18:10", "2022-08-20 19:30")):
        observe(case, add_photo(case, tmp_path, f"{n}.jpg", taken), "venue_empty")
    coverage = verdict_of(case, claim)["coverage"]
    # 18:00-18:25 and 19:15-19:45 covered: 55 of 180 minutes
    assert coverage["covered_s"] == 55 * 60
    assert [g["start_utc"] for g in coverage["gaps"]] == ["2022-08-20T12:25:00Z",
                                                          "2022-08-20T13:45:00Z"]


def test_recurring_repairs_never_seen(case, tmp_path):
    venue = add_venue(case, "sary-arka")
    for n, day in enumerate(("2022-06-10", "2022-07-15", "2022-08-20")):
        claim_start = f"{day} 09:00"
        add_claim(case, venue, claim_start, later(claim_start, 600), "repair_works",
                  number=f"Z-{n}")
        observe(case, add_photo(case, tmp_path, f"{n}.jpg", later(claim_start, 120)),
                "no_repair_activity")
    summary = analysis.analyze_case(case).as_json()["aggregates"]
    [pattern] = summary["recurring"]
    assert pattern["months"] == ["2022-06", "2022-07", "2022-08"]
    assert pattern["contradicted"] == 3
    assert summary["by_venue"]["sary-arka"]["contradiction_rate"] == 1.0
    assert summary["by_month"]["2022-07"]["claims"] == 1


def test_the_same_case_gives_the_same_bytes(case, tmp_path):
    venue = add_venue(case)
    add_claim(case, venue, *WINDOW, "other_event")
    observe(case, add_photo(case, tmp_path, "a.jpg", "2022-08-20 19:00"), "venue_empty")
    first = json.dumps(analysis.analyze_case(case).as_json(), sort_keys=True, ensure_ascii=False)
    root = case.root
    with Case.open(root) as again:
        second = json.dumps(analysis.analyze_case(again).as_json(), sort_keys=True,
                            ensure_ascii=False)
    assert first == second
