"""Each finding appears when, and only when, the photo has that weakness."""

from __future__ import annotations

from datetime import datetime

import pytest

from evidence.inspection import inspect_file
from tests.helpers.photos import Shot, write_photo

NOW = datetime(2026, 11, 24, 12, 0)


def codes(tmp_path, **shot) -> set[str]:
    result = inspect_file(str(write_photo(tmp_path / "f.jpg", Shot(**shot))))
    return {f.code for f in result.findings}


def test_a_good_photo_has_no_findings(tmp_path):
    assert codes(tmp_path, offset="+06:00", accuracy=5.0,
                 gps_time=datetime(2022, 8, 20, 12, 30, 1)) == set()


@pytest.mark.parametrize(("shot", "code"), [
    ({"lat": None, "lon": None}, "no_gps"),
    ({"lat": 0.0, "lon": 0.0}, "zero_gps"),
    ({"taken": None}, "no_capture_time"),
    ({"taken": "0000:00:00 00:00:00"}, "no_capture_time"),
    ({"offset": "+06:00", "gps_time": datetime(2022, 8, 21, 12, 30)}, "clock_skew"),
    ({"software": "Adobe Photoshop 24.1 (Windows)"}, "edited_by_software"),
    ({"software": "GIMP 2.10.34"}, "edited_by_software"),
    ({"modified": "2022:09:01 10:00:00"}, "modified_after_capture"),
    ({"accuracy": 120.0}, "low_gps_accuracy"),
    ({"taken": "2099:01:01 12:00:00"}, "future_capture_time"),
    ({"taken": "1980:01:01 00:00:00"}, "implausible_capture_time"),
    ({"lat": None, "lon": None, "offset": None}, "unknown_offset"),
    ({"offset": "+03:00"}, "offset_mismatch"),  # Almaty was UTC+6 on 2022-08-20
])
def test_finding_appears(tmp_path, shot, code):
    assert code in codes(tmp_path, **shot)


@pytest.mark.parametrize(("shot", "code"), [
    ({"offset": "+06:00", "gps_time": datetime(2022, 8, 20, 12, 31, 59)}, "clock_skew"),  # 119 s
    ({"software": "14.4.2"}, "edited_by_software"),  # iOS version, not an editor
    ({"modified": "2022:08:20 18:30:40"}, "modified_after_capture"),  # saved 40 s later
    ({"accuracy": 30.0}, "low_gps_accuracy"),
    ({"offset": "+06:00"}, "offset_mismatch"),
])
def test_finding_does_not_appear_below_its_threshold(tmp_path, shot, code):
    assert code not in codes(tmp_path, **shot)


def test_clock_skew_message_says_how_far_and_which_way(tmp_path):
    path = write_photo(tmp_path / "f.jpg", Shot(offset="+06:00",
                                                gps_time=datetime(2022, 8, 21, 12, 30)))
    finding = next(f for f in inspect_file(str(path)).findings if f.code == "clock_skew")
    assert "24.0 h" in finding.message and "behind" in finding.message
    assert finding.severity == "warning"


def test_nikon_corpus_clock_is_about_a_day_off(corpus):
    result = inspect_file(str(corpus / "jpg" / "gps" / "DSCN0010.jpg"))
    skew = next(f for f in result.findings if f.code == "clock_skew")
    assert result.time.clock_skew_s == pytest.approx(-86308.24, abs=0.01)
    assert "24.0 h" in skew.message


def test_a_photo_dated_only_by_its_gps_clock_says_so_and_not_that_it_has_no_time(tmp_path):
    path = write_photo(tmp_path / "f.jpg", Shot(taken=None, gps_time=datetime(2022, 1, 12, 7, 30)))
    found = {f.code: f for f in inspect_file(str(path)).findings}
    assert "no_capture_time" not in found
    finding = found["dated_by_gps_clock"]
    assert finding.severity == "info"
    assert "no camera time" in finding.message
    assert "2022-01-12 07:30:00 UTC" in finding.message


def test_a_photo_with_no_time_at_all_keeps_no_capture_time(tmp_path):
    found = codes(tmp_path, taken=None)
    assert "no_capture_time" in found and "dated_by_gps_clock" not in found


@pytest.mark.parametrize("name", ["HMD_Nokia_8.3_5G.heif", "HMD_Nokia_8.3_5G_hdr.heif"])
def test_the_nokia_heifs_dated_by_gps_alone_as_exiftool_reads_them(corpus, name):
    # ExifTool: no DateTimeOriginal or CreateDate, only GPSDateStamp/GPSTimeStamp.
    result = inspect_file(str(corpus / "heic" / "mobile" / name))
    found = {f.code: f.severity for f in result.findings}
    assert found == {"dated_by_gps_clock": "info"}
    assert result.metadata.gps_time is not None
