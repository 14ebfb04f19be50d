"""The custody table: entries appended inside the change they record, and read back in order.

The chain itself (each entry's hash over its fields and the previous hash, the head anchor) is
`evidence.custody`'s; this module only keeps and reads the rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from evidence.custody import GENESIS, Entry, canonical, now_utc

if TYPE_CHECKING:
    from evidence.store.case import Case


def append(conn: sqlite3.Connection, actor: str, action: str, object_hash: str | None = None,
           details: dict[str, Any] | None = None, at_utc: str | None = None) -> Entry:
    """Adds an entry; call inside the transaction that makes the change it records."""
    last = conn.execute("SELECT seq, entry_hash FROM custody ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = Entry(seq, at_utc or now_utc(), actor, action, object_hash, details or {}, prev, "")
    entry = replace(entry, entry_hash=entry.computed_hash())
    conn.execute("INSERT INTO custody (seq, at_utc, actor, action, object_hash, details, "
                 "prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (entry.seq, entry.at_utc, entry.actor, entry.action, entry.object_hash,
                  canonical(entry.details), entry.prev_hash, entry.entry_hash))
    return entry


def entries(case: Case, after: int = 0) -> Iterator[Entry]:
    """Every entry (after `after`) in order. A details field that is not JSON is kept as
    {"unreadable": text}."""
    for row in case.conn.execute("SELECT * FROM custody WHERE seq > ? ORDER BY seq", (after,)):
        yield _entry(row)


def at(conn: sqlite3.Connection, seq: int) -> Entry | None:
    """The entry numbered `seq`, if the log has it."""
    row = conn.execute("SELECT * FROM custody WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else _entry(row)


def last_seq(conn: sqlite3.Connection) -> int:
    """The number of the log's last entry (0 when it is empty)."""
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM custody").fetchone()[0])


def _entry(row: sqlite3.Row) -> Entry:
    try:
        details = json.loads(row["details"])
    except ValueError:
        details = {"unreadable": row["details"]}
    return Entry(row["seq"], row["at_utc"], row["actor"], row["action"], row["object_hash"],
                 details, row["prev_hash"], row["entry_hash"])


def first(case: Case, action: str, object_hash: str) -> Entry | None:
    """The earliest entry of `action` about `object_hash`, if any."""
    row = case.conn.execute("SELECT seq FROM custody WHERE action = ? AND object_hash = ? "
                            "ORDER BY seq LIMIT 1", (action, object_hash)).fetchone()
    return None if row is None else next(entries(case, after=row["seq"] - 1))


def last_about(case: Case, object_hash: str) -> Entry | None:
    """The latest entry about `object_hash` (whatever its action), if any."""
    row = case.conn.execute("SELECT seq FROM custody WHERE object_hash = ? "
                            "ORDER BY seq DESC LIMIT 1", (object_hash,)).fetchone()
    return None if row is None else at(case.conn, row["seq"])
