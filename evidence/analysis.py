"""Pairing each claim with the photos taken at its venue in its window, and the verdict.

Deterministic: the same case gives the same result, byte for byte, as JSON. Scales by venue:
photos are sorted by latitude once; each venue takes its candidates from a bounding box and
confirms them with geodesic distances; each claim then takes its window by bisection in time.
`Analysis` keeps that work, so a change judges again only the claims it touches.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from evidence import aggregates, occupancy_check, rules
from evidence.facts import PhotoFact, VenueFact, event_day, photo_fact
from evidence.model import Category, Claim, Observation
from evidence.phrases import Phrase, phrase
from evidence.procedure import ProcedureFinding, procedure_findings
from evidence.results import (
    Basis,
    CaseResult,
    ClaimResult,
    Coverage,
    Limit,
    NotCounted,
    Parameters,
    PhotoBearing,
    Unlisted,
    Verdict,
    local_text,
    utc_text,
)
from evidence.rules import Crowd, sighting_phrase
from evidence.store import Case, CaseData, read

# A photo shows the venue at one moment; it is taken to speak for this long either side.
COVER_S = 15 * 60
# A GPS fix vaguer than this cannot place a photo at a venue; its circle is taken as this wide.
MAX_ALLOWANCE_M = 150.0
# The report reads times to the minute: a stretch no photo speaks for that is shorter than this
# is not a gap worth naming (two photos' spans that almost meet).
GAP_RESOLUTION_S = 60.0
# Photos that speak for less of the window than this limit what a verdict can say.
PARTIAL_COVERAGE = 0.5
PARAMETERS = Parameters(COVER_S, MAX_ALLOWANCE_M, rules.SMALL_GATHERING, GAP_RESOLUTION_S,
                        PARTIAL_COVERAGE)


@dataclass(frozen=True)
class Qualified:
    photo: PhotoFact
    distance_m: float          # to the venue's boundary: negative inside
    at_edge: bool              # only the accuracy circle or the time doubt reaches in


class Pairing:
    """Finds, per venue and claim window, the photos that qualify, and the ones that might
    have but do not (each with the reason)."""

    def __init__(self, photos: Iterable[PhotoFact]) -> None:
        every = list(photos)
        placed = [p for p in every if p.placed]
        self._by_lat = sorted(placed, key=lambda p: (p.lat, p.id))
        self._lats = [p.lat for p in self._by_lat if p.lat is not None]  # placed: all of them
        dated = sorted((p for p in every if p.instant is not None),
                       key=lambda p: (p.instant, p.id))
        self._dated = dated
        self._instants = [p.instant for p in dated if p.instant is not None]
        # how far before a window a photo's start may lie and still reach it: its time doubt,
        # and a video's length too
        self._widest = max((_reach_s(p) for p in dated), default=0.0)
        self._bare = tuple(p for p in every if not p.placed and p.instant is None)
        # venue id -> (instants, [(photo, distance)], widest time doubt), in time order
        self._near: dict[int, tuple[list[datetime], list[tuple[PhotoFact, float]], float]] = {}
        # venue id -> [(photo, distance)] of the photos near it that cannot be dated
        self._near_undated: dict[int, list[tuple[PhotoFact, float]]] = {}

    def forget(self, venue_id: int) -> None:
        """A venue's shape changed: its photos are found again when next asked."""
        self._near.pop(venue_id, None)
        self._near_undated.pop(venue_id, None)

    def qualifying(self, claim: Claim, venue: VenueFact) -> list[Qualified]:
        instants, near, widest = self._near_venue(venue)
        start, end = claim.window_start, claim.window_end
        lo = bisect.bisect_left(instants, start - timedelta(seconds=widest))
        hi = bisect.bisect_left(instants, end + timedelta(seconds=widest))
        found = []
        for photo, distance in near[lo:hi]:
            assert photo.instant is not None
            doubt = timedelta(seconds=photo.uncertainty_s)
            if not _in_window(photo, start, end):
                continue
            # only the doubt reaches in: no moment it records is surely in the window
            time_edge = _end(photo) - doubt < start or photo.instant + doubt >= end
            found.append(Qualified(photo, distance, distance > 0 or time_edge))
        return found

    def not_counted(self, claim: Claim, venue: VenueFact,
                    counted: Iterable[int]) -> tuple[NotCounted, ...]:
        """Every photo at the venue or in the window that does not count, and every photo
        that has neither a position nor a time, each with the reason: nothing is left out
        unsaid."""
        start, end = claim.window_start, claim.window_end
        skip = set(counted)
        out: list[NotCounted] = []
        _, near, _ = self._near_venue(venue)
        for photo, distance in near:
            if photo.id in skip or _in_window(photo, start, end):
                continue
            assert photo.instant is not None
            last = _end(photo)
            off = ((last - start) if last < start else (photo.instant - end)).total_seconds()
            out.append(NotCounted(photo.id, photo.sha256, Unlisted.OUTSIDE_WINDOW,
                                  distance_m=distance, off_by_s=off))
        for photo, distance in self._undated_near(venue):
            out.append(NotCounted(photo.id, photo.sha256, Unlisted.NO_TIME,
                                  distance_m=distance))
        lo = bisect.bisect_left(self._instants, start - timedelta(seconds=self._widest))
        hi = bisect.bisect_left(self._instants, end + timedelta(seconds=self._widest))
        near_ids = {p.id for p, _ in near}
        for photo in self._dated[lo:hi]:
            if photo.id in skip or photo.id in near_ids or not _in_window(photo, start, end):
                continue
            if not photo.placed:
                out.append(NotCounted(photo.id, photo.sha256, Unlisted.NO_POSITION))
                continue
            assert photo.lat is not None and photo.lon is not None
            # how far: on a flat local projection, within 0.5 % of the geodesic at city scale
            # (it only says where the photo was; the geodesic decides whether it counts)
            out.append(NotCounted(photo.id, photo.sha256, Unlisted.ELSEWHERE,
                                  distance_m=venue.shape.approx_distance_m(photo.lat, photo.lon),
                                  allowance_m=min(photo.allowance_m, MAX_ALLOWANCE_M)))
        out.extend(NotCounted(p.id, p.sha256, Unlisted.NO_TIME_NO_POSITION) for p in self._bare)
        order = list(Unlisted)
        return tuple(sorted(out, key=lambda n: (order.index(n.why), abs(n.off_by_s or 0.0),
                                                n.distance_m or 0.0, n.photo_id)))

    def _near_venue(self, venue: VenueFact) -> tuple[list[datetime],
                                                     list[tuple[PhotoFact, float]], float]:
        if venue.id not in self._near:
            placed = self._near_placed(venue)   # one scan serves the dated and the undated
            near = sorted(((p, d) for p, d in placed if p.instant is not None),
                          key=lambda item: (item[0].instant, item[0].id))
            self._near[venue.id] = ([p.instant for p, _ in near if p.instant], near,
                                    max((_reach_s(p) for p, _ in near), default=0.0))
            self._near_undated[venue.id] = sorted(
                ((p, d) for p, d in placed if p.instant is None), key=lambda item: item[0].id)
        return self._near[venue.id]

    def _undated_near(self, venue: VenueFact) -> list[tuple[PhotoFact, float]]:
        self._near_venue(venue)
        return self._near_undated[venue.id]

    def _near_placed(self, venue: VenueFact) -> list[tuple[PhotoFact, float]]:
        """The placed photos whose GPS circle (capped) reaches the venue, with distances."""
        box = venue.shape.box(MAX_ALLOWANCE_M)
        lo = bisect.bisect_left(self._lats, box.south)
        hi = bisect.bisect_right(self._lats, box.north)
        near = []
        for photo in self._by_lat[lo:hi]:
            assert photo.lat is not None and photo.lon is not None
            if not box.contains(photo.lat, photo.lon):
                continue
            distance = reach_m(photo, venue)
            if distance is not None:
                near.append((photo, distance))
        return near


