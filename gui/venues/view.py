"""The Venues tab: the case's venues in a table beside their map, and the form that changes one.

Selecting a venue in the table zooms the map to it; clicking a venue on the map selects it in
the table. While the form is open the map is in edit mode: the point can be dragged or set by a
click, an outline drawn corner by corner, and each change fills the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from evidence import venues
from evidence.errors import KnownError
from gui.app.state import CaseState, Change
from gui.case.drafts import Draft
from gui.map.view import MapView
from gui.venues import jobs as venue_jobs
from gui.venues.form import GpsPhoto, VenueForm
from gui.venues.model import SORT_ROLE, VENUE_ID_ROLE, VenueColumn, VenueModel
from gui.widgets import dialogs
from gui.widgets.alive import while_alive
from gui.widgets.tables import (
    ColumnFitter,
    compact_table,
    fit_columns,
    select_table_row,
    squeeze_columns,
    wrap_headers,
)
from gui.widgets.text import numerus

if TYPE_CHECKING:
    from gui.app.session import CaseSession

# A long venue name is elided (its tooltip has it whole) so the other columns stay in sight.
MAX_NAME_COLUMN_PX = 220
# In a narrow table (a 1280 px laptop, Kazakh's long words) the name is cut further, to this
# width at least (its tooltip whole), so that the verdicts are read.
NARROWEST = {VenueColumn.NAME: 80}
# The table's share of the tab's width at first: what its columns need, within these bounds
# (the map keeps the room its zoom buttons need beside its folded legend, 310 px).
TABLE_SHARE = (3 / 5, 7 / 10)


class VenuesView(QSplitter):
    """The venue table, its buttons and the map; changes saved by the session."""

    message = Signal(str)           # for the status bar

    def __init__(self, session: CaseSession,
                 current_photo: Callable[[], int | None] = lambda: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.session = session
        self.current_photo = current_photo
        self.case: CaseState | None = None
        self.form: VenueForm | None = None
        self.error_box: QMessageBox | None = None
        self.discard_box: QMessageBox | None = None
        self._sized = False
        session.guard_leaving(self.ready_to_leave)
        session.keep_drafts(self.set_aside)
        self.model = VenueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.table = compact_table(self.proxy)
        wrap_headers(self.table)   # 'Valid' over 'from': the date columns as narrow as a date
        self._fitter = ColumnFitter(self.table, self.model, self._fit_columns)  # and on resize
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self.edit_current)
        self.map = MapView(session, background_bar=False)  # the Map tab's bar chooses it
        self.map.venue_selected.connect(self.select_venue)
        self.map.geometry_edited.connect(self._on_geometry_edited)
        self.map.ready.connect(self._on_map_ready)
        self.addWidget(self._table_pane())
        self.addWidget(self.map)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def _table_pane(self) -> QWidget:
        self.add_button = QPushButton(self.tr("Add venue…"))
        self.add_button.clicked.connect(self.add_venue)
        self.edit_button = QPushButton(self.tr("Edit venue…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.edit_button.setEnabled(False)
        self.hint = QLabel(self.tr("Double-click a venue to edit it; click one on the map to "
                                   "find it here."))
        self.hint.setStyleSheet("color: gray")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 6, 6, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.hint, 1)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        return pane

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # room for the table's verdicts; the map takes the rest
            self._sized = True
            self._share()
        super().showEvent(event)

    def _share(self) -> None:
        """The table as wide as its columns need (every verdict whole), between 3/5 and 7/10
        of the tab; the map the rest."""
        header = self.table.horizontalHeader()
        needs = sum(header.sectionSize(c) for c in range(VenueColumn.VERDICTS)) + \
            max(header.sectionSizeHint(VenueColumn.VERDICTS),
                self.table.sizeHintForColumn(VenueColumn.VERDICTS)) + \
            2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        low, high = (int(self.width() * x) for x in TABLE_SHARE)
        table = min(max(needs, low), high)
        self.setSizes([table, self.width() - table])

    def fit_columns(self) -> None:
        """Each column as wide as it needs (a long name cut at MAX_NAME_COLUMN_PX), then the
        name cut further so that every column is in sight at the table's width."""
        self._fitter()

    def _fit_columns(self) -> None:
        fit_columns(self.table, skip=[VenueColumn.VERDICTS],
                    widest={VenueColumn.NAME: MAX_NAME_COLUMN_PX})
        squeeze_columns(self.table, NARROWEST,
                        self.table.sizeHintForColumn(VenueColumn.VERDICTS))

    # --- the case -------------------------------------------------------------------------

    def set_case(self, state: CaseState | None) -> None:
        """Shows a case's venues (the same one selected again if it is there); None: none."""
        keep = self.current_venue_id()
        self.case = state
        if state is None:
            if self.form is not None:   # its typed work was saved, set aside or discarded
                self.form.discard()
            self.model.set_case((), ())
            self.map.set_case(None)
            return
        self.model.set_case(state.data.venues, state.claims)
        self.fit_columns()
        self.map.set_case(state)
        if (keep is None or not self.select_venue(keep)) and self.proxy.rowCount():
            select_table_row(self.table, 0)

    def apply(self, change: Change) -> None:
        """Venues edited or their verdicts changed: the rows repainted, the map redrawn."""
        self.case = change.state
        if change.reloaded:
            self.set_case(change.state)
            return
        if change.venues or change.claims or change.removed_claims:
            keep = self.current_venue_id()
            self.model.update(change.state.data.venues, change.state.claims)
            if keep is not None and self.current_venue_id() != keep:
                self.select_venue(keep)
        self.map.apply(change)

    def current_venue_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.proxy.data(index, VENUE_ID_ROLE) if index.isValid() else None

    @Slot(int)
    def select_venue(self, venue_id: int) -> bool:
        """Makes the venue the table's current row (a click on the map); False if not there."""
        row = self.model.row_of(venue_id)
        if row is None:
            return False
        select_table_row(self.table, self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        venue_id = self.proxy.data(current, VENUE_ID_ROLE) if current.isValid() else None
        self.edit_button.setEnabled(venue_id is not None)
        if venue_id is not None and self.form is None:
            self.map.focus_venue(venue_id)

    # --- the form -------------------------------------------------------------------------

    @Slot()
    def add_venue(self) -> VenueForm | None:
        return self._open_form(None)

    @Slot()
    def edit_current(self) -> VenueForm | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self._open_form(self.model.venue(self.proxy.mapToSource(index).row()).id)

    def _open_form(self, venue_id: int | None) -> VenueForm | None:
        if self.case is None:
            return None
        if self.form is not None:  # one venue at a time
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        venue = next((v for v in self.case.data.venues if v.id == venue_id), None)
        self.form = VenueForm(venue, self._gps_photos(), self.current_photo(), self)
        self.form.save_requested.connect(self._save)
        self.form.discard_asked.connect(self._on_discard_asked)
        self.form.edit_on_map.connect(self._edit_on_map)
        self.form.finished.connect(self._on_form_closed)
        self.form.show()
        if venue is not None:
            self.map.focus_venue(venue.id)
        return self.form

    def _gps_photos(self) -> list[GpsPhoto]:
        found = []
        for photo in self.case.photos if self.case else ():
            if photo.latitude is not None and photo.longitude is not None:
                label = self.tr("Photo {id} · {name}").format(id=photo.id, name=photo.name)
                found.append(GpsPhoto(photo.id, label, photo.latitude, photo.longitude))
        return found

    @Slot(str, object)
    def _edit_on_map(self, mode: str, geometry: object) -> None:
        if self.form is not None:
            self.map.edit_venue(self.form.venue_id, mode, geometry)

    @Slot()
    def _on_map_ready(self) -> None:
        """The legend folded (this map is narrow), the venue shown; while the form is open,
        back in edit mode with the form's shape."""
        self.map.fold_legend()
        venue_id = self.current_venue_id()
        if self.form is None and venue_id is not None:
            self.map.focus_venue(venue_id)
        if self.form is not None:
            mode = self.form.shape.currentData()
            self.map.edit_venue(self.form.venue_id, mode, self.form.geometry())

    @Slot(int, str)
    def _on_geometry_edited(self, venue_id: int, geojson: str) -> None:
        if self.form is not None and venue_id == (self.form.venue_id or -1):
            self.form.geometry_from_map(geojson)

    @Slot(int)
    def _on_form_closed(self, _result: int) -> None:
        self.map.end_edit()
        if self.form is not None:
            self.form.deleteLater()
        self.form = None

    def ready_to_leave(self, then: Callable[[], None], ask: bool = True) -> bool:
        """The case is being left: a venue form with typed work asks (Keep editing cancels the
        leaving, Discard lets it go on; without `ask`, it stays and asks nothing); one with
        nothing typed belonged to that case, so it closes."""
        form = self.form
        if form is None:
            return True
        if not form.has_typed_work():
            form.reject()
            return True
        if ask:
            self._ask_discard(form, then)
        return False

    def _ask_discard(self, form: VenueForm, then: Callable[[], None]) -> QMessageBox:
        if self.discard_box is not None:
            self.discard_box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Question, form.windowTitle(),
                          self.tr("Discard what you typed in this venue?"),
                          QMessageBox.StandardButton.NoButton, form)
        box.setInformativeText(self.tr("Nothing of it has been saved."))
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def discarded() -> None:
            form.discard()
            then()
        discard.clicked.connect(discarded)
        self.discard_box = box
        form.raise_()
        box.open()
        return box

    @Slot()
    def _on_discard_asked(self) -> None:
        """The form's own Escape, Cancel or close button with typed work: asks, as the refusal
        form does (Keep editing stays, Discard closes it)."""
        if self.form is not None:
            self._ask_discard(self.form, lambda: None)

    def set_aside(self) -> Draft | None:
        """The idle lock: the open form's typed work (its shape too) as a draft held in memory,
        the form closed; put back in a form opened anew once the case is unlocked. None when
        nothing was typed."""
        form = self.form
        if form is None or not form.has_typed_work():
            return None
        held = form.typed()
        venue_id = form.venue_id
        slug = form.original.slug if form.original is not None else ""
        if self.discard_box is not None:
            self.discard_box.close()
        form.discard()

        def what() -> str:
            return (self.tr("the new venue being added") if venue_id is None else
                    self.tr("your changes to venue {slug}").format(slug=slug))

        def restore() -> None:
            again = self._open_form(venue_id)
            if again is not None:
                again.put_back(held)
            held.wipe()
        return Draft(what, restore, held.wipe)

    @Slot()
    def _save(self) -> None:
        form = self.form
        if form is None or self.case is None:
            return
        venue_id, venue, from_photo = form.venue_id, form.venue(), form.from_photo

        def save(actor: str) -> None:  # signed by who is working (asked the first time)
            form.save_button.setEnabled(False)
            self.session.write(
                self.tr("Saving the venue…"),
                lambda case: venue_jobs.save(case, venue_id, venue, from_photo, actor),
                done=self._on_saved, refused=while_alive(form, form.show_error),
                always=while_alive(form, lambda: form.save_button.setEnabled(True)))
        self.session.as_actor(save, form.show_error)

    def _on_saved(self, venue_id: int) -> None:
        if self.form is not None:
            self.form.saved()
        self.select_venue(venue_id)
        self.message.emit(self.tr("Venue saved."))

    # --- files ------------------------------------------------------------------------------

    @Slot()
    def choose_import(self) -> None:
        """Asks for a bundled dataset or a GeoJSON file, then imports it."""
        if self.case is None:
            return
        choices = [self.tr("Bundled dataset: {name}").format(name=name)
                   for name in venues.bundled_datasets()] + [self.tr("A GeoJSON file…")]
        choice, ok = QInputDialog.getItem(self, self.tr("Import venues"),
                                          self.tr("Import venues from:"), choices, 0, False)
        if not ok:
            return
        if choice == choices[-1]:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Import venues (GeoJSON)"), "",
                self.tr("GeoJSON (*.geojson *.json);;All files (*)"))
            if not path:
                return
            source = path
        else:
            source = "bundled:" + venues.bundled_datasets()[choices.index(choice)]
        replace = bool(self.case.data.venues) and QMessageBox.question(
            self, self.tr("Import venues"),
            self.tr("A venue in the file whose slug is already in the case: update it from the "
                    "file? (No: such a venue stops the import.)")) == \
            QMessageBox.StandardButton.Yes
        self.import_venues(source, replace)

    def import_venues(self, source: str, replace_existing: bool = False) -> None:
        """Imports a GeoJSON file or "bundled:NAME" (the session saves it)."""
        self.session.as_actor(lambda actor: self.session.write(
            self.tr("Importing venues…"),
            lambda case: venue_jobs.import_file(case, source, replace_existing, actor),
            done=self._on_imported, refused=self._problem), self._problem)

    def _on_imported(self, ids: list[int]) -> None:
        if ids:
            self.select_venue(ids[0])
        self.message.emit(numerus("VenuesView", "%n venue(s) imported.", len(ids)))

    @Slot()
    def choose_export(self) -> None:
        if self.case is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export venues"), "venues.geojson",
            self.tr("GeoJSON (*.geojson);;KML for Google Earth (*.kml)"))
        if path:
            if "kml" in chosen and not path.lower().endswith(".kml"):
                path += ".kml"
            self.export_venues(path)

    def export_venues(self, path: str) -> None:
        """Writes the case's venues as they are shown (no case to read: the state has them)."""
        if self.case is None:
            return
        try:
            written = venue_jobs.export_file(list(self.case.data.venues), path)
        except KnownError as exc:
            self._problem(str(exc))
            return
        self.message.emit(self.tr("Venues exported to {path}.").format(path=written))

    def _problem(self, message: str) -> None:
        self.error_box = dialogs.problem(self, self.tr("Venues"), message)
