"""An encrypted case's keyfile: damage told from a wrong passphrase, bounds on its parameters,
one flipped bit survived, a backup that opens the case."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from evidence import casekeys
from evidence.errors import KnownError

SECRET = "correct horse battery staple"
# Cheap scrypt parameters keep these tests quick; they are still within the accepted bounds.
FAST = {"n": 1 << 10, "r": 8, "p": 1}


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch):
    monkeypatch.setattr(casekeys, "SCRYPT_N", FAST["n"])
    yield
    casekeys.lock()


@pytest.fixture
def root(tmp_path) -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    casekeys.create(folder, SECRET)
    return folder


def _records(root: Path) -> list[dict]:
    return [json.loads(line) for line in (root / casekeys.KEYFILE).read_text().splitlines()
            if line.strip()]


def _write(root: Path, records: list[dict]) -> None:
    (root / casekeys.KEYFILE).write_text("".join(json.dumps(r) + "\n" for r in records))


def _flip(data: bytes, bit: int) -> bytes:
    out = bytearray(data)
    out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


def test_a_new_keyfile_opens_with_its_passphrase_only(root):
    key = casekeys.unwrap(root, SECRET)
    assert len(key) == 32
    with pytest.raises(KnownError) as wrong:
        casekeys.unwrap(root, "not it")
    assert str(wrong.value) == casekeys.WRONG


@pytest.mark.parametrize(("field", "value"), [
    ("n", 1), ("r", 0), ("r", 1 << 20), ("n", 1 << 40), ("p", 0), ("p", 1 << 20),
    ("n", (1 << 15) + 1), ("n", 1 << 9),  # not a power of two; too cheap
    ("n", "many"), ("salt", "AAAA"),
])
def test_parameters_out_of_bounds_are_a_damaged_keyfile_not_a_crash(root, field, value):
    records = _records(root)
    for record in records:
        record[field] = value
    _write(root, records)
    with pytest.raises(KnownError, match=r"keyfile .* is damaged") as damaged:
        casekeys.unwrap(root, SECRET)
    assert "backup" in str(damaged.value)
    assert "Wrong passphrase" not in str(damaged.value)


def test_a_changed_salt_is_damage_not_a_wrong_passphrase(root):
    records = _records(root)
    for record in records:
        salt = bytearray(base64.b64decode(record["salt"]))
        salt[0] ^= 1
        record["salt"] = base64.b64encode(bytes(salt)).decode()
    _write(root, records)
    with pytest.raises(KnownError, match="is damaged"):
        casekeys.unwrap(root, SECRET)
    with pytest.raises(KnownError, match="is damaged"):
        casekeys.unwrap(root, "not it either")  # damage is said whatever passphrase is given


def test_any_one_flipped_bit_still_opens_the_case(root):
    key = casekeys.unwrap(root, SECRET)
    data = (root / casekeys.KEYFILE).read_bytes()
    for bit in range(0, len(data) * 8, 11):  # every 11th bit: each byte, each bit position
        (root / casekeys.KEYFILE).write_bytes(_flip(data, bit))
        assert casekeys.unwrap(root, SECRET) == key, bit
        with pytest.raises(KnownError):
            casekeys.unwrap(root, "not it")


def test_both_copies_damaged_names_the_backup(root):
    data = (root / casekeys.KEYFILE).read_bytes()
    half = len(data) // 2
    (root / casekeys.KEYFILE).write_bytes(_flip(_flip(data, 8 * 60), 8 * (half + 60)))
    with pytest.raises(KnownError) as damaged:
        casekeys.unwrap(root, SECRET)
    message = str(damaged.value)
    assert "damaged" in message and "backup-key" in message and str(root) in message


def test_a_cut_or_empty_or_missing_keyfile_is_said_plainly(root):
    path = root / casekeys.KEYFILE
    path.write_bytes(b"")
    with pytest.raises(KnownError, match="is damaged"):
        casekeys.unwrap(root, SECRET)
    path.unlink()
    with pytest.raises(KnownError, match="no keyfile"):
        casekeys.unwrap(root, SECRET)


def _version_1(key: bytes, passphrase: str, **params: int) -> bytes:
    """A keyfile as Skver wrote them before version 2: one JSON object, no checksum."""
    import os
    import struct

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    n, r, p = params.get("n", FAST["n"]), params.get("r", 8), params.get("p", 1)
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(casekeys.kek(passphrase, salt, n, 8, 1)).encrypt(
        nonce, key, b"skver-keyfile" + struct.pack(">III", n, 8, 1))
    b64 = base64.b64encode
    return json.dumps({"format": "skver-keyfile", "version": 1, "kdf": "scrypt", "n": n,
                       "r": r, "p": p, "salt": b64(salt).decode(),
                       "nonce": b64(nonce).decode(), "wrapped": b64(wrapped).decode()},
                      indent=1).encode("ascii") + b"\n"


def test_an_old_version_1_keyfile_still_opens_and_is_upgraded(root):
    key = casekeys.unwrap(root, SECRET)
    (root / casekeys.KEYFILE).write_bytes(_version_1(key, SECRET))
    assert casekeys.unwrap(root, SECRET) == key
    with pytest.raises(KnownError) as wrong:
        casekeys.unwrap(root, "not it")
    assert str(wrong.value) == casekeys.WRONG
    assert casekeys.unlock(root, SECRET) == key
    assert _records(root)[0]["version"] == 2  # upgraded once the passphrase proved right
    assert casekeys.unwrap(root, SECRET) == key


def test_an_old_keyfile_with_impossible_parameters_is_damaged(root):
    key = casekeys.unwrap(root, SECRET)
    (root / casekeys.KEYFILE).write_bytes(_version_1(key, SECRET, r=0))
    with pytest.raises(KnownError, match="is damaged"):
        casekeys.unwrap(root, SECRET)


def test_the_backup_is_a_keyfile_that_opens_the_case(root, tmp_path):
    key = casekeys.unwrap(root, SECRET)
    copy = tmp_path / "usb" / "case.keyfile"
    casekeys.backup(root, copy)
    (root / casekeys.KEYFILE).write_bytes(b"\x00" * 100)  # the laptop's copy is ruined
    with pytest.raises(KnownError, match="damaged"):
        casekeys.unwrap(root, SECRET)
    (root / casekeys.KEYFILE).write_bytes(copy.read_bytes())
    assert casekeys.unwrap(root, SECRET) == key


def test_a_backup_refuses_to_overwrite_and_checks_what_it_copies(root, tmp_path):
    copy = tmp_path / "copy.keyfile"
    copy.write_text("something else")
    with pytest.raises(KnownError, match="already exists"):
        casekeys.backup(root, copy)
    (root / casekeys.KEYFILE).write_bytes(b"{}")
    with pytest.raises(KnownError, match="damaged"):
        casekeys.backup(root, tmp_path / "new.keyfile")
    assert not (tmp_path / "new.keyfile").exists()
