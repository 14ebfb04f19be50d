"""What this computer has seen of each case's custody log: a second anchor, outside the case.

The case keeps its own anchor (`custody-head`, beside the database), but a person who copies an
older `case.sqlite` back together with its older `custody-head` gives the case a consistent,
shorter past. This computer's data folder (`appdirs.user_data_dir()/witness/`) also remembers
the last entry (seq, hash) of every case it wrote to, so that such a pair, or a second copy of
the case changed elsewhere and copied back over this one, is noticed at the next write here.

A file per case folder, named by the SHA-256 of the case's id and the folder's path (the data
folder lists neither), holding "<seq> <entry hash>". Per folder, not per case: a second copy of
a case kept in another folder (a backup, a USB stick) has its own history and its own witness;
what the witness catches is an older or foreign copy put in the place of the one this computer
wrote to. It only helps on this computer, and a person with full access to the data folder can
rewrite it too: the limits are said in docs/guide/methodology.md.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from evidence import appdirs, custody, tempfiles

log = logging.getLogger(__name__)
FOLDER = "witness"


def path_for(case_id: str, root: Path) -> Path:
    where = f"{case_id}\0{Path(root).resolve()}"
    name = hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()
    return appdirs.user_data_dir() / FOLDER / name


def seen(case_id: str, root: Path) -> tuple[int, str] | None:
    """The last entry this computer saw in the log of the case in `root`, or None."""
    try:
        return custody.parse_head(path_for(case_id, root).read_bytes())
    except OSError:
        return None


def remember(case_id: str, root: Path, entry: custody.Entry) -> None:
    """Notes `entry` as the last one of the case in `root`. Not fsynced: a crash that loses
    this note only makes the witness remember an earlier entry, which the case still has."""
    target = path_for(case_id, root)
    temp = tempfiles.beside(target)  # swept if the process is killed
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp.write_bytes(custody.head_bytes(entry))
        os.replace(temp, target)
    except OSError as exc:  # a read-only data folder must not stop the work on the case
        temp.unlink(missing_ok=True)
        log.warning("Could not note the case's custody head in %s: %s", target.parent, exc)
