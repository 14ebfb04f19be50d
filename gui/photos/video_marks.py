"""How the photo views tell a video from a photo: its length after its name ('▶ 2:05') and a
play mark over its thumbnail. The length is written as a clock (the same in every language)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from evidence.model import Inspection

PLAY = "\u25b6"  # ▶
# The play mark over a video's thumbnail: a dark disc with a white triangle, this wide.
MARK_PX = 30
# How the thumbnail cache names a marked thumbnail (the thumbnail's key, then this).
PLAY_KEY = "\x1fplay"


def length(seconds: float | None) -> str:
    """A video's length as a clock: '0:03', '2:05', '1:02:03'; '?' when it is not known."""
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        return "?"
    whole = max(1, round(seconds)) if seconds > 0 else 0  # a blink of a clip is not '0:00'
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def name_suffix(result: Inspection) -> str:
    """' · ▶ 2:05' after a video's name; '' for a photo."""
    return f" · {PLAY} {length(result.duration_s)}" if result.is_video else ""


def play_mark(pixmap: QPixmap) -> QPixmap:
    """A copy of `pixmap` with a play mark in its centre."""
    out = QPixmap(pixmap)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(MARK_PX, out.width() // 2, out.height() // 2) or MARK_PX
    disc = QRectF((out.width() - side) / 2, (out.height() - side) / 2, side, side)
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(QColor(0, 0, 0, 150))
    painter.drawEllipse(disc)
    triangle = QPainterPath(QPointF(disc.left() + 0.38 * side, disc.top() + 0.28 * side))
    triangle.lineTo(QPointF(disc.left() + 0.38 * side, disc.top() + 0.72 * side))
    triangle.lineTo(QPointF(disc.left() + 0.74 * side, disc.center().y()))
    triangle.closeSubpath()
    painter.setPen(QPen(QColor("white"), 1))
    painter.setBrush(QColor("white"))
    painter.drawPath(triangle)
    painter.end()
    return out
