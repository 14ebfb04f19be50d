"""Venue changes as worker jobs: each opens its own Case, changes it, and reads the case again.

A SQLite connection never crosses threads: only the new CaseSnapshot (and the venue's id)
comes back to the GUI thread, by signal. Every change goes through `evidence.venues`, which
checks it and records its custody entry in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from evidence import venues
from evidence.model import Venue
from evidence.store import Case
from evidence.venue_geojson import dumps
from gui import case_data
from gui.case_data import CaseSnapshot
from gui.workers import CaseJob, Runner

EDITABLE = tuple(name for name in venues.COLUMNS)


@dataclass(frozen=True)
class VenueDone:
    """What a finished job hands back: the case as it is now and the venue it was about."""

    snapshot: CaseSnapshot
    venue_id: int | None
    message: str = ""


def save(root: str, venue_id: int | None, venue: Venue, from_photo: int | None,
         actor: str) -> VenueDone:
    """Adds or edits the venue; a point taken from a photo says so in its custody entry."""
    # A venue placed from a photo is stored whole or not at all: one transaction.
    with Case.open(Path(root)) as case, case.transaction():
            if venue_id is None:
                venue_id = venues.add(case, venue, actor)
            else:
                venues.edit(case, venue_id, {n: getattr(venue, n) for n in EDITABLE}, actor)
            if from_photo is not None and venue.geometry.get("type") == "Point":
                venues.set_from_photo(case, venue_id, from_photo, actor, venue.radius_m)
    return VenueDone(case_data.load(Path(root)), venue_id)


def import_file(root: str, source: str, replace_existing: bool, actor: str) -> VenueDone:
    """Imports a GeoJSON file, or a bundled dataset named "bundled:NAME"."""
    with Case.open(Path(root)) as case:
        where = venues.bundled(source.removeprefix("bundled:")) \
            if source.startswith("bundled:") else source
        ids = venues.import_geojson(case, where, actor, replace_existing)
    return VenueDone(case_data.load(Path(root)), ids[0] if ids else None, str(len(ids)))


def export_file(root: str, out: str) -> str:
    """Writes every venue as KML (a .kml name) or GeoJSON (anything else); returns `out`."""
    with Case.open(Path(root)) as case:
        text = venues.export_kml(case) if out.lower().endswith(".kml") else \
            dumps(venues.export_geojson(case))
    Path(out).write_text(text, encoding="utf-8")
    return out


class VenueWork(QObject):
    """Runs one venue job at a time; `done` brings its result, `refused` a KnownError's text."""

    done = Signal(str, object)    # what was done ("save", "import", "export"), its result
    refused = Signal(str, str)    # what was tried, the core's message
    failed = Signal(str)          # a bug's traceback

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.job: CaseJob | None = None
        self.kind = ""

    def start(self, kind: str, task: Callable[[], object], description: str) -> bool:
        """False (and nothing started) while the last job is still running."""
        if self.job is not None:
            return False
        self.kind = kind
        self.job = CaseJob(task, description)
        self.job.loaded.connect(self._on_loaded)
        self.job.refused.connect(self._on_refused)
        self.job.failed.connect(self.failed)
        self.job.finished.connect(self._on_finished)
        self.runner.start(self.job)
        return True

    @Slot(object)
    def _on_loaded(self, result: object) -> None:
        self.done.emit(self.kind, result)

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self.refused.emit(self.kind, message)

    @Slot()
    def _on_finished(self) -> None:
        self.job = None
