"""The detail pane's text: everything Skver read from one file, findings first, as HTML."""

from __future__ import annotations

import os
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from evidence import phrases, timing
from evidence.custody import Entry
from evidence.facts import inspection_fact
from evidence.model import (
    Corroboration,
    Finding,
    Inspection,
    Observation,
    OffsetSource,
    PhotoRecord,
    Severity,
)
from evidence.observations import moment_text
from evidence.photo_time import PhotoTime, photo_time
from evidence.printable import printable
from evidence.proofs import with_proofs
from evidence.provenance import Provenance
from evidence.store import observations as store_observations
from gui.app import i18n
from gui.app.state import CaseState
from gui.photos import attested, sealed
from gui.widgets import numbers, severity, vocabulary, when
from gui.widgets.text import numerus
from reports import strings

NBSP = "\u00a0"  # "60 s" is not broken across two lines


def _t(text: str) -> str:
    return QCoreApplication.translate("InspectionDetail", text)


class DetailBrowser(QTextBrowser):
    """The detail pane: an encrypted case's thumbnail is decrypted in memory, never to disk."""

    def loadResource(self, kind: int, name: QUrl) -> Any:
        ref = sealed.from_url(name)
        if ref is not None and kind == QTextDocument.ResourceType.ImageResource.value:
            return sealed.read_image(ref)
        return super().loadResource(kind, name)

    def forget(self) -> None:
        """Shows nothing and drops the pictures the document keeps (a case locked)."""
        self.document().clear()  # clears its resources too: the decrypted thumbnail goes
        self.setHtml(empty_html())


def empty_html() -> str:
    """What the pane says while no file is selected."""
    return "<p style='color:gray'>{}</p>".format(escape(_t(
        "Select a file in the list to see everything Skver read from it, and why "
        "each finding weakens it as evidence.")))


def to_html(result: Inspection, photo: PhotoRecord | None = None,
            state: CaseState | None = None, *, proofs: tuple[Corroboration, ...] = ()) -> str:
    """The selected file's metadata and findings; every value from the file is escaped.

    When it was taken comes first: the instant the analysis uses, what dates it, and the camera
    clock's reading where that differs. A photo kept in a case (`photo`, with the case's
    `state`) also shows its thumbnail, what reviewers saw in it, its custody history and the
    refusals it bears on. A capture app's `proofs` (ProofMode, Tella) are said beside the file's
    own metadata: a case's photo's are the case's.
    """
    meta = result.metadata
    if photo is None or state is None:
        time = photo_time(result, inspection_fact(result, sha256=meta.sha256 or ""))
        parts = [f"<h3>{escape(os.path.basename(meta.path) or meta.path)}</h3>",
                 f"<p style='color:gray'>{escape(meta.path)}</p>"]
        if not meta.error:
            parts.append(when_html(time, video=result.is_video))
    else:
        found = state.times.get(photo.id)
        time = found if found is not None else photo_time(
            result, inspection_fact(result, photo.id, photo.sha256), state.timezone)
        parts = _case_photo_html(photo, state, time)
    if meta.error and not any(f.message == meta.error for f in result.findings):
        parts.append(f"<p style='color:{severity.COLOURS[Severity.CRITICAL]}'>"
                     f"{escape(severity.error_text(result))}</p>")
    if photo is not None and state is not None:
        proofs = state.data.proofs_of(photo.id)
    # the proofs' findings listed with the file's own, as the Photos table counts them
    parts.append(_findings_html(with_proofs(result, proofs), bool(meta.error), result.is_video))
    parts.append(attested.credentials_html(result))
    parts.append(attested.proofs_html(proofs, result))
    parts.append(_facts_html(result))
    return "\n".join(parts)


