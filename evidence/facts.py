"""What the analysis takes from each photo and venue: the established moment and place, and
their doubts. Built from the stored records (`evidence.model`), never from SQL."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property

from evidence.geo import Shape
from evidence.integrity import CLOCK_SKEW_THRESHOLD_S
from evidence.model import (
    Claim,
    Corroboration,
    Inspection,
    OffsetSource,
    PhotoRecord,
    Severity,
    Venue,
)
from evidence.phrases import Phrase, phrase, render
from evidence.proofs import disowns as _disowns
from evidence.timing import zone

# A consumer GPS fix is typically good to 5-15 m; without a stated accuracy, assume this.
DEFAULT_ACCURACY_M = 25.0
# Camera clocks drift; even a right offset leaves this much doubt about the instant.
BASE_TIME_UNCERTAINTY_S = 60.0


@dataclass(frozen=True)
class PhotoFact:
    """Where and when a photo was taken, as established, with the doubt about each."""

    id: int
    sha256: str
    lat: float | None
    lon: float | None
    accuracy_m: float | None
    instant: datetime | None        # aware UTC: the best estimate of the capture moment
    uncertainty_s: float
    basis: Phrase                   # how `instant` was established
    caveats: tuple[Phrase, ...]     # what weakens this photo
    edited: bool = False            # saved by an image editor, or written again after capture
    duration_s: float = 0.0         # a video's length: it records [instant, end]; 0 for a photo

    @property
    def end(self) -> datetime | None:
        """The last moment it records: a video's end, a photo's instant."""
        if self.instant is None or not self.duration_s:
            return self.instant
        return self.instant + timedelta(seconds=self.duration_s)

    @property
    def is_video(self) -> bool:
        return self.duration_s > 0

    @property
    def allowance_m(self) -> float:
        return self.accuracy_m if self.accuracy_m is not None else DEFAULT_ACCURACY_M

    @property
    def placed(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def time_basis(self) -> str:
        return render(self.basis)

    @property
    def notes(self) -> tuple[str, ...]:
        """The caveats in English."""
        return tuple(render(p) for p in self.caveats)


def photo_fact(photo: PhotoRecord, proofs: Iterable[Corroboration] = ()) -> PhotoFact:
    """A photo's place and moment, and their doubts, from its stored inspection and the
    capture apps' proofs recorded for it."""
    return inspection_fact(photo.inspection, photo.id, photo.sha256, proofs)


def inspection_fact(found: Inspection, photo_id: int = 0, sha256: str = "",
                    proofs: Iterable[Corroboration] = ()) -> PhotoFact:
    """The same from an inspection alone: a file inspected but not kept in a case is dated and
    placed as the analysis would date and place it. A capture app's proof that disowns the file
    (it states another SHA-256, or its signature over the file fails: evidence/proofs.disowns)
    marks the photo as changed after capture, as an editor's name does, and says why."""
    meta = found.metadata
    instant, uncertainty, basis, notes = _moment(found)
    codes = {f.code for f in found.findings}
    if "edited_by_software" in codes:
        notes.append(phrase("note.editor", software=meta.software))
    if "modified_after_capture" in codes:
        notes.append(phrase("note.rewritten"))
    # Content Credentials that record a change to what the picture shows (a warning; a mere
    # re-encoding is only information) mark the photo edited, as an editor's name does.
    edited_by_credentials = any(f.code == "credentials_show_edits"
                                and f.severity is Severity.WARNING for f in found.findings)
    if edited_by_credentials:
        notes.append(phrase("note.credentials_edits"))
    disowned = any(_disowns(item) for item in proofs)
    if disowned:
        notes.append(phrase("note.proof_disowns"))
    if meta.latitude is not None and meta.gps_accuracy_m is None:
        notes.append(phrase("note.accuracy_unknown", metres=DEFAULT_ACCURACY_M))
    elif "low_gps_accuracy" in codes:
        notes.append(phrase("note.accuracy_low", metres=meta.gps_accuracy_m))
    return PhotoFact(photo_id, sha256, meta.latitude, meta.longitude, meta.gps_accuracy_m,
                     instant, uncertainty, basis, tuple(notes),
                     bool(codes & {"edited_by_software", "modified_after_capture"})
                     or edited_by_credentials or disowned,
                     _span_s(found))


