"""The database's own soundness: SQLite's integrity checks, and a damaged database named as such.

A database SQLite finds damaged ("database disk image is malformed") is a problem the user
acts on (restore the case from a backup or a bundle), not a bug: wherever it is found, it
reaches them as a KnownError that says so, never as a traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from evidence.errors import KnownError

if TYPE_CHECKING:
    from evidence.store.case import Case

# SQLite's primary result codes for a damaged file (sqlite3.h); extended codes keep them in
# their low byte (SQLITE_CORRUPT_INDEX is 779 = 11 | 3 << 8).
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
SHOWN_LINES = 3
RESTORE = ("Restore the case folder from a backup, or start a new case from its latest "
           "evidence bundle (`import-bundle`); keep this copy as it is, for examination.")


def is_damage(exc: BaseException | None) -> TypeGuard[Exception]:
    """Whether `exc` is SQLite (or SQLCipher) saying the database file is damaged."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, Exception) and isinstance(code, int) and \
        code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


def damage_error(exc: BaseException, db: Path) -> KnownError:
    """The KnownError for damage SQLite found while Skver was reading or writing `db`."""
    return KnownError(f"The case database {db} is damaged (SQLite: {exc}), so Skver stopped; "
                      f"the change under way, if any, was not saved. `python main.py "
                      f"verify --case {db.parent}` shows what SQLite finds wrong. {RESTORE}")


@contextmanager
def damage_reported(db: Path) -> Iterator[None]:
    """Turns damage SQLite finds inside the block into `damage_error`."""
    try:
        yield
    except Exception as exc:
        if is_damage(exc):
            raise damage_error(exc, db) from exc
        raise


def integrity_problems(case: Case) -> list[str]:
    """What SQLite's integrity check finds wrong with the case's database, line by line
    (an encrypted case's pages are also checked against their HMACs); empty when sound."""
    found = _pragma(case.conn, "cipher_integrity_check") if case.encrypted else []
    # quick_check walks every page; integrity_check also compares each index with its table,
    # but raises, instead of reporting, when a page cannot be read at all.
    for pragma in ("quick_check", "integrity_check"):
        lines = _pragma(case.conn, pragma)
        if lines != ["ok"]:
            return found + lines
    return found


def refuse_if_damaged(case: Case, doing: str) -> None:
    """Before work that copies files into the case: a KnownError when its database is
    damaged, so that nothing is copied in that no row could then record."""
    lines = _pragma(case.conn, "quick_check")
    if case.encrypted:
        lines = _pragma(case.conn, "cipher_integrity_check") + lines
    lines = [line for line in lines if line != "ok"]
    if lines:
        from evidence.store.case import DB_FILE  # case.py imports this module

        db = case.root / DB_FILE
        raise KnownError(f"The case database {db} is damaged, so Skver did not start {doing} "
                         f"and changed nothing. SQLite reports {shown(lines)} {RESTORE}")


def shown(lines: list[str]) -> str:
    """The first few lines of what SQLite reports, and how many more there are."""
    text = "; ".join(f'"{line}"' for line in lines[:SHOWN_LINES])
    more = len(lines) - SHOWN_LINES
    return f"{text} (and {more} more)." if more > 0 else f"{text}."


def _pragma(conn: sqlite3.Connection, pragma: str) -> list[str]:
    """A checking pragma's report, one line per finding; damage that stops it is a finding."""
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except Exception as exc:  # sqlite3's or sqlcipher3's DatabaseError
        if not is_damage(exc):
            raise
        return [str(exc)]
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    return [line for line in lines if not line.startswith("*** in database")]
