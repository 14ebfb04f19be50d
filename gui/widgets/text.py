"""Translated text helpers shared by the windows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def numerus(context: str, source: str, n: int) -> str:
    """`source` (with `%n` and an English `(s)`) for count `n`, through Qt's plural translation.

    Translators supply every plural form of their language; with no translation loaded Qt
    returns the source with only `%n` filled in, so the English plural is chosen here.
    """
    text = QCoreApplication.translate(context, source, None, n)
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    return text
