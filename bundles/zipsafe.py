"""Reading a zip archive that may be hostile: every member checked before a byte is inflated.

Refused, with the reason: more members than a bundle could need (counted from the archive's end
record before Python builds its index), names that would land outside the folder they are
unpacked into (absolute, `..`, backslashes, drive letters, control characters), names that
repeat (also when only their case differs), symbolic links, encrypted members, compression other
than stored or deflated, and sizes that are absurd in total, per member, or for their compressed
size (a zip bomb). While a member is read its real bytes are counted against the same limits:
the header's numbers are never the only guard.
"""

from __future__ import annotations

import hashlib
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from evidence.errors import KnownError
from evidence.printable import printable

CHUNK_BYTES = 1 << 20
GIB = 1 << 30


@dataclass(frozen=True)
class Limits:
    max_members: int = 200_000
    max_member_bytes: int = 4 * GIB
    max_total_bytes: int = 64 * GIB
    max_ratio: float = 200.0              # deflate reaches ~1000:1 only on degenerate data
    ratio_floor_bytes: int = 1 << 20      # smaller members may compress as well as they like
    max_text_bytes: int = 512 << 20       # manifest, log and checksums are read into memory


class HostileArchive(KnownError):
    """The archive is built to harm whoever unpacks it; nothing in it is used."""


class DamagedMember(Exception):
    """A member's bytes fail the archive's own CRC-32: changed inside the zip."""


_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def name_problem(name: str) -> str | None:
    """Why a member name is unsafe to unpack, or None."""
    if name.startswith("/") or _DRIVE.match(name):
        return "is an absolute path"
    if "\\" in name:
        return "contains a backslash (a Windows path separator)"
    if _CONTROL.search(name):
        return "contains control characters"
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return "climbs out of the folder with '..' (path traversal)"
    if any(part in ("", ".") for part in parts):
        return "has an empty or '.' path component"
    return None


Opener = Callable[[], BinaryIO]


