"""The report's inventory of exhibits: what each photo the report relies on is, and where it
came from, in one table; the refusal letters it relies on; the tools that read them.

One row per photo, however many refusals show it (an exhibit `same_as` an earlier one adds its
label to that row). The bundle's SHA256SUMS lists every file of the case; the report lists only
what it relies on, so a one-refusal report of a large case stays short.

    inventory = inventory_of(sections, data, table)
    inventory.exhibits[0].labels      # ('C1-E1', 'C3-E2')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import metadata
from typing import TYPE_CHECKING

from evidence import casefiles, custody, phrases
from evidence.phrases import localised
from evidence.printable import printable
from evidence.results import PhotoBearing
from evidence.store import CaseData, software_version
from evidence.timing import TZDATA_VERSION
from reports import attestation
from reports.strings import local_time, text, utc_moment

if TYPE_CHECKING:
    from reports.content import ClaimSection

Table = Mapping[str, str]
# The libraries whose reading of a file or a moment the report's figures rest on, as their
# distributions are named (left out where one is not installed).
LIBRARIES = ("exifread", "Pillow", "pillow-heif", "geographiclib")


@dataclass(frozen=True)
class ExhibitRow:
    labels: tuple[str, ...]        # every label the photo has in the report, first first
    names: tuple[str, ...]         # the file names it was imported under
    sha256: str
    captured: str                  # the established moment, in the first refusal's zone
    doubt: str                     # '± 5 s'
    time_source: str               # how the moment was established
    place: str                     # 'lat, lon' (WGS84), or '' without a GPS position
    accuracy: str                  # the position's accuracy, stated or assumed
    device: str                    # make and model, as the file states them
    provided_by: str               # the import's actor, as the custody log records it
    collected_utc: str             # the import's time, UTC ('2024-03-01 10:00:05', in ru/kk
                                   # '01.03.2024 10:00:05')
    source_label: str              # what the user called the source at import, if anything
    provenance: str = ""           # its Content Credentials' state and its proofs', a line each
                                   # (reports.attestation.inventory_note)


@dataclass(frozen=True)
class LetterRow:
    labels: tuple[str, ...]        # the refusals ('C3') that cite it
    sha256: str
    size: str                      # bytes, '?' when the file cannot be read
    name: str


@dataclass(frozen=True)
class PageRow:
    """A copy of the akimat's occupancy page a procedure finding of the report rests on."""

    labels: tuple[str, ...]        # the refusals ('C3') whose findings cite it
    page_id: int
    sha256: str
    kind: str                      # 'HTML', 'PDF', 'PNG' ...
    url: str
    captured: str                  # '2025-06-05 05:30:00 UTC', in the report's language
    how: str                       # saved by a person, or captured by Skver


@dataclass(frozen=True)
class Inventory:
    exhibits: tuple[ExhibitRow, ...]
    letters: tuple[LetterRow, ...]
    tools: tuple[tuple[str, str], ...]     # (name, version)
    pages: tuple[PageRow, ...] = ()        # the akimat's occupancy pages cited

    @property
    def tools_line(self) -> str:
        """'Skver 1.0; tzdata 2024a; exifread 3.0.0; ...'"""
        return "; ".join(f"{name} {version}" for name, version in self.tools)


def inventory_of(sections: Sequence[ClaimSection], data: CaseData, table: Table) -> Inventory:
    """The inventory of the exhibits and letters of `sections`, read from `data` (with its
    custody log)."""
    entries = {e.seq: e for e in data.log or ()}
    rows: dict[int, ExhibitRow] = {}
    labels: dict[int, list[str]] = {}
    for section in sections:
        bearings = {p.photo_id: p for p in section.result.photos}
        for exhibit in section.exhibits:
            labels.setdefault(exhibit.photo_id, []).append(exhibit.label)
            if exhibit.photo_id not in rows:
                rows[exhibit.photo_id] = _row(data, bearings[exhibit.photo_id], section.zone,
                                              entries, table)
    exhibits = tuple(replace(row, labels=tuple(labels[pid])) for pid, row in rows.items())
    return Inventory(exhibits, _letters(sections, data), tools(), _pages(sections, data, table))


