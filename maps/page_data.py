"""The data the map page draws, for the whole case or one claim: plain JSON, safe in a script.

Every text in it is said in the language of the page's words (maps/page_words.py): labels,
times, distances, findings, the venues' names (in that language where the case has them; a
stand-in name is flagged, and drawn in italics).
"""

from __future__ import annotations

import json
from typing import Any

from evidence import phrases
from evidence.errors import KnownError
from evidence.facts import PhotoFact, VenueFact
from evidence.observations import moment_text
from evidence.results import ClaimResult, PhotoBearing, local_text, utc_text
from evidence.rules import sighting_phrase
from evidence.timing import zone
from evidence.venue_names import local_name
from maps.mapdata import NO_CLAIM, STATUS_COLOURS, CaseMap, nearest_venue, offset, venue_status
from maps.page_words import Words

COLOURS = STATUS_COLOURS
# How far beyond the claim's venue the view reaches, so the photographers' spots show.
FOCUS_MARGIN_M = 40.0
# From this many photos on, the markers are clustered (markercluster); fewer read better alone.
CLUSTER_FROM = 40


def script_json(value: Any) -> str:
    """JSON that is also a safe JavaScript expression inside an HTML <script> element.

    `<`, `>` and `&` are written as \\u escapes, so no string can close the element or open a
    comment; U+2028/2029 are escaped because older JavaScript takes them for line breaks.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def find_claim(data: CaseMap, claim_id: int | None) -> ClaimResult | None:
    if claim_id is None:
        return None
    for claim in data.analysis.claims:
        if claim.claim_id == claim_id:
            return claim
    known = ", ".join(str(c.claim_id) for c in data.analysis.claims) or "none"
    raise KnownError(f"There is no claim {claim_id} in this case (claims: {known}); "
                     "`claim list --case DIR` lists them.")


def page_data(data: CaseMap, claim: ClaimResult | None,
              cluster_from: int = CLUSTER_FROM, words: Words | None = None) -> dict[str, Any]:
    """Venues, placed photos, the chosen claim and the view to open on, in `words`' language."""
    w = words or Words()
    venues = [_venue(data, v, claim, w) for v in data.venues.values()]
    qualifying = {p.photo_id: p for p in claim.photos} if claim else {}
    photos = [_photo(data, p, claim, qualifying, w) for p in data.photos
              if p["lat"] is not None]
    return {"venues": venues, "photos": photos, "colours": COLOURS, "cluster_from": cluster_from,
            "claim": _claim_summary(claim, w) if claim else None,
            "focus": _focus(data, claim, qualifying),
            "claims": [_claim_filter(data, c) for c in data.analysis.claims],
            "words": _page_words(w)}


def _page_words(w: Words) -> dict[str, str]:
    """The labels the page script puts beside the values."""
    keys = ("taken_local", "taken_utc", "dated_by", "camera_clock", "distance", "accuracy",
            "facing", "camera", "software", "this_refusal", "findings", "weaker",
            "observations", "position", "shape", "refusals", "no_thumbnail", "unit_m", "unit_km",
            "video")
    return {key: w(f"mappage.{key}") for key in keys}


def venue_label(venue: VenueFact, w: Words) -> tuple[str, bool]:
    """The venue's name in the page's language, and whether it stands in for a missing one."""
    name = local_name(venue.venue, w.lang)
    return name.text, not name.own


def status_name(status: str, w: Words) -> str:
    """A venue's status (the verdict its refusals come to, or none) in the page's language."""
    if status == NO_CLAIM:
        return w("mappage.no_refusal")
    return w.get(f"verdict.{status}", status)


def _window(claim: ClaimResult, w: Words) -> str:
    c = claim.claim
    return w.dates(f"{local_text(c.window_start, c.window_zone)} – "
                   f"{local_text(c.window_end, c.window_zone)}")


def _venue(data: CaseMap, venue: VenueFact, claim: ClaimResult | None,
           w: Words) -> dict[str, Any]:
    claims = [c for c in data.analysis.claims if c.venue.slug == venue.slug]
    status = venue_status([c.verdict for c in claims])
    shape = venue.shape
    name, stand_in = venue_label(venue, w)
    others = [n for n in (venue.venue.name_en, venue.venue.name_ru, venue.venue.name_kk)
              if n and n != name]
    return {
        "id": venue.id, "slug": venue.slug, "name": name, "stand_in": stand_in,
        "other_names": others,
        "kind": shape.kind,
        "rings": [[[lat, lon] for lon, lat in ring] for ring in shape.rings]
        if shape.kind == "Polygon" else None,
        "centre": list(shape.centre()), "radius_m": shape.radius_m,
        "label_at": _north_edge(venue),
        "status": status, "colour": COLOURS[status],
        "confidence": w.get(f"confidence.{venue.confidence}", venue.confidence),
        "shape_text": w("mappage.point", metres=shape.radius_m) if shape.kind == "Point"
        else w("mappage.outline"),
        "selected": bool(claim and claim.venue.slug == venue.slug),
        "claims": [{"claim_id": c.claim_id, "colour": c.verdict.colour,
                    "text": _claim_line(c, w)} for c in claims],
    }


