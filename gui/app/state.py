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
from evidence.photo_time import PhotoTime, photo_times
from evidence.results import CaseResult, ClaimResult, PhotoBearing
from evidence.store import Case, CaseData

# How an encrypted case's thumbnail is named (gui.photos.sealed reads it).
SEALED_SCHEME = "skver-encrypted"


def sealed_reference(root: Path | str, relpath: str) -> str:
    """How an encrypted case names a file it keeps (gui.photos.sealed decrypts it when shown)."""
    return f"{SEALED_SCHEME}:{Path(root) / relpath}"


Bearing = tuple[ClaimResult, PhotoBearing]


@dataclass(frozen=True, eq=False)
class CaseState:
    """The open case as the window shows it; replaced, never changed.

    Its two indexes (the refusals each photo bears on, the custody entries of each original)
    are built by the engine on its worker, a change's from the last state's, so the GUI thread
    never builds them; a state made without them builds them whole."""

    data: CaseData                       # read with its custody log
    result: CaseResult
    facts: Mapping[int, PhotoFact]       # each photo's established time and place, by id
    bearing: Mapping[int, tuple[Bearing, ...]] = field(default=None)  # type: ignore[assignment]
    custody: Mapping[str, tuple[Entry, ...]] = field(default=None)  # type: ignore[assignment]
    # Each photo's time as shown (the facts' instant in its place's time, the camera's reading
    # beside it), by id: made once for a case's photos, which a change other than an import
    # leaves as they are.
    times: Mapping[int, PhotoTime] = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.bearing is None:
            object.__setattr__(self, "bearing", bearing_index(self.result.claims))
        if self.custody is None:
            object.__setattr__(self, "custody", custody_index({}, self.data.log or ()))
        if self.times is None:
            object.__setattr__(self, "times", photo_times(self.data.photos, self.facts,
                                                          self.data.info.timezone))

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

    def bearing_on(self, photo_id: int) -> tuple[Bearing, ...]:
        """The refusals this photo was taken for (at their venue, in their window), with how it
        bears on each, in the refusals' order."""
        return self.bearing.get(photo_id, ())

    def custody_of(self, photo: PhotoRecord) -> tuple[Entry, ...]:
        """The custody entries about this original: its imports, observations, redactions."""
        return self.custody.get(photo.sha256, ())

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
        seen = len(self.data.log or ())
        data = self._reread(case, what)
        previous = self.state
        judged = self.analysis.update(data, observed=what.observed, claims=what.claims,
                                      venues=what.venues)
        self.data = data
        result = self.analysis.result()
        order = {c.claim_id: n for n, c in enumerate(result.claims)}
        now = {c.claim_id: c for c in result.claims}
        was = [c for claim_id in judged if (c := previous.claim(claim_id)) is not None]
        self.state = CaseState(
            data, result, self.analysis.facts,
            bearing=rebear(previous.bearing, was, [now[i] for i in judged if i in now], order),
            custody=custody_index(previous.custody, (data.log or ())[seen:]),
            times=previous.times)
        removed = {c.claim_id for c in previous.claims} - now.keys()
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


def bearing_index(claims: Iterable[ClaimResult]) -> dict[int, tuple[Bearing, ...]]:
    """Photo id -> the refusals it bears on, with how, in the order of `claims`."""
    found: dict[int, list[Bearing]] = {}
    for claim in claims:
        for photo in claim.photos:
            found.setdefault(photo.photo_id, []).append((claim, photo))
    return {photo_id: tuple(pairs) for photo_id, pairs in found.items()}


def rebear(index: Mapping[int, tuple[Bearing, ...]], before: Iterable[ClaimResult],
           after: Iterable[ClaimResult], order: Mapping[int, int]
           ) -> dict[int, tuple[Bearing, ...]]:
    """`index` with the claims judged again (`before` as they were, `after` as they are now;
    a removed claim is only in `before`) put right; only their photos' entries are rebuilt.
    `order`: each claim's place in the case's order."""
    before, after = list(before), list(after)
    judged = {c.claim_id for c in before} | {c.claim_id for c in after}
    photos = {p.photo_id for c in (*before, *after) for p in c.photos}
    fresh = bearing_index(after)
    found = dict(index)
    for photo_id in photos:
        kept = [pair for pair in index.get(photo_id, ()) if pair[0].claim_id not in judged]
        pairs = sorted((*kept, *fresh.get(photo_id, ())), key=lambda pair: order.get(
            pair[0].claim_id, len(order)))
        if pairs:
            found[photo_id] = tuple(pairs)
        else:
            found.pop(photo_id, None)
    return found


def custody_index(index: Mapping[str, tuple[Entry, ...]], entries: Iterable[Entry]
                  ) -> dict[str, tuple[Entry, ...]]:
    """`index` (original's SHA-256 -> its custody entries) with `entries` added."""
    found = dict(index)
    for entry in entries:
        sha = entry.details.get("photo_sha256") or entry.object_hash
        if isinstance(sha, str):
            found[sha] = (*found.get(sha, ()), entry)
    return found
