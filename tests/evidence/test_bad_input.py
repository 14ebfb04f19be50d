"""Broken, hostile and odd files: each gets its error or finding, quickly, and the run goes on."""

from __future__ import annotations

import os
import random
import struct
import zlib

import pytest

from evidence import inspection, parallel
from evidence.inspection import inspect_file, inspect_many, iter_paths
from tests.helpers.photos import Shot, write_photo


def only(path) -> tuple[str | None, set[str]]:
    result = inspect_file(str(path))
    return result.metadata.error, {f.code for f in result.findings}


def test_zero_byte_file(tmp_path):
    (tmp_path / "empty.jpg").write_bytes(b"")
    error, found = only(tmp_path / "empty.jpg")
    assert "empty" in error and found == {"not_an_image"}


def test_text_file_with_an_image_name(tmp_path):
    (tmp_path / "notes.jpg").write_text("Сквер за кинотеатром Сары-Арка", encoding="utf-8")
    error, found = only(tmp_path / "notes.jpg")
    assert "not an image" in error and found == {"not_an_image"}


def test_truncated_jpeg_keeps_its_metadata(tmp_path):
    path = write_photo(tmp_path / "cut.jpg", Shot(size=(400, 300)))
    path.write_bytes(path.read_bytes()[:-200])
    result = inspect_file(str(path))
    assert "truncated_file" in {f.code for f in result.findings}
    assert result.metadata.camera_time is not None  # what could be read still is


@pytest.mark.parametrize("suffix", [".png", ".heic", ".webp"])
def test_truncated_other_formats(tmp_path, suffix):
    path = write_photo(tmp_path / f"cut{suffix}", Shot(size=(200, 150)))
    path.write_bytes(path.read_bytes()[:-40])
    assert "truncated_file" in only(path)[1]


def test_undecodable_jpeg_header(tmp_path):
    (tmp_path / "junk.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    error, found = only(tmp_path / "junk.jpg")
    assert error and "image_undecodable" in found


def _png_declaring(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b""))
            + chunk(b"IEND", b""))


def test_decompression_bomb_is_flagged_not_decoded(tmp_path):
    (tmp_path / "bomb.png").write_bytes(_png_declaring(200_000, 200_000))
    error, found = only(tmp_path / "bomb.png")
    assert "oversized_image" in found and error


def test_damaged_exif_block(tmp_path):
    path = write_photo(tmp_path / "a.jpg")
    data = bytearray(path.read_bytes())
    tiff = data.find(b"Exif\x00\x00") + 6
    data[tiff + 4:tiff + 8] = b"\x7f\xff\xff\xff"  # IFD0 offset far past the end
    path.write_bytes(bytes(data))
    assert "metadata_unreadable" in only(path)[1]


def test_symlink_loop_and_broken_link(tmp_path):
    os.symlink(tmp_path / "loop", tmp_path / "loop")
    os.symlink(tmp_path / "nowhere.jpg", tmp_path / "broken.jpg")
    for name in ("loop", "broken.jpg"):
        error, found = only(tmp_path / name)
        assert error and found == {"file_unreadable"}


def test_folder_symlink_loop_is_walked_once(tmp_path):
    write_photo(tmp_path / "a.jpg")
    os.symlink(tmp_path, tmp_path / "again")
    assert [os.path.basename(p) for p in iter_paths([str(tmp_path)])] == ["a.jpg"]


def test_fifo_does_not_block(tmp_path):
    os.mkfifo(tmp_path / "pipe.jpg")
    error, found = only(tmp_path / "pipe.jpg")
    assert found == {"not_a_file"} and error


def test_unreadable_permissions(tmp_path, monkeypatch):
    # Root reads files whatever their mode, so the OS's refusal is injected where it happens.
    path = write_photo(tmp_path / "secret.jpg")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("builtins.open", refuse)
    error, found = only(path)
    assert found == {"file_unreadable"} and "Permission denied" in error


def test_a_hanging_reader_is_stopped(tmp_path, monkeypatch):
    def forever(*_args, **_kwargs):
        while True:
            pass

    monkeypatch.setattr(inspection, "READ_DEADLINE_S", 0.3)
    monkeypatch.setattr("evidence.exiftags.exifread.process_file", forever)
    error, found = only(write_photo(tmp_path / "a.jpg"))
    assert found == {"read_timeout"} and "0 s" in error


def test_fuzzed_corpus_files_never_crash(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_MIN_WORK_S", 0.0)  # through the worker pool too
    rng = random.Random(20220820)
    sources = sorted((corpus / "jpg").glob("*.jpg"))[:6] + sorted((corpus / "heic").glob("*.HEIC"))
    paths = []
    for n, source in enumerate(sources * 12):
        data = bytearray(source.read_bytes())
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(min(len(data), 4096))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[: rng.randrange(len(data))]
        path = tmp_path / f"fuzz{n}{source.suffix}"
        path.write_bytes(bytes(data))
        paths.append(str(path))
    results = list(inspect_many(paths, workers=2))
    assert [r.metadata.path for r in results] == paths
    assert all(r.metadata.sha256 for r in results)


def test_one_bad_file_does_not_stop_the_batch(tmp_path):
    good = [write_photo(tmp_path / f"{n}.jpg") for n in range(3)]
    (tmp_path / "1b.jpg").write_bytes(b"garbage")
    results = list(inspect_many([str(p) for p in sorted(tmp_path.iterdir())]))
    assert len(results) == 4
    assert sum(r.metadata.error is None for r in results) == len(good)