def _claim_line(claim: ClaimResult, w: Words) -> str:
    """'DEMO-2022/095 (2022-08-19), repair works, 2022-08-20 18:00 … : verdict'."""
    c = claim.claim
    category = w.get(f"excuse.{c.category.value}", c.category.value.replace("_", " "))
    verdict = verdict_words(claim, w)
    return (f"{c.document_number} ({w.dates(c.document_date)}), {category}, "
            f"{_window(claim, w)}: {verdict}")


def _photo(data: CaseMap, photo: dict[str, Any], claim: ClaimResult | None,
           qualifying: dict[int, PhotoBearing], w: Words) -> dict[str, Any]:
    out = {k: photo[k] for k in ("id", "name", "lat", "lon", "circle_m", "accuracy_assumed",
                                 "bearing_deg", "cone", "camera", "software", "thumb")}
    fact = data.facts[photo["id"]]
    out["title"] = phrases.render_medium(phrases.phrase("ref.photo_start", id=photo["id"]),
                                         w.table, fact.is_video, fallback=phrases.render) + (
        f" · {photo['name']}" if photo["name"] else "")
    out["taken_local"] = w.dates(photo["taken_local"]) if photo["taken_local"] else None
    out["taken_utc"] = w.dates(photo["taken_utc"]) if photo["taken_utc"] else None
    out["tooltip"] = out["title"].split(" · ")[0] + (
        f" · {out['taken_local']}" if out["taken_local"] else "")
    out["video"] = _video_span(fact, data.zone, w)
    if out["video"]:
        out["tooltip"] += f" · {w('mappage.video')} {moment_text(fact.duration_s)}"
    out["time_basis"] = phrases.render_medium(fact.basis, w.table, fact.is_video,
                                              fallback=phrases.render)
    out["camera_clock"] = _camera_clock(photo, fact.is_video, w)
    out["findings"] = [_finding(f, fact.is_video, w) for f in photo["findings"]]
    out["notes"] = [w.phrase(p) for p in fact.caveats]
    out["observations"] = [_observation(o, w) for o in photo["observations"]]
    out["accuracy"] = (w("mappage.metres", metres=photo["accuracy_m"])
                       if photo["accuracy_m"] is not None
                       else w("mappage.accuracy_assumed", metres=photo["circle_m"]))
    found = qualifying.get(photo["id"])
    if claim is None:
        out["state"] = "normal"
        near = nearest_venue(fact, data.venues)
        out["distance"] = _distance_text(near[1], venue_label(near[0], w)[0], w) \
            if near else None
        out["bearing_on_claim"] = []
        return out
    venue = claim.venue
    metres = found.distance_m if found else venue.shape.distance_m(photo["lat"], photo["lon"])
    out["state"] = "qualifying" if found else "dimmed"
    out["distance"] = _distance_text(metres, venue_label(venue, w)[0], w)
    against = [w.phrase(sighting_phrase(s)) for s in found.reading.contradicts] if found else []
    backing = [w.phrase(sighting_phrase(s)) for s in found.reading.supports] if found else []
    sep = w.get("sep.items", ", ")
    out["bearing_on_claim"] = (
        ([w("mappage.contradicts", what=sep.join(against))] if against else []) +
        ([w("mappage.supports", what=sep.join(backing))] if backing else []))
    return out


def _video_span(fact: PhotoFact, zone_name: str, w: Words) -> str | None:
    """A video's length and the moment it ends, in the place's time (None for a photo)."""
    if not fact.is_video or fact.end is None:
        return None
    end = fact.end.astimezone(zone(zone_name))
    return w("mappage.video_span", length=moment_text(fact.duration_s),
             end=w.dates(f"{end:%Y-%m-%d %H:%M:%S}"))


def _camera_clock(photo: dict[str, Any], video: bool, w: Words) -> str:
    """What the camera's clock said (a video's start as its file records it), with its offset
    and where that came from."""
    clock = photo.get("camera_clock_parts")
    if not clock:
        return w.dates(photo["camera_clock"])
    shown, offset_text, source = clock
    if not offset_text:
        return w.dates(shown)
    return f"{w.dates(shown)} ({offset_text}, " \
        f"{phrases.for_medium(w.table, f'offset.{source}', video, source)})"


