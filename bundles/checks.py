"""Checks on what a bundle's manifest says, against its own custody log: no archive needed.

Export runs them before writing a bundle (a case whose records disagree with its log is not
exported), verification runs them on the bundle. Each problem is a sentence a lawyer can read;
the manifest's own words enter it through `printable`, as in bundles/verify.py.
"""

from __future__ import annotations

import json
from typing import Any

from bundles.manifest import (
    FORMAT_NAME,
    LATER_OBSERVATION_COLUMNS,
    OCCUPANCY_TABLES,
    READS_VERSIONS,
    TABLES,
    corrects,
)
from bundles.paths import files_problem
from evidence import custody, observations, store
from evidence.importer import photo_facts
from evidence.printable import printable
from evidence.store import CASE_INFO_KEYS, audit

HEX = set("0123456789abcdef")
ENTRY_FIELDS = {"seq", "at_utc", "actor", "action", "object_hash", "details", "prev_hash",
                "entry_hash"}


def shape_problem(manifest: Any) -> str | None:
    """Why this is not a manifest this version can read, or None."""
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), dict):
        return "manifest.json is not a Skver bundle manifest."
    fmt = manifest["format"]
    if fmt.get("name") != FORMAT_NAME:
        return f"manifest.json is not a Skver bundle manifest (format {fmt.get('name')!r})."
    if fmt.get("version") not in READS_VERSIONS:
        return (f"manifest.json is in bundle format version {printable(repr(fmt.get('version')))}"
                f"; this Skver reads versions {' and '.join(map(str, READS_VERSIONS))}. "
                "Verify it with the Skver that made it.")
    files = manifest.get("files")
    if not isinstance(files, list) or not all(_file_ok(f) for f in files):
        return "manifest.json's list of files is malformed: it was damaged or forged."
    problem = files_problem(files)  # paths that could land elsewhere or pass for another kind
    if problem:
        return problem
    if not _custody_ok(manifest.get("custody")) or not _rows_ok(manifest) or \
            not _signature_ok(manifest.get("signature")):
        return "manifest.json's custody, record or signature section is malformed."
    if not all(isinstance(manifest.get(k) or {}, dict) for k in ("case", "software")):
        return "manifest.json's case or software section is malformed."
    if fmt["version"] == 1 and corrects(manifest["observations"]):
        return ("manifest.json says bundle format version 1, but its observations include "
                "corrections or withdrawals, which only version 2 carries: it was damaged or "
                "forged.")
    return None


def _file_ok(f: Any) -> bool:
    if not (isinstance(f, dict) and isinstance(f.get("path"), str) and _is_sha(f.get("sha256"))
            and isinstance(f.get("size_bytes"), int) and isinstance(f.get("kind"), str)):
        return False
    if f["kind"] != "photo":
        return True
    return isinstance(f.get("photo_id"), int) and isinstance(f.get("custody_seq"), int) and \
        isinstance(f.get("inspection"), dict) and isinstance(f.get("stored_path"), str) and \
        isinstance(f.get("imports"), list) and all(_import_ok(i) for i in f["imports"])


def _import_ok(record: Any) -> bool:
    """An import record of a photo: its custody entry's number, outcome, time, actor, name."""
    return isinstance(record, dict) and isinstance(record.get("custody_seq"), int) and \
        isinstance(record.get("outcome"), str) and \
        all(isinstance(record.get(k), str | None) for k in ("imported_utc", "actor",
                                                             "source_name"))


def _custody_ok(section: Any) -> bool:
    head = section.get("head") if isinstance(section, dict) else None
    return isinstance(head, dict) and isinstance(head.get("seq"), int) and \
        isinstance(head.get("entry_hash"), str) and isinstance(section.get("entries"), int)


def _rows_ok(manifest: dict[str, Any]) -> bool:
    return all(isinstance(manifest.get(t), list) and
               all(isinstance(r, dict) and isinstance(r.get("id"), int) for r in manifest[t])
               for t in TABLES) and \
        all(isinstance(r.get(k), int | None) for r in manifest["observations"]
            for k in LATER_OBSERVATION_COLUMNS)


def _signature_ok(section: Any) -> bool:
    return section is None or (isinstance(section, dict) and
                               isinstance(section.get("public_key_fingerprint"), str))


def _is_sha(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= HEX


def parse_log(data: bytes) -> tuple[list[custody.Entry], str | None]:
    """The entries of custody.jsonl, or the problem with the first line that is not one."""
    entries = []
    for n, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), start=1):
        try:
            value = json.loads(line)
            if not _entry_ok(value):
                raise ValueError("not the fields of a custody entry")
            entries.append(custody.Entry(**value))
        except (ValueError, RecursionError) as exc:  # RecursionError: nested too deeply
            return entries, (f"custody.jsonl line {n} is not a custody entry "
                             f"({exc or type(exc).__name__}): the log was damaged or edited.")
    return entries, None


def _entry_ok(value: Any) -> bool:
    if not isinstance(value, dict) or set(value) != ENTRY_FIELDS:
        return False
    texts = ("at_utc", "actor", "action", "prev_hash", "entry_hash")
    return isinstance(value["seq"], int) and isinstance(value["details"], dict) and \
        all(isinstance(value[k], str) for k in texts) and \
        isinstance(value["object_hash"], str | None)


