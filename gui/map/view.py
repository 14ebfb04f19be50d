"""The Map tab: the case's interactive map (maps/interactive.py) in Qt WebEngine.

The page is built on a worker (it reads the case and embeds thumbnails) and served from memory
(gui/map/scheme.py: no file of it on disk, where an encrypted case's names would be readable),
in an off-the-record profile that refuses any request leaving the machine, but for
OpenStreetMap's tiles while the case's online switch is on. The web view is made the first time
the tab is shown: a window that never shows its map never starts a browser engine.

The page speaks the interface's language (its words from the report's string tables) and is
built again when the language or the background changes (gui/map/background_bar.py).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidence import pictures
from evidence.errors import KnownError
from evidence.results import ClaimResult, Outcome
from gui.app import crash, i18n
from gui.app.state import CaseState, Change
from gui.map import background
from gui.map.background import Background
from gui.map.background_bar import BackgroundBar
from gui.map.bridge import CHANNEL_NAME, PAGE_SCHEME, LocalOnly, MapBridge, PageGate
from gui.map.scheme import PageServer
from gui.widgets import vocabulary
from gui.widgets.text import numerus, photos_and_videos
from maps import basemap, interactive, mapdata
from maps.basemap import Basemap
from maps.tiles import TileSource
from reports import strings

if TYPE_CHECKING:
    from gui.app.session import CaseSession

log = logging.getLogger(__name__)


def build_page(state: CaseState, tiles: Basemap = basemap.NONE, lang: str = "en",
               no_tiles: str | None = None) -> bytes:
    """The app's map page of the case, as UTF-8, in `lang`, drawn on `tiles`; kept in memory,
    never written. Runs on a worker: it reads only the state (and the thumbnails through the
    case's files). Its popups show the reviewer the originals' thumbnails, a redacted photo's
    too (as the Photos tab does); every map written out is redacted (evidence/pictures.py)."""
    data = mapdata.load(state.data, state.result, state.facts,
                        shown=pictures.for_reviewer(state.data))
    assert data is not None  # nothing cancels it
    return interactive.build_map(data, inline=False, bridge=True, tiles=tiles,
                                 table=strings.table(lang), no_tiles=no_tiles).encode("utf-8")


class _PageJob(QObject):
    """Builds one map page on a worker; the page leaves by signal with its generation."""

    built = Signal(int, bytes)
    failed = Signal(str)

    def __init__(self, state: CaseState, generation: int, tiles: Basemap, lang: str,
                 no_tiles: str) -> None:
        super().__init__()
        self.state, self.generation = state, generation
        self.tiles, self.lang, self.no_tiles = tiles, lang, no_tiles

    def run(self) -> None:
        try:
            self.built.emit(self.generation, build_page(self.state, self.tiles, self.lang,
                                                        self.no_tiles))
        except Exception:  # a bug: shown by the GUI thread, which logs it
            self.failed.emit(traceback.format_exc())


class MapPage(QWebEnginePage):
    """The map's page: stays on the map (no link is followed) and logs what its script says."""

    def acceptNavigationRequest(self, url: QUrl, kind: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        return kind != QWebEnginePage.NavigationType.NavigationTypeLinkClicked

    def javaScriptConsoleMessage(self, level: QWebEnginePage.JavaScriptConsoleMessageLevel,
                                 message: str, line: int, source: str) -> None:
        error = level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel
        log.log(logging.WARNING if error else logging.DEBUG, "map page %s:%d: %s",
                source, line, message)


class MapView(QWidget):
    """A case's map; clicks on its photos and venues come out as signals."""

    photo_selected = Signal(int)
    venue_selected = Signal(int)
    geometry_edited = Signal(int, str)  # venue id (-1: a new one), its new GeoJSON geometry
    ready = Signal()  # the page is drawn and listening

    def __init__(self, session: CaseSession, parent: QWidget | None = None,
                 page_class: type[MapPage] = MapPage, background_bar: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.pool
        self.page_class = page_class
        self.state: CaseState | None = None
        self.shown_claim: int | None = None
        self.claims: dict[int, ClaimResult] = {}
        self.view: QWebEngineView | None = None
        self.page: MapPage | None = None
        self.interceptor: LocalOnly | None = None
        self.server: PageServer | None = None
        self.bridge = MapBridge(self)
        self.bridge.photo_clicked.connect(self.photo_selected)
        self.bridge.venue_clicked.connect(self.venue_selected)
        self.bridge.geometry_edited.connect(self.geometry_edited)
        self.bridge.page_ready.connect(self._on_ready)
        self.gate = PageGate()
        self._stale = False     # the case changed since the page was built
        self._generation = 0    # pages built so far; a late worker's page is dropped
        self._job: _PageJob | None = None
        self.background = Background()      # the case's, as chosen in the bar
        self.tile_source: TileSource | None = None
        self._case_id: str | None = None
        self._saying = self._open_a_case    # the message shown while there is no page
        self._build_ui()
        self.bar.setVisible(background_bar)  # a small map (the Venues tab's) follows the choice
        background.notifier().changed.connect(self._on_background_saved)
        i18n.watch(self, self.retranslate)

    def _build_ui(self) -> None:
        self.bar = BackgroundBar()
        self.bar.changed.connect(self._on_background_chosen)
        self.bar.setEnabled(False)
        self.claim_label = QLabel()
        # Rich text for a stand-in venue name's italics: every text from the case is escaped.
        self.claim_label.setTextFormat(Qt.TextFormat.RichText)
        self.claim_label.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show the whole case"))
        self.show_all_button.clicked.connect(self.show_all)
        self.claim_bar = QWidget()
        bar = QHBoxLayout(self.claim_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.claim_label, 1)
        bar.addWidget(self.show_all_button)
        self.claim_bar.hide()
        self.message = QLabel(self.tr("Open a case to see its map."))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: gray")
        self.message.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.claim_bar)
        layout.addWidget(self.stack, 1)

    @Slot()
    def retranslate(self) -> None:
        """The interface's language changed: the bar, the refusal line and the message say it
        in the new language, and the page is built again in it (now if it shows, else when the
        tab is shown)."""
        self.show_all_button.setText(self.tr("Show the whole case"))
        if self.stack.currentWidget() is self.message:
            self.message.setText(self._saying())
        if self.shown_claim is not None:
            self._describe_claim(self.shown_claim)
        if self.state is not None:
            self._again()

    def _open_a_case(self) -> str:
        return self.tr("Open a case to see its map.")

    def _drawing(self) -> str:
        return self.tr("Drawing the map…")

    def no_tiles_hint(self) -> str:
        """What the legend says while the map has no background: the app's own way to one."""
        return self.tr("No background map: choose a tile folder or an MBTiles file in the bar "
                       "above the map, or switch the online map on there.")
    # --- the case --------------------------------------------------------------------------

    def set_case(self, state: CaseState | None) -> None:
        """Shows this case's map (drawn now if the view is showing, else when it is shown);
        None drops the page drawn for the last case (a case locked: it names its venues and
        photos). The same case again keeps the refusal it was showing."""
        keep = self.shown_claim if state is not None and self.state is not None and \
            state.root == self.state.root else None
        self.state = state
        self._use_case_background(state)
        self.claims = {c.claim_id: c for c in state.claims} if state is not None else {}
        self.gate.close(forget=True)  # calls meant for the last case's page
        self.claim_bar.hide()
        self.shown_claim = None
        self._stale = True
        if keep in self.claims:
            self.show_claim(keep)
        if state is None:
            self.refresh()
            if self.server is not None:
                self.server.clear()
            if self.view is not None:
                self.view.setHtml("")
        elif self.isVisible():
            self.refresh()

    def apply(self, change: Change) -> None:
        """The page is drawn again from the changed case: now if it is showing, else when it
        is next shown."""
        self.set_case(change.state)

    def refresh(self) -> None:
        """Builds the case's page on a worker and loads it."""
        self._stale = False
        self._generation += 1
        if self.state is None:
            self._say(self._open_a_case)
            return
        self._ensure_view()
        self._say(self._drawing)
        job = _PageJob(self.state, self._generation,
                       background.page_basemap(self.background, self.tile_source),
                       i18n.current(), self.no_tiles_hint())
        # Bound slots of this GUI-thread object: they are queued to the GUI thread.
        job.built.connect(self._on_built)
        job.failed.connect(self._on_failed)
        self._job = job  # kept until it reports
        self.runner.start(job)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _again(self) -> None:
        """The page is built again (another language, another background), showing the same
        refusal as before: now if the map shows, else when it is next shown; calls made
        meanwhile wait for the new page."""
        claim = self.shown_claim
        self.gate.close(forget=True)
        if claim is not None:
            self.show_claim(claim)
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # --- the background ----------------------------------------------------------------------

    def _use_case_background(self, state: CaseState | None) -> None:
        """The background chosen for this case (read when another case is shown)."""
        case_id = state.data.info.id if state is not None else None
        self.bar.setEnabled(state is not None)
        if case_id == self._case_id:
            return
        self._case_id = case_id
        chosen = background.load(case_id) if case_id is not None else Background()
        self._set_background(chosen)
        self.bar.set_background(self.background)

    def _set_background(self, chosen: Background) -> None:
        """Opens the chosen tiles and tells the page's server and the network gate."""
        source = None
        if chosen.tiles:
            try:
                source = background.open_source(chosen.tiles)
            except KnownError as error:  # moved or deleted since: a plain background, said
                log.warning("The case's map tiles cannot be used: %s", error)
                chosen = Background("", chosen.online)
        self.background, self.tile_source = chosen, source
        self._tell_profile()

    def _tell_profile(self) -> None:
        if self.server is not None:
            self.server.tiles = self.tile_source
        if self.interceptor is not None:
            host = {basemap.OSM_HOST} if self.background.online else set()
            self.interceptor.online = frozenset(host)

    @Slot(object)
    def _on_background_chosen(self, chosen: Background) -> None:
        """The person chose another background: kept for the case (every map of it is then
        drawn on it, this one too)."""
        if self._case_id is not None:
            background.save(self._case_id, chosen)

    @Slot(str)
    def _on_background_saved(self, case_id: str) -> None:
        """A case's background was chosen anew (here or in another map of it): drawn on it."""
        if case_id != self._case_id:
            return
        chosen = background.load(case_id)
        if chosen == self.background:
            return
        self._set_background(chosen)
        self.bar.set_background(self.background)
        if self.state is not None:
            self._again()
    # --- the page --------------------------------------------------------------------------

    def _ensure_view(self) -> None:
        if self.view is not None:
            return
        self.view = QWebEngineView()
        self.profile = QWebEngineProfile()  # no storage name: off the record
        self.interceptor = LocalOnly(self.profile)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        self.server = PageServer(self.profile)
        self.profile.installUrlSchemeHandler(PAGE_SCHEME.encode(), self.server)
        self.page = self.page_class(self.profile, self.view)
        self.profile.setParent(self.page)  # a profile must outlive its pages: it goes with this one
        settings = self.page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
                              False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls,
                              True)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject(CHANNEL_NAME, self.bridge)
        self.page.setWebChannel(self.channel)
        self._tell_profile()
        self.page.loadStarted.connect(self.gate.close)
        self.page.loadFinished.connect(self._on_load_finished)
        self.view.setPage(self.page)
        self.gate.page = self.page
        self.stack.addWidget(self.view)

    @Slot(int, bytes)
    def _on_built(self, generation: int, html: bytes) -> None:
        if (generation != self._generation or self.page is None or self.view is None
                or self.server is None):
            return  # a newer page is on its way
        # Shown before it loads: the page fits the map to the size it has when it draws.
        self.stack.setCurrentWidget(self.view)
        self.page.load(self.server.publish(html))

    @Slot(bool)
    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            self._say(self._not_loaded)

    def _not_loaded(self) -> str:
        return self.tr("The map page could not be loaded.")

    def _not_drawn(self) -> str:
        return self.tr("The map could not be drawn.")

    @Slot()
    def _on_ready(self) -> None:
        self.gate.open()
        self.ready.emit()

    @Slot(str)
    def _on_failed(self, details: str) -> None:
        self._say(self._not_drawn)
        crash.report_bug(details, self)

    def _say(self, text: Callable[[], str]) -> None:
        """Shows a message instead of the map; `text` says it (again, in a new language)."""
        self._saying = text
        self.message.setText(text())
        self.stack.setCurrentWidget(self.message)

    # --- what the app asks of the map ------------------------------------------------------

    def call(self, function_name: str, *args: Any) -> None:
        """The one way to call the page: `window.skverMap[function_name](...args)`, as JSON,
        held until the page is ready."""
        self.gate.call(function_name, *args)

    @Slot(int)
    def select_photo(self, photo_id: int) -> None:
        """Opens the photo's popup (showing the whole case if a claim hid it)."""
        self.call("selectPhoto", photo_id)

    @Slot(int)
    def show_claim(self, claim_id: int) -> None:
        """Only the claim's venue and its photos, coloured by how they bear, zoomed to."""
        self.call("showClaim", claim_id)
        claim = self.claims.get(claim_id)
        self.shown_claim = claim_id if claim is not None else None
        if claim is None:
            self.claim_bar.hide()
            return
        self._describe_claim(claim_id)
        self.claim_bar.show()

    def _describe_claim(self, claim_id: int) -> None:
        """The line above the map naming the refusal shown, its venue by its local name (a
        stand-in name in italics, saying which is missing)."""
        claim = self.claims[claim_id]
        videos = sum(1 for p in claim.photos if p.fact.is_video)
        photos = numerus("MapView", "%n photo(s) in its window", len(claim.photos)) \
            if not videos else self.tr("{counts} in its window").format(
                counts=photos_and_videos(len(claim.photos) - videos, videos))
        name = vocabulary.venue_label(claim.venue.venue)
        venue = escape(name.text) if name.own else (
            f"<i>{escape(name.text)}</i> ({escape(vocabulary.missing_name(name))})")
        heading = escape(self.tr("Refusal {number} · {venue}: {photos}.")).format(
            number=escape(claim.claim.document_number), venue=venue, photos=escape(photos))
        self.claim_label.setText(f"{heading} {outcome_keys(claim)}")

    @Slot(int)
    def focus_venue(self, venue_id: int) -> None:
        """Zooms to one venue (showing the whole case again if a claim hid it)."""
        self.call("focusVenue", venue_id)

    def edit_venue(self, venue_id: int | None, mode: str, geometry: dict | None) -> None:
        """Lets the user place a point ("point") or draw an outline ("polygon") on the map;
        each change comes back as `geometry_edited`. None as the id: a venue not saved yet."""
        self.call("editVenue", -1 if venue_id is None else venue_id, mode, geometry)

    def end_edit(self) -> None:
        self.call("endEdit")

    def fold_legend(self, folded: bool = True) -> None:
        self.call("foldLegend", folded)

    @Slot()
    def show_all(self) -> None:
        """Every venue and photo of the case again."""
        self.call("showAll")
        self.shown_claim = None
        self.claim_bar.hide()


def outcome_keys(claim: ClaimResult) -> str:
    """What the colours of a refusal's photos on the map mean, as HTML: a dot in each colour
    drawn (its outcome's, evidence.results.Outcome, as the report's maps draw it) beside the
    report's words for it and how many photos it is ('● inconsistent with the stated ground
    (3)'); no colour named in words, none that is not drawn."""
    words = strings.table(i18n.current())
    counts = {o: sum(1 for p in claim.photos if p.outcome is o) for o in Outcome}
    return "; ".join(
        f"<span style='color:{o.colour}'>●</span> {escape(words['reading.' + o.value])} ({n})"
        for o, n in counts.items() if n)
