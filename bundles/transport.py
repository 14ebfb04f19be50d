"""An evidence bundle encrypted for transport: the same zip, sealed as one file by a passphrase.

The file is `evidence.cryptofile`'s chunked AES-256-GCM format; its header's info field holds
the scrypt salt and parameters, so the passphrase alone opens it. The court gets the plain zip:
this only protects it on the way (a courier, a USB stick, a mailbox).
"""

from __future__ import annotations

import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from evidence import casekeys, cryptofile
from evidence.errors import KnownError
from reports.atomic import replacing

_INFO = b"scrypt"
WRONG = ("Wrong passphrase for this encrypted bundle (or its start is damaged); nothing was "
         "done.")


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as fh:
            return cryptofile.is_encrypted(fh.read(len(cryptofile.MAGIC)))
    except OSError:
        return False


def encrypt(plain: Path, out: Path, passphrase: str) -> None:
    """Writes `plain` sealed by `passphrase` to `out`, whole or not at all."""
    if not passphrase:
        raise KnownError("An empty passphrase protects nothing; choose a passphrase.")
    salt = os.urandom(16)
    n, r, p = casekeys.SCRYPT_N, casekeys.SCRYPT_R, casekeys.SCRYPT_P
    info = _INFO + salt + struct.pack(">BBB", n.bit_length() - 1, r, p)
    with replacing(out, durable=True) as temp, open(plain, "rb") as src, \
            open(temp, "wb") as dst:
        cryptofile.encrypt_stream(src, dst, casekeys.kek(passphrase, salt, n, r, p), info)


def _key(fh: BinaryIO, passphrase: str) -> bytes:
    info = cryptofile.header_info(fh)
    if not info.startswith(_INFO) or len(info) != len(_INFO) + 19:
        raise KnownError("This encrypted file is not an encrypted evidence bundle.")
    salt = info[len(_INFO):len(_INFO) + 16]
    log_n, r, p = struct.unpack(">BBB", info[-3:])
    if log_n > 22 or r > 32 or p > 16:
        raise KnownError("The encrypted bundle asks for more memory or time than Skver gives.")
    return casekeys.kek(passphrase, salt, 1 << log_n, r, p)


@contextmanager
def decrypted(path: str | os.PathLike[str], passphrase: str) -> Iterator[Path]:
    """The plain zip of an encrypted bundle, in a private temporary folder while in use."""
    folder = Path(tempfile.mkdtemp(prefix="skver-bundle-"))  # mode 0700
    try:
        plain = folder / (Path(path).stem.removesuffix(".zip") + ".zip")
        with open(path, "rb") as fh:
            key = _key(fh, passphrase)
            fh.seek(0)
            try:
                reader = cryptofile.DecryptingReader(fh, key)
                reader.readinto(bytearray(1))  # the first chunk's tag: the passphrase's test
                reader.seek(0)
            except cryptofile.CorruptFile:
                raise KnownError(WRONG) from None
            with open(plain, "wb") as out:
                try:
                    shutil.copyfileobj(reader, out, cryptofile.CHUNK_BYTES)
                except cryptofile.CorruptFile:
                    raise KnownError(f"{path} was changed or cut short after it was "
                                     "encrypted; nothing in it was used.") from None
        yield plain
    finally:
        shutil.rmtree(folder, ignore_errors=True)
