"""The refusal detail pane: the excuse, its window, the verdict and why, as escaped HTML."""

from __future__ import annotations

from datetime import tzinfo
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from evidence import phrases, timing
from evidence.errors import KnownError
from gui import i18n, vocabulary
from reports import strings

MUTED = "color:gray"


def _t(text: str) -> str:
    return QCoreApplication.translate("RefusalDetail", text)


def empty_html() -> str:
    text = _t("Select a refusal to see its excuse, the window it claims, the verdict and the "
              "reasons for it.")
    return f"<p style='{MUTED}'>{escape(text)}</p>"


def to_html(claim: dict[str, Any]) -> str:
    """Everything known about one judged claim; every text from the case is escaped."""
    zone = _zone(claim["window"].get("zone"))
    colour = vocabulary.verdict_colour(claim["verdict"])
    dated = _t("Refusal dated {date}; excuse: {category}").format(
        date=claim["document_date"], category=vocabulary.category(claim["category"]))
    parts = [
        f"<h3>{escape(claim['document_number'])} · {escape(claim['venue_name'])}</h3>",
        f"<p style='{MUTED}'>{escape(dated)}</p>",
        f"<p><b style='color:{colour}'>{escape(vocabulary.verdict(claim['verdict']).upper())}"
        f"</b> — {escape(vocabulary.verdict_explained(claim['verdict']))}</p>",
        _heading(_t("The excuse, as written")),
        f"<p><i>{escape(claim['excuse_text'])}</i></p>",
        _heading(_t("Claimed window")),
        _window_html(claim["window"], zone),
        _list_html(_t("Reasons"), said(claim, "reasons")),
        _list_html(_t("Caveats"), said(claim, "caveats")),
        _coverage_html(claim["coverage"], zone),
        _photos_html(claim["photos"], zone),
    ]
    return "\n".join(p for p in parts if p)


def said(claim: dict[str, Any], part: str) -> list[str]:
    """The verdict's reasons or caveats in the interface's language: the analysis keeps them as
    phrases, which the report's Russian and Kazakh tables say; English as the analysis wrote it."""
    lang = i18n.current()
    if lang == "en" or "explain" not in claim:
        return list(claim[part])
    table = strings.table(lang)
    return [phrases.render(phrases.from_json(p), table) for p in claim["explain"][part]]


def _heading(text: str) -> str:
    return f"<h4>{escape(text)}</h4>"


def _zone(name: str | None) -> tzinfo | None:
    try:
        return timing.zone(name) if name else None
    except KnownError:  # an unknown zone name: the window is still shown in UTC
        return None


def _span(start: str, end: str, tz: tzinfo | None) -> str:
    """'2022-08-20 18:00 – 22:00' in `tz` (UTC when None); the end's date only if it differs."""
    a, b = timing.parse_utc(start), timing.parse_utc(end)
    if tz is not None:
        a, b = a.astimezone(tz), b.astimezone(tz)
    end_format = "%H:%M" if a.date() == b.date() else "%Y-%m-%d %H:%M"
    return f"{a:%Y-%m-%d %H:%M} – {b.strftime(end_format)}"


def _window_html(window: dict[str, Any], tz: tzinfo | None) -> str:
    rows = []
    if tz is not None:
        start = timing.parse_utc(window["start_utc"])
        offset = timing.format_offset(start.astimezone(tz).utcoffset())
        rows.append((_t("Local ({zone}, UTC{offset})").format(zone=window["zone"],
                                                              offset=offset),
                     _span(window["start_utc"], window["end_utc"], tz)))
    rows.append((_t("UTC"), _span(window["start_utc"], window["end_utc"], None)))
    cells = "".join(
        f"<tr><td style='padding:1px 12px 1px 0; {MUTED}'>{escape(label)}</td>"
        f"<td style='padding:1px 0'>{escape(value)}</td></tr>" for label, value in rows)
    return f"<table>{cells}</table>"


def _list_html(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return _heading(title) + "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _coverage_html(coverage: dict[str, Any], tz: tzinfo | None) -> str:
    text = _t("The photos speak for {share:.0%} of the window ({covered} of {total}).").format(
        share=coverage["fraction"], covered=_duration(coverage.get("covered_s", 0)),
        total=_duration(coverage.get("window_s", 0)))
    parts = [_heading(_t("Coverage")), f"<p>{escape(text)}</p>"]
    gaps = coverage.get("gaps", [])
    if gaps:
        parts.append(f"<p>{escape(_t('Gaps with no photo:'))}</p><ul>")
        for gap in gaps:
            local = _span(gap["start_utc"], gap["end_utc"], tz) if tz else ""
            utc = _span(gap["start_utc"], gap["end_utc"], None)
            text = _t("{local} local ({utc} UTC)").format(local=local, utc=utc) if tz else \
                _t("{utc} UTC").format(utc=utc)
            parts.append(f"<li>{escape(text)}</li>")
        parts.append("</ul>")
    return "".join(parts)


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 60:
        return _t("{m} min").format(m=minutes)
    return _t("{h} h {m:02d} min").format(h=minutes // 60, m=minutes % 60)


def _photos_html(photos: list[dict[str, Any]], tz: tzinfo | None) -> str:
    if not photos:
        return ""
    rows = []
    for photo in photos:
        moment = timing.parse_utc(photo["instant_utc"])
        when = f"{moment.astimezone(tz):%H:%M} " + _t("local") if tz else f"{moment:%H:%M} UTC"
        distance = photo["distance_m"]
        where = (_t("{m:.0f} m inside the venue") if distance <= 0 else
                 _t("{m:.0f} m outside the venue")).format(m=abs(distance))
        bears = ", ".join(vocabulary.tag(x) for x in photo["contradicts"] + photo["supports"])
        rows.append(
            f"<tr><td style='padding:1px 10px 1px 0' valign='top'>"
            f"<b>{escape(_t('Photo {id}').format(id=photo['photo_id']))}</b></td>"
            f"<td style='padding:1px 10px 1px 0' valign='top'>{escape(when)}</td>"
            f"<td style='padding:1px 10px 1px 0' valign='top'>{escape(where)}</td>"
            f"<td style='padding:1px 0; {MUTED}' valign='top'>{escape(bears)}</td></tr>")
    return _heading(_t("Photos in the window")) + "<table>" + "".join(rows) + "</table>"
