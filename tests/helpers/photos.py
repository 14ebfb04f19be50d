"""Test photos with exactly known EXIF (the product's synthetic photo writer), an image whose
blurring shows at once, and the corpus of real camera files."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image

from evidence.synthetic import FORMATS, Shot, exif_for, write_photo

__all__ = ["CORPUS", "FORMATS", "Shot", "busy_image", "exif_for", "write_jpeg", "write_photo"]

# The real camera files (read-only), beside the project: ../shared/corpus/exif-samples.
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "exif-samples"


def busy_image(size: tuple[int, int] = (480, 360)) -> Image.Image:
    """Fine detail everywhere (a checkerboard with noise): blurring it shows at once."""
    rng = random.Random(8)
    image = Image.new("L", size)
    image.putdata([(255 if (x // 3 + y // 3) % 2 else 0) ^ rng.randrange(64)
                   for y in range(size[1]) for x in range(size[0])])
    return image.convert("RGB")


def write_jpeg(path: Path, *, gps: bool, taken: str = "2024:05:01 12:30:00") -> Path:
    """A small JPEG whose EXIF says when it was taken and, with `gps`, that it was in Almaty."""
    position = {"lat": 43.25, "lon": 76.95} if gps else {"lat": None, "lon": None}
    return write_photo(path, Shot(taken=taken, **position))
