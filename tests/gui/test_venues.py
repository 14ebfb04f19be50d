"""The Venues tab: the table, the venue form (typed in, saved, refused), the map's edit mode."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

from evidence import claims, store, venues
from evidence.model import Category, Claim
from evidence.store import Case
from gui.app.main_window import MainWindow
from gui.venues.form import VenueForm
from gui.venues.model import VenueColumn, VenueModel
from gui.venues.view import VenuesView
from tests.helpers.gui import RecordingPage, case_state, opened_session, wire
from tests.helpers.gui import evaluate_map as evaluate
from tests.helpers.webengine import WEBENGINE_NOISE

NOT_DESIGNATED = "ND-2023/001"


@pytest.fixture
def demo_copy(demo_case: Path, tmp_path: Path) -> Path:
    """A copy of the demo case with one more refusal: Gandhi Park 'is not a designated venue'."""
    root = Path(shutil.copytree(demo_case, tmp_path / "demo"))
    with Case.open(root) as case:
        park = venues.get(case, "gandhi-park")
        claims.add(case, Claim(
            NOT_DESIGNATED, "2023-05-02", park.id, datetime(2023, 5, 10, 4, tzinfo=UTC),
            datetime(2023, 5, 10, 14, tzinfo=UTC), "Asia/Almaty",
            "Парк не является специализированным местом.", Category.NOT_DESIGNATED,
            event_date="2023-05-10"), "tester")
    return root


@pytest.fixture
def case_window(window: MainWindow, demo_copy: Path) -> MainWindow:
    window.open_case(str(demo_copy))
    window.tabs.setCurrentWidget(window.venues)
    return window


def custody_actions(root: str) -> list[tuple[str, dict]]:
    with Case.open(Path(root)) as case:
        return [(e.action, e.details) for e in store.log.entries(case)]


def verdict_of(window: MainWindow, number: str) -> str:
    return next(c.verdict.value for c in window.session.state.claims
                if c.claim.document_number == number)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text)


def cell(view: VenuesView, slug: str, column: VenueColumn) -> str:
    row = next(r for r in range(view.model.rowCount()) if view.model.venue(r).slug == slug)
    return view.model.index(row, column).data()


# --- the table ----------------------------------------------------------------------------------

def test_the_venue_model_passes_the_model_tester(qtmodeltester, demo_case):
    snapshot = case_state(demo_case)
    model = VenueModel()
    model.set_case(snapshot.data.venues, snapshot.claims)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    model.set_case((), ())
    qtmodeltester.check(model, force_py=True)


def test_the_tab_lists_venues_with_their_refusals_and_verdicts(case_window):
    view = case_window.venues
    assert case_window.tabs.isTabVisible(case_window.tabs.indexOf(view))
    assert view.model.rowCount() == 3
    assert cell(view, "sary-arka-cinema-square", VenueColumn.REFUSALS) == "2"
    assert cell(view, "gandhi-park", VenueColumn.VALID_FROM) == "—"
    assert cell(view, "gandhi-park", VenueColumn.VERDICTS) == "2 inconsistent with the ground"
    assert case_window.actions.import_venues.isEnabled()
    assert case_window.actions.export_venues.isEnabled()


def test_the_tab_and_venue_menu_items_wait_for_a_case(window):
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.venues))
    assert not window.actions.import_venues.isEnabled()


# --- the form -----------------------------------------------------------------------------------

def fill_new_venue(qtbot, form: VenueForm, slug: str) -> None:
    type_into(qtbot, form.slug, slug)
    type_into(qtbot, form.name_en, "Republic Square")
    form.name_ru.insert("Площадь Республики")  # QTest types only ASCII; as if pasted
    type_into(qtbot, form.city, "Almaty")
    type_into(qtbot, form.legal_basis, "Decision 55/2020")
    type_into(qtbot, form.lat, "43.2384")
    type_into(qtbot, form.lon, "76.9455")
    type_into(qtbot, form.radius, "120")
    type_into(qtbot, form.capacity, "500")


def test_a_venue_added_through_the_form_is_in_the_table_and_the_custody_log(qtbot, case_window):
    view = case_window.venues
    view.add_button.click()
    form = view.form
    assert form is not None and form.isVisible()
    fill_new_venue(qtbot, form, "republic-square")
    type_into(qtbot, form.valid_from.edit.line, "01.06.2020")  # as Russian letters write it
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert view.form is None and not form.isVisible()
    assert cell(view, "republic-square", VenueColumn.NAME) == "Republic Square"
    assert cell(view, "republic-square", VenueColumn.VALID_FROM) == "2020-06-01"
    assert cell(view, "republic-square", VenueColumn.CONFIDENCE) == "approximate"
    assert view.model.venue(view.proxy.mapToSource(
        view.table.currentIndex()).row()).slug == "republic-square"  # the new one is selected
    stored = next(v for v in case_window.session.state.data.venues if v.slug == "republic-square")
    assert stored.geometry == {"type": "Point", "coordinates": [76.9455, 43.2384]}
    assert (stored.radius_m, stored.capacity, stored.name_ru) == (120.0, 500, "Площадь Республики")
    action, details = custody_actions(case_window.session.state.data.root)[-1]
    assert action == "venue-added" and details["slug"] == "republic-square"


def test_editing_validity_dates_moves_a_not_designated_verdict(qtbot, case_window):
    view = case_window.venues
    assert verdict_of(case_window, NOT_DESIGNATED) == "contradicted"  # designated, with no end
    assert view.select_venue(next(v.id for v in case_window.session.state.data.venues
                                  if v.slug == "gandhi-park"))
    view.edit_button.click()
    form = view.form
    assert form.valid_to.value() is None and form.valid_to.edit.text() == ""
    type_into(qtbot, form.valid_to.edit.line, "2022-12-31")
    form.save_button.click()
    assert view.form is None
    assert verdict_of(case_window, NOT_DESIGNATED) == "supported"  # no longer designated then
    assert cell(view, "gandhi-park", VenueColumn.VALID_TO) == "2022-12-31"
    assert "1 bears out the ground" in cell(view, "gandhi-park", VenueColumn.VERDICTS)
    root = case_window.session.state.data.root
    edited = [d for a, d in custody_actions(root) if a == "venue-edited"]
    assert edited[-1]["slug"] == "gandhi-park" and edited[-1]["changed"] == ["valid_to"]
    model = case_window.refusals.model
    shown = [model.claim(r) for r in range(model.rowCount())]
    assert verdict_of(case_window, NOT_DESIGNATED) == next(
        c.verdict.value for c in shown
        if c.claim.document_number == NOT_DESIGNATED)  # the Refusals tab follows


def test_an_unset_validity_date_looks_unset_never_a_plausible_date(qtbot, case_window):
    """A venue with no 'valid from' or 'valid to' shows empty fields saying 'not set', not
    today's date greyed out; a new venue's form too."""
    view = case_window.venues
    assert view.select_venue(next(v.id for v in case_window.session.state.data.venues
                                  if v.slug == "gandhi-park"))  # designated, with no dates
    for form in (view.edit_current(), None):
        if form is None:
            view.form.reject()
            form = view.add_venue()
        assert form is not None
        qtbot.waitExposed(form)
        for field, meaning in ((form.valid_from, "from the start"),
                               (form.valid_to, "still valid")):
            shown = [w.text() for w in field.findChildren(QLineEdit) if w.isVisible()]
            assert shown == [""], shown               # nothing that reads as a date
            assert field.edit.line.placeholderText() == f"not set: {meaning}"
            assert field.value() is None
            assert QDate.currentDate().toString("yyyy-MM-dd") not in " ".join(
                w.text() for w in field.findChildren(QAbstractSpinBox))
    form.reject()


def test_a_refused_venue_keeps_the_form_open_with_what_was_typed(qtbot, case_window):
    view = case_window.venues
    view.add_button.click()
    form = view.form
    fill_new_venue(qtbot, form, "gandhi-park")  # the demo case has this slug already
    form.save_button.click()
    assert view.form is form and form.isVisible()
    assert "slug 'gandhi-park' is already used" in form.error.text()
    assert form.error.isVisible() and form.save_button.isEnabled()
    assert form.name_ru.text() == "Площадь Республики" and form.lat.value() == 43.2384
    form.slug.clear()
    type_into(qtbot, form.slug, "republic-square")
    for date_edit, day in ((form.valid_from, "2021-01-01"), (form.valid_to, "2020-01-01")):
        type_into(qtbot, date_edit.edit.line, day)
    form.save_button.click()
    assert view.form is form
    assert "valid_from 2021-01-01 is after valid_to 2020-01-01" in form.error.text()
    assert form.valid_to.value() == "2020-01-01" and form.slug.text() == "republic-square"
    assert not any(v.slug == "republic-square" for v in case_window.session.state.data.venues)
    form.reject()                                # typed work: Cancel asks first
    assert view.form is form and view.discard_box.isVisible()
    next(b for b in view.discard_box.buttons() if b.text() == "Discard").click()
    assert view.form is None


def test_a_name_too_long_is_refused_with_the_form_kept(qtbot, case_window):
    """A paragraph pasted as the name: the form says how long it is and how long it may be
    (not the text back), keeps what was typed, and saves once it is shortened."""
    view = case_window.venues
    view.add_button.click()
    form = view.form
    fill_new_venue(qtbot, form, "republic-square")
    form.name_ru.setText("Площадь Республики " * 14)       # 266 letters, 265 kept
    form.save_button.click()
    assert view.form is form and form.isVisible() and form.save_button.isEnabled()
    assert form.error.text() == (
        "name_ru (the venue's Russian name) is 265 characters long; at most 200 are kept. "
        "Shorten it (a longer text belongs in the venue's notes).")
    assert len(form.name_ru.text()) == 266
    assert not any(v.slug == "republic-square" for v in case_window.session.state.data.venues)
    form.name_ru.setText("Площадь Республики")
    form.save_button.click()
    assert view.form is None
    assert cell(view, "republic-square", VenueColumn.NAME) == "Republic Square"


def test_a_venue_is_set_from_the_selected_photos_gps(qtbot, case_window):
    photo = case_window.session.state.data.photos[0]
    case_window.photos.select_photo(photo.id)
    view = case_window.venues
    venues = case_window.session.state.data.venues
    view.select_venue(next(v.id for v in venues if v.slug == "gandhi-park"))
    view.edit_button.click()
    form = view.form
    assert form.photo_choice.currentData() == photo.id  # the photo selected is offered
    form.photo_button.click()
    meta = photo.inspection.metadata
    assert (form.lat.value(), form.lon.value()) == (round(meta.latitude, 6),
                                                    round(meta.longitude, 6))
    assert form.confidence.currentData() == "photo-gps"
    form.save_button.click()
    assert view.form is None
    park = next(v for v in case_window.session.state.data.venues if v.slug == "gandhi-park")
    assert park.geometry["coordinates"] == [meta.longitude, meta.latitude]
    assert cell(view, "gandhi-park", VenueColumn.CONFIDENCE) == "photo GPS"
    action, details = custody_actions(case_window.session.state.data.root)[-1]
    assert action == "venue-set-from-photo" and details["photo_id"] == photo.id


def test_venues_are_imported_from_the_bundled_dataset_and_exported(qtbot, case_window, tmp_path):
    view = case_window.venues
    view.import_venues("bundled:almaty-2020")  # every slug is in the case already
    assert "already in the case" in view.error_box.text()
    view.error_box.close()
    view.import_venues("bundled:almaty-2020", replace_existing=True)
    assert view.model.rowCount() == 3
    view.export_venues(str(tmp_path / "venues.geojson"))
    exported = json.loads((tmp_path / "venues.geojson").read_text(encoding="utf-8"))
    assert len(exported["features"]) == 3
    view.export_venues(str(tmp_path / "venues.kml"))
    assert "<kml" in (tmp_path / "venues.kml").read_text(encoding="utf-8")


# --- the map ------------------------------------------------------------------------------------

@pytest.fixture
def map_tab(qtbot, demo_copy):
    """The Venues tab alone, shown, its map drawn and listening."""
    view = VenuesView(opened_session(demo_copy))
    view.map.page_class = RecordingPage
    view.resize(1200, 700)
    wire(view.session, view)
    with qtbot.waitSignal(view.map.ready, timeout=20000):
        view.show()
    yield view
    if view.form is not None:
        view.form.reject()
    view.close()
    view.deleteLater()
    qtbot.wait(50)


@pytest.mark.qt_log_ignore(*WEBENGINE_NOISE)
def test_the_table_and_the_map_select_each_other(qtbot, map_tab):
    park = next(v for v in map_tab.case.data.venues if v.slug == "gandhi-park")
    with qtbot.waitSignal(map_tab.map.venue_selected, timeout=5000):
        map_tab.map.page.runJavaScript(f"skverMap.venueLayer({park.id}).fire('click')")
    assert map_tab.current_venue_id() == park.id
    # This map is narrow: its legend is folded to its title.
    assert evaluate(qtbot, map_tab.map, "document.querySelector('details.skver-legend').open") \
        is False
    square = next(v for v in map_tab.case.data.venues if v.slug == "valikhanov-square")
    map_tab.select_venue(square.id)
    lon, lat = square.geometry["coordinates"]
    qtbot.waitUntil(lambda: evaluate(qtbot, map_tab.map, f"skverMap.map.getZoom() >= 16 && "
                                     f"skverMap.map.getBounds().contains([{lat}, {lon}])"),
                    timeout=5000)
    assert map_tab.map.page.errors == []


@pytest.mark.qt_log_ignore(*WEBENGINE_NOISE)
def test_a_point_dragged_or_clicked_on_the_map_fills_the_form(qtbot, map_tab):
    map_tab.add_button.click()
    form = map_tab.form
    form.lat.setValue(43.25)
    form.lon.setValue(76.95)
    form.place_button.click()
    qtbot.waitUntil(lambda: evaluate(qtbot, map_tab.map, "!!skverMap.editMarker()"),
                    timeout=5000)
    with qtbot.waitSignal(map_tab.map.geometry_edited, timeout=5000):
        map_tab.map.page.runJavaScript("var m = skverMap.editMarker(); "
                                       "m.setLatLng([43.2391, 76.9452]); m.fire('dragend');")
    assert (form.lat.value(), form.lon.value()) == (43.2391, 76.9452)
    with qtbot.waitSignal(map_tab.map.geometry_edited, timeout=5000):
        map_tab.map.page.runJavaScript("skverMap.map.fire('click', "
                                       "{latlng: L.latLng(43.24, 76.946)});")
    assert (form.lat.value(), form.lon.value()) == (43.24, 76.946)
    # An outline: three corners clicked make a closed ring in the form.
    form.shape.setCurrentIndex(form.shape.findData("polygon"))
    form.place_button.click()
    for lat, lon in ((43.24, 76.94), (43.24, 76.95), (43.245, 76.945)):
        map_tab.map.page.runJavaScript(f"skverMap.map.fire('click', "
                                       f"{{latlng: L.latLng({lat}, {lon})}});")
    qtbot.waitUntil(lambda: form.outline is not None, timeout=5000)
    assert form.outline["coordinates"][0] == [[76.94, 43.24], [76.95, 43.24], [76.945, 43.245],
                                              [76.94, 43.24]]
    assert "3 corners" in form.corners.text()
    for line_edit, text in ((form.slug, "new-square"), (form.name_en, "New Square")):
        line_edit.setText(text)
    with qtbot.waitSignal(map_tab.map.ready, timeout=20000):
        form.save_button.click()  # the page is drawn again with the new venue
    assert map_tab.form is None
    assert evaluate(qtbot, map_tab.map, "skverMap.venues") == 4
    assert evaluate(qtbot, map_tab.map, "skverMap.editMarker()") is None
    assert map_tab.map.page.errors == []
