"""The tables of a report, row by row, in the report's language (see reports.content)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from evidence import custody, rules
from evidence.facts import PhotoFact
from evidence.model import Category
from reports import strings
from reports.strings import local_time, text

Table = Mapping[str, str]
SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}
# Refusal-letter originals sit beside the photos in the appendix.
LETTER_QUERY = ("SELECT DISTINCT letter_sha256, letter_path FROM claims "
                "WHERE letter_sha256 IS NOT NULL ORDER BY letter_sha256")


def _utc(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def claim_rows(claim: Any, result: Mapping[str, Any], venue_name: str, venue: Any,
               table: Table) -> tuple[tuple[str, str], ...]:
    """The refusal as its document states it, and the venue it names."""
    window = result["window"]
    start, end = _utc(window["start_utc"]), _utc(window["end_utc"])
    source = table[f"category_source.{claim['category_source']}"]
    rows = [
        (table["claim.document"], claim["document_number"]),
        (table["claim.document_date"], claim["document_date"]),
        (table["claim.authority"], claim["authority"]),
        (table["claim.signatory"], claim["signatory"]),
        (table["claim.event_date"], claim["event_date"] or ""),
        (table["claim.expected"], "" if claim["expected_participants"] is None
         else str(claim["expected_participants"])),
        (table["claim.venue"], venue_name),
        (table["claim.legal_basis"], venue["legal_basis"]),
        (table["claim.validity"], text(table, "claim.validity_span",
                                       start=venue["valid_from"] or table["span.start"],
                                       end=venue["valid_to"] or table["span.now"])),
        (table["claim.confidence"], table[f"confidence.{venue['confidence']}"]),
        (table["claim.window"], f"{local_time(start, window['zone'], False)} \u2013 "
                                f"{local_time(end, window['zone'], False)} ({window['zone']})"),
        (table["claim.window_utc"], f"{window['start_utc']} \u2013 {window['end_utc']}"),
        (table["claim.category"], f"{table['excuse.' + result['category']]} ({source})"),
        (table["claim.letter"], claim["letter_sha256"] or table["claim.no_letter"]),
    ]
    return tuple((label, value) for label, value in rows if value)


def coverage_lines(result: Mapping[str, Any], table: Table) -> tuple[str, tuple[str, ...]]:
    """One sentence on how much of the window the photos speak for, and each gap."""
    cover = result["coverage"]
    sentence = text(table, "coverage.sentence", fraction=cover["fraction"],
                    covered=round(cover["covered_s"] / 60), window=round(cover["window_s"] / 60))
    zone_name = result["window"]["zone"]
    gaps = tuple(f"{local_time(_utc(g['start_utc']), zone_name, False)} \u2013 "
                 f"{local_time(_utc(g['end_utc']), zone_name, False)}" for g in cover["gaps"])
    return sentence, gaps


@dataclass(frozen=True)
class TimelinePoint:
    label: str
    instant: datetime              # aware UTC
    uncertainty_s: float
    reading: str                   # contradicts | supports | both | neither


def timeline_points(result: Mapping[str, Any],
                    exhibits: Iterable[Any]) -> tuple[TimelinePoint, ...]:
    by_id = {e.photo_id: e for e in exhibits}
    return tuple(TimelinePoint(by_id[p["photo_id"]].label, _utc(p["instant_utc"]),
                               float(p["uncertainty_s"]), by_id[p["photo_id"]].reading)
                 for p in result["photos"])


def exhibit_metadata(record: Mapping[str, Any], fact: PhotoFact, photo: Mapping[str, Any],
                     zone_name: str, table: Table) -> tuple[tuple[str, str], ...]:
    """What the file says about itself, and what was established from it."""
    def fmt(value: Any, unit: str = "") -> str:
        return "" if value is None else f"{value}{unit}"

    def metres(value: Any) -> str:
        return "" if value is None else text(table, "unit.metres", n=f"{value:.0f}")

    position = "" if record.get("latitude") is None else \
        f"{record['latitude']:.6f}, {record['longitude']:.6f}"
    camera_clock = record.get("taken_local") or ""
    if camera_clock and record.get("taken_offset"):
        camera_clock += f" ({record['taken_offset']}, " \
                        f"{table.get('offset.' + str(record.get('offset_source')), '')})"
    rows = [
        (table["meta.established"], f"{local_time(_utc(photo['instant_utc']), zone_name)} \u00b1 "
         + text(table, "unit.seconds", n=f"{photo['uncertainty_s']:.0f}")),
        (table["meta.basis"], strings.text(table, fact.basis.key)),
        (table["meta.camera_clock"], camera_clock.replace("T", " ")),
        (table["meta.gps_clock"], fmt(record.get("gps_time_utc"))),
        (table["meta.clock_skew"], "" if record.get("clock_skew_s") is None
         else text(table, "unit.seconds", n=f"{record['clock_skew_s']:+.0f}")),
        (table["meta.position"], position),
        (table["meta.accuracy"], metres(record.get("gps_accuracy_m"))),
        (table["meta.altitude"], metres(record.get("altitude_m"))),
        (table["meta.bearing"], fmt(record.get("bearing_deg"), "\u00b0")),
        (table["meta.distance"], metres(photo["distance_m"])),
        (table["meta.camera"], " ".join(p for p in (record.get("camera_make"),
                                                    record.get("camera_model")) if p)),
        (table["meta.software"], fmt(record.get("software"))),
        (table["meta.size"], f"{record.get('width')} \u00d7 {record.get('height')}"
         if record.get("width") else ""),
        (table["meta.file"], f"{record.get('media_type')}, {record.get('size_bytes')} B"),
    ]
    return tuple((label, value) for label, value in rows if value)


def finding_rows(record: Mapping[str, Any], table: Table) -> tuple[tuple[str, str, str], ...]:
    """(severity, code, what it means) for each finding, the gravest first."""
    found = sorted(record.get("findings", []),
                   key=lambda f: (SEVERITY_ORDER.get(f["severity"], 3), f["code"]))
    return tuple((table.get(f"severity.{f['severity']}", f["severity"]), f["code"],
                  table.get(f"finding.{f['code']}", f["message"])) for f in found)


def observation_rows(observed: Iterable[Any], table: Table) -> tuple[str, ...]:
    out = []
    for o in observed:
        seen = [table[f"tag.{t.value}"] for t in o.tags]
        if o.people_count is not None:
            seen.append(text(table, "observation.people", count=o.people_count))
        line = text(table, "observation.line", reviewer=o.reviewer,
                    at=o.observed_utc[:16].replace("T", " "), seen=", ".join(seen))
        out.append(line + (f" \u2014 \u00ab{o.note}\u00bb" if o.note else ""))
    return tuple(out)


def custody_rows(log: Iterable[custody.Entry], sha256: str,
                 table: Table) -> tuple[tuple[str, str, str, str], ...]:
    """The log's entries about this original: its import, duplicates, observations."""
    return tuple((str(e.seq), e.at_utc[:19].replace("T", " "), e.actor,
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


def originals_rows(case: Any, table: Table,
                   names: Mapping[int, list[str]]) -> tuple[tuple[str, str, str, str], ...]:
    """(sha256, kind, size, name) of every original the case keeps: photos, then letters."""
    rows = [(r["sha256"], table["kind.photo"], str(r["size_bytes"]),
             ", ".join(names.get(r["id"], [])))
            for r in case.conn.execute("SELECT id, sha256, size_bytes FROM photos ORDER BY id")]
    for r in case.conn.execute(LETTER_QUERY):
        try:
            size = str(case.files.size(r["letter_path"]))
        except OSError:
            size = "?"
        rows.append((r["letter_sha256"], table["kind.letter"], size, r["letter_path"]))
    return tuple(rows)
