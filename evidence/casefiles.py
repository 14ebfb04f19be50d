"""The one way into the files of a case: originals, letters, derived files, the head anchor.

Code names a file by its logical path (`originals/ab/<sha256>.jpg`, `derived/thumbs/...`), the
path the database and the custody log record; a backend maps it to the bytes on disk.
`PlainFiles` keeps them as they are. `EncryptedFiles` keeps every file encrypted
(`evidence.cryptofile`) under a name that is an HMAC of the logical path, so the folder does not
show which photos (by their SHA-256) the case holds; the real path lives in the encrypted
database.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from evidence import casekeys, cryptofile, tempfiles

STAGING = "staging"
CHUNK_BYTES = 1 << 20
# Files kept under their own names (not per-photo, so their names say nothing).
FIXED_NAMES = {"custody-head", "signing-key.pem"}


def for_root(root: Path, key: bytes | None = None) -> PlainFiles:
    """The backend of the case at `root`: encrypted ones need their key (given or unlocked)."""
    root = Path(root).absolute()
    if not casekeys.is_encrypted(root):
        return PlainFiles(root)
    key = key or casekeys.unlocked(root)
    if key is None:
        raise casekeys.Locked(f"{root} is an encrypted case; give its passphrase (the "
                              "SKVER_PASSPHRASE environment variable, or the prompt).")
    return EncryptedFiles(root, key)


class PlainFiles:
    """Files kept as they are, where their logical path says."""

    encrypted = False
    data_key: bytes | None = None
    db_key: bytes | None = None

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def physical(self, relpath: str) -> Path:
        return self.root / relpath

    def open_read(self, relpath: str) -> io.BufferedReader:
        """The file's (plaintext) bytes; OSError when missing, unreadable or damaged."""
        return open(self.physical(relpath), "rb")

    def read_bytes(self, relpath: str) -> bytes:
        with self.open_read(relpath) as fh:
            return fh.read()

    def exists(self, relpath: str) -> bool:
        return self.physical(relpath).is_file()

    def size(self, relpath: str) -> int:
        """The plaintext size; OSError when the file cannot be read."""
        return self.physical(relpath).stat().st_size

    def sha256(self, relpath: str) -> str | None:
        """SHA-256 of the plaintext, or None when it is missing, unreadable or damaged."""
        try:
            with self.open_read(relpath) as fh:
                return hashlib.file_digest(fh, "sha256").hexdigest()
        except OSError:
            return None

    def unlink(self, relpath: str) -> None:
        self.physical(relpath).unlink(missing_ok=True)

    def write_atomic(self, relpath: str, data: bytes | BinaryIO, *, durable: bool = False) -> None:
        """Writes a file whole or not at all (a temp file renamed over it)."""
        target = self.physical(relpath)
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = tempfiles.beside(target)  # swept if the process is killed
        try:
            with open(temp, "wb") as fh:
                self._write(io.BytesIO(data) if isinstance(data, bytes) else data, fh, relpath)
                if durable:
                    fh.flush()
                    os.fsync(fh.fileno())
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def _write(self, src: cryptofile.Readable, dst: BinaryIO, relpath: str | None = None) -> None:
        """Writes `src` to `dst` as this backend keeps files (bound to `relpath` if given)."""
        while chunk := src.read(CHUNK_BYTES):
            dst.write(chunk)

    def stage_copy(self, source: str | os.PathLike[str],
                   opener: Callable[[], BinaryIO] | None = None) -> tuple[Path, str]:
        """(a staging copy of `source` as this backend keeps files, the plaintext SHA-256);
        flushed to disk. OSError when the source cannot be read (the copy is removed).
        `opener` opens the source's plain bytes when the file holds them encrypted (a bundle's
        photo unpacked under a throwaway key, evidence/tempfiles.py)."""
        temp = self.root / STAGING / f"{uuid.uuid4().hex}.part"
        try:
            if not os.path.isfile(source):
                raise OSError(0, "it is not a regular file")
            temp.parent.mkdir(parents=True, exist_ok=True)
            with opener() if opener is not None else open(source, "rb") as src, \
                    open(temp, "wb") as dst:
                hashing = _Hashing(src)
                self._write(hashing, dst)
                dst.flush()
                os.fsync(dst.fileno())
            return temp, hashing.digest.hexdigest()
        except OSError:
            temp.unlink(missing_ok=True)
            raise

    def readable_copy(self, temp: Path, source: str) -> str:
        """A path whose plain bytes are the staged copy's: the copy itself, here."""
        return str(temp)

    def put_original(self, temp: Path, relpath: str, sha256: str) -> None:
        """Moves a staged copy into place, read-only; keeps an intact existing one."""
        final = self.physical(relpath)
        if final.exists() and self.sha256(relpath) == sha256:
            temp.unlink()
            return
        temp.chmod(0o444)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp, final)
        tempfiles.fsync_folder(final.parent)  # the rename itself must survive a power cut


