"""The proofs table: what a capture app's proof (ProofMode, Tella) states about a photo.

Rows are written only by the import (evidence/proofs.py), each in the transaction of its
`proof-recorded` custody entry, whose details carry the row's digest (`digest_of`); they are never
changed or deleted (the table's triggers refuse it), so `verify` can hold every row to its entry.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from evidence import custody
from evidence.model import Corroboration, ProofFile, ProofKind, ProofRole, SignatureState

if TYPE_CHECKING:
    from evidence.store.case import Case

_COLUMNS = ("photo_id", "kind", "signature", "source_name", "stated_sha256", "hash_matches",
            "stated_utc", "latitude", "longitude", "accuracy_m", "provider", "location_utc",
            "network", "device", "device_id", "key_fingerprint", "signature_failures", "fields",
            "files")


def as_json(item: Corroboration) -> dict[str, Any]:
    """The record as JSON (`inspect --json`'s and `photos --json`'s `proofs`, the custody
    entry's digest, the bundle's manifest): times in ISO 8601 UTC, enums by value."""
    return {
        "kind": item.kind.value, "signature": item.signature.value,
        "source_name": item.source_name, "stated_sha256": item.stated_sha256,
        "hash_matches": item.hash_matches, "stated_utc": _iso(item.stated_utc),
        "latitude": item.latitude, "longitude": item.longitude, "accuracy_m": item.accuracy_m,
        "provider": item.provider, "location_utc": _iso(item.location_utc),
        "network": item.network, "device": item.device, "device_id": item.device_id,
        "key_fingerprint": item.key_fingerprint,
        "key_self_issued": item.key_fingerprint is not None,
        "signature_failures": list(item.signature_failures),
        "fields": [list(pair) for pair in item.fields],
        "files": [f.as_json() for f in item.files]}


def from_json(photo_id: int, value: Mapping[str, Any], *, id: int | None = None,
              custody_seq: int | None = None) -> Corroboration:
    """The record `as_json` wrote (a bundle's manifest, a stored row)."""
    return Corroboration(
        photo_id=photo_id, kind=ProofKind(value["kind"]),
        signature=SignatureState(value["signature"]), source_name=value["source_name"],
        stated_sha256=value.get("stated_sha256"), hash_matches=value.get("hash_matches"),
        stated_utc=_time(value.get("stated_utc")), latitude=value.get("latitude"),
        longitude=value.get("longitude"), accuracy_m=value.get("accuracy_m"),
        provider=value.get("provider"), location_utc=_time(value.get("location_utc")),
        network=value.get("network"), device=value.get("device"),
        device_id=value.get("device_id"), key_fingerprint=value.get("key_fingerprint"),
        signature_failures=tuple(value.get("signature_failures") or ()),
        fields=tuple((str(k), str(v)) for k, v in value.get("fields") or ()),
        files=tuple(ProofFile(ProofRole(f["role"]), f["name"], f["sha256"], f["stored_path"],
                              int(f["size_bytes"])) for f in value.get("files") or ()),
        id=id, custody_seq=custody_seq)


def digest_of(item: Corroboration) -> str:
    """The digest a row's custody entry vouches for (the photo it belongs to included)."""
    return custody.digest({"photo_id": item.photo_id, **as_json(item)})


def add(case: Case, item: Corroboration, custody_seq: int) -> int:
    """Inserts a proof's row inside the caller's transaction; returns its id."""
    value = as_json(item)
    row = (item.photo_id, value["kind"], value["signature"], item.source_name,
           item.stated_sha256, None if item.hash_matches is None else int(item.hash_matches),
           value["stated_utc"], item.latitude, item.longitude, item.accuracy_m, item.provider,
           value["location_utc"], item.network, item.device, item.device_id,
           item.key_fingerprint, custody.canonical(value["signature_failures"]),
           custody.canonical(value["fields"]), custody.canonical(value["files"]))
    cursor = case.conn.execute(
        f"INSERT INTO proofs ({', '.join(_COLUMNS)}, custody_seq) "
        f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})", (*row, custody_seq))
    return int(cursor.lastrowid or 0)


def of_photo(case: Case, photo_id: int) -> list[Corroboration]:
    return _rows(case, "WHERE photo_id = ?", (photo_id,))


def all_proofs(case: Case) -> list[Corroboration]:
    """Every proof, by photo id then id."""
    return _rows(case, "", ())


def by_photo(case: Case) -> dict[int, tuple[Corroboration, ...]]:
    found: dict[int, list[Corroboration]] = {}
    for item in all_proofs(case):
        found.setdefault(item.photo_id, []).append(item)
    return {k: tuple(v) for k, v in found.items()}


def _rows(case: Case, where: str, args: tuple[Any, ...]) -> list[Corroboration]:
    query = f"SELECT * FROM proofs {where} ORDER BY photo_id, id"
    return [_record(row) for row in case.conn.execute(query, args)]


def _record(row: Any) -> Corroboration:
    matches = row["hash_matches"]
    value = {key: row[key] for key in _COLUMNS if key not in (
        "signature_failures", "fields", "files", "hash_matches")}
    value.update(hash_matches=None if matches is None else bool(matches),
                 signature_failures=json.loads(row["signature_failures"]),
                 fields=json.loads(row["fields"]), files=json.loads(row["files"]))
    return from_json(row["photo_id"], value, id=row["id"], custody_seq=row["custody_seq"])


def _iso(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z, as every time the command line prints."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _time(text: str | None) -> datetime | None:
    return None if not text else datetime.fromisoformat(text)
