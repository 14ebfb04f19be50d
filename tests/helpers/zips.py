"""Making changed and hostile zip files, the way someone trying to break a bundle would."""

from __future__ import annotations

import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

Change = bytes | Callable[[bytes], bytes] | None   # new bytes, a rewrite, or None: removed


def rewrite(source: Path, dest: Path, changes: dict[str, Change] | None = None,
            added: dict[str, bytes] | None = None) -> Path:
    """A copy of a zip with members changed, removed or added (re-zipped, CRCs consistent)."""
    changes = changes or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(dest, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename in changes:
                change = changes[info.filename]
                if change is None:
                    continue
                data = change(data) if callable(change) else change
            new.writestr(info, data)
        for name, data in (added or {}).items():
            new.writestr(name, data)
    return dest


def flip_byte(data: bytes, at: int | None = None) -> bytes:
    at = len(data) // 2 if at is None else at
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def flip_stored_byte_in_place(path: Path, name: str) -> None:
    """Changes one byte of a stored member inside the zip file itself (a hex editor's edit)."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    raw = bytearray(path.read_bytes())
    offset = info.header_offset
    name_len, extra_len = struct.unpack("<HH", raw[offset + 26:offset + 30])
    raw[offset + 30 + name_len + extra_len + info.compress_size // 2] ^= 0x01
    path.write_bytes(bytes(raw))


def make_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with warnings.catch_warnings():  # zipfile warns of a duplicate name: that is the point
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members:
                zf.writestr(name, data)
    return path


def symlink_member(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


def deflated(name: str, size: int) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info, bytes(size)


def patch_declared_size(path: Path, name: str, size: int) -> None:
    """Rewrites the uncompressed size a member's headers declare."""
    _patch(path, name, central=(24, struct.pack("<I", size)), local=(22, struct.pack("<I", size)))


def mark_encrypted(path: Path, name: str) -> None:
    """Sets the 'encrypted' flag of a member, as a password-protected zip has it."""
    with zipfile.ZipFile(path) as zf:
        flags = zf.getinfo(name).flag_bits | 0x1
    _patch(path, name, central=(8, struct.pack("<H", flags)), local=(6, struct.pack("<H", flags)))


def _patch(path: Path, name: str, *, central: tuple[int, bytes], local: tuple[int, bytes]) -> None:
    raw = bytearray(path.read_bytes())
    encoded = name.encode()
    at = raw.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack("<H", raw[at + 28:at + 30])[0]
        if raw[at + 46:at + 46 + name_len] == encoded:
            header = struct.unpack("<I", raw[at + 42:at + 46])[0]
            raw[at + central[0]:at + central[0] + len(central[1])] = central[1]
            raw[header + local[0]:header + local[0] + len(local[1])] = local[1]
        at = raw.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(raw))


def unzip(path: Path, dest: Path) -> Path:
    """Our own bundle, unpacked into `dest` (its names are known to be safe)."""
    with zipfile.ZipFile(path) as zf:
        zf.extractall(dest)
    return dest
