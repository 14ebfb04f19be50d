"""Thumbnails for the photo grid: read on worker threads, newest request first, kept in an LRU.

Only QImage is touched off the GUI thread (QPixmap belongs to it). A request that scrolled out
of sight long ago drops off the backlog; it is asked for again if it is painted again.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap

from gui.photos import sealed
from gui.widgets.workers import Runner, ThreadedRunner

# Thumbnails waiting to be read; beyond this the oldest wishes are forgotten.
BACKLOG = 256
# Worker reads at once: enough to keep two cores busy, few enough that a new wish is next.
IN_FLIGHT = 2


class PixmapLRU:
    """Pixmaps by key, least recently used dropped first once over `budget_bytes`."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self.used = 0
        self._items: OrderedDict[str, QPixmap] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: str) -> QPixmap | None:
        pixmap = self._items.get(key)
        if pixmap is not None:
            self._items.move_to_end(key)
        return pixmap

    def put(self, key: str, pixmap: QPixmap) -> None:
        old = self._items.pop(key, None)
        if old is not None:
            self.used -= _size(old)
        self._items[key] = pixmap
        self.used += _size(pixmap)
        while self.used > self.budget and len(self._items) > 1:
            _key, dropped = self._items.popitem(last=False)
            self.used -= _size(dropped)

    def clear(self) -> None:
        self._items.clear()
        self.used = 0


def _size(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(pixmap.depth(), 8) // 8


def read_fitted(path: str, size: QSize) -> QImage:
    """The image at `path` scaled to fit `size`, centred on a transparent canvas of that size.

    Decoding at the scaled size costs a fraction of a full decode. A null image if unreadable.
    An encrypted case's thumbnail (a `sealed` reference) is decrypted in memory.
    """
    buffer = None
    if sealed.is_reference(path):
        data = sealed.read_bytes(path)
        if data is None:
            return QImage()
        reader, buffer = sealed.reader(data)
    else:
        reader = QImageReader(path)
    reader.setAutoTransform(True)
    found = reader.size()
    if found.isValid():
        reader.setScaledSize(found.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    del reader, buffer  # the plain bytes of an encrypted thumbnail go as soon as decoded
    if image.isNull():
        return QImage()
    canvas = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    fitted = image.size().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect((size.width() - fitted.width()) // 2, (size.height() - fitted.height()) // 2,
                   fitted.width(), fitted.height())
    painter.drawImage(target, image)
    painter.end()
    return canvas


def placeholder(size: QSize, colour: str = "#d6d6d6") -> QPixmap:
    """A flat rounded tile the size of a thumbnail: shown until the real one is read."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    inset = size.height() // 10
    painter.drawRoundedRect(QRect(inset, inset, size.width() - 2 * inset,
                                  size.height() - 2 * inset), 6, 6)
    painter.end()
    return pixmap


class _Relay(QObject):
    """The one object workers emit through; its receiver lives on the GUI thread."""

    done = Signal(str, QImage, int)   # the path, its image, the loader's epoch when asked


class _ReadJob:
    def __init__(self, path: str, size: QSize, relay: _Relay, epoch: int) -> None:
        self.path, self.size, self.relay, self.epoch = path, QSize(size), relay, epoch

    def run(self) -> None:
        self.relay.done.emit(self.path, read_fitted(self.path, self.size), self.epoch)


class ThumbnailLoader(QObject):
    """Reads thumbnails on a runner, newest request first; `loaded` arrives on the GUI thread."""

    loaded = Signal(str, QPixmap)     # the path and its pixmap (null when it cannot be read)

    def __init__(self, size: QSize, runner: Runner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.size = QSize(size)
        self.runner: Runner = runner or ThreadedRunner()
        self._relay = _Relay()
        # Queued even when the runner is synchronous: a model must not change inside data().
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._wanted: OrderedDict[str, None] = OrderedDict()  # newest last
        self._in_flight: set[str] = set()
        self._epoch = 0  # reads asked for before the last reset are thrown away on arrival

    def request(self, path: str) -> None:
        """Asks for `path`; asked again while it waits, it moves to the front."""
        if path in self._in_flight:
            return
        self._wanted.pop(path, None)
        self._wanted[path] = None
        while len(self._wanted) > BACKLOG:
            self._wanted.popitem(last=False)
        self._start_more()

    def forget(self) -> None:
        """Drops every wish not yet started (the photos shown have changed)."""
        self._wanted.clear()

    def reset(self) -> None:
        """Forgets every wish, and throws away what reads under way bring (a case locked)."""
        self._wanted.clear()
        self._in_flight.clear()
        self._epoch += 1

    def busy(self) -> bool:
        return bool(self._wanted or self._in_flight)

    def _start_more(self) -> None:
        while self._wanted and len(self._in_flight) < IN_FLIGHT:
            path, _ = self._wanted.popitem(last=True)
            self._in_flight.add(path)
            self.runner.start(_ReadJob(path, self.size, self._relay, self._epoch))

    @Slot(str, QImage, int)
    def _on_done(self, path: str, image: QImage, epoch: int) -> None:
        if epoch != self._epoch:
            return  # asked for before a reset: a locked case's picture is not kept
        self._in_flight.discard(path)
        self.loaded.emit(path, QPixmap.fromImage(image) if not image.isNull() else QPixmap())
        self._start_more()
