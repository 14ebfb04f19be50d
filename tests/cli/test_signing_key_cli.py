"""The case's signing key at rest: a plain case's key protected by a passphrase (a copy of the
folder alone then signs nothing), backed up encrypted, rotated with the change recorded and
signed by the old key; old bundles still verify; an encrypted case keeps it sealed already."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from tests.helpers.cli import ok, skver
from tests.helpers.photos import Shot, write_photo

pytestmark = pytest.mark.slow  # child processes

KEY_SECRET = "Talgar key words 2026"


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("keys")
    root = folder / "case"
    ok(skver("case", "init", str(root)))
    photo = write_photo(folder / "in" / "IMG_1.jpg", Shot(taken="2024:05:10 11:00:00"))
    ok(skver("import", "--case", str(root), str(photo)))
    return root


@pytest.fixture
def case(made, tmp_path) -> Path:
    return Path(shutil.copytree(made, tmp_path / "case"))


def own_fingerprint(root: Path, **env: str) -> str:
    keys = json.loads(ok(skver("case", "keys", "--case", str(root), "--json", **env)).stdout)
    return next(k["fingerprint"] for k in keys if k["own"])


def test_an_unprotected_key_is_reported_with_the_way_to_protect_it(case):
    shown = ok(skver("case", "keys", "--case", str(case))).stdout
    assert "unprotected" in shown and f"case protect-key --case {case}" in shown


def test_a_protected_key_signs_only_with_its_passphrase(case, tmp_path):
    fp = own_fingerprint(case)
    run = ok(skver("case", "protect-key", "--case", str(case),
                   SKVER_NEW_KEY_PASSPHRASE=KEY_SECRET))
    assert fp in run.stdout
    pem = (case / "signing-key.pem").read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    with pytest.raises((TypeError, ValueError)):
        serialization.load_pem_private_key(pem, password=None)
    assert "protected by a passphrase" in ok(skver("case", "keys", "--case", str(case))).stdout
    # Whoever copies the folder (and the data folder) has no key that signs.
    copy = Path(shutil.copytree(case, tmp_path / "copied"))
    refused = skver("export", "--case", str(copy), "--out", str(tmp_path / "forged.zip"))
    assert refused.returncode == 1 and "signing key needs a passphrase" in \
        refused.stderr, refused.stderr
    assert not (tmp_path / "forged.zip").exists()
    wrong = skver("export", "--case", str(copy), "--out", str(tmp_path / "forged.zip"),
                  SKVER_KEY_PASSPHRASE="guess")
    assert wrong.returncode == 1 and "Wrong passphrase for the case's signing key" in \
        wrong.stderr
    # With it, the same key signs as before.
    signed = ok(skver("export", "--case", str(case), "--out", str(tmp_path / "real.zip"),
                      SKVER_KEY_PASSPHRASE=KEY_SECRET))
    assert fp in signed.stdout
    ok(skver("verify", str(tmp_path / "real.zip"), "--expect-fingerprint", fp))
    ok(skver("verify", "--case", str(case)))
    log = json.loads(ok(skver("log", "--case", str(case), "--json")).stdout)
    assert "case-key-protected" in [e["action"] for e in log]


def test_export_key_writes_an_encrypted_backup_that_loads_with_its_passphrase(case, tmp_path):
    fp = own_fingerprint(case)
    out = tmp_path / "usb" / "case-key.pem"
    run = ok(skver("case", "export-key", "--case", str(case), "--out", str(out),
                   SKVER_NEW_KEY_PASSPHRASE=KEY_SECRET))
    assert str(out) in run.stdout and out.stat().st_mode & 0o077 == 0
    key = serialization.load_pem_private_key(out.read_bytes(), password=KEY_SECRET.encode())
    from evidence import signing

    assert signing.fingerprint(key) == fp  # type: ignore[arg-type]
    assert skver("case", "export-key", "--case", str(case), "--out", str(out),
                 SKVER_NEW_KEY_PASSPHRASE=KEY_SECRET).returncode == 1  # never overwritten
    log = json.loads(ok(skver("log", "--case", str(case), "--json")).stdout)
    exported = [e for e in log if e["action"] == "case-key-exported"]
    assert len(exported) == 1 and exported[0]["details"]["file"] == "case-key.pem"
    assert str(out.parent) not in json.dumps(exported)  # the folder is not recorded


def test_rotation_is_recorded_signed_by_the_old_key_and_old_bundles_still_verify(case,
                                                                                 tmp_path):
    old = own_fingerprint(case)
    ok(skver("export", "--case", str(case), "--out", str(tmp_path / "before.zip")))
    run = ok(skver("case", "rotate-key", "--case", str(case), "--note", "laptop lost"))
    new = own_fingerprint(case)
    assert new != old and old in run.stdout and new in run.stdout
    assert "signed by the old key" in run.stdout
    log = json.loads(ok(skver("log", "--case", str(case), "--json")).stdout)
    [rotated] = [e for e in log if e["action"] == "case-key-rotated"]
    assert rotated["details"]["previous_fingerprint"] == old
    assert rotated["details"]["fingerprint"] == new
    assert len(rotated["details"]["signature_by_previous"]) == 128
    keys = json.loads(ok(skver("case", "keys", "--case", str(case), "--json")).stdout)
    assert {(k["fingerprint"], k["own"]) for k in keys} == {(old, False), (new, True)}
    ok(skver("verify", "--case", str(case)))
    ok(skver("verify", str(tmp_path / "before.zip"), "--expect-fingerprint", old))
    after = ok(skver("export", "--case", str(case), "--out", str(tmp_path / "after.zip")))
    assert new in after.stdout
    ok(skver("verify", str(tmp_path / "after.zip"), "--expect-fingerprint", new))


def test_an_encrypted_case_keeps_its_key_sealed_already(tmp_path):
    root = tmp_path / "sealed"
    ok(skver("case", "init", str(root), "--encrypted", passphrase="case words 2026"))
    shown = ok(skver("case", "keys", "--case", str(root), passphrase="case words 2026")).stdout
    assert "encrypted with the case" in shown and "protect-key" not in shown
    refused = skver("case", "protect-key", "--case", str(root), passphrase="case words 2026",
                    SKVER_NEW_KEY_PASSPHRASE=KEY_SECRET)
    assert refused.returncode == 1 and "already kept encrypted" in refused.stderr


def test_an_older_skvers_key_left_in_the_data_folder_is_reported(case, skver_data_dir):
    assert "older Skver" not in ok(skver("case", "keys", "--case", str(case))).stdout
    legacy = skver_data_dir / "keys" / "signing-key.pem"
    legacy.parent.mkdir()
    legacy.write_bytes(b"-----BEGIN PRIVATE KEY-----\n")
    shown = ok(skver("case", "keys", "--case", str(case))).stdout
    assert f"An unprotected signing key of an older Skver lies in {legacy}" in shown
