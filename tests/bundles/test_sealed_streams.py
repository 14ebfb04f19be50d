"""A bundle sealed for transport is sealed as it is written and read back as it is decrypted:
the plain zip is never a file. A failure on either side stops both and leaves nothing."""

from __future__ import annotations

import io
import threading
import zipfile

import pytest

from bundles import transport
from evidence import cryptofile
from evidence.errors import KnownError

PASSPHRASE = "courier words 2024"


class FillingDisk(io.BytesIO):
    """A file on a disk that is full after `room` bytes."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, data) -> int:
        if self.tell() + len(data) > self.room:
            raise OSError(28, "No space left on device")
        return super().write(data)


def sealers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "skver-seal"]


def sealed_zip(tmp_path, members: dict[str, bytes]):
    path = tmp_path / "carry.skv"
    with open(path, "wb") as out, transport.sealing(out, PASSPHRASE) as sink, \
            zipfile.ZipFile(sink, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_a_zip_sealed_as_written_reads_back_through_the_decryption(tmp_path):
    big = bytes(range(256)) * 20_000   # five chunks
    path = sealed_zip(tmp_path, {"originals/a.jpg": big, "manifest.json": b"{}"})
    raw = path.read_bytes()
    assert raw.startswith(cryptofile.MAGIC) and big[:4096] not in raw
    with transport.opened(path, PASSPHRASE) as opener, zipfile.ZipFile(opener()) as zf:
        assert zf.read("originals/a.jpg") == big
        assert zf.read("manifest.json") == b"{}"
    assert sealers() == []


def test_a_full_disk_stops_the_writer_and_the_sealer(tmp_path):
    with pytest.raises(OSError, match="No space"), \
            transport.sealing(FillingDisk(3 << 20), PASSPHRASE) as sink:
        for _ in range(20):
            sink.write(b"x" * (1 << 20))
    assert sealers() == []


def test_a_writer_that_fails_stops_the_sealer(tmp_path):
    out = io.BytesIO()
    with pytest.raises(KeyError), transport.sealing(out, PASSPHRASE) as sink:
        sink.write(b"y" * (3 << 20))
        raise KeyError("cancelled")
    assert sealers() == []


def test_a_sealed_bundle_changed_in_its_middle_is_refused_before_use(tmp_path):
    path = sealed_zip(tmp_path, {"originals/a.jpg": bytes(3 << 20)})
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(KnownError, match="changed or cut short after it was encrypted"), \
            transport.opened(path, PASSPHRASE):
        pass
    with pytest.raises(KnownError, match="Wrong passphrase"), transport.opened(path, "guess"):
        pass
