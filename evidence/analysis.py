"""Pairing each claim with the photos taken at its venue in its window, and the verdict.

Deterministic: the same case gives the same result, byte for byte, as JSON. Scales by venue:
photos are sorted by latitude once; each venue takes its candidates from a bounding box and
confirms them with geodesic distances; each claim then takes its window by bisection in time.
`Analysis` keeps that work, so a change judges again only the claims it touches.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from evidence import aggregates, rules
from evidence.facts import PhotoFact, VenueFact, event_day, photo_fact
from evidence.model import Category, Claim, Observation
from evidence.phrases import Phrase, phrase
from evidence.results import (
    CaseResult,
    ClaimResult,
    Coverage,
    Parameters,
    PhotoBearing,
    Verdict,
    local_text,
    utc_text,
)
from evidence.rules import Reading, sighting_phrase
from evidence.store import Case, CaseData, read

# A photo shows the venue at one moment; it is taken to speak for this long either side.
COVER_S = 15 * 60
# A GPS fix vaguer than this cannot place a photo at a venue; its circle is taken as this wide.
MAX_ALLOWANCE_M = 150.0
PARAMETERS = Parameters(COVER_S, MAX_ALLOWANCE_M, rules.SMALL_GATHERING)


@dataclass(frozen=True)
class Qualified:
    photo: PhotoFact
    distance_m: float          # to the venue's boundary: negative inside
    at_edge: bool              # only the accuracy circle or the time doubt reaches in


class Pairing:
    """Finds, per venue and claim window, the photos that qualify."""

    def __init__(self, photos: Iterable[PhotoFact]) -> None:
        placed = [p for p in photos if p.placed and p.instant is not None]
        self._by_lat = sorted(placed, key=lambda p: (p.lat, p.id))
        self._lats = [p.lat for p in self._by_lat if p.lat is not None]  # placed: all of them
        # venue id -> (instants, [(photo, distance)], widest time doubt), in time order
        self._near: dict[int, tuple[list[datetime], list[tuple[PhotoFact, float]], float]] = {}

    def forget(self, venue_id: int) -> None:
        """A venue's shape changed: its photos are found again when next asked."""
        self._near.pop(venue_id, None)

    def qualifying(self, claim: Claim, venue: VenueFact) -> list[Qualified]:
        instants, near, widest = self._near_venue(venue)
        start, end = claim.window_start, claim.window_end
        lo = bisect.bisect_left(instants, start - timedelta(seconds=widest))
        hi = bisect.bisect_left(instants, end + timedelta(seconds=widest))
        found = []
        for photo, distance in near[lo:hi]:
            assert photo.instant is not None
            doubt = timedelta(seconds=photo.uncertainty_s)
            if photo.instant + doubt < start or photo.instant - doubt >= end:
                continue
            time_edge = photo.instant - doubt < start or photo.instant + doubt >= end
            found.append(Qualified(photo, distance, distance > 0 or time_edge))
        return found

    def _near_venue(self, venue: VenueFact) -> tuple[list[datetime],
                                                     list[tuple[PhotoFact, float]], float]:
        if venue.id not in self._near:
            box = venue.shape.box(MAX_ALLOWANCE_M)
            lo = bisect.bisect_left(self._lats, box.south)
            hi = bisect.bisect_right(self._lats, box.north)
            near = []
            for photo in self._by_lat[lo:hi]:
                assert photo.lat is not None and photo.lon is not None
                if not box.contains(photo.lat, photo.lon):
                    continue
                allowance = min(photo.allowance_m, MAX_ALLOWANCE_M)
                rough = venue.shape.approx_distance_m(photo.lat, photo.lon)
                if rough - allowance > 2.0 + 0.01 * abs(rough):  # clearly too far: no geodesic
                    continue
                distance = venue.shape.distance_m(photo.lat, photo.lon)
                if distance <= allowance:
                    near.append((photo, distance))
            near.sort(key=lambda item: (item[0].instant, item[0].id))
            self._near[venue.id] = ([p.instant for p, _ in near if p.instant], near,
                                    max((p.uncertainty_s for p, _ in near), default=0.0))
        return self._near[venue.id]


class Analysis:
    """A case's claims judged against its photos, kept so that a change is judged cheaply.

    After a write, hand the new `CaseData` to `update` with what changed; it judges again only
    the claims that change can touch, and says which.
    """

    def __init__(self, data: CaseData) -> None:
        self.data = data
        self.facts = {p.id: photo_fact(p) for p in data.photos}
        self.venues = {v.id: VenueFact(v) for v in data.venues if v.id is not None}
        self.pairing = Pairing(self.facts.values())
        self._results = {c.key: self._judge(c) for c in data.claims}

    def result(self) -> CaseResult:
        results = tuple(self._results[claim_id] for claim_id in sorted(self._results))
        return CaseResult(results, aggregates.summarise(results), tuple(rules.describe()),
                          PARAMETERS)

    def claim_result(self, claim_id: int) -> ClaimResult:
        return self._results[claim_id]

    def update(self, data: CaseData, *, observed: Iterable[int] = (),
               claims: Iterable[int] = (), venues: Iterable[int] = ()) -> set[int]:
        """Takes the case as it now is, where the observations of photos `observed`, the
        claims `claims` (added, edited or removed) and the venues `venues` changed; returns the
        ids of the claims judged again. New or removed photos need a new Analysis."""
        self.data = data
        touched = set(claims)
        for venue_id in venues:
            self.venues[venue_id] = VenueFact(data.venue(venue_id))
            self.pairing.forget(venue_id)
            touched |= {c.key for c in data.claims if c.venue_id == venue_id}
        photo_ids = set(observed)
        if photo_ids:
            touched |= {claim_id for claim_id, result in self._results.items()
                        if any(p.photo_id in photo_ids for p in result.photos)}
        for claim_id in touched:
            if data.has_claim(claim_id):
                self._results[claim_id] = self._judge(data.claim(claim_id))
            else:
                self._results.pop(claim_id, None)
        return touched

    def _judge(self, claim: Claim) -> ClaimResult:
        venue = self.venues[claim.venue_id]
        return judge(claim, venue, self.pairing.qualifying(claim, venue),
                     self.data.observations)


