"""Verifying a bundle with nothing but the bundle; every kind of tampering caught and named."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bundles import writer as bundle
from bundles.verify import verify_bundle
from evidence import signing
from evidence.custody import canonical
from evidence.store import Case
from tests.helpers.zips import flip_byte, flip_stored_byte_in_place, make_zip, rewrite

MANIFEST, LOG, SUMS = "manifest.json", "custody.jsonl", "SHA256SUMS"


@pytest.fixture(scope="module")
def original(signed):
    """The manifest of the signed demo bundle and its first photo's file entry."""
    path, _ = signed
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    return manifest, next(f for f in manifest["files"] if f["kind"] == "photo")


def problems_of(path: Path) -> list[str]:
    report = verify_bundle(path)
    assert not report.intact
    return report.problems


def test_the_intact_bundle_verifies(signed):
    path, result = signed
    report = verify_bundle(path)
    assert report.intact, report.problems
    assert (report.signature, report.fingerprint) == ("valid", result.fingerprint)
    assert report.files == report.files_intact == 13 and report.entries > 30
    assert report.manifest_sha256 == result.manifest_sha256


def test_one_byte_of_an_original(signed, original, tmp_path):
    path, _ = signed
    _, photo = original
    changed = rewrite(path, tmp_path / "t.zip", {photo["path"]: flip_byte})
    [problem] = problems_of(changed)
    assert photo["path"] in problem and photo["sha256"] in problem and "has changed" in problem
    assert f"photo {photo['photo_id']}, imported as IMG_000{photo['photo_id']}.jpg" in problem


def test_one_byte_changed_inside_the_zip_file_itself(signed, original, tmp_path):
    path, _ = signed
    _, photo = original
    changed = tmp_path / "t.zip"
    changed.write_bytes(path.read_bytes())
    flip_stored_byte_in_place(changed, photo["path"])
    [problem] = problems_of(changed)
    assert photo["path"] in problem and "checksum (CRC-32)" in problem


def test_one_byte_of_the_manifest(signed, tmp_path):
    path, _ = signed
    changed = rewrite(path, tmp_path / "t.zip", {
        MANIFEST: lambda data: data.replace("Алматы: отказы".encode(),
                                            "Алматы: отказЫ".encode(), 1)})
    problems = problems_of(changed)
    assert any(p.startswith("SHA256SUMS gives manifest.json the SHA-256") for p in problems)
    assert any("signature (manifest.json.sig) does not match manifest.json" in p
               for p in problems)


def _edit_log(data: bytes, edit) -> bytes:
    lines = data.decode().splitlines()
    return "".join(line + "\n" for line in edit(lines)).encode()


def test_an_actor_changed_in_the_custody_log(signed, tmp_path):
    path, _ = signed

    def edit(lines):
        entry = json.loads(lines[4])
        entry["actor"] = "someone else"
        return [*lines[:4], canonical(entry), *lines[5:]]

    changed = rewrite(path, tmp_path / "t.zip", {LOG: lambda d: _edit_log(d, edit)})
    problems = problems_of(changed)
    assert any(p.startswith("custody.jsonl (log) has changed") for p in problems)
    assert any("Custody entry 5" in p and "edited after it was written" in p for p in problems)


def test_an_entry_deleted_from_the_custody_log(signed, tmp_path):
    path, _ = signed
    changed = rewrite(path, tmp_path / "t.zip",
                      {LOG: lambda d: _edit_log(d, lambda lines: lines[:9] + lines[10:])})
    problems = problems_of(changed)
    assert any("Custody entries 10–10 are missing" in p for p in problems)


def test_the_last_entries_cut_from_the_custody_log(signed, tmp_path):
    path, _ = signed
    changed = rewrite(path, tmp_path / "t.zip",
                      {LOG: lambda d: _edit_log(d, lambda lines: lines[:-2])})
    problems = problems_of(changed)
    assert any("entries were cut from its end" in p for p in problems)


def test_one_byte_of_the_signature(signed, tmp_path):
    path, _ = signed
    changed = rewrite(path, tmp_path / "t.zip", {"manifest.json.sig": flip_byte})
    report = verify_bundle(changed)
    assert report.signature == "invalid"
    assert report.problems == ["The signature (manifest.json.sig) does not match manifest.json: "
                               "the manifest or the signature was changed after signing."]


def test_the_signature_removed(signed, tmp_path):
    path, _ = signed
    changed = rewrite(path, tmp_path / "t.zip",
                      {"manifest.json.sig": None, "signing-key.pub": None, "SIGNATURE.txt": None})
    [problem] = problems_of(changed)
    assert "says the bundle was signed" in problem and "removed" in problem


