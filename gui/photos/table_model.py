"""The table of photos: a case's kept photos, then loose files inspected, sortable by value.

One model for both: a case photo is its stored record (`PhotoRecord`, whose inspection is of the
stored bytes); a loose file is only its Inspection.

The times are the instant the analysis uses (`evidence.photo_time.PhotoTime`, made once per
photo with the case's state; a loose file's when it arrives): in its place's time and in UTC,
what dates it, and the camera clock's own reading where it differs. A case photo's Tagged cell
says who recorded what it shows; it is read from the case's state at each paint, so a saved
observation shows when its row is repainted.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from evidence import proofs
from evidence.facts import inspection_fact
from evidence.model import (
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
from gui.app.state import CaseState
from gui.photos import video_marks
from gui.widgets import numbers, severity, vocabulary, when
from gui.widgets.text import numerus

Index = QModelIndex | QPersistentModelIndex
DASH = "—"
# An unreadable file outranks every finding when sorting by severity.
ERROR_RANK = max(severity.RANK.values()) + 1
OFFSET_ORDER = {OffsetSource.EXIF: 0, OffsetSource.CONTAINER_UTC: 0, OffsetSource.LOCATION: 1,
                 OffsetSource.CASE_DEFAULT: 2, OffsetSource.UNKNOWN: 3,
                 OffsetSource.CONTENT_CREDENTIALS: 0}


class Column(IntEnum):
    FILE = 0
    TAGGED = 1
    TAKEN = 2
    UTC = 3
    DATED_BY = 4
    FINDINGS = 5     # before the offset and the position: in sight in a narrow window
    OFFSET = 6
    POSITION = 7


COLUMNS = len(Column)
TAGGED_MARK = "\u2713"  # ✓
# The roles the table answers.
_ROLES = frozenset(int(r.value) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.TextAlignmentRole))


class InspectionModel(QAbstractTableModel):
    """Case photos by id, then inspections in arrival order; a file inspected again is replaced."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Inspection] = []
        self._photos: list[PhotoRecord | None] = []  # per row: None for a loose file
        self._loose_times: dict[str, PhotoTime] = {}  # loose files' times, by path
        self._row_of: dict[str, int] = {}           # loose files by path
        self._row_of_photo: dict[int, int] = {}     # case photos by id
        self._critical: int | None = None           # rows with a critical finding, once counted
        self._state: CaseState | None = None        # the case's photos' observations
        self._sort_keys: dict[int, list[tuple[Any, ...]]] = {}  # by column, then row: once made

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(Column(section))
        return None

    def _headers(self) -> dict[Column, str]:
        return header_names()

    def _header_tips(self) -> dict[Column, str]:
        return header_tips()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for many roles per cell (measuring a column asks them all): those the table
        # does not give are answered first, and the column stays a plain int.
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        result, photo = self._rows[row], self._photos[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.FILE and photo is not None:
                return f"{photo.id} · {photo.name}{video_marks.name_suffix(result)}"
            if column == Column.TAGGED:
                return self._tagged_text(photo)
            if column == Column.FINDINGS:
                return findings_text(result, self.findings(row))
            return self._display(result, self.time(row), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.FILE and photo is not None:
                said = self.tr("Photo {id} of the case, imported as {name}").format(
                    id=photo.id, name=photo.name)
                return "\n".join(x for x in (said, video_tooltip(result)) if x)
            if column == Column.TAGGED:
                return self._tagged_tooltip(photo)
            if column == Column.FINDINGS:
                return findings_tooltip(result, self.findings(row))
            return self._tooltip(result, self.time(row), column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.FINDINGS:
            found = self.findings(row)
            worst = Severity.CRITICAL if result.metadata.error else severity.worst(found)
            return severity.icon(worst)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.TAGGED:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, result: Inspection, time: PhotoTime, column: int) -> str:
        meta = result.metadata
        if column == Column.FILE:
            return (os.path.basename(meta.path) or meta.path) + video_marks.name_suffix(result)
        if column == Column.TAKEN:
            return when.local(time)
        if column == Column.UTC:
            return when.utc(time)
        if column == Column.DATED_BY:
            return when.dated_by(time, video=result.is_video) if time.dated else DASH
        if column == Column.OFFSET:
            return self._offset_text(result, time)
        if column == Column.POSITION:
            if meta.latitude is None or meta.longitude is None:
                return DASH
            return numbers.position(meta.latitude, meta.longitude, 5)  # 5 places: about a metre
        return self._findings_text(result)

    def _offset_text(self, result: Inspection, time: PhotoTime) -> str:
        return offset_text(result, time)

    def _findings_text(self, result: Inspection) -> str:
        return findings_text(result)

    def _tooltip(self, result: Inspection, time: PhotoTime, column: int) -> str | None:
        if column == Column.FILE:
            return "\n".join(x for x in (result.metadata.path, video_tooltip(result)) if x)
        if column in (Column.TAKEN, Column.UTC, Column.DATED_BY, Column.OFFSET):
            return time_tooltip(result, time)
        if column == Column.POSITION:
            return position_tooltip(result)
        if column == Column.FINDINGS and result.findings:
            return "\n".join(f"{severity.label(f.severity)}: "
                             f"{severity.finding_text(f, video=result.is_video)}"
                             for f in result.findings)
        return None

    # --- who tagged a photo -------------------------------------------------------------------

    def observations(self, photo: PhotoRecord | None) -> tuple[Observation, ...]:
        """What reviewers recorded of a case photo (nothing for a loose file)."""
        if photo is None or self._state is None:
            return ()
        return self._state.data.observations_of(photo.id)

    def _tagged_text(self, photo: PhotoRecord | None) -> str:
        reviewers = {seen.reviewer for seen in self.observations(photo)}
        if not reviewers:
            return ""
        return TAGGED_MARK if len(reviewers) == 1 else f"{TAGGED_MARK} {len(reviewers)}"

    def _tagged_tooltip(self, photo: PhotoRecord | None) -> str | None:
        if photo is None:
            return None
        return tagged_tooltip(self.observations(photo), video=photo.inspection.is_video)

    # --- rows ---------------------------------------------------------------------------------

    def add(self, results: Iterable[Inspection]) -> None:
        """Appends new files and replaces the rows of files inspected before."""
        fresh: list[Inspection] = []
        for result in results:
            row = self._row_of.get(result.metadata.path)
            if row is None:
                fresh.append(result)
            else:
                self._rows[row] = result
                self._loose_times[result.metadata.path] = loose_time(result)
                self._renew_keys(row)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        if fresh:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            for offset, result in enumerate(fresh):
                self._row_of[result.metadata.path] = start + offset
            self._rows.extend(fresh)
            self._photos.extend([None] * len(fresh))
            self._loose_times.update((r.metadata.path, loose_time(r)) for r in fresh)
            self._sort_keys = {}
            self._critical = None
            self.endInsertRows()

    def set_case_photos(self, photos: Iterable[PhotoRecord],
                        state: CaseState | None = None) -> None:
        """Shows these case photos in place of the previous case's; loose files stay after.
        `state`: the case they are of, whose times and observations the rows show."""
        loose = [r for r, p in zip(self._rows, self._photos, strict=True) if p is None]
        photos = list(photos)
        self._state = state
        self._reset([p.inspection for p in photos] + loose, [*photos, *([None] * len(loose))])

    def photos_changed(self, photo_ids: Iterable[int], state: CaseState | None = None) -> None:
        """The case knows something new of these photos (an observation, a redaction): their
        rows are repainted, nothing else. `state`: the case as it now is."""
        if state is not None:
            self._state = state
        last = COLUMNS - 1
        for photo_id in photo_ids:
            row = self._row_of_photo.get(photo_id)
            if row is not None:
                self._renew_keys(row)  # before the sorted view asks for them
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _renew_keys(self, row: int) -> None:
        for column, keys in self._sort_keys.items():
            keys[row] = self._sort_key(row, column)

    def clear_inspected(self) -> None:
        """Removes the loose files; the case's photos stay."""
        kept = [(r, p) for r, p in zip(self._rows, self._photos, strict=True) if p is not None]
        self._reset([r for r, _ in kept], [p for _, p in kept])

    def clear(self) -> None:
        self._state = None
        self._reset([], [])

    def _reset(self, rows: list[Inspection], photos: list[PhotoRecord | None]) -> None:
        self.beginResetModel()
        self._rows, self._photos = rows, photos
        self._row_of = {rows[n].metadata.path: n for n, p in enumerate(photos) if p is None}
        self._loose_times = {path: time for path, time in self._loose_times.items()
                             if path in self._row_of}
        self._row_of_photo = {p.id: n for n, p in enumerate(photos) if p is not None}
        self._critical = None
        self._sort_keys = {}
        self.endResetModel()

    def inspection(self, row: int) -> Inspection:
        return self._rows[row]

    def time(self, row: int) -> PhotoTime:
        """When the file in `row` was taken, as shown: a case photo's as the case's state has
        it (made once per photo), a loose file's as made when it arrived."""
        photo = self._photos[row]
        if photo is None:
            return self._loose_times[self._rows[row].metadata.path]
        found = self._state.times.get(photo.id) if self._state is not None else None
        if found is None:  # a state made without the photo: dated as the analysis would
            found = photo_time(photo.inspection, inspection_fact(photo.inspection, photo.id,
                                                                 photo.sha256), photo.case_zone)
        return found

    def findings(self, row: int) -> tuple[Finding, ...]:
        """The findings counted for the file in `row`: its own, then (a case photo) those of
        the capture apps' proofs recorded for it, so that a proof whose signature fails or
        that disagrees with the file counts where the file's own findings do."""
        result, photo = self._rows[row], self._photos[row]
        if photo is None or self._state is None:
            return tuple(result.findings)
        return proofs.with_proofs(result, self._state.data.proofs_of(photo.id))

    def case_photo(self, row: int) -> PhotoRecord | None:
        """The case's record of the photo in `row`; None for a loose file."""
        return self._photos[row]

    def row_of_photo(self, photo_id: int) -> int | None:
        return self._row_of_photo.get(photo_id)

    def counts(self) -> tuple[int, int]:
        """How many files there are, and how many of them have a critical finding."""
        if self._critical is None:  # findings never change: counted again only for new rows
            self._critical = sum(1 for n in range(len(self._rows))
                                 if any(f.severity == Severity.CRITICAL
                                        for f in self.findings(n)))
        return len(self._rows), self._critical

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        """A key for sorting by `column`; rows lacking the value sort after the others. Both
        times sort by the instant the analysis uses. A column's keys are made for every row
        the first time it is sorted (a sort of 10,000 rows compares rows 130,000 times)."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = [self._sort_key(r, column) for r in range(len(self._rows))]
            self._sort_keys[column] = keys
        return keys[row]

    def _sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        result = self._rows[row]
        meta = result.metadata
        time = self.time(row)
        missing = (True,)
        if column == Column.FILE:
            photo = self._photos[row]
            if photo is not None:  # case photos by their id, before loose files
                return (False, 0, photo.id)
            return (False, 1, os.path.basename(meta.path).casefold(), meta.path)
        if column == Column.TAGGED:
            photo = self._photos[row]
            if photo is None:
                return missing
            return (False, -len({seen.reviewer for seen in self.observations(photo)}), photo.id)
        if column in (Column.TAKEN, Column.UTC):
            return (False, time.order) if time.dated else missing
        if column == Column.DATED_BY:
            return dated_by_key(time)
        if column == Column.OFFSET:
            return offset_key(time)
        if column == Column.POSITION:
            if meta.latitude is None or meta.longitude is None:
                return missing
            return (False, meta.latitude, meta.longitude)
        found = self.findings(row)
        worst = severity.worst(found)
        rank = ERROR_RANK if meta.error else (severity.RANK[worst] if worst else 0)
        return (False, rank, len(found))


def _tr(text: str) -> str:
    return QCoreApplication.translate("InspectionModel", text)


def video_tooltip(result: Inspection) -> str:
    """'Video (video/mp4), 125.000 s long' for a video (its length as its file gives it);
    '' for a photo."""
    if not result.is_video:
        return ""
    if result.duration_s is None:
        return _tr("Video ({type}), length not recorded").format(type=result.media_type)
    return _tr("Video ({type}), {seconds:,.3f} s long").format(
        type=result.media_type, seconds=numbers.value(result.duration_s))


def position_tooltip(result: Inspection) -> str | None:
    """The position whole (the cell is cut at 1280 px) and its GPS accuracy, or what the
    analysis assumes where none is recorded; None where the file has no position."""
    meta = result.metadata
    if meta.latitude is None or meta.longitude is None:
        return None
    return numbers.position(meta.latitude, meta.longitude) + "\n" + \
        numbers.accuracy(meta.gps_accuracy_m)


def header_names() -> dict[Column, str]:
    """The columns' names (the Inspect window's list names its own the same)."""
    return {Column.FILE: _tr("File"), Column.TAGGED: _tr("Tagged"),
            Column.TAKEN: _tr("Taken (local)"), Column.UTC: _tr("UTC"),
            Column.DATED_BY: _tr("Dated by"), Column.OFFSET: _tr("Offset source"),
            Column.POSITION: _tr("Position"), Column.FINDINGS: _tr("Findings")}


def header_tips() -> dict[Column, str]:
    """What the columns that need it say on hover (the Inspect window's list says the same)."""
    return {
        Column.TAGGED: _tr("Whether a reviewer has recorded what the photo shows"),
        Column.TAKEN: _tr("When the photo was taken, as the analysis dates it, in the time of "
                          "the place it was taken"),
        Column.UTC: _tr("When the photo was taken, as the analysis dates it, in UTC"),
        Column.DATED_BY: _tr("What dates the photo: its GPS clock, or its camera clock with a "
                             "UTC offset; and how far off the camera clock was where the GPS "
                             "clock dates it"),
        Column.OFFSET: _tr("The UTC offset of the local time shown, and where it came from"),
    }


def offset_text(result: Inspection, time: PhotoTime) -> str:
    """The offset of the local time shown, and where it came from: '+06:00 (location)'."""
    if result.metadata.error or not time.dated:
        return DASH
    where = {OffsetSource.EXIF: _tr("camera"), OffsetSource.CONTAINER_UTC: _tr("video file"),
             OffsetSource.LOCATION: _tr("location"),
             OffsetSource.CASE_DEFAULT: _tr("case default"),
             # the instant itself from the credentials' trusted time-stamp
             OffsetSource.CONTENT_CREDENTIALS: _tr("Content Credentials")}.get(time.offset_source)
    offset = when.offset(time)
    if where is None or offset is None:
        return _tr("unknown")
    return _tr("{offset} ({source})").format(offset=offset, source=where)


def findings_text(result: Inspection, found: Sequence[Finding] | None = None) -> str:
    """A findings cell: '2 findings · warning', or what made the file unreadable, in the
    interface's language. `found`: the findings counted (the file's own and its proofs',
    InspectionModel.findings); the file's own when not given."""
    found = result.findings if found is None else found
    if result.metadata.error:
        return severity.error_text(result)
    if not found:
        return _tr("none")
    count = numerus("InspectionModel", "%n finding(s)", len(found))
    return f"{count} · {severity.label(severity.worst(found))}"


def findings_tooltip(result: Inspection, found: Sequence[Finding]) -> str | None:
    """Each finding counted, with its severity, in the interface's language."""
    if not found:
        return None
    return "\n".join(f"{severity.label(f.severity)}: "
                     f"{severity.finding_text(f, video=result.is_video)}" for f in found)


def time_tooltip(result: Inspection, time: PhotoTime) -> str | None:
    """Everything said about when the file was taken, a line each (none for an unreadable
    file)."""
    return "\n".join(when.lines(time)) if not result.metadata.error else None


def offset_key(time: PhotoTime) -> tuple[Any, ...]:
    """Sorts the offsets shown by where they came from, then by their size; undated last."""
    if not time.dated or time.local is None:
        return (True,)
    shift = time.local.utcoffset()
    seconds = shift.total_seconds() if shift is not None else 0.0
    return (False, OFFSET_ORDER[time.offset_source], seconds)


def dated_by_key(time: PhotoTime) -> tuple[Any, ...]:
    if not time.dated:
        return (True,)
    return (False, time.basis.key, abs(time.camera_ahead_s or 0.0), time.order)


def loose_time(result: Inspection) -> PhotoTime:
    """When a file inspected outside a case was taken, as the analysis would date it."""
    return photo_time(result, inspection_fact(result, sha256=result.metadata.sha256 or ""))


def tagged_tooltip(observations: tuple[Observation, ...], *, video: bool = False) -> str:
    """Who recorded what the photo (or video: at which moment of it) shows, one reviewer's
    observation a line."""
    if not observations:
        return QCoreApplication.translate(
            "InspectionModel", "No reviewer has recorded what this video shows yet.") if video \
            else QCoreApplication.translate(
                "InspectionModel", "No reviewer has recorded what this photo shows yet.")
    lines = [QCoreApplication.translate("InspectionModel", "Tagged by:")]
    for seen in observations:
        what = [vocabulary.tag(t.value) for t in seen.tags]
        if seen.at_s is not None:   # the frame of a video it is about, as the detail pane says
            what.insert(0, QCoreApplication.translate("InspectionDetail",
                                                      "at {moment} of the video").format(
                moment=moment_text(seen.at_s)))
        if seen.people_count is not None:
            what.append(numerus("InspectionDetail", "%n (person|people)", seen.people_count))
        if seen.note:
            what.append(f"“{printable(seen.note)}”")
        reviewer = printable(seen.reviewer)
        lines.append(f"{reviewer}: {', '.join(what)}" if what else reviewer)
    return "\n".join(lines)


class InspectionSortProxy(QSortFilterProxyModel):
    """Sorts by each column's real value (times, numbers, severities), not by its text."""

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, InspectionModel)
        return model.sort_key(left.row(), left.column()) < model.sort_key(right.row(),
                                                                            right.column())
