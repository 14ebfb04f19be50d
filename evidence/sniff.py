"""What kind of file this is, from its bytes (never its name), and whether it is whole."""

from __future__ import annotations

import struct
from typing import BinaryIO

HEAD_BYTES = 64
# File-name suffixes of the formats Skver reads, for file pickers; reading itself goes by bytes.
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".heic", ".heif", ".png", ".webp", ".tif", ".tiff", ".dng",
                  ".mp4", ".mov", ".m4v", ".3gp", ".3g2")  # videos too (evidence/video.py)

# What Skver keeps as a photo: the media types `media_type` names from a file's bytes. An image
# Pillow opens in any other format (a Sun raster, FITS, BMP, an icon) is no camera's photo, and is
# rejected with its format named (`not_a_photo_format`) rather than kept with no media type.
PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/tiff", "image/heic",
                         "image/heif", "image/avif", "image/gif", "image/x-adobe-dng"})
PHOTO_FORMATS = "JPEG, HEIC/HEIF, AVIF, PNG, WebP, TIFF, DNG, GIF"

_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1", b"mif2", b"miaf"}
BMFF_KINDS = ("image/heic", "image/heif", "image/avif")
# Videos (evidence/video.py), by the brand of their 'ftyp' box: QuickTime, Apple's M4V, 3GPP
# and 3GPP2, and the ISO/MP4 brands phones write. A file whose first box is a QuickTime movie's
# own ('moov', 'mdat', 'wide', 'free') with no 'ftyp' is an older QuickTime movie.
VIDEO_TYPES = frozenset({"video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2",
                         "video/x-m4v"})
_MP4_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"mmp4",
               b"MSNV", b"NDAS", b"dash", b"XAVC", b"hvc1", b"FACE"}
_QUICKTIME_BOXES = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
# What Skver keeps: photos and videos.
KEPT_TYPES = PHOTO_TYPES | VIDEO_TYPES


