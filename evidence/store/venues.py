"""The venues table: rows in and out as `Venue` records.

Only rows: checking a venue and recording its custody entry are `evidence.venues`' work, inside
the transaction that calls these.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from evidence.model import Confidence, Venue
from evidence.venue_geojson import ordered_geometry

if TYPE_CHECKING:
    from evidence.store.case import Case

COLUMNS = tuple(f.name for f in fields(Venue) if f.name != "id")


def insert(case: Case, venue: Venue) -> int:
    values = _values(venue)
    cursor = case.conn.execute(f"INSERT INTO venues ({', '.join(values)}) VALUES "
                               f"({', '.join('?' * len(values))})", tuple(values.values()))
    return int(cursor.lastrowid or 0)


def update(case: Case, venue_id: int, venue: Venue) -> None:
    values = _values(venue)
    case.conn.execute(f"UPDATE venues SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                      (*values.values(), venue_id))


def by_id(case: Case, venue_id: int) -> Venue | None:
    row = case.conn.execute("SELECT * FROM venues WHERE id = ?", (venue_id,)).fetchone()
    return None if row is None else from_stored(row)


def by_slug(case: Case, slug: str) -> Venue | None:
    row = case.conn.execute("SELECT * FROM venues WHERE slug = ?", (slug,)).fetchone()
    return None if row is None else from_stored(row)


def all_venues(case: Case) -> list[Venue]:
    """Every venue, sorted by slug."""
    return [from_stored(r) for r in case.conn.execute("SELECT * FROM venues ORDER BY slug")]


def slug_ids(case: Case) -> dict[str, int]:
    """{slug: id} of every venue."""
    return {slug: row_id for slug, row_id in case.conn.execute("SELECT slug, id FROM venues")}


def _values(venue: Venue) -> dict[str, Any]:
    values = {name: getattr(venue, name) for name in COLUMNS}
    values["geometry"] = json.dumps(ordered_geometry(venue.geometry), ensure_ascii=False,
                                    separators=(",", ":"))
    values["confidence"] = str(venue.confidence)
    return values


def from_stored(row: Mapping[str, Any]) -> Venue:
    values = {name: row[name] for name in COLUMNS}
    values["geometry"] = json.loads(row["geometry"])
    values["confidence"] = Confidence(row["confidence"])
    return Venue(id=row["id"], **values)