def tools() -> tuple[tuple[str, str], ...]:
    """Skver, the time zone database and the libraries that read the files, with versions."""
    found = [("Skver", software_version()), ("tzdata", TZDATA_VERSION)]
    for name in LIBRARIES:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    return tuple(found)


def _row(data: CaseData, bearing: PhotoBearing, zone_name: str,
         entries: Mapping[int, custody.Entry], table: Table) -> ExhibitRow:
    record, fact = data.photo(bearing.photo_id), bearing.fact
    meta, lang = record.inspection.metadata, table["lang.code"]
    metres = text(table, "unit.metres", n=localised(f"{fact.allowance_m:,.0f}", lang))
    accuracy = text(table, "inventory.accuracy_stated" if fact.accuracy_m is not None else
                    "inventory.accuracy_assumed", metres=metres)
    imported = entries.get(record.custody_seq)
    details = imported.details if imported is not None else {}
    label = details.get("source_label")
    return ExhibitRow(
        labels=(), names=record.names, sha256=record.sha256,
        captured=local_time(bearing.instant.replace(microsecond=0), zone_name, lang=lang),
        doubt="\u00b1 " + phrases.duration(fact.uncertainty_s, table),
        time_source=phrases.render_medium(fact.basis, table, fact.is_video),
        place="" if fact.lat is None or fact.lon is None else text(
            table, "inventory.position", lat=localised(f"{fact.lat:.6f}", lang),
            lon=localised(f"{fact.lon:.6f}", lang)),
        accuracy=accuracy if fact.lat is not None else "",
        device=" ".join(p for p in (meta.camera_make, meta.camera_model) if p),
        provided_by=imported.actor if imported is not None else "",
        collected_utc=utc_moment(imported.at_utc, lang).removesuffix(" UTC")
        if imported is not None else "",
        source_label=label if isinstance(label, str) else "",
        provenance=attestation.inventory_note(record.inspection, data.proofs_of(record.id),
                                              table))


def _pages(sections: Iterable[ClaimSection], data: CaseData, table: Table
           ) -> tuple[PageRow, ...]:
    """The occupancy pages the refusals' procedure findings cite (and the other file of the
    same capture), each once, with the refusals that cite it."""
    by_id = {p.id: p for p in data.occupancy_pages}
    cited: dict[int, list[str]] = {}
    for section in sections:
        for found in section.result.procedure:
            facts = found.fact
            ids = [p.get("page_id") for p in facts.get("pages", ())] + \
                  [e.get("page_id") for e in facts.get("entries", ())]
            for page_id in ids:
                page = by_id.get(page_id) if isinstance(page_id, int) else None
                if page is None:
                    continue
                for key in (page.id, page.same_capture):
                    if key is not None and section.label not in cited.setdefault(key, []):
                        cited[key].append(section.label)
    lang = table["lang.code"]
    return tuple(PageRow(
        tuple(cited[p.id]), p.id, p.sha256, p.media_type.rsplit("/", 1)[-1].upper(),
        printable(p.url),
        utc_moment(p.captured_utc, lang), table[f"inventory.page_{p.capture.value}"])
        for p in data.occupancy_pages if p.id in cited)


def _letters(sections: Iterable[ClaimSection], data: CaseData) -> tuple[LetterRow, ...]:
    """The letters of the report's refusals, each once, with the refusals that cite it."""
    cited: dict[tuple[str, str], list[str]] = {}
    for section in sections:
        claim = section.result.claim
        if claim.letter_sha256 and claim.letter_path:
            cited.setdefault((claim.letter_sha256, claim.letter_path), []).append(section.label)
    names = {e.object_hash: e.details.get("source_name") for e in data.log or ()
             if e.action == "letter-attached"}
    files = casefiles.for_root(data.root)
    rows = []
    for (sha256, relpath), labels in cited.items():
        try:
            size = str(files.size(relpath))
        except OSError:
            size = "?"
        name = names.get(sha256)
        rows.append(LetterRow(tuple(labels), sha256, size,
                              name if isinstance(name, str) and name else
                              relpath.rsplit("/", 1)[-1]))
    return tuple(rows)