def reach_m(photo: PhotoFact, venue: VenueFact) -> float | None:
    """What places a photo at a venue: its distance to the venue's boundary (negative inside)
    when its GPS circle, no wider than MAX_ALLOWANCE_M, reaches the venue; None when it does
    not, or when the photo has no position."""
    if photo.lat is None or photo.lon is None:
        return None
    allowance = min(photo.allowance_m, MAX_ALLOWANCE_M)
    rough = venue.shape.approx_distance_m(photo.lat, photo.lon)
    if rough - allowance > 2.0 + 0.01 * abs(rough):  # clearly too far: no geodesic
        return None
    distance = venue.shape.distance_m(photo.lat, photo.lon)
    return distance if distance <= allowance else None


def _in_window(photo: PhotoFact, start: datetime, end: datetime) -> bool:
    """Whether the photo's instant (a video's span), give or take its doubt, reaches into
    [start, end)."""
    assert photo.instant is not None
    doubt = timedelta(seconds=photo.uncertainty_s)
    return not (_end(photo) + doubt < start or photo.instant - doubt >= end)


def _end(photo: PhotoFact) -> datetime:
    """The last moment a dated photo records: its instant, a video's end."""
    assert photo.end is not None
    return photo.end


def _reach_s(photo: PhotoFact) -> float:
    return photo.uncertainty_s + photo.duration_s


