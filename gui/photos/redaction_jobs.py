"""Redaction work for the Redact dialog, run on a worker thread: no Qt here.

Reading the photo and proposing faces open their own Case and close it (a SQLite connection
never crosses threads); saving and removing are the case session's tasks, given the case open
on its worker. The original is read through the case's files, so an encrypted case's photo is
decrypted in memory only.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from evidence import face_proposals, redaction, store
from evidence.derived import decode_upright
from evidence.model import Redaction, Region
from evidence.store import Case
from gui.app.session import Written
from gui.app.state import Refresh

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
            image = (redaction.first_frame(original) if redaction.is_video(stored)
                     else decode_upright(original, redaction.FULL_SIZE))   # a video: its
            # regions are drawn on its first frame and hidden in every frame a report shows
        existing = redaction.get(case, photo_id)
    full = image.size
    image.thumbnail((DISPLAY_PX, DISPLAY_PX))
    return Picture(photo_id, full[0], full[1], image.width, image.height,
                   image.convert("RGB").tobytes(), existing)


def propose(root: str, photo_id: int) -> list[Region]:
    with Case.open(Path(root)) as case, case.files.open_read(
            _stored_path(case, photo_id)) as original:
        if redaction.is_video(_stored_path(case, photo_id)):   # faces in its first frame
            still = io.BytesIO()
            redaction.first_frame(original).save(still, "PNG")
            still.seek(0)
            return face_proposals.propose(still)
        return face_proposals.propose(original)


def apply(case: Case, photo_id: int, regions: list[Region], method: str,
          actor: str) -> Written[Redaction]:
    """Saves the redaction (the core records it in the custody log)."""
    done = redaction.apply(case, photo_id, regions, method, actor)
    return Written(done, Refresh(redacted=frozenset({photo_id})))


def remove(case: Case, photo_id: int, actor: str) -> Written[Redaction]:
    done = redaction.remove(case, photo_id, actor)
    return Written(done, Refresh(redacted=frozenset({photo_id})))


def _stored_path(case: Case, photo_id: int) -> str:
    return store.photos.get(case, photo_id).stored_path