def _finding(finding: dict[str, str], video: bool, w: Words) -> str:
    """'warning: what it means', in the page's language, said of a photo or a video (in
    English, the inspection's own sentence, which carries its figures)."""
    severity = w.get(f"severity.{finding['severity']}", finding["severity"])
    said = finding["message"] if w.lang == "en" else phrases.for_medium(
        w.table, f"finding.{finding.get('code', '')}", video, finding["message"])
    return f"{severity}: {said}"


def _observation(seen: dict[str, Any], w: Words) -> str:
    """'reviewer: tags; 8 people; “note”'."""
    parts = []
    if seen["tags"]:
        parts.append(w.get("sep.items", ", ").join(
            w.get(f"tag.{t}", t.replace("_", " ")) for t in seen["tags"]))
    if seen["people"] is not None:
        parts.append(w("count.people", n=seen["people"]))
    if seen["note"]:
        parts.append(f"“{seen['note']}”")
    return f"{seen['reviewer']}: " + "; ".join(parts)


def _claim_filter(data: CaseMap, claim: ClaimResult) -> dict[str, Any]:
    """What the app's map keeps in view for one claim: its venue, its photos, where to zoom."""
    found = {p.photo_id: p for p in claim.photos}
    return {"claim_id": claim.claim_id, "venue_id": claim.venue.id, "photos": sorted(found),
            "contradicting": sorted(i for i, p in found.items() if p.reading.contradicts),
            "supporting": sorted(i for i, p in found.items() if p.reading.supports),
            # Each photo's outcome's colour (evidence.results.Outcome), as the report's maps
            # draw it: the app's map colours a refusal's photos by it.
            "colours": {str(i): p.outcome.colour for i, p in found.items()},
            "focus": _focus(data, claim, found)}


def _north_edge(venue: VenueFact) -> list[float]:
    """Where the venue's name is pinned: its northernmost point (a circle's top)."""
    shape = venue.shape
    if shape.kind == "Point":
        lat, lon = shape.centre()
        return offset(lat, lon, shape.radius_m, 0.0)
    lon, lat = max(shape.rings[0], key=lambda p: p[1])
    return [lat, lon]


def _distance_text(metres: float, venue_name: str, w: Words) -> str:
    if metres <= 0:
        return w("mappage.inside", venue=venue_name, metres=abs(metres))
    return w("mappage.outside", venue=venue_name, metres=metres)


def verdict_words(result: ClaimResult, w: Words) -> str:
    """A refusal's verdict as the report names it, its limits flagged where the table can say
    so: 'Photos inconsistent with the stated ground (with limits)'."""
    words = w.get(f"verdict.{result.verdict.value}", result.verdict.value)
    limited = w.table.get("verdict.limited")
    return f"{words} ({limited})" if result.basis.limited and limited else words


def _claim_summary(result: ClaimResult, w: Words) -> dict[str, Any]:
    claim = result.claim
    return {"claim_id": result.claim_id, "document_number": claim.document_number,
            "document_date": w.dates(claim.document_date),
            "venue_name": venue_label(result.venue, w)[0],
            "category": w.get(f"excuse.{claim.category.value}",
                              claim.category.value.replace("_", " ")),
            "excuse_text": claim.excuse_text,
            "verdict": verdict_words(result, w),
            "colour": result.verdict.colour,
            "window": _window(result, w),
            "window_utc": w.dates(f"{utc_text(claim.window_start)} – "
                                  f"{utc_text(claim.window_end)}"),
            "photos": len(result.photos),
            "videos": sum(1 for p in result.photos if p.fact.is_video)}


def case_extent(data: CaseMap) -> list[list[float]] | None:
    """[[south, west], [north, east]] of every venue and placed photo; None when none is."""
    return _focus(data, None, {})


def _focus(data: CaseMap, claim: ClaimResult | None,
           qualifying: dict[int, PhotoBearing]) -> list[list[float]] | None:
    """[[south, west], [north, east]] of what the map opens on; None when nothing is placed."""
    points: list[tuple[float, float]] = []
    for venue in data.venues.values():
        if claim is None or venue.slug == claim.venue.slug:
            box = venue.shape.box(FOCUS_MARGIN_M)
            points += [(box.south, box.west), (box.north, box.east)]
    for photo in data.photos:
        if photo["lat"] is not None and (claim is None or photo["id"] in qualifying):
            points.append((photo["lat"], photo["lon"]))
    if not points:
        return None
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]
