"""The venue form: a venue's names, designation, position confidence and shape, added or edited.

The form only gathers what the user typed; the core (`evidence.venues`, on a worker) decides
whether it can be stored. A refusal comes back as a message shown in the form, which stays
open with everything the user typed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidence.model import Confidence, Venue
from gui.case.drafts import Typed
from gui.venues.model import confidence_name
from gui.widgets.moments import MomentField
from gui.widgets.text import numerus
from gui.widgets.widgets import error_label

NO_CAPACITY = -1
DEFAULT_RADIUS_M = 50.0
POINT, POLYGON = "point", "polygon"


@dataclass(frozen=True)
class GpsPhoto:
    """A case photo that can place a venue: its id, a label and where it was taken."""

    photo_id: int
    label: str
    lat: float
    lon: float


class OptionalDate(QWidget):
    """A date, or none (open-ended): a field typed or picked (gui.widgets.moments), empty while
    there is none, its placeholder saying what none means ('not set: still valid'), never a
    plausible date standing for it."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = MomentField(with_time=False)
        self.edit.line.setPlaceholderText(none_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        """The date as the case keeps it ('2020-06-01'); None when empty; text that is no date
        as typed, for the venue's check to refuse with its message."""
        found = self.edit.value()
        if isinstance(found, date):
            return found.isoformat()[:10]
        return self.edit.text().strip() or None

    def set_value(self, value: str | None) -> None:
        try:
            self.edit.set_value(date.fromisoformat(value) if value else None)
        except ValueError:
            self.edit.set_text(value or "")


def _spin(low: float, high: float, decimals: int, suffix: str = "") -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    return spin


class VenueForm(QDialog):
    """Adds a venue (`venue` None) or edits one; Save asks the view to store it."""

    save_requested = Signal()
    discard_asked = Signal()   # Escape, Cancel or closing with typed work: the view asks
    # Place the point or draw the outline on the map: "point"/"polygon", the geometry now.
    edit_on_map = Signal(str, object)

    def __init__(self, venue: Venue | None, photos: list[GpsPhoto],
                 current_photo: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = venue
        self.venue_id = venue.id if venue is not None else None
        self.photos = photos
        self.from_photo: int | None = None  # the photo whose GPS the point came from
        self.outline: dict | None = None    # a Polygon geometry, drawn or stored
        self._discarding = False
        self.setWindowTitle(self.tr("New venue") if venue is None else
                            self.tr("Venue {slug}").format(slug=venue.slug))
        self._build()
        self._fill(venue)
        self._choose_photo(current_photo)
        self.opened_as = self.venue()   # what the form said before anything was typed

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.slug = QLineEdit()
        self.slug.setPlaceholderText(self.tr("e.g. gandhi-park"))
        self.name_en, self.name_ru, self.name_kk = QLineEdit(), QLineEdit(), QLineEdit()
        self.city, self.legal_basis = QLineEdit(), QLineEdit()
        self.valid_from = OptionalDate(self.tr("not set: from the start"))
        self.valid_to = OptionalDate(self.tr("not set: still valid"))
        self.confidence = QComboBox()
        for code in Confidence:
            self.confidence.addItem(confidence_name(code.value), code.value)
        self.capacity = QSpinBox()
        self.capacity.setRange(NO_CAPACITY, 10_000_000)
        self.capacity.setSpecialValueText(self.tr("not known"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        form = QFormLayout()
        rows = ((self.tr("Slug"), self.slug), (self.tr("Name (English)"), self.name_en),
                (self.tr("Name (Russian)"), self.name_ru), (self.tr("Name (Kazakh)"), self.name_kk),
                (self.tr("City"), self.city), (self.tr("Legal basis"), self.legal_basis),
                (self.tr("Valid from"), self.valid_from), (self.tr("Valid to"), self.valid_to),
                (self.tr("Position"), self.confidence), (self.tr("Capacity"), self.capacity),
                (self.tr("Notes"), self.notes))
        for label, widget in rows:
            form.addRow(label, widget)
        form.addRow(self.tr("Shape"), self._shape_box())
        form.addRow(self.tr("From a photo"), self._photo_box())
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.request_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _shape_box(self) -> QWidget:
        self.shape = QComboBox()
        self.shape.addItem(self.tr("Point with a radius"), POINT)
        self.shape.addItem(self.tr("Outline (polygon)"), POLYGON)
        self.lat = _spin(-90, 90, 6, "°")
        self.lon = _spin(-180, 180, 6, "°")
        self.radius = _spin(0, 100_000, 1, self.tr(" m"))
        self.radius.setValue(DEFAULT_RADIUS_M)
        point = QWidget()
        row = QHBoxLayout(point)
        row.setContentsMargins(0, 0, 0, 0)
        for label, spin in ((self.tr("Lat"), self.lat), (self.tr("Lon"), self.lon),
                            (self.tr("Radius"), self.radius)):
            row.addWidget(QLabel(label))
            row.addWidget(spin, 1)
        self.corners = QLabel()
        self.shape_pages = QStackedWidget()
        self.shape_pages.addWidget(point)
        self.shape_pages.addWidget(self.corners)
        self.place_button = QPushButton(self.tr("Place on the map"))
        self.place_button.clicked.connect(self.place_on_map)
        self.shape.currentIndexChanged.connect(self._shape_changed)
        self.lat.valueChanged.connect(self._typed_position)
        self.lon.valueChanged.connect(self._typed_position)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.shape, 1)
        top.addWidget(self.place_button)
        layout.addLayout(top)
        layout.addWidget(self.shape_pages)
        return box

    def _photo_box(self) -> QWidget:
        self.photo_choice = QComboBox()
        for photo in self.photos:
            self.photo_choice.addItem(photo.label, photo.photo_id)
        self.photo_button = QPushButton(self.tr("Use its GPS"))
        self.photo_button.clicked.connect(self.use_photo)
        if not self.photos:
            self.photo_choice.addItem(self.tr("No photo in the case has a GPS position"))
            self.photo_choice.setEnabled(False)
            self.photo_button.setEnabled(False)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photo_choice, 1)
        row.addWidget(self.photo_button)
        return box

    def _fill(self, venue: Venue | None) -> None:
        if venue is None:
            self.confidence.setCurrentIndex(self.confidence.findData(Confidence.APPROXIMATE.value))
            self.capacity.setValue(NO_CAPACITY)
            self._shape_changed()
            return
        for widget, value in ((self.slug, venue.slug), (self.name_en, venue.name_en),
                              (self.name_ru, venue.name_ru), (self.name_kk, venue.name_kk),
                              (self.city, venue.city), (self.legal_basis, venue.legal_basis)):
            widget.setText(value)
        self.valid_from.set_value(venue.valid_from)
        self.valid_to.set_value(venue.valid_to)
        self.confidence.setCurrentIndex(self.confidence.findData(str(venue.confidence)))
        self.capacity.setValue(NO_CAPACITY if venue.capacity is None else venue.capacity)
        self.notes.setPlainText(venue.notes)
        self.set_geometry(venue.geometry, venue.radius_m)

    def _choose_photo(self, photo_id: int | None) -> None:
        index = self.photo_choice.findData(photo_id) if photo_id is not None else -1
        if index >= 0:
            self.photo_choice.setCurrentIndex(index)

    # --- the shape ----------------------------------------------------------------------

    def set_geometry(self, geometry: dict, radius_m: float | None = None) -> None:
        """Shows a GeoJSON Point (and its radius) or Polygon in the fields."""
        if geometry.get("type") == "Polygon":
            self.outline = geometry
            self.shape.setCurrentIndex(self.shape.findData(POLYGON))
        else:
            lon, lat = geometry["coordinates"][:2]
            self.lat.blockSignals(True)  # one position, not two half-moves
            self.lat.setValue(lat)
            self.lat.blockSignals(False)
            self.lon.setValue(lon)
            if radius_m is not None:
                self.radius.setValue(radius_m)
            self.shape.setCurrentIndex(self.shape.findData(POINT))
        self._shape_changed()

    @Slot(str)
    def geometry_from_map(self, geojson: str) -> None:
        """The map's point was dragged or clicked, or an outline's corner added."""
        self.set_geometry(json.loads(geojson))

    def geometry(self) -> dict | None:
        if self.shape.currentData() == POLYGON:
            return self.outline
        return {"type": "Point", "coordinates": [self.lon.value(), self.lat.value()]}

    @Slot()
    def _shape_changed(self) -> None:
        polygon = self.shape.currentData() == POLYGON
        self.shape_pages.setCurrentIndex(1 if polygon else 0)
        self.place_button.setText(self.tr("Draw on the map") if polygon else
                                  self.tr("Place on the map"))
        corners = len(self.outline["coordinates"][0]) - 1 if self.outline else 0
        self.corners.setText(numerus("VenueForm", "%n corner(s); click “Draw on the map”, then "
                                     "click each corner on the map.", corners))

    @Slot()
    def _typed_position(self) -> None:
        photo = self._photo(self.from_photo)
        if photo is not None and (self.lat.value(), self.lon.value()) != (
                round(photo.lat, 6), round(photo.lon, 6)):
            self.from_photo = None  # moved by hand: no longer the photo's position

    @Slot()
    def place_on_map(self) -> None:
        polygon = self.shape.currentData() == POLYGON
        if polygon:
            self.outline = None  # drawn anew, corner by corner
            self._shape_changed()
        self.edit_on_map.emit(POLYGON if polygon else POINT, None if polygon else self.geometry())

    @Slot()
    def use_photo(self) -> None:
        """The point becomes the chosen photo's GPS position; the position's confidence too."""
        photo = self._photo(self.photo_choice.currentData())
        if photo is None:
            return
        self.set_geometry({"type": "Point", "coordinates": [photo.lon, photo.lat]})
        self.confidence.setCurrentIndex(self.confidence.findData(Confidence.PHOTO_GPS.value))
        self.from_photo = photo.photo_id
        self.edit_on_map.emit(POINT, self.geometry())

    def _photo(self, photo_id: object) -> GpsPhoto | None:
        return next((p for p in self.photos if p.photo_id == photo_id), None)

    # --- saving -------------------------------------------------------------------------

    def venue(self) -> Venue:
        """The venue as typed (not yet checked: the core does that)."""
        geometry = self.geometry() or {"type": "Polygon", "coordinates": []}
        point = geometry.get("type") == "Point"
        base = self.original or Venue("", "", geometry, Confidence.APPROXIMATE)
        return replace(
            base, slug=self.slug.text().strip(), name_en=self.name_en.text().strip(),
            name_ru=self.name_ru.text().strip(), name_kk=self.name_kk.text().strip(),
            city=self.city.text().strip(), legal_basis=self.legal_basis.text().strip(),
            valid_from=self.valid_from.value(), valid_to=self.valid_to.value(),
            confidence=Confidence(self.confidence.currentData()),
            capacity=None if self.capacity.value() == NO_CAPACITY else self.capacity.value(),
            notes=self.notes.toPlainText().strip(), geometry=geometry,
            radius_m=self.radius.value() if point else None)

    def has_typed_work(self) -> bool:
        """Whether the form says something it did not say when it opened."""
        return self.venue() != self.opened_as

    def reject(self) -> None:
        """Escape, Cancel or closing: with typed work, the view asks first."""
        if self._discarding or not self.has_typed_work():
            super().reject()
            return
        self.discard_asked.emit()

    def discard(self) -> None:
        """Closes the form, throwing away what was typed."""
        self._discarding = True
        super().reject()

    # --- a draft held while the case is locked ---------------------------------------------

    def _lines(self) -> dict[str, QLineEdit]:
        return {"slug": self.slug, "name_en": self.name_en, "name_ru": self.name_ru,
                "name_kk": self.name_kk, "city": self.city, "legal_basis": self.legal_basis}

    def typed(self) -> Typed:
        """Every field as typed, the shape placed or drawn included."""
        held = Typed()
        for name, edit in self._lines().items():
            held.keep(name, edit.text())
        held.keep("notes", self.notes.toPlainText())
        held.values.update(
            valid_from=self.valid_from.value(), valid_to=self.valid_to.value(),
            confidence=self.confidence.currentIndex(), capacity=self.capacity.value(),
            shape=self.shape.currentIndex(), lat=self.lat.value(), lon=self.lon.value(),
            radius=self.radius.value(), outline=json.loads(json.dumps(self.outline)),
            from_photo=self.from_photo, photo_choice=self.photo_choice.currentIndex())
        return held

    def put_back(self, held: Typed) -> None:
        """The fields as `typed` took them (the case unlocked again); still unsaved."""
        for name, edit in self._lines().items():
            edit.setText(held.text(name))
        self.notes.setPlainText(held.text("notes"))
        values = held.values
        self.valid_from.set_value(values["valid_from"])
        self.valid_to.set_value(values["valid_to"])
        self.confidence.setCurrentIndex(values["confidence"])
        self.capacity.setValue(values["capacity"])
        self.outline = values["outline"]
        self.lat.blockSignals(True)
        self.lat.setValue(values["lat"])
        self.lat.blockSignals(False)
        self.lon.setValue(values["lon"])
        self.radius.setValue(values["radius"])
        self.shape.setCurrentIndex(values["shape"])
        self._shape_changed()
        self.photo_choice.setCurrentIndex(values["photo_choice"])
        self.from_photo = values["from_photo"]

    @Slot()
    def request_save(self) -> None:
        self.error.hide()
        self.save_button.setEnabled(False)  # until the worker answers
        self.save_requested.emit()

    def show_error(self, message: str) -> None:
        """The core refused the venue: its message, and the form as the user left it."""
        self.error.setText(message)
        self.error.show()
        self.save_button.setEnabled(True)

    def saved(self) -> None:
        self.save_button.setEnabled(True)
        self.accept()