class EncryptedFiles(PlainFiles):
    """Every file encrypted with the case's file key, named by an HMAC of its logical path."""

    encrypted = True

    def __init__(self, root: Path, data_key: bytes) -> None:
        super().__init__(root)
        self.data_key = data_key
        self.db_key = cryptofile.subkey(data_key, b"skver database")
        self._file_key = cryptofile.subkey(data_key, b"skver files")
        self._name_key = cryptofile.subkey(data_key, b"skver names")
        self._key_id = cryptofile.subkey(data_key, b"skver key id")[:8]

    def physical(self, relpath: str) -> Path:
        if relpath in FIXED_NAMES:
            return self.root / relpath
        top = relpath.split("/", 1)[0]
        name = hmac.new(self._name_key, relpath.encode("utf-8"), "sha256").hexdigest()
        return self.root / top / name[:2] / name

    def open_read(self, relpath: str) -> io.BufferedReader:
        """The plaintext; `cryptofile.Misplaced` naming `relpath` when the file in its place
        was written for another of the case's files (moved or swapped)."""
        try:
            return cryptofile.open_decrypted(self.physical(relpath), self._file_key,
                                             bind=_bind(relpath))
        except cryptofile.Misplaced:
            raise cryptofile.Misplaced(0, f"{relpath} was moved or swapped: the encrypted file "
                                       "in its place was written for another file of the "
                                       "case") from None

    def size(self, relpath: str) -> int:
        with self.open_read(relpath) as fh:
            return fh.seek(0, io.SEEK_END)

    def _write(self, src: cryptofile.Readable, dst: BinaryIO, relpath: str | None = None) -> None:
        cryptofile.encrypt_stream(src, dst, self._file_key, self._key_id,
                                  bind=None if relpath is None else _bind(relpath))

    def put_original(self, temp: Path, relpath: str, sha256: str) -> None:
        """As PlainFiles does, once the staged copy (written before its place was known) is
        encrypted again bound to `relpath`; OSError when its plaintext is not `sha256`."""
        final = self.physical(relpath)
        if final.exists() and self.sha256(relpath) == sha256:
            temp.unlink()
            return
        bound = temp.with_name(f"{temp.stem}-bound.part")
        try:
            with cryptofile.open_decrypted(temp, self._file_key) as src, \
                    open(bound, "wb") as dst:
                hashing = _Hashing(src)
                self._write(hashing, dst, relpath)
                dst.flush()
                os.fsync(dst.fileno())
            if hashing.digest.hexdigest() != sha256:
                raise OSError(0, "the staged copy is not the bytes that were hashed")
        except BaseException:
            bound.unlink(missing_ok=True)
            raise
        temp.unlink()
        super().put_original(bound, relpath, sha256)

    def is_bound(self, relpath: str) -> bool:
        """Whether the file is bound to its place (cryptofile version 2); False when it is of
        the older, unbound format. OSError when it cannot be read."""
        with open(self.physical(relpath), "rb") as fh:
            return cryptofile.is_bound(fh)

    def rebind(self, relpath: str) -> None:
        """Encrypts an unbound file again, bound to its place, keeping its bytes and whether
        it is read-only; CorruptFile when it fails its authentication."""
        target = self.physical(relpath)
        mode = target.stat().st_mode & 0o777
        temp = tempfiles.beside(target)  # swept if the process is killed
        try:
            with cryptofile.open_decrypted(target, self._file_key) as src, \
                    open(temp, "wb") as dst:
                self._write(src, dst, relpath)
                dst.flush()
                os.fsync(dst.fileno())
            temp.chmod(mode)
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        tempfiles.fsync_folder(target.parent)

    def readable_copy(self, temp: Path, source: str) -> str:
        # The staged copy is encrypted: metadata and thumbnail are read from the source, whose
        # SHA-256 the caller checks against the copy's.
        return source


def _bind(relpath: str) -> bytes:
    """What an encrypted case file is bound to: its logical path (its folder names its kind)."""
    return b"skver case file\0" + relpath.encode("utf-8")


class _Hashing(io.RawIOBase):
    """A reader that hashes what passes through it."""

    def __init__(self, src: BinaryIO) -> None:
        self.src, self.digest = src, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.src.read(size)
        self.digest.update(data)
        return data
