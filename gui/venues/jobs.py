"""Venue changes as the session's tasks: each changes the case it is given (opened on the
session's worker) and says which venues it wrote, so the session reads them back and judges
their refusals again. Every change goes through `evidence.venues`, which checks it and records
its custody entry in the same transaction. No Qt here."""

from __future__ import annotations

from pathlib import Path

from evidence import venues
from evidence.errors import KnownError
from evidence.model import Venue
from evidence.store import Case
from evidence.tempfiles import replacing
from evidence.venue_geojson import collection, dumps
from evidence.venue_kml import kml
from gui.app.session import Written
from gui.app.state import Refresh

EDITABLE = tuple(name for name in venues.COLUMNS)


def save(case: Case, venue_id: int | None, venue: Venue, from_photo: int | None,
         actor: str) -> Written[int]:
    """Adds or edits the venue; a point taken from a photo says so in its custody entry."""
    # A venue placed from a photo is stored whole or not at all: one transaction.
    with case.transaction():
        if venue_id is None:
            venue_id = venues.add(case, venue, actor)
        else:
            venues.edit(case, venue_id, {n: getattr(venue, n) for n in EDITABLE}, actor)
        if from_photo is not None and venue.geometry.get("type") == "Point":
            venues.set_from_photo(case, venue_id, from_photo, actor, venue.radius_m)
    return Written(venue_id, Refresh(venues=frozenset({venue_id})))


def import_file(case: Case, source: str, replace_existing: bool,
                actor: str) -> Written[list[int]]:
    """Imports a GeoJSON file, or a bundled dataset named "bundled:NAME"; the venues' ids."""
    where = venues.bundled(source.removeprefix("bundled:")) \
        if source.startswith("bundled:") else source
    ids = venues.import_geojson(case, where, actor, replace_existing)
    return Written(ids, Refresh(venues=frozenset(ids)))


def export_file(every: list[Venue], out: str) -> str:
    """Writes the venues as KML (a .kml name) or GeoJSON (anything else); returns `out`."""
    ordered = sorted(every, key=lambda v: v.slug)
    text = kml(ordered) if out.lower().endswith(".kml") else dumps(collection(ordered))
    try:
        with replacing(Path(out)) as temp:   # whole or not at all, the owner's only
            temp.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise KnownError(f"The venues could not be written to {out}: "
                         f"{exc.strerror or exc}.") from None
    return out
