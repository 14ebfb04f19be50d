"""What a contradiction report says, gathered once from a case and said in one language.

`build()` reads the case, analyses it (or takes a stored analysis) and returns a `Report`: plain,
frozen data in which every sentence is already in the report's language. The PDF and HTML
renderers only lay it out, so both say the same thing. Images are not held here: an exhibit
names its original, and `reports.images` decodes it when a renderer draws it, one at a time.

    report = build(case, lang="ru", prepared_by="A. Lawyer")
    report.t("cover.title"), report.claims[0].exhibits[0].label      # 'C1-E1'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from evidence import analysis, custody, facts, observations, phrases, redaction
from evidence.errors import KnownError
from evidence.facts import VenueFact
from evidence.phrases import Phrase
from evidence.store import Case, CaseInfo, software_version
from evidence.timing import TZDATA_VERSION
from maps.static import exhibit_label, exhibit_numbers
from reports import strings
from reports.content_rows import (
    TimelinePoint,
    claim_rows,
    coverage_lines,
    custody_rows,
    exhibit_metadata,
    finding_rows,
    methodology_rules,
    observation_rows,
    originals_rows,
    timeline_points,
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Exhibit:
    label: str                     # 'C3-E2'
    photo_id: int
    sha256: str
    media_type: str
    size_bytes: int
    stored_path: str               # relative to the case folder
    names: tuple[str, ...]         # the file names it was imported under
    same_as: str | None            # an earlier exhibit showing the same photo, if any
    instant_utc: str               # the established capture moment, as the analysis has it
    taken_local: str               # the same, in the claim's zone
    reading: str                   # contradicts | supports | both | neither
    seen: tuple[str, ...]          # what the reviewer saw that bears on the excuse, in words
    metadata: tuple[tuple[str, str], ...]      # (label, value) rows
    findings: tuple[tuple[str, str, str], ...]  # (severity, code, explanation)
    observations: tuple[str, ...]
    custody: tuple[tuple[str, str, str, str], ...]  # (seq, at_utc, actor, action)
    redacted: redaction.Redaction | None = None    # the image drawn is the redacted copy
    redaction_note: str = ""       # what was hidden, said beside the image


@dataclass(frozen=True)
class ClaimSection:
    label: str                     # 'C3'
    claim_id: int
    result: Mapping[str, Any]      # the analysis result, as JSON-ready data
    venue: VenueFact
    venue_name: str                # in the report's language when the case has it
    rows: tuple[tuple[str, str], ...]      # the claim as the document states it
    excuse_text: str               # verbatim, in the document's language
    verdict: str                   # the verdict word in the report's language
    reasons: tuple[str, ...]
    caveats: tuple[str, ...]
    coverage: str                  # one sentence: share of the window the photos speak for
    gaps: tuple[str, ...]          # each uncovered stretch, local time
    window: tuple[datetime, datetime]      # aware UTC
    zone: str
    timeline: tuple[TimelinePoint, ...]
    exhibits: tuple[Exhibit, ...]
    map_photos: Mapping[int, Mapping[str, Any]]   # inspection records for the static map


@dataclass(frozen=True)
class Report:
    lang: str
    case: CaseInfo
    case_root: str
    jurisdiction: str
    prepared_by: str
    generated_utc: str
    software: str
    tzdata: str
    fingerprint: str | None        # the signing key's, when the bundle is signed
    claims: tuple[ClaimSection, ...]
    rules: tuple[tuple[str, str, str], ...]    # (excuse, contradicted by, supported by)
    parameters: tuple[tuple[str, str], ...]
    originals: tuple[tuple[str, str, str, str], ...]  # (sha256, kind, size, name)
    table: Mapping[str, str] = field(repr=False)

    def t(self, key: str, **args: Any) -> str:
        """A string of the report's own, in its language."""
        return strings.text(self.table, key, **args)

    @property
    def exhibit_count(self) -> int:
        return sum(len(c.exhibits) for c in self.claims)


