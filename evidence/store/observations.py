"""The observations table: what reviewers saw in photos, in and out as `Observation` records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from evidence.model import Observation, Tag

if TYPE_CHECKING:
    from evidence.store.case import Case


def insert(case: Case, observation: Observation) -> Observation:
    """Writes an observation (its `observed_utc` as given) inside the caller's transaction;
    returns it with its id."""
    cursor = case.conn.execute(
        "INSERT INTO observations (photo_id, reviewer, observed_utc, tags, people_count, note) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (observation.photo_id, observation.reviewer, observation.observed_utc,
         tags_json(observation.tags), observation.people_count, observation.note))
    return get(case, int(cursor.lastrowid or 0))


def get(case: Case, observation_id: int) -> Observation:
    row = case.conn.execute("SELECT * FROM observations WHERE id = ?",
                            (observation_id,)).fetchone()
    return from_stored(row)


def by_photo(case: Case, photo_ids: Iterable[int] | None = None
             ) -> dict[int, tuple[Observation, ...]]:
    """Observations grouped by photo, oldest first: of every photo, or only of `photo_ids`."""
    if photo_ids is None:
        rows = case.conn.execute("SELECT * FROM observations ORDER BY id")
    else:
        wanted = sorted(set(photo_ids))
        rows = case.conn.execute(
            f"SELECT * FROM observations WHERE photo_id IN ({', '.join('?' * len(wanted))}) "
            "ORDER BY id", wanted)
    grouped: dict[int, list[Observation]] = {}
    for row in rows:
        grouped.setdefault(row["photo_id"], []).append(from_stored(row))
    return {photo_id: tuple(found) for photo_id, found in grouped.items()}


def tags_json(tags: Iterable[Tag]) -> str:
    """How a row keeps its tags: a JSON list of their names, in the order given."""
    return json.dumps([t.value for t in tags])


def from_stored(row: Mapping[str, Any]) -> Observation:
    return Observation(row["photo_id"], row["reviewer"],
                       tuple(Tag(t) for t in json.loads(row["tags"])), row["people_count"],
                       row["note"], row["observed_utc"], row["id"])
