"""Redaction: bystanders' faces and licence plates blurred or blacked out for a report.

The original is only read. The redacted image is a derived file made from the original and the
region list alone, the same bytes every time, so it stays disposable: `verify` checks it against
the SHA-256 the custody log recorded, and `case rebuild-derived` (or the next report) remakes it.
Regions are rectangles in the pixels of the upright original (EXIF orientation applied).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import warnings
from pathlib import Path
from typing import Any

from evidence import casefiles, custody, store
from evidence.derived import decode_upright
from evidence.errors import KnownError
from evidence.model import PhotoRecord, Redaction, Region
from evidence.store import DERIVED, Case, audit
from evidence.store import redactions as rows

__all__ = ["METHODS", "REASONS", "Redaction", "Region", "all_redactions", "apply", "check",
           "get", "image_bytes", "parse_region", "rebuild", "redacted_path",
           "redacted_relpath", "region", "remove", "render"]

log = logging.getLogger(__name__)
METHODS = ("blur", "black")
REASONS = ("face", "plate", "other")
JPEG_QUALITY = 92
# A blurred region keeps at most this many samples across its shorter side before it is
# smoothed: too few for a face or a plate to be recognised, or recovered by deblurring.
BLUR_SAMPLES = 6
FULL_SIZE = 1 << 16          # larger than any photo: decode_upright then decodes at full size
_REGION = re.compile(r"^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?::\s*(\w+)\s*)?$")


def parse_region(text: str) -> Region:
    """'x,y,w,h' or 'x,y,w,h:reason' (reason face, plate or other) as a Region."""
    match = _REGION.match(text)
    if match is None:
        raise KnownError(f"{text!r} is not a region: write x,y,w,h in pixels of the upright "
                         "image, optionally followed by :face, :plate or :other.")
    x, y, w, h = (int(v) for v in match.groups()[:4])
    return region(x, y, w, h, match.group(5) or "other")


def region(x: int, y: int, w: int, h: int, reason: str = "other") -> Region:
    if reason not in REASONS:
        raise KnownError(f"{reason!r} is not a reason for a redaction; use one of "
                         f"{', '.join(REASONS)}.")
    if w <= 0 or h <= 0 or x < 0 or y < 0:
        raise KnownError(f"The region {x},{y},{w},{h} is empty or starts outside the image.")
    return Region(int(x), int(y), int(w), int(h), reason)


def redacted_path(root: Path, photo_sha256: str) -> Path:
    return Path(root) / redacted_relpath(photo_sha256)


def redacted_relpath(photo_sha256: str) -> str:
    return f"{DERIVED}/redacted/{photo_sha256}.jpg"


def is_video(stored_path: str) -> bool:
    """Whether a kept original is a video (by the suffix the case gives its media type)."""
    suffix = Path(stored_path).suffix.lower()
    return any(media.startswith("video/") and ext == suffix
               for media, ext in store.EXTENSIONS.items())


def _render_stored(files: Any, stored_path: str, regions: Any, method: str) -> bytes:
    with files.open_read(stored_path) as original:
        return render(original, regions, method, video=is_video(stored_path))


def render(original: Any, regions: tuple[Region, ...] | list[Region], method: str, *,
           video: bool = False) -> bytes:
    """The redacted image as JPEG bytes: upright, full size, the regions blurred or black.
    Of a video, its first frame (the still that stands for it, as its thumbnail does); the
    report's other frames are redacted by `redact_image` as they are drawn."""
    if method not in METHODS:
        raise KnownError(f"{method!r} is not a redaction method; use blur or black.")
    if not regions:
        raise KnownError("A redaction needs at least one region.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # damaged pixels are the original's business
        image = (first_frame(original) if video else decode_upright(original, FULL_SIZE))
    image = redact_image(image, regions, method)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY)   # no EXIF: the original keeps it
    return buffer.getvalue()


def redact_image(image: Any, regions: tuple[Region, ...] | list[Region], method: str) -> Any:
    """The regions blurred or blacked out in an upright, full-size image (a photo, or a frame
    of a video: a video's regions are in its frames' pixels and hide the same place in each)."""
    from PIL import ImageDraw

    for r in regions:
        if r.x + r.w > image.width or r.y + r.h > image.height:
            raise KnownError(f"The region {r.x},{r.y},{r.w},{r.h} reaches outside the image, "
                             f"which is {image.width}×{image.height} pixels upright.")
    for r in regions:
        if method == "black":
            ImageDraw.Draw(image).rectangle((r.x, r.y, r.x + r.w - 1, r.y + r.h - 1),
                                            fill=(0, 0, 0))
        else:
            image.paste(_blurred(image.crop(r.box)), r.box[:2])
    return image


def first_frame(original: Any) -> Any:
    """A video's first frame, upright and full size: the still its regions are drawn on."""
    from evidence import frames

    try:
        return frames.frame_at(original, 0.0, FULL_SIZE)
    except frames.FrameError as exc:
        raise KnownError(f"The video's first frame could not be read: {exc}") from exc