def content_problems(manifest: dict[str, Any], log: list[custody.Entry]) -> list[str]:
    """What the manifest says that its custody log does not bear out."""
    found, last = custody.chain_problems(log)
    found += _head(manifest["custody"], last, len(log))
    by_seq = {entry.seq: entry for entry in log}
    letters = {e.object_hash for e in log if e.action == "letter-attached"}
    for f in manifest["files"]:
        if f["kind"] == "photo":
            found += _photo(f, by_seq)
        if "claim_ids" in f and f["sha256"] not in letters:
            found.append(f"{printable(f['path'])} (the letter of claim(s) "
                         f"{printable(f['claim_ids'])}): no custody entry records that this "
                         "letter was attached.")
    found += _rows(manifest, log)
    found += _occupancy(manifest.get("occupancy"), log)
    found += _observation_links(manifest["observations"])
    found += _case(manifest.get("case") or {}, log)
    return found


def _case(info: dict[str, Any], log: list[custody.Entry]) -> list[str]:
    """The manifest's case (id, title, time zone ...) as the custody log last recorded it."""
    recorded: dict[str, Any] = {}
    for entry in log:
        if entry.action in ("case-created", "case-edited"):
            recorded.update({k: v for k, v in entry.details.items() if k in CASE_INFO_KEYS})
    changed = sorted(k for k in CASE_INFO_KEYS  # an unset time zone is "" or None
                     if (info.get(k) or "") != (recorded.get(k) or ""))
    if not changed:
        return []
    return [f"The bundle's record of its case differs from what its custody log recorded "
            f"({', '.join(changed)}): the manifest was edited."]


def _head(section: dict[str, Any], last: custody.Entry | None, count: int) -> list[str]:
    seq, entry_hash = section["head"]["seq"], section["head"]["entry_hash"]
    found_seq = last.seq if last else 0
    if (found_seq, last.entry_hash if last else custody.GENESIS) == (seq, entry_hash):
        return [] if count == section["entries"] else [
            f"custody.jsonl holds {count} entries, but the manifest records "
            f"{section['entries']}: entries were added or removed."]
    if found_seq < seq:
        return [f"The custody log in the bundle ends at entry {found_seq}, but the manifest "
                f"records that it reached entry {seq}: entries were cut from its end."]
    return [f"The custody log's last entry ({found_seq}) is not the one the manifest records "
            f"(entry {seq}, hash {entry_hash[:16]}…): the log was rewritten or extended."]


def _photo(f: dict[str, Any], by_seq: dict[int, custody.Entry]) -> list[str]:
    label = f"{printable(f['path'])} (photo {f['photo_id']})"
    entry = by_seq.get(f["custody_seq"])
    if entry is None or entry.action != "import" or entry.object_hash != f["sha256"]:
        return [f"{label}: the custody log has no import entry for a file with SHA-256 "
                f"{f['sha256']}, so nothing vouches for where it came from."]
    facts = photo_facts(f["stored_path"], f["size_bytes"], f.get("media_type"), f["inspection"])
    changed = sorted(k for k, v in facts.items() if entry.details.get(k) != v)
    found = [] if not changed else [
        f"{label}: its recorded {', '.join(changed)} differ from what custody entry "
        f"{entry.seq} recorded when it was imported."]
    actions = {"imported": "import", "duplicate": "import-duplicate"}
    for record in f["imports"]:
        entry = by_seq.get(record.get("custody_seq"))
        expected = (actions.get(record.get("outcome")), f["sha256"], record.get("imported_utc"),
                    record.get("actor"), record.get("source_name"))
        if entry is None or expected != (entry.action, entry.object_hash, entry.at_utc,
                                         entry.actor, entry.details.get("source_name")):
            quoted = printable(f"{record.get('source_name')}, {record.get('imported_utc')}")
            found.append(f"{label}: its import record ({quoted}) does not match the custody "
                         "log.")
    return found


def _observation_links(rows: list[dict[str, Any]]) -> list[str]:
    """The manifest's corrections and withdrawals each name an observation of their photo and
    reviewer, once (a row that cannot be read is named when the verdicts are judged again)."""
    try:
        read = [store.observations.from_stored(row) for row in rows]
    except (KeyError, TypeError, ValueError):
        return []
    return [f"In the manifest, {printable(p[0].lower() + p[1:])}"
            for p in observations.link_problems(read)]


def _occupancy(section: Any, log: list[custody.Entry]) -> list[str]:
    """The akimat's published occupancy's rows as the custody log last recorded each."""
    if section is None:
        return []
    if not isinstance(section, dict) or not all(
            isinstance(section.get(t), list) and all(isinstance(r, dict) and
                                                     isinstance(r.get("id"), int)
                                                     for r in section[t])
            for t in OCCUPANCY_TABLES):
        return ["manifest.json's occupancy section is not a list of rows per table: it was "
                "damaged or forged."]
    recorded = audit.last_recorded(log, OCCUPANCY_TABLES)
    return [f"{printable(audit.label(table, row))} in the manifest differs from what the "
            "custody log last recorded for it: edited outside Skver."
            for table in OCCUPANCY_TABLES for row in section[table]
            if recorded.get((table, row["id"]), "absent") != audit.digest_of(table, row)]


def _rows(manifest: dict[str, Any], log: list[custody.Entry]) -> list[str]:
    """Venues, claims and observations as the custody log last recorded each of them."""
    recorded = audit.last_recorded(log, TABLES)
    found = []
    for table in TABLES:
        label = table[:-1].capitalize()
        rows = {row["id"]: row for row in manifest[table]}
        for row_id in sorted(rows):
            row = rows[row_id]
            if recorded.get((table, row_id), "absent") != audit.digest_of(table, row):
                # a correction or a withdrawal says which observation it names
                found.append(f"{printable(audit.label(table, row))} in the manifest differs "
                             "from what the custody log last recorded for it: edited outside "
                             "Skver.")
        for (t, row_id), last in sorted(recorded.items()):
            if t == table and last is not None and row_id not in rows:
                found.append(f"{label} {row_id} is in the custody log but missing from the "
                             "manifest.")
    return found
