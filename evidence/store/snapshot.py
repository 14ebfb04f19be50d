"""Reading the case: one consistent snapshot that every reader shares.

The analysis, the map, the report, the evidence bundle and the window all start from a
`CaseData`: the case's photos, venues, claims, observations and redactions as typed records,
read in one read transaction so that a writer meanwhile is never half seen.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from evidence.custody import Entry
from evidence.model import (
    CaseInfo,
    Claim,
    Corroboration,
    ImportRecord,
    Observation,
    OccupancyEntry,
    OccupancyPage,
    PhotoRecord,
    Redaction,
    Venue,
)
from evidence.store import claims, log, observations, occupancy, photos, proofs, redactions, venues

if TYPE_CHECKING:
    from evidence.store.case import Case


@dataclass(frozen=True, eq=False)
class CaseData:
    """A case as read at one moment. Replace parts of it (`dataclasses.replace`) after a
    change instead of reading it all again."""

    root: Path
    info: CaseInfo
    encrypted: bool
    photos: tuple[PhotoRecord, ...]                  # id order
    venues: tuple[Venue, ...]                        # slug order
    claims: tuple[Claim, ...]                        # id order
    observations: Mapping[int, tuple[Observation, ...]]  # in effect, by photo id, oldest first
    redactions: Mapping[int, Redaction]              # by photo id
    imports: tuple[ImportRecord, ...] = ()           # oldest first
    log: tuple[Entry, ...] | None = None             # the custody log, when it was asked for
    # Every observation row by photo id, oldest first: corrected and withdrawn ones, the
    # corrections and the withdrawals too. None: nothing was ever corrected or withdrawn, the
    # history is `observations` (a CaseData made from records in memory).
    observation_history: Mapping[int, tuple[Observation, ...]] | None = None
    # What capture apps' proofs (ProofMode, Tella) state, by photo id, in the order recorded.
    proofs: Mapping[int, tuple[Corroboration, ...]] = field(default_factory=dict)
    # The akimat's published occupancy (evidence/occupancy.py): its pages and their entries.
    occupancy_pages: tuple[OccupancyPage, ...] = ()    # id order
    occupancy_entries: tuple[OccupancyEntry, ...] = ()  # id order

    @cached_property
    def _photos_by_id(self) -> dict[int, PhotoRecord]:
        return {p.id: p for p in self.photos}

    @cached_property
    def _venues_by_id(self) -> dict[int, Venue]:
        return {v.id: v for v in self.venues if v.id is not None}

    @cached_property
    def _claims_by_id(self) -> dict[int, Claim]:
        return {c.key: c for c in self.claims}

    def photo(self, photo_id: int) -> PhotoRecord:
        return self._photos_by_id[photo_id]

    def has_photo(self, photo_id: int) -> bool:
        return photo_id in self._photos_by_id

    def venue(self, venue_id: int) -> Venue:
        return self._venues_by_id[venue_id]

    def venue_by_slug(self, slug: str) -> Venue:
        return next(v for v in self.venues if v.slug == slug)

    def claim(self, claim_id: int) -> Claim:
        return self._claims_by_id[claim_id]

    def has_claim(self, claim_id: int) -> bool:
        return claim_id in self._claims_by_id

    def observations_of(self, photo_id: int) -> tuple[Observation, ...]:
        """The photo's observations in effect: what the analysis reads."""
        return self.observations.get(photo_id, ())

    def proofs_of(self, photo_id: int) -> tuple[Corroboration, ...]:
        """The capture apps' proofs recorded for the photo (none for most photos)."""
        return self.proofs.get(photo_id, ())

    def history_of(self, photo_id: int) -> tuple[Observation, ...]:
        """Every observation row of the photo as recorded, oldest first."""
        if self.observation_history is None:
            return self.observations_of(photo_id)
        return self.observation_history.get(photo_id, ())

    def letters(self) -> list[tuple[str, str]]:
        """(SHA-256, path in the case) of every refusal letter kept, without repeats."""
        return sorted({(c.letter_sha256, c.letter_path) for c in self.claims
                       if c.letter_sha256 and c.letter_path})

    def with_observations(self, changed: Mapping[int, tuple[Observation, ...]]) -> CaseData:
        """The same case with the observation rows of some photos (every row of each, as
        `store.observations.by_photo` reads them) replaced."""
        history = self.observation_history
        return replace(
            self, observations={**self.observations, **{
                photo_id: observations.in_effect(rows) for photo_id, rows in changed.items()}},
            observation_history={**(self.observations if history is None else history),
                                 **changed})

    def with_claim(self, claim: Claim) -> CaseData:
        """The same case with one claim added or replaced."""
        kept = [c for c in self.claims if c.id != claim.id]
        return replace(self, claims=tuple(sorted([*kept, claim], key=lambda c: c.key)))

    def with_venue(self, venue: Venue) -> CaseData:
        """The same case with one venue added or replaced."""
        kept = [v for v in self.venues if v.id != venue.id]
        return replace(self, venues=tuple(sorted([*kept, venue], key=lambda v: v.slug)))

    def with_redaction(self, photo_id: int, redaction: Redaction | None) -> CaseData:
        changed = {k: v for k, v in self.redactions.items() if k != photo_id}
        if redaction is not None:
            changed[photo_id] = redaction
        return replace(self, redactions=changed)


def read(case: Case, *, with_log: bool = False) -> CaseData:
    """Everything the case holds (and its custody log when `with_log`), read at one moment."""
    with reading(case):
        history = observations.by_photo(case)
        return CaseData(
            root=case.root, info=case.info, encrypted=case.encrypted,
            photos=tuple(photos.all_photos(case)), venues=tuple(venues.all_venues(case)),
            claims=tuple(claims.all_claims(case)), observations=observations.effective(history),
            redactions={r.photo_id: r for r in redactions.all_redactions(case)},
            imports=tuple(photos.all_imports(case)),
            log=tuple(log.entries(case)) if with_log else None, observation_history=history,
            occupancy_pages=tuple(occupancy.all_pages(case)),
            occupancy_entries=tuple(occupancy.all_entries(case)),
            proofs=proofs.by_photo(case))


@contextmanager
def reading(case: Case) -> Iterator[None]:
    """One read transaction, unless the caller is already inside one."""
    if case.conn.in_transaction:
        yield
        return
    case.conn.execute("BEGIN")
    try:
        yield
    finally:
        case.conn.execute("COMMIT")  # only read: nothing to keep or undo
