"""Reading one photo: every field, every format, every hemisphere."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from evidence import metadata
from tests.helpers.photos import Shot, write_photo

FORMATS = [(".jpg", "image/jpeg"), (".png", "image/png"), (".webp", "image/webp"),
           (".heic", "image/heic")]


@pytest.mark.parametrize(("suffix", "media_type"), FORMATS)
def test_every_field_is_read_in_each_format(tmp_path, suffix, media_type):
    shot = Shot(taken="2021:03:04 05:06:07", subsec="054", offset="-03:00", modified=None,
                lat=-34.603722, lon=-58.381592, altitude=-12.5, accuracy=7.5,
                bearing=123.4, bearing_ref="M", gps_time=datetime(2021, 3, 4, 8, 6, 7, 500000),
                make="Acme", model="Shooter 9", software="Firmware 1.2", size=(80, 60))
    path = write_photo(tmp_path / f"photo{suffix}", shot)
    meta = metadata.read(path)
    assert meta.error is None
    assert meta.media_type == media_type
    assert (meta.width, meta.height) == (80, 60)
    assert meta.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert meta.size_bytes == path.stat().st_size
    assert meta.latitude == pytest.approx(-34.603722, abs=1e-6)   # S makes it negative
    assert meta.longitude == pytest.approx(-58.381592, abs=1e-6)  # W makes it negative
    assert meta.altitude_m == pytest.approx(-12.5)                # GPSAltitudeRef 1: below sea
    assert meta.gps_accuracy_m == pytest.approx(7.5)
    assert (meta.bearing_deg, meta.bearing_ref) == (pytest.approx(123.4), "M")
    assert meta.camera_time == datetime(2021, 3, 4, 5, 6, 7, 54000)
    assert meta.camera_offset == timedelta(hours=-3)
    assert meta.gps_time == datetime(2021, 3, 4, 8, 6, 7, 500000, tzinfo=UTC)
    assert (meta.camera_make, meta.camera_model, meta.software) == ("Acme", "Shooter 9",
                                                                    "Firmware 1.2")


def test_northern_eastern_hemisphere_is_positive(tmp_path):
    meta = metadata.read(write_photo(tmp_path / "a.jpg", Shot(lat=43.238, lon=76.945,
                                                              altitude=850.0)))
    assert meta.latitude == pytest.approx(43.238, abs=1e-6)
    assert meta.longitude == pytest.approx(76.945, abs=1e-6)
    assert meta.altitude_m == pytest.approx(850.0)


@pytest.mark.parametrize(("subsec", "micro"),
                         [("5", 500000), ("054", 54000), ("123456789", 123456)])
def test_subseconds_are_a_decimal_fraction(tmp_path, subsec, micro):
    meta = metadata.read(write_photo(tmp_path / "a.jpg", Shot(subsec=subsec)))
    assert meta.camera_time.microsecond == micro


def test_file_is_never_modified_by_reading(tmp_path):
    path = write_photo(tmp_path / "a.jpg")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    metadata.read(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_tiff_and_dng_are_told_apart(tmp_path):
    tiff = metadata.read(write_photo(tmp_path / "a.tif", Shot(make="Scanner")))
    dng = metadata.read(write_photo(tmp_path / "a.dng", Shot(make="RawCam")))
    assert (tiff.media_type, tiff.camera_make) == ("image/tiff", "Scanner")
    assert (dng.media_type, dng.camera_make) == ("image/x-adobe-dng", "RawCam")


def test_tiff_gps_and_time_written_by_exiftool_are_read(tmp_path, exiftool):
    import subprocess

    path = write_photo(tmp_path / "a.tif", Shot(make="Scanner"))
    subprocess.run([exiftool, "-q", "-overwrite_original", "-GPSLatitude=43.25",
                    "-GPSLatitudeRef=N", "-GPSLongitude=76.95", "-GPSLongitudeRef=E",
                    "-DateTimeOriginal=2022:08:20 18:30:00", str(path)], check=True)
    meta = metadata.read(path)
    assert (meta.latitude, meta.longitude) == (pytest.approx(43.25), pytest.approx(76.95))
    assert meta.camera_time == datetime(2022, 8, 20, 18, 30)


def test_file_type_comes_from_bytes_not_name(tmp_path):
    disguised = write_photo(tmp_path / "a.png")
    renamed = disguised.rename(tmp_path / "holiday.jpg")
    assert metadata.read(renamed).media_type == "image/png"


def test_non_ascii_file_name(tmp_path):
    path = write_photo(tmp_path / "Алматы сквер — Ганди 1.jpg")
    meta = metadata.read(path)
    assert meta.error is None and meta.path.endswith("Ганди 1.jpg")


def test_blank_capture_time_is_kept_raw_and_not_a_date(tmp_path):
    meta = metadata.read(write_photo(tmp_path / "a.jpg", Shot(taken="0000:00:00 00:00:00")))
    assert meta.camera_time is None
    assert meta.camera_time_raw == "0000:00:00 00:00:00"
