"""Damaging a case's database as a failing disk would: one page overwritten with garbage."""

from __future__ import annotations

from pathlib import Path

from evidence.store import DB_FILE, Case


def garbage(size: int) -> bytes:
    """Bytes that are no kind of SQLite page (the first is not a page type)."""
    return bytes((i * 37 + 11) % 256 for i in range(size))


def damage_page(root: Path, table: str, kind: str = "index") -> str:
    """Overwrites the root page of `table`'s first index (or, kind "table", of the table
    itself) with garbage; returns the name of what was damaged. Works on an encrypted case
    that this process has unlocked."""
    with Case.open(root) as case:
        # In WAL mode the newest copy of a page may still be in case.sqlite-wal, where damage
        # to the main file would stay unseen: every page goes back into the main file first.
        case.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = int(case.conn.execute("PRAGMA page_size").fetchone()[0])  # text in SQLCipher
        row = case.conn.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE type = ? AND tbl_name = ? "
            "ORDER BY rootpage LIMIT 1", (kind, table)).fetchone()
        name, page = row["name"], int(row["rootpage"])
    wal = root / f"{DB_FILE}-wal"
    assert not wal.exists() or wal.stat().st_size == 0, "the damage would not be on disk"
    with open(root / DB_FILE, "r+b") as db:
        db.seek((page - 1) * page_size)
        db.write(garbage(page_size))
    return str(name)
