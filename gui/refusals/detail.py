"""The refusal detail pane: the excuse, its window, the verdict and why, as escaped HTML."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from html import escape

from PySide6.QtCore import QCoreApplication

from evidence import phrases, timing
from evidence.errors import KnownError
from evidence.photo_time import PhotoTime
from evidence.phrases import Phrase
from evidence.results import ClaimResult, Coverage, PhotoBearing
from gui.app import i18n
from gui.refusals.procedure import procedure_html
from gui.widgets import numbers, vocabulary, when
from reports import content, strings

MUTED = "color:gray"


def _t(text: str) -> str:
    return QCoreApplication.translate("RefusalDetail", text)


def empty_html() -> str:
    text = _t("Select a refusal to see its excuse, the window it claims, the verdict and the "
              "reasons for it.")
    return f"<p style='{MUTED}'>{escape(text)}</p>"


def to_html(result: ClaimResult, times: Mapping[int, PhotoTime] | None = None) -> str:
    """Everything known about one judged claim; every text from the case is escaped. `times`:
    the case's photos' times as shown (the camera clock's reading where it differs)."""
    claim = result.claim
    zone = _zone(claim.window_zone)
    colour = result.verdict.colour
    dated = _t("Refusal dated {date}; excuse: {category}").format(
        date=claim.document_date, category=vocabulary.category(claim.category.value))
    parts = [
        f"<h3>{escape(claim.document_number)} · {venue_html(result)}</h3>",
        f"<p style='{MUTED}'>{escape(dated)}</p>",
        f"<p><b style='color:{colour}'>{escape(vocabulary.verdict_of(result))}"
        f"</b> — {escape(vocabulary.verdict_explained(result.verdict))}</p>",
        _basis_html(result),
        _heading(_t("The excuse, as written")),
        f"<p><i>{escape(claim.excuse_text)}</i></p>",
        _heading(_t("Claimed window")),
        _window_html(claim.window_start, claim.window_end, claim.window_zone, zone),
        procedure_html(result),
        _list_html(_t("Reasons"), said(result, result.reasons)),
        _list_html(_t("Caveats"), said(result, result.caveats)),
        _coverage_html(result.coverage, zone),
        _photos_html(result.photos, zone, times or {}),
        _list_html(strings.table(i18n.current())["uncounted.title"], not_counted(result)),
    ]
    return "\n".join(p for p in parts if p)


def venue_name(result: ClaimResult) -> str:
    """The venue's name in the interface's language, when the case has it."""
    return vocabulary.venue_name(result.venue.venue)


def venue_html(result: ClaimResult) -> str:
    """The venue's name, escaped; a name standing in for the one in the interface's language in
    italics, followed by which name is missing."""
    name = vocabulary.venue_label(result.venue.venue)
    if name.own:
        return escape(name.text)
    return (f"<i>{escape(name.text)}</i> <small style='{MUTED}; font-weight:normal'>"
            f"({escape(vocabulary.missing_name(name))})</small>")


def said(result: ClaimResult, said_as: tuple[Phrase, ...]) -> list[str]:
    """The verdict's reasons or caveats in the interface's language, from the phrases the
    analysis keeps (the report's tables say them in Russian and Kazakh), the venue by its
    local name."""
    table = strings.table(i18n.current())
    local = venue_name(result)
    return [phrases.render(_renamed(p, result.venue.name, local), table) for p in said_as]


def _renamed(p: Phrase, name_en: str, local: str) -> Phrase:
    args = {k: (local if k == "venue" and v == name_en else
                _renamed(v, name_en, local) if isinstance(v, Phrase) else v)
            for k, v in p.args}
    return phrases.phrase(p.key, **args)


def _basis_html(result: ClaimResult) -> str:
    """What the verdict rests on and what limits it, in the words the report uses."""
    table = strings.table(i18n.current())
    lines = [content.basis_line(result, table)]
    if result.basis.limits:
        lines.append(strings.text(table, "basis.limited", limits="; ".join(
            table[f"limit.{x.value}"] for x in result.basis.limits)))
    return "".join(f"<p style='{MUTED}'>{escape(line)}</p>" for line in lines)


def not_counted(result: ClaimResult) -> list[str]:
    """Each photo that might have counted for the refusal and does not, and why."""
    table = strings.table(i18n.current())
    out = []
    for item in result.not_counted:
        name = phrases.render(phrases.phrase("ref.photo_start", id=item.photo_id), table)
        why = content.not_counted_reason(item, table)
        out.append(f"{name}: {why}")
    return out


def _heading(text: str) -> str:
    return f"<h4>{escape(text)}</h4>"


def _zone(name: str | None) -> tzinfo | None:
    try:
        return timing.zone(name) if name else None
    except KnownError:  # an unknown zone name: the window is still shown in UTC
        return None


def _span(start: datetime, end: datetime, tz: tzinfo | None) -> str:
    """'2022-08-20 18:00 – 22:00' in `tz` (UTC when None); the end's date only if it differs."""
    a, b = (start, end) if tz is None else (start.astimezone(tz), end.astimezone(tz))
    end_format = "%H:%M" if a.date() == b.date() else "%Y-%m-%d %H:%M"
    return f"{a:%Y-%m-%d %H:%M} – {b.strftime(end_format)}"


def _window_html(start: datetime, end: datetime, zone_name: str, tz: tzinfo | None) -> str:
    rows = []
    if tz is not None:
        offset = timing.format_offset(start.astimezone(tz).utcoffset())
        rows.append((_t("Local ({zone}, UTC{offset})").format(zone=zone_name, offset=offset),
                     _span(start, end, tz)))
    rows.append((_t("UTC"), _span(start, end, None)))
    cells = "".join(
        f"<tr><td style='padding:1px 12px 1px 0; {MUTED}'>{escape(label)}</td>"
        f"<td style='padding:1px 0'>{escape(value)}</td></tr>" for label, value in rows)
    return f"<table>{cells}</table>"


def _list_html(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return _heading(title) + "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _coverage_html(coverage: Coverage, tz: tzinfo | None) -> str:
    text = _t("The photos speak for {share:.0%} of the window ({covered} of {total}).").format(
        share=numbers.value(coverage.fraction), covered=_duration(coverage.covered_s),
        total=_duration(coverage.window_s))
    parts = [_heading(_t("Coverage")), f"<p>{escape(text)}</p>"]
    if coverage.gaps:
        parts.append(f"<p>{escape(_t('Gaps with no photo:'))}</p><ul>")
        for start, end in coverage.gaps:
            utc = _span(start, end, None)
            text = _t("{local} local ({utc} UTC)").format(local=_span(start, end, tz),
                                                          utc=utc) if tz else \
                _t("{utc} UTC").format(utc=utc)
            parts.append(f"<li>{escape(text)}</li>")
        parts.append("</ul>")
    return "".join(parts)


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 60:
        return _t("{m} min").format(m=minutes)
    return _t("{h} h {m:02d} min").format(h=minutes // 60, m=minutes % 60)


def _photos_html(photos: tuple[PhotoBearing, ...], tz: tzinfo | None,
                 times: Mapping[int, PhotoTime]) -> str:
    """Each photo counted, at the instant the analysis uses, with what dates it and, where the
    GPS clock dates it, what the camera clock read."""
    if not photos:
        return ""
    table = strings.table(i18n.current())
    rows = []
    for photo in photos:
        moment = photo.instant
        at = f"{moment.astimezone(tz):%H:%M} " + _t("local") if tz else f"{moment:%H:%M} UTC"
        dated = [phrases.render(photo.fact.basis, table)]
        time = times.get(photo.photo_id)
        camera = when.camera_line(time) if time is not None else None
        if camera is not None:
            dated.append(camera)
        dated_html = "".join(f"<br><small style='{MUTED}'>{escape(line)}</small>"
                             for line in dated)
        distance = photo.distance_m
        where = (_t("{m:.0f} m inside the venue") if distance <= 0 else
                 _t("{m:.0f} m outside the venue")).format(m=numbers.value(abs(distance)))
        bears = ", ".join(vocabulary.sighting(x)
                          for x in (*photo.reading.contradicts, *photo.reading.supports))
        rows.append(
            f"<tr><td style='padding:1px 10px 1px 0' valign='top'>"
            f"<b>{escape(_t('Photo {id}').format(id=photo.photo_id))}</b></td>"
            f"<td style='padding:1px 10px 1px 0' valign='top'>{escape(at)}{dated_html}</td>"
            f"<td style='padding:1px 10px 1px 0' valign='top'>{escape(where)}</td>"
            f"<td style='padding:1px 0; {MUTED}' valign='top'>{escape(bears)}</td></tr>")
    return _heading(_t("Photos in the window")) + "<table>" + "".join(rows) + "</table>"
