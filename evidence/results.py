"""What the analysis concludes, as typed records: per refusal, and across the case.

Each record says what it knows in one place and gives its JSON (`as_json`) only at the edge: the
`analyze --json` output and the bundle's manifest keep the shape they always had. Verdicts and
outcomes are declared here once, with the order they are listed in and the colour every map,
chart and report shows them in (Okabe-Ito hues, told apart by colour-blind readers too).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from evidence.facts import PhotoFact, VenueFact
from evidence.model import Claim, Observation
from evidence.phrases import Phrase, render
from evidence.procedure import ProcedureFinding
from evidence.rules import Reading, sighting_code
from evidence.timing import format_offset, zone


class Verdict(StrEnum):
    """What the photos make of a refusal's excuse, strongest first."""

    CONTRADICTED = "contradicted"
    MIXED = "mixed"
    SUPPORTED = "supported"
    UNVERIFIED = "unverified"

    @property
    def rank(self) -> int:
        """Its place in lists, 0 first."""
        return _VERDICT_ORDER.index(self)

    @property
    def colour(self) -> str:
        return _VERDICT_COLOURS[self]

    @property
    def tested(self) -> bool:
        """Whether the evidence could test the excuse at all."""
        return self is not Verdict.UNVERIFIED


class Outcome(StrEnum):
    """How one photo bears on one refusal."""

    CONTRADICTS = "contradicts"
    BOTH = "both"
    SUPPORTS = "supports"
    NEITHER = "neither"

    @property
    def colour(self) -> str:
        return _OUTCOME_COLOURS[self]

    @classmethod
    def of(cls, reading: Reading) -> Outcome:
        against, backing = bool(reading.contradicts), bool(reading.supports)
        return (cls.BOTH if against and backing else cls.CONTRADICTS if against else
                cls.SUPPORTS if backing else cls.NEITHER)


_VERDICT_ORDER = tuple(Verdict)
_VERDICT_COLOURS = {Verdict.CONTRADICTED: "#d55e00", Verdict.MIXED: "#cc79a7",
                    Verdict.SUPPORTED: "#0072b2", Verdict.UNVERIFIED: "#757575"}
_OUTCOME_COLOURS = {Outcome.CONTRADICTS: _VERDICT_COLOURS[Verdict.CONTRADICTED],
                    Outcome.BOTH: _VERDICT_COLOURS[Verdict.MIXED],
                    Outcome.SUPPORTS: _VERDICT_COLOURS[Verdict.SUPPORTED],
                    Outcome.NEITHER: _VERDICT_COLOURS[Verdict.UNVERIFIED]}


