"""Reading one file: hash, media type, dimensions, EXIF and GPS — never modifying it.

exifread is the primary EXIF reader; Pillow (with pillow-heif) gives dimensions, checks that
the file really is an image, and reads EXIF where exifread finds none (PNG, WebP, some HEIF).
Nothing here decodes pixels, so a file's declared size cannot exhaust memory.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from functools import cache
from types import ModuleType
from typing import Any, BinaryIO

from evidence import sniff, video
from evidence.exiftags import ExifParseError, Tags, read_with_exifread, read_with_pillow
from evidence.integrity import sha256_stream
from evidence.model import Finding, PhotoMetadata, Severity
from evidence.timing import parse_exif_datetime, parse_offset


@cache
def pillow() -> ModuleType:
    """Pillow, with the HEIF opener registered once."""
    from PIL import Image
    from pillow_heif import register_heif_opener

    register_heif_opener()
    return Image


Opener = Callable[[], io.BufferedReader]


def read(path: str | os.PathLike[str], opener: Opener | None = None) -> PhotoMetadata:
    """Everything `path` says about itself; problems become findings, never exceptions.
    `opener`, when given, opens the plain bytes of `path` (an encrypted temporary copy's)."""
    path = os.fspath(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return _failed(path, "not_a_file", "It is not a regular file (a folder, device, "
                           "pipe or socket), so it was not read.")
        with opener() if opener is not None else open(path, "rb") as fh:
            return _read_open(path, fh)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return _failed(path, "file_unreadable", f"The file could not be read: {reason}.")


def _failed(path: str, code: str, message: str, **known: Any) -> PhotoMetadata:
    problem = Finding(code, Severity.CRITICAL, message)
    return PhotoMetadata(path=path, problems=(problem,), error=message, **known)


def _read_open(path: str, fh: io.BufferedReader) -> PhotoMetadata:
    digest, size, tail = sha256_stream(fh)
    fh.seek(0)
    head = fh.read(sniff.HEAD_BYTES)
    kind = sniff.media_type(head)
    known: dict[str, Any] = {"sha256": digest, "size_bytes": size, "media_type": kind}
    if size == 0:
        return _failed(path, "not_an_image", "The file is empty (0 bytes).", **known)
    problems: list[Finding] = []
    if kind is not None and (cut := sniff.truncation(kind, fh, size, tail)):
        problems.append(Finding("truncated_file", Severity.WARNING, cut))
    if kind in sniff.VIDEO_TYPES:  # a container, not a picture: its own reader
        return video.read(path, fh, known, problems)
    stall = sniff.heif_item_problem(fh, size) if kind in sniff.BMFF_KINDS else None
    tags, exif_error = ({}, stall) if stall else _exifread_tags(fh)
    image, failure = _open_image(fh, problems)
    if image is None and kind is None:
        return _failed(path, "not_an_image", "This is not an image file that Skver can read "
                       "(JPEG, HEIC/HEIF, PNG, WebP, TIFF, DNG), nor a video (MP4, MOV, M4V, 3GP).",
                       **known)
    if image is not None:
        known["media_type"] = kind or image.get_format_mimetype()
        known["width"], known["height"] = image.size
        if not tags:  # exifread found nothing or failed: Pillow's reader is the second opinion
            tags, pillow_error = _pillow_tags(image)
            exif_error = exif_error or pillow_error
    else:
        known["error"] = failure
    if not tags and (reason := exif_error or _unparsed_exif(image)):
        problems.append(Finding("metadata_unreadable", Severity.WARNING,
                                f"The EXIF metadata is damaged and could not be read "
                                f"({reason})."))
    if known["media_type"] == "image/tiff" and "DNGVersion" in tags:
        known["media_type"] = "image/x-adobe-dng"
    known.setdefault("width", _int(tags.get("PixelXDimension") or tags.get("ImageWidth")))
    known.setdefault("height", _int(tags.get("PixelYDimension") or tags.get("ImageLength")))
    fields = _fields(tags, problems)
    return PhotoMetadata(path=path, problems=tuple(problems), **known, **fields)


def _open_image(fh: BinaryIO, problems: list[Finding]) -> tuple[Any, str | None]:
    """(the Pillow image with only its header parsed, or None; why it failed, if it did)."""
    Image = pillow()
    fh.seek(0)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", Image.DecompressionBombWarning)
            image = Image.open(fh)
        if any(issubclass(w.category, Image.DecompressionBombWarning) for w in caught):
            problems.append(_oversized(f"{image.size[0]} × {image.size[1]} pixels"))
        return image, None
    except Image.DecompressionBombError as exc:
        problems.append(_oversized(str(exc).split(" exceeds")[0].replace("Image size (", "")
                                   .rstrip(")")))
        return None, "The image declares absurd dimensions and was not opened."
    except Exception as exc:  # Pillow raises many types on hostile headers; all mean "undecodable"
        message = f"The image data cannot be decoded ({type(exc).__name__}: {exc})."
        problems.append(Finding("image_undecodable", Severity.CRITICAL, message))
        return None, message


def _oversized(declared: str) -> Finding:
    return Finding("oversized_image", Severity.WARNING,
                   f"The image declares {declared}, far beyond any camera: it may be built to "
                   "exhaust memory, and Skver will not decode its pixels.")


def _unparsed_exif(image: Any) -> str | None:
    """Why an image whose readers found no tags still has an EXIF block, if it has one."""
    block = image.info.get("exif") if image is not None else None
    if isinstance(block, bytes) and len(block) > 14:
        return f"the file carries an EXIF block of {len(block)} bytes, but no tag in it is readable"
    return None


def _exifread_tags(fh: BinaryIO) -> tuple[Tags, str | None]:
    try:
        return read_with_exifread(fh), None
    except ExifParseError as exc:
        return {}, str(exc)


def _pillow_tags(image: Any) -> tuple[Tags, str | None]:
    # Pillow warns (on stderr) about corrupt EXIF; the finding is where that belongs.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tags = read_with_pillow(image)
        except Exception as exc:  # as with exifread: hostile EXIF, many exception types
            return {}, f"{type(exc).__name__}: {exc}"
    return tags, (str(caught[0].message).strip() if caught else None)


def _fields(tags: Tags, problems: list[Finding]) -> dict[str, Any]:
    raw_time = _text(tags.get("DateTimeOriginal"))
    camera_time = parse_exif_datetime(raw_time, _text(tags.get("SubSecTimeOriginal"))) \
        if raw_time else None
    offset_text = _text(tags.get("OffsetTimeOriginal"))
    modified = _text(tags.get("DateTime"))
    bearing = _float(tags.get("GPSImgDirection"))
    fields = {
        "camera_time": camera_time,
        "camera_time_raw": raw_time if raw_time and camera_time is None else None,
        "camera_offset": parse_offset(offset_text) if offset_text else None,
        "modified_time": parse_exif_datetime(modified) if modified else None,
        "camera_make": _text(tags.get("Make")),
        "camera_model": _text(tags.get("Model")),
        "software": _text(tags.get("Software")) or _text(tags.get("ProcessingSoftware")),
        "gps_time": _gps_time(tags),
        "bearing_deg": bearing if bearing is not None and 0 <= bearing <= 360 else None,
        "bearing_ref": _text(tags.get("GPSImgDirectionRef")) if bearing is not None else None,
        "gps_accuracy_m": _nonnegative(_float(tags.get("GPSHPositioningError"))),
    }
    fields.update(_position(tags, problems))
    return fields


def _position(tags: Tags, problems: list[Finding]) -> dict[str, Any]:
    lat = _degrees(tags.get("GPSLatitude"), tags.get("GPSLatitudeRef"), "S")
    lon = _degrees(tags.get("GPSLongitude"), tags.get("GPSLongitudeRef"), "W")
    if lat is None or lon is None:
        return {}
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        problems.append(Finding("invalid_gps", Severity.WARNING,
                                f"The GPS position ({lat:.6f}, {lon:.6f}) is outside the "
                                "Earth's range of coordinates and was ignored."))
        return {}
    altitude = _float(tags.get("GPSAltitude"))
    if altitude is not None and _below_sea_level(tags.get("GPSAltitudeRef")):
        altitude = -altitude
    return {"latitude": lat, "longitude": lon, "altitude_m": altitude}


def _degrees(value: Any, ref: Any, negative: str) -> float | None:
    """Degrees, minutes, seconds (or fewer parts) as signed decimal degrees."""
    parts = value if isinstance(value, list) else [value]
    if not parts or any(not isinstance(p, (int, float)) for p in parts) or len(parts) > 3:
        return None
    degrees = sum(p / 60**i for i, p in enumerate(parts))
    return -degrees if (text := _text(ref)) and text.upper().startswith(negative) else degrees


def _below_sea_level(ref: Any) -> bool:
    if isinstance(ref, bytes):
        return ref[:1] == b"\x01"
    if isinstance(ref, list):
        ref = ref[0] if ref else 0
    return ref == 1 or ref == "1"


def _gps_time(tags: Tags) -> datetime | None:
    date_text = _text(tags.get("GPSDateStamp"))
    stamp = tags.get("GPSTimeStamp")
    if not date_text or not isinstance(stamp, list) or len(stamp) != 3:
        return None
    try:
        day = datetime.strptime(date_text.replace("-", ":")[:10], "%Y:%m:%d")
        hours, minutes, seconds = (float(x) for x in stamp)
        if not (0 <= hours < 24 and 0 <= minutes < 60 and 0 <= seconds < 61):
            return None
    except (TypeError, ValueError):
        return None
    moment = datetime.combine(day.date(), time(0), tzinfo=UTC)
    return moment + timedelta(hours=hours, minutes=minutes, seconds=round(seconds, 6))


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, list):
        return None
    if value is None:
        return None
    text = str(value).strip("\x00 \t\r\n")
    return text or None


def _float(value: Any) -> float | None:
    if isinstance(value, list):
        value = value[0] if len(value) == 1 else None
    return float(value) if isinstance(value, (int, float)) else None


def _int(value: Any) -> int | None:
    number = _float(value)
    return int(number) if number is not None and number > 0 else None


def _nonnegative(value: float | None) -> float | None:
    return value if value is not None and value >= 0 else None
