"""The tables of a report, row by row, in the report's language (see reports.content)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from evidence import custody, phrases, proofs, rules, store
from evidence.model import Category, Corroboration, Observation, PhotoRecord
from evidence.observations import moment_text
from evidence.results import ClaimResult, Outcome, PhotoBearing, utc_text
from evidence.timing import format_offset, format_utc
from reports import strings
from reports.strings import local_time, text

Table = Mapping[str, str]
SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}


def claim_rows(result: ClaimResult, venue_name: str,
               table: Table) -> tuple[tuple[str, str], ...]:
    """The refusal as its document states it, and the venue it names."""
    claim, venue = result.claim, result.venue.venue
    start, end, zone_name = claim.window_start, claim.window_end, claim.window_zone
    source = table[f"category_source.{claim.category_source}"]
    lang = table["lang.code"]
    rows = [
        (table["claim.document"], claim.document_number),
        (table["claim.document_date"], strings.day(claim.document_date, lang)),
        (table["claim.authority"], claim.authority),
        (table["claim.signatory"], claim.signatory),
        (table["claim.event_date"], strings.day(claim.event_date, lang)),
        (table["claim.expected"], "" if claim.expected_participants is None
         else text(table, "claim.expected_value", n=claim.expected_participants)),
        (table["claim.venue"], venue_name),
        (table["claim.legal_basis"], venue.legal_basis),
        (table["claim.validity"], text(table, "claim.validity_span",
                                       start=strings.day(venue.valid_from, lang)
                                       or table["span.start"],
                                       end=strings.day(venue.valid_to, lang)
                                       or table["span.now"])),
        (table["claim.confidence"], table[f"confidence.{venue.confidence.value}"]),
        (table["claim.window"], f"{local_time(start, zone_name, False, lang)} \u2013 "
                                f"{local_time(end, zone_name, False, lang)} ({zone_name})"),
        (table["claim.window_utc"], f"{strings.utc_moment(utc_text(start), lang)} \u2013 "
                                    f"{strings.utc_moment(utc_text(end), lang)}"),
        (table["claim.category"], f"{table['excuse.' + claim.category.value]} ({source})"),
        (table["claim.letter"], claim.letter_sha256 or table["claim.no_letter"]),
    ]
    return tuple((label, value) for label, value in rows if value)


def coverage_lines(result: ClaimResult, table: Table) -> tuple[str, tuple[str, ...]]:
    """One sentence on how much of the window the photos speak for, and each gap."""
    cover = result.coverage
    sentence = text(table, "coverage.sentence", fraction=round(cover.fraction, 4),
                    covered=round(round(cover.covered_s) / 60),
                    window=round(round(cover.window_s) / 60))
    zone_name = result.claim.window_zone
    lang = table["lang.code"]
    gaps = tuple(f"{local_time(a, zone_name, False, lang)} \u2013 "
                 f"{local_time(b, zone_name, False, lang)}" for a, b in cover.gaps)
    return sentence, gaps


@dataclass(frozen=True)
class TimelinePoint:
    label: str
    instant: datetime              # aware UTC
    uncertainty_s: float
    reading: Outcome
    duration_s: float = 0.0        # a video: it films from `instant` to `end`

    @property
    def end(self) -> datetime:
        return self.instant + timedelta(seconds=self.duration_s)


def timeline_points(result: ClaimResult, exhibits: Iterable[Any]) -> tuple[TimelinePoint, ...]:
    by_id = {e.photo_id: e for e in exhibits}
    return tuple(TimelinePoint(by_id[p.photo_id].label, p.instant.replace(microsecond=0),
                               round(p.fact.uncertainty_s, 3), p.outcome,
                               round(p.fact.duration_s, 3))
                 for p in result.photos)


def exhibit_metadata(record: PhotoRecord, photo: PhotoBearing, zone_name: str,
                     table: Table) -> tuple[tuple[str, str], ...]:
    """What the file says about itself, and what was established from it."""
    def fmt(value: Any, unit: str = "") -> str:
        return "" if value is None else f"{value}{unit}"

    def metres(value: float | None) -> str:
        return "" if value is None else text(table, "unit.metres", n=f"{value:.0f}")

    found = record.inspection
    meta, time = found.metadata, found.time
    lang = table["lang.code"]
    comma = lang in ("ru", "kk")   # a decimal comma: the two numbers are parted by a semicolon
    position = "" if meta.latitude is None else (
        f"{phrases.localised(f'{meta.latitude:.6f}', lang)}{'; ' if comma else ', '}"
        f"{phrases.localised(f'{meta.longitude:.6f}', lang)}")
    camera_clock = phrases.dates(time.taken_local.isoformat(), lang).replace("T", " ") \
        if time.taken_local else ""
    offset = format_offset(time.offset)
    if camera_clock and offset:
        source = phrases.for_medium(table, f"offset.{time.offset_source.value}", found.is_video)
        camera_clock += f" ({offset}, {source})"
    rows = [
        (phrases.for_medium(table, "meta.established", found.is_video),
         local_time(photo.instant.replace(microsecond=0), zone_name, lang=lang) + " \u00b1 "
         + phrases.duration(photo.fact.uncertainty_s, table)),
        (table["meta.basis"], phrases.render_medium(photo.fact.basis, table, found.is_video)),
        (phrases.for_medium(table, "meta.camera_clock", found.is_video),
         camera_clock),
        (table["meta.gps_clock"], "" if meta.gps_time is None
         else strings.utc_moment(format_utc(meta.gps_time) or "", lang)),
        (table["meta.clock_skew"], "" if time.clock_skew_s is None
         else ("\u2212" if time.clock_skew_s < 0 else "+")
         + phrases.duration(time.clock_skew_s, table)),
        (table["meta.position"], position),
        (table["meta.accuracy"], metres(meta.gps_accuracy_m)),
        (table["meta.altitude"], metres(meta.altitude_m)),
        (table["meta.bearing"], "" if meta.bearing_deg is None
         else phrases.localised(f"{meta.bearing_deg}", lang) + "\u00b0"),
        (table["meta.distance"], metres(round(photo.distance_m, 1))),
        (table["meta.camera"], " ".join(p for p in (meta.camera_make, meta.camera_model) if p)),
        (table["meta.software"], fmt(meta.software)),
        (table["meta.size"], f"{meta.width} \u00d7 {meta.height}" if meta.width else ""),
        (table["meta.file"], f"{meta.media_type}, "
         + text(table, "unit.bytes",
                n=phrases.Number(meta.size_bytes or 0, table).__format__(","))),
    ]
    return tuple((label, value) for label, value in rows if value)


def finding_rows(record: PhotoRecord, table: Table, stated: Iterable[Corroboration] = ()
                 ) -> tuple[tuple[str, str, str], ...]:
    """(severity, code, what it means) for each finding, the gravest first: the file's own and
    those of the capture apps' proofs `stated` of it (a signature that fails, a proof made for
    another file, a position or time apart), counted as the Photos table counts them."""
    found = sorted(proofs.with_proofs(record.inspection, stated),
                   key=lambda f: (SEVERITY_ORDER.get(f.severity.value, 3), f.code))
    return tuple((table.get(f"severity.{f.severity.value}", f.severity.value), f.code,
                  phrases.for_medium(table, f"finding.{f.code}", record.inspection.is_video,
                                     f.message))
                 for f in found)


def observation_rows(observed: Iterable[Observation], table: Table) -> tuple[str, ...]:
    """Every observation recorded of the photo (its rows as `CaseData.history_of` gives them),
    oldest first, as recorded. One corrected or withdrawn says so and that it does not count;
    a correction says which observation it corrects; a withdrawal is no line of its own."""
    rows = tuple(observed)
    ended = store.observations.superseded(rows)
    when = {o.id: _at(o, table) for o in rows}
    out = []
    for o in rows:
        if o.is_withdrawal:
            continue
        seen = [*moment_said(o, table), *(table[f"tag.{t.value}"] for t in o.tags)]
        if o.people_count is not None:
            seen.append(phrases.render(phrases.phrase("count.people", n=o.people_count), table))
        line = text(table, "observation.line", reviewer=o.reviewer, at=when[o.id],
                    seen=", ".join(seen))
        line += f" \u2014 \u00ab{o.note}\u00bb" if o.note else ""
        if o.replaces in when:
            line = text(table, "observation.correction", line=line, at=when[o.replaces])
        later = ended.get(o.id or 0)
        if later is not None and later.is_withdrawal:
            line = text(table, "observation.withdrawn_reason" if later.note else
                        "observation.withdrawn", line=line, at=when[later.id],
                        reason=later.note)
        elif later is not None:
            line = text(table, "observation.corrected", line=line, at=when[later.id])
        out.append(line)
    return tuple(out)


def moment_said(o: Observation, table: Table) -> list[str]:
    """The moment of a video an observation names, as the report says it ([] when none)."""
    if o.at_s is None:
        return []
    offset = phrases.localised(moment_text(o.at_s), table["lang.code"])
    return [text(table, "observation.at", offset=offset)]


def _at(o: Observation, table: Table) -> str:
    return strings.utc_moment(o.observed_utc, table["lang.code"])[:-7]


def custody_rows(log: Iterable[custody.Entry], sha256: str,
                 table: Table) -> tuple[tuple[str, str, str, str], ...]:
    """The log's entries about this original: its import, duplicates, observations."""
    return tuple((str(e.seq), strings.utc_moment(e.at_utc, table["lang.code"])[:-4], e.actor,
                  table.get(f"action.{e.action}", e.action))
                 for e in log
                 if e.object_hash == sha256 or e.details.get("photo_sha256") == sha256)


def methodology_rules(table: Table) -> tuple[tuple[str, str, str], ...]:
    """(excuse, what contradicts it, what supports it) for every kind of excuse."""
    rows = []
    for category in Category:
        name = table[f"excuse.{category.value}"]
        if category is Category.NOT_DESIGNATED:
            rows.append((name, table["rules.designation"], table["rules.designation"]))
        elif category in rules.NOT_TESTABLE_BY_PHOTOS:
            rows.append((name, table["rules.untestable"], table["rules.untestable"]))
        else:
            against = [table[f"tag.{t.value}"] for t in sorted(rules.CONTRADICTS[category])]
            if category in rules.CROWD_CATEGORIES:
                against.append(text(table, "rules.few_people", limit=rules.SMALL_GATHERING))
            backing = [table[f"tag.{t.value}"] for t in sorted(rules.SUPPORTS[category])]
            rows.append((name, ", ".join(against), ", ".join(backing)))
    return tuple(rows)

