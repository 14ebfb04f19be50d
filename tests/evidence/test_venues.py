"""Venues: validation that names the field, audited writes, GeoJSON and KML, the Almaty dataset."""

from __future__ import annotations

import json
import math
import sqlite3
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from evidence import custody, store, venues, verify
from evidence.errors import KnownError
from evidence.facts import VenueFact
from evidence.importer import import_paths
from evidence.model import Confidence, Venue
from evidence.store import Case
from evidence.venue_checks import InvalidVenue
from evidence.venue_geojson import PROPERTIES, dumps, from_feature, to_feature
from tests.helpers.photos import Shot, write_photo

KML = "{http://www.opengis.net/kml/2.2}"
SQUARE = [[76.94, 43.23], [76.95, 43.23], [76.95, 43.24], [76.94, 43.24], [76.94, 43.23]]
HOLE = [[76.944, 43.234], [76.946, 43.234], [76.946, 43.236], [76.944, 43.234]]
NASTY = '<script>alert(1)</script> & "Ганди"'


def point(lon: float = 76.9075, lat: float = 43.2445) -> dict:
    return {"type": "Point", "coordinates": [lon, lat]}


def a_venue(**changes) -> Venue:
    base = Venue(slug="gandhi-park", name_en="Gandhi Park", geometry=point(),
                 confidence=Confidence.APPROXIMATE, radius_m=100, name_ru="парк имени Ганди",
                 city="Almaty", legal_basis="decision No. 462", decision_date="2020-06-23")
    return replace(base, **changes)


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="t") as c:
        yield c


def intact(case) -> bool:
    report = verify.verify(case, actor="auditor")
    assert report.problems == []
    return report.intact


def venue_entries(case) -> list[custody.Entry]:
    return [e for e in store.log.entries(case) if e.details.get("table") == "venues"]


# -- adding, reading, validation ---------------------------------------------------------


def test_add_then_get_by_slug_or_id(case):
    row_id = venues.add(case, a_venue(), "aigerim")
    stored = venues.get(case, "gandhi-park")
    assert stored == venues.get(case, row_id) == venues.get(case, str(row_id))
    assert stored == a_venue(id=row_id, radius_m=100.0)
    assert venue_entries(case)[-1].action == "venue-added"
    assert venue_entries(case)[-1].actor == "aigerim"
    assert intact(case)


def test_an_unknown_venue_is_a_known_error(case):
    with pytest.raises(KnownError, match="no venue 'nowhere'"):
        venues.get(case, "nowhere")


def test_all_venues_are_sorted_by_slug(case):
    for slug in ("valikhanov-square", "gandhi-park", "sary-arka"):
        venues.add(case, a_venue(slug=slug), "t")
    assert [v.slug for v in venues.all_venues(case)] == [
        "gandhi-park", "sary-arka", "valikhanov-square"]


INVALID = [
    ({"slug": "Gandhi Park"}, "slug"),
    ({"slug": ""}, "slug"),
    ({"name_en": "  "}, "name_en"),
    ({"name_ru": None}, "name_ru"),
    ({"geometry": {"type": "LineString", "coordinates": [[76, 43], [77, 44]]}}, "geometry"),
    ({"geometry": point(lon=200)}, "geometry"),
    ({"geometry": point(lat=-95)}, "geometry"),
    ({"geometry": point(lon=math.nan)}, "geometry"),
    ({"geometry": {"type": "Point", "coordinates": ["76.9", 43.2]}}, "geometry"),
    ({"geometry": {"type": "Point", "coordinates": [76.9]}}, "geometry"),
    ({"geometry": {"type": "Point", "coordinates": [True, 43.2]}}, "geometry"),
    ({"geometry": "POINT(76.9 43.2)"}, "geometry"),
    ({"radius_m": None}, "radius_m"),
    ({"radius_m": 0}, "radius_m"),
    ({"radius_m": -5}, "radius_m"),
    ({"radius_m": math.inf}, "radius_m"),
    ({"geometry": {"type": "Polygon", "coordinates": [SQUARE]}}, "radius_m"),
    ({"geometry": {"type": "Polygon", "coordinates": [SQUARE[:-1]]}, "radius_m": None},
     "geometry"),
    ({"geometry": {"type": "Polygon", "coordinates": [[SQUARE[0], SQUARE[1], SQUARE[0]]]},
      "radius_m": None}, "geometry"),
    ({"geometry": {"type": "Polygon", "coordinates": []}, "radius_m": None}, "geometry"),
    ({"geometry": {"type": "Polygon", "coordinates": [SQUARE, [[76.9, 43.2]] * 3]},
      "radius_m": None}, "geometry"),
    ({"decision_date": "23.06.2020"}, "decision_date"),
    ({"valid_from": "2020-02-30"}, "valid_from"),
    ({"valid_to": "2020-6-1"}, "valid_to"),
    ({"valid_to": 20200601}, "valid_to"),
    ({"valid_from": "2021-01-01", "valid_to": "2020-12-31"}, "valid_from"),
    ({"capacity": -1}, "capacity"),
    ({"capacity": "500"}, "capacity"),
    ({"capacity": True}, "capacity"),
    ({"confidence": "guess"}, "confidence"),
]


