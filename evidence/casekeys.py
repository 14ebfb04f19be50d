"""The keys of an encrypted case: a random data key, wrapped by the passphrase, in `keyfile`.

    keyfile   two identical lines, each a JSON record: scrypt salt and parameters, the data key
              sealed with AES-256-GCM under the key scrypt derives from the passphrase, and the
              SHA-256 of the rest of the record (`check`)

The checksum tells a damaged keyfile from a wrong passphrase (a changed salt or nonce would
otherwise fail the tag just as a wrong passphrase does), and the second copy survives a flipped
bit or a cut in the first. The parameters are held to sane bounds before scrypt runs, so a
damaged keyfile never asks for gigabytes. A keyfile of version 1 (one record, no checksum) is
still read, and rewritten as version 2 once its passphrase has opened it.

The quick passphrase change rewraps the same data key: a copy of the old keyfile still opens
the case with the old passphrase (`change`). The database key, the file key and the file-name
key are derived from the data key (HKDF). Unlocked keys are kept in this process only
(`unlocked`), so code that reopens a case by its folder (a report's map pages, the GUI's jobs)
finds it open; `lock` forgets them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import struct
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from evidence import tempfiles
from evidence.errors import KnownError

KEYFILE = "keyfile"
PENDING = "keyfile.pending"  # a changed keyfile, in place once its custody entry is committed
FORMAT = "skver-keyfile"
# 2**17 * 8 * 128 bytes = 128 MiB of memory and about 0.45 s here (OWASP: at least 2**17, 8, 1).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 17, 8, 1
VERSION = 2
# What a keyfile may ask of scrypt: Skver writes 2**17, 8, 1. The upper bounds keep a damaged
# keyfile from asking for more than 1 GiB of memory or minutes of work.
N_BOUNDS, R_BOUNDS, P_BOUNDS = (1 << 10, 1 << 22), (1, 32), (1, 16)
MAX_SCRYPT_MEMORY = 1 << 30  # 128 * n * r bytes
SIZES = {"salt": 16, "nonce": 12, "wrapped": 48}
WRONG = "Wrong passphrase for this case; nothing was changed."
_unlocked: dict[Path, bytes] = {}
_by_pending: set[Path] = set()


class Locked(KnownError):
    """An encrypted case was opened without its passphrase."""


def kek(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
        p: int = SCRYPT_P) -> bytes:
    """The key-encryption key: scrypt of the passphrase (NFC-normalised UTF-8)."""
    import unicodedata

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _aad(n: int, r: int, p: int, version: int = 1) -> bytes:
    return (FORMAT.encode() + (b"" if version == 1 else bytes([version]))
            + struct.pack(">III", n, r, p))


def _checksum(record: dict[str, Any]) -> str:
    body = {k: v for k, v in record.items() if k != "check"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


def _sealed(data_key: bytes, passphrase: str) -> bytes:
    if not passphrase:
        raise KnownError("An empty passphrase protects nothing; choose a passphrase.")
    n, r, p = SCRYPT_N, SCRYPT_R, SCRYPT_P
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(kek(passphrase, salt, n, r, p)).encrypt(nonce, data_key,
                                                             _aad(n, r, p, VERSION))
    b64 = base64.b64encode
    record: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "kdf": "scrypt", "n": n, "r": r, "p": p,
        "salt": b64(salt).decode(), "nonce": b64(nonce).decode(),
        "wrapped": b64(wrapped).decode()}
    record["check"] = _checksum(record)
    line = json.dumps(record, sort_keys=True).encode("ascii") + b"\n"
    return line + line  # a second copy: one flipped bit or a cut line loses nothing


class _Sealed:
    """A keyfile's record, read and checked: what unwrapping it needs."""

    def __init__(self, record: dict[str, Any]) -> None:
        if record.get("format") != FORMAT or record.get("kdf", "scrypt") != "scrypt":
            raise ValueError("not a Skver keyfile")
        version = record.get("version")
        if version not in (1, VERSION):
            raise ValueError(f"unknown keyfile version {version!r}")
        self.version: int = version
        if self.version != 1 and record.get("check") != _checksum(record):
            raise ValueError("its checksum does not match")
        n, r, p = (record.get(k) for k in "nrp")
        if not all(type(v) is int for v in (n, r, p)):
            raise ValueError("its scrypt parameters are not numbers")
        assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
        if not (N_BOUNDS[0] <= n <= N_BOUNDS[1] and n & (n - 1) == 0
                and R_BOUNDS[0] <= r <= R_BOUNDS[1] and P_BOUNDS[0] <= p <= P_BOUNDS[1]
                and 128 * n * r <= MAX_SCRYPT_MEMORY):
            raise ValueError(f"impossible scrypt parameters n={n}, r={r}, p={p}")
        self.n, self.r, self.p = n, r, p
        fields = {}
        for name, size in SIZES.items():
            value = record.get(name)
            raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
            if len(raw) != size:
                raise ValueError(f"its {name} is not {size} bytes")
            fields[name] = raw
        self.salt, self.nonce, self.wrapped = fields["salt"], fields["nonce"], fields["wrapped"]

    def open(self, passphrase: str) -> bytes | None:
        """The data key, or None when the passphrase is not this record's."""
        try:
            return AESGCM(kek(passphrase, self.salt, self.n, self.r, self.p)).decrypt(
                self.nonce, self.wrapped, _aad(self.n, self.r, self.p, self.version))
        except InvalidTag:
            return None


