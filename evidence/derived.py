"""Derived files: thumbnails and display copies, made from originals, never the other way.

They are disposable: deleting `derived/` loses nothing, `rebuild` makes them again. They are
written through the case's files (`evidence.casefiles`), so an encrypted case keeps them
encrypted too.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any, BinaryIO

from evidence import casefiles, diskspace, frames, sniff
from evidence.metadata import pillow

THUMB_PX = 320
DISPLAY_PX = 2048
# Formats a browser or Qt cannot show as they are get a JPEG copy for display.
NEEDS_DISPLAY_COPY = {"image/heic", "image/heif", "image/avif", "image/tiff",
                      "image/x-adobe-dng"}


def thumbnail_relpath(sha256: str) -> str:
    return f"derived/thumbs/{sha256[:2]}/{sha256}.jpg"


def display_relpath(sha256: str) -> str:
    return f"derived/display/{sha256[:2]}/{sha256}.jpg"


def thumbnail_path(root: Path, sha256: str) -> Path:
    """Where a plain case keeps a thumbnail (an encrypted one: `files.physical`)."""
    return root / thumbnail_relpath(sha256)


def display_path(root: Path, sha256: str) -> Path:
    return root / display_relpath(sha256)


def make(original: str | Path | BinaryIO, files: Any, sha256: str,
         media_type: str | None) -> str | None:
    """Makes the thumbnail (and display copy if needed); returns why it could not, or None.

    `files` is the case's files (`Case.files`; a case folder's path is taken for its files).
    """
    if isinstance(files, Path):
        files = casefiles.for_root(files)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # damaged pixels are the original's business
            needs_copy = media_type in NEEDS_DISPLAY_COPY
            if media_type in sniff.VIDEO_TYPES:  # its first keyframe, upright; never re-encoded
                upright = frames.frame_at(original, 0.0, THUMB_PX)
            else:
                upright = decode_upright(original, DISPLAY_PX if needs_copy else THUMB_PX)
            if needs_copy:
                upright.thumbnail((DISPLAY_PX, DISPLAY_PX))
                _save(upright, files, display_relpath(sha256))
            upright.thumbnail((THUMB_PX, THUMB_PX))  # from the decoded image: one decode
            _save(upright, files, thumbnail_relpath(sha256))
    except Exception as exc:  # a decoder's many failure types: no thumbnail, the import goes on
        if diskspace.is_full(exc):  # not the photo's doing: the caller says what to free
            raise
        return f"no thumbnail could be made ({type(exc).__name__}: {exc})"
    return None


def decode_upright(original: str | Path | BinaryIO, size: int) -> Any:
    """The image upright (EXIF orientation applied) in RGB, decoded no larger than needed."""
    from PIL import ImageOps

    with pillow().open(original) as image:
        # JPEG draft mode decodes at 1/2 .. 1/8 scale: a 12 MP thumbnail in milliseconds.
        image.draft("RGB", (size, size))
        return ImageOps.exif_transpose(image).convert("RGB")


def _save(image: Any, files: Any, relpath: str) -> None:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    files.write_atomic(relpath, buffer.getvalue())


def rebuild(files: Any, photos: list[tuple[str, str, str]], *,
            progress: Any = None) -> list[str]:
    """Remakes every derived file from its original; `photos` are (sha256, stored path, type).

    Returns a sentence for each photo whose derived files could not be made.
    """
    if isinstance(files, Path):
        files = casefiles.for_root(files)
    problems = []
    for done, (sha256, stored_path, media_type) in enumerate(photos, start=1):
        try:
            with files.open_read(stored_path) as original:
                problem = make(original, files, sha256, media_type)
        except OSError as exc:
            problem = f"the original cannot be read ({exc.strerror or exc})"
        if problem:
            problems.append(f"{stored_path}: {problem}")
        if progress:
            progress(done, len(photos))
    return problems