def _span_s(found: Inspection) -> float:
    """How long a video records from its start (0 for a photo, or a video of no known
    length, which is then counted as a photo is: at its start)."""
    duration = found.duration_s if found.is_video else None
    return duration if duration is not None and duration > 0 and math.isfinite(duration) \
        else 0.0


_BASES = {OffsetSource.EXIF: ("basis.exif", []),
          OffsetSource.CONTAINER_UTC: ("basis.container", []),
          OffsetSource.LOCATION: ("basis.location", []),
          OffsetSource.CASE_DEFAULT: ("basis.case", ["note.offset_assumed"])}


def _moment(found: Inspection) -> tuple[datetime | None, float, Phrase, list[Phrase]]:
    taken, gps = found.time.taken_utc, found.metadata.gps_time
    skew = found.time.clock_skew_s
    if taken is not None and found.time.offset_source is OffsetSource.CONTENT_CREDENTIALS:
        # A time-stamp from an authority on the TSA list over the signature of a signer on a
        # trust list (evidence/credentials.dated): the device clock, and its skew against the
        # GPS clock, no longer date the photo; the signing follows the capture within seconds.
        return taken, BASE_TIME_UNCERTAINTY_S, phrase("basis.credentials"), []
    if taken is not None and skew is not None and abs(skew) > CLOCK_SKEW_THRESHOLD_S and gps:
        note = phrase("note.clock_ahead" if skew > 0 else "note.clock_behind",
                      seconds=round(abs(skew)))
        return gps, BASE_TIME_UNCERTAINTY_S, phrase("basis.gps"), [note]
    if taken is not None:
        doubt = max(BASE_TIME_UNCERTAINTY_S, abs(skew or 0.0))
        basis, notes = _BASES.get(found.time.offset_source, ("basis.camera", []))
        return taken, doubt, phrase(basis), [phrase(n) for n in notes]
    if gps is not None:
        return gps, BASE_TIME_UNCERTAINTY_S, phrase("basis.gps"), [phrase("note.gps_only")]
    return None, 0.0, phrase("basis.unknown"), [phrase("note.undated")]


@dataclass(frozen=True, eq=False)
class VenueFact:
    """A venue with its shape made ready for distances."""

    venue: Venue

    @cached_property
    def shape(self) -> Shape:
        return Shape.from_geojson(self.venue.geometry, self.venue.radius_m)

    @property
    def id(self) -> int:
        assert self.venue.id is not None
        return self.venue.id

    @property
    def slug(self) -> str:
        return self.venue.slug

    @property
    def name(self) -> str:
        return self.venue.name_en

    @property
    def confidence(self) -> str:
        return self.venue.confidence.value

    @property
    def legal_basis(self) -> str:
        return self.venue.legal_basis

    @property
    def valid_from(self) -> str | None:
        return self.venue.valid_from

    @property
    def valid_to(self) -> str | None:
        return self.venue.valid_to

    def designated_on(self, day: str) -> bool:
        """Whether the venue was designated on that day (YYYY-MM-DD; both ends inclusive)."""
        return (self.valid_from or "0000") <= day <= (self.valid_to or "9999")


def local_month(claim: Claim) -> str:
    """'YYYY-MM' of the window's start, in the zone the window was stated in."""
    return claim.window_start.astimezone(zone(claim.window_zone)).strftime("%Y-%m")


def event_day(claim: Claim) -> str:
    """The day the refusal is about: its event date, else the window's first day (UTC)."""
    return claim.event_date or claim.window_start.date().isoformat()