def _records(data: bytes) -> tuple[list[_Sealed], str]:
    """The intact records of a keyfile's bytes (a version 1 keyfile has one) and, when there
    is none, why."""
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        text = data.decode("ascii", errors="replace")
    found: list[_Sealed] = []
    why = "it is empty" if not data.strip() else "it holds no keyfile record"
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        try:
            record, end = decoder.raw_decode(text, start)
            if isinstance(record, dict):
                found.append(_Sealed(record))
                start = text.find("{", end)
                continue
        except (ValueError, TypeError) as exc:  # binascii.Error is a ValueError
            why = str(exc)
        start = text.find("{", start + 1)
    return found, why


def is_damage(message: str) -> bool:
    """Whether a KnownError's message is `_damaged`'s (the window says it in its language)."""
    return message.startswith("The keyfile of ") and " is damaged (" in message


def _damaged(root: Path, why: str) -> KnownError:
    return KnownError(
        f"The keyfile of {root} is damaged ({why}): no passphrase can open the case with it. "
        f"Put back the copy of the keyfile you saved when the case was made (`skver case "
        f"backup-key` makes one; the new-case window offered one) as {Path(root) / KEYFILE}, "
        "then open the case with the passphrase it had when that copy was made.")


def _replace(path: Path, data: bytes) -> None:
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temp, path)
    tempfiles.fsync_folder(path.parent)


def create(root: Path, passphrase: str) -> bytes:
    """Writes a new case's keyfile; returns its data key."""
    data_key = os.urandom(32)
    _replace(root / KEYFILE, _sealed(data_key, passphrase))
    return data_key


def is_encrypted(root: Path) -> bool:
    return (Path(root) / KEYFILE).is_file()


def _read(path: Path, root: Path) -> _Sealed:
    """The first intact record of the keyfile at `path`; KnownError naming the backup when
    there is none."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KnownError(f"{root} has no keyfile ({path.name}); without it the case cannot be "
                         f"decrypted. Put back the copy you saved (`skver case backup-key` "
                         f"makes one) as {path}.") from None
    except OSError as exc:
        raise KnownError(f"The keyfile of {root} cannot be read ({exc.strerror or exc}).") \
            from None
    found, why = _records(data)
    if not found:
        raise _damaged(root, why)
    return found[0]


def unwrap(root: Path, passphrase: str, *, keyfile: str = KEYFILE) -> bytes:
    """The case's data key; KnownError for a wrong passphrase (WRONG) or a damaged keyfile."""
    root = Path(root)
    key = _read(root / keyfile, root).open(passphrase)
    if key is None:
        raise KnownError(WRONG)
    return key