class Analysis:
    """A case's claims judged against its photos, kept so that a change is judged cheaply.

    After a write, hand the new `CaseData` to `update` with what changed; it judges again only
    the claims that change can touch, and says which.
    """

    def __init__(self, data: CaseData) -> None:
        self.data = data
        self.facts = {p.id: photo_fact(p, data.proofs_of(p.id)) for p in data.photos}
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
        qualified = self.pairing.qualifying(claim, venue)
        unlisted = self.pairing.not_counted(claim, venue, (q.photo.id for q in qualified))
        judged = judge(claim, venue, qualified, self.data.observations, unlisted)
        return replace(judged, procedure=self._procedure(judged))

    def _procedure(self, judged: ClaimResult) -> tuple[ProcedureFinding, ...]:
        """The refusal's procedure measured against the statute (evidence/procedure.py), the
        akimat's published occupancy included (evidence/occupancy_check.py)."""
        occupancy = occupancy_check.checker(self.data, {judged.claim_id: judged})
        return procedure_findings(judged.claim, judged.venue.venue, occupancy=occupancy)


def judge(claim: Claim, venue: VenueFact, qualified: list[Qualified],
          observations: Mapping[int, tuple[Observation, ...]],
          not_counted: tuple[NotCounted, ...] = ()) -> ClaimResult:
    """The verdict on one claim, with its reasons, caveats, coverage, basis and photos."""
    crowd = Crowd(claim.expected_participants, venue.venue.capacity)
    photos = tuple(PhotoBearing(q.photo, q.distance_m, q.at_edge,
                                rules.read(claim.category, observations.get(q.photo.id, ()),
                                           crowd),
                                tuple(observations.get(q.photo.id, ()))) for q in qualified)
    verdict, reasons = _verdict(claim, venue, photos)
    covered = coverage(claim.window_start, claim.window_end,
                       [(p.instant, _end(p.fact)) for p in photos])
    caveats = _caveats(claim, venue, photos, covered)
    basis = _basis(claim, venue, verdict, photos, covered)
    return ClaimResult(claim, venue, verdict, tuple(reasons), tuple(caveats), covered, photos,
                       basis, not_counted)


