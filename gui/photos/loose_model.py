"""The files of the Inspect window: looked at where they are, never kept, apart from any case.

A loose file is only its Inspection. Each is a photo (read as an image, findings and all), a
file that is not a photo (a README, a video, an empty file: listed, not counted as a photo) or
one that could not be read at all (no permission, a read that never ended).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum, IntEnum
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

from evidence.model import Corroboration, Finding, Inspection, Severity
from evidence.photo_time import PhotoTime
from evidence.proofs import with_proofs
from gui.photos import table_model, video_marks
from gui.photos.table_model import (
    findings_text,
    loose_time,
    offset_text,
    position_tooltip,
    time_tooltip,
    video_tooltip,
)
from gui.widgets import numbers, severity, when
from gui.widgets.text import numerus, photos_and_videos

Index = QModelIndex | QPersistentModelIndex
DASH = "—"
# The reader's codes for a file that is no image at all (evidence/metadata.py).
NOT_A_PHOTO_CODES = frozenset({"not_an_image", "not_a_file"})
UNREADABLE_CODES = frozenset({"file_unreadable", "read_timeout"})
# A file that is not a photo is shown in grey: it weakens nothing, it is simply not evidence.
NOT_A_PHOTO_COLOUR = "#8a8a8a"


class Kind(Enum):
    PHOTO = "photo"
    NOT_A_PHOTO = "not-a-photo"
    UNREADABLE = "unreadable"


def kind_of(result: Inspection) -> Kind:
    """Whether Skver read the file as a photo; a damaged photo is still a photo."""
    if result.metadata.error is None:
        return Kind.PHOTO
    codes = {f.code for f in result.findings}
    if codes & NOT_A_PHOTO_CODES:
        return Kind.NOT_A_PHOTO
    if codes & UNREADABLE_CODES:
        return Kind.UNREADABLE
    return Kind.PHOTO  # an image whose data cannot be decoded: a photo with a critical finding


def kind_label(kind: Kind) -> str:
    if kind is Kind.NOT_A_PHOTO:
        return QCoreApplication.translate("LooseFilesModel", "not a photo")
    if kind is Kind.UNREADABLE:
        return QCoreApplication.translate("LooseFilesModel", "could not be read")
    return QCoreApplication.translate("LooseFilesModel", "photo")


@dataclass(frozen=True)
class Tally:
    """What the list holds: photos and videos (and how many have a critical finding) apart from
    the rest."""

    photos: int = 0      # still photos; the videos are counted apart
    critical: int = 0    # of the photos and videos
    not_photos: int = 0
    unreadable: int = 0
    videos: int = 0

    @property
    def readable(self) -> int:
        """The photos and videos: what can be imported."""
        return self.photos + self.videos

    @property
    def files(self) -> int:
        return self.readable + self.not_photos + self.unreadable

    def text(self) -> str:
        """"3 photos, 2 videos, 1 with critical findings · 1 file that is not a photo", in the
        interface's language."""
        parts = [photos_and_videos(self.photos, self.videos)]
        if self.critical:
            parts[0] += ", " + numerus("LooseFilesModel", "%n with critical findings",
                                       self.critical)
        if self.not_photos:
            parts.append(numerus("LooseFilesModel", "%n (file that is not a photo|files that "
                                 "are not photos)", self.not_photos))
        if self.unreadable:
            parts.append(numerus("LooseFilesModel", "%n (file|files) that could not be read",
                                 self.unreadable))
        return " · ".join(parts)


class Column(IntEnum):
    FILE = 0
    KIND = 1
    TAKEN = 2
    UTC = 3
    DATED_BY = 4
    FINDINGS = 5     # before the offset and the position, as in the case's photos table
    OFFSET = 6
    POSITION = 7


TIME_COLUMNS = (Column.TAKEN, Column.UTC, Column.DATED_BY, Column.OFFSET)
# The case's photos table's column that says the same (its name and its header's tooltip).
TO_CASE_COLUMN = {Column.FILE: table_model.Column.FILE, Column.TAKEN: table_model.Column.TAKEN,
                  Column.UTC: table_model.Column.UTC,
                  Column.DATED_BY: table_model.Column.DATED_BY,
                  Column.FINDINGS: table_model.Column.FINDINGS,
                  Column.OFFSET: table_model.Column.OFFSET,
                  Column.POSITION: table_model.Column.POSITION}