def build(case: Case, *, lang: str = "en", claim_ids: list[int] | None = None,
          prepared_by: str = "", jurisdiction: str | None = None,
          fingerprint: str | None = None, analyzed: Mapping[str, Any] | None = None,
          generated: datetime | None = None, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None) -> Report:
    """Everything the report on `claim_ids` (every claim when None) says, in `lang`."""
    table = strings.table(lang)
    analyzed = analyzed or analysis.analyze_case(case)
    results = _chosen(analyzed["claims"], claim_ids)
    _, venues, photo_facts = facts.load(case)
    by_slug = {v.slug: v for v in venues.values()}
    rows = {row["id"]: row for row in case.conn.execute("SELECT * FROM photos ORDER BY id")}
    log = list(custody.entries(case.conn))
    names = _import_names(case)
    observed = observations.by_photo(case)
    fact_of = {f.id: f for f in photo_facts}
    venue_rows = {r["slug"]: r for r in case.conn.execute("SELECT * FROM venues")}
    seen_before: dict[int, str] = {}
    redacted = {r.photo_id: r for r in redaction.all_redactions(case)}
    sections = []
    for done, result in enumerate(results, start=1):
        if cancelled is not None and cancelled():
            raise KnownError("The report was cancelled; nothing was written.")
        claim_row = case.conn.execute("SELECT * FROM claims WHERE id = ?",
                                      (result["claim_id"],)).fetchone()
        section = _section(result, claim_row, by_slug[result["venue"]],
                           venue_rows[result["venue"]], table, rows, log, names, observed,
                           fact_of, seen_before)
        sections.append(replace(section, exhibits=tuple(
            _with_redaction(e, redacted.get(e.photo_id), table) for e in section.exhibits)))
        if progress is not None:
            progress(done, len(results))
    info = case.info
    return Report(
        lang=lang, case=info, case_root=str(case.root),
        jurisdiction=jurisdiction or _jurisdiction(venue_rows.values(), results),
        prepared_by=prepared_by, generated_utc=_stamp(generated), software=software_version(),
        tzdata=TZDATA_VERSION, fingerprint=fingerprint, claims=tuple(sections),
        rules=methodology_rules(table), parameters=_parameters(table, analyzed["parameters"]),
        originals=originals_rows(case, table, names), table=table)


def _chosen(results: list[dict[str, Any]], claim_ids: list[int] | None) -> list[dict[str, Any]]:
    if claim_ids is None:
        return results
    known = {r["claim_id"] for r in results}
    missing = sorted(set(claim_ids) - known)
    if missing:
        raise KnownError(f"The case has no claim {', '.join(map(str, missing))}; "
                         "`claim list` shows its claims.")
    return [r for r in results if r["claim_id"] in set(claim_ids)]


def _section(result: Mapping[str, Any], claim_row: Any, venue: VenueFact, venue_row: Any,
             table: Mapping[str, str], rows: Mapping[int, Any], log: list[custody.Entry],
             names: Mapping[int, list[str]], observed: Mapping[int, list[Any]],
             fact_of: Mapping[int, facts.PhotoFact], seen_before: dict[int, str]
             ) -> ClaimSection:
    claim_id = result["claim_id"]
    local_name = _local_name(venue_row, table["lang.code"])
    say = _sayer(table, venue.name, local_name)
    numbers = exhibit_numbers(result)
    exhibits = []
    for photo in result["photos"]:
        label = exhibit_label(claim_id, numbers[photo["photo_id"]])
        row = rows[photo["photo_id"]]
        exhibits.append(_exhibit(label, photo, row, result["window"]["zone"], table, log,
                                 names.get(row["id"], []), observed.get(row["id"], []),
                                 fact_of[row["id"]], seen_before.get(row["id"])))
        seen_before.setdefault(row["id"], label)
    start = datetime.fromisoformat(result["window"]["start_utc"].replace("Z", "+00:00"))
    end = datetime.fromisoformat(result["window"]["end_utc"].replace("Z", "+00:00"))
    sentence, gaps = coverage_lines(result, table)
    return ClaimSection(
        label=f"C{claim_id}", claim_id=claim_id, result=result, venue=venue,
        venue_name=local_name, rows=claim_rows(claim_row, result, local_name, venue_row, table),
        excuse_text=result["excuse_text"], verdict=table[f"verdict.{result['verdict']}"],
        reasons=tuple(say(p) for p in result["explain"]["reasons"]),
        caveats=tuple(say(p) for p in result["explain"]["caveats"]),
        coverage=sentence, gaps=gaps, window=(start, end), zone=result["window"]["zone"],
        timeline=timeline_points(result, exhibits), exhibits=tuple(exhibits),
        map_photos={p["photo_id"]: json.loads(rows[p["photo_id"]]["inspection"])
                    for p in result["photos"]})


