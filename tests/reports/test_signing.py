"""The app's signing key: made once, kept private, the same fingerprint every time."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from platformdirs import windows

from bundles import signing
from evidence.errors import KnownError


def test_the_key_is_made_once_kept_private_and_reused(skver_data_dir):
    first = signing.load_or_create()
    path = skver_data_dir / "keys" / signing.KEY_FILE
    assert path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert signing.fingerprint(signing.load_or_create()) == signing.fingerprint(first)
    assert [p.name for p in path.parent.iterdir()] == [signing.KEY_FILE]  # no temporary left


def test_a_separate_key_dir_has_its_own_key(tmp_path):
    default = signing.load_or_create()
    other = signing.load_or_create(tmp_path / "elsewhere")
    assert signing.fingerprint(default) != signing.fingerprint(other)


def test_the_fingerprint_is_the_sha256_of_the_raw_public_key_in_groups_of_four():
    key = signing.load_or_create()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw,
                                        serialization.PublicFormat.Raw)
    shown = signing.fingerprint(key)
    assert re.fullmatch(r"([0-9a-f]{4} ){15}[0-9a-f]{4}", shown)
    assert shown.replace(" ", "") == hashlib.sha256(raw).hexdigest()
    assert signing.fingerprint(signing.load_public(signing.public_pem(key))) == shown


def test_a_signature_holds_for_the_exact_bytes_only():
    key = signing.load_or_create()
    signature = signing.sign(key, b"manifest")
    assert len(signature) == 64
    assert signing.verify(key.public_key(), signature, b"manifest")
    assert not signing.verify(key.public_key(), signature, b"manifesT")
    other = signing.load_or_create(Path(signing.default_key_dir()).parent / "other")
    assert not signing.verify(other.public_key(), signature, b"manifest")


def test_a_damaged_key_file_is_named_and_not_replaced(skver_data_dir):
    signing.load_or_create()
    path = skver_data_dir / "keys" / signing.KEY_FILE
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")
    with pytest.raises(KnownError, match=r"signing-key\.pem could not be read"):
        signing.load_or_create()
    assert path.read_bytes().endswith(b"garbage\n")


@pytest.mark.parametrize(("platform", "env", "expected"), [
    ("linux", {}, "HOME/.local/share/skver/keys"),
    ("linux", {"XDG_DATA_HOME": "HOME/xdg"}, "HOME/xdg/skver/keys"),
    ("darwin", {}, "HOME/Library/Application Support/Skver/keys"),
    ("win32", {"APPDATA": "HOME/Roaming"}, "HOME/Roaming/Skver/keys"),
])
def test_the_default_key_folder_is_the_platforms_user_data_folder(
        monkeypatch, tmp_path, platform, env, expected):
    monkeypatch.delenv(signing.DATA_DIR_ENV)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name, value in env.items():
        monkeypatch.setenv(name, value.replace("HOME", str(tmp_path)))
    monkeypatch.setattr(sys, "platform", platform)
    # platformdirs asks Windows itself for the folder; here the environment stands in for it.
    monkeypatch.setattr(windows, "get_win_folder", lambda _csidl: os.environ["APPDATA"])
    assert signing.default_key_dir() == Path(expected.replace("HOME", str(tmp_path)))


def test_skver_data_dir_wins(monkeypatch, tmp_path):
    monkeypatch.setenv(signing.DATA_DIR_ENV, str(tmp_path / "data"))
    assert signing.default_key_dir() == tmp_path / "data" / "keys"
