"""Capturing the akimat's occupancy page from inside the app, when the user asks and is online.

Qt WebEngine loads the address in an off-the-record profile of its own (no cookies, cache or
history written to disk, nothing shared with the map), with no pop-ups, plugins or local file
access; once it has loaded, the page's HTML as rendered (`toHtml`) and a full-page PDF
(`printToPdf`, in memory) are taken with the moment and the address it ended at. Nothing is
written here: `jobs.keep_capture` hands both to the case (evidence/occupancy.py), sealed until
kept. A page that does not load, or takes longer than the limit, is a message, never a capture.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QMarginsF, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from shiboken6 import Shiboken

LOAD_LIMIT_MS = 60_000


@dataclass(frozen=True)
class Captured:
    """What was captured of a page: its PDF and HTML, the address asked for and the one it ended
    at (after redirects), and when (ISO 8601 UTC)."""

    url: str
    final_url: str
    captured_utc: str
    pdf: bytes
    html: bytes


class PageCapturer(QObject):
    """Loads one address and captures it; `captured` or `failed` says how it went."""

    captured = Signal(object)   # Captured
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, limit_ms: int = LOAD_LIMIT_MS) -> None:
        super().__init__(parent)
        # No storage name: off the record. The page goes before its profile (`dispose`).
        self.profile = QWebEngineProfile()
        self.page = QWebEnginePage(self.profile)
        settings = self.page.settings()
        for attribute, on in ((QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False),
                              (QWebEngineSettings.WebAttribute.PluginsEnabled, False),
                              (QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls,
                               False),
                              (QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard,
                               False)):
            settings.setAttribute(attribute, on)
        self.page.loadFinished.connect(self._loaded)
        self.timer = QTimer(self, singleShot=True, interval=limit_ms)
        self.timer.timeout.connect(self._too_slow)
        self._url = ""
        self._moment = ""
        self._html = b""
        self._busy = False

    def start(self, url: str) -> bool:
        """Starts loading `url` (http or https); False when it is no such address."""
        address = QUrl(url.strip())
        if not address.isValid() or address.scheme() not in ("http", "https") \
                or not address.host():
            return False
        self._url, self._busy = url.strip(), True
        self.timer.start()
        self.page.load(address)
        return True

    def cancel(self) -> None:
        if self._busy:
            self._busy = False
            self.timer.stop()
            self.page.triggerAction(QWebEnginePage.WebAction.Stop)

    @Slot(bool)
    def _loaded(self, ok: bool) -> None:
        if not self._busy:
            return
        if not ok:
            self._fail(self.tr("The page {url} could not be loaded: check the address and "
                               "that this computer is online.").format(url=self._url))
            return
        self._moment = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        self.page.toHtml(self._got_html)

    def _got_html(self, html: str) -> None:
        if not self._busy:
            return
        self._html = html.encode("utf-8")
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                             QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
        self.page.printToPdf(self._got_pdf, layout)

    def _got_pdf(self, pdf: object) -> None:
        if not self._busy:
            return
        data = bytes(pdf)  # type: ignore[call-overload]
        if not data.startswith(b"%PDF-"):
            self._fail(self.tr("The page {url} loaded but could not be printed to a PDF.")
                       .format(url=self._url))
            return
        self._busy = False
        self.timer.stop()
        self.captured.emit(Captured(self._url, self.page.url().toString(), self._moment, data,
                                    self._html))

    @Slot()
    def _too_slow(self) -> None:
        if self._busy:
            self.page.triggerAction(QWebEnginePage.WebAction.Stop)
            self._fail(self.tr("The page {url} did not load within {seconds} seconds; nothing "
                               "was captured.").format(url=self._url,
                                                       seconds=self.timer.interval() // 1000))

    def _fail(self, message: str) -> None:
        self._busy = False
        self.timer.stop()
        self.failed.emit(message)

    def dispose(self) -> None:
        """Deletes the page, then its profile (Qt warns the other way round), once control is
        back in the event loop: the form that asks may be closing from inside one of the page's
        own callbacks (its PDF delivered), where deleting the page would pull it from under
        itself."""
        self.cancel()
        QTimer.singleShot(0, self._delete)

    def _delete(self) -> None:
        for made in (self.page, self.profile):
            if Shiboken.isValid(made):
                Shiboken.delete(made)
