"""The custody log: an append-only, hash-chained record of everything done to a case.

This module is the chain's logic; the rows live in the custody table (`evidence.store.log`).

Each entry's hash covers its own fields and the previous entry's hash, so editing, removing or
reordering an entry breaks every hash after it. The last entry's (seq, hash) is also kept in a
file beside the database (the head anchor), so that cutting entries off the end is caught too,
and in this computer's data folder (`evidence.witness`), so that an older database put back
with its older head anchor is caught as well. A write that finds the log short of either anchor
first records that in the log itself (a `custody-discrepancy` entry, see `DISCREPANCY`): the
finding stays in the chain, and `verify` names it from then on, whatever the anchors say later.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from evidence.printable import printable

GENESIS = "0" * 64
DISCREPANCY = "custody-discrepancy"
HEAD_ANCHOR, WITNESS = "custody-head", "witness"


def canonical(value: Any) -> str:
    """The one JSON spelling of a value: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(value: Any) -> str:
    return hashlib.sha256(canonical(value).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Entry:
    seq: int
    at_utc: str
    actor: str
    action: str
    object_hash: str | None
    details: dict[str, Any]
    prev_hash: str
    entry_hash: str

    def computed_hash(self) -> str:
        return digest([self.seq, self.at_utc, self.actor, self.action, self.object_hash,
                       canonical(self.details), self.prev_hash])


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def chain_problems(log: Iterable[Entry]) -> tuple[list[str], Entry | None]:
    """(what is wrong with the chain, in sentences; the last entry)."""
    problems: list[str] = []
    expected_seq, expected_prev, last = 1, GENESIS, None
    for entry in log:
        if entry.seq != expected_seq:
            problems.append(f"Custody entries {expected_seq}–{entry.seq - 1} are missing: the "
                            "log has been cut.")
        if entry.prev_hash != expected_prev:
            problems.append(f"Custody entry {entry.seq} does not follow the entry before it: "
                            "the chain is broken (an entry was removed, inserted or changed).")
        if entry.computed_hash() != entry.entry_hash:
            problems.append(f"Custody entry {entry.seq} ({printable(str(entry.action))}, "
                            f"{printable(str(entry.at_utc))}) does not match its own hash: it "
                            "was edited after it was written.")
        expected_seq, expected_prev, last = entry.seq + 1, entry.entry_hash, entry
    return problems, last


def head_bytes(entry: Entry) -> bytes:
    """The head anchor's content; the case writes it beside the database (`Case.files`)."""
    return f"{entry.seq} {entry.entry_hash}\n".encode("ascii")


def parse_head(data: bytes) -> tuple[int, str] | None:
    try:
        seq, entry_hash = data.decode("ascii").split()
        return int(seq), entry_hash
    except ValueError:
        return None


def head_problems(head: tuple[int, str] | None, log: list[Entry]) -> list[str]:
    """Whether the log still reaches the entry the head anchor names."""
    if head is None:
        return ["The custody head anchor (custody-head) is missing or unreadable, so a cut at "
                "the end of the log could not be ruled out."]
    seq, entry_hash = head
    by_seq = {entry.seq: entry for entry in log}
    if seq not in by_seq:
        last = log[-1].seq if log else 0
        return [f"The custody log ends at entry {last}, but it had reached entry {seq}: "
                "entries were cut from its end."]
    if by_seq[seq].entry_hash != entry_hash:
        return [f"Custody entry {seq} is not the entry the head anchor recorded: the log was "
                "rewritten."]
    return []


def shortfall(anchor: tuple[int, str] | None, at_anchor: Entry | None,
              last_seq: int) -> str | None:
    """How the log falls short of an anchor's (seq, hash): "cut" (it ends before that entry),
    "rewritten" (that entry is another one), or None (it reaches the anchor, or passes it)."""
    if anchor is None:
        return None
    seq, entry_hash = anchor
    if seq > last_seq:
        return "cut"
    if at_anchor is None or at_anchor.entry_hash != entry_hash:
        return "rewritten"
    return None


def discrepancy_problem(entry: Entry) -> str:
    """What a `custody-discrepancy` entry records, as a sentence for the verification."""
    d = entry.details
    anchor, found = d.get("anchor"), d.get("found")
    seq, last = printable(str(d.get("anchor_seq"))), printable(str(d.get("log_last_seq")))
    when = f"On {printable(str(entry.at_utc))} (custody entry {entry.seq} records it), "
    if anchor == WITNESS and found == "cut":
        return (when + f"the custody log ended at entry {last}, but the computer that wrote "
                f"to the case had seen it reach entry {seq}: an older copy of the case "
                "(its database and head anchor) had been put back, and what came after was "
                "lost.")
    if anchor == WITNESS:
        return (when + f"custody entry {seq} was not the one the computer that wrote to the "
                "case had seen: the case had been replaced by a copy changed elsewhere, or its "
                "log had been rewritten.")
    if found == "missing":
        return (when + "the custody head anchor (custody-head) was missing or unreadable, so "
                "a cut at the end of the log could not be ruled out.")
    if found == "cut":
        return (when + f"the custody log ended at entry {last}, but the head anchor named "
                f"entry {seq}: entries had been cut from its end.")
    return (when + f"custody entry {seq} was not the entry the head anchor named: the log had "
            "been rewritten.")
