"""Redaction work for the Redact dialog, run on a worker thread: no Qt here.

Each task opens its own Case and closes it (a SQLite connection never crosses threads) and reads
the original through the case's files, so an encrypted case's photo is decrypted in memory only.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from evidence import face_proposals, redaction
from evidence.derived import decode_upright
from evidence.errors import KnownError
from evidence.redaction import Redaction, Region
from evidence.store import Case
from gui import case_data
from gui.case_data import CaseSnapshot

DISPLAY_PX = 900      # the dialog shows the photo at most this large; regions stay full size


@dataclass(frozen=True)
class Picture:
    """The photo upright: a display copy (RGB bytes) and the size of the full upright image."""

    photo_id: int
    full_width: int
    full_height: int
    width: int
    height: int
    rgb: bytes
    existing: Redaction | None


def load(root: str, photo_id: int) -> Picture:
    with Case.open(Path(root)) as case:
        stored = _stored_path(case, photo_id)
        with case.files.open_read(stored) as original, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # damaged pixels are the original's business
            image = decode_upright(original, redaction.FULL_SIZE)
        existing = redaction.get(case, photo_id)
    full = image.size
    image.thumbnail((DISPLAY_PX, DISPLAY_PX))
    return Picture(photo_id, full[0], full[1], image.width, image.height,
                   image.convert("RGB").tobytes(), existing)


def propose(root: str, photo_id: int) -> list[Region]:
    with Case.open(Path(root)) as case, case.files.open_read(
            _stored_path(case, photo_id)) as original:
        return face_proposals.propose(original)


def apply(root: str, photo_id: int, regions: list[Region], method: str,
          actor: str) -> CaseSnapshot:
    """Saves the redaction (the core records it in the custody log); the case read again."""
    with Case.open(Path(root)) as case:
        redaction.apply(case, photo_id, regions, method, actor)
    return case_data.load(Path(root))


def remove(root: str, photo_id: int, actor: str) -> CaseSnapshot:
    with Case.open(Path(root)) as case:
        redaction.remove(case, photo_id, actor)
    return case_data.load(Path(root))


def _stored_path(case: Case, photo_id: int) -> str:
    row = case.conn.execute("SELECT stored_path FROM photos WHERE id = ?",
                            (photo_id,)).fetchone()
    if row is None:
        raise KnownError(f"The case has no photo {photo_id}.")
    return str(row["stored_path"])
