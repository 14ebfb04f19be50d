"""What the analysis needs of photos, venues and claims, read once from the case."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from evidence.geo import Shape
from evidence.integrity import CLOCK_SKEW_THRESHOLD_S
from evidence.model import Category
from evidence.phrases import Phrase, phrase, render
from evidence.store import Case
from evidence.timing import parse_utc

# A consumer GPS fix is typically good to 5-15 m; without a stated accuracy, assume this.
DEFAULT_ACCURACY_M = 25.0
# Camera clocks drift; even a right offset leaves this much doubt about the instant.
BASE_TIME_UNCERTAINTY_S = 60.0


@dataclass(frozen=True)
class PhotoFact:
    id: int
    sha256: str
    lat: float | None
    lon: float | None
    accuracy_m: float | None
    instant: datetime | None        # aware UTC: the best estimate of the capture moment
    uncertainty_s: float
    basis: Phrase                   # how `instant` was established
    caveats: tuple[Phrase, ...]     # what weakens this photo

    @property
    def allowance_m(self) -> float:
        return self.accuracy_m if self.accuracy_m is not None else DEFAULT_ACCURACY_M

    @property
    def time_basis(self) -> str:
        return render(self.basis)

    @property
    def notes(self) -> tuple[str, ...]:
        """The caveats in English."""
        return tuple(render(p) for p in self.caveats)


def photo_fact(photo_id: int, sha256: str, record: dict) -> PhotoFact:
    """A photo's place and moment, and their doubts, from its stored inspection record."""
    instant, uncertainty, basis, notes = _moment(record)
    codes = {f["code"] for f in record.get("findings", [])}
    if "edited_by_software" in codes:
        notes.append(phrase("note.editor", software=record.get("software")))
    if "modified_after_capture" in codes:
        notes.append(phrase("note.rewritten"))
    if record.get("latitude") is not None and record.get("gps_accuracy_m") is None:
        notes.append(phrase("note.accuracy_unknown", metres=DEFAULT_ACCURACY_M))
    elif "low_gps_accuracy" in codes:
        notes.append(phrase("note.accuracy_low", metres=record["gps_accuracy_m"]))
    return PhotoFact(photo_id, sha256, record.get("latitude"), record.get("longitude"),
                     record.get("gps_accuracy_m"), instant, uncertainty, basis, tuple(notes))


_BASES = {"exif": ("basis.exif", []),
          "timezone-at-location": ("basis.location", []),
          "case-default": ("basis.case", ["note.offset_assumed"])}


def _moment(record: dict) -> tuple[datetime | None, float, Phrase, list[Phrase]]:
    taken, gps = parse_utc(record.get("taken_utc")), parse_utc(record.get("gps_time_utc"))
    skew = record.get("clock_skew_s")
    source = record.get("offset_source")
    if taken is not None and skew is not None and abs(skew) > CLOCK_SKEW_THRESHOLD_S and gps:
        note = phrase("note.clock_ahead" if skew > 0 else "note.clock_behind",
                      hours=abs(skew) / 3600)
        return gps, BASE_TIME_UNCERTAINTY_S, phrase("basis.gps"), [note]
    if taken is not None:
        doubt = max(BASE_TIME_UNCERTAINTY_S, abs(skew or 0.0))
        basis, notes = _BASES.get(source, ("basis.camera", []))
        return taken, doubt, phrase(basis), [phrase(n) for n in notes]
    if gps is not None:
        return gps, BASE_TIME_UNCERTAINTY_S, phrase("basis.gps"), [phrase("note.gps_only")]
    return None, 0.0, phrase("basis.unknown"), [phrase("note.undated")]


@dataclass(frozen=True)
class VenueFact:
    id: int
    slug: str
    name: str
    shape: Shape
    confidence: str
    legal_basis: str
    valid_from: str | None
    valid_to: str | None

    def designated_on(self, day: str) -> bool:
        return (self.valid_from or "0000") <= day <= (self.valid_to or "9999")


@dataclass(frozen=True)
class ClaimFact:
    id: int
    document_number: str
    document_date: str
    venue_id: int
    start: datetime
    end: datetime
    zone: str
    category: Category
    excuse_text: str
    event_date: str | None

    @property
    def duration_s(self) -> float:
        return (self.end - self.start).total_seconds()

    def local_month(self) -> str:
        from evidence.timing import zone

        return self.start.astimezone(zone(self.zone)).strftime("%Y-%m")


def load(case: Case) -> tuple[list[ClaimFact], dict[int, VenueFact], list[PhotoFact]]:
    """The claims, venues and photos of a case, in id order."""
    venues = {}
    for row in case.conn.execute("SELECT * FROM venues ORDER BY id"):
        shape = Shape.from_geojson(json.loads(row["geometry"]), row["radius_m"])
        venues[row["id"]] = VenueFact(row["id"], row["slug"], row["name_en"], shape,
                                      row["confidence"], row["legal_basis"], row["valid_from"],
                                      row["valid_to"])
    claims = [ClaimFact(row["id"], row["document_number"], row["document_date"],
                        row["venue_id"], parse_utc(row["window_start_utc"]),
                        parse_utc(row["window_end_utc"]), row["window_zone"],
                        Category(row["category"]), row["excuse_text"], row["event_date"])
              for row in case.conn.execute("SELECT * FROM claims ORDER BY id")]
    photos = [photo_fact(row["id"], row["sha256"], json.loads(row["inspection"]))
              for row in case.conn.execute("SELECT id, sha256, inspection FROM photos "
                                           "ORDER BY id")]
    return claims, venues, photos

