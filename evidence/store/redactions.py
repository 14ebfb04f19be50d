"""The redactions table: what each photo's reports hide, as `Redaction` records."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from evidence.model import Redaction, Region

if TYPE_CHECKING:
    from evidence.store.case import Case


def put(case: Case, photo_id: int, regions: tuple[Region, ...] | list[Region], method: str,
        actor: str, created_utc: str, derived_sha256: str) -> int:
    """Sets a photo's redaction (a new row, or its row changed) inside the caller's
    transaction; returns the row's id."""
    values = (json.dumps([r.as_json() for r in regions], sort_keys=True), method, actor,
              created_utc, derived_sha256)
    old = get(case, photo_id)
    if old is None:
        cursor = case.conn.execute(
            "INSERT INTO redactions (regions, method, actor, created_utc, derived_sha256, "
            "photo_id) VALUES (?, ?, ?, ?, ?, ?)", (*values, photo_id))
        return int(cursor.lastrowid or 0)
    case.conn.execute("UPDATE redactions SET regions = ?, method = ?, actor = ?, "
                      "created_utc = ?, derived_sha256 = ? WHERE id = ?", (*values, old.id))
    return old.id


def delete(case: Case, redaction_id: int) -> None:
    case.conn.execute("DELETE FROM redactions WHERE id = ?", (redaction_id,))


def get(case: Case, photo_id: int) -> Redaction | None:
    found = _rows(case, "WHERE r.photo_id = ?", (photo_id,))
    return found[0] if found else None


def all_redactions(case: Case) -> list[Redaction]:
    """Every redaction, by photo id."""
    return _rows(case, "", ())


def _rows(case: Case, where: str, args: tuple[Any, ...]) -> list[Redaction]:
    query = ("SELECT r.*, p.sha256, p.stored_path FROM redactions r JOIN photos p "
             f"ON p.id = r.photo_id {where} ORDER BY r.photo_id")
    return [Redaction(row["id"], row["photo_id"], row["sha256"], row["stored_path"],
                      tuple(Region(**r) for r in json.loads(row["regions"])), row["method"],
                      row["actor"], row["created_utc"], row["derived_sha256"])
            for row in case.conn.execute(query, args)]
