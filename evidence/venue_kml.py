"""Venues as KML for Google Earth: one Placemark per venue, a Point or a Polygon.

Built with ElementTree, which XML-escapes every string. Google Earth also reads a
description as HTML, so each user string in it is HTML-escaped first: a venue named
`<script>` shows as text in the balloon instead of running.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from evidence.model import Confidence, Venue

KML_NS = "http://www.opengis.net/kml/2.2"
CONFIDENCE_MEANS = {
    Confidence.SURVEYED: "surveyed on the ground",
    Confidence.PHOTO_GPS: "taken from a photo's GPS position",
    Confidence.APPROXIMATE: "approximate: to be checked on the ground",
}


def kml(venues: Iterable[Venue]) -> str:
    """A KML document (text with its XML declaration), venues sorted by slug."""
    root = ET.Element("kml", xmlns=KML_NS)
    document = ET.SubElement(root, "Document")
    ET.SubElement(document, "name").text = "Skver venues"
    for venue in sorted(venues, key=lambda v: v.slug):
        _placemark(document, venue)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def description(venue: Venue) -> str:
    """The balloon text as HTML, each user string escaped."""
    names = " / ".join(n for n in (venue.name_en, venue.name_ru, venue.name_kk) if n)
    valid = f"{venue.valid_from or 'no start date'} to {venue.valid_to or 'no end date'}"
    rows = [("Names", names), ("City", venue.city), ("Legal basis", venue.legal_basis),
            ("Decision date", venue.decision_date or ""), ("Valid", valid),
            ("Confidence", f"{venue.confidence} ({CONFIDENCE_MEANS[venue.confidence]})"),
            ("Radius", f"{venue.radius_m:g} m" if venue.radius_m is not None else ""),
            ("Capacity", "" if venue.capacity is None else f"{venue.capacity} people"),
            ("Notes", venue.notes)]
    return "<br/>\n".join(f"<b>{label}</b>: {html.escape(value, quote=False)}"
                          for label, value in rows if value)


def _placemark(document: ET.Element, venue: Venue) -> None:
    placemark = ET.SubElement(document, "Placemark", id=f"venue-{venue.slug}")
    ET.SubElement(placemark, "name").text = venue.name_en
    ET.SubElement(placemark, "description").text = description(venue)
    data = ET.SubElement(ET.SubElement(placemark, "ExtendedData"), "Data", name="slug")
    ET.SubElement(data, "value").text = venue.slug
    geometry = venue.geometry
    if geometry["type"] == "Point":
        point = ET.SubElement(placemark, "Point")
        ET.SubElement(point, "coordinates").text = _position(geometry["coordinates"])
        return
    polygon = ET.SubElement(placemark, "Polygon")
    for n, ring in enumerate(geometry["coordinates"]):
        boundary = ET.SubElement(polygon, "outerBoundaryIs" if n == 0 else "innerBoundaryIs")
        linear = ET.SubElement(boundary, "LinearRing")
        ET.SubElement(linear, "coordinates").text = " ".join(_position(p) for p in ring)


def _position(position: list[float]) -> str:
    return ",".join(str(v) for v in position)
