"""Rows people edit (venues, claims, observations, redactions) are vouched for by custody.

Every change to such a row goes through `change()`, which writes the row and a custody entry
carrying the row's digest in one transaction. `problems()` then finds any row whose content
no custody entry accounts for: added, edited or deleted outside Skver.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from evidence import custody

AUDITED_TABLES = ("venues", "claims", "observations", "redactions")


def row_digest(conn: sqlite3.Connection, table: str, row_id: int) -> str | None:
    """SHA-256 of a row's every column, or None when the row does not exist."""
    _check(table)
    row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return None if row is None else custody.digest(dict(row))


def record(case: Any, actor: str, action: str, table: str, row_id: int,
           details: dict[str, Any] | None = None) -> custody.Entry:
    """Records, inside the caller's transaction, the row as it now is (or that it is gone)."""
    digest = row_digest(case.conn, table, row_id)
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


def problems(conn: sqlite3.Connection, log: Iterable[custody.Entry]) -> list[str]:
    """Rows of audited tables that differ from what the log last recorded for them."""
    recorded = last_recorded(log)
    found = []
    for table in AUDITED_TABLES:
        rows = {row["id"]: custody.digest(dict(row))
                for row in conn.execute(f"SELECT * FROM {table}")}
        for row_id, digest in sorted(rows.items()):
            if (table, row_id) not in recorded:
                found.append(f"{_label(table, row_id)} is not in the custody log: it was added "
                             "outside Skver.")
            elif recorded[(table, row_id)] != digest:
                found.append(f"{_label(table, row_id)} differs from what the custody log "
                             "recorded: it was edited outside Skver.")
        for (t, row_id), digest in sorted(recorded.items()):
            if t == table and digest is not None and row_id not in rows:
                found.append(f"{_label(table, row_id)} is in the custody log but no longer in "
                             "the case: it was deleted outside Skver.")
    return found


def _label(table: str, row_id: int) -> str:
    return f"{table[:-1].capitalize()} {row_id}"


def _check(table: str) -> None:
    if table not in AUDITED_TABLES:  # table names cannot be bound as SQL parameters
        raise ValueError(f"{table} is not an audited table")