class LooseFilesModel(QAbstractTableModel):
    """Inspected files in arrival order; a file inspected again replaces its row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Inspection] = []
        self._kinds: list[Kind] = []
        self._times: list[PhotoTime] = []   # each file's time as the case's table shows it
        self._row_of: dict[str, int] = {}
        self._proofs: dict[str, tuple[Corroboration, ...]] = {}  # what proofs state, by path

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:  # the case's photos table's words
            found = TO_CASE_COLUMN.get(Column(section))
            return None if found is None else table_model.header_tips().get(found)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if Column(section) == Column.KIND:
            return self.tr("What it is")
        return table_model.header_names()[TO_CASE_COLUMN[Column(section)]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), Column(index.column())
        result, kind = self._rows[row], self._kinds[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(result, kind, self._times[row], column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(result, kind, self._times[row], column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.FINDINGS:
            if kind is not Kind.PHOTO:
                return severity.dot(NOT_A_PHOTO_COLOUR)
            worst = Severity.CRITICAL if result.metadata.error else severity.worst(
                self._found(result))
            return severity.icon(worst)
        return None

    def _display(self, result: Inspection, kind: Kind, time: PhotoTime, column: Column) -> str:
        """The time, its source, offset and findings as the case's photos table says them
        (gui/photos/table_model.py, through PhotoTime and gui/widgets/when.py)."""
        meta = result.metadata
        if column == Column.FILE:
            return (os.path.basename(meta.path) or meta.path) + video_marks.name_suffix(result)
        if column == Column.KIND:
            if kind is Kind.PHOTO and result.is_video:
                return QCoreApplication.translate("LooseFilesModel", "video")
            return kind_label(kind)
        if kind is not Kind.PHOTO:
            return severity.error_text(result) if column == Column.FINDINGS else DASH
        if column == Column.TAKEN:
            return when.local(time)
        if column == Column.UTC:
            return when.utc(time)
        if column == Column.DATED_BY:
            return when.dated_by(time, video=result.is_video) if time.dated else DASH
        if column == Column.OFFSET:
            return offset_text(result, time)
        if column == Column.POSITION:
            if meta.latitude is None or meta.longitude is None:
                return DASH
            return numbers.position(meta.latitude, meta.longitude, 5)  # about a metre
        return findings_text(result, self._found(result))

    def _tooltip(self, result: Inspection, kind: Kind, time: PhotoTime,
                 column: Column) -> str | None:
        if column == Column.FILE:
            return "\n".join(x for x in (result.metadata.path, video_tooltip(result)) if x)
        if column in TIME_COLUMNS and kind is Kind.PHOTO:
            return time_tooltip(result, time)
        if column == Column.POSITION:
            return position_tooltip(result)
        if column == Column.FINDINGS and kind is not Kind.PHOTO:  # why, with no severity
            return severity.error_text(result)
        if column == Column.FINDINGS:
            return table_model.findings_tooltip(result, self._found(result))
        return None

    def _found(self, result: Inspection) -> tuple[Finding, ...]:
        """The file's findings and those of the capture apps' proofs that came with it (a
        ProofMode zip's, a Tella CSV's), counted together as the case's table counts them."""
        return with_proofs(result, self._proofs.get(result.metadata.path, ()))

    def stated(self, proofs: Mapping[str, tuple[Corroboration, ...]]) -> None:
        """What capture apps' proofs state of these files (by path): their rows repainted."""
        self._proofs.update(proofs)
        for path in proofs:
            row = self._row_of.get(path)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # --- the list -------------------------------------------------------------------------

    def add(self, results: Iterable[Inspection]) -> None:
        """Appends new files and replaces the rows of files inspected before."""
        fresh: list[Inspection] = []
        for result in results:
            row = self._row_of.get(result.metadata.path)
            if row is None:
                fresh.append(result)
            else:
                self._rows[row], self._kinds[row] = result, kind_of(result)
                self._times[row] = loose_time(result)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        if fresh:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            for offset, result in enumerate(fresh):
                self._row_of[result.metadata.path] = start + offset
            self._rows.extend(fresh)
            self._kinds.extend(kind_of(r) for r in fresh)
            self._times.extend(loose_time(r) for r in fresh)
            self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._kinds, self._times, self._row_of = [], [], [], {}
        self._proofs = {}
        self.endResetModel()

    def inspection(self, row: int) -> Inspection:
        return self._rows[row]

    def kind(self, row: int) -> Kind:
        return self._kinds[row]

    def tally(self) -> Tally:
        photos = [r for r, k in zip(self._rows, self._kinds, strict=True) if k is Kind.PHOTO]
        critical = sum(1 for r in photos if r.metadata.error or
                       any(f.severity == Severity.CRITICAL for f in self._found(r)))
        videos = sum(1 for r in photos if r.is_video)
        return Tally(len(photos) - videos, critical, self._kinds.count(Kind.NOT_A_PHOTO),
                     self._kinds.count(Kind.UNREADABLE), videos)

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        """A key for sorting by `column`; rows lacking the value sort after the others."""
        result, kind, time = self._rows[row], self._kinds[row], self._times[row]
        meta = result.metadata
        missing = (True,)
        if column == Column.FILE:
            return (False, os.path.basename(meta.path).casefold(), meta.path)
        if column == Column.KIND:
            return (False, list(Kind).index(kind))
        if kind is not Kind.PHOTO and column != Column.FINDINGS:
            return missing
        if column in (Column.TAKEN, Column.UTC):  # both by the instant the analysis uses
            return (False, time.order) if time.dated else missing
        if column == Column.DATED_BY:
            return table_model.dated_by_key(time)
        if column == Column.OFFSET:
            return table_model.offset_key(time)
        if column == Column.POSITION:
            if meta.latitude is None or meta.longitude is None:
                return missing
            return (False, meta.latitude, meta.longitude)
        if kind is not Kind.PHOTO:  # below every photo's findings, the worst included
            return (False, -1, 0)
        found = self._found(result)
        worst = severity.worst(found)
        rank = max(severity.RANK.values()) + 1 if meta.error else (
            severity.RANK[worst] if worst else 0)
        return (False, rank, len(found))


class LooseSortProxy(QSortFilterProxyModel):
    """Sorts by each column's real value (times, numbers, severities), not by its text."""

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LooseFilesModel)
        return model.sort_key(left.row(), left.column()) < model.sort_key(right.row(),
                                                                            right.column())
