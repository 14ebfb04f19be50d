"""Every real camera file in the corpus is answered, and agrees with ExifTool's reading."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest

from evidence.inspection import as_json, inspect_file, iter_paths
from tests.helpers.photos import CORPUS

FILES = sorted(iter_paths([str(CORPUS)])) if CORPUS.is_dir() else []
REFERENCE_TAGS = ["-Composite:GPSLatitude", "-Composite:GPSLongitude", "-Composite:GPSDateTime",
                  "-EXIF:DateTimeOriginal", "-EXIF:SubSecTimeOriginal",
                  "-EXIF:OffsetTimeOriginal", "-EXIF:Make", "-EXIF:Model"]


@cache
def reference(exiftool: str) -> dict[str, dict]:
    """ExifTool's reading of the whole corpus, numeric values (-n), by resolved path."""
    out = subprocess.run([exiftool, "-json", "-n", "-G", "-r", "-q", "-q", *REFERENCE_TAGS,
                          str(CORPUS)], capture_output=True, text=True, check=False).stdout
    return {str(Path(r["SourceFile"]).resolve()): r for r in json.loads(out)}


def test_the_corpus_is_there(corpus):
    assert len(FILES) > 100


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(Path(p).relative_to(CORPUS)))
def test_corpus_file_is_answered(path):
    obj = as_json(inspect_file(path))
    assert obj["path"] == path and obj["sha256"]
    if Path(path).suffix.lower() in {".jpg", ".jpeg", ".heic", ".heif", ".tiff"}:
        assert obj["error"] is None, obj["error"]
        assert obj["media_type"].startswith("image/")
    else:  # READMEs and the text dump in the corpus
        assert [f["code"] for f in obj["findings"]] == ["not_an_image"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(Path(p).relative_to(CORPUS)))
def test_corpus_file_agrees_with_exiftool(path, exiftool):
    ref = reference(exiftool).get(str(Path(path).resolve()))
    if ref is None:
        assert inspect_file(path).metadata.error, "ExifTool reads it as an image; we did not"
        return
    obj = as_json(inspect_file(path))
    _same_position(obj, ref)
    _same_camera_time(obj, ref)
    assert obj["taken_offset"] == ref.get("EXIF:OffsetTimeOriginal") or (
        "EXIF:OffsetTimeOriginal" not in ref and obj["offset_source"] != "exif")
    _same_gps_time(obj, ref)
    for ours, theirs in (("camera_make", "EXIF:Make"), ("camera_model", "EXIF:Model")):
        expected = str(ref[theirs]).strip() if theirs in ref else None
        assert obj[ours] == (expected or None)


def _same_position(obj: dict, ref: dict) -> None:
    lat, lon = ref.get("Composite:GPSLatitude"), ref.get("Composite:GPSLongitude")
    if lat is None or lon is None:
        assert obj["latitude"] is None and obj["longitude"] is None
    else:
        assert obj["latitude"] == pytest.approx(lat, abs=1e-6)
        assert obj["longitude"] == pytest.approx(lon, abs=1e-6)


def _same_camera_time(obj: dict, ref: dict) -> None:
    text = ref.get("EXIF:DateTimeOriginal")
    if not text or text.startswith("0000"):
        assert obj["taken_local"] is None
        return
    expected = datetime.strptime(text, "%Y:%m:%d %H:%M:%S")
    subsec = str(ref.get("EXIF:SubSecTimeOriginal", "")).strip()
    if subsec.isdigit():
        expected = expected.replace(microsecond=int(subsec[:6].ljust(6, "0")))
    assert datetime.fromisoformat(obj["taken_local"]) == expected


def _same_gps_time(obj: dict, ref: dict) -> None:
    text = ref.get("Composite:GPSDateTime")
    if not text:
        assert obj["gps_time_utc"] is None
        return
    expected = datetime.strptime(text.rstrip("Z"), "%Y:%m:%d %H:%M:%S.%f" if "." in text
                                 else "%Y:%m:%d %H:%M:%S")
    ours = datetime.fromisoformat(obj["gps_time_utc"].rstrip("Z"))
    assert abs((ours - expected).total_seconds()) < 0.01