def photo_ref(photo_id: int, start: bool = False) -> Phrase:
    """A photo named in a sentence: 'photo 29' here, its exhibit label in a report."""
    return phrase("ref.photo_start" if start else "ref.photo", id=photo_id)


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
    counted = [p for p in photos if p.reading.count is not None]
    return Verdict.UNVERIFIED, [phrase(_for_media("reason.no_bearing", photos),
                                       count=len(photos), venue=venue.name),
                                *(_photo_clause(p, "support", claim) for p in counted)]


def _evidence_sentence(photos: list[PhotoBearing], verb: str, claim: Claim) -> Phrase:
    return phrase(_for_media(f"reason.{verb}", photos), count=len(photos),
                  photos=_clauses(photos, verb, claim),
                  excuse=phrase(f"excuse.{claim.category.value}"))


def _for_media(key: str, photos: Sequence[PhotoBearing]) -> str:
    """The sentence that counts `photos` as what they are: `key` for photos only,
    `<key>.videos` for videos only, `<key>.mixed` for both (a video never counted as a photo)."""
    videos = sum(1 for p in photos if p.fact.is_video)
    if not videos:
        return key
    return f"{key}.videos" if videos == len(photos) else f"{key}.mixed"


def _clauses(photos: list[PhotoBearing], verb: str, claim: Claim) -> list[Phrase]:
    """A clause per photo; photos in a row that show the same thing share one ('C4-E1,
    C4-E2 at 12:20, 13:10: …'), so that seven alike read as one sentence, not seven."""
    groups: list[list[PhotoBearing]] = []
    for p in photos:
        alike = groups and not p.fact.is_video and not groups[-1][0].fact.is_video
        if alike and _said(groups[-1][0], verb) == _said(p, verb):
            groups[-1].append(p)
        else:
            groups.append([p])
    out = []
    for group in groups:
        if len(group) == 1:
            out.append(_photo_clause(group[0], verb, claim))
            continue
        items, outweighed = _said(group[0], verb)
        words = {"which": [photo_ref(p.photo_id) for p in group],
                 "moments": [local_text(p.instant, claim.window_zone) for p in group],
                 "items": list(items)}
        out.append(phrase("reason.photos_outweighed", **words, outweighed=list(outweighed))
                   if outweighed else phrase("reason.photos", **words))
    return out


def _said(p: PhotoBearing, verb: str) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """What a clause says of a photo: what bears on the ground (and what a rule made of the
    count), and the recorded tags a rule set aside."""
    seen = list(p.reading.contradicts if verb == "contradict" else p.reading.supports)
    count = p.reading.count
    if count is not None and count not in seen and verb == "support":
        seen.append(count)  # a head count too large to contradict: said, not hidden
    outweighed = p.reading.outweighed if verb == "contradict" else ()
    return (tuple(sighting_phrase(x) for x in seen),
            tuple(phrase(f"tag.{t.value}") for t in outweighed))