def unlock(root: Path, passphrase: str) -> bytes:
    """Unwraps the data key and keeps it in this process. A passphrase that opens only a
    pending keyfile (a change cut short) unlocks too, marked so: opening the case then keeps
    that change if its custody entry was committed and refuses it (WRONG) if not
    (`evidence.rekey.settle`)."""
    from evidence import rotation

    root = Path(root)
    rotation.recover(root)  # a data key change cut short: finished or undone first
    try:
        key = unwrap(root, passphrase)
    except KnownError as exc:
        if str(exc) != WRONG or not (root / PENDING).is_file():
            raise
        try:
            key = unwrap(root, passphrase, keyfile=PENDING)
        except KnownError:
            raise exc from None
        _by_pending.add(root.absolute())
    else:
        _by_pending.discard(root.absolute())
        _upgrade(root, key, passphrase)
    _unlocked[root.absolute()] = key
    return key


def unlocked_by_pending(root: Path) -> bool:
    """The key this process holds came from a pending keyfile, not yet known to be recorded."""
    return Path(root).absolute() in _by_pending


def _upgrade(root: Path, key: bytes, passphrase: str) -> None:
    """Rewrites a keyfile of version 1, or one whose second copy is damaged, as a whole
    version 2 keyfile under the same passphrase (a read-only case is left as it is)."""
    path = root / KEYFILE
    try:
        data = path.read_bytes()
        found, _why = _records(data)
        if len(found) >= 2 and found[0].version == VERSION and data == _canonical(data):
            return
        _replace(path, _sealed(key, passphrase))
    except OSError:
        pass


def _canonical(data: bytes) -> bytes:
    lines = data.splitlines(keepends=True)
    return lines[0] * 2 if len(lines) == 2 else b""


def backup(root: Path, destination: Path) -> None:
    """Copies the case's keyfile to `destination` (a new file), once it is checked whole."""
    root, destination = Path(root), Path(destination)
    _read(root / KEYFILE, root)
    if destination.exists():
        raise KnownError(f"{destination} already exists; choose a new file for the copy.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    temp = destination.with_name(f".{destination.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(root / KEYFILE, temp)
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, destination)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def unlocked(root: Path) -> bytes | None:
    return _unlocked.get(Path(root).absolute())


def remember(root: Path, key: bytes) -> None:
    _unlocked[Path(root).absolute()] = key


def lock(root: Path | None = None) -> None:
    """Forgets the key of one case (or of all)."""
    if root is None:
        _unlocked.clear()
        _by_pending.clear()
    else:
        _unlocked.pop(Path(root).absolute(), None)
        _by_pending.discard(Path(root).absolute())


def change(root: Path, old: str, new: str) -> None:
    """Rewraps the data key under a new passphrase at once; a wrong old one changes nothing.
    (A case records the change: `evidence.rekey.change_passphrase` uses `prepare`/`finish`.)"""
    prepare(root, old, new)
    finish(root)


def prepare(root: Path, old: str, new: str, data_key: bytes | None = None) -> str:
    """Writes the keyfile for a new passphrase aside (`PENDING`), durably; returns its SHA-256
    for the custody entry. The data key stays unless one is given (a rotation's)."""
    key = unwrap(root, old)
    data = _sealed(data_key or key, new)
    _replace(Path(root) / PENDING, data)
    return hashlib.sha256(data).hexdigest()


def seal_to(path: Path, data_key: bytes, passphrase: str) -> str:
    """Writes a keyfile for `data_key` under `passphrase` at `path`, durably; its SHA-256."""
    data = _sealed(data_key, passphrase)
    _replace(Path(path), data)
    return hashlib.sha256(data).hexdigest()


def pending_sha256(root: Path) -> str | None:
    """The SHA-256 of a pending keyfile, None when there is none."""
    try:
        return hashlib.sha256((Path(root) / PENDING).read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def finish(root: Path) -> None:
    """Puts the pending keyfile in place (its change is recorded)."""
    os.replace(Path(root) / PENDING, Path(root) / KEYFILE)
    tempfiles.fsync_folder(Path(root))
    _by_pending.discard(Path(root).absolute())


def discard(root: Path) -> None:
    """Drops a pending keyfile whose change was never recorded."""
    (Path(root) / PENDING).unlink(missing_ok=True)
    tempfiles.fsync_folder(Path(root))
