"""Bundles the fuzzer (fuzz/run.py) found crashing the bundle reader, each kept small."""

from __future__ import annotations

import json

import pytest

from reports.bundle_verify import verify_bundle
from tests.reports.zips import rewrite


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
