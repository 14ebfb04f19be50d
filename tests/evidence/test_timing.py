"""The capture instant in UTC: where the offset comes from, and the zone's history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from evidence import metadata, timing
from evidence.errors import KnownError
from evidence.model import OffsetSource
from tests.helpers.photos import Shot, write_photo

ALMATY = {"lat": 43.2380, "lon": 76.9450}


def resolve(tmp_path, default_zone=None, **shot):
    meta = metadata.read(write_photo(tmp_path / "t.jpg", Shot(**shot)))
    return timing.resolve(meta, default_zone)


def test_exif_offset_wins(tmp_path):
    t = resolve(tmp_path, taken="2022:08:20 18:30:00", offset="+06:00", **ALMATY)
    assert t.offset_source is OffsetSource.EXIF
    assert t.taken_utc == datetime(2022, 8, 20, 12, 30, tzinfo=UTC)


@pytest.mark.parametrize(("taken", "hours"), [
    ("2022:08:20 18:30:00", 6),   # Valikhanov Square, 20 August 2022: UTC+6
    ("2024:02:28 12:00:00", 6),   # the day before Kazakhstan moved to one zone
    ("2024:03:01 12:00:00", 5),   # UTC+5 from 1 March 2024
    ("2024:06:01 12:00:00", 5),
])
def test_almaty_zone_history_from_location(tmp_path, taken, hours):
    t = resolve(tmp_path, taken=taken, **ALMATY)
    assert t.offset_source is OffsetSource.LOCATION
    assert t.zone == "Asia/Almaty"
    assert t.offset == timedelta(hours=hours)
    local = datetime.strptime(taken, "%Y:%m:%d %H:%M:%S")
    assert t.taken_utc == (local - timedelta(hours=hours)).replace(tzinfo=UTC)


def test_summer_time_at_location(tmp_path):
    madrid = {"lat": 40.4469, "lon": -3.7247}
    assert resolve(tmp_path, taken="2015:04:10 20:12:23", **madrid).offset == timedelta(hours=2)
    assert resolve(tmp_path, taken="2015:01:10 20:12:23", **madrid).offset == timedelta(hours=1)


def test_case_default_when_no_offset_and_no_gps(tmp_path):
    t = resolve(tmp_path, "Asia/Almaty", taken="2022:08:20 18:30:00", lat=None, lon=None)
    assert (t.offset_source, t.offset) == (OffsetSource.CASE_DEFAULT, timedelta(hours=6))
    assert t.taken_utc == datetime(2022, 8, 20, 12, 30, tzinfo=UTC)


def test_unknown_without_any_source(tmp_path):
    t = resolve(tmp_path, taken="2022:08:20 18:30:00", lat=None, lon=None)
    assert t.offset_source is OffsetSource.UNKNOWN
    assert t.taken_local == datetime(2022, 8, 20, 18, 30)
    assert t.taken_utc is None and t.offset is None


def test_zero_position_is_not_used_for_the_zone(tmp_path):
    t = resolve(tmp_path, "Asia/Almaty", taken="2022:08:20 18:30:00", lat=0.0, lon=0.0)
    assert t.offset_source is OffsetSource.CASE_DEFAULT


def test_clock_skew_against_gps(tmp_path):
    t = resolve(tmp_path, taken="2022:08:20 18:30:00", offset="+06:00",
                gps_time=datetime(2022, 8, 20, 12, 25, 0), **ALMATY)
    assert t.clock_skew_s == pytest.approx(300.0)  # camera five minutes ahead


def test_unknown_zone_name_is_a_clear_error():
    with pytest.raises(KnownError, match="Mars/Olympus"):
        timing.zone("Mars/Olympus")
    with pytest.raises(KnownError):
        timing.zone("../../etc/passwd")


def test_zone_data_is_the_bundled_tz_database():
    assert timing.TZDATA_VERSION >= "2024a"
    assert timing.zone("Asia/Almaty").key == "Asia/Almaty"


@pytest.mark.parametrize(("text", "expected"), [
    ("+05:00", timedelta(hours=5)), ("-03:30", timedelta(hours=-3, minutes=-30)),
    ("Z", timedelta(0)), ("+15:00", None), ("5", None), ("+ab:cd", None)])
def test_parse_offset(text, expected):
    assert timing.parse_offset(text) == expected
