"""The pictures a report draws, made when drawn: an exhibit's image and a refusal's map.

Nothing here is kept between calls, so a report of hundreds of exhibits holds one decoded image
at a time. The originals are only read.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from evidence import casefiles, redaction
from evidence.derived import decode_upright
from maps.static import DEFAULT_SIZE, Tiles, claim_map_png
from reports.content import ClaimSection, Exhibit, Report

# Long side of an exhibit image: sharp at 150 dpi across a 12 cm column.
EXHIBIT_PX = 1000


def exhibit_jpeg(report: Report, exhibit: Exhibit, max_px: int = EXHIBIT_PX) -> bytes:
    """The exhibit upright (EXIF orientation applied), at most `max_px` on its long side, as
    JPEG; raises OSError or a decoder's error when the original cannot be drawn."""
    files = casefiles.for_root(Path(report.case_root))  # decrypted in memory, if encrypted
    if exhibit.redacted is not None:    # never the original's pixels where a region is hidden
        data = redaction.image_bytes(files, exhibit.redacted)
        image = Image.open(io.BytesIO(data))
    else:
        with files.open_read(exhibit.stored_path) as original:
            image = decode_upright(original, max_px)
    image.thumbnail((max_px, max_px))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def map_png(section: ClaimSection, size: tuple[int, int] = DEFAULT_SIZE,
            tiles: Tiles = None) -> bytes:
    """The refusal's static map (venue, exhibits, scale, north) as PNG bytes."""
    return claim_map_png(section.result, section.map_photos, size=size, tiles=tiles)
