"""What a contradiction report says, gathered once from a case and said in one language.

`build()` reads the case, analyses it (or takes a stored analysis) and returns a `Report`: plain,
frozen data in which every sentence is already in the report's language. The PDF and HTML
renderers only lay it out, so both say the same thing. Images are not held here: an exhibit
names its original, and `reports.images` decodes it when a renderer draws it, one at a time.

    report = build(case, lang="ru", prepared_by="A. Lawyer")
    report.t("cover.title"), report.claims[0].exhibits[0].label      # 'C1-E1'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from evidence import custody, facts, phrases, redaction, signing, store
from evidence.analysis import PARAMETERS, analyze
from evidence.errors import KnownError
from evidence.facts import VenueFact
from evidence.model import CaseInfo, Observation, PhotoRecord, Redaction, Tag, Venue
from evidence.phrases import Phrase
from evidence.results import (
    CaseResult,
    ClaimResult,
    NotCounted,
    Outcome,
    Parameters,
    PhotoBearing,
    Unlisted,
)
from evidence.rules import sighting_phrase
from evidence.store import Case, CaseData, software_version
from evidence.timing import TZDATA_VERSION
from maps.static import exhibit_label, exhibit_numbers
from reports import anchor, attestation, procedure_section, strings
from reports.content_rows import (
    TimelinePoint,
    claim_rows,
    coverage_lines,
    custody_rows,
    exhibit_metadata,
    finding_rows,
    methodology_rules,
    moment_said,
    observation_rows,
    timeline_points,
)
from reports.inventory import Inventory, inventory_of
from reports.video_frames import VideoExhibit, video_exhibit

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
    reading: Outcome               # how it bears on the stated ground
    seen: tuple[str, ...]          # what reviewers recorded, verbatim: tags, head counts, notes
    inferred: tuple[str, ...]      # what the rules make of it, naming the rule
    metadata: tuple[tuple[str, str], ...]      # (label, value) rows
    findings: tuple[tuple[str, str, str], ...]  # (severity, code, explanation)
    observations: tuple[str, ...]
    custody: tuple[tuple[str, str, str, str], ...]  # (seq, at_utc, actor, action)
    redacted: Redaction | None = None    # the image drawn is the redacted copy
    redaction_note: str = ""       # what was hidden, said beside the image
    credentials: tuple[str, ...] = ()  # what its Content Credentials attest (reports.attestation)
    video: VideoExhibit | None = None  # a video: its span and the frames the report shows
    proofs: tuple[str, ...] = ()   # what capture apps' proofs (ProofMode, Tella) state of it


@dataclass(frozen=True)
class ClaimSection:
    label: str                     # 'C3'
    claim_id: int
    result: ClaimResult
    venue: VenueFact
    venue_name: str                # in the report's language when the case has it
    rows: tuple[tuple[str, str], ...]      # the claim as the document states it
    excuse_text: str               # verbatim, in the document's language
    verdict: str                   # the verdict in the report's language, limits flagged
    limited: bool                  # something limits what the verdict can say
    basis: str                     # photos counted and deciding, share of the window
    limits: tuple[str, ...]        # what limits the verdict, in words
    reasons: tuple[str, ...]
    caveats: tuple[str, ...]
    coverage: str                  # one sentence: share of the window the photos speak for
    gaps: tuple[str, ...]          # each uncovered stretch, local time
    window: tuple[datetime, datetime]      # aware UTC
    zone: str
    timeline: tuple[TimelinePoint, ...]
    exhibits: tuple[Exhibit, ...]
    map_photos: Mapping[int, PhotoRecord]  # the exhibits' stored records, for the static map
    not_counted: tuple[tuple[str, str, str], ...] = ()   # (photo's name, taken, why not)
    # the refusal's procedure as recorded, and its findings (reports/procedure_section.py)
    procedure: procedure_section.ProcedureSection | None = None


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
    fingerprint: str | None        # the case's signing key's (None: a case without one yet)
    custody_head: tuple[int, str] | None   # (seq, entry hash): anchor.relied_on(the log)
    claims: tuple[ClaimSection, ...]
    rules: tuple[tuple[str, str, str], ...]    # (excuse, contradicted by, supported by)
    parameters: tuple[tuple[str, str], ...]
    inventory: Inventory           # the exhibits, letters and tools the report relies on
    table: Mapping[str, str] = field(repr=False)
    # (finding, how many refusals, which) of the procedure findings (procedure_section.summary)
    procedure_summary: tuple[tuple[str, str, str], ...] = ()

    def t(self, key: str, **args: Any) -> str:
        """A string of the report's own, in its language."""
        return strings.text(self.table, key, **args)

    @property
    def generated_text(self) -> str:
        """When the case was as the report reads it, as the report's language writes dates."""
        return phrases.dates(self.generated_utc, self.lang)

    @property
    def small_gathering(self) -> int:
        """The head-count threshold the methodology quotes."""
        return PARAMETERS.small_gathering

    @property
    def exhibit_count(self) -> int:
        return sum(len(c.exhibits) for c in self.claims)

    @property
    def custody_head_text(self) -> str:
        """The custody log's last entry when the case was read, as the cover prints it."""
        if self.custody_head is None:
            return "\u2014"
        seq, entry_hash = self.custody_head
        return self.t("cover.custody_head_value", seq=seq, hash=entry_hash)


