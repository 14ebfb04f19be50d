"""The keys of an encrypted case: a random data key, wrapped by the passphrase, in `keyfile`.

    keyfile   JSON: scrypt salt and parameters, and the data key sealed with AES-256-GCM under
              the key scrypt derives from the passphrase

The data key never changes, so changing the passphrase rewraps it and re-encrypts nothing. The
database key, the file key and the file-name key are derived from it (HKDF). Unlocked keys are
kept in this process only (`unlocked`), so code that reopens a case by its folder (a report's
map pages, the GUI's jobs) finds it open; `lock` forgets them.
"""

from __future__ import annotations

import base64
import json
import os
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from evidence.errors import KnownError

KEYFILE = "keyfile"
FORMAT = "skver-keyfile"
# 2**17 * 8 * 128 bytes = 128 MiB of memory and about 0.45 s here (OWASP: at least 2**17, 8, 1).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 17, 8, 1
WRONG = "Wrong passphrase for this case; nothing was changed."
_unlocked: dict[Path, bytes] = {}


class Locked(KnownError):
    """An encrypted case was opened without its passphrase."""


def kek(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
        p: int = SCRYPT_P) -> bytes:
    """The key-encryption key: scrypt of the passphrase (NFC-normalised UTF-8)."""
    import unicodedata

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _aad(n: int, r: int, p: int) -> bytes:
    return FORMAT.encode() + struct.pack(">III", n, r, p)


def _sealed(data_key: bytes, passphrase: str) -> bytes:
    if not passphrase:
        raise KnownError("An empty passphrase protects nothing; choose a passphrase.")
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(kek(passphrase, salt)).encrypt(nonce, data_key,
                                                    _aad(SCRYPT_N, SCRYPT_R, SCRYPT_P))
    b64 = base64.b64encode
    return json.dumps({"format": FORMAT, "version": 1, "kdf": "scrypt", "n": SCRYPT_N,
                       "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64(salt).decode(),
                       "nonce": b64(nonce).decode(), "wrapped": b64(wrapped).decode()},
                      indent=1).encode("ascii") + b"\n"


def _replace(path: Path, data: bytes) -> None:
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temp, path)
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create(root: Path, passphrase: str) -> bytes:
    """Writes a new case's keyfile; returns its data key."""
    data_key = os.urandom(32)
    _replace(root / KEYFILE, _sealed(data_key, passphrase))
    return data_key


def is_encrypted(root: Path) -> bool:
    return (Path(root) / KEYFILE).is_file()


def unwrap(root: Path, passphrase: str) -> bytes:
    """The case's data key; KnownError for a wrong passphrase or a damaged keyfile."""
    path = Path(root) / KEYFILE
    try:
        record = json.loads(path.read_bytes())
        n, r, p = int(record["n"]), int(record["r"]), int(record["p"])
        salt, nonce, wrapped = (base64.b64decode(record[k]) for k in ("salt", "nonce", "wrapped"))
        if record.get("format") != FORMAT or record.get("version") != 1 or n > 1 << 22:
            raise ValueError("unknown keyfile format")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KnownError(f"The keyfile of {root} cannot be read ({exc}); without it the case "
                         "cannot be decrypted.") from None
    try:
        return AESGCM(kek(passphrase, salt, n, r, p)).decrypt(nonce, wrapped, _aad(n, r, p))
    except InvalidTag:
        raise KnownError(WRONG) from None


def unlock(root: Path, passphrase: str) -> bytes:
    key = unwrap(root, passphrase)
    _unlocked[Path(root).absolute()] = key
    return key


def unlocked(root: Path) -> bytes | None:
    return _unlocked.get(Path(root).absolute())


def remember(root: Path, key: bytes) -> None:
    _unlocked[Path(root).absolute()] = key


def lock(root: Path | None = None) -> None:
    """Forgets the key of one case (or of all)."""
    if root is None:
        _unlocked.clear()
    else:
        _unlocked.pop(Path(root).absolute(), None)


def change(root: Path, old: str, new: str) -> None:
    """Rewraps the data key under a new passphrase; a wrong old one changes nothing."""
    data_key = unwrap(root, old)
    _replace(Path(root) / KEYFILE, _sealed(data_key, new))
