"""What reviewers see in photos: tags, a head count and a note, each signed and logged."""

from __future__ import annotations

import json
import sqlite3

from evidence import audit, custody
from evidence.errors import KnownError
from evidence.model import Observation, Tag
from evidence.store import Case


def find_photo(case: Case, ref: str) -> sqlite3.Row:
    """A photo by its case id, or by the start of its SHA-256 (at least 8 hex digits)."""
    ref = ref.strip().lower()
    if ref.isdigit():
        row = case.conn.execute("SELECT * FROM photos WHERE id = ?", (int(ref),)).fetchone()
        rows = [row] if row else []
    elif len(ref) >= 8 and all(c in "0123456789abcdef" for c in ref):
        rows = case.conn.execute("SELECT * FROM photos WHERE sha256 LIKE ? LIMIT 2",
                                 (ref + "%",)).fetchall()
    else:
        rows = []
    if len(rows) != 1:
        what = "matches several photos" if rows else "matches no photo in this case"
        raise KnownError(f"'{ref}' {what}; give the photo's id (see `photos`) or at least "
                         "8 digits of its SHA-256.")
    return rows[0]


def parse_tags(names: list[str]) -> tuple[Tag, ...]:
    """Tag names as given by a user, checked, without repeats, in a stable order."""
    known = {t.value: t for t in Tag}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise KnownError(f"Unknown tag(s): {', '.join(unknown)}. Tags: {', '.join(known)}.")
    return tuple(sorted({known[n] for n in names}, key=lambda t: t.value))


def add(case: Case, observation: Observation, actor: str) -> int:
    """Records an observation and its custody entry in one transaction."""
    if observation.people_count is not None and observation.people_count < 0:
        raise KnownError("people_count cannot be negative.")
    if not observation.tags and observation.people_count is None and not observation.note:
        raise KnownError("An observation needs at least a tag, a people count or a note.")
    photo = case.conn.execute("SELECT sha256 FROM photos WHERE id = ?",
                              (observation.photo_id,)).fetchone()
    if photo is None:
        raise KnownError(f"There is no photo {observation.photo_id} in this case.")
    with case.transaction():
        row_id = case.conn.execute(
            "INSERT INTO observations (photo_id, reviewer, observed_utc, tags, people_count, "
            "note) VALUES (?, ?, ?, ?, ?, ?)",
            (observation.photo_id, observation.reviewer, custody.now_utc(),
             json.dumps([t.value for t in observation.tags]), observation.people_count,
             observation.note)).lastrowid
        audit.record(case, actor, "observation", "observations", int(row_id),
                     {"photo_sha256": photo["sha256"], "reviewer": observation.reviewer})
    return int(row_id)


def by_photo(case: Case) -> dict[int, list[Observation]]:
    """Every observation, grouped by photo, oldest first."""
    grouped: dict[int, list[Observation]] = {}
    for row in case.conn.execute("SELECT * FROM observations ORDER BY id"):
        grouped.setdefault(row["photo_id"], []).append(_observation(row))
    return grouped


def _observation(row: sqlite3.Row) -> Observation:
    return Observation(row["photo_id"], row["reviewer"],
                       tuple(Tag(t) for t in json.loads(row["tags"])), row["people_count"],
                       row["note"], row["observed_utc"], row["id"])