def when_html(time: PhotoTime, *, video: bool = False) -> str:
    """When the photo was taken (a `video` filmed from), as the analysis dates it: the instant
    in its place's time with its doubt, in UTC, what dates it, and the camera clock's own
    reading where it differs."""
    heading = f"<h4>{escape(_t('When it was filmed') if video else _t('When it was taken'))}</h4>"
    if not time.dated:
        lines = when.lines(time)
        rest = "".join(f"<br>{escape(line)}" for line in lines[1:])
        return heading + (f"<p style='color:{severity.COLOURS[Severity.WARNING]}'>"
                          f"{escape(lines[0])}{rest}</p>")
    words = when.table()
    rows = [(phrases.for_medium(words, "meta.established", video), _t("{time} ± {doubt}").format(
                time=when.stated(time), doubt=when.doubt(time).replace(" ", NBSP)), False),
            (_t("Start (UTC)") if video else _t("Taken (UTC)"), when.utc(time), False),
            (words["meta.basis"], when.basis(time, video=video), False)]
    reading = when.camera(time)
    if reading is not None:
        rows.append((words["meta.camera_clock"], reading, True))
    cells = "".join(
        f"<tr><td style='padding:1px 12px 1px 0; color:gray' valign='top'>{escape(label)}</td>"
        + (f"<td style='padding:1px 0; color:{severity.COLOURS[Severity.WARNING]}'>"
           f"<b>{escape(value)}</b></td></tr>" if marked else
           f"<td style='padding:1px 0'>{escape(value)}</td></tr>")
        for label, value, marked in rows)
    return f"{heading}<table>{cells}</table>"


def _case_photo_html(photo: PhotoRecord, state: CaseState, time: PhotoTime) -> list[str]:
    title = (_t("Video {id}: {name}") if photo.inspection.is_video
             else _t("Photo {id}: {name}")).format(id=photo.id, name=photo.name)
    kept = _t("Kept in the case as {path}").format(path=photo.stored_path)
    parts = [f"<h3>{escape(title)}</h3>", f"<p style='color:gray'>{escape(kept)}</p>"]
    thumbnail = state.thumbnail(photo)
    if thumbnail:
        found = (sealed.url(thumbnail) if sealed.is_reference(thumbnail)
                 else QUrl.fromLocalFile(thumbnail))  # decrypted by DetailBrowser
        source = escape(found.toString(), quote=True)
        parts.append(f"<p><img src=\"{source}\"></p>")
    if state.redacted(photo.id):
        parts.append("<p><b>{}</b></p>".format(escape(_t(
            "Redacted for reports: they show a copy with regions blurred or blacked out; "
            "the original is unchanged."))))
    parts.append(when_html(time, video=photo.inspection.is_video))
    parts.append(_observations_html(state.data.history_of(photo.id),
                                    video=photo.inspection.is_video))
    parts.append(_custody_html(state, photo))
    bearing = state.bearing_on(photo.id)
    if bearing:
        # How it bears on each, in the report's words ('inconsistent with the stated ground'),
        # beside a dot in the colour the map and the timeline draw it in.
        words = strings.table(i18n.current())
        items = "".join(f"<li><span style='color:{found_photo.outcome.colour}'>●</span> "
                        f"{escape(claim.claim.document_number)}: "
                        f"{escape(words['reading.' + found_photo.outcome.value])}</li>"
                        for claim, found_photo in bearing)
        parts.append(f"<h4>{escape(_t('Refusals it bears on'))}</h4><ul>{items}</ul>")
    return parts


def _custody_html(state: CaseState, photo: PhotoRecord) -> str:
    """The custody log's entries about this original, oldest first."""
    entries = state.custody_of(photo)
    if not entries:
        return ""
    table = strings.table(i18n.current())
    rows = "".join(
        f"<tr><td valign='top'>{e.seq}</td>"
        f"<td valign='top'>{escape(e.at_utc[:19].replace('T', ' '))}</td>"
        f"<td valign='top'>{escape(e.actor)}</td>"
        f"<td>{escape(table.get('action.' + e.action, e.action))}{_source_html(e)}</td></tr>"
        for e in entries)
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in
                   (_t("No."), _t("When (UTC)"), _t("Who"), _t("What")))
    return (f"<h4>{escape(_t('Custody history'))}</h4>"
            f"<table cellspacing='4'><tr>{head}</tr>{rows}</table>")


def _source_html(entry: Entry) -> str:
    """Where an import's file came from, as its entry recorded it: the source's label and the
    file's path inside what was chosen, or the bundle it was merged from."""
    if entry.action not in ("import", "import-duplicate"):
        return ""
    source = Provenance.of(entry.details)
    if source.bundle is not None:
        text = _t("bundle {file} (case {case}): {path}").format(
            file=source.bundle.file, case=source.bundle.case_id, path=source.path)
    elif source.label:
        text = _t("source “{label}”: {path}").format(label=source.label, path=source.path)
    else:
        text = _t("source: {path}").format(path=source.path)
    return f"<br><small style='color:gray'>{escape(printable(text))}</small>"