@pytest.mark.parametrize(("changes", "field"), INVALID,
                         ids=[f"{f}-{n}" for n, (_c, f) in enumerate(INVALID)])
def test_each_invalid_field_is_named_and_nothing_is_stored(case, changes, field):
    with pytest.raises(InvalidVenue) as caught:
        venues.add(case, a_venue(**changes), "t")
    assert caught.value.field == field
    assert field in str(caught.value)
    assert isinstance(caught.value, KnownError)
    assert venues.all_venues(case) == [] and venue_entries(case) == []


def test_a_polygon_with_a_hole(case):
    outline = {"type": "Polygon", "coordinates": [SQUARE, HOLE]}
    row_id = venues.add(case, a_venue(geometry=outline, radius_m=None), "t")
    stored = venues.get(case, row_id)
    assert stored.geometry == outline and stored.radius_m is None
    assert intact(case)


def test_a_polygon_across_the_antimeridian_does_not_crash(case):
    ring = [[179.9, -16.8], [-179.9, -16.8], [-179.9, -16.7], [179.9, -16.7], [179.9, -16.8]]
    venues.add(case, a_venue(slug="fiji", geometry={"type": "Polygon", "coordinates": [ring]},
                             radius_m=None), "t")
    assert venues.export_geojson(case)["features"][0]["geometry"]["coordinates"] == [ring]
    ET.fromstring(venues.export_kml(case))


def test_a_taken_slug(case):
    venues.add(case, a_venue(), "t")
    with pytest.raises(InvalidVenue, match="already used by venue 1"):
        venues.add(case, a_venue(name_en="Another"), "t")


def test_designation_is_inclusive_and_open_ended():
    def on(venue, day: str) -> bool:
        return VenueFact(venue).designated_on(day)

    venue = a_venue(valid_from="2020-07-01", valid_to="2024-08-31")
    assert not on(venue, "2020-06-30")
    assert on(venue, "2020-07-01") and on(venue, "2024-08-31")
    assert not on(venue, "2024-09-01")
    assert on(a_venue(), "1990-01-01") and on(a_venue(), "2099-01-01")
    assert on(a_venue(valid_to="2024-08-31"), "2000-01-01")


# -- editing -----------------------------------------------------------------------------


def test_edit_records_what_changed(case):
    row_id = venues.add(case, a_venue(), "t")
    edited = venues.edit(case, row_id, {"capacity": 1000, "valid_to": "2024-08-31"}, "lawyer")
    assert (edited.capacity, edited.valid_to) == (1000, "2024-08-31")
    assert venues.get(case, row_id) == edited
    entry = venue_entries(case)[-1]
    assert (entry.action, entry.actor) == ("venue-edited", "lawyer")
    assert entry.details["changed"] == ["capacity", "valid_to"]
    assert intact(case)


def test_edit_without_a_change_records_nothing(case):
    row_id = venues.add(case, a_venue(), "t")
    venues.edit(case, row_id, {"capacity": None}, "t")
    assert len(venue_entries(case)) == 1