def build(source: Case | CaseData, *, lang: str = "en", claim_ids: list[int] | None = None,
          prepared_by: str = "", jurisdiction: str | None = None,
          analyzed: CaseResult | None = None,
          generated: datetime | None = None, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None) -> Report:
    """Everything the report on `claim_ids` (every claim when None) says, in `lang`.

    `source` is an open case, or a case read with its custody log (`store.read(case,
    with_log=True)`)."""
    data = store.read(source, with_log=True) if isinstance(source, Case) else source
    if data.log is None:
        raise ValueError("a report needs the case's custody log: read it with_log=True")
    table = strings.table(lang)
    own = signing.own_key(data.log)
    results = _chosen((analyzed or analyze(_only(data, claim_ids))).claims, claim_ids)
    seen_before: dict[int, str] = {}
    names = photo_names(results)
    sections = []
    for done, result in enumerate(results, start=1):
        if cancelled is not None and cancelled():
            raise KnownError("The report was cancelled; nothing was written.")
        section = _section(result, data, table, seen_before, names)
        sections.append(replace(section, exhibits=tuple(
            _with_redaction(e, data.redactions.get(e.photo_id), table)
            for e in section.exhibits)))
        if progress is not None:
            progress(done, len(results))
    head = anchor.relied_on(data.log)
    return Report(
        lang=lang, case=data.info, case_root=str(data.root),
        jurisdiction=jurisdiction or _jurisdiction(data, results),
        prepared_by=prepared_by, generated_utc=_stamp(generated or _read_at(data, head)),
        software=software_version(), tzdata=TZDATA_VERSION,
        fingerprint=own.fingerprint if own else None,
        custody_head=(head.seq, head.entry_hash) if head else None,
        claims=tuple(sections),
        rules=methodology_rules(table), parameters=_parameters(table),
        inventory=inventory_of(sections, data, table), table=table,
        procedure_summary=procedure_section.summary(results, table))


def _only(data: CaseData, claim_ids: list[int] | None) -> CaseData:
    """The case with only the claims a report is on: the others are not judged."""
    if claim_ids is None:
        return data
    wanted = set(claim_ids)
    return replace(data, claims=tuple(c for c in data.claims if c.key in wanted))


def _read_at(data: CaseData, head: custody.Entry | None) -> datetime:
    """When the case was as the report reads it: the time of the custody entry it relies on
    (so the same case gives the same report, whenever it is written)."""
    return _parse_utc(head.at_utc if head else data.info.created_utc)


def _parse_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _chosen(results: Iterable[ClaimResult], claim_ids: list[int] | None) -> list[ClaimResult]:
    results = list(results)
    if claim_ids is None:
        return results
    known = {r.claim_id for r in results}
    missing = sorted(set(claim_ids) - known)
    if missing:
        raise KnownError(f"The case has no claim {', '.join(map(str, missing))}; "
                         "`claim list` shows its claims.")
    return [r for r in results if r.claim_id in set(claim_ids)]


def _section(result: ClaimResult, data: CaseData, table: Mapping[str, str],
             seen_before: dict[int, str], names: Mapping[int, str]) -> ClaimSection:
    claim, venue = result.claim, result.venue
    local_name = local_venue_name(venue.venue, table["lang.code"])
    say = _sayer(table, venue.name, local_name, names)
    numbers = exhibit_numbers(result)
    exhibits = []
    assert data.log is not None
    for photo in result.photos:
        label = exhibit_label(result.claim_id, numbers[photo.photo_id])
        record = data.photo(photo.photo_id)
        exhibit = _exhibit(label, photo, record, claim.window_zone, table, data.log,
                           data.history_of(record.id), seen_before.get(record.id), say)
        exhibits.append(replace(exhibit, proofs=attestation.proof_lines(
            data.proofs_of(record.id), record.inspection, table),
            findings=finding_rows(record, table, data.proofs_of(record.id))))
        seen_before.setdefault(record.id, label)
    sentence, gaps = coverage_lines(result, table)
    return ClaimSection(
        label=f"C{result.claim_id}", claim_id=result.claim_id, result=result, venue=venue,
        venue_name=local_name, rows=claim_rows(result, local_name, table),
        excuse_text=claim.excuse_text, verdict=verdict_words(result, table),
        limited=result.basis.limited, basis=basis_line(result, table),
        limits=tuple(table[f"limit.{x.value}"] for x in result.basis.limits),
        reasons=tuple(say(p) for p in result.reasons),
        # the coverage has a part of its own in a report
        caveats=tuple(say(p) for p in result.caveats if p.key != "caveat.coverage"),
        coverage=sentence, gaps=gaps, window=(claim.window_start, claim.window_end),
        zone=claim.window_zone, timeline=timeline_points(result, exhibits),
        exhibits=tuple(exhibits),
        map_photos={p.photo_id: data.photo(p.photo_id) for p in result.photos},
        not_counted=not_counted_rows(result, data, table, names),
        procedure=procedure_section.section(result, table))


