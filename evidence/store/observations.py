"""The observations table: what reviewers saw in photos, in and out as `Observation` records.

Rows are only ever added (the table refuses UPDATE and DELETE). A correction is a row that
`replaces` an earlier one, a withdrawal a row that `withdraws` one; `in_effect` says which rows
of a photo still count.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from evidence.model import Observation, Tag

if TYPE_CHECKING:
    from evidence.store.case import Case

ByPhoto = Mapping[int, tuple[Observation, ...]]


def insert(case: Case, observation: Observation) -> Observation:
    """Writes an observation (its `observed_utc` as given) inside the caller's transaction;
    returns it with its id."""
    cursor = case.conn.execute(
        "INSERT INTO observations (photo_id, reviewer, observed_utc, tags, people_count, note, "
        "replaces, withdraws, at_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (observation.photo_id, observation.reviewer, observation.observed_utc,
         tags_json(observation.tags), observation.people_count, observation.note,
         observation.replaces, observation.withdraws, observation.at_s))
    return get(case, int(cursor.lastrowid or 0))


def get(case: Case, observation_id: int) -> Observation:
    row = case.conn.execute("SELECT * FROM observations WHERE id = ?",
                            (observation_id,)).fetchone()
    return from_stored(row)


def find(case: Case, observation_id: int) -> Observation | None:
    row = case.conn.execute("SELECT * FROM observations WHERE id = ?",
                            (observation_id,)).fetchone()
    return None if row is None else from_stored(row)


def superseding(case: Case, observation_id: int) -> Observation | None:
    """The row that corrects or withdraws this observation, if one does."""
    row = case.conn.execute(
        "SELECT * FROM observations WHERE replaces = ? OR withdraws = ?",
        (observation_id, observation_id)).fetchone()
    return None if row is None else from_stored(row)


def by_photo(case: Case, photo_ids: Iterable[int] | None = None
             ) -> dict[int, tuple[Observation, ...]]:
    """Every row (corrections and withdrawals too) grouped by photo, oldest first: of every
    photo, or only of `photo_ids`."""
    if photo_ids is None:
        rows = case.conn.execute("SELECT * FROM observations ORDER BY id")
    else:
        wanted = sorted(set(photo_ids))
        rows = case.conn.execute(
            f"SELECT * FROM observations WHERE photo_id IN ({', '.join('?' * len(wanted))}) "
            "ORDER BY id", wanted)
    return group(from_stored(row) for row in rows)


def group(observations: Iterable[Observation]) -> dict[int, tuple[Observation, ...]]:
    """Observations grouped by photo, each photo's in the order given."""
    grouped: dict[int, list[Observation]] = {}
    for observation in observations:
        grouped.setdefault(observation.photo_id, []).append(observation)
    return {photo_id: tuple(found) for photo_id, found in grouped.items()}


def superseded(rows: Iterable[Observation]) -> dict[int, Observation]:
    """{observation id: the row that corrects or withdraws it}."""
    found: dict[int, Observation] = {}
    for row in rows:
        target = row.replaces if row.replaces is not None else row.withdraws
        if target is not None:
            found[target] = row
    return found


def in_effect(rows: Iterable[Observation]) -> tuple[Observation, ...]:
    """The observations that count, in the order given: neither corrected nor withdrawn, and
    not themselves a withdrawal."""
    rows = tuple(rows)
    if all(r.replaces is None and r.withdraws is None for r in rows):
        return rows  # nothing was ever corrected or withdrawn (nearly every photo)
    ended = superseded(rows)
    return tuple(r for r in rows if not r.is_withdrawal and r.id not in ended)


def effective(history: ByPhoto) -> dict[int, tuple[Observation, ...]]:
    """Each photo's observations in effect (photos with none left out)."""
    found = {photo_id: in_effect(rows) for photo_id, rows in history.items()}
    return {photo_id: rows for photo_id, rows in found.items() if rows}


def tags_json(tags: Iterable[Tag]) -> str:
    """How a row keeps its tags: a JSON list of their names, in the order given."""
    return json.dumps([t.value for t in tags])


def from_stored(row: Mapping[str, Any]) -> Observation:
    """A row as stored, or as an evidence bundle's manifest carries it (one from before
    corrections has no `replaces` and `withdraws`, one from before videos no `at_s`)."""
    names = row.keys()
    return Observation(row["photo_id"], row["reviewer"],
                       tuple(Tag(t) for t in json.loads(row["tags"])), row["people_count"],
                       row["note"], row["observed_utc"], row["id"],
                       row["replaces"] if "replaces" in names else None,
                       row["withdraws"] if "withdraws" in names else None,
                       _seconds(row["at_s"]) if "at_s" in names else None)


def _seconds(value: Any) -> float | None:
    """A moment in a video as kept (a number), or None."""
    return None if value is None else float(value)