def _blurred(patch: Any) -> Any:
    """The patch reduced to a few samples, enlarged smoothly and blurred: no detail survives."""
    from PIL import Image, ImageFilter

    cell = max(1, min(patch.width, patch.height) // BLUR_SAMPLES)
    small = patch.resize((max(1, patch.width // cell), max(1, patch.height // cell)),
                         Image.Resampling.BOX)
    smooth = small.resize(patch.size, Image.Resampling.BILINEAR)
    return smooth.filter(ImageFilter.GaussianBlur(max(1, cell // 2)))


def apply(case: Case, photo_id: int, regions: list[Region], method: str,
          actor: str) -> Redaction:
    """Makes the redacted copy of a photo and records it; replaces an earlier redaction."""
    photo = store.photos.get(case, photo_id)
    data = _render_stored(case.files, photo.stored_path, regions, method)
    digest = hashlib.sha256(data).hexdigest()
    with case.exclusive("redacting"):
        case.files.write_atomic(redacted_relpath(photo.sha256), data)
        with case.transaction():
            row_id = rows.put(case, photo_id, regions, method, actor, custody.now_utc(), digest)
            audit.record(case, actor, "redaction-set", "redactions", row_id,
                         _details(photo, regions, method, digest))
    found = get(case, photo_id)
    assert found is not None
    return found


def remove(case: Case, photo_id: int, actor: str) -> Redaction:
    """Drops a photo's redaction: its reports show the photo unredacted again."""
    old = get(case, photo_id)
    if old is None:
        raise KnownError(f"Photo {photo_id} has no redaction to remove.")
    with case.exclusive("removing a redaction"):
        with case.transaction():
            rows.delete(case, old.id)
            audit.record(case, actor, "redaction-removed", "redactions", old.id,
                         _details(store.photos.get(case, photo_id), old.regions, old.method,
                                  old.derived_sha256))
        case.files.unlink(redacted_relpath(old.photo_sha256))
    return old


def get(case: Case, photo_id: int) -> Redaction | None:
    return rows.get(case, photo_id)


def all_redactions(case: Case) -> list[Redaction]:
    return rows.all_redactions(case)


def _details(photo: PhotoRecord, regions: Any, method: str, digest: str) -> dict[str, Any]:
    return {"photo_id": photo.id, "photo_sha256": photo.sha256, "method": method,
            "regions": [r.as_json() for r in regions], "derived_sha256": digest,
            "derived_path": redacted_path(Path(), photo.sha256).as_posix()}


def image_bytes(files: Any, redaction: Redaction) -> bytes:
    """The redacted JPEG: the derived file when it is the recorded one, else made again.

    `files` is the case's files (`Case.files`; a case folder's path is taken for its files).
    """
    if isinstance(files, (str, os.PathLike)):
        files = casefiles.for_root(Path(files))
    relpath = redacted_relpath(redaction.photo_sha256)
    try:
        data = files.read_bytes(relpath)
        if hashlib.sha256(data).hexdigest() == redaction.derived_sha256:
            return data
    except OSError:
        pass  # missing or damaged: a derived file, made again below
    data = _render_stored(files, redaction.stored_path, redaction.regions, redaction.method)
    try:
        files.write_atomic(relpath, data)
    except OSError as exc:  # a read-only case still gets its report: the file is a cache
        log.info("redacted copy of photo %s not written: %s", redaction.photo_id, exc)
    return data


def rebuild(case: Case) -> list[str]:
    """Remakes every redacted file; a sentence for each that does not match its record."""
    problems = []
    for r in all_redactions(case):
        try:
            data = _render_stored(case.files, r.stored_path, r.regions, r.method)
            case.files.write_atomic(redacted_relpath(r.photo_sha256), data)
        except Exception as exc:  # a decoder's many failure types: said, and the rest go on
            problems.append(f"the redacted copy of photo {r.photo_id} could not be made "
                            f"({type(exc).__name__}: {exc})")
            continue
        if hashlib.sha256(data).hexdigest() != r.derived_sha256:
            problems.append(f"the redacted copy of photo {r.photo_id} was remade, but its "
                            "bytes differ from the recorded ones (a different image library?)")
    return problems


def check(case: Case) -> list[str]:
    """Notes on redacted files that are missing or not the recorded bytes (they are remade)."""
    notes = []
    for r in all_redactions(case):
        relpath = redacted_relpath(r.photo_sha256)
        actual = case.files.sha256(relpath)
        if actual != r.derived_sha256:
            state = "is missing" if actual is None else "differs from the recorded bytes"
            notes.append(f"The redacted copy of photo {r.photo_id} ({relpath}) {state}; it is "
                         "a derived file: reports and `case rebuild-derived` remake it from "
                         "the original and the recorded regions.")
    return notes
