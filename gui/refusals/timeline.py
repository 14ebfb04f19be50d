"""A refusal's timeline: the claimed window, each photo's moment with its doubt, the gaps.

Drawn from the claim's analysis result (`evidence.results.ClaimResult`): its window, each
photo's established moment and doubt, and the gaps no photo speaks for. Each photo is drawn in
its outcome's colour (evidence.results.Outcome, as the report draws it), said in the report's
words: inconsistent with the stated ground, bearing it out, both, or not bearing on it. A photo the
GPS clock dates, not its camera clock, is ringed, and its tooltip says so and what the camera
clock read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from evidence import phrases, timing
from evidence.errors import KnownError
from evidence.photo_time import PhotoTime
from evidence.phrases import Phrase
from evidence.results import ClaimResult, Outcome, PhotoBearing
from evidence.rules import Sighting
from gui.widgets import vocabulary, when

MARGIN_X = 14
NEUTRAL = "#757575"
GAP = QColor(198, 40, 40, 38)  # the gaps: a faint red, what the photos do not speak for
SHADED, RINGED = "shaded", "ringed"   # the keys' marks


@dataclass(frozen=True)
class Key:
    """One key of the legend under the timeline, where it is drawn: its mark at `mark`, its
    text (whole, wrapped to its width) in `text_box`."""

    kind: str
    text: str
    mark: QRectF
    text_box: QRectF


@dataclass(frozen=True)
class Exhibit:
    photo_id: int
    at: datetime
    doubt_s: float
    bears: Outcome    # how it bears on the stated ground
    tags: tuple[Sighting, ...]
    basis: Phrase | None = None      # what dates it (the GPS clock, the camera clock ...)
    time: PhotoTime | None = None    # as shown elsewhere: the camera clock's reading beside it
    duration_s: float = 0.0          # a video: it films from `at` to `end`

    @property
    def end(self) -> datetime:
        return self.at + _delta(self.duration_s)

    @property
    def by_gps(self) -> bool:
        return self.basis is not None and self.basis.key == "basis.gps"


class ClaimTimeline(QWidget):
    """Paints one claim's window and photos; its tooltip and accessible text name them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.start: datetime | None = None
        self.end: datetime | None = None
        self.zone: tzinfo | None = None
        self.exhibits: list[Exhibit] = []
        self.gaps: list[tuple[datetime, datetime]] = []
        self.summary = ""

    def sizeHint(self) -> QSize:
        return QSize(360, self.height_for(self.width() if self.width() > 1 else 360))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 6 * self.fontMetrics().height())

    def height_for(self, width: int) -> int:
        """The height the timeline and every line of its keys need at `width`."""
        keys = self.key_layout(width)
        bottom = max((k.text_box.bottom() for k in keys), default=0.0)
        return max(6 * self.fontMetrics().height(), int(bottom) + 6)

    def _fit_height(self) -> None:
        """The widget as tall as its keys need at its width (they wrap, never cut)."""
        needed = self.height_for(self.width())
        if self.minimumHeight() != needed or self.maximumHeight() != needed:
            self.setFixedHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def set_claim(self, result: ClaimResult | None,
                  times: Mapping[int, PhotoTime] | None = None) -> None:
        """Shows this claim's window and photos; `times`: the case's photos' times as shown
        (for the camera clock's reading where the GPS clock dates a photo)."""
        if result is None:
            self.start = self.end = None
            self.exhibits, self.gaps, self.summary = [], [], ""
        else:
            claim = result.claim
            self.start, self.end = claim.window_start, claim.window_end
            self.zone = _zone(claim.window_zone)
            self.exhibits = [_exhibit(p, (times or {}).get(p.photo_id))
                             for p in result.photos]
            self.gaps = list(result.coverage.gaps)
            self.summary = self._summary(claim.document_number)
        self.setToolTip(self.summary)
        self.setAccessibleName(self.tr("Timeline of the claimed window"))
        self.setAccessibleDescription(self.summary)
        self._fit_height()
        self.update()

    # --- words -------------------------------------------------------------------------------

    def _clock(self, moment: datetime) -> str:
        return f"{moment.astimezone(self.zone or moment.tzinfo):%H:%M}"

    def describe(self, exhibit: Exhibit) -> str:
        bears = when.table()[f"reading.{exhibit.bears.value}"]  # the report's words
        video = exhibit.duration_s > 0
        if exhibit.basis is None:
            text = (self.tr("Video {id} at {time} (± {doubt}): {bears}") if video else
                    self.tr("Photo {id} at {time} (± {doubt}): {bears}")).format(
                id=exhibit.photo_id, time=self._clock(exhibit.at),
                doubt=_doubt(exhibit.doubt_s), bears=bears)
        else:
            text = (self.tr("Video {id} at {time} (± {doubt}, {basis}): {bears}") if video else
                    self.tr("Photo {id} at {time} (± {doubt}, {basis}): {bears}")).format(
                id=exhibit.photo_id, time=self._clock(exhibit.at),
                doubt=_doubt(exhibit.doubt_s), bears=bears,
                basis=_source(exhibit.basis, video))
        if exhibit.duration_s:
            text += " " + self.tr("(a video, filmed until {time})").format(
                time=self._clock(exhibit.end))
        if exhibit.tags:
            text += " (" + ", ".join(vocabulary.sighting(t) for t in exhibit.tags) + ")"
        camera = when.camera_line(exhibit.time) if exhibit.time is not None else None
        if camera is not None:
            text += "; " + camera
        return text

    def _summary(self, number: str) -> str:
        assert self.start is not None and self.end is not None
        lines = [self.tr("Refusal {number}: claimed window {start}–{end}").format(
            number=number, start=self._clock(self.start), end=self._clock(self.end))]
        lines += [self.describe(e) for e in self.exhibits] or [
            self.tr("No photo was taken at the venue in the window.")]
        lines += [self.tr("No photo {start}–{end}").format(start=self._clock(a),
                                                           end=self._clock(b))
                  for a, b in self.gaps]
        lines += self.keys()
        return "\n".join(lines)

    # --- geometry ----------------------------------------------------------------------------

    def _span(self) -> tuple[datetime, datetime]:
        """The time shown across: the window, widened to every photo's doubt, and a margin."""
        assert self.start is not None and self.end is not None
        first = min([self.start] + [e.at - _delta(e.doubt_s) for e in self.exhibits])
        last = max([self.end] + [e.end + _delta(e.doubt_s) for e in self.exhibits])
        pad = max((last - first) * 0.04, _delta(60))
        return first - pad, last + pad

    def _x(self, moment: datetime) -> float:
        first, last = self._span()
        width = self.width() - 2 * MARGIN_X
        return MARGIN_X + width * ((moment - first) / (last - first))

    def _band(self) -> QRectF:
        line = self.fontMetrics().height()
        return QRectF(MARGIN_X, 2.5 * line, self.width() - 2 * MARGIN_X, 1.6 * line)

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if self.start is None or self.end is None:
            painter.setPen(QColor(NEUTRAL))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No refusal selected"))
            return
        band = self._band()
        window = QRectF(QPointF(self._x(self.start), band.top()),
                        QPointF(self._x(self.end), band.bottom()))
        painter.fillRect(window, self.palette().color(QPalette.ColorRole.AlternateBase))
        for start, end in self.gaps:
            painter.fillRect(QRectF(QPointF(self._x(start), band.top()),
                                    QPointF(self._x(end), band.bottom())), GAP)
        painter.setPen(QPen(text, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(window)
        self._paint_ends(painter, window, text)
        for exhibit in self.exhibits:
            self._paint_exhibit(painter, exhibit, band)
        self._paint_ids(painter, band, text)
        painter.end()

    def _paint_ends(self, painter: QPainter, window: QRectF, text: QColor) -> None:
        """The window's start and end times under it, and its date above."""
        assert self.start is not None and self.end is not None
        metrics = self.fontMetrics()
        below = window.bottom() + metrics.ascent() + 3
        start, end = self._clock(self.start), self._clock(self.end)
        painter.setPen(text)
        painter.drawText(QPointF(window.left(), below), start)
        painter.drawText(QPointF(window.right() - metrics.horizontalAdvance(end), below), end)
        local = self.start.astimezone(self.zone or self.start.tzinfo)
        painter.setPen(QColor(NEUTRAL))
        title = self.tr("Claimed window, {date}").format(date=f"{local:%Y-%m-%d}")
        painter.drawText(QPointF(window.left(), metrics.ascent()), title)
        self._paint_keys(painter)

    def key_layout(self, width: int) -> list[Key]:
        """The keys as a legend under the times, at `width`: side by side when they fit on one
        line, else one under another, a key's text wrapped over as many lines as it needs."""
        metrics = self.fontMetrics()
        line = metrics.height()
        mark = QRectF(0, 0, 1.2 * line, 0.8 * line)
        gap = 0.5 * line
        room = max(1.0, width - 2 * MARGIN_X - mark.width() - gap)
        texts = list(zip(self._key_kinds(), self.keys(), strict=True))
        top = 5.3 * line + 6
        wide = sum(mark.width() + gap + metrics.horizontalAdvance(t) + 2 * gap
                   for _k, t in texts) - 2 * gap
        found, x = [], float(MARGIN_X)
        for kind, text in texts:
            if wide <= width - 2 * MARGIN_X:   # all on one line
                # as the painter's word wrap lays it out: its advances rounded up can need a
                # pixel or two more than horizontalAdvance, and a box that narrow wraps the
                # last word out of sight (Kazakh 'көлеңкеленген: фото жоқ' lost its 'жоқ')
                size = metrics.boundingRect(0, 0, 100_000, line, int(Qt.TextFlag.TextWordWrap),
                                            text).size()
            else:
                size = metrics.boundingRect(0, 0, int(room), 100 * line,
                                            int(Qt.TextFlag.TextWordWrap), text).size()
                x = float(MARGIN_X)
            box = QRectF(x + mark.width() + gap, top, size.width() + 1, size.height())
            found.append(Key(kind, text, QRectF(x, top + (line - mark.height()) / 2,
                                                mark.width(), mark.height()), box))
            if wide <= width - 2 * MARGIN_X:
                x = box.right() + 2 * gap
            else:
                top = box.bottom() + 2
        return found

    def _paint_keys(self, painter: QPainter) -> None:
        for key in self.key_layout(self.width()):
            if key.kind == SHADED:   # a piece of the band: the window's fill, shaded
                painter.fillRect(key.mark, self.palette().color(QPalette.ColorRole.AlternateBase))
                painter.fillRect(key.mark, GAP)
                painter.setPen(QPen(QColor(NEUTRAL), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(key.mark)
            else:                    # a photo's dot, ringed
                centre = key.mark.center()
                painter.setPen(QPen(QColor("white"), 1.5))
                painter.setBrush(QColor(NEUTRAL))
                painter.drawEllipse(centre, 4.0, 4.0)
                painter.setPen(QPen(QColor(NEUTRAL), 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, 6.5, 6.5)
            painter.setPen(QColor(NEUTRAL))
            painter.drawText(key.text_box, int(Qt.TextFlag.TextWordWrap), key.text)

    def _key_kinds(self) -> list[str]:
        kinds = [SHADED] if self.gaps else []
        if any(e.by_gps for e in self.exhibits):
            kinds.append(RINGED)
        return kinds

    def keys(self) -> list[str]:
        """What the marks mean, where they are drawn: the gaps' shading, the GPS clock's ring."""
        keys = [self.tr("shaded: no photo")] if self.gaps else []
        if any(e.by_gps for e in self.exhibits):
            keys.append(self.tr("ringed: dated by the GPS clock"))
        return keys

    def _paint_ids(self, painter: QPainter, band: QRectF, text: QColor) -> None:
        """Each photo's number over its mark, where it does not run into the one before."""
        metrics = self.fontMetrics()
        painter.setPen(text)
        free_from = -1.0
        for exhibit in sorted(self.exhibits, key=lambda e: e.at):
            label = str(exhibit.photo_id)
            width = metrics.horizontalAdvance(label)
            left = self._x(exhibit.at) - width / 2
            if left > free_from:
                painter.drawText(QPointF(left, band.top() - metrics.descent() - 2), label)
                free_from = left + width + 4

    def _paint_exhibit(self, painter: QPainter, exhibit: Exhibit, band: QRectF) -> None:
        colour = QColor(exhibit.bears.colour)
        mid, x = band.center().y(), self._x(exhibit.at)
        left, right = self._x(exhibit.at - _delta(exhibit.doubt_s)), self._x(
            exhibit.end + _delta(exhibit.doubt_s))
        painter.setPen(QPen(colour, 2))
        painter.drawLine(QPointF(left, mid), QPointF(right, mid))   # the doubt either side
        for end in (left, right):
            painter.drawLine(QPointF(end, mid - 4), QPointF(end, mid + 4))
        if exhibit.duration_s:   # a video: the minutes it films, a thick bar from its start
            painter.setPen(QPen(colour, 6))
            painter.drawLine(QPointF(x, mid), QPointF(max(self._x(exhibit.end), x + 1), mid))
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(x, mid), 5.5, 5.5)
        if exhibit.by_gps:  # dated by the GPS clock, not its camera's: ringed
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, mid), 8.5, 8.5)

    # --- tooltips ----------------------------------------------------------------------------

    def exhibit_at(self, x: float) -> Exhibit | None:
        """The photo drawn nearest `x`, if one is within a few pixels."""
        if self.start is None:
            return None
        near = [(abs(self._x(e.at) - x), e) for e in self.exhibits]
        best = min(near, default=None, key=lambda pair: pair[0])
        return best[1] if best and best[0] <= 7 else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            exhibit = self.exhibit_at(event.position().x())
            QToolTip.showText(event.globalPos(), self.describe(exhibit) if exhibit
                              else self.summary, self)
            return True
        return super().event(event)


def _exhibit(photo: PhotoBearing, time: PhotoTime | None = None) -> Exhibit:
    reading = photo.reading
    return Exhibit(photo.photo_id, photo.instant, photo.fact.uncertainty_s, photo.outcome,
                   (*reading.contradicts, *reading.supports), photo.fact.basis, time,
                   photo.fact.duration_s)


def _source(basis: Phrase, video: bool = False) -> str:
    """What dates a photo, in the report's short words: 'GPS clock' or 'camera clock'; a
    video's start its container's UTC or the phone's clock with Apple's creation date."""
    words = when.table()
    if video and basis.key == when.CONTAINER_BASIS:
        return words["basis.short.container"]
    if video and basis.key == when.RECORDED_OFFSET_BASIS:
        return words["basis.short.creationdate"]
    key = basis.key if basis.key in ("basis.gps", "basis.unknown") else "basis.camera"
    return words[key]


def _delta(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


def _doubt(seconds: float) -> str:
    """'60 s', '12 min', '2 h 30 min' as the report says a span, in the interface's language."""
    return phrases.duration(seconds, when.table())


def _zone(name: str | None) -> tzinfo | None:
    try:
        return timing.zone(name) if name else None
    except KnownError:
        return None
