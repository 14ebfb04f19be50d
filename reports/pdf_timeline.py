"""A refusal's timeline as vector drawing: the claimed window as a band with local-time ticks,
the stretches no photo speaks for hatched, each exhibit a mark at its moment with its doubt as a
bar, labelled, shaped and coloured by its reading (so it reads in black and white too).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from evidence.results import Outcome
from evidence.timing import zone
from maps.static_scene import rgb
from reports.content import ClaimSection, Report
from reports.pdf_layout import TINY, ReportPDF

MARKS = {o: rgb(o.colour) for o in Outcome}
WINDOW_FILL, GAP_LINE = (226, 236, 226), (150, 150, 150)
STEPS_MIN = (5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 43200)
BAND_H, LANE_H, AXIS_H, LEGEND_H = 9.0, 4.0, 8.0, 10.0


def height(section: ClaimSection) -> float:
    """How much page the timeline takes."""
    return BAND_H + AXIS_H + LEGEND_H + LANE_H * _lane_count(section) + 2


def draw(pdf: ReportPDF, report: Report, section: ClaimSection) -> None:
    """Draws the timeline at the current position and moves below it."""
    x0, width, top = pdf.l_margin, pdf.epw, pdf.get_y()
    start, end = _span(section)
    def at(moment: datetime) -> float:
        return x0 + width * (moment - start) / (end - start)
    lanes = _lanes(pdf, section, at)
    band_top = top + LANE_H * (max(lanes.values(), default=-1) + 1) + 2
    _window(pdf, section, at, band_top)
    _ticks(pdf, section, start, end, at, band_top + BAND_H)
    _marks(pdf, section, at, lanes, top, band_top)
    _legend(pdf, report, x0, band_top + BAND_H + AXIS_H)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_line_width(0.2)
    pdf.set_xy(x0, band_top + BAND_H + AXIS_H + LEGEND_H)


def _span(section: ClaimSection) -> tuple[datetime, datetime]:
    start, end = section.window
    for p in section.timeline:
        doubt = timedelta(seconds=p.uncertainty_s)
        start, end = min(start, p.instant - doubt), max(end, p.end + doubt)
    pad = max((end - start) * 0.04, timedelta(minutes=5))
    return start - pad, end + pad


def _lane_count(section: ClaimSection) -> int:
    return min(len(section.timeline), 6) or 1


def _lanes(pdf: ReportPDF, section: ClaimSection,
           at: Callable[[datetime], float]) -> dict[str, int]:
    """Each label in the first row where it does not overlap another (at most 6 rows)."""
    pdf.set_font("sans", size=TINY)
    ends: list[float] = []
    lanes = {}
    for p in sorted(section.timeline, key=lambda p: p.instant):
        half = pdf.get_string_width(p.label) / 2 + 0.8
        x = at(p.instant)
        lane = next((i for i, e in enumerate(ends) if e < x - half), None)
        if lane is None:
            lane = len(ends) if len(ends) < _lane_count(section) else \
                min(range(len(ends)), key=ends.__getitem__)
            ends.append(0) if lane == len(ends) else None
        ends[lane] = x + half
        lanes[p.label] = lane
    return lanes


def _window(pdf: ReportPDF, section: ClaimSection, at: Callable[[datetime], float],
            top: float) -> None:
    left, right = at(section.window[0]), at(section.window[1])
    pdf.set_fill_color(*WINDOW_FILL)
    pdf.set_draw_color(60, 120, 60)
    pdf.set_line_width(0.3)
    pdf.rect(left, top, right - left, BAND_H, style="DF")
    pdf.set_draw_color(*GAP_LINE)
    pdf.set_line_width(0.15)
    for start, end in section.result.coverage.gaps:
        a, b = at(start.replace(microsecond=0)), at(end.replace(microsecond=0))
        with pdf.rect_clip(a, top, b - a, BAND_H):
            step = 1.6
            offset = 0.0
            while offset < b - a + BAND_H:
                pdf.line(a + offset, top + BAND_H, a + offset - BAND_H, top)
                offset += step


def _ticks(pdf: ReportPDF, section: ClaimSection, start: datetime, end: datetime,
           at: Callable[[datetime], float], y: float) -> None:
    tz = zone(section.zone)
    minutes = (end - start).total_seconds() / 60
    step = next((s for s in STEPS_MIN if minutes / s <= 8), STEPS_MIN[-1])
    local = start.astimezone(tz)
    first = local.replace(second=0, microsecond=0)
    if step >= 1440:
        first = first.replace(hour=0, minute=0)
    elif step >= 60:
        first = first.replace(hour=first.hour - first.hour % (step // 60), minute=0)
    else:
        first = first.replace(minute=first.minute - first.minute % step)
    pdf.set_font("sans", size=TINY)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.line(at(start), y, at(end), y)
    tick, last_day = first, None
    while tick <= end:
        if tick >= start:
            x = at(tick)
            pdf.line(x, y, x, y + 1.2)
            text = tick.strftime("%H:%M")
            if step >= 1440 or tick.date() != last_day:
                text = tick.strftime("%d.%m %H:%M" if step < 1440 else "%d.%m.%Y")
                last_day = tick.date()
            pdf.set_xy(x - 12, y + 1.3)
            pdf.cell(24, 3, text, align="C")
        tick = (tick.astimezone(start.tzinfo) + timedelta(minutes=step)).astimezone(tz)
    pdf.set_xy(at(end) - 40, y + 4.3)
    pdf.cell(40, 3, pdf.clean(section.zone), align="R")


def _marks(pdf: ReportPDF, section: ClaimSection, at: Callable[[datetime], float],
           lanes: dict[str, int], top: float, band_top: float) -> None:
    mid = band_top + BAND_H / 2
    pdf.set_font("sans", size=TINY)
    for p in section.timeline:
        x = at(p.instant)
        doubt = timedelta(seconds=p.uncertainty_s)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.35)
        left, right = at(p.instant - doubt), at(p.end + doubt)
        pdf.line(left, mid, right, mid)
        pdf.line(left, mid - 1, left, mid + 1)
        pdf.line(right, mid - 1, right, mid + 1)
        if p.duration_s:   # a video: the minutes it films, a thick bar from its start
            pdf.set_line_width(1.2)
            pdf.line(x, mid, max(at(p.end), x + 0.6), mid)
            pdf.set_line_width(0.35)
        label_y = top + LANE_H * lanes[p.label]
        pdf.set_line_width(0.1)
        pdf.set_draw_color(*GAP_LINE)
        pdf.line(x, label_y + 3.2, x, mid - 1.6)
        mark(pdf, p.reading, x, mid, 1.5)
        pdf.set_xy(x - 10, label_y)
        pdf.cell(20, 3, pdf.clean(p.label), align="C")


def mark(pdf: ReportPDF, reading: Outcome, x: float, y: float, r: float) -> None:
    """The reading's mark: disc (contradicts), square (supports), diamond (both), ring."""
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*MARKS[reading])
    if reading == "contradicts":
        pdf.circle(x, y, r, style="DF")
    elif reading == "supports":
        pdf.rect(x - r, y - r, 2 * r, 2 * r, style="DF")
    elif reading == "both":
        pdf.polygon([(x, y - r * 1.25), (x + r * 1.25, y), (x, y + r * 1.25),
                     (x - r * 1.25, y)], style="DF")
    else:
        pdf.set_fill_color(255, 255, 255)
        pdf.circle(x, y, r, style="DF")