def _sayer(table: Mapping[str, str], name_en: str,
           local_name: str) -> Callable[[Mapping[str, Any]], str]:
    """Renders a stored phrase in the table's language, with the venue's local name."""
    def say(data: Mapping[str, Any]) -> str:
        return phrases.render(_renamed(phrases.from_json(data), name_en, local_name), table)
    return say


def _renamed(p: Phrase, name_en: str, local_name: str) -> Phrase:
    args = {k: (local_name if k == "venue" and v == name_en else
                _renamed(v, name_en, local_name) if isinstance(v, Phrase) else v)
            for k, v in p.args}
    return phrases.phrase(p.key, **args)


def _exhibit(label: str, photo: Mapping[str, Any], row: Any, zone_name: str,
             table: Mapping[str, str], log: list[custody.Entry], names: list[str],
             observed: list[Any], fact: facts.PhotoFact, same_as: str | None) -> Exhibit:
    record = json.loads(row["inspection"])
    instant = datetime.fromisoformat(photo["instant_utc"].replace("Z", "+00:00"))
    seen = [*photo["contradicts"], *photo["supports"]]
    return Exhibit(
        label=label, photo_id=row["id"], sha256=row["sha256"], media_type=row["media_type"],
        size_bytes=row["size_bytes"], stored_path=row["stored_path"], names=tuple(names),
        same_as=same_as, instant_utc=photo["instant_utc"],
        taken_local=strings.local_time(instant, zone_name),
        reading=_reading(photo), seen=tuple(strings.seen_words(table, seen)),
        metadata=exhibit_metadata(record, fact, photo, zone_name, table),
        findings=finding_rows(record, table), observations=observation_rows(observed, table),
        custody=custody_rows(log, row["sha256"], table))


def _with_redaction(exhibit: Exhibit, done: redaction.Redaction | None,
                    table: Mapping[str, str]) -> Exhibit:
    """The exhibit drawn from its redacted copy, with the sentence that says so."""
    if done is None:
        return exhibit
    reasons = [r.reason for r in done.regions]
    what = ", ".join(table[f"redaction.{r}"] for r in redaction.REASONS if r in reasons)
    note = strings.text(table, "redaction.statement", n=len(done.regions), what=what,
                        how=table[f"redaction.{done.method}"], sha256=exhibit.sha256)
    return replace(exhibit, redacted=done, redaction_note=note)


def _reading(photo: Mapping[str, Any]) -> str:
    against, backing = bool(photo["contradicts"]), bool(photo["supports"])
    return "both" if against and backing else \
        "contradicts" if against else "supports" if backing else "neither"


def _import_names(case: Case) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    for row in case.conn.execute("SELECT photo_id, source_name FROM imports ORDER BY id"):
        if row["source_name"] not in names.setdefault(row["photo_id"], []):
            names[row["photo_id"]].append(row["source_name"])
    return names


def _local_name(venue_row: Any, lang: str) -> str:
    """The venue's name in `lang`; a Kazakh report falls back to the Russian name, which its
    readers know, before the English one."""
    order = {"ru": ("name_ru",), "kk": ("name_kk", "name_ru")}.get(lang, ())
    return next((venue_row[k] for k in order if venue_row[k]), venue_row["name_en"])


def _jurisdiction(venue_rows: Any, results: list[dict[str, Any]]) -> str:
    wanted = {r["venue"] for r in results}
    cities = sorted({v["city"] for v in venue_rows if v["slug"] in wanted and v["city"]})
    return ", ".join(cities)


def _parameters(table: Mapping[str, str],
                values: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    return (
        (table["param.cover"], strings.text(table, "unit.minutes", n=values["cover_s"] // 60)),
        (table["param.allowance"], strings.text(table, "unit.metres",
                                                n=f"{values['max_allowance_m']:.0f}")),
        (table["param.small_gathering"], str(values["small_gathering"])),
        (table["param.time_doubt"], strings.text(table, "unit.seconds",
                                                 n=f"{facts.BASE_TIME_UNCERTAINTY_S:.0f}")),
        (table["param.accuracy"], strings.text(table, "unit.metres",
                                               n=f"{facts.DEFAULT_ACCURACY_M:.0f}")),
    )


def _stamp(generated: datetime | None) -> str:
    moment = (generated or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")
