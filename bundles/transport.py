"""An evidence bundle encrypted for transport: the same zip, sealed as one file by a passphrase.

The file is `evidence.cryptofile`'s chunked AES-256-GCM format; its header's info field holds
the scrypt salt and parameters, so the passphrase alone opens it. The court gets the plain zip:
this only protects it on the way (a courier, a USB stick, a mailbox).

The plain zip never touches the disk: `sealing` takes the zip as it is written and seals it a
chunk at a time, and `opened` reads it back through the decryption, seeking as zipfile asks.
"""

from __future__ import annotations

import io
import os
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from typing import BinaryIO, cast

from bundles.zipsafe import Opener
from evidence import casekeys, cryptofile
from evidence.errors import KnownError
from evidence.printable import printable

_INFO = b"scrypt"
WRONG = ("Wrong passphrase for this encrypted bundle (or its start is damaged); nothing was "
         "done.")


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as fh:
            return cryptofile.is_encrypted(fh.read(len(cryptofile.MAGIC)))
    except OSError:
        return False


def _seal_info(passphrase: str) -> tuple[bytes, bytes]:
    """(the key, the header's info) for a new encrypted bundle: a fresh scrypt salt."""
    if not passphrase:
        raise KnownError("An empty passphrase protects nothing; choose a passphrase.")
    salt = os.urandom(16)
    n, r, p = casekeys.SCRYPT_N, casekeys.SCRYPT_R, casekeys.SCRYPT_P
    info = _INFO + salt + struct.pack(">BBB", n.bit_length() - 1, r, p)
    return casekeys.kek(passphrase, salt, n, r, p), info


@contextmanager
def sealing(dst: BinaryIO, passphrase: str) -> Iterator[BinaryIO]:
    """A stream whose bytes reach `dst` sealed by `passphrase`, a chunk at a time: the plain
    zip exists only in memory, never on disk. Written to by the caller's thread, sealed by
    another (cryptofile reads what it seals); when the block ends the last chunk is sealed.
    A failure on either side stops both, and the caller's file is not to be used."""
    key, info = _seal_info(passphrase)
    pipe = _Pipe()
    failure: list[BaseException] = []

    def seal() -> None:
        try:
            cryptofile.encrypt_stream(pipe, dst, key, info)
        except BaseException as exc:  # a full disk, say: the writer hears of it
            failure.append(exc)
            pipe.fail(exc)

    sealer = threading.Thread(target=seal, name="skver-seal", daemon=True)
    sealer.start()
    try:
        yield cast(BinaryIO, pipe)  # a file as zipfile writes one: write, tell, flush
    except BaseException:
        pipe.abort()
        sealer.join()
        raise
    pipe.close_writing()
    sealer.join()
    if failure:
        raise failure[0]


class _Aborted(Exception):
    """The writer gave up: the sealing stops."""


class _Pipe(io.RawIOBase):
    """Bytes written by one thread and read, in whole chunks, by another; at most two chunks
    wait in memory. zipfile writes to it as to an unseekable file (it tells, never seeks)."""

    LIMIT = 2 * cryptofile.CHUNK_BYTES

    def __init__(self) -> None:
        super().__init__()
        self._buffer = bytearray()
        self._done = False                  # no more bytes will come
        self._aborted = False
        self._failure: BaseException | None = None
        self._position = 0
        self._cond = threading.Condition()

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        with self._cond:
            while len(self._buffer) >= self.LIMIT and self._failure is None:
                self._cond.wait()
            if self._failure is not None:
                raise self._failure
            self._buffer += view
            self._position += len(view)
            self._cond.notify_all()
        return len(view)

    def read(self, size: int = -1, /) -> bytes:
        with self._cond:
            while not self._done and not self._aborted and \
                    (size < 0 or len(self._buffer) < size):
                self._cond.wait()
            if self._aborted:
                raise _Aborted()
            size = len(self._buffer) if size < 0 else min(size, len(self._buffer))
            data = bytes(self._buffer[:size])
            del self._buffer[:size]
            self._cond.notify_all()
            return data

    def close_writing(self) -> None:
        with self._cond:
            self._done = True
            self._cond.notify_all()

    def abort(self) -> None:
        with self._cond:
            self._aborted = True
            self._buffer.clear()
            self._cond.notify_all()

    def fail(self, exc: BaseException) -> None:
        with self._cond:
            self._failure = exc
            self._buffer.clear()
            self._cond.notify_all()


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
def opened(path: str | os.PathLike[str], passphrase: str) -> Iterator[Opener]:
    """Opens of the plain zip inside an encrypted bundle, read (and seeked) through the
    decryption a chunk at a time: nothing of it is written anywhere. Every chunk's tag is
    checked first, so a sealed file changed or cut short is refused before anything in it is
    used."""
    with open(path, "rb") as fh:
        key = _key(fh, passphrase)
    try:
        with cryptofile.open_decrypted(path, key) as reader:
            reader.read(1)  # the first chunk's tag: the passphrase's test
    except cryptofile.CorruptFile:
        raise KnownError(WRONG) from None
    try:
        with cryptofile.open_decrypted(path, key) as reader:
            while reader.read(cryptofile.CHUNK_BYTES):
                pass
    except cryptofile.CorruptFile:
        raise KnownError(f"{printable(os.fspath(path))} was changed or cut short after it was "
                         "encrypted; nothing in it was used.") from None
    yield partial(cryptofile.open_decrypted, path, key)
