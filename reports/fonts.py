"""The report's fonts: DejaVu Sans and Sans Mono shipped with Skver in resources/fonts (with
their licence), never the system's, so a report renders the same (Cyrillic and Kazakh letters
included) on any machine.

Also `Glyphs`: which characters a font can draw, so that text it cannot draw (emoji, rare
scripts) becomes U+FFFD or '?' instead of an error or an empty box without a trace.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from fontTools.ttLib import TTFont

from evidence.errors import KnownError

# (fpdf2 family, style) -> file name in resources/fonts/ (where they come from: its README.txt)
FACES = {
    ("sans", ""): "DejaVuSans.ttf",
    ("sans", "B"): "DejaVuSans-Bold.ttf",
    ("sans", "I"): "DejaVuSans-Oblique.ttf",
    ("mono", ""): "DejaVuSansMono.ttf",
}
REPLACEMENT = "\ufffd"
# Format characters that only steer layout; a PDF without text shaping cannot use them and
# bidi overrides would make a viewer show text in an order the report did not write.
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def font_dir() -> Path:
    """The folder of the report's DejaVu TTF files; KnownError when one of them is missing."""
    folder = Path(str(resources.files("resources").joinpath("fonts")))
    missing = [name for name in FACES.values() if not (folder / name).is_file()]
    if missing:
        raise KnownError(f"The report's fonts are missing from {folder} "
                         f"({', '.join(missing)}): this installation of Skver is incomplete; "
                         "reinstall it (in a source checkout: git checkout -- resources/fonts).")
    return folder


def font_files() -> dict[tuple[str, str], Path]:
    folder = font_dir()
    return {face: folder / name for face, name in FACES.items()}


@dataclass(frozen=True)
class Glyphs:
    """The characters every face of a family can draw."""

    chars: frozenset[int]

    def clean(self, text: str) -> str:
        """`text` with layout controls dropped and undrawable characters replaced."""
        out = []
        for ch in str(text):
            if ch == "\n":
                out.append(ch)
            elif ch == "\t":
                out.append(" ")
            elif unicodedata.category(ch) in _DROPPED_CATEGORIES:
                continue
            elif ord(ch) in self.chars:
                out.append(ch)
            else:
                out.append(REPLACEMENT if ord(REPLACEMENT) in self.chars else "?")
        return "".join(out)


@cache
def glyphs(family: str) -> Glyphs:
    """What `family` ('sans' or 'mono') can draw in every one of its faces."""
    common: set[int] | None = None
    for (name, _style), path in font_files().items():
        if name != family:
            continue
        font = TTFont(path, lazy=True)
        cmap = set(font.getBestCmap())
        font.close()
        common = cmap if common is None else common & cmap
    return Glyphs(frozenset(common or ()))