def test_edit_to_a_polygon_drops_the_radius(case):
    row_id = venues.add(case, a_venue(), "t")
    edited = venues.edit(case, row_id, {"geometry": {"type": "Polygon",
                                                     "coordinates": [SQUARE]}}, "t")
    assert edited.radius_m is None
    with pytest.raises(InvalidVenue) as caught:
        venues.edit(case, row_id, {"geometry": point()}, "t")  # a point needs its radius
    assert caught.value.field == "radius_m"


def test_edit_refuses_bad_values_unknown_fields_and_taken_slugs(case):
    row_id = venues.add(case, a_venue(), "t")
    venues.add(case, a_venue(slug="other"), "t")
    with pytest.raises(InvalidVenue, match="valid_to"):
        venues.edit(case, row_id, {"valid_to": "2020-13-01"}, "t")
    with pytest.raises(KnownError, match="colour"):
        venues.edit(case, row_id, {"colour": "red"}, "t")
    with pytest.raises(KnownError, match="already used"):
        venues.edit(case, row_id, {"slug": "other"}, "t")
    assert venues.get(case, row_id) == a_venue(id=row_id, radius_m=100.0)
    assert intact(case)


# -- placing a venue from a photo --------------------------------------------------------


def imported_photo(case, tmp_path, name: str, shot: Shot) -> int:
    results = list(import_paths(case, [str(write_photo(tmp_path / name, shot))], actor="t"))
    assert results[0].outcome == "imported"
    return results[0].photo_id


def test_set_from_photo(case, tmp_path):
    photo_id = imported_photo(case, tmp_path, "site.jpg", Shot(lat=43.2449, lon=76.9081))
    row_id = venues.add(case, a_venue(), "t")
    placed = venues.set_from_photo(case, row_id, photo_id, "aigerim")
    photo = case.conn.execute("SELECT * FROM photos WHERE id = ?", (photo_id,)).fetchone()
    assert placed.geometry == {"type": "Point",
                               "coordinates": [photo["longitude"], photo["latitude"]]}
    assert placed.geometry["coordinates"] == pytest.approx([76.9081, 43.2449], abs=1e-6)
    assert placed.confidence is Confidence.PHOTO_GPS and placed.radius_m == 100
    assert venues.get(case, row_id) == placed
    entry = venue_entries(case)[-1]
    assert entry.action == "venue-set-from-photo"
    assert entry.details["photo_sha256"] == photo["sha256"]
    assert venues.set_from_photo(case, row_id, photo_id, "t", radius_m=60).radius_m == 60
    assert intact(case)


def test_set_from_a_photo_without_gps_names_the_photo(case, tmp_path):
    photo_id = imported_photo(case, tmp_path, "no-gps.jpg", Shot(lat=None, lon=None))
    row_id = venues.add(case, a_venue(), "t")
    with pytest.raises(KnownError, match=rf"Photo {photo_id} \(no-gps.jpg\) has no GPS"):
        venues.set_from_photo(case, row_id, photo_id, "t")
    with pytest.raises(KnownError, match="no photo 99"):
        venues.set_from_photo(case, row_id, 99, "t")
    assert venues.get(case, row_id).confidence is Confidence.APPROXIMATE


def test_set_a_polygon_from_a_photo_needs_a_radius(case, tmp_path):
    photo_id = imported_photo(case, tmp_path, "site.jpg", Shot())
    row_id = venues.add(case, a_venue(geometry={"type": "Polygon", "coordinates": [SQUARE]},
                                      radius_m=None), "t")
    with pytest.raises(InvalidVenue, match="radius_m"):
        venues.set_from_photo(case, row_id, photo_id, "t")
    assert venues.set_from_photo(case, row_id, photo_id, "t", radius_m=80).radius_m == 80


# -- GeoJSON -----------------------------------------------------------------------------


def several(case) -> None:
    venues.add(case, a_venue(), "t")
    venues.add(case, a_venue(slug="almaly-square", name_en=NASTY, name_kk="Алмалы алаңы",
                             geometry={"type": "Polygon", "coordinates": [SQUARE, HOLE]},
                             radius_m=None, capacity=500, valid_from="2020-07-01",
                             valid_to="2024-08-31", confidence=Confidence.SURVEYED,
                             notes="line one\nline two"), "t")
    venues.add(case, a_venue(slug="z-minimal", name_en="Minimal", name_ru="", city="",
                             legal_basis="", decision_date=None, radius_m=75.5,
                             geometry=point(-0.1276, 51.5072)), "t")