def test_the_key_replaced_and_the_manifest_resigned(signed, tmp_path):
    path, result = signed
    forger = Ed25519PrivateKey.generate()
    changed = rewrite(path, tmp_path / "t.zip", {
        "signing-key.pub": signing.public_pem(forger),
        "manifest.json.sig": lambda _: signing.sign(forger, _manifest_bytes(path))})
    [problem] = problems_of(changed)
    assert "signing-key.pub is not the key the manifest names" in problem
    assert result.fingerprint in problem


def test_a_file_added(signed, tmp_path):
    path, _ = signed
    changed = rewrite(path, tmp_path / "t.zip", added={"originals/extra.jpg": b"\xff\xd8"})
    assert problems_of(changed) == ["originals/extra.jpg is in the bundle but not in its "
                                    "manifest: it was added after the bundle was made."]


def test_a_file_removed(signed, original, tmp_path):
    path, _ = signed
    _, photo = original
    changed = rewrite(path, tmp_path / "t.zip", {photo["path"]: None})
    [problem] = problems_of(changed)
    assert problem.startswith(photo["path"]) and "missing from the bundle" in problem


def test_a_consistent_forgery_is_still_caught_by_the_custody_log(signed, original, corpus,
                                                                 tmp_path):
    """An original swapped, manifest and SHA256SUMS rewritten to match, signature dropped."""
    path, _ = signed
    manifest, photo = original
    fake = (corpus / "jpg" / "gps" / "DSCN0010.jpg").read_bytes()
    fake_sha = hashlib.sha256(fake).hexdigest()
    forged = json.loads(json.dumps(manifest))
    entry = next(f for f in forged["files"] if f["path"] == photo["path"])
    entry.update(path=f"originals/{fake_sha}.jpg", sha256=fake_sha, size_bytes=len(fake))
    forged["files"].sort(key=lambda f: f["path"])
    forged["signature"] = None
    forged_bytes = canonical(forged).encode()
    sums = {f["path"]: f["sha256"] for f in forged["files"]}
    sums[MANIFEST] = hashlib.sha256(forged_bytes).hexdigest()
    changed = rewrite(path, tmp_path / "t.zip", {
        photo["path"]: None, MANIFEST: forged_bytes,
        SUMS: "".join(f"{sums[p]}  {p}\n" for p in sorted(sums)).encode(),
        "manifest.json.sig": None, "signing-key.pub": None, "SIGNATURE.txt": None},
        added={f"originals/{fake_sha}.jpg": fake})
    problems = problems_of(changed)
    assert any(fake_sha in p and "no import entry" in p for p in problems), problems


def test_a_bundle_without_its_custody_log(signed, original, tmp_path):
    """custody.jsonl removed from the zip and from the manifest's list, signature dropped."""
    path, _ = signed
    manifest, _ = original
    forged = {**manifest, "signature": None,
              "files": [f for f in manifest["files"] if f["path"] != LOG]}
    forged_bytes = canonical(forged).encode()
    sums = {f["path"]: f["sha256"] for f in forged["files"]}
    sums[MANIFEST] = hashlib.sha256(forged_bytes).hexdigest()
    changed = rewrite(path, tmp_path / "t.zip", {
        LOG: None, MANIFEST: forged_bytes,
        SUMS: "".join(f"{sums[p]}  {p}\n" for p in sorted(sums)).encode(),
        "manifest.json.sig": None, "signing-key.pub": None, "SIGNATURE.txt": None})
    assert problems_of(changed) == ["The manifest does not list custody.jsonl: without the "
                                    "custody log nothing vouches for where the files came from."]


def test_not_a_bundle(tmp_path):
    report = verify_bundle(make_zip(tmp_path / "t.zip", [("notes.txt", b"hello")]))
    assert report.problems[0].startswith("manifest.json is missing")


def _manifest_bytes(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(MANIFEST)


def test_a_signature_added_to_an_unsigned_bundle(signed, demo_case, tmp_path):
    with Case.open(demo_case) as case:
        unsigned = bundle.export(case, tmp_path / "u.zip", actor="t", sign=False).path
    with zipfile.ZipFile(signed[0]) as zf:
        added = {name: zf.read(name) for name in ("manifest.json.sig", "signing-key.pub")}
    changed = rewrite(unsigned, tmp_path / "t.zip", added=added)
    [problem] = problems_of(changed)
    assert "says it was not signed: signature files were added later" in problem
