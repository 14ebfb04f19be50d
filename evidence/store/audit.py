"""Rows people edit (venues, claims, observations, redactions) are vouched for by custody.

Every change to such a row is written with `record()` in the same transaction: a custody entry
carrying the row's digest. `problems()` then finds any row whose content no custody entry
accounts for: added, edited or deleted outside Skver. The rows' digests cover every column as
stored (a column added by a later migration only once it is set), so `rows_as_stored` gives
them as they are (an evidence bundle carries them so).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from evidence import custody

if TYPE_CHECKING:
    from evidence.store.case import Case

AUDITED_TABLES = ("venues", "claims", "observations", "redactions", "occupancy_pages",
                  "occupancy_entries")
# Columns a migration added to an audited table after rows of it had been recorded. While NULL
# they are left out of a row as recorded (its digest, a bundle's manifest), so a row recorded
# before them is vouched for as it was, and an older Skver reads a bundle without them.
LATER_COLUMNS = {"observations": ("replaces", "withdraws", "at_s"),
                 "claims": ("assembly_form", "notified_on", "answered_on", "ground"),
                 "occupancy_pages": ("events_recorded", "events_recorded_by",
                                     "events_recorded_utc")}


def as_recorded(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row as its custody entry vouches for it: every column, those added later only when
    set."""
    later = LATER_COLUMNS.get(table, ())
    return {k: v for k, v in dict(row).items() if not (k in later and v is None)}


def digest_of(table: str, row: Mapping[str, Any]) -> str:
    """The digest a custody entry records for a row of `table`."""
    return custody.digest(as_recorded(table, row))


def row_digest(case: Case, table: str, row_id: int) -> str | None:
    """SHA-256 of a row's every column, or None when the row does not exist."""
    _check(table)
    row = case.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return None if row is None else digest_of(table, row)


def rows_as_stored(case: Case, table: str) -> list[dict[str, Any]]:
    """Every row of an audited table as recorded (`as_recorded`), in id order."""
    _check(table)
    return [as_recorded(table, row)
            for row in case.conn.execute(f"SELECT * FROM {table} ORDER BY id")]


def record(case: Case, actor: str, action: str, table: str, row_id: int,
           details: dict[str, Any] | None = None) -> custody.Entry:
    """Records, inside the caller's transaction, the row as it now is (or that it is gone)."""
    digest = row_digest(case, table, row_id)
    return case.record(actor, action, digest, {
        **(details or {}), "table": table, "row_id": row_id, "row_sha256": digest})


def last_recorded(log: Iterable[custody.Entry],
                  tables: Iterable[str] = AUDITED_TABLES) -> dict[tuple[str, int], str | None]:
    """{(table, row id): the row's digest as the log last recorded it (None: deleted)}."""
    wanted = set(tables)
    recorded: dict[tuple[str, int], str | None] = {}
    for entry in log:
        table, row_id = entry.details.get("table"), entry.details.get("row_id")
        if table in wanted and isinstance(row_id, int):
            recorded[(table, row_id)] = entry.details.get("row_sha256")
    return recorded


def problems(case: Case, log: Iterable[custody.Entry]) -> list[str]:
    """Rows of audited tables that differ from what the log last recorded for them."""
    recorded = last_recorded(log)
    found = []
    for table in AUDITED_TABLES:
        stored = {row["id"]: row for row in rows_as_stored(case, table)}
        for row_id, row in sorted(stored.items()):
            if (table, row_id) not in recorded:
                found.append(f"{label(table, row)} is not in the custody log: it was added "
                             "outside Skver.")
            elif recorded[(table, row_id)] != custody.digest(row):
                found.append(f"{label(table, row)} differs from what the custody log "
                             "recorded: it was edited outside Skver.")
        for (t, row_id), last in sorted(recorded.items()):
            if t == table and last is not None and row_id not in stored:
                found.append(f"{label(table, {'id': row_id})} is in the custody log but no "
                             "longer in the case: it was deleted outside Skver.")
    return found


_NAMES = {"occupancy_pages": "Occupancy page", "occupancy_entries": "Occupancy entry"}


def label(table: str, row: Mapping[str, Any]) -> str:
    """How a row is named in a problem: "Venue 3"; a correction or a withdrawal of an
    observation says which observation it corrects or withdraws."""
    name = f"{_NAMES.get(table, table[:-1].capitalize())} {row.get('id')}"
    if table == "observations" and row.get("withdraws") is not None:
        return f"{name} (the withdrawal of observation {row.get('withdraws')})"
    if table == "observations" and row.get("replaces") is not None:
        return f"{name} (the correction of observation {row.get('replaces')})"
    return name


def _check(table: str) -> None:
    if table not in AUDITED_TABLES:  # table names cannot be bound as SQL parameters
        raise ValueError(f"{table} is not an audited table")
