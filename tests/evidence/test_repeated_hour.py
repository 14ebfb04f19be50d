"""Almaty's repeated hour: 23:00-24:00 on 29 February 2024 happened twice, at UTC+6 and then,
after the clocks went back at 1 March 00:00, at UTC+5. A camera time in it without a recorded
offset is read as the first pass unless the GPS clock shows the second; a recorded offset is
judged at the instant it gives, so either pass is consistent with Almaty."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from evidence import analysis
from evidence.inspection import inspect_file
from evidence.model import Inspection, OffsetSource
from evidence.store import Case
from tests.helpers.casework import INSIDE, add_claim, add_photo, add_venue, observe
from tests.helpers.photos import Shot, write_photo

ALMATY = {"lat": 43.2380, "lon": 76.9450}
FIRST_PASS, SECOND_PASS = timedelta(hours=6), timedelta(hours=5)


def inspect(tmp_path, zone: str | None = None, **shot) -> Inspection:
    return inspect_file(str(write_photo(tmp_path / "t.jpg", Shot(**shot))), zone)


def codes(found: Inspection) -> set[str]:
    return {f.code for f in found.findings}


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


# -- without a recorded offset: the zone's history, and the GPS clock in the repeated hour --

@pytest.mark.parametrize(("where", "zone", "source"), [
    (ALMATY, None, OffsetSource.LOCATION),
    ({"lat": None, "lon": None}, "Asia/Almaty", OffsetSource.CASE_DEFAULT),
], ids=["zone-at-position", "case-zone"])
def test_without_a_gps_clock_the_repeated_hour_is_its_first_pass(tmp_path, where, zone, source):
    found = inspect(tmp_path, zone, taken="2024:02:29 23:30:00", **where)
    assert found.time.offset_source is source
    assert found.time.offset == FIRST_PASS
    assert found.time.taken_utc == utc(2024, 2, 29, 17, 30)


@pytest.mark.parametrize(("where", "zone"), [
    (ALMATY, None), ({"lat": None, "lon": None}, "Asia/Almaty")],
    ids=["zone-at-position", "case-zone"])
def test_a_gps_clock_in_the_second_pass_dates_it_there_without_a_clock_skew(tmp_path, where,
                                                                            zone):
    found = inspect(tmp_path, zone, taken="2024:02:29 23:30:00",
                    gps_time=datetime(2024, 2, 29, 18, 30), **where)
    assert found.time.offset == SECOND_PASS
    assert found.time.taken_utc == utc(2024, 2, 29, 18, 30)
    assert found.time.clock_skew_s == 0
    assert "clock_skew" not in codes(found)


def test_a_gps_clock_in_the_first_pass_keeps_it_there(tmp_path):
    found = inspect(tmp_path, taken="2024:02:29 23:30:00",
                    gps_time=datetime(2024, 2, 29, 17, 30), **ALMATY)
    assert found.time.offset == FIRST_PASS
    assert found.time.taken_utc == utc(2024, 2, 29, 17, 30)
    assert "clock_skew" not in codes(found)


def test_the_pass_nearer_the_gps_clock_is_taken_even_with_a_drifting_camera(tmp_path):
    # the camera 90 s fast in the second pass: within the 120 s a camera clock is allowed
    found = inspect(tmp_path, taken="2024:02:29 23:31:30",
                    gps_time=datetime(2024, 2, 29, 18, 30), **ALMATY)
    assert found.time.offset == SECOND_PASS
    assert found.time.clock_skew_s == 90
    assert "clock_skew" not in codes(found)


def test_a_gps_clock_halfway_between_the_passes_leaves_the_first(tmp_path):
    # 18:00Z is 30 min from both readings (17:30Z, 18:30Z): nothing decides, the first stays
    found = inspect(tmp_path, taken="2024:02:29 23:30:00",
                    gps_time=datetime(2024, 2, 29, 18, 0), **ALMATY)
    assert found.time.offset == FIRST_PASS
    assert found.time.clock_skew_s == -1800
    assert "clock_skew" in codes(found)


@pytest.mark.parametrize(("taken", "gps", "offset", "skew_s"), [
    # 22:59 happened once (UTC+6): a GPS clock an hour later means the camera is an hour behind
    ("2024:02:29 22:59:00", datetime(2024, 2, 29, 16, 59), FIRST_PASS, 0),
    ("2024:02:29 22:59:00", datetime(2024, 2, 29, 17, 59), FIRST_PASS, -3600),
    # the repeated hour's first and last moments, in its second pass
    ("2024:02:29 23:00:00", datetime(2024, 2, 29, 18, 0), SECOND_PASS, 0),
    ("2024:02:29 23:59:59", datetime(2024, 2, 29, 18, 59, 59), SECOND_PASS, 0),
    # 00:00 on 1 March happened once (UTC+5): a GPS clock an hour earlier means an hour ahead
    ("2024:03:01 00:00:00", datetime(2024, 2, 29, 19, 0), SECOND_PASS, 0),
    ("2024:03:01 00:00:00", datetime(2024, 2, 29, 18, 0), SECOND_PASS, 3600),
], ids=["22:59-once", "22:59-gps-an-hour-later", "23:00:00-second-pass", "23:59:59-second-pass",
        "03-01-00:00-once", "03-01-00:00-gps-an-hour-earlier"])
def test_only_the_repeated_hour_is_read_by_the_gps_clock(tmp_path, taken, gps, offset, skew_s):
    found = inspect(tmp_path, taken=taken, gps_time=gps, **ALMATY)
    assert found.time.offset == offset
    assert found.time.clock_skew_s == skew_s
    assert ("clock_skew" in codes(found)) is (abs(skew_s) > 120)


def test_a_second_pass_photo_is_not_said_to_have_a_clock_an_hour_behind(tmp_path):
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as case:
        claim = add_claim(case, add_venue(case), "2024-02-29 22:00", "2024-03-01 02:00",
                          "other_event")
        photo = add_photo(case, tmp_path, "night.jpg", "2024-02-29 23:30",
                          gps_time=datetime(2024, 2, 29, 18, 30))
        observe(case, photo, "venue_empty")
        result = analysis.analyze_case(case).as_json()
    [judged] = [c for c in result["claims"] if c["claim_id"] == claim]
    [counted] = judged["photos"]
    assert counted["instant_utc"] == "2024-02-29T18:30:00Z"
    assert counted["time_basis"] != "GPS clock"     # the camera clock, read right, is kept
    keys = {k for c in judged["explain"]["caveats"] for k in _keys(c)}
    assert not keys & {"note.clock_behind", "note.clock_ahead"}


def test_without_a_gps_clock_a_repeated_hour_photo_counts_for_the_first_pass(tmp_path):
    # the refusal's window is the first pass's 23:00-23:45 (17:00Z-17:45Z); a photo at 23:30
    # with nothing else to date it is read there and counts
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as case:
        claim = add_claim(case, add_venue(case), "2024-02-29 23:00", "2024-02-29 23:45",
                          "other_event")
        photo = add_photo(case, tmp_path, "night.jpg", "2024-02-29 23:30", position=INSIDE)
        observe(case, photo, "venue_empty")
        result = analysis.analyze_case(case).as_json()
    [judged] = [c for c in result["claims"] if c["claim_id"] == claim]
    assert judged["window"]["start_utc"] == "2024-02-29T17:00:00Z"
    assert [p["instant_utc"] for p in judged["photos"]] == ["2024-02-29T17:30:00Z"]


def test_a_second_pass_photo_counts_for_a_second_pass_window_only(tmp_path):
    # a window given in local time in the repeated hour is its first pass; with its offset
    # (+05:00), its second
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as case:
        venue = add_venue(case)
        first = add_claim(case, venue, "2024-02-29 23:00", "2024-02-29 23:45", "other_event")
        second = add_claim(case, venue, "2024-02-29 23:00+05:00", "2024-02-29 23:45+05:00",
                           "other_event", number="Z-2")
        photo = add_photo(case, tmp_path, "night.jpg", "2024-02-29 23:30",
                          gps_time=datetime(2024, 2, 29, 18, 30))
        observe(case, photo, "venue_empty")
        result = analysis.analyze_case(case).as_json()
    by_claim = {c["claim_id"]: c for c in result["claims"]}
    assert by_claim[first]["window"]["start_utc"] == "2024-02-29T17:00:00Z"
    assert by_claim[second]["window"]["start_utc"] == "2024-02-29T18:00:00Z"
    assert [p["photo_id"] for p in by_claim[first]["photos"]] == []
    assert [p["photo_id"] for p in by_claim[second]["photos"]] == [photo]


def _keys(explained: dict) -> set[str]:
    """Every phrase key inside an explained phrase (its notes are phrases in its arguments)."""
    found = {explained["key"]}
    for value in explained.get("args", {}).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and "phrase" in item:
                found |= _keys(item["phrase"])
    return found


# -- a recorded offset, judged at the instant it gives --

@pytest.mark.parametrize(("taken", "offset", "instant"), [
    ("2024:02:29 23:30:00", "+06:00", utc(2024, 2, 29, 17, 30)),   # the first pass
    ("2024:02:29 23:30:00", "+05:00", utc(2024, 2, 29, 18, 30)),   # the second pass
    ("2024:02:29 23:00:00", "+05:00", utc(2024, 2, 29, 18, 0)),    # the second pass begins
    ("2024:02:29 23:59:59", "+06:00", utc(2024, 2, 29, 17, 59, 59)),  # the first one ends
    ("2024:02:29 22:59:59", "+06:00", utc(2024, 2, 29, 16, 59, 59)),
    ("2024:03:01 00:00:00", "+05:00", utc(2024, 2, 29, 19, 0)),
    ("2024:02:28 12:00:00", "+06:00", utc(2024, 2, 28, 6, 0)),
    ("2024:06:01 12:00:00", "+05:00", utc(2024, 6, 1, 7, 0)),
], ids=["23:30+06", "23:30+05", "23:00+05", "23:59:59+06", "22:59:59+06", "03-01-00:00+05",
        "02-28+06", "06-01+05"])
def test_an_offset_almaty_had_at_that_instant_is_consistent(tmp_path, taken, offset, instant):
    found = inspect(tmp_path, taken=taken, offset=offset, **ALMATY)
    assert found.time.offset_source is OffsetSource.EXIF
    assert found.time.taken_utc == instant
    assert "offset_mismatch" not in codes(found)


@pytest.mark.parametrize(("taken", "offset", "there"), [
    # an outdated zone table after the change: 00:30 +06:00 is 18:30Z, Almaty's second 23:30
    ("2024:03:01 00:30:00", "+06:00", "2024-02-29 23:30:00 UTC+05:00"),
    ("2024:03:01 00:00:00", "+06:00", "2024-02-29 23:00:00 UTC+05:00"),
    ("2024:06:01 12:00:00", "+06:00", "2024-06-01 11:00:00 UTC+05:00"),
    # UTC+5 before the change: 22:30 +05:00 is 17:30Z, Almaty's first 23:30
    ("2024:02:29 22:30:00", "+05:00", "2024-02-29 23:30:00 UTC+06:00"),
    ("2022:08:20 18:30:00", "+03:00", "2022-08-20 21:30:00 UTC+06:00"),
], ids=["03-01-00:30+06", "03-01-00:00+06", "06-01+06", "02-29-22:30+05", "2022-08-20+03"])
def test_an_offset_almaty_did_not_have_at_that_instant_is_a_mismatch(tmp_path, taken, offset,
                                                                     there):
    found = inspect(tmp_path, taken=taken, offset=offset, **ALMATY)
    [mismatch] = [f for f in found.findings if f.code == "offset_mismatch"]
    assert f"recorded UTC{offset}" in mismatch.message
    assert "Asia/Almaty" in mismatch.message and there in mismatch.message
    # information only: the instant still follows the recorded offset
    local = datetime.strptime(taken, "%Y:%m:%d %H:%M:%S")
    sign = 1 if offset[0] == "+" else -1
    shift = timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])) * sign
    assert found.time.taken_utc == (local - shift).replace(tzinfo=UTC)