class SafeZip:
    """A zip opened for reading only after its whole index has been checked.

    `opener`, when given, opens the zip's bytes (the decryption of a sealed bundle, read a
    chunk at a time); `path` then only names it."""

    def __init__(self, path: str | Path, limits: Limits | None = None,
                 opener: Opener | None = None) -> None:
        self.path, self.limits = Path(path), limits or Limits()
        self.opener = opener
        self._read_total = 0
        self._stream: BinaryIO | None = None
        try:
            self.zip = self._open_zip()
        except BaseException:
            self._close_stream()
            raise
        try:
            self.members = self._checked(self.zip.infolist())
        except BaseException:
            self.close()
            raise

    def _open_zip(self) -> zipfile.ZipFile:
        try:
            with self._open() as fh:
                self._refuse(_declared_members(fh) > self.limits.max_members,
                             f"it declares more than {self.limits.max_members} members")
            if self.opener is None:
                return zipfile.ZipFile(self.path)
            self._stream = self.opener()
            return zipfile.ZipFile(self._stream)
        except FileNotFoundError:
            raise KnownError(f"No such file: {printable(str(self.path))}") from None
        # NotImplementedError: a "version needed" past zipfile's; UnicodeDecodeError: a name
        # flagged as UTF-8 that is not.
        except (OSError, zipfile.BadZipFile, EOFError, struct.error, NotImplementedError,
                UnicodeDecodeError) as exc:
            raise KnownError(f"{printable(str(self.path))} is not a readable zip archive "
                             f"({printable(str(exc))}).") from None

    def _open(self) -> BinaryIO:
        return self.opener() if self.opener is not None else open(self.path, "rb")

    def _close_stream(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def _refuse(self, condition: bool, reason: str) -> None:
        if condition:
            raise HostileArchive(f"{self.path.name} was refused: {reason}. Nothing in it was "
                                 "used.")

    def _checked(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        limits = self.limits
        self._refuse(len(infos) > limits.max_members,
                     f"it has {len(infos)} members, more than {limits.max_members}")
        members: dict[str, zipfile.ZipInfo] = {}
        folded: set[str] = set()
        for info in infos:
            self._member(info)
            self._refuse(info.filename in members or info.filename.casefold() in folded,
                         f"the name {info.filename!r} occurs twice")
            members[info.filename] = info
            folded.add(info.filename.casefold())
        total = sum(info.file_size for info in infos)
        self._refuse(total > limits.max_total_bytes,
                     f"its members would unpack to {total:,} bytes, more than "
                     f"{limits.max_total_bytes:,}")
        return members

    def _member(self, info: zipfile.ZipInfo) -> None:
        name, limits = info.filename, self.limits
        problem = name_problem(name)
        self._refuse(problem is not None, f"the member name {name!r} {problem}")
        self._refuse(stat.S_ISLNK(info.external_attr >> 16),
                     f"{name!r} is a symbolic link")
        self._refuse(bool(info.flag_bits & 0x1), f"{name!r} is encrypted")
        self._refuse(info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED),
                     f"{name!r} uses a compression method (no. {info.compress_type}) that "
                     "Skver bundles never use")
        self._refuse(info.file_size > limits.max_member_bytes,
                     f"{name!r} declares {info.file_size:,} bytes, more than "
                     f"{limits.max_member_bytes:,}")
        ratio = info.file_size / max(info.compress_size, 1)
        self._refuse(info.file_size > limits.ratio_floor_bytes and ratio > limits.max_ratio,
                     f"{name!r} would inflate {ratio:,.0f} times its compressed size "
                     "(a zip bomb)")

    # -- reading ---------------------------------------------------------------------------

    def files(self) -> list[str]:
        """Member names that are files (folder entries, which some zip tools add, left out)."""
        return [name for name in self.members if not name.endswith("/")]

    def __contains__(self, name: str) -> bool:
        return name in self.members

    def chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes, counted as they come; DamagedMember when its CRC fails."""
        info = self.members[name]
        seen = 0
        try:
            with self.zip.open(info) as fh:
                while chunk := fh.read(CHUNK_BYTES):
                    seen += len(chunk)
                    self._read_total += len(chunk)
                    self._refuse(seen > info.file_size,
                                 f"{name!r} inflates beyond the size its header declares")
                    self._refuse(self._read_total > self.limits.max_total_bytes,
                                 "its members inflate beyond the total allowed")
                    yield chunk
        except zipfile.BadZipFile as exc:
            raise DamagedMember(f"{name}: {exc}") from None
        # Truncated or garbled; NotImplementedError: a flag zipfile cannot read (patched data,
        # strong encryption).
        except (OSError, EOFError, ValueError, zlib.error, NotImplementedError) as exc:
            raise DamagedMember(f"{name}: {exc}") from None

    def read(self, name: str) -> bytes:
        """A small member whole (the manifest, the log, the checksums)."""
        size = self.members[name].file_size
        self._refuse(size > self.limits.max_text_bytes,
                     f"{name!r} declares {size:,} bytes, too many for a bundle's text file")
        return b"".join(self.chunks(name))

    def digest(self, name: str) -> tuple[str, int]:
        """(SHA-256, size) of a member's bytes."""
        sha, size = hashlib.sha256(), 0
        for chunk in self.chunks(name):
            sha.update(chunk)
            size += len(chunk)
        return sha.hexdigest(), size

    def extract(self, name: str, dest: Path) -> tuple[str, int]:
        """Writes a member's bytes to `dest`; (SHA-256, size) of what was written."""
        sha, size = hashlib.sha256(), 0
        with open(dest, "xb") as out:
            for chunk in self.chunks(name):
                sha.update(chunk)
                size += len(chunk)
                out.write(chunk)
        return sha.hexdigest(), size

    def close(self) -> None:
        self.zip.close()
        self._close_stream()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _declared_members(fh: BinaryIO) -> int:
    """How many members the end-of-central-directory record declares (0 if there is none)."""
    fh.seek(0, 2)
    size = fh.tell()
    fh.seek(max(0, size - 22 - 0xFFFF))
    tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return 0  # not a zip: zipfile says so in its own words
    count = struct.unpack("<H", tail[at + 10:at + 12])[0]
    if count != 0xFFFF or at < 20 or tail[at - 20:at - 16] != b"PK\x06\x07":
        return count
    (zip64_at,) = struct.unpack("<Q", tail[at - 12:at - 4])  # the zip64 end record's offset
    fh.seek(zip64_at)
    record = fh.read(56)
    if len(record) < 40 or record[:4] != b"PK\x06\x06":
        return count
    return struct.unpack("<Q", record[32:40])[0]
