"""Faces proposed for redaction by OpenCV's bundled Haar cascades: offline, nothing downloaded.

A proposal is only a suggestion: nothing is redacted until the user has seen the rectangles and
confirmed them. The cascades find frontal and profile faces that are large enough and roughly
upright; they miss small, turned, masked or blurred faces and sometimes see a face in a pattern,
so the user reviews the list and adds what they missed by hand.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, BinaryIO

from evidence.derived import decode_upright
from evidence.errors import KnownError
from evidence.redaction import Region

# (cascade, minNeighbors): the profile cascade sees faces in foliage and textures unless it
# is asked for more agreeing detections.
CASCADES = (("haarcascade_frontalface_default.xml", 6), ("haarcascade_profileface.xml", 9))
DETECT_PX = 1600      # faces are looked for on a copy at most this large (seconds, not minutes)
MARGIN = 0.25         # each side of a found face grows by this share: hair, ears, chin
MIN_FACE_PX = 20      # on the detection copy


def propose(original: Path | BinaryIO, *, detect_px: int = DETECT_PX) -> list[Region]:
    """Rectangles around the faces found, in pixels of the upright full-size original."""
    cv2, numpy = _opencv()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        image = decode_upright(original, detect_px)
        full_w, full_h = _upright_size(original, image)
    image.thumbnail((detect_px, detect_px))
    grey = cv2.equalizeHist(numpy.asarray(image.convert("L")))
    scale = full_w / image.width
    found = []
    for name, neighbours in CASCADES:
        found += _detect(cv2, name, grey, neighbours)
        # the profile cascade knows faces turned one way: the mirror image finds the other
        if "profile" in name:
            width = grey.shape[1]
            found += [(width - x - w, y, w, h) for x, y, w, h in
                      _detect(cv2, name, numpy.ascontiguousarray(grey[:, ::-1]), neighbours)]
    boxes = _merged([_grown(box, scale, full_w, full_h) for box in found])
    return [Region(x, y, w, h, "face") for x, y, w, h in sorted(boxes)]


def _opencv() -> tuple[Any, Any]:
    """cv2 imported only here: the rest of the core does not pay for it."""
    try:
        import cv2
        import numpy
    except ImportError:
        raise KnownError("Face proposals need OpenCV (the opencv-python-headless package); "
                         "install Skver's dependencies, or mark the faces by hand.") from None
    return cv2, numpy


def _detect(cv2: Any, name: str, grey: Any,
            neighbours: int) -> list[tuple[int, int, int, int]]:
    cascade = cv2.CascadeClassifier(str(Path(cv2.data.haarcascades) / name))
    if cascade.empty():
        raise KnownError(f"OpenCV's cascade {name} could not be loaded; reinstall "
                         "opencv-python-headless.")
    faces = cascade.detectMultiScale(grey, scaleFactor=1.1, minNeighbors=neighbours,
                                     minSize=(MIN_FACE_PX, MIN_FACE_PX))
    return [(int(x), int(y), int(w), int(h)) for x, y, w, h in faces]


def _upright_size(original: Path | BinaryIO, upright: Any) -> tuple[int, int]:
    """The full-size upright dimensions: the stored ones, turned when the copy is turned."""
    from evidence.metadata import pillow

    if hasattr(original, "seek"):  # an open (perhaps decrypting) file, read once already
        original.seek(0)
    with pillow().open(original) as image:
        w, h = image.size
    return (w, h) if (w >= h) == (upright.width >= upright.height) else (h, w)


def _grown(box: tuple[int, int, int, int], scale: float, full_w: int,
           full_h: int) -> tuple[int, int, int, int]:
    """A found face in full-size pixels, grown by the margin and kept inside the image."""
    x, y, w, h = (v * scale for v in box)
    left, top = max(0, int(x - w * MARGIN)), max(0, int(y - h * MARGIN))
    right = min(full_w, int(x + w * (1 + MARGIN) + 0.999))
    bottom = min(full_h, int(y + h * (1 + MARGIN) + 0.999))
    return left, top, right - left, bottom - top


def _merged(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Overlapping rectangles (one face found by two cascades) become their union."""
    merged: list[tuple[int, int, int, int]] = []
    for box in sorted(boxes):
        for i, other in enumerate(merged):
            if _overlap(box, other):
                merged[i] = _union(box, other)
                break
        else:
            merged.append(box)
    return merged


def _overlap(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and \
        b[1] < a[1] + a[3]


def _union(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, int, int, int]:
    x, y = min(a[0], b[0]), min(a[1], b[1])
    return x, y, max(a[0] + a[2], b[0] + b[2]) - x, max(a[1] + a[3], b[1] + b[3]) - y
