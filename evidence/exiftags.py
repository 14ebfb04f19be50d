"""EXIF tags by number, normalised from exifread (primary) or Pillow (fallback).

Both readers are reduced to one plain dict {tag name: value} so that a single parser
(`evidence.metadata`) interprets them. Tags are matched by their numeric id, not by the
reader's spelling of the name, which differs between readers and versions.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from fractions import Fraction
from typing import Any, BinaryIO

import exifread

# IFD0 and the Exif sub-IFD share one number space; the GPS IFD has its own.
MAIN_TAGS = {
    0x000B: "ProcessingSoftware",
    0x0100: "ImageWidth",
    0x0101: "ImageLength",
    0x010F: "Make",
    0x0110: "Model",
    0x0112: "Orientation",
    0x0131: "Software",
    0x0132: "DateTime",
    0x9003: "DateTimeOriginal",
    0x9004: "DateTimeDigitized",
    0x9010: "OffsetTime",
    0x9011: "OffsetTimeOriginal",
    0x9290: "SubSecTime",
    0x9291: "SubSecTimeOriginal",
    0xA002: "PixelXDimension",
    0xA003: "PixelYDimension",
    0xC612: "DNGVersion",
}
GPS_TAGS = {
    0x0001: "GPSLatitudeRef",
    0x0002: "GPSLatitude",
    0x0003: "GPSLongitudeRef",
    0x0004: "GPSLongitude",
    0x0005: "GPSAltitudeRef",
    0x0006: "GPSAltitude",
    0x0007: "GPSTimeStamp",
    0x0010: "GPSImgDirectionRef",
    0x0011: "GPSImgDirection",
    0x0012: "GPSMapDatum",
    0x001D: "GPSDateStamp",
    0x001F: "GPSHPositioningError",
}
EXIF_IFD = 0x8769
GPS_IFD = 0x8825

Tags = dict[str, Any]


def plain(value: Any) -> Any:
    """A reader's value as str, int, float, bytes or a list of those (None if meaningless)."""
    if isinstance(value, str):
        return value.strip("\x00 \t\r\n")
    if isinstance(value, bytes):
        return value
    if isinstance(value, Fraction):
        return None if value.denominator == 0 else float(value)
    if isinstance(value, (list, tuple)):
        items = [plain(v) for v in value]
        return items[0] if len(items) == 1 else items
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, int):
        return value
    # Pillow's IFDRational and other number-like objects
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return None if math.isnan(number) or math.isinf(number) else number


class ExifParseError(Exception):
    """exifread met an EXIF block it could not parse."""


def read_with_exifread(fh: BinaryIO) -> Tags:
    """Tags found by exifread; {} when the file has no EXIF block."""
    fh.seek(0)
    # exifread logs every oddity of a malformed file as a warning; findings report those.
    previous = logging.getLogger("exifread").level
    logging.getLogger("exifread").setLevel(logging.CRITICAL)
    try:
        raw = exifread.process_file(fh, details=False, extract_thumbnail=False)
    except Exception as exc:  # exifread raises many types on hostile input; all mean the same
        raise ExifParseError(f"{type(exc).__name__}: {exc or 'no detail'}") from exc
    finally:
        logging.getLogger("exifread").setLevel(previous)
    tags: Tags = {}
    for key, tag in raw.items():
        ifd = key.split(" ", 1)[0]
        table = GPS_TAGS if ifd == "GPS" else MAIN_TAGS if ifd in ("Image", "EXIF") else None
        number = getattr(tag, "tag", None)
        if table is None or number not in table:
            continue
        tags.setdefault(table[number], plain(tag.values))
    return tags


def read_with_pillow(image: Any) -> Tags:
    """Tags found by Pillow in an opened image (PNG eXIf, WebP, HEIF via pillow-heif ...)."""
    exif = image.getexif()
    tags: Tags = {}
    _collect(tags, exif.items(), MAIN_TAGS)
    _collect(tags, exif.get_ifd(EXIF_IFD).items(), MAIN_TAGS)
    _collect(tags, exif.get_ifd(GPS_IFD).items(), GPS_TAGS)
    return tags


def _collect(tags: Tags, items: Iterable[tuple[int, Any]], table: dict[int, str]) -> None:
    for number, value in items:
        if number in table:
            tags.setdefault(table[number], plain(value))