def _observations_html(rows: tuple[Observation, ...], *, video: bool = False) -> str:
    """Every observation recorded of the photo, oldest first (its rows as
    `CaseData.history_of` gives them): one still in effect as recorded; one corrected or
    withdrawn struck through, saying by which observation, when and by whom, and that it no
    longer counts; a correction saying which one it corrects. A withdrawal is no row of its own:
    it is said on the observation it withdraws, with its reason."""
    heading = f"<h4>{escape(_t('Observations'))}</h4>"
    shown = [o for o in rows if not o.is_withdrawal]
    if not shown:
        return heading + "<p style='color:gray'>{}</p>".format(escape(
            _t("No reviewer has recorded what this video shows yet.") if video else
            _t("No reviewer has recorded what this photo shows yet.")))
    ended = store_observations.superseded(rows)
    out = []
    for seen in shown:
        later = ended.get(seen.id or 0)
        what = [vocabulary.tag(t.value) for t in seen.tags]
        if seen.people_count is not None:
            what.append(numerus("InspectionDetail", "%n (person|people)", seen.people_count))
        if seen.at_s is not None:   # the frame of a video it is about
            what.insert(0, _t("at {moment} of the video").format(
                moment=moment_text(seen.at_s)))
        said = escape(", ".join(what))
        if seen.note:
            said += ("<br>" if said else "") + escape(seen.note)
        if later is not None:
            said = f"<s>{said}</s>"
        who = _t("{reviewer}, {at} UTC · observation {id}").format(
            reviewer=seen.reviewer, at=_moment(seen.observed_utc), id=seen.id)
        lines = [f"<span style='color:gray'>{escape(who)}</span>", said]
        if seen.replaces is not None:
            lines.append(f"<i>{escape(_t('Corrects observation {id}.').format(id=seen.replaces))}"
                         "</i>")
        if later is not None:
            lines.append(_ended_html(later))
        out.append("<p style='margin:2px 0 8px 0'>" + "<br>".join(lines) + "</p>")
    return heading + "".join(out)


def _ended_html(later: Observation) -> str:
    """What ended an observation: its correction or its withdrawal, when and by whom."""
    at = _moment(later.observed_utc)
    if later.is_withdrawal:
        text = _t("Withdrawn on {at} UTC by {reviewer}; it no longer counts.").format(
            at=at, reviewer=later.reviewer)
        if later.note:
            text += " " + _t("Reason: {reason}").format(reason=later.note)
    else:
        text = _t("Corrected by observation {id} on {at} UTC by {reviewer}; it no longer "
                  "counts.").format(id=later.id, at=at, reviewer=later.reviewer)
    return f"<b style='color:{severity.COLOURS[Severity.WARNING]}'>{escape(text)}</b>"


def _moment(utc: str) -> str:
    """'2026-12-03T21:40:12.345Z' as '2026-12-03 21:40'."""
    return utc[:16].replace("T", " ")


def _findings_html(findings: tuple[Finding, ...], failed: bool, video: bool) -> str:
    heading = f"<h4>{escape(_t('Findings'))}</h4>"
    if not findings:
        text = "" if failed else _t("None: nothing Skver checks weakens this file as evidence.")
        return heading + f"<p>{escape(text)}</p>"
    rows = []
    for finding in findings:
        colour = severity.COLOURS[finding.severity]
        rows.append(
            "<tr><td style='padding:2px 8px 6px 0' valign='top'>"
            f"<b style='color:{colour}'>{escape(severity.label(finding.severity))}</b></td>"
            "<td style='padding:2px 0 6px 0'>"
            f"{escape(severity.finding_text(finding, video=video))}"
            f"<br><small style='color:gray'>{escape(finding.code)}</small></td></tr>")
    return heading + "<table>" + "".join(rows) + "</table>"


def _facts_html(result: Inspection) -> str:
    rows = [(label, value) for label, value in _facts(result) if value]
    if not rows:
        return ""
    cells = "".join(
        f"<tr><td style='padding:1px 12px 1px 0; color:gray' valign='top'>{escape(label)}</td>"
        f"<td style='padding:1px 0'>{escape(value)}</td></tr>" for label, value in rows)
    return f"<h4>{escape(_t('Metadata'))}</h4><table>{cells}</table>"


