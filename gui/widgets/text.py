"""Translated text helpers shared by the windows."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

# An English choice in a plural source: "(singular|plural)", e.g. "%n (person|people)".
_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")


def numerus(context: str, source: str, n: int) -> str:
    """`source` (with `%n` and its English plural marked) for count `n`, through Qt's plural
    translation.

    Translators supply every plural form of their language; with no translation loaded Qt
    returns the source with only `%n` filled in, so the English form is chosen here: `(s)`
    is added for any count but one ("%n photo(s)"), and `(one|other)` picks one of two words
    ("%n (person|people)", "%n discrepanc(y|ies)").
    """
    text = QCoreApplication.translate(context, source, None, n)
    if abs(n) >= 1000:  # Qt's %n is the bare digits: grouped as the interface's language does
        text = re.sub(rf"(?<![\d.,]){n}(?!\d|[.,]\d)", QLocale().toString(n), text)
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    return _CHOICE.sub(lambda m: m.group(1) if n == 1 else m.group(2), text)


def photos_and_videos(photos: int, videos: int) -> str:
    """How many photos and videos: '12 photos', '12 photos, 3 videos' or '3 videos' (never a
    video counted as a photo), each with its language's plural form."""
    parts = [numerus("MediaCount", "%n photo(s)", photos)] if photos or not videos else []
    if videos:
        parts.append(numerus("MediaCount", "%n video(s)", videos))
    return ", ".join(parts)
