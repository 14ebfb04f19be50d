"""Inputs the fuzzer (fuzz/run.py) found crashing or stalling a reader, each kept small."""

from __future__ import annotations

import struct

import pytest

from evidence import venues
from evidence.claim_fields import FieldError, window_from_local
from evidence.claims_csv import import_csv
from evidence.errors import KnownError
from evidence.inspection import inspect_file
from evidence.store import Case
from fuzz import cases

HEADER = "document_number,document_date,venue,window_start,window_end,excuse_text," \
    "expected_participants\n"


@pytest.fixture
def case(tmp_path):
    with cases.fresh(tmp_path) as opened:
        yield opened


def _refused_untouched(case: Case, path) -> str:
    before = cases.counts(case)
    with pytest.raises(KnownError) as caught:
        import_csv(case, path, "t")
    cases.check_refused(case, before)
    cases.check_intact(case)
    return str(caught.value)


@pytest.mark.parametrize("start, end", [("9999-12-31", ""), ("9999-12-31 23:00", "24:00"),
                                        ("0001-01-01 00:00", "01:00"),
                                        ("9999-12-31 23:59", "9999-12-31 23:59-14:00")])
def test_a_window_at_the_ends_of_the_calendar_is_a_field_error(start, end):
    # Was OverflowError from date arithmetic (fuzz/crashes/claims_csv, claim_fields.py:59).
    with pytest.raises(FieldError) as caught:
        window_from_local(start, end or None, "Asia/Almaty")
    assert caught.value.field == "window_start" and "calendar" in caught.value.problem


@pytest.mark.parametrize("venue, people", [("²", "5"), ("9" * 25, "5"), ("square", "²"),
                                           ("square", "9" * 25)])
def test_odd_digits_in_a_venue_or_a_head_count_are_row_errors(case, tmp_path, venue, people):
    # Were ValueError ('²'.isdigit() is true) and OverflowError (SQLite's integers).
    path = tmp_path / "claims.csv"
    path.write_text(HEADER + f"Z-1,2022-08-18,{venue},2022-08-20 10:00,12:00,x,{people}\n",
                    encoding="utf-8")
    assert "row 2, column " in _refused_untouched(case, path)


@pytest.mark.parametrize("inner", ["[" * 100_000 + "]" * 100_000,
                                   '{"a": ' * 100_000 + "1" + "}" * 100_000])
def test_geojson_nested_too_deeply_is_a_known_error(case, tmp_path, inner):
    # Was RecursionError out of json.loads (fuzz/crashes/geojson, venues.py:132).
    path = tmp_path / "deep.geojson"
    path.write_text('{"type": "FeatureCollection", "features": ' + inner + "}")
    before = cases.counts(case)
    with pytest.raises(KnownError, match="nests its JSON too deeply"):
        venues.import_geojson(case, path, "t")
    cases.check_refused(case, before)


def _heic_with_iloc(items: int, extents: int) -> bytes:
    """An ftyp and a meta box whose iloc lists `items` items of `extents` zero-byte extents."""
    ftyp = struct.pack(">I4s4sI8s", 24, b"ftyp", b"heic", 0, b"mif1heic")
    # version 0, no flags, every size 0 (offset, length, base offset), the item count
    table = struct.pack(">B3sBBH", 0, b"\0\0\0", 0, 0, items)
    table += struct.pack(">HHH", 1, 0, extents) * items  # item id, data reference, extents
    iloc = struct.pack(">I4s", 8 + len(table), b"iloc") + table
    meta_body = b"\0\0\0\0" + iloc
    return ftyp + struct.pack(">I4s", 8 + len(meta_body), b"meta") + meta_body


def test_a_heif_item_table_built_to_stall_exifread_is_not_walked(tmp_path):
    # Found as an 855-byte HEIC that kept exifread looping over zero-byte extents (1 s
    # uninstrumented, the whole 10 s read deadline under atheris): fuzz/crashes/metadata.
    data = _heic_with_iloc(items=16, extents=0xFFFF)
    assert len(data) < 200
    path = tmp_path / "stall.heic"
    path.write_bytes(data)
    result = inspect_file(str(path))
    found = {f.code: f.message for f in result.findings}
    assert "1,048,560 data extents" in found["metadata_unreadable"]
    assert result.metadata.sha256 and result.metadata.error


def test_a_real_iphone_heic_still_has_its_metadata(corpus):
    result = inspect_file(str(corpus / "heic" / "IMG_5195.HEIC"))
    assert result.metadata.latitude is not None and result.metadata.camera_time is not None


@pytest.mark.parametrize("offset, position", [("+06:00", None), (None, (43.2407, 76.941))])
def test_a_camera_clock_at_the_calendars_first_hours_is_implausible_not_a_crash(
        tmp_path, offset, position):
    from evidence.inspection import inspect_file
    from tests.helpers.photos import Shot, write_photo

    lat, lon = position or (None, None)
    path = write_photo(tmp_path / "year1.jpg", Shot(taken="0001:01:01 00:30:00", offset=offset,
                                                      lat=lat, lon=lon))
    found = inspect_file(str(path), default_zone="Asia/Almaty")
    assert found.time.taken_utc is None
    assert "implausible_capture_time" in {f.code for f in found.findings}
