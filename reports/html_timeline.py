"""The timeline of a refusal laid out for an inline SVG: the claimed window, gaps, exhibits.

The same information as the PDF's chart: the window as a band, the stretches no photo speaks for
shaded, each exhibit at its established moment with a bar for the doubt about it, and an axis in
the claim's local time. This module only computes positions; the template draws them (escaped).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from evidence.results import Outcome
from evidence.timing import zone
from reports.content import ClaimSection
from reports.content_rows import TimelinePoint
from reports.strings import local_time

WIDTH, MARGIN = 760, 16
LANE_H, MAX_LANES = 22, 8
BAND_TOP = 24
READING_COLOUR = {o: o.colour for o in Outcome}
# Tick spacings, minutes: the first giving at most MAX_TICKS ticks is used.
STEPS_MIN = (5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080)
MAX_TICKS = 9


@dataclass(frozen=True)
class Mark:
    label: str
    x: float
    y: float
    bar: tuple[float, float]
    colour: str
    anchor: str            # 'end' when the label goes left of the dot
    title: str             # shown on hover: the moment and its doubt


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    band: tuple[float, float, float]       # x0, x1, height (from BAND_TOP)
    gaps: tuple[tuple[float, float], ...]
    marks: tuple[Mark, ...]
    axis_y: float
    ticks: tuple[tuple[float, str], ...]
    readings: tuple[tuple[str, str], ...]  # (reading, colour) present, for the legend


def layout(section: ClaimSection) -> Timeline:
    start, end = section.window
    points = sorted(section.timeline, key=lambda p: p.instant)
    lo = min([start, *(p.instant - timedelta(seconds=p.uncertainty_s) for p in points)])
    hi = max([end, *(p.end + timedelta(seconds=p.uncertainty_s) for p in points)])
    pad = (hi - lo) * 0.03 or timedelta(minutes=5)
    lo, hi = lo - pad, hi + pad
    scale = (WIDTH - 2 * MARGIN) / (hi - lo).total_seconds()

    def x(moment: datetime) -> float:
        return round(MARGIN + (moment - lo).total_seconds() * scale, 1)

    lanes = max(1, min(len(points), MAX_LANES))
    band_h = 12 + lanes * LANE_H
    marks = tuple(_mark(p, i % lanes, x, section.zone) for i, p in enumerate(points))
    gaps = tuple((x(a.replace(microsecond=0)), x(b.replace(microsecond=0)))
                 for a, b in section.result.coverage.gaps)
    present = dict.fromkeys(p.reading for p in points)
    return Timeline(WIDTH, BAND_TOP + band_h + 34, (x(start), x(end), band_h), gaps, marks,
                    BAND_TOP + band_h, _ticks(lo, hi, x, section.zone),
                    tuple((r, READING_COLOUR[r]) for r in present))


def _mark(point: TimelinePoint, lane: int, x: Callable[[datetime], float],
          zone_name: str) -> Mark:
    doubt = timedelta(seconds=point.uncertainty_s)
    at = x(point.instant)
    left, right = x(point.instant - doubt), x(point.end + doubt)   # a video: its whole span
    anchor = "end" if at > WIDTH - 90 else "start"
    until = f" \u2013 {local_time(point.end, zone_name)}" if point.duration_s else ""
    title = f"{point.label}: {local_time(point.instant, zone_name)}{until} \u00b1 " \
            f"{point.uncertainty_s:.0f} s"
    return Mark(point.label, at, BAND_TOP + 18 + lane * LANE_H, (left, right),
                READING_COLOUR[point.reading], anchor, title)


def _ticks(lo: datetime, hi: datetime, x: Callable[[datetime], float],
           zone_name: str) -> tuple[tuple[float, str], ...]:
    span_min = (hi - lo).total_seconds() / 60
    step = next((s for s in STEPS_MIN if span_min / s <= MAX_TICKS), STEPS_MIN[-1])
    local = lo.astimezone(zone(zone_name))
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    minutes = (local - midnight).total_seconds() / 60
    tick = midnight + timedelta(minutes=(minutes // step + 1) * step)
    shape = "%H:%M" if step < 1440 else "%m-%d"
    ticks = []
    while tick < hi:
        ticks.append((x(tick), tick.strftime(shape)))
        tick += timedelta(minutes=step)
    return tuple(ticks)

