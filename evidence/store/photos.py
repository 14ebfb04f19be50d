"""The photos and imports tables: each original kept once, and every time a file brought it in.

Rows are written only by the importer, inside the transaction that records the import's custody
entry; they are never changed afterwards.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from evidence.errors import KnownError
from evidence.model import ImportRecord, PhotoRecord

if TYPE_CHECKING:
    from evidence.store.case import Case

_PHOTO_COLUMNS = ("id, sha256, stored_path, size_bytes, media_type, inspection, taken_utc, "
                  "latitude, longitude, custody_seq")


def add(case: Case, *, sha256: str, stored_path: str, size_bytes: int, media_type: str,
        stored_json: str, taken_utc: str | None, latitude: float | None,
        longitude: float | None, custody_seq: int) -> int:
    """Inserts a photo's row inside the caller's transaction; returns its id."""
    cursor = case.conn.execute(
        "INSERT INTO photos (sha256, stored_path, size_bytes, media_type, inspection, "
        "taken_utc, latitude, longitude, custody_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sha256, stored_path, size_bytes, media_type, stored_json, taken_utc, latitude,
         longitude, custody_seq))
    return int(cursor.lastrowid or 0)


def add_import(case: Case, *, photo_id: int, source_path: str, source_name: str,
               imported_utc: str, actor: str, outcome: str, custody_seq: int,
               source_label: str = "", source_root: str | None = None,
               source_bundle: str | None = None) -> int:
    """Records, inside the caller's transaction, that a file brought a photo in: from where as
    its custody entry says it (`evidence.provenance.stored`)."""
    cursor = case.conn.execute(
        "INSERT INTO imports (photo_id, source_path, source_name, imported_utc, actor, "
        "outcome, custody_seq, source_label, source_root, source_bundle) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (photo_id, source_path, source_name, imported_utc, actor, outcome, custody_seq,
         source_label, source_root, source_bundle))
    return int(cursor.lastrowid or 0)


def all_photos(case: Case) -> list[PhotoRecord]:
    """Every photo, in id order, with the names it was imported under."""
    names = import_names(case)
    zone = case.info.timezone
    return [_record(row, names.get(row["id"], ()), zone)
            for row in case.conn.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos ORDER BY id")]


def get(case: Case, photo_id: int) -> PhotoRecord:
    """A photo by its id; a KnownError that says how to find one when there is none."""
    found = _where(case, "id = ?", (photo_id,))
    if not found:
        raise KnownError(f"There is no photo {photo_id} in this case; `python main.py photos "
                         f"--case {case.root}` lists its photos with their ids.")
    return found[0]


def by_sha(case: Case, sha256: str) -> PhotoRecord | None:
    found = _where(case, "sha256 = ?", (sha256,))
    return found[0] if found else None


def find(case: Case, ref: str) -> PhotoRecord:
    """A photo by its case id, or by the start of its SHA-256 (at least 8 hex digits)."""
    ref = ref.strip().lower()
    if ref.isascii() and ref.isdigit() and len(ref) <= 18:
        rows = _where(case, "id = ?", (int(ref),))
    elif len(ref) >= 8 and all(c in "0123456789abcdef" for c in ref):
        rows = _where(case, "sha256 LIKE ?", (ref + "%",), limit=2)
    else:
        rows = []
    if len(rows) != 1:
        what = "matches several photos" if rows else "matches no photo in this case"
        raise KnownError(f"'{ref}' {what}; give the photo's id (see `photos`) or at least "
                         "8 digits of its SHA-256.")
    return rows[0]


def count(case: Case) -> int:
    return int(case.conn.execute("SELECT count(*) FROM photos").fetchone()[0])


def stored_paths(case: Case) -> set[str]:
    return {row[0] for row in case.conn.execute("SELECT stored_path FROM photos")}


def uses_path(case: Case, relpath: str) -> bool:
    """Whether a photo's original is kept at `relpath` (a letter may share it)."""
    return case.conn.execute("SELECT 1 FROM photos WHERE stored_path = ?",
                             (relpath,)).fetchone() is not None


def all_imports(case: Case) -> list[ImportRecord]:
    """Every import, oldest first."""
    return [ImportRecord(row["id"], row["photo_id"], row["source_path"], row["source_name"],
                         row["imported_utc"], row["actor"], row["outcome"], row["custody_seq"],
                         row["source_label"], row["source_root"], row["source_bundle"])
            for row in case.conn.execute("SELECT * FROM imports ORDER BY id")]


def import_names(case: Case) -> dict[int, tuple[str, ...]]:
    """Each photo's file names as it was imported under them, first first, without repeats."""
    names: dict[int, list[str]] = {}
    for photo_id, name in case.conn.execute("SELECT photo_id, source_name FROM imports "
                                            "ORDER BY id"):
        known = names.setdefault(photo_id, [])
        if name not in known:
            known.append(name)
    return {photo_id: tuple(found) for photo_id, found in names.items()}


def _where(case: Case, condition: str, args: Iterable[Any], limit: int | None = None
           ) -> list[PhotoRecord]:
    query = f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE {condition} ORDER BY id"
    rows = case.conn.execute(query + (f" LIMIT {int(limit)}" if limit else ""),
                             tuple(args)).fetchall()
    if not rows:
        return []
    zone = case.info.timezone
    return [_record(row, _names_of(case, row["id"]), zone) for row in rows]


def _names_of(case: Case, photo_id: int) -> tuple[str, ...]:
    found: list[str] = []
    for (name,) in case.conn.execute("SELECT source_name FROM imports WHERE photo_id = ? "
                                     "ORDER BY id", (photo_id,)):
        if name not in found:
            found.append(name)
    return tuple(found)


def _record(row: sqlite3.Row, names: tuple[str, ...], zone: str | None) -> PhotoRecord:
    return PhotoRecord(row["id"], row["sha256"], row["stored_path"], row["size_bytes"],
                       row["media_type"], row["inspection"], row["taken_utc"], row["latitude"],
                       row["longitude"], row["custody_seq"], names, zone)
