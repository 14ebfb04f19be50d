"""Derived files: thumbnails and display copies, made from originals, never the other way.

They are disposable: deleting `derived/` loses nothing, `rebuild` makes them again.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

from evidence.metadata import pillow

THUMB_PX = 320
DISPLAY_PX = 2048
# Formats a browser or Qt cannot show as they are get a JPEG copy for display.
NEEDS_DISPLAY_COPY = {"image/heic", "image/heif", "image/avif", "image/tiff",
                      "image/x-adobe-dng"}


def thumbnail_path(root: Path, sha256: str) -> Path:
    return root / "derived" / "thumbs" / sha256[:2] / f"{sha256}.jpg"


def display_path(root: Path, sha256: str) -> Path:
    return root / "derived" / "display" / sha256[:2] / f"{sha256}.jpg"


def make(original: Path, root: Path, sha256: str, media_type: str | None) -> str | None:
    """Makes the thumbnail (and display copy if needed); returns why it could not, or None."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # damaged pixels are the original's business
            needs_copy = media_type in NEEDS_DISPLAY_COPY
            upright = decode_upright(original, DISPLAY_PX if needs_copy else THUMB_PX)
            if needs_copy:
                upright.thumbnail((DISPLAY_PX, DISPLAY_PX))
                _save(upright, display_path(root, sha256))
            upright.thumbnail((THUMB_PX, THUMB_PX))  # from the decoded image: one decode
            _save(upright, thumbnail_path(root, sha256))
    except Exception as exc:  # a decoder's many failure types: no thumbnail, the import goes on
        return f"no thumbnail could be made ({type(exc).__name__}: {exc})"
    return None


def decode_upright(original: Path, size: int) -> Any:
    """The image upright (EXIF orientation applied) in RGB, decoded no larger than needed."""
    from PIL import ImageOps

    with pillow().open(original) as image:
        # JPEG draft mode decodes at 1/2 .. 1/8 scale: a 12 MP thumbnail in milliseconds.
        image.draft("RGB", (size, size))
        return ImageOps.exif_transpose(image).convert("RGB")


def _save(image: Any, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    image.save(temp, "JPEG", quality=85)
    os.replace(temp, target)


def rebuild(root: Path, photos: list[tuple[str, str, str]], *,
            progress: Any = None) -> list[str]:
    """Remakes every derived file from its original; `photos` are (sha256, stored path, type).

    Returns a sentence for each photo whose derived files could not be made.
    """
    problems = []
    for done, (sha256, stored_path, media_type) in enumerate(photos, start=1):
        problem = make(root / stored_path, root, sha256, media_type)
        if problem:
            problems.append(f"{stored_path}: {problem}")
        if progress:
            progress(done, len(photos))
    return problems