def _legend(pdf: ReportPDF, report: Report, x: float, y: float) -> None:
    """The key, flowing onto a second line when the words are long."""
    pdf.set_font("sans", size=TINY)
    at = [x, y]

    def room(text: str, swatch: float) -> str:
        text = pdf.clean(text)
        need = swatch + pdf.get_string_width(text) + 4
        if at[0] + need > pdf.l_margin + pdf.epw:
            at[0], at[1] = pdf.l_margin, at[1] + 4
        return text

    text = room(report.t("timeline.window"), 7)
    pdf.set_fill_color(*WINDOW_FILL)
    pdf.set_draw_color(60, 120, 60)
    pdf.rect(at[0], at[1] + 0.6, 6, 2.8, style="DF")
    _legend_text(pdf, text, at, 7)
    text = room(report.t("timeline.gap"), 7)
    pdf.set_draw_color(*GAP_LINE)
    pdf.rect(at[0], at[1] + 0.6, 6, 2.8)
    for dx in (1.5, 3, 4.5, 6):
        pdf.line(at[0] + dx, at[1] + 3.4, at[0] + dx - 1.4, at[1] + 0.6)
    _legend_text(pdf, text, at, 7)
    for reading in Outcome:
        text = room(report.t(f"reading.{reading}"), 3.5)
        mark(pdf, reading, at[0] + 1.4, at[1] + 2, 1.2)
        _legend_text(pdf, text, at, 3.5)


def _legend_text(pdf: ReportPDF, text: str, at: list[float], swatch: float) -> None:
    width = pdf.get_string_width(text) + 1
    pdf.set_xy(at[0] + swatch, at[1])
    pdf.cell(width, 4, text)
    at[0] += swatch + width + 3