def _facts(result: Inspection) -> list[tuple[str, str | None]]:
    meta, time = result.metadata, result.time
    camera = " ".join(x for x in (meta.camera_make, meta.camera_model) if x)
    skew = None if time.clock_skew_s is None else _skew_text(time.clock_skew_s)
    return [
        (_t("File type"), meta.media_type),
        (_t("Dimensions"), _t("{w} × {h} px").format(w=meta.width, h=meta.height)
         if meta.width and meta.height else None),
        (_t("Size"), _t("{n:,} bytes").format(n=numbers.value(meta.size_bytes))
         if meta.size_bytes is not None else None),
        (_t("Length"), _length_text(meta.duration_s, meta.duration_source)),
        (_t("SHA-256"), meta.sha256),
        (_t("Camera"), camera),
        (_t("Software"), meta.software),
        (_t("Started (as the file records it)") if result.is_video else
         _t("Taken (camera clock)"), time.taken_local.isoformat(" ") if time.taken_local
         else None),
        (_t("UTC offset"), _offset_text(result) if not meta.error else None),
        (_t("Start (UTC)") if result.is_video else _t("Camera clock (UTC)"),
         timing.format_utc(time.taken_utc)),
        (_t("GPS clock (UTC)"), timing.format_utc(meta.gps_time)),
        (_t("Camera minus GPS"), skew),
        *_place_facts(result),
    ]


def _length_text(seconds: float | None, source: str | None) -> str | None:
    """A video's length as its file gives it, and where it was read; None for a photo."""
    if seconds is None:
        return None
    text = (_t("{s:,.3f} s, from the movie header") if source == "container"
            else _t("{s:,.3f} s, from the picture stream"))
    return text.format(s=numbers.value(seconds))


def _skew_text(seconds: float) -> str:
    # Exact seconds for the record, plus a size a reader can take in at a glance.
    size = abs(seconds)
    if size >= 3600:
        rough = _t("{n:.1f} h").format(n=numbers.value(size / 3600))
    elif size >= 60:
        rough = _t("{n:.1f} min").format(n=numbers.value(size / 60))
    else:
        return _t("{s:+.1f} s").format(s=numbers.value(seconds))
    text = _t("{s:+,.1f} s (camera ahead by {rough})") if seconds > 0 else _t(
        "{s:+,.1f} s (camera behind by {rough})")
    return text.format(s=numbers.value(seconds), rough=rough)


def _offset_text(result: Inspection) -> str:
    time = result.time
    offset = timing.format_offset(time.offset)
    sources = {
        OffsetSource.EXIF: _t("UTC{offset}, recorded by the camera"),
        OffsetSource.CONTAINER_UTC: _t("UTC{offset}, as the video file records its start"),
        OffsetSource.LOCATION: _t("UTC{offset}, the time zone {zone} at the photo's position"),
        OffsetSource.CASE_DEFAULT: _t("UTC{offset}, the case time zone {zone}"),
        OffsetSource.CONTENT_CREDENTIALS: _t(
            "UTC{offset}; the moment itself from the trusted time-stamp of the file's Content "
            "Credentials"),
    }
    if offset is None or time.offset_source not in sources:
        return _t("Unknown: no offset in the file, no GPS position and no case time zone")
    zone = time.zone
    meta = result.metadata
    if zone is None and time.offset_source is OffsetSource.LOCATION and \
            meta.latitude is not None and meta.longitude is not None:
        zone = timing.zone_at(meta.latitude, meta.longitude)  # not kept: looked up when shown
    return sources[time.offset_source].format(offset=offset, zone=zone or "?")


def _place_facts(result: Inspection) -> list[tuple[str, str | None]]:
    meta = result.metadata
    if meta.latitude is None or meta.longitude is None:
        return []
    north = {"T": _t("true north"), "M": _t("magnetic north")}.get(meta.bearing_ref or "", "")
    return [
        (_t("Position"), numbers.position(meta.latitude, meta.longitude)),
        (_t("Altitude"), _t("{m:.1f} m").format(m=numbers.value(meta.altitude_m))
         if meta.altitude_m is not None else None),
        (_t("GPS accuracy"), _t("± {m:.0f} m").format(m=numbers.value(meta.gps_accuracy_m))
         if meta.gps_accuracy_m is not None else None),
        (_t("Bearing"), f"{meta.bearing_deg:.0f}° {north}".strip()
         if meta.bearing_deg is not None else None),
    ]