def photo_names(results: Iterable[ClaimResult]) -> dict[int, str]:
    """{photo id: its name in the report}: its first exhibit label. A report names a photo
    by this one name in reasons, caveats, maps, timelines and the inventory."""
    names: dict[int, str] = {}
    for result in results:
        for photo_id, n in exhibit_numbers(result).items():
            names.setdefault(photo_id, exhibit_label(result.claim_id, n))
    return names


def verdict_words(result: ClaimResult, table: Mapping[str, str]) -> str:
    """The verdict as every table and banner of the report says it, its limits flagged:
    'Photos inconsistent with the stated ground (with limits)'."""
    words = table[f"verdict.{result.verdict.value}"]
    return f"{words} ({table['verdict.limited']})" if result.basis.limited else words


def basis_line(result: ClaimResult, table: Mapping[str, str]) -> str:
    """'3 photos counted (3 deciding); 15% of the window' ('2 photos, 1 video counted', '1 video
    counted': a video is never counted as a photo), in the table's language."""
    basis = result.basis
    videos = sum(1 for p in result.photos if p.fact.is_video)
    counts = [phrases.render(phrases.phrase("count.photos", n=basis.counted - videos), table)
              ] if basis.counted > videos or not videos else []
    if videos:
        counts.append(phrases.render(phrases.phrase("count.videos", n=videos), table))
    return strings.text(table, "basis.line", photos=", ".join(counts),
                        deciding=basis.deciding, fraction=basis.fraction)


def not_counted_rows(result: ClaimResult, data: CaseData, table: Mapping[str, str],
                     names: Mapping[int, str]) -> tuple[tuple[str, str, str], ...]:
    """(name, taken, why) of every photo that might have counted for the refusal and does
    not: at its venue outside the window, in the window elsewhere or with no position, or
    with nothing to tell."""
    rows = []
    zone_name = result.claim.window_zone
    for item in result.not_counted:
        record = data.photo(item.photo_id)
        moment = facts.photo_fact(record).instant
        taken = (strings.local_time(moment, zone_name, lang=table["lang.code"]) if moment
                 else "\u2014")
        rows.append((photo_name(record, names, table), taken, not_counted_reason(item, table)))
    return tuple(rows)


def not_counted_reason(item: NotCounted, table: Mapping[str, str]) -> str:
    """Why a photo does not count for a refusal, in the table's language."""
    if item.why is Unlisted.OUTSIDE_WINDOW and item.off_by_s is not None:
        return strings.text(table, "uncounted.outside_before" if item.off_by_s < 0
                            else "uncounted.outside_after",
                            span=phrases.duration(item.off_by_s, table))
    if item.why is Unlisted.ELSEWHERE:
        return strings.text(table, "uncounted.elsewhere", distance=round(item.distance_m or 0),
                            allowance=round(item.allowance_m or 0))
    return table[f"uncounted.{item.why.value}"]


def photo_name(record: PhotoRecord, names: Mapping[int, str], table: Mapping[str, str]) -> str:
    """The photo's exhibit label, or, for a photo no refusal of the report counts, its file
    name and the start of its SHA-256."""
    if record.id in names:
        return names[record.id]
    return strings.text(table, "uncounted.name", name=record.names[0] if record.names else "",
                        short=record.sha256[:12])


def _sayer(table: Mapping[str, str], name_en: str, local_name: str,
           names: Mapping[int, str]) -> Callable[[Phrase], str]:
    """Renders a phrase in the table's language, with the venue's local name and each photo
    by its name in the report."""
    def say(p: Phrase) -> str:
        return phrases.render(_renamed(p, name_en, local_name, names), table)
    return say


_REFERENCES = frozenset({"ref.photo", "ref.photo_start"})


