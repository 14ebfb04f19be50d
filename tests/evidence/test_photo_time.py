"""A photo's time as the window shows it: the analysis's instant, in the time of its place, and
the camera clock's own reading beside it where the GPS clock dates the photo instead."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from evidence.facts import inspection_fact
from evidence.inspection import inspect_file
from evidence.model import OffsetSource
from evidence.photo_time import photo_time
from tests.helpers.photos import CORPUS, Shot, write_photo

ALMATY = "Asia/Almaty"


def shown(tmp_path, shot: Shot, case_zone: str | None = ALMATY):
    path = write_photo(tmp_path / "p.jpg", shot)
    found = inspect_file(str(path), case_zone)
    fact = inspection_fact(found)
    return photo_time(found, fact, case_zone), fact


def test_a_camera_clock_that_agrees_is_shown_as_it_read(tmp_path):
    time, fact = shown(tmp_path, Shot(taken="2022:08:20 18:30:00", lat=43.24, lon=76.94))
    assert time.instant == fact.instant == datetime(2022, 8, 20, 12, 30, tzinfo=UTC)
    assert time.local.replace(tzinfo=None) == datetime(2022, 8, 20, 18, 30)
    assert time.local.utcoffset() == timedelta(hours=6)
    assert time.offset_source is OffsetSource.LOCATION and time.zone == ALMATY
    assert not time.by_gps and time.camera is None and time.camera_ahead_s is None


def test_a_camera_clock_a_day_behind_is_kept_beside_the_gps_instant(tmp_path):
    gps = datetime(2022, 8, 21, 12, 30, tzinfo=UTC)
    time, fact = shown(tmp_path, Shot(taken="2022:08:20 18:30:00", lat=43.24, lon=76.94,
                                      gps_time=gps.replace(tzinfo=None)))
    assert time.by_gps and time.instant == fact.instant == gps
    assert time.local.replace(tzinfo=None) == datetime(2022, 8, 21, 18, 30)  # the place's time
    assert time.zone == ALMATY
    assert time.camera == datetime(2022, 8, 20, 18, 30)
    assert time.camera_ahead_s == -86400


def test_the_place_decides_the_local_time_not_the_camera_setting(tmp_path):
    # Almaty left UTC+6 for UTC+5 on 1 March 2024: a skewed photo taken after is shown at +05:00
    # even though its camera clock (a week earlier) was read at +06:00.
    gps = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
    time, _fact = shown(tmp_path, Shot(taken="2024:02:27 18:00:00", lat=43.24, lon=76.94,
                                       gps_time=gps.replace(tzinfo=None)))
    assert time.by_gps and time.local.utcoffset() == timedelta(hours=5)
    assert time.local.replace(tzinfo=None) == datetime(2024, 3, 5, 17, 0)


def test_a_photo_only_the_gps_clock_dates_has_a_time_in_its_places_zone(tmp_path):
    gps = datetime(2022, 8, 21, 13, 0, tzinfo=UTC)
    time, _fact = shown(tmp_path, Shot(taken=None, lat=43.24, lon=76.94,
                                       gps_time=gps.replace(tzinfo=None)))
    assert time.dated and time.by_gps and time.instant == gps
    assert time.local.replace(tzinfo=None) == datetime(2022, 8, 21, 19, 0)
    assert time.offset_source is OffsetSource.LOCATION and time.camera is None


def test_without_a_position_the_case_zone_gives_the_local_time(tmp_path):
    gps = datetime(2022, 8, 21, 13, 0, tzinfo=UTC)
    time, _fact = shown(tmp_path, Shot(taken=None, lat=None, lon=None,
                                       gps_time=gps.replace(tzinfo=None)))
    assert time.offset_source is OffsetSource.CASE_DEFAULT and time.zone == ALMATY
    assert time.local.replace(tzinfo=None) == datetime(2022, 8, 21, 19, 0)
    nowhere, _fact = shown(tmp_path, Shot(taken=None, lat=None, lon=None,
                                          gps_time=gps.replace(tzinfo=None)), case_zone=None)
    assert nowhere.dated and nowhere.local is None  # shown in UTC, said so


def test_an_undated_photo_keeps_what_its_camera_said(tmp_path):
    time, fact = shown(tmp_path, Shot(taken="2022:08:20 18:30:00", lat=None, lon=None),
                       case_zone=None)
    assert fact.instant is None and not time.dated
    assert time.camera == datetime(2022, 8, 20, 18, 30) and time.local is None
    assert time.order == float("inf")  # sorted after every dated photo


def test_the_real_nikon_files_are_shown_on_the_day_the_gps_clock_says():
    for path in sorted((CORPUS / "jpg" / "gps").glob("DSCN*.jpg")):
        found = inspect_file(str(path), ALMATY)
        time = photo_time(found, inspection_fact(found), ALMATY)
        assert time.by_gps and time.local.date().isoformat() == "2008-10-23", path.name
        assert time.camera.date().isoformat() == "2008-10-22"
        assert -86400 < time.camera_ahead_s < -86000  # about a day behind
