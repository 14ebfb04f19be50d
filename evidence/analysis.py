"""Pairing each claim with the photos taken at its venue in its window, and the verdict.

Deterministic: the same case gives the same result, byte for byte, as JSON. Scales by venue:
photos are sorted by latitude once; each venue takes its candidates from a bounding box and
confirms them with geodesic distances; each claim then takes its window by bisection in time.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from evidence import aggregates, facts, observations, rules
from evidence.facts import ClaimFact, PhotoFact, VenueFact
from evidence.model import Category, Observation, Tag
from evidence.phrases import Phrase, phrase, render
from evidence.timing import format_offset, zone

# A photo shows the venue at one moment; it is taken to speak for this long either side.
COVER_S = 15 * 60
# A GPS fix vaguer than this cannot place a photo at a venue; its circle is taken as this wide.
MAX_ALLOWANCE_M = 150.0
VERDICTS = ("contradicted", "supported", "mixed", "unverified")
TAG_NAMES = frozenset(t.value for t in Tag)


@dataclass(frozen=True)
class Qualified:
    photo: PhotoFact
    distance_m: float          # to the venue's boundary: negative inside
    at_edge: bool              # only the accuracy circle or the time doubt reaches in


class Pairing:
    """Finds, per venue and claim window, the photos that qualify."""

    def __init__(self, photos: list[PhotoFact]) -> None:
        placed = [p for p in photos if p.lat is not None and p.instant is not None]
        self._by_lat = sorted(placed, key=lambda p: (p.lat, p.id))
        self._lats = [p.lat for p in self._by_lat]
        self._near: dict[int, tuple[list[datetime], list[tuple[PhotoFact, float]]]] = {}

    def qualifying(self, claim: ClaimFact, venue: VenueFact) -> list[Qualified]:
        instants, near = self._near_venue(venue)
        widest = max((p.uncertainty_s for p, _ in near), default=0.0)
        lo = bisect.bisect_left(instants, claim.start - timedelta(seconds=widest))
        hi = bisect.bisect_left(instants, claim.end + timedelta(seconds=widest))
        found = []
        for photo, distance in near[lo:hi]:
            doubt = timedelta(seconds=photo.uncertainty_s)
            if photo.instant + doubt < claim.start or photo.instant - doubt >= claim.end:
                continue
            time_edge = photo.instant - doubt < claim.start or photo.instant + doubt >= claim.end
            found.append(Qualified(photo, distance, distance > 0 or time_edge))
        return found

    def _near_venue(self, venue: VenueFact) -> tuple[list[datetime],
                                                     list[tuple[PhotoFact, float]]]:
        if venue.id not in self._near:
            box = venue.shape.box(MAX_ALLOWANCE_M)
            lo = bisect.bisect_left(self._lats, box.south)
            hi = bisect.bisect_right(self._lats, box.north)
            near = []
            for photo in self._by_lat[lo:hi]:
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
            self._near[venue.id] = ([p.instant for p, _ in near], near)
        return self._near[venue.id]


def judge(claim: ClaimFact, venue: VenueFact, qualified: list[Qualified],
          observations: dict[int, list[Observation]]) -> dict[str, Any]:
    """The verdict on one claim, with its reasons, caveats, coverage and photos."""
    readings = {q.photo.id: rules.read(claim.category, observations.get(q.photo.id, []))
                for q in qualified}
    against = [q for q in qualified if readings[q.photo.id].contradicts]
    backing = [q for q in qualified if readings[q.photo.id].supports]
    verdict, reasons = _verdict(claim, venue, qualified, against, backing, readings)
    covered, gaps = coverage(claim.start, claim.end, [q.photo.instant for q in qualified])
    caveats = _caveats(claim, venue, qualified, covered, gaps)
    return {
        "claim_id": claim.id,
        "document_number": claim.document_number,
        "document_date": claim.document_date,
        "venue": venue.slug,
        "venue_name": venue.name,
        "category": claim.category.value,
        "excuse_text": claim.excuse_text,
        "window": {"start_utc": _utc(claim.start), "end_utc": _utc(claim.end),
                   "zone": claim.zone, "start_local": _local(claim.start, claim.zone),
                   "end_local": _local(claim.end, claim.zone)},
        "verdict": verdict,
        "reasons": [render(p) for p in reasons],
        "caveats": [render(p) for p in caveats],
        # The same sentences as keys and values, for saying them in another language.
        "explain": {"reasons": [p.as_json() for p in reasons],
                    "caveats": [p.as_json() for p in caveats]},
        "coverage": {"window_s": round(claim.duration_s), "covered_s": round(covered),
                     "fraction": round(covered / claim.duration_s, 4),
                     "gaps": [{"start_utc": _utc(a), "end_utc": _utc(b)} for a, b in gaps]},
        "photos": [_photo_json(q, readings[q.photo.id], observations.get(q.photo.id, []))
                   for q in qualified],
    }


def _verdict(claim: ClaimFact, venue: VenueFact, qualified: list[Qualified],
             against: list[Qualified], backing: list[Qualified],
             readings: dict[int, rules.Reading]) -> tuple[str, list[Phrase]]:
    category = claim.category
    if category is Category.NOT_DESIGNATED:
        day = claim.event_date or claim.start.date().isoformat()
        valid = venue.designated_on(day)
        words = {"venue": venue.name, "day": day,
                 "basis": venue.legal_basis or phrase("designation.basis"),
                 "valid_from": venue.valid_from or phrase("span.start"),
                 "valid_to": venue.valid_to or phrase("span.now")}
        if valid:
            return "contradicted", [phrase("reason.designated", **words)]
        return "supported", [phrase("reason.not_designated", **words)]
    if category in rules.NOT_TESTABLE_BY_PHOTOS:
        return "unverified", [phrase("reason.untestable",
                                     excuse=phrase(f"excuse.{category.value}"))]
    if not qualified:
        return "unverified", [phrase("reason.no_photos", venue=venue.name)]
    reasons = []
    if against:
        reasons.append(_evidence_sentence(against, readings, "contradict", claim))
    if backing:
        reasons.append(_evidence_sentence(backing, readings, "support", claim))
    if against and backing:
        return "mixed", reasons
    if against:
        return "contradicted", reasons
    if backing:
        return "supported", reasons
    return "unverified", [phrase("reason.no_bearing", count=len(qualified), venue=venue.name)]


def _evidence_sentence(photos: list[Qualified], readings: dict[int, rules.Reading], verb: str,
                       claim: ClaimFact) -> Phrase:
    parts = []
    for q in photos:
        reading = readings[q.photo.id]
        seen = reading.contradicts if verb == "contradict" else reading.supports
        items = [phrase(f"tag.{item}") if item in TAG_NAMES else _head_count(reading)
                 for item in seen]
        parts.append(phrase("reason.photo", id=q.photo.id, items=items,
                            local=_local(q.photo.instant, claim.zone),
                            utc=_utc(q.photo.instant)))
    return phrase(f"reason.{verb}", count=len(photos), photos=parts,
                  excuse=phrase(f"excuse.{claim.category.value}"))


def _head_count(reading: rules.Reading) -> Phrase:
    if not reading.few_people:
        return phrase("seen.nobody")
    return phrase("seen.few_people", count=reading.few_people, limit=rules.SMALL_GATHERING)


def _caveats(claim: ClaimFact, venue: VenueFact, qualified: list[Qualified], covered: float,
             gaps: list[tuple[datetime, datetime]]) -> list[Phrase]:
    out = []
    if venue.confidence == "approximate":
        out.append(phrase("caveat.approximate", venue=venue.name))
    day = claim.event_date or claim.start.date().isoformat()
    if claim.category is not Category.NOT_DESIGNATED and not venue.designated_on(day):
        out.append(phrase("caveat.not_designated", venue=venue.name, day=day))
    for q in qualified:
        notes = list(q.photo.caveats)
        if q.distance_m > 0:
            notes.append(phrase("note.outside", distance=q.distance_m,
                                accuracy=q.photo.allowance_m))
        if notes:
            out.append(phrase("caveat.photo", id=q.photo.id, notes=notes))
    if qualified and gaps:
        out.append(phrase("caveat.coverage", fraction=covered / claim.duration_s,
                          minutes=COVER_S // 60, gaps=len(gaps)))
    return out


def _photo_json(q: Qualified, reading: rules.Reading,
                observations: list[Observation]) -> dict[str, Any]:
    return {"photo_id": q.photo.id, "sha256": q.photo.sha256,
            "instant_utc": _utc(q.photo.instant), "time_basis": q.photo.time_basis,
            "uncertainty_s": round(q.photo.uncertainty_s, 3),
            "distance_m": round(q.distance_m, 1), "at_edge": q.at_edge,
            "contradicts": list(reading.contradicts), "supports": list(reading.supports),
            "observations": [{"reviewer": o.reviewer, "tags": [t.value for t in o.tags],
                              "people_count": o.people_count, "note": o.note}
                             for o in observations]}


def coverage(start: datetime, end: datetime,
             instants: list[datetime]) -> tuple[float, list[tuple[datetime, datetime]]]:
    """(seconds of the window the photos speak for, the gaps between), each photo ±COVER_S."""
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
    return covered, gaps


def _local(moment: datetime, zone_name: str) -> str:
    """'YYYY-MM-DD HH:MM UTC+hh:mm' in the zone the claim was stated in."""
    local = moment.astimezone(zone(zone_name))
    return f"{local:%Y-%m-%d %H:%M} UTC{format_offset(local.utcoffset())}"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def analyze(claims: list[ClaimFact], venues: dict[int, VenueFact], photos: list[PhotoFact],
            observed: dict[int, list[Observation]]) -> dict[str, Any]:
    """Every claim judged, and the aggregates across them: plain data, ready for JSON."""
    pairing = Pairing(photos)
    results = [judge(claim, venues[claim.venue_id],
                     pairing.qualifying(claim, venues[claim.venue_id]), observed)
               for claim in sorted(claims, key=lambda c: c.id)]
    return {"claims": results,
            "aggregates": aggregates.summarise(results, {c.id: c for c in claims}),
            "rules": rules.describe(),
            "parameters": {"cover_s": COVER_S, "max_allowance_m": MAX_ALLOWANCE_M,
                           "small_gathering": rules.SMALL_GATHERING}}


def analyze_case(case: Any) -> dict[str, Any]:
    """`analyze` over everything a case holds."""
    claims, venues, photos = facts.load(case)
    return analyze(claims, venues, photos, observations.by_photo(case))