def judge(claim: Claim, venue: VenueFact, qualified: list[Qualified],
          observations: Mapping[int, tuple[Observation, ...]]) -> ClaimResult:
    """The verdict on one claim, with its reasons, caveats, coverage and photos."""
    photos = tuple(PhotoBearing(q.photo, q.distance_m, q.at_edge,
                                rules.read(claim.category, observations.get(q.photo.id, ())),
                                tuple(observations.get(q.photo.id, ()))) for q in qualified)
    verdict, reasons = _verdict(claim, venue, photos)
    covered = coverage(claim.window_start, claim.window_end, [p.instant for p in photos])
    caveats = _caveats(claim, venue, photos, covered)
    return ClaimResult(claim, venue, verdict, tuple(reasons), tuple(caveats), covered, photos)


def _verdict(claim: Claim, venue: VenueFact,
             photos: tuple[PhotoBearing, ...]) -> tuple[Verdict, list[Phrase]]:
    category = claim.category
    if category is Category.NOT_DESIGNATED:
        day = event_day(claim)
        words = {"venue": venue.name, "day": day,
                 "basis": venue.legal_basis or phrase("designation.basis"),
                 "valid_from": venue.valid_from or phrase("span.start"),
                 "valid_to": venue.valid_to or phrase("span.now")}
        if venue.designated_on(day):
            return Verdict.CONTRADICTED, [phrase("reason.designated", **words)]
        return Verdict.SUPPORTED, [phrase("reason.not_designated", **words)]
    if category in rules.NOT_TESTABLE_BY_PHOTOS:
        return Verdict.UNVERIFIED, [phrase("reason.untestable",
                                           excuse=phrase(f"excuse.{category.value}"))]
    if not photos:
        return Verdict.UNVERIFIED, [phrase("reason.no_photos", venue=venue.name)]
    against = [p for p in photos if p.reading.contradicts]
    backing = [p for p in photos if p.reading.supports]
    reasons = []
    if against:
        reasons.append(_evidence_sentence(against, "contradict", claim))
    if backing:
        reasons.append(_evidence_sentence(backing, "support", claim))
    if against and backing:
        return Verdict.MIXED, reasons
    if against:
        return Verdict.CONTRADICTED, reasons
    if backing:
        return Verdict.SUPPORTED, reasons
    return Verdict.UNVERIFIED, [phrase("reason.no_bearing", count=len(photos),
                                       venue=venue.name)]


def _evidence_sentence(photos: list[PhotoBearing], verb: str, claim: Claim) -> Phrase:
    parts = []
    for p in photos:
        seen = _seen(p.reading, verb)
        parts.append(phrase("reason.photo", id=p.photo_id,
                            items=[sighting_phrase(item) for item in seen],
                            local=local_text(p.instant, claim.window_zone),
                            utc=utc_text(p.instant)))
    return phrase(f"reason.{verb}", count=len(photos), photos=parts,
                  excuse=phrase(f"excuse.{claim.category.value}"))


def _seen(reading: Reading, verb: str) -> tuple[rules.Sighting, ...]:
    return reading.contradicts if verb == "contradict" else reading.supports


def _caveats(claim: Claim, venue: VenueFact, photos: tuple[PhotoBearing, ...],
             covered: Coverage) -> list[Phrase]:
    out = []
    if venue.confidence == "approximate":
        out.append(phrase("caveat.approximate", venue=venue.name))
    day = event_day(claim)
    if claim.category is not Category.NOT_DESIGNATED and not venue.designated_on(day):
        out.append(phrase("caveat.not_designated", venue=venue.name, day=day))
    for p in photos:
        notes = list(p.fact.caveats)
        if p.distance_m > 0:
            notes.append(phrase("note.outside", distance=p.distance_m,
                                accuracy=p.fact.allowance_m))
        if notes:
            out.append(phrase("caveat.photo", id=p.photo_id, notes=notes))
    if photos and covered.gaps:
        out.append(phrase("caveat.coverage", fraction=covered.fraction,
                          minutes=COVER_S // 60, gaps=len(covered.gaps)))
    return out


def coverage(start: datetime, end: datetime, instants: Iterable[datetime]) -> Coverage:
    """How much of [start, end) the photos speak for (each ±COVER_S), and the gaps between."""
    spans = sorted((max(start, i - timedelta(seconds=COVER_S)),
                    min(end, i + timedelta(seconds=COVER_S))) for i in instants)
    covered, gaps, cursor = 0.0, [], start
    for a, b in spans:
        if a > cursor:
            gaps.append((cursor, a))
        if b > cursor:
            covered += (b - max(a, cursor)).total_seconds()
            cursor = b
    if cursor < end:
        gaps.append((cursor, end))
    return Coverage((end - start).total_seconds(), covered, tuple(gaps))


def analyze(data: CaseData) -> CaseResult:
    """Every claim of the case judged, and the aggregates across them."""
    return Analysis(data).result()


def analyze_case(case: Case) -> CaseResult:
    """`analyze` over everything a case holds now."""
    return analyze(read(case))