def test_feature_carries_every_field_in_a_stable_order(case):
    several(case)
    document = venues.export_geojson(case)
    assert [f["properties"]["slug"] for f in document["features"]] == [
        "almaly-square", "gandhi-park", "z-minimal"]
    feature = document["features"][1]
    assert list(feature) == ["type", "properties", "geometry"]
    assert list(feature["properties"]) == list(PROPERTIES)
    assert feature["properties"]["radius_m"] == 100 and feature["geometry"] == point()
    venue = venues.get(case, "gandhi-park")
    assert from_feature(to_feature(venue), 0) == replace(venue, id=None)


def test_geojson_round_trip_is_byte_for_byte(case, tmp_path):
    several(case)
    first = dumps(venues.export_geojson(case))
    (tmp_path / "venues.geojson").write_text(first, encoding="utf-8")
    with Case.create(tmp_path / "fresh", title="", timezone=None, actor="t") as fresh:
        ids = venues.import_geojson(fresh, tmp_path / "venues.geojson", "t")
        assert len(ids) == 3
        assert dumps(venues.export_geojson(fresh)) == first
        assert intact(fresh)
        assert {e.details["source"] for e in venue_entries(fresh)} == {"venues.geojson"}


def collection_file(tmp_path, *features) -> str:
    path = tmp_path / "in.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}),
                    encoding="utf-8")
    return str(path)


def good_feature(slug: str = "good") -> dict:
    return to_feature(a_venue(slug=slug))


def with_properties(**changes) -> dict:
    feature = good_feature("bad")
    feature["properties"].update(changes)
    return feature


BAD_FEATURES = [
    (with_properties(valid_to="31.08.2024"), "valid_to"),
    (with_properties(slug=None), "slug"),
    (with_properties(confidence="sure"), "confidence"),
    (with_properties(radius_m=None), "radius_m"),
    (with_properties(capacity=-3), "capacity"),
    (with_properties(colour="red"), "colour"),
    ({**good_feature("bad"), "geometry": None}, "geometry"),
    ({**good_feature("bad"), "geometry": point(lat=91)}, "geometry"),
    ({**good_feature("bad"), "type": "Point"}, "type"),
    ({"type": "Feature", "geometry": point()}, "properties"),
    (good_feature("good"), "slug"),  # the same slug twice in one file
]


@pytest.mark.parametrize(("bad", "field"), BAD_FEATURES,
                         ids=[f"{f}-{n}" for n, (_b, f) in enumerate(BAD_FEATURES)])
def test_a_bad_feature_is_named_and_nothing_is_imported(case, tmp_path, bad, field):
    path = collection_file(tmp_path, good_feature(), bad, good_feature("third"))
    with pytest.raises(KnownError) as caught:
        venues.import_geojson(case, path, "t")
    assert "Feature 2 (features[1])" in str(caught.value)
    assert f"field {field}" in str(caught.value)
    assert venues.all_venues(case) == [] and venue_entries(case) == []


@pytest.mark.parametrize(("content", "says"), [
    ("{not json", "not valid JSON"),
    (json.dumps({"type": "Feature", "properties": {}}), "not a GeoJSON FeatureCollection"),
    (json.dumps({"type": "FeatureCollection", "features": []}), "has no features"),
    (json.dumps([1, 2]), "not a GeoJSON FeatureCollection"),
])
def test_a_file_that_is_not_a_collection(case, tmp_path, content, says):
    (tmp_path / "x.geojson").write_text(content, encoding="utf-8")
    with pytest.raises(KnownError, match=says):
        venues.import_geojson(case, tmp_path / "x.geojson", "t")
    with pytest.raises(KnownError, match="No such file"):
        venues.import_geojson(case, tmp_path / "missing.geojson", "t")


