"""The map page served from memory: `skver-map://page/<token>`, never a file on disk.

An encrypted case's map names its venues and photos; a page written to the temp folder would
leave that readable on disk while the case is open, and after a crash. So the page's bytes stay
in memory and a scheme handler on the map view's own profile answers for them.

The page's offline background comes the same way: `skver-map://tiles/<z>/<x>/<y>` is read from
the tile folder or MBTiles file chosen for the case (gui/map/background.py) as Leaflet asks for
it, so neither a folder's file:// URLs nor a file's tiles copied into the page are needed.

Chromium learns of a scheme only before the application object exists; importing this module
registers it (gui/map_view.py imports it, and gui/app.py and the tests' conftest import the
window before they make the QApplication).
"""

from __future__ import annotations

import logging
import secrets
from collections import deque

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from gui.map.bridge import PAGE_SCHEME
from maps.tiles import TileSource

log = logging.getLogger(__name__)

HOST = "page"
TILES_HOST = "tiles"


def register() -> None:
    """Tells Chromium about the scheme; once, before the QApplication is made."""
    if QWebEngineUrlScheme.schemeByName(PAGE_SCHEME.encode()).name() == PAGE_SCHEME.encode():
        return
    if QCoreApplication.instance() is not None:
        log.error("%s:// registered after the application was made: the map will not load",
                  PAGE_SCHEME)
    scheme = QWebEngineUrlScheme(PAGE_SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # The page links Leaflet from resources/web by file:// URL and loads qwebchannel.js from
    # qrc:; a page of a scheme of our own may load local resources only with this flag.
    scheme.setFlags(QWebEngineUrlScheme.Flag.LocalAccessAllowed)
    QWebEngineUrlScheme.registerScheme(scheme)


register()


class PageServer(QWebEngineUrlSchemeHandler):
    """Answers `skver-map://page/<token>` with the page kept under that token; nothing else."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages: dict[str, bytes] = {}
        # The tokens of pages no longer served (their bytes gone): a redraw publishes a new page
        # while Chromium may still be on its way to the last one, and asks for it after its
        # replacement (its navigation already superseded by the new page's): refused quietly.
        self._superseded: deque[str] = deque(maxlen=16)
        self.tiles: TileSource | None = None
        self.tiles_served = 0

    def publish(self, html: bytes) -> QUrl:
        """Keeps `html` as the one page served (the last one is dropped); returns its URL."""
        token = secrets.token_urlsafe(16)
        self._superseded.extend(self._pages)
        self._pages = {token: html}
        return QUrl(f"{PAGE_SCHEME}://{HOST}/{token}")

    def clear(self) -> None:
        """Serves nothing any more (a case locked: its page named its venues and photos)."""
        self._superseded.extend(self._pages)
        self._pages = {}
        self.tiles = None

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # Qt's name
        url = job.requestUrl()
        if url.host() == TILES_HOST:
            self._tile(job)
            return
        token = url.path().lstrip("/")
        page = self._pages.get(token)
        if (url.host() != HOST or page is None or url.hasQuery() or url.hasFragment()
                or bytes(job.requestMethod().data()) != b"GET"):
            if url.host() == HOST and token in self._superseded:
                log.debug("The map page superseded by a redraw was asked for (%s); refused",
                          url.toString())
            else:
                log.warning("The map page asked for %s; refused", url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        body = QBuffer(job)  # the job owns it: it lives until the request is done
        body.setData(QByteArray(page))
        body.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(b"text/html"), body)  # the page says its charset: utf-8

    def _tile(self, job: QWebEngineUrlRequestJob) -> None:
        """One tile of the chosen offline background; a tile the source lacks is not found
        (Leaflet leaves its square plain)."""
        url = job.requestUrl()
        parts = url.path().strip("/").split("/")
        data = None
        if self.tiles is not None and len(parts) == 3 and all(p.isdigit() for p in parts):
            z, x, y = (int(p) for p in parts)
            try:
                data = self.tiles.tiles(z, range(x, x + 1), range(y, y + 1)).get((x, y))
            except Exception:  # a damaged source: that square stays plain; the map still works
                log.warning("Tile %s could not be read", url.toString(), exc_info=True)
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self.tiles_served += 1
        body = QBuffer(job)
        body.setData(QByteArray(data))
        body.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(_image_type(data)), body)


def _image_type(data: bytes) -> bytes:
    """The tile's media type, told by its first bytes."""
    if data.startswith(b"\xff\xd8"):
        return b"image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return b"image/webp"
    return b"image/png"
