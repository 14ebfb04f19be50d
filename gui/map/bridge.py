"""The map page and the app: one QWebChannel object one way, one gate the other way.

The page (resources/web/skver-map.js) finds the `skver` object on the channel, reports clicks
on photos and venues to it and says when it has drawn the map. Python calls the page only
through `PageGate.call`, which holds calls until the page is ready and passes every argument
as JSON: a venue name or a note never becomes JavaScript source.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineUrlRequestInterceptor

log = logging.getLogger(__name__)

CHANNEL_NAME = "skver"
# The scheme the app's map page is served from, out of memory (gui/map_view.py).
PAGE_SCHEME = "skver-map"
# The page's own URLs and Qt's resources (qwebchannel.js); anything else is the network.
LOCAL_SCHEMES = frozenset({PAGE_SCHEME, "file", "data", "qrc", "blob", "about"})
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class MapBridge(QObject):
    """The one object the page sees: its slots are what the page may tell the app."""

    photo_clicked = Signal(int)
    venue_clicked = Signal(int)
    # The venue form's point or outline moved on the map: venue id (-1: not saved yet), GeoJSON.
    geometry_edited = Signal(int, str)
    page_ready = Signal()

    @Slot(int)
    def photoClicked(self, photo_id: int) -> None:  # the page's names: camelCase
        self.photo_clicked.emit(photo_id)

    @Slot(int)
    def venueClicked(self, venue_id: int) -> None:
        self.venue_clicked.emit(venue_id)

    @Slot(int, str)
    def venueGeometryEdited(self, venue_id: int, geojson: str) -> None:
        self.geometry_edited.emit(venue_id, geojson)

    @Slot()
    def ready(self) -> None:
        self.page_ready.emit()


class PageGate:
    """Python's only way into the page: `call` runs `window.skverMap[name](...args)`.

    Closed while a page loads; calls made then wait in order and run when the page says it is
    ready. Arguments go through json.dumps, never repr, so text stays data.
    """

    def __init__(self, page: QWebEnginePage | None = None) -> None:
        self.page = page
        self.is_open = False
        self.pending: list[str] = []

    def call(self, name: str, *args: Any) -> None:
        if not _NAME.match(name):
            raise ValueError(f"not a page function name: {name!r}")
        script = (f"window.skverMap[{json.dumps(name)}].apply(window.skverMap, "
                  f"{json.dumps(list(args), ensure_ascii=True, allow_nan=False)});")
        if self.is_open and self.page is not None:
            self.page.runJavaScript(script)
        else:
            self.pending.append(script)

    def open(self) -> None:
        """The page is ready: what waited runs now, in the order it was asked."""
        self.is_open = True
        waiting, self.pending = self.pending, []
        for script in waiting:
            self.call_script(script)

    def call_script(self, script: str) -> None:
        if self.page is not None:
            self.page.runJavaScript(script)

    def close(self, *, forget: bool = False) -> None:
        """A page is loading: calls wait for it; `forget` drops those meant for the last one."""
        self.is_open = False
        if forget:
            self.pending.clear()


class LocalOnly(QWebEngineUrlRequestInterceptor):
    """Refuses every request that would leave the machine, but for the online map's tiles while
    the person has it switched on (`online`); remembers what it refused and what went out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked = 0  # requests seen, refused or not
        self.blocked: list[str] = []
        self.online: frozenset[str] = frozenset()  # https hosts the page may fetch from now
        self.went_out = 0

    def interceptRequest(self, info: Any) -> None:  # Qt's name
        url = info.requestUrl()
        self.asked += 1
        if url.scheme().lower() == "https" and url.host().lower() in self.online:
            self.went_out += 1
            return
        if url.scheme().lower() not in LOCAL_SCHEMES:
            info.block(True)
            self.blocked.append(url.toString())
            log.warning("The map page asked for %s; refused (the map works offline)",
                        url.toString())
