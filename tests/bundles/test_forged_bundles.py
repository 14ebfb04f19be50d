"""Unsigned bundles changed consistently (manifest and SHA256SUMS rewritten to match): what is
left to catch the change is the rest of what verify checks, and each check is needed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from bundles.manifest import LOG, SUMS
from bundles.verify import verify_bundle
from evidence import custody
from tests.helpers.forgery import Manifest, file_entry, forge, log_lines, manifest_of
from tests.helpers.zips import rewrite


def problems_of(path: Path) -> list[str]:
    report = verify_bundle(path)
    assert not report.intact
    return report.problems


def test_a_custody_entry_replaced_in_the_middle_of_the_log(unsigned, tmp_path):
    """Entry 16 says something else, with its own hash recomputed, and entry 17 points at it:
    only entry 17's hash, which covers the previous entry's hash, gives it away."""
    lines = log_lines(unsigned)
    old = custody.Entry(**json.loads(lines[15]))
    fake = dataclasses.replace(old, details={**old.details, "rejected": 3})
    fake = dataclasses.replace(fake, entry_hash=fake.computed_hash())
    after = dataclasses.replace(custody.Entry(**json.loads(lines[16])),
                                prev_hash=fake.entry_hash)
    lines[15:17] = [custody.canonical(e.__dict__) for e in (fake, after)]
    log = "".join(line + "\n" for line in lines).encode()

    def edit(manifest: Manifest) -> None:
        file_entry(manifest, "log").update(sha256=hashlib.sha256(log).hexdigest(),
                                           size_bytes=len(log))

    problems = problems_of(forge(unsigned, tmp_path / "t.zip", edit, {LOG: log}))
    assert problems == [f"Custody entry 17 ({after.action}, {after.at_utc}) does not match "
                        "its own hash: it was edited after it was written."]


@pytest.mark.parametrize("kind", ["photo", "report"])
def test_a_size_the_manifest_gets_wrong_is_named(unsigned, tmp_path, kind):
    """The bytes are the ones the manifest names by their SHA-256, but not its size."""
    def edit(manifest: Manifest) -> None:
        file_entry(manifest, kind)["size_bytes"] += 1

    f = file_entry(manifest_of(unsigned), kind)
    problems = problems_of(forge(unsigned, tmp_path / "t.zip", edit))
    assert any(p.startswith(f"{f['path']} (") and f"is {f['size_bytes']} bytes long; the "
               f"manifest records {f['size_bytes'] + 1}." in p for p in problems), problems
    if kind == "report":  # nothing else says so: no custody entry vouches for a report
        assert len(problems) == 1


def test_sha256sums_giving_a_file_another_hash(unsigned, tmp_path):
    def change(data: bytes) -> bytes:
        return data.replace(file_entry(manifest_of(unsigned), "log")["sha256"].encode(),
                            b"0" * 64)

    problems = problems_of(rewrite(unsigned, tmp_path / "t.zip", {SUMS: change}))
    assert problems == [f"SHA256SUMS gives custody.jsonl the SHA-256 {'0' * 64}, but the "
                        f"manifest records {file_entry(manifest_of(unsigned), 'log')['sha256']}."]
