"""What the window knows of the open case, and how a change reaches it; no Qt here.

`CaseState` is the case as the window shows it at one moment: the records (`CaseData`, read
with its custody log), the analysis of every refusal (`CaseResult`) and each photo's established
time and place. It never changes; after a write the session replaces it, and `Change` says what
the write touched, so that a view repaints that and nothing else.

`CaseEngine` makes the states. It keeps the analysis between changes (`evidence.analysis.
Analysis`), so a new observation judges again only the refusals its photo bears on, and it
reads back from the case only the rows a change touched. It lives on the session's worker and
is used by one job at a time; the states it hands out cross to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from evidence import casefiles, derived, store
from evidence.analysis import Analysis
from evidence.custody import Entry
from evidence.facts import PhotoFact
from evidence.model import PhotoRecord
from evidence.results import CaseResult, ClaimResult, PhotoBearing
from evidence.store import Case, CaseData

# How an encrypted case's thumbnail is named (gui.photos.sealed reads it).
SEALED_SCHEME = "skver-encrypted"


def sealed_reference(root: Path | str, relpath: str) -> str:
    """How an encrypted case names a file it keeps (gui.photos.sealed decrypts it when shown)."""
    return f"{SEALED_SCHEME}:{Path(root) / relpath}"


@dataclass(frozen=True, eq=False)
class CaseState:
    """The open case as the window shows it; replaced, never changed."""

    data: CaseData                       # read with its custody log
    result: CaseResult
    facts: Mapping[int, PhotoFact]       # each photo's established time and place, by id

    @property
    def root(self) -> str:
        return str(self.data.root)

    @property
    def title(self) -> str:
        return self.data.info.title

    @property
    def timezone(self) -> str | None:
        return self.data.info.timezone

    @property
    def encrypted(self) -> bool:
        return self.data.encrypted

    @property
    def photos(self) -> tuple[PhotoRecord, ...]:
        return self.data.photos

    @property
    def claims(self) -> tuple[ClaimResult, ...]:
        return self.result.claims

    def claim(self, claim_id: int) -> ClaimResult | None:
        return self._claims_by_id.get(claim_id)

    @cached_property
    def _claims_by_id(self) -> dict[int, ClaimResult]:
        return {c.claim_id: c for c in self.result.claims}

    def bearing_on(self, photo_id: int) -> list[tuple[ClaimResult, PhotoBearing]]:
        """The refusals this photo was taken for (at their venue, in their window), with how it
        bears on each."""
        return self._bearing.get(photo_id, [])

    @cached_property
    def _bearing(self) -> dict[int, list[tuple[ClaimResult, PhotoBearing]]]:
        found: dict[int, list[tuple[ClaimResult, PhotoBearing]]] = {}
        for claim in self.result.claims:
            for photo in claim.photos:
                found.setdefault(photo.photo_id, []).append((claim, photo))
        return found

    def custody_of(self, photo: PhotoRecord) -> list[Entry]:
        """The custody entries about this original: its imports, observations, redactions."""
        return self._custody.get(photo.sha256, [])

    @cached_property
    def _custody(self) -> dict[str, list[Entry]]:
        found: dict[str, list[Entry]] = {}
        for entry in self.data.log or ():
            sha = entry.details.get("photo_sha256") or entry.object_hash
            if isinstance(sha, str):
                found.setdefault(sha, []).append(entry)
        return found

    def thumbnail(self, photo: PhotoRecord) -> str | None:
        """The thumbnail's path, None when it is missing (derived files are disposable); an
        encrypted case's is a reference, decrypted when shown (gui.photos.sealed)."""
        relpath = derived.thumbnail_relpath(photo.sha256)
        if not self._files.exists(relpath):
            return None
        if self.encrypted:
            return sealed_reference(self.data.root, relpath)
        return str(self._files.physical(relpath))

    @cached_property
    def _files(self) -> casefiles.PlainFiles:
        return casefiles.for_root(self.data.root)

    def redacted(self, photo_id: int) -> bool:
        return photo_id in self.data.redactions


