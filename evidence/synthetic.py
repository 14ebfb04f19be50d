"""Photos with exactly known EXIF and GPS, written with Pillow (pillow-heif for HEIC).

For the demo case, the tests and the benchmarks: every value a photo's metadata states is
chosen here, so what Skver reads back can be checked exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image

EXIF_IFD, GPS_IFD = 0x8769, 0x8825
FORMATS = {".jpg": "JPEG", ".png": "PNG", ".webp": "WEBP", ".tif": "TIFF", ".heic": "HEIF",
           ".dng": "TIFF"}


@dataclass
class Shot:
    """What a test photo's metadata says; None leaves the tag out."""

    taken: str | None = "2022:08:20 18:30:00"   # DateTimeOriginal, as EXIF writes it
    subsec: str | None = None
    offset: str | None = None                    # OffsetTimeOriginal, e.g. "+06:00"
    modified: str | None = None                  # DateTime
    lat: float | None = 43.2380
    lon: float | None = 76.9450
    altitude: float | None = None                # negative for below sea level
    accuracy: float | None = None                # GPSHPositioningError, metres
    bearing: float | None = None
    bearing_ref: str = "T"
    gps_time: datetime | None = None             # UTC
    make: str | None = "TestCam"
    model: str | None = "Model 1"
    software: str | None = None
    size: tuple[int, int] = (64, 48)


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 4)
    return float(degrees), float(minutes), seconds


def exif_for(shot: Shot) -> Image.Exif:
    exif = Image.Exif()
    for tag, value in ((0x010F, shot.make), (0x0110, shot.model), (0x0131, shot.software),
                       (0x0132, shot.modified)):
        if value is not None:
            exif[tag] = value
    sub = exif.get_ifd(EXIF_IFD)
    for tag, value in ((0x9003, shot.taken), (0x9291, shot.subsec), (0x9011, shot.offset)):
        if value is not None:
            sub[tag] = value
    gps = exif.get_ifd(GPS_IFD)
    if shot.lat is not None and shot.lon is not None:
        gps[0x0001] = "N" if shot.lat >= 0 else "S"
        gps[0x0002] = _dms(shot.lat)
        gps[0x0003] = "E" if shot.lon >= 0 else "W"
        gps[0x0004] = _dms(shot.lon)
    if shot.altitude is not None:
        gps[0x0005] = 1 if shot.altitude < 0 else 0
        gps[0x0006] = abs(shot.altitude)
    if shot.accuracy is not None:
        gps[0x001F] = shot.accuracy
    if shot.bearing is not None:
        gps[0x0010] = shot.bearing_ref
        gps[0x0011] = shot.bearing
    if shot.gps_time is not None:
        t = shot.gps_time
        gps[0x001D] = t.strftime("%Y:%m:%d")
        gps[0x0007] = (float(t.hour), float(t.minute), t.second + t.microsecond / 1e6)
    return exif


def write_photo(path: Path, shot: Shot | None = None, image: Image.Image | None = None,
                quality: int = 85) -> Path:
    """Writes `image` (or a plain one of shot.size) at `path`, in the format its suffix names,
    carrying `shot`'s metadata."""
    shot = shot or Shot()
    path.parent.mkdir(parents=True, exist_ok=True)
    image = image or Image.new("RGB", shot.size, (90, 140, 200))
    exif = exif_for(shot)
    fmt = FORMATS[path.suffix.lower()]
    if path.suffix.lower() == ".dng":
        exif[0xC612] = b"\x01\x04\x00\x00"  # DNGVersion: what makes a TIFF a DNG
    if fmt == "HEIF":
        from pillow_heif import register_heif_opener

        register_heif_opener()
        image.save(path, format=fmt, exif=exif.tobytes(), quality=60)
    elif fmt == "JPEG":
        image.save(path, format=fmt, exif=exif, quality=quality)
    else:
        image.save(path, format=fmt, exif=exif)
    return path
