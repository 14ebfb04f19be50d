"""Bundles the fuzzer (fuzz/run.py) found crashing the bundle reader, each kept small."""

from __future__ import annotations

import json
import struct
import zipfile

import pytest

from bundles.verify import verify_bundle
from evidence.errors import KnownError
from tests.helpers.zips import rewrite


def _with_manifest(signed, tmp_path, change) -> object:
    source, _result = signed
    return verify_bundle(rewrite(source, tmp_path / "forged.zip", {"manifest.json": change}))


@pytest.mark.parametrize("key, value", [("software", 5), ("software", "1.0"), ("case", [1])])
def test_a_manifest_section_of_the_wrong_type_is_a_problem(signed, tmp_path, key, value):
    # Was AttributeError: 'int' object has no attribute 'get' (bundle_verify._manifest).
    def change(data: bytes) -> bytes:
        return json.dumps({**json.loads(data), key: value}).encode()

    report = _with_manifest(signed, tmp_path, change)
    assert not report.intact
    assert report.problems == ["manifest.json's case or software section is malformed."]


def test_a_manifest_nested_too_deeply_is_a_problem(signed, tmp_path):
    # Was RecursionError out of json.loads.
    report = _with_manifest(signed, tmp_path, lambda _data: b"[" * 100_000 + b"]" * 100_000)
    assert not report.intact and "not readable JSON" in report.problems[0]


def test_a_custody_line_nested_too_deeply_is_a_problem(signed, tmp_path):
    source, _result = signed
    forged = rewrite(source, tmp_path / "forged.zip",
                     {"custody.jsonl": lambda data: b"[" * 100_000 + b"]" * 100_000 + b"\n"
                      + data})
    report = verify_bundle(forged)
    assert any("custody.jsonl line 1 is not a custody entry" in p for p in report.problems)


def _one_member_zip(path, name: bytes = b"abcd") -> bytearray:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(name.decode(), b"x")
    return bytearray(path.read_bytes())


def test_a_zip_needing_a_newer_zip_version_is_a_known_error(tmp_path):
    # Was NotImplementedError ("zip file version 11.2") out of zipfile.ZipFile.
    data = _one_member_zip(tmp_path / "a.zip")
    central = data.find(b"PK\x01\x02")
    data[central + 6:central + 8] = struct.pack("<H", 112)  # version needed to extract
    (tmp_path / "a.zip").write_bytes(bytes(data))
    with pytest.raises(KnownError, match="not a readable zip archive"):
        verify_bundle(tmp_path / "a.zip")


def test_a_member_name_flagged_utf8_that_is_not_is_a_known_error(tmp_path):
    # Was UnicodeDecodeError out of zipfile.ZipFile.
    data = _one_member_zip(tmp_path / "a.zip")
    central = data.find(b"PK\x01\x02")
    data[central + 8:central + 10] = struct.pack("<H", 0x800)  # the name is UTF-8
    data[central + 46:central + 50] = b"ab\xd0c"
    (tmp_path / "a.zip").write_bytes(bytes(data))
    with pytest.raises(KnownError, match="not a readable zip archive"):
        verify_bundle(tmp_path / "a.zip")


def test_a_member_flagged_as_patched_data_is_damaged_not_a_crash(signed, tmp_path):
    # zipfile raises NotImplementedError opening a member with flag bit 5 (patched data).
    source, _result = signed
    data = bytearray(source.read_bytes())
    central = data.find(b"PK\x01\x02") + data[data.find(b"PK\x01\x02"):].find(b"custody.jsonl") \
        - 46  # the custody log's central directory record
    flags = struct.unpack("<H", data[central + 8:central + 10])[0] | 0x20
    data[central + 8:central + 10] = struct.pack("<H", flags)
    (tmp_path / "patched.zip").write_bytes(bytes(data))
    report = verify_bundle(tmp_path / "patched.zip")
    assert any("custody.jsonl" in p and "CRC-32" in p for p in report.problems)


@pytest.mark.parametrize("field, value", [("outcome", {"a": 1}), ("custody_seq", [3]),
                                          ("source_name", 7)])
def test_a_photo_import_record_of_the_wrong_shape_is_malformed(signed, tmp_path, field, value):
    # Was TypeError: unhashable type: 'dict' (bundle_checks._photo), found by hypothesis.
    def change(data: bytes) -> bytes:
        manifest = json.loads(data)
        photo = next(f for f in manifest["files"] if f["kind"] == "photo")
        photo["imports"][0][field] = value
        return json.dumps(manifest).encode()

    report = _with_manifest(signed, tmp_path, change)
    assert report.problems == ["manifest.json's list of files is malformed: it was damaged or "
                               "forged."]