def media_type(head: bytes) -> str | None:
    """The media type the magic bytes announce, or None when they name no image we know."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "image/tiff"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIC_BRANDS:
            return "image/heic"
        if brand in (b"avif", b"avis"):
            return "image/avif"
        if brand in _HEIF_BRANDS:
            return "image/heif"
        return _video_brand(brand)
    if head[4:8] in _QUICKTIME_BOXES and len(head) >= 8 and head[:4] != b"\0\0\0\0":
        return "video/quicktime"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    return None


def _video_brand(brand: bytes) -> str | None:
    """The video type an 'ftyp' major brand names, or None."""
    if brand == b"qt  ":
        return "video/quicktime"
    if brand[:3] == b"M4V":
        return "video/x-m4v"
    if brand[:3] in (b"3gp", b"3gs", b"3ge", b"3gg", b"3gr"):
        return "video/3gpp"
    if brand[:3] == b"3g2":
        return "video/3gpp2"
    if brand in _MP4_BRANDS:
        return "video/mp4"
    return None


def not_a_photo_format(described: str | None) -> str:
    """Why an image in a format outside PHOTO_TYPES is not taken: its format (as Pillow
    describes it, e.g. "Sun Raster File"), and the formats that are."""
    kind = f"a {described} image" if described else "an image"
    return (f"it is {kind}, not a photo format Skver takes as evidence ({PHOTO_FORMATS}); "
            "import the camera's own file")


def truncation(kind: str | None, fh: BinaryIO, size: int, tail: bytes) -> str | None:
    """A sentence saying how the file is cut short, or None when its structure looks whole."""
    if kind == "image/jpeg" and b"\xff\xd9" not in tail:
        return "The JPEG data stops without its end-of-image marker: the file is cut short."
    if kind == "image/png" and not tail.endswith(b"IEND\xaeB`\x82"):
        return "The PNG data stops before its closing IEND chunk: the file is cut short."
    if kind == "image/webp":
        fh.seek(4)
        (declared,) = struct.unpack("<I", fh.read(4))
        if declared + 8 > size:
            return f"The WebP header declares {declared + 8} bytes but the file has {size}."
    if kind in BMFF_KINDS or kind in VIDEO_TYPES:
        return _bmff_truncation(fh, size, "HEIF" if kind in BMFF_KINDS else "video's")
    return None


def _bmff_truncation(fh: BinaryIO, size: int, what: str = "HEIF") -> str | None:
    """Walks the top-level ISO-BMFF boxes; a box running past the end means a cut file."""
    offset = 0
    while offset + 8 <= size:
        fh.seek(offset)
        header = fh.read(16)
        (box_size,) = struct.unpack(">I", header[:4])
        if box_size == 1 and len(header) >= 16:
            (box_size,) = struct.unpack(">Q", header[8:16])
        elif box_size == 0:  # the box runs to the end of the file
            return None
        if not all(0x20 <= c <= 0x7E for c in header[4:8]):
            return None  # no box type: damaged or not this format (its reader says), not cut
        if box_size < 8:
            return f"A {what} box at byte {offset} declares an impossible size ({box_size})."
        if offset + box_size > size:
            box = header[4:8].decode("ascii")
            return (f"The {what} '{box}' box at byte {offset} needs {box_size} bytes but only "
                    f"{size - offset} remain: the file is cut short.")
        offset += box_size
    return None


# exifread walks every extent an 'iloc' box declares; extents of zero bytes cost it time and
# no file bytes, and it reads items on past the box's end, so a few hundred bytes can keep it
# busy until the read deadline. Real photos list a few hundred extents at most.
MAX_ILOC_EXTENTS = 4096


def heif_item_problem(fh: BinaryIO, size: int) -> str | None:
    """Why the HEIF item locations are built to stall a reader, or None."""
    for start, end in _boxes(fh, 0, size, b"meta"):
        for iloc, _end in _boxes(fh, start + 4, end, b"iloc"):  # meta: version + flags
            extents = _iloc_extents(fh, iloc, size)  # to the file's end, as exifread reads
            if extents > MAX_ILOC_EXTENTS:
                return (f"its HEIF item table declares {extents:,} data extents, far more than "
                        "any photo has, so its metadata was not read")
    return None


def _boxes(fh: BinaryIO, offset: int, end: int, kind: bytes) -> list[tuple[int, int]]:
    """(payload start, end) of each box of `kind` between `offset` and `end`."""
    found = []
    while offset + 8 <= end:
        fh.seek(offset)
        header = fh.read(16)
        (box_size,) = struct.unpack(">I", header[:4])
        payload = offset + 8
        if box_size == 1 and len(header) >= 16:
            (box_size,) = struct.unpack(">Q", header[8:16])
            payload = offset + 16
        elif box_size == 0:
            box_size = end - offset
        if box_size < payload - offset:
            break
        if header[4:8] == kind:
            found.append((payload, min(offset + box_size, end)))
        offset += box_size
    return found


def _iloc_extents(fh: BinaryIO, start: int, end: int) -> int:
    """How many extents an 'iloc' box declares, counted without walking them one by one."""
    fh.seek(start)
    head = fh.read(min(end - start, 1 << 20))
    if len(head) < 8:
        return 0
    version, sizes, more = head[0], head[4], head[5]
    offset_size, length_size = sizes >> 4, sizes & 0xF
    base_size, index_size = more >> 4, (more & 0xF) if version in (1, 2) else 0
    id_size = 4 if version == 2 else 2
    count_size = 4 if version == 2 else 2
    at = 6 + count_size
    (items,) = struct.unpack(">I" if count_size == 4 else ">H", head[6:at].rjust(4, b"\0")
                             [-count_size:]) if len(head) >= at else (0,)
    extent_bytes = offset_size + length_size + index_size
    total = 0
    for _ in range(items):
        at += id_size + (2 if version in (1, 2) else 0) + 2 + base_size
        if at + 2 > len(head):
            break
        (extents,) = struct.unpack(">H", head[at:at + 2])
        total += extents
        at += 2 + extents * extent_bytes
    return total