def utc_text(moment: datetime) -> str:
    """'YYYY-MM-DDTHH:MM:SSZ'."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_text(moment: datetime, zone_name: str) -> str:
    """'YYYY-MM-DD HH:MM UTC+hh:mm' in the zone a claim was stated in."""
    local = moment.astimezone(zone(zone_name))
    return f"{local:%Y-%m-%d %H:%M} UTC{format_offset(local.utcoffset())}"


@dataclass(frozen=True)
class PhotoBearing:
    """A photo taken at the venue within the window: where it stands and what it shows."""

    fact: PhotoFact
    distance_m: float          # to the venue's boundary: negative inside
    at_edge: bool              # only the accuracy circle or the time doubt reaches in
    reading: Reading
    observations: tuple[Observation, ...]

    @property
    def photo_id(self) -> int:
        return self.fact.id

    @property
    def instant(self) -> datetime:
        assert self.fact.instant is not None  # only dated photos qualify
        return self.fact.instant

    @property
    def outcome(self) -> Outcome:
        return Outcome.of(self.reading)

    def as_json(self) -> dict[str, Any]:
        # a video's length and a moment named in it only where there are some, so that the
        # analysis a bundle states before videos is given again as it was
        video = {"duration_s": round(self.fact.duration_s, 3)} if self.fact.is_video else {}
        return {**video, "photo_id": self.fact.id, "sha256": self.fact.sha256,
                "instant_utc": utc_text(self.instant), "time_basis": self.fact.time_basis,
                "uncertainty_s": round(self.fact.uncertainty_s, 3),
                "distance_m": round(self.distance_m, 1), "at_edge": self.at_edge,
                "contradicts": [sighting_code(s) for s in self.reading.contradicts],
                "supports": [sighting_code(s) for s in self.reading.supports],
                "outweighed": [t.value for t in self.reading.outweighed],
                "observations": [{"reviewer": o.reviewer, "tags": [t.value for t in o.tags],
                                  "people_count": o.people_count, "note": o.note,
                                  **({} if o.at_s is None else {"at_s": o.at_s})}
                                 for o in self.observations]}


@dataclass(frozen=True)
class Coverage:
    """How much of the window the photos speak for, and the stretches they leave out."""

    window_s: float
    covered_s: float
    gaps: tuple[tuple[datetime, datetime], ...]

    @property
    def fraction(self) -> float:
        return self.covered_s / self.window_s if self.window_s else 0.0

    def as_json(self) -> dict[str, Any]:
        return {"window_s": round(self.window_s), "covered_s": round(self.covered_s),
                "fraction": round(self.fraction, 4),
                "gaps": [{"start_utc": utc_text(a), "end_utc": utc_text(b)}
                         for a, b in self.gaps]}


class Limit(StrEnum):
    """What limits what a verdict can say, named beside it wherever it is shown."""

    SINGLE_PHOTO = "single_photo"            # one photo decides it
    PARTIAL_COVERAGE = "partial_coverage"    # the photos speak for less than half the window
    EDITED = "edited"                        # every deciding photo was edited or saved again
    VAGUE_FIX = "vague_fix"                  # every deciding photo's GPS circle is wider
                                             # than the venue
    AT_EDGE = "at_edge"                      # every deciding photo counts only through its
                                             # GPS accuracy or its time doubt
    APPROXIMATE_VENUE = "approximate_venue"  # the venue's position is not surveyed
    NOT_DESIGNATED = "not_designated"        # the venue was not designated on the day


@dataclass(frozen=True)
class Basis:
    """What a verdict rests on: the photos counted, the ones that decide it, the share of the
    window they speak for, and what limits it."""

    counted: int
    deciding: int
    fraction: float
    limits: tuple[Limit, ...]

    @property
    def limited(self) -> bool:
        return bool(self.limits)

    def as_json(self) -> dict[str, Any]:
        return {"photos_counted": self.counted, "photos_deciding": self.deciding,
                "coverage": round(self.fraction, 4), "limits": [x.value for x in self.limits]}


class Unlisted(StrEnum):
    """Why a photo of the case that might have counted for a refusal does not."""

    OUTSIDE_WINDOW = "outside_window"    # at the venue, taken before or after the window
    ELSEWHERE = "elsewhere"              # in the window, too far from the venue
    NO_POSITION = "no_position"          # in the window, with no GPS position
    NO_TIME = "no_time"                  # at the venue, with no instant that can be established
    NO_TIME_NO_POSITION = "no_time_no_position"   # nothing to tell where or when


@dataclass(frozen=True)
class NotCounted:
    """A photo that is not counted for a refusal, and why."""

    photo_id: int
    sha256: str
    why: Unlisted
    distance_m: float | None = None      # to the venue's boundary, when it has a position
    allowance_m: float | None = None     # the GPS circle it was given
    off_by_s: float | None = None        # before the window (negative) or after it

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"photo_id": self.photo_id, "sha256": self.sha256,
                               "reason": self.why.value}
        if self.distance_m is not None:
            out["distance_m"] = round(self.distance_m, 1)
        if self.allowance_m is not None:
            out["allowance_m"] = round(self.allowance_m, 1)
        if self.off_by_s is not None:
            out["off_by_s"] = round(self.off_by_s)
        return out


@dataclass(frozen=True)
class ClaimResult:
    """The verdict on one refusal, why, with what doubts, and the photos it rests on."""

    claim: Claim
    venue: VenueFact
    verdict: Verdict
    reasons: tuple[Phrase, ...]
    caveats: tuple[Phrase, ...]
    coverage: Coverage
    photos: tuple[PhotoBearing, ...]
    basis: Basis = Basis(0, 0, 0.0, ())
    not_counted: tuple[NotCounted, ...] = ()
    # The refusal's own procedure measured against the statute (evidence/procedure.py).
    procedure: tuple[ProcedureFinding, ...] = ()

    @property
    def claim_id(self) -> int:
        return self.claim.key

    def bearing(self, photo_id: int) -> PhotoBearing | None:
        return next((p for p in self.photos if p.photo_id == photo_id), None)

    def as_json(self) -> dict[str, Any]:
        claim, zone_name = self.claim, self.claim.window_zone
        return {
            "claim_id": claim.key,
            "document_number": claim.document_number,
            "document_date": claim.document_date,
            "venue": self.venue.slug,
            "venue_name": self.venue.name,
            "category": claim.category.value,
            "excuse_text": claim.excuse_text,
            "window": {"start_utc": utc_text(claim.window_start),
                       "end_utc": utc_text(claim.window_end), "zone": zone_name,
                       "start_local": local_text(claim.window_start, zone_name),
                       "end_local": local_text(claim.window_end, zone_name)},
            "verdict": self.verdict.value,
            "basis": self.basis.as_json(),
            "reasons": [render(p) for p in self.reasons],
            "caveats": [render(p) for p in self.caveats],
            # The same sentences as keys and values, for saying them in another language.
            "explain": {"reasons": [p.as_json() for p in self.reasons],
                        "caveats": [p.as_json() for p in self.caveats]},
            "coverage": self.coverage.as_json(),
            "photos": [p.as_json() for p in self.photos],
            "not_counted": [n.as_json() for n in self.not_counted],
            "procedure": [f.as_json() for f in self.procedure],
        }


@dataclass(frozen=True)
class Counts:
    """How many refusals got each verdict."""

    claims: int
    by_verdict: Mapping[Verdict, int]

    def __getitem__(self, verdict: Verdict) -> int:
        return self.by_verdict.get(verdict, 0)

    @property
    def tested(self) -> int:
        return sum(self[v] for v in Verdict if v.tested)

    @property
    def contradiction_rate(self) -> float | None:
        """Of the refusals the evidence could test, the share it contradicted outright."""
        return self[Verdict.CONTRADICTED] / self.tested if self.tested else None

    def as_json(self) -> dict[str, Any]:
        rate = self.contradiction_rate
        return {"claims": self.claims, **{v.value: self[v] for v in Verdict},
                "contradiction_rate": None if rate is None else round(rate, 4)}


@dataclass(frozen=True)
class Recurring:
    """The same excuse for the same venue in two or more months, never once borne out."""

    venue: str                     # slug
    venue_name: str
    category: str
    months: tuple[str, ...]
    claims: tuple[int, ...]
    photographed: int
    contradicted: int

    @property
    def summary(self) -> str:
        return (f"{self.venue_name}: '{self.category}' given in {len(self.months)} months "
                f"({', '.join(self.months)}); {self.photographed} of the {len(self.claims)} "
                f"claims have photos, {self.contradicted} contradicted, none borne out.")

    def as_json(self) -> dict[str, Any]:
        return {"venue": self.venue, "venue_name": self.venue_name, "category": self.category,
                "months": list(self.months), "claims": list(self.claims),
                "photographed": self.photographed, "contradicted": self.contradicted,
                "summary": self.summary}


@dataclass(frozen=True)
class Aggregates:
    """Verdict counts across the case, by venue (slug), excuse category and month."""

    all: Counts
    by_venue: Mapping[str, Counts]
    by_category: Mapping[str, Counts]
    by_month: Mapping[str, Counts]
    recurring: tuple[Recurring, ...]

    def as_json(self) -> dict[str, Any]:
        return {"all": self.all.as_json(),
                **{name: {key: counts.as_json() for key, counts in sorted(group.items())}
                   for name, group in (("by_venue", self.by_venue),
                                       ("by_category", self.by_category),
                                       ("by_month", self.by_month))},
                "recurring": [r.as_json() for r in self.recurring]}


@dataclass(frozen=True)
class Parameters:
    """The numbers the rules use, printed with every analysis so it can be recomputed."""

    cover_s: int
    max_allowance_m: float
    small_gathering: int
    gap_resolution_s: float
    partial_coverage: float

    def as_json(self) -> dict[str, Any]:
        return {"cover_s": self.cover_s, "max_allowance_m": self.max_allowance_m,
                "small_gathering": self.small_gathering,
                "gap_resolution_s": self.gap_resolution_s,
                "partial_coverage": self.partial_coverage}


@dataclass(frozen=True)
class CaseResult:
    """Every refusal judged, in id order, and what they add up to."""

    claims: tuple[ClaimResult, ...]
    aggregates: Aggregates
    rules: tuple[str, ...]
    parameters: Parameters

    def claim(self, claim_id: int) -> ClaimResult:
        return next(c for c in self.claims if c.claim_id == claim_id)

    def as_json(self) -> dict[str, Any]:
        """The object `analyze --json` prints; other tools rely on its shape."""
        return {"claims": [c.as_json() for c in self.claims],
                "aggregates": self.aggregates.as_json(), "rules": list(self.rules),
                "parameters": self.parameters.as_json()}
