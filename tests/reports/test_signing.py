"""The case's signing key: made with the case, kept in it, recorded in its custody log; and the
keys a case trusts."""

from __future__ import annotations

import hashlib
import re
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from evidence import signing, store, verify
from evidence.errors import KnownError
from evidence.store import Case
from evidence.store import case as case_module

SECRET = "correct horse battery staple"


def new_case(root: Path, passphrase: str | None = None) -> Case:
    return Case.create(root, title="T", timezone=None, actor="aigerim", passphrase=passphrase)


def test_a_new_case_has_its_key_recorded_and_kept_private(tmp_path):
    with new_case(tmp_path / "c") as case:
        key = signing.load(case)
        [made] = [e for e in store.log.entries(case) if e.action == signing.CREATED]
    assert key is not None
    path = tmp_path / "c" / signing.KEY_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert made.actor == "aigerim"
    assert made.details["fingerprint"] == signing.fingerprint(key)
    assert signing.fingerprint(signing.load_public(made.details["public_key"].encode())) == \
        signing.fingerprint(key)


def test_an_encrypted_case_keeps_its_key_sealed(tmp_path):
    with new_case(tmp_path / "c", SECRET) as case:
        fingerprint = signing.fingerprint(signing.ensure(case, "aigerim"))
    on_disk = (tmp_path / "c" / signing.KEY_FILE).read_bytes()
    assert b"PRIVATE KEY" not in on_disk
    with Case.open(tmp_path / "c", passphrase=SECRET) as case:
        assert signing.fingerprint(signing.load(case)) == fingerprint


def test_the_fingerprint_is_the_sha256_of_the_raw_public_key_in_groups_of_four(tmp_path):
    with new_case(tmp_path / "c") as case:
        key = signing.ensure(case, "a")
    raw = key.public_key().public_bytes(serialization.Encoding.Raw,
                                        serialization.PublicFormat.Raw)
    shown = signing.fingerprint(key)
    assert re.fullmatch(r"([0-9a-f]{4} ){15}[0-9a-f]{4}", shown)
    assert shown.replace(" ", "") == hashlib.sha256(raw).hexdigest()
    assert signing.normalised(shown.replace(" ", ":").upper()) == shown
    with pytest.raises(KnownError, match="not a key fingerprint"):
        signing.normalised(shown[:-1])


def test_a_signature_holds_for_the_exact_bytes_and_key_only():
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    signature = signing.sign(key, b"manifest")
    assert len(signature) == 64
    assert signing.verify(key.public_key(), signature, b"manifest")
    assert not signing.verify(key.public_key(), signature, b"manifesT")
    assert not signing.verify(other.public_key(), signature, b"manifest")


def test_a_case_made_before_keys_gets_one_when_first_needed(tmp_path, monkeypatch):
    monkeypatch.setattr(case_module, "_make_key", lambda case, actor: None)
    new_case(tmp_path / "c").close()
    monkeypatch.undo()
    with Case.open(tmp_path / "c") as case:
        assert signing.own_key(store.log.entries(case)) is None
        key = signing.ensure(case, "lawyer")
        again = signing.ensure(case, "lawyer")
        own = signing.own_key(store.log.entries(case))
        assert verify.verify(case, actor="t").intact
    assert own is not None and own.actor == "lawyer"
    assert signing.fingerprint(key) == signing.fingerprint(again) == own.fingerprint


def test_a_replaced_or_missing_key_is_refused_and_named_by_verify(tmp_path):
    root = tmp_path / "c"
    new_case(root).close()
    path = root / signing.KEY_FILE
    original = path.read_bytes()
    path.chmod(0o600)
    path.write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    with Case.open(root) as case:
        with pytest.raises(KnownError, match="not the one its custody log recorded"):
            signing.ensure(case, "forger")
        assert any("was replaced" in p for p in verify.verify(case, actor="t").problems)
    path.unlink()
    with Case.open(root) as case:
        with pytest.raises(KnownError, match="is missing"):
            signing.ensure(case, "a")
        assert any("is missing" in p for p in verify.verify(case, actor="t").problems)
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")
    with Case.open(root) as case, pytest.raises(KnownError, match="could not be read"):
        signing.ensure(case, "a")
    assert path.read_bytes().endswith(b"garbage\n")  # never replaced behind the user's back
    path.write_bytes(original)
    with Case.open(root) as case:
        signing.ensure(case, "a")


def test_a_case_trusts_its_own_key_and_the_keys_a_person_accepted(tmp_path):
    other = signing.fingerprint(Ed25519PrivateKey.generate())
    with new_case(tmp_path / "c") as case:
        own = signing.own_key(store.log.entries(case))
        assert own is not None
        with pytest.raises(KnownError, match="how the fingerprint reached you"):
            signing.trust(case, other, note=" ", actor="lawyer")
        accepted = signing.trust(case, other.replace(" ", "").upper(),
                                 note="read out by Aigerim on the phone", actor="lawyer")
        with pytest.raises(KnownError, match="already trusts"):
            signing.trust(case, other, note="again", actor="lawyer")
        assert set(signing.trusted(store.log.entries(case))) == {own.fingerprint, other}
        with pytest.raises(KnownError, match="own key"):
            signing.untrust(case, own.fingerprint, note="", actor="lawyer")
        signing.untrust(case, other, note="the laptop was seized", actor="lawyer")
        assert set(signing.trusted(store.log.entries(case))) == {own.fingerprint}
    assert (accepted.fingerprint, accepted.actor, accepted.own) == (other, "lawyer", False)
    assert accepted.note == "read out by Aigerim on the phone"
