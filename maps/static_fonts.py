"""Fonts for the static map: Pillow's bundled font first, so a map looks the same everywhere.

Pillow's bundled scalable font (Aileron) covers Latin-1 only; a line with Cyrillic or Kazakh
letters (a Russian document number, a venue typed in Russian) is set in DejaVu Sans, which Skver
ships in resources/fonts (the report's font too), so it is never drawn as empty boxes and never
depends on the system's fonts. Latin text therefore renders byte-identically on any machine with
the same Pillow.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources
from pathlib import Path

from PIL import ImageFont

from evidence import fitting

log = logging.getLogger(__name__)

FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont
DEJAVU_SANS = "DejaVuSans.ttf"  # in resources/fonts/, with its licence
SVG_FAMILY = "Aileron, 'DejaVu Sans', Verdana, sans-serif"
_PROBE_SIZE = 16
_MISSING = "\U0010fffd"  # a private-use code point no font has: its mask is the font's .notdef


@cache
def bundled(size: int) -> FontType:
    return ImageFont.load_default(size=size)


def dejavu_file(name: str = DEJAVU_SANS) -> Path | None:
    """A DejaVu TrueType file Skver ships in resources/fonts, or None when it is missing."""
    path = Path(str(resources.files("resources").joinpath("fonts", name)))
    return path if path.is_file() else None


@cache
def _dejavu(size: int) -> FontType | None:
    path = dejavu_file()
    if path is None:
        return None
    try:
        return ImageFont.truetype(str(path), size)
    except OSError:
        return None


@cache
def _bundled_has(char: str) -> bool:
    font = bundled(_PROBE_SIZE)
    if not isinstance(font, ImageFont.FreeTypeFont):
        return char.isascii()
    if char.isspace():
        return True
    missing = font.getmask(_MISSING)
    mask = font.getmask(char)
    return mask.size != missing.size or bytes(mask) != bytes(missing)


def font_for(text: str, size: float) -> FontType:
    """The font to set `text` in at `size` pixels: bundled if it has every letter, else DejaVu."""
    size = max(round(size), 1)
    if all(_bundled_has(c) for c in text):
        return bundled(size)
    fallback = _dejavu(size)
    if fallback is None:
        log.warning("DejaVu Sans (resources/fonts/%s) is missing from this installation of "
                    "Skver; %r may show empty boxes (reinstall Skver)", DEJAVU_SANS, text)
        return bundled(size)
    return fallback


def text_size(text: str, size: float) -> tuple[float, float]:
    """(width, height) of `text` at `size`, height from the top of the tallest letter."""
    font = font_for(text, round(size))
    left, top, right, bottom = font.getbbox(text)
    return float(right - left), float(bottom - top)


def fit_text(text: str, size: float, width: float) -> str:
    """`text`, shortened with an ellipsis if it would be wider than `width` at `size`; the cut
    is found by `evidence.fitting` in a few measurements, however long the text."""
    return fitting.shorten(text, lambda shown: text_size(shown, size)[0] <= width)
