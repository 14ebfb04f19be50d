"""A photo's pictures for anything that leaves the case: the one place they are made.

Every output that carries a photo's pixels takes them from here: the map page's popup thumbnail
(`map`, the HTML report's maps) and a report's exhibit image (the PDF, the HTML page, and so the
reports inside a bundle), and a video's frames in a report (`frame`: its redaction's regions
hidden in each frame as it is drawn; the video itself never re-encoded or changed). Here the
photo's redaction is applied: a redacted photo is drawn from its redacted copy
(`evidence.redaction.image_bytes`: the derived file when it is the bytes the custody log
recorded, else made again from the original and the regions), never from the
original or from a derived copy made before the redaction (the thumbnail, the display copy).
When the redacted copy cannot be made, the photo has no picture; it is never drawn unredacted.

What else shows a photo, and why it is not here:
- static maps draw numbered marks, never a photo's pixels (`maps/static*.py`);
- the evidence bundle carries the originals whole, by design (the court's copy, re-hashed by
  `verify`), and lists each redaction in its manifest;
- the window shows the reviewer the originals: the Photos table, grid and detail and the Redact
  window read the derived thumbnail or the original directly (a reviewer tags and redacts what
  is really there), and the Map tab asks for `for_reviewer` by name. Nothing the window shows
  is written out: its map page is served from memory, its exports go through the reports.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from evidence import casefiles, derived, frames, redaction
from evidence.derived import decode_upright
from evidence.model import PhotoRecord, Redaction
from evidence.store import CaseData

__all__ = ["EXPORT_QUALITY", "Pictures", "for_export", "for_reviewer"]

log = logging.getLogger(__name__)
EXPORT_QUALITY = 82        # an exhibit's JPEG: sharp enough in print, a fraction of the size
THUMB_QUALITY = 85         # as derived.make writes the thumbnails


@dataclass(frozen=True)
class Pictures:
    """A case's photos as pictures, each with its redaction applied (`originals`: none, for
    the reviewer's eyes inside the window only)."""

    files: Any                              # the case's files (`Case.files`)
    redactions: Mapping[int, Redaction]     # by photo id, as `CaseData.redactions`
    originals: bool = False

    def redaction_of(self, photo_id: int) -> Redaction | None:
        """The redaction drawn over the photo here (None: it has none, or these are the
        reviewer's originals)."""
        return None if self.originals else self.redactions.get(photo_id)

    def thumbnail(self, photo: PhotoRecord) -> bytes | None:
        """The photo's thumbnail as JPEG (at most `derived.THUMB_PX` on its long side), or None
        when there is none: an unredacted photo's derived thumbnail is missing (derived files
        are disposable), or a redacted photo's redacted copy cannot be made."""
        done = self.redaction_of(photo.id)
        if done is None:
            try:
                data: bytes = self.files.read_bytes(derived.thumbnail_relpath(photo.sha256))
                return data
            except FileNotFoundError:
                return None
        try:
            return self._redacted(done, derived.THUMB_PX, THUMB_QUALITY)
        except Exception as exc:  # a decoder's many failure types: no picture, never the original
            log.warning("no redacted thumbnail of photo %s: %s: %s", photo.id,
                        type(exc).__name__, exc)
            return None

    def image(self, photo_id: int, stored_path: str, max_px: int,
              quality: int = EXPORT_QUALITY) -> bytes:
        """The photo upright (EXIF orientation applied), at most `max_px` on its long side, as
        JPEG, redacted if it is; raises OSError or a decoder's error when it cannot be drawn."""
        done = self.redaction_of(photo_id)
        if done is not None:
            return self._redacted(done, max_px, quality)
        if redaction.is_video(stored_path):   # a video stands as its first frame
            return self.frame(photo_id, stored_path, 0.0, max_px, quality)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # damaged pixels are the original's business
            with self.files.open_read(stored_path) as original:
                return _jpeg(decode_upright(original, max_px), max_px, quality)

    def frame(self, photo_id: int, stored_path: str, offset_s: float, max_px: int,
              quality: int = EXPORT_QUALITY) -> bytes:
        """A video's frame `offset_s` seconds from its start, upright, at most `max_px` on its
        long side, as JPEG, its redaction's regions hidden in it if it is redacted (they are
        drawn in the frame's full-size pixels, so it is decoded full size first); raises
        frames.FrameError when the frame cannot be had."""
        done = self.redaction_of(photo_id)
        with self.files.open_read(stored_path) as original:
            image = frames.frame_at(original, offset_s,
                                    redaction.FULL_SIZE if done is not None else max_px)
        if done is not None:
            image = redaction.redact_image(image, done.regions, done.method)
        return _jpeg(image, max_px, quality)

    def _redacted(self, done: Redaction, max_px: int, quality: int) -> bytes:
        data = redaction.image_bytes(self.files, done)   # upright already, no EXIF
        return _jpeg(decode_upright(io.BytesIO(data), max_px), max_px, quality)


def for_export(data: CaseData) -> Pictures:
    """The pictures of a case as read, for anything written out: redactions applied."""
    return Pictures(casefiles.for_root(data.root), data.redactions)


def for_reviewer(data: CaseData) -> Pictures:
    """The originals' pictures, for the window's own views of the case, never for a file:
    the reviewer sees what is really there."""
    return Pictures(casefiles.for_root(data.root), data.redactions, originals=True)


def _jpeg(image: Any, max_px: int, quality: int) -> bytes:
    image.thumbnail((max_px, max_px))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()
