"""A video exhibit: what the report says it is (its start, length and span) and which of its
frames it shows. The frames are the moments reviewers named in their observations (at most
MOST_OBSERVED, the earliest) and REGULAR_FRAMES at regular intervals from its start, so a
reader sees the whole recording and, beside it, what each observation is about. Each frame is
drawn when the report is rendered (`reports.images.frame_jpeg`), its redaction applied."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from evidence import phrases
from evidence.facts import PhotoFact
from evidence.model import Observation
from evidence.observations import moment_text
from reports import strings

REGULAR_FRAMES = 6      # at 0, 1/6, 2/6 ... 5/6 of the video's length
MOST_OBSERVED = 6       # moments named by reviewers shown beside them, the earliest first
SAME_MOMENT_S = 0.5     # a named moment this close to a regular one is that frame


@dataclass(frozen=True)
class Frame:
    offset_s: float        # seconds from the video's start
    clock: str             # the same as the report writes it: '1:23'
    caption: str           # '1:23 from the start · SHA-256 4f2a…', in the report's language
    observed: bool         # a reviewer's observation names this moment


@dataclass(frozen=True)
class VideoExhibit:
    duration_s: float
    span: str              # 'Video, 2:05 long, filmed from … to …'
    note: str              # what the frames are, with the video's whole SHA-256
    frames: tuple[Frame, ...]


def moments(duration_s: float, named: Iterable[float]) -> tuple[tuple[float, bool], ...]:
    """(offset, named by a reviewer) of each frame to show, in time order."""
    step = duration_s / REGULAR_FRAMES
    regular = [round(k * step, 0 if step >= 2 else 1) for k in range(REGULAR_FRAMES)]
    wanted = sorted({round(s, 3) for s in named if 0 <= s <= duration_s})[:MOST_OBSERVED]
    shown = {s: False for s in regular}
    for moment in wanted:
        near = min(regular, key=lambda s: abs(s - moment))
        if abs(near - moment) <= SAME_MOMENT_S:
            shown.pop(near)
        shown[moment] = True
    return tuple(sorted(shown.items()))


def video_exhibit(fact: PhotoFact, sha256: str, observed: Iterable[Observation],
                  zone_name: str, table: Mapping[str, str]) -> VideoExhibit | None:
    """What a report says of a video exhibit (None for a photo)."""
    if not fact.is_video or fact.instant is None:
        return None
    lang = table["lang.code"]

    def clock(seconds: float) -> str:
        return phrases.localised(moment_text(seconds), lang)

    end = fact.instant + timedelta(seconds=fact.duration_s)
    span = strings.text(table, "exhibit.video_span", duration=clock(fact.duration_s),
                        start=strings.local_time(fact.instant.replace(microsecond=0),
                                                 zone_name, lang=lang),
                        end=strings.local_time(end.replace(microsecond=0), zone_name,
                                               lang=lang))
    chosen = moments(fact.duration_s, (o.at_s for o in observed if o.at_s is not None))
    frames = tuple(Frame(offset, clock(offset), strings.text(
        table, "exhibit.frame_observed" if named else "exhibit.frame",
        offset=clock(offset), short=sha256[:12]), named) for offset, named in chosen)
    note = strings.text(table, "exhibit.frames", count=len(frames), regular=REGULAR_FRAMES,
                        sha256=sha256)
    return VideoExhibit(fact.duration_s, span, note, frames)