def _photo_clause(p: PhotoBearing, verb: str, claim: Claim) -> Phrase:
    """One photo in a reason: what was recorded that bears on the excuse and what a rule made
    of it, and the recorded tags a rule set aside."""
    items, outweighed = _said(p, verb)
    words = {"photo": photo_ref(p.photo_id), "items": list(items),
             "local": local_text(p.instant, claim.window_zone), "utc": utc_text(p.instant)}
    kind = "photo"
    if p.fact.is_video:   # a video: filmed from its start to its end
        kind, words["until"] = "video", local_text(_end(p.fact), claim.window_zone)
    if outweighed:
        return phrase(f"reason.{kind}_outweighed", **words, outweighed=list(outweighed))
    return phrase(f"reason.{kind}", **words)


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
            notes.append(phrase("note.outside", distance=round(p.distance_m),
                                accuracy=round(p.fact.allowance_m)))
        if notes:
            out.append(phrase("caveat.photo", photo=photo_ref(p.photo_id, start=True),
                              notes=notes))
    if photos and covered.gaps:
        out.append(phrase("caveat.coverage", fraction=covered.fraction,
                          minutes=COVER_S // 60, gaps=len(covered.gaps)))
    return out


def deciding(verdict: Verdict, photos: Iterable[PhotoBearing]) -> list[PhotoBearing]:
    """The photos a verdict rests on: those that contradict, support, or either (mixed)."""
    if verdict is Verdict.CONTRADICTED:
        return [p for p in photos if p.reading.contradicts]
    if verdict is Verdict.SUPPORTED:
        return [p for p in photos if p.reading.supports]
    if verdict is Verdict.MIXED:
        return [p for p in photos if p.reading.contradicts or p.reading.supports]
    return []


def _basis(claim: Claim, venue: VenueFact, verdict: Verdict,
           photos: tuple[PhotoBearing, ...], covered: Coverage) -> Basis:
    """What the verdict rests on and what limits it (see the methodology, "What limits a
    verdict"): a verdict is stated with its limits, never made stronger by hiding them."""
    decide = deciding(verdict, photos)
    limits: list[Limit] = []
    if claim.category is not Category.NOT_DESIGNATED:
        if venue.confidence == "approximate" and photos:
            limits.append(Limit.APPROXIMATE_VENUE)
        if not venue.designated_on(event_day(claim)):
            limits.append(Limit.NOT_DESIGNATED)
    if decide:
        if len(decide) == 1:
            limits.append(Limit.SINGLE_PHOTO)
        if covered.fraction < PARTIAL_COVERAGE:
            limits.append(Limit.PARTIAL_COVERAGE)
        weak = {p.photo_id: _weaknesses(p, venue) for p in decide}
        if all(weak.values()):   # no deciding photo is free of a weakness
            found: set[Limit] = set().union(*weak.values())
            limits.extend(x for x in (Limit.EDITED, Limit.VAGUE_FIX, Limit.AT_EDGE)
                          if x in found)
    return Basis(len(photos), len(decide), covered.fraction, tuple(limits))


def _weaknesses(p: PhotoBearing, venue: VenueFact) -> set[Limit]:
    out: set[Limit] = set()
    if p.fact.edited:
        out.add(Limit.EDITED)
    if min(p.fact.allowance_m, MAX_ALLOWANCE_M) > venue.shape.extent_m():
        out.add(Limit.VAGUE_FIX)
    if p.at_edge:
        out.add(Limit.AT_EDGE)
    return out


def coverage(start: datetime, end: datetime,
             moments: Iterable[datetime | tuple[datetime, datetime]]) -> Coverage:
    """How much of [start, end) the photos speak for, and the gaps between (those shorter than
    GAP_RESOLUTION_S are not named). A photo's moment speaks for COVER_S either side of it; a
    video records every moment of its (first, last) span, and each of those speaks as a photo
    taken then would: a 2-minute clip speaks for COVER_S before its start to COVER_S after its
    end, and only what of that falls in the window counts."""
    around = timedelta(seconds=COVER_S)
    pairs = [m if isinstance(m, tuple) else (m, m) for m in moments]
    spans = sorted((max(start, a - around), min(end, b + around)) for a, b in pairs)
    covered, gaps, cursor = 0.0, [], start
    for a, b in spans:
        if a > cursor:
            gaps.append((cursor, a))
        if b > cursor:
            covered += (b - max(a, cursor)).total_seconds()
            cursor = b
    if cursor < end:
        gaps.append((cursor, end))
    named = tuple((a, b) for a, b in gaps if (b - a).total_seconds() >= GAP_RESOLUTION_S)
    return Coverage((end - start).total_seconds(), covered, named)


def analyze(data: CaseData) -> CaseResult:
    """Every claim of the case judged, and the aggregates across them."""
    return Analysis(data).result()


def analyze_case(case: Case) -> CaseResult:
    """`analyze` over everything a case holds now."""
    return analyze(read(case))
