"""Unsigned bundles changed consistently (manifest and SHA256SUMS rewritten to match): what is
left to catch the change is the rest of what verify checks, and each check is needed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bundles.manifest import LOG, SUMS
from bundles.verify import verify_bundle
from evidence import custody
from tests.helpers.forgery import Manifest, file_entry, forge, log_lines, manifest_of
from tests.helpers.zips import flip_stored_byte_in_place, rewrite


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


# -- what the manifest says, against the custody log ---------------------------------------

def _first(table: str, **values: object) -> Callable[[Manifest], None]:
    def edit(manifest: Manifest) -> None:
        manifest[table][0].update(values)
    return edit


def _without_first(table: str) -> Callable[[Manifest], None]:
    def edit(manifest: Manifest) -> None:
        del manifest[table][0]
    return edit


def _photo(**values: object) -> Callable[[Manifest], None]:
    def edit(manifest: Manifest) -> None:
        photo = file_entry(manifest, "photo")
        for key, value in values.items():
            target = photo["imports"][0] if key == "import_actor" else photo
            target["actor" if key == "import_actor" else key] = value
    return edit


def _moved_time(manifest: Manifest) -> None:
    file_entry(manifest, "photo")["inspection"]["taken_utc"] = "2022-08-20T20:00:00Z"


MANIFEST_EDITS: dict[str, tuple[Callable[[Manifest], None], str]] = {
    "a venue edited": (
        _first("venues", name_en="Anywhere"), "Venue 1 in the manifest differs from what the "
        "custody log last recorded for it: edited outside Skver."),
    "a refusal edited": (
        _first("claims", excuse_text="No reason"), "Claim 1 in the manifest differs from what "
        "the custody log last recorded for it"),
    "an observation left out": (
        _without_first("observations"), "Observation 1 is in the custody log but missing from "
        "the manifest."),
    "a photo's metadata edited": (
        _moved_time, "its recorded inspection_sha256 differ from what custody entry"),
    "a photo's import record edited": (
        _photo(import_actor="someone else"), "does not match the custody log."),
    "a photo passed off as a refusal letter": (
        _photo(claim_ids=[1]), "(the letter of claim(s) [1]): no custody entry records that "
        "this letter was attached."),
}


@pytest.mark.parametrize("edit", sorted(MANIFEST_EDITS))
def test_what_the_manifest_says_is_checked_against_the_custody_log(unsigned, tmp_path, edit):
    change, expected = MANIFEST_EDITS[edit]
    problems = problems_of(forge(unsigned, tmp_path / "t.zip", change))
    assert any(expected in p for p in problems), problems


def test_the_number_of_entries_the_manifest_records(unsigned, tmp_path):
    count = manifest_of(unsigned)["custody"]["entries"]

    def edit(manifest: Manifest) -> None:
        manifest["custody"]["entries"] = count - 1

    assert problems_of(forge(unsigned, tmp_path / "t.zip", edit)) == [
        f"custody.jsonl holds {count} entries, but the manifest records {count - 1}: entries "
        "were added or removed."]


def test_an_entry_added_to_the_end_of_the_custody_log(unsigned, tmp_path):
    """A well-chained entry appended (say, a later 'verify' that never happened)."""
    lines = log_lines(unsigned)
    last = custody.Entry(**json.loads(lines[-1]))
    extra = custody.Entry(last.seq + 1, last.at_utc, "someone", "verify", None,
                          {"intact": True}, last.entry_hash, "")
    extra = dataclasses.replace(extra, entry_hash=extra.computed_hash())
    log = "".join(line + "\n" for line in [*lines, custody.canonical(extra.__dict__)]).encode()

    def edit(manifest: Manifest) -> None:
        file_entry(manifest, "log").update(sha256=hashlib.sha256(log).hexdigest(),
                                           size_bytes=len(log))

    problems = problems_of(forge(unsigned, tmp_path / "t.zip", edit, {LOG: log}))
    assert problems == [f"The custody log's last entry ({extra.seq}) is not the one the manifest "
                        f"records (entry {last.seq}, hash {last.entry_hash[:16]}…): the log was "
                        "rewritten or extended."]


# -- SHA256SUMS, and bytes changed inside the zip -------------------------------------------

SUMS_EDITS: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "a line that is not a checksum": (
        lambda data: data + b"check these by hand\n",
        "SHA256SUMS has a line that is not a checksum: 'check these by hand'."),
    "a file left out": (
        lambda data: b"".join(line for line in data.splitlines(keepends=True)
                              if not line.endswith(b"  reports/notes.txt\n")),
        "SHA256SUMS does not list reports/notes.txt."),
    "a file the manifest does not have": (
        lambda data: data + b"0" * 64 + b"  originals/extra.jpg\n",
        "SHA256SUMS lists originals/extra.jpg, which the manifest does not."),
}


@pytest.mark.parametrize("edit", sorted(SUMS_EDITS))
def test_sha256sums_must_list_what_the_manifest_lists(unsigned, tmp_path, edit):
    change, expected = SUMS_EDITS[edit]
    assert problems_of(rewrite(unsigned, tmp_path / "t.zip", {SUMS: change})) == [expected]


def test_sha256sums_removed(unsigned, tmp_path):
    assert problems_of(rewrite(unsigned, tmp_path / "t.zip", {SUMS: None})) == [
        "SHA256SUMS is missing, so `sha256sum -c` cannot check the bundle."]


@pytest.mark.parametrize("name, expected", [
    ("manifest.json", "manifest.json no longer matches the archive's own checksum (CRC-32): it "
                      "was changed inside the zip."),
    ("SHA256SUMS", "SHA256SUMS no longer matches the archive's own checksum.")])
def test_a_byte_changed_inside_the_zip(unsigned, tmp_path, name, expected):
    changed = tmp_path / "t.zip"
    changed.write_bytes(unsigned.read_bytes())
    flip_stored_byte_in_place(changed, name)
    assert expected in problems_of(changed)


def test_an_unreadable_signing_key(signed_bundle, tmp_path):
    changed = rewrite(signed_bundle, tmp_path / "t.zip", {"signing-key.pub": b"not a key"})
    report = verify_bundle(changed)
    assert report.signature == "invalid"
    assert report.problems == ["signing-key.pub or manifest.json.sig is damaged and cannot be "
                               "read."]
