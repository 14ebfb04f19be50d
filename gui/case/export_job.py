"""Export and verification run on a worker: each job opens what it needs on its own thread and
only signals leave it (a SQLite connection never crosses threads)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal

from bundles import export, timestamps
from bundles import verify as bundle_verify
from evidence import diskspace, verify
from evidence.errors import KnownError
from evidence.parallel import Progress
from evidence.store import Case
from gui.map import background
from gui.widgets.workers import CancellableJob

KINDS = ("pdf", "html", "bundle")
SUFFIXES = {"pdf": ".pdf", "html": ".html", "bundle": ".zip"}


@dataclass(frozen=True)
class ExportRequest:
    """What the export dialog asks for; `claim_ids` None means every refusal."""

    case_root: str
    kind: str                   # one of KINDS
    out: str
    lang: str
    claim_ids: list[int] | None
    prepared_by: str
    sign: bool = True
    tiles: str = ""             # the maps' offline background, as chosen in the Map tab
    online: bool = False        # the Map tab's online switch: OpenStreetMap under the maps
    timestamp_urls: tuple[str, ...] = ()    # a bundle's RFC 3161 authorities: () stays offline


@dataclass(frozen=True)
class ExportOutcome:
    path: str
    fingerprint: str | None     # of the key that signed a bundle
    stamping: timestamps.Stamping | None = None     # who timestamped a bundle; None: not asked


class Job(CancellableJob):
    """Runs `work(progress, cancelled)` once; KnownError is a message, anything else a bug."""

    progress = Signal(int, int)     # done, total
    succeeded = Signal(object)      # what `work` returned
    refused = Signal(str)           # a KnownError: a message the user can act on
    cancelled = Signal()            # stopped because the user cancelled; nothing was written
    failed = Signal(str)            # a bug inside the run: its traceback
    finished = Signal()

    def __init__(self, work: Callable[[Progress, Callable[[], bool]], object],
                 places: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.work = work
        self.places = places  # where it writes: named when the disk refuses a write

    def run(self) -> None:
        try:
            result = self.work(self.progress.emit, self.is_cancelled)
        except KnownError as exc:
            if self.is_cancelled():
                self.cancelled.emit()
            else:
                self.refused.emit(str(exc))
        except Exception as exc:
            full = diskspace.as_known(exc, self.places)
            if full is not None:  # the disk's doing, not a bug: what to free, what was kept
                self.refused.emit(str(full))
            else:  # a bug: reported to the GUI thread, which shows it and logs it
                self.failed.emit(traceback.format_exc())
        else:
            self.succeeded.emit(result)
        self.finished.emit()


def export_job(request: ExportRequest) -> Job:
    """A job writing the report or the bundle the request names, as the command line would,
    its maps drawn on the background chosen for the case in the Map tab."""
    def work(progress: Progress, cancelled: Callable[[], bool]) -> ExportOutcome:
        tiles = background.report_tiles(request.tiles, request.online)
        with Case.open(Path(request.case_root)) as case:
            if request.kind == "bundle":
                result = export.export_bundle_with_reports(
                    case, request.out, lang=request.lang, claim_ids=request.claim_ids,
                    prepared_by=request.prepared_by, sign=request.sign,
                    actor=request.prepared_by, tiles=tiles, progress=progress,
                    cancelled=cancelled, timestamp_urls=request.timestamp_urls)
                return ExportOutcome(str(result.path), result.fingerprint, result.stamping)
            written = export.write_report(
                case, request.out, lang=request.lang, claim_ids=request.claim_ids,
                prepared_by=request.prepared_by, tiles=tiles, progress=progress,
                cancelled=cancelled)
            return ExportOutcome(str(written.path), None)
    return Job(work, (request.out, request.case_root))


def bundle_verify_job(path: str, expect_fingerprint: str | None = None,
                      filed_report: str | None = None) -> Job:
    """A job checking an evidence bundle with nothing but the bundle, held to a fingerprint
    given by another route and to the filed report when given."""
    return Job(lambda progress, _cancelled: bundle_verify.verify_bundle(
        path, progress=progress, expect_fingerprint=expect_fingerprint,
        filed_report=filed_report))


def case_verify_job(case_root: str, actor: str) -> Job:
    """A job checking the whole case (and recording the check in its custody log)."""
    def work(progress: Progress, _cancelled: Callable[[], bool]) -> verify.Report:
        with Case.open(Path(case_root)) as case:
            return verify.verify(case, actor=actor, progress=progress)
    return Job(work, (case_root,))