@dataclass(frozen=True)
class Change:
    """What one write changed; the views repaint these and leave the rest alone."""

    state: CaseState
    photos: frozenset[int] = frozenset()    # their observations, redaction or custody changed
    claims: frozenset[int] = frozenset()    # judged again: added, edited, or their photos'
    removed_claims: frozenset[int] = frozenset()
    venues: frozenset[int] = frozenset()    # added or edited
    reloaded: bool = False                  # read whole again: anything may differ (an import)

    @property
    def touched_photos(self) -> frozenset[int]:
        """The photos whose detail may read differently: changed, or bearing on a refusal that
        was judged again."""
        bearing = {p.photo_id for claim_id in self.claims
                   if (c := self.state.claim(claim_id)) is not None for p in c.photos}
        return self.photos | frozenset(bearing)


@dataclass(frozen=True)
class Refresh:
    """What a write touched, for `CaseEngine.refresh` to read back."""

    observed: frozenset[int] = frozenset()      # photos with new or changed observations
    claims: frozenset[int] = frozenset()        # claims added or edited
    venues: frozenset[int] = frozenset()        # venues added or edited
    redacted: frozenset[int] = frozenset()      # photos whose redaction changed
    reload: bool = False                        # photos added: read everything again

    def __or__(self, other: Refresh) -> Refresh:
        return Refresh(self.observed | other.observed, self.claims | other.claims,
                       self.venues | other.venues, self.redacted | other.redacted,
                       self.reload or other.reload)


NOTHING = Refresh()


@dataclass
class CaseEngine:
    """Keeps one case's analysis and makes its states; used by one job at a time."""

    root: Path
    data: CaseData
    analysis: Analysis = field(init=False)
    state: CaseState = field(init=False)

    def __post_init__(self) -> None:
        self.analysis = Analysis(self.data)
        self.state = self._make_state()

    @classmethod
    def read(cls, case: Case) -> CaseEngine:
        """The whole case read and judged."""
        return cls(case.root, store.read(case, with_log=True))

    def refresh(self, case: Case, what: Refresh) -> Change:
        """Reads back what a write touched and judges again what it can change."""
        if what.reload:
            fresh = CaseEngine.read(case)
            self.data, self.analysis, self.state = fresh.data, fresh.analysis, fresh.state
            return Change(self.state, reloaded=True)
        data = self._reread(case, what)
        before = {c.claim_id for c in self.state.claims}
        judged = self.analysis.update(data, observed=what.observed, claims=what.claims,
                                      venues=what.venues)
        self.data = data
        self.state = self._make_state()
        removed = before - {c.claim_id for c in self.state.claims}
        return Change(self.state, photos=what.observed | what.redacted,
                      claims=frozenset(judged) - removed, removed_claims=frozenset(removed),
                      venues=what.venues)

    def _reread(self, case: Case, what: Refresh) -> CaseData:
        data = self.data
        with store.reading(case):
            if what.observed:
                seen = store.observations.by_photo(case, what.observed)
                data = data.with_observations({p: seen.get(p, ()) for p in what.observed})
            for claim_id in what.claims:
                claim = store.claims.get(case, claim_id)
                if claim is not None:
                    data = data.with_claim(claim)
            for venue_id in what.venues:
                venue = store.venues.by_id(case, venue_id)
                if venue is not None:
                    data = data.with_venue(venue)
            for photo_id in what.redacted:
                data = data.with_redaction(photo_id, store.redactions.get(case, photo_id))
            return _with_new_entries(data, store.log.entries(case, after=_last_seq(data)))

    def _make_state(self) -> CaseState:
        return CaseState(self.data, self.analysis.result(), self.analysis.facts)

    def catch_up(self, case: Case) -> Change:
        """Only the custody entries written since (an export, a verification)."""
        return self.refresh(case, NOTHING)


def _last_seq(data: CaseData) -> int:
    return data.log[-1].seq if data.log else 0


def _with_new_entries(data: CaseData, entries: Iterable[Entry]) -> CaseData:
    new = tuple(entries)
    return replace(data, log=(*(data.log or ()), *new)) if new else data
