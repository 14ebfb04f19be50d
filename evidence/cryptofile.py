"""The encrypted file format: a header, then the bytes in AES-256-GCM chunks.

    header   MAGIC (6) | version (1) | info length (1) | info | file salt (16) | nonce prefix (7)
             | place (16, version 2 only)
    chunks   each CHUNK_BYTES of plaintext (the last one shorter, maybe empty) + a 16-byte tag

Each file gets its own key, HKDF(master key, file salt), so nonces never repeat across files.
A chunk's nonce is the prefix, its 4-byte counter and a last-chunk flag; the whole header is
every chunk's associated data. Swapping, dropping or cutting chunks, or editing the header,
fails a tag. `info` says which key opens the file (a key id, or scrypt parameters for a bundle).
Chunks make random access possible, so a reader can seek (Pillow and zipfile need to).

Version 2 binds the file to its place: `place` is an HMAC (under the master key) of what the
writer says the file is (a case's file: its path in the case, so its kind too), and a reader
that says where it found the file gets `Misplaced` when it was written for somewhere else: two
encrypted thumbnails swapped on disk no longer show each other's picture. Version 1 files (no
place; written when no `bind` is given, as a sealed bundle's) are still read; `DecryptingReader
.bound` says which a file is.
"""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

MAGIC = b"SKVENC"
VERSION = 1      # a file bound to no place (bundles, throwaway temp files)
BOUND = 2        # a file bound to its place
CHUNK_BYTES = 1 << 20
TAG = 16
PLACE = 16
_FIXED = len(MAGIC) + 2


class Readable(Protocol):
    """What `encrypt_stream` reads from: a binary file, or a reader that passes one on."""

    def read(self, size: int = -1, /) -> bytes: ...


class CorruptFile(OSError):
    """An encrypted file that fails its authentication: changed, cut, or another key's."""


class Misplaced(CorruptFile):
    """An encrypted file found somewhere other than where it was written for (moved or
    swapped with another)."""


def place(master: bytes, bind: bytes) -> bytes:
    """What a version 2 header says of the file's place."""
    import hmac

    return hmac.new(master, b"skver place\0" + bind, "sha256").digest()[:PLACE]


def subkey(master: bytes, label: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, label).derive(master)


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


def header_info(fh: BinaryIO) -> bytes:
    """The `info` field of an encrypted file's header; CorruptFile when there is no header."""
    fixed = fh.read(_FIXED)
    if len(fixed) < _FIXED or not fixed.startswith(MAGIC) or fixed[6] not in (VERSION, BOUND):
        raise CorruptFile(0, "not a Skver encrypted file, or a newer format")
    info = fh.read(fixed[7])
    if len(info) != fixed[7]:
        raise CorruptFile(0, "the encrypted file's header is cut short")
    return info


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I?", index, last)


def _chunks(src: Readable) -> Iterator[tuple[bytes, bool]]:
    """(chunk, is last) for every chunk of `src`, reading one ahead; an empty file is one."""
    current = src.read(CHUNK_BYTES)
    while True:
        following = src.read(CHUNK_BYTES) if len(current) == CHUNK_BYTES else b""
        yield current, not following
        if not following:
            return
        current = following


def encrypt_stream(src: Readable, dst: BinaryIO, master: bytes, info: bytes, *,
                   bind: bytes | None = None) -> None:
    """Writes `src` encrypted to `dst` (the caller flushes and places the file); bound to
    `bind` (version 2) when given."""
    salt, prefix = os.urandom(16), os.urandom(7)
    version, where = (VERSION, b"") if bind is None else (BOUND, place(master, bind))
    header = MAGIC + bytes([version, len(info)]) + info + salt + prefix + where
    cipher = AESGCM(subkey(master, b"skver file", salt))
    dst.write(header)
    for index, (chunk, last) in enumerate(_chunks(src)):
        dst.write(cipher.encrypt(_nonce(prefix, index, last), chunk, header))


def encrypt_bytes(data: bytes, master: bytes, info: bytes, *,
                  bind: bytes | None = None) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, master, info, bind=bind)
    return out.getvalue()


class DecryptingReader(io.RawIOBase):
    """The plaintext of an encrypted file, read (and seeked) a chunk at a time. Given `bind`,
    a version 2 file written for another place raises `Misplaced`; `bound` says whether the
    file is bound to a place at all (version 2)."""

    def __init__(self, fh: BinaryIO, master: bytes, bind: bytes | None = None) -> None:
        self.fh = fh
        info = header_info(fh)
        fh.seek(6)
        version = fh.read(1)[0]
        fh.seek(_FIXED + len(info))
        size = 23 + (PLACE if version == BOUND else 0)
        rest = fh.read(size)
        if len(rest) != size:
            raise CorruptFile(0, "the encrypted file's header is cut short")
        salt, self.prefix = rest[:16], rest[16:23]
        self.bound = version == BOUND
        if self.bound and bind is not None and rest[23:] != place(master, bind):
            raise Misplaced(0, "the encrypted file was written for another place: it was "
                            "moved or swapped")
        self.header = MAGIC + bytes([version, len(info)]) + info + rest
        self.cipher = AESGCM(subkey(master, b"skver file", salt))
        body = fh.seek(0, io.SEEK_END) - len(self.header)
        self.chunks = max(1, -(-body // (CHUNK_BYTES + TAG)))
        self.size = body - self.chunks * TAG
        if self.size < 0:
            raise CorruptFile(0, "the encrypted file is cut short")
        self.pos, self._index, self._plain = 0, -1, b""
        if self.size == 0:
            self._load(0)  # an empty file's one chunk still has a tag to check

    def _load(self, index: int) -> bytes:
        if index != self._index:
            self.fh.seek(len(self.header) + index * (CHUNK_BYTES + TAG))
            sealed = self.fh.read(CHUNK_BYTES + TAG)
            last = index == self.chunks - 1
            try:
                self._plain = self.cipher.decrypt(_nonce(self.prefix, index, last), sealed,
                                                  self.header)
            except InvalidTag:
                raise CorruptFile(0, "the encrypted file was changed, cut short or is not "
                                  "this case's") from None
            self._index = index
        return self._plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.pos, io.SEEK_END: self.size}[whence]
        self.pos = max(0, base + offset)
        return self.pos

    def readinto(self, buffer: WriteableBuffer) -> int:
        if self.pos >= self.size:
            return 0
        plain = self._load(self.pos // CHUNK_BYTES)
        start = self.pos % CHUNK_BYTES
        view = memoryview(buffer)
        n = min(len(view), len(plain) - start)
        view[:n] = plain[start:start + n]
        self.pos += n
        return n

    def close(self) -> None:
        if not self.closed:
            self.fh.close()
        super().close()


def open_decrypted(path: str | os.PathLike[str], master: bytes, *,
                   bind: bytes | None = None) -> io.BufferedReader:
    """A buffered, seekable reader of an encrypted file's plaintext (see DecryptingReader)."""
    fh = open(path, "rb")  # noqa: SIM115 (the reader owns and closes it)
    try:
        return io.BufferedReader(DecryptingReader(fh, master, bind), CHUNK_BYTES)
    except BaseException:
        fh.close()
        raise


def decrypt_bytes(data: bytes, master: bytes, *, bind: bytes | None = None) -> bytes:
    with DecryptingReader(io.BytesIO(data), master, bind) as reader:
        return reader.read()


def is_bound(fh: BinaryIO) -> bool:
    """Whether an encrypted file's header binds it to a place (version 2); reads the header."""
    fixed = fh.read(_FIXED)
    return len(fixed) == _FIXED and fixed.startswith(MAGIC) and fixed[6] == BOUND