def test_an_existing_slug_needs_replace(case, tmp_path):
    row_id = venues.add(case, a_venue(), "t")
    changed = to_feature(a_venue(capacity=1000))
    path = collection_file(tmp_path, good_feature("new-one"), changed)
    with pytest.raises(KnownError, match=r"Feature 2 .*'gandhi-park'.*--replace"):
        venues.import_geojson(case, path, "t")
    assert [v.slug for v in venues.all_venues(case)] == ["gandhi-park"]

    ids = venues.import_geojson(case, path, "t", replace_existing=True)
    assert ids[1] == row_id and venues.get(case, row_id).capacity == 1000
    assert [e.action for e in venue_entries(case)][-2:] == ["venue-imported", "venue-replaced"]
    assert venues.import_geojson(case, path, "t", replace_existing=True) == ids
    assert len(venue_entries(case)) == 3  # an identical replacement changes nothing
    assert intact(case)


# -- KML ---------------------------------------------------------------------------------


def test_kml_is_xml_with_a_placemark_per_venue_and_escapes_user_text(case):
    several(case)
    text = venues.export_kml(case)
    assert "<script>" not in text
    root = ET.fromstring(text)
    placemarks = root.findall(f"{KML}Document/{KML}Placemark")
    assert len(placemarks) == 3
    nasty = placemarks[0]
    assert nasty.findtext(f"{KML}name") == NASTY
    balloon = nasty.findtext(f"{KML}description")
    assert "<script>" not in balloon  # Google Earth reads it as HTML: escaped once more
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Ганди\"" in balloon
    assert "2020-07-01 to 2024-08-31" in balloon and "surveyed" in balloon
    rings = nasty.findall(f"{KML}Polygon/*/{KML}LinearRing/{KML}coordinates")
    assert [r.text.split()[0] for r in rings] == ["76.94,43.23", "76.944,43.234"]
    assert nasty.find(f"{KML}Polygon/{KML}innerBoundaryIs") is not None
    assert placemarks[1].findtext(f"{KML}Point/{KML}coordinates") == "76.9075,43.2445"


# -- the bundled Almaty dataset ----------------------------------------------------------


def test_the_bundled_almaty_dataset(case):
    assert "almaty-2020" in venues.bundled_datasets()
    ids = venues.import_geojson(case, venues.bundled("almaty-2020"), "t")
    found = venues.all_venues(case)
    assert len(ids) == len(found) == 3
    assert [v.slug for v in found] == ["gandhi-park", "sary-arka-cinema-square",
                                       "valikhanov-square"]
    for venue in found:
        assert venue.confidence is Confidence.APPROXIMATE
        assert venue.city == "Almaty" and venue.name_ru and venue.name_en
        assert venue.legal_basis == "Решение маслихата города Алматы от 23 июня 2020 года № 462"
        assert "approximate position, to be corrected" in venue.notes
        assert "checked on the ground" in venue.notes
        lon, lat = venue.geometry["coordinates"]
        assert 76.8 < lon < 77.05 and 43.15 < lat < 43.35  # central Almaty
        assert 60 <= venue.radius_m <= 120
    valikhanov = venues.get(case, "valikhanov-square")
    assert valikhanov.valid_to is None and "Imanov" in valikhanov.notes
    assert "valid_to" in valikhanov.notes
    assert intact(case)


def test_an_unknown_bundled_dataset(case):
    with pytest.raises(KnownError, match="almaty-2020"):
        venues.bundled("paris-1968")


# -- verify ------------------------------------------------------------------------------


def test_verify_catches_a_venue_edited_with_raw_sql(case, tmp_path):
    venues.import_geojson(case, venues.bundled("almaty-2020"), "t")
    row_id = venues.add(case, a_venue(slug="extra"), "t")
    venues.edit(case, row_id, {"capacity": 10}, "t")
    assert intact(case)
    conn = sqlite3.connect(case.root / "case.sqlite")
    conn.execute("UPDATE venues SET valid_to = '2021-01-01' WHERE slug = 'gandhi-park'")
    conn.commit()
    conn.close()
    problems = verify.verify(case, actor="auditor").problems
    gandhi = venues.get(case, "gandhi-park").id
    assert problems == [f"Venue {gandhi} differs from what the custody log recorded: it was "
                        "edited outside Skver."]