def _renamed(p: Phrase, name_en: str, local_name: str, names: Mapping[int, str]) -> Phrase:
    def again(v: Any) -> Any:
        if isinstance(v, Phrase):
            photo_id = dict(v.args).get("id")
            if v.key in _REFERENCES and isinstance(photo_id, int) and photo_id in names:
                return names[photo_id]
            return _renamed(v, name_en, local_name, names)
        return v
    args = {k: (local_name if k == "venue" and v == name_en else
                [again(x) for x in v] if isinstance(v, list | tuple) else again(v))
            for k, v in p.args}
    return phrases.phrase(p.key, **args)


def _exhibit(label: str, photo: PhotoBearing, record: PhotoRecord, zone_name: str,
             table: Mapping[str, str], log: Iterable[custody.Entry],
             observed: Iterable[Observation], same_as: str | None,
             say: Callable[[Phrase], str]) -> Exhibit:
    observed = tuple(observed)      # every row recorded; what counts is in effect
    reading = photo.reading
    inferred = [*reading.contradicts, *reading.supports]
    if reading.count is not None and reading.count not in inferred:
        inferred.append(reading.count)
    rules_say = [say(sighting_phrase(s)) for s in inferred if not isinstance(s, Tag)]
    if reading.outweighed:
        rules_say.append(strings.text(table, "exhibit.outweighed", tags=", ".join(
            table[f"tag.{t.value}"] for t in reading.outweighed)))
    return Exhibit(
        label=label, photo_id=record.id, sha256=record.sha256, media_type=record.media_type,
        size_bytes=record.size_bytes, stored_path=record.stored_path, names=record.names,
        same_as=same_as, instant_utc=_utc(photo.instant),
        taken_local=strings.local_time(photo.instant, zone_name),
        reading=photo.outcome,
        seen=recorded(store.observations.in_effect(observed), table),
        inferred=tuple(rules_say),
        metadata=exhibit_metadata(record, photo, zone_name, table),
        findings=finding_rows(record, table), observations=observation_rows(observed, table),
        custody=custody_rows(log, record.sha256, table),
        credentials=attestation.credential_lines(record.inspection, table),
        video=video_exhibit(photo.fact, record.sha256, store.observations.in_effect(observed),
                            zone_name, table))


def recorded(observed: Iterable[Observation], table: Mapping[str, str]) -> tuple[str, ...]:
    """What reviewers recorded seeing in a photo, as they recorded it: the tags, the head
    count and the note, nothing concluded."""
    out = []
    for o in observed:
        seen = [*moment_said(o, table), *(table[f"tag.{t.value}"] for t in o.tags)]
        if o.people_count is not None:
            seen.append(phrases.render(phrases.phrase("count.people", n=o.people_count), table))
        if o.note:
            seen.append(f"\u00ab{o.note}\u00bb")
        if seen:
            out.append(", ".join(seen))
    return tuple(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _with_redaction(exhibit: Exhibit, done: Redaction | None,
                    table: Mapping[str, str]) -> Exhibit:
    """The exhibit drawn from its redacted copy, with the sentence that says so."""
    if done is None:
        return exhibit
    reasons = [r.reason for r in done.regions]
    what = ", ".join(table[f"redaction.{r}"] for r in redaction.REASONS if r in reasons)
    note = strings.text(table, "redaction.statement", n=len(done.regions), what=what,
                        how=table[f"redaction.{done.method}"], sha256=exhibit.sha256)
    return replace(exhibit, redacted=done, redaction_note=note)


def local_venue_name(venue: Venue, lang: str) -> str:
    """The venue's name in `lang`; a Kazakh reader gets the Russian name, which they know,
    before the English one."""
    order = {"ru": (venue.name_ru,), "kk": (venue.name_kk, venue.name_ru)}.get(lang, ())
    return next((name for name in order if name), venue.name_en)


def _jurisdiction(data: CaseData, results: Iterable[ClaimResult]) -> str:
    wanted = {r.venue.slug for r in results}
    return ", ".join(sorted({v.city for v in data.venues if v.slug in wanted and v.city}))


def _parameters(table: Mapping[str, str],
                values: Parameters = PARAMETERS) -> tuple[tuple[str, str], ...]:
    return (
        (table["param.cover"], strings.text(table, "unit.minutes", n=values.cover_s // 60)),
        (table["param.allowance"], strings.text(table, "unit.metres",
                                                n=f"{values.max_allowance_m:.0f}")),
        (table["param.small_gathering"], str(values.small_gathering)),
        (table["param.partial_coverage"], f"{values.partial_coverage:.0%}"),
        (table["param.gap_resolution"], strings.text(table, "unit.seconds",
                                                     n=f"{values.gap_resolution_s:.0f}")),
        (table["param.time_doubt"], strings.text(table, "unit.seconds",
                                                 n=f"{facts.BASE_TIME_UNCERTAINTY_S:.0f}")),
        (table["param.accuracy"], strings.text(table, "unit.metres",
                                               n=f"{facts.DEFAULT_ACCURACY_M:.0f}")),
    )


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
