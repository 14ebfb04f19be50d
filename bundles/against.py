"""A bundle checked against what its maker does not control: a fingerprint given by another
route, and the report that was filed in court.

A forger can change a bundle and make every internal check agree again: new hashes, a new
custody chain, a new signature with a key of their own. What they cannot change is a report
already filed, or a fingerprint already handed over. So:

- `--expect-fingerprint FP`: the bundle must be signed, validly, by that key;
- `--against REPORT.pdf` (or .html): the bundle must be of the report's case, signed by the key
  its cover names, hold the custody entry it recorded (same seq, same hash: with the chain
  recomputed, that vouches for every entry before it), and hold every exhibit it shows;
- the reports inside the bundle are read the same way: each must name the key that signed the
  bundle and a custody entry its log holds.

Every disagreement is a sentence naming what differs.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from evidence.custody import Entry
from evidence.printable import printable
from reports.anchor import Anchor


def fingerprint_problems(expected: str, signature: str, found: str | None) -> list[str]:
    """The bundle's signature against a fingerprint given by another route (`normalised`)."""
    if signature == "unsigned":
        return [f"The bundle is not signed, but it was expected to be signed by the key "
                f"{expected}."]
    if signature != "valid":
        return [f"The bundle's signature is not valid, so it was not made with the key "
                f"{expected}."]
    if found != expected:
        return [f"The bundle is signed by the key {found}, not by the expected key {expected}: "
                "it was not signed by the case you were told of (it was re-signed, or comes "
                "from another case)."]
    return []


def anchor_problems(anchor: Anchor, what: str, manifest: dict[str, Any], log: list[Entry],
                    signature: str, found: str | None, *, check_key: bool = True) -> list[str]:
    """How the bundle disagrees with a report's anchor; `what` names the report. Without
    `check_key` the signing key is left out (an unsigned bundle's own reports)."""
    problems = []
    case_id = (manifest.get("case") or {}).get("id")
    if anchor.case_id != case_id:
        problems.append(f"{what} is a report on case {printable(anchor.case_id)}; the bundle is "
                        f"of case {printable(str(case_id))}.")
    if not check_key:
        pass
    elif anchor.fingerprint is None:
        problems.append(f"{what} names no signing key of its case, so the bundle's key cannot "
                        "be checked against it; compare fingerprints by another route.")
    elif signature != "valid" or found != anchor.fingerprint:
        signed = "not signed validly" if signature != "valid" else f"signed by the key {found}"
        problems.append(f"The bundle is {signed}, but {what} names the case's key "
                        f"{printable(anchor.fingerprint)}: the bundle was not made by that case, "
                        "or was re-signed after a change.")
    if anchor.head is not None:
        problems += _head_problems(anchor.head, what, log)
    originals = {f["sha256"] for f in manifest.get("files", []) if f.get("kind") == "photo"}
    for label, sha in anchor.exhibits:
        if sha not in originals:
            problems.append(f"Exhibit {label} of {what} (SHA-256 {sha}) is not among the "
                            "bundle's originals: it was removed or changed.")
    return problems


def _head_problems(head: tuple[int, str], what: str, log: list[Entry]) -> list[str]:
    seq, entry_hash = head
    entry = next((e for e in log if e.seq == seq), None)
    if entry is None:
        return [f"The bundle's custody log has no entry {seq}, which {what} recorded (hash "
                f"{entry_hash}): the log was cut or rewritten since the report was written."]
    if entry.entry_hash != entry_hash:
        return [f"Custody entry {seq} in the bundle is not the one {what} recorded (hash "
                f"{entry_hash}, not {entry.entry_hash}): the history before the report was "
                "changed (an entry edited, removed, inserted or reordered)."]
    return []


def filed_file_note(path: Path, log: list[Entry]) -> str:
    """Whether the bundle's custody log records that this very file was written."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    written = next((e for e in log if e.action == "report-written" and
                    e.object_hash == digest), None)
    if written is None:
        return (f"The bundle's custody log does not record the writing of {path.name} itself "
                f"(SHA-256 {digest}); it may have been written from another copy of the case "
                "or saved again since. Its anchor was checked above.")
    return (f"The bundle's custody log records the writing of {path.name} itself (entry "
            f"{written.seq}, {written.at_utc}, by {written.actor}).")
