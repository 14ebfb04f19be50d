"""A refusal's window and venue proposed from photos: their span in time, as the analysis dates
them (`PhotoFact.instant`: the GPS clock where the camera's is off, never the camera clock
alone), padded to whole minutes; the venue when every photo is at the same one.

Nothing here touches Qt: it reads the case's state as the window holds it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from evidence import timing
from evidence.analysis import reach_m
from evidence.facts import VenueFact
from gui.app.state import CaseState

MINUTE = timedelta(minutes=1)


@dataclass(frozen=True)
class PhotoSpan:
    """What a choice of photos says about a refusal's window and venue."""

    photos: tuple[int, ...]        # every photo chosen
    dated: tuple[int, ...]         # those the analysis can date, earliest first
    first: datetime | None         # aware UTC: the earliest instant as the analysis dates it
    last: datetime | None          # ... and the latest
    venues: tuple[int, ...]        # the venues every photo chosen is at (ids)
    unplaced: tuple[int, ...]      # photos without a position: no venue can be said

    @property
    def undated(self) -> tuple[int, ...]:
        return tuple(p for p in self.photos if p not in self.dated)

    @property
    def venue_id(self) -> int | None:
        """The one venue every photo is at; None when they are not all at one."""
        return self.venues[0] if len(self.venues) == 1 else None

    @property
    def window(self) -> tuple[datetime, datetime] | None:
        """The span padded to whole minutes: from the minute of the first photo to the end of
        the minute of the last, so every photo falls inside the window (its end excluded)."""
        if self.first is None or self.last is None:
            return None
        return _minute_of(self.first), _minute_of(self.last) + MINUTE


def span(state: CaseState, photo_ids: Iterable[int]) -> PhotoSpan:
    """The span and venue of the case's photos `photo_ids` (ids the case does not hold are
    left out)."""
    chosen = tuple(dict.fromkeys(i for i in photo_ids if i in state.facts))
    facts = [state.facts[i] for i in chosen]
    dated = sorted((f for f in facts if f.instant is not None),
                   key=lambda f: (f.instant, f.id))
    unplaced = tuple(f.id for f in facts if not f.placed)
    venues: tuple[int, ...] = ()
    if facts and not unplaced:
        places = [VenueFact(v) for v in state.data.venues if v.id is not None]
        venues = tuple(v.id for v in places
                       if all(reach_m(f, v) is not None for f in facts))
    return PhotoSpan(chosen, tuple(f.id for f in dated),
                     dated[0].instant if dated else None, dated[-1].instant if dated else None,
                     venues, unplaced)


def local_moment(instant: datetime, zone: str) -> datetime:
    """An instant as the wall clock of `zone` showed it: naive, or, in the second pass of an
    hour the zone's clocks showed twice, with its offset (a naive time reads as the first)."""
    tz = timing.zone(zone)
    local = instant.astimezone(tz)
    naive = local.replace(tzinfo=None)
    offset = local.utcoffset()
    if offset is None or timing.local_offset(naive, tz) == offset:
        return naive
    return naive.replace(tzinfo=timezone(offset))


def _minute_of(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)
