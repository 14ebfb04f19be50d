"""The table of photos: a case's kept photos, then loose files inspected, sortable by value.

One model for both: a case photo is its stored record (`PhotoRecord`, whose inspection is of the
stored bytes); a loose file is only its Inspection.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from evidence import timing
from evidence.model import Inspection, OffsetSource, PhotoRecord, Severity
from gui.widgets import severity
from gui.widgets.text import numerus

Index = QModelIndex | QPersistentModelIndex
DASH = "—"
# An unreadable file outranks every finding when sorting by severity.
ERROR_RANK = max(severity.RANK.values()) + 1
_OFFSET_ORDER = {OffsetSource.EXIF: 0, OffsetSource.LOCATION: 1,
                 OffsetSource.CASE_DEFAULT: 2, OffsetSource.UNKNOWN: 3}


class Column(IntEnum):
    FILE = 0
    TAKEN = 1
    UTC = 2
    OFFSET = 3
    POSITION = 4
    FINDINGS = 5


class InspectionModel(QAbstractTableModel):
    """Case photos by id, then inspections in arrival order; a file inspected again is replaced."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Inspection] = []
        self._photos: list[PhotoRecord | None] = []  # per row: None for a loose file
        self._row_of: dict[str, int] = {}           # loose files by path
        self._row_of_photo: dict[int, int] = {}     # case photos by id
        self._critical: int | None = None           # rows with a critical finding, once counted

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers()[Column(section)]

    def _headers(self) -> dict[Column, str]:
        return {Column.FILE: self.tr("File"), Column.TAKEN: self.tr("Taken (local)"),
                Column.UTC: self.tr("UTC"), Column.OFFSET: self.tr("Offset source"),
                Column.POSITION: self.tr("Position"), Column.FINDINGS: self.tr("Findings")}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result, column = self._rows[index.row()], Column(index.column())
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.FILE and photo is not None:
                return f"{photo.id} · {photo.name}"
            return self._display(result, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.FILE and photo is not None:
                return self.tr("Photo {id} of the case, imported as {name}").format(
                    id=photo.id, name=photo.name)
            return self._tooltip(result, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.FINDINGS:
            worst = Severity.CRITICAL if result.metadata.error else severity.worst(result.findings)
            return severity.icon(worst)
        return None

    def _display(self, result: Inspection, column: Column) -> str:
        meta, time = result.metadata, result.time
        if column == Column.FILE:
            return os.path.basename(meta.path) or meta.path
        if column == Column.TAKEN:
            return time.taken_local.isoformat(" ", "seconds") if time.taken_local else DASH
        if column == Column.UTC:
            return time.taken_utc.strftime("%Y-%m-%d %H:%M:%S") if time.taken_utc else DASH
        if column == Column.OFFSET:
            return self._offset_text(result)
        if column == Column.POSITION:
            if meta.latitude is None or meta.longitude is None:
                return DASH
            return f"{meta.latitude:.5f}, {meta.longitude:.5f}"  # 5 places: about a metre
        return self._findings_text(result)

    def _offset_text(self, result: Inspection) -> str:
        if result.metadata.error:
            return DASH
        source = result.time.offset_source
        where = {OffsetSource.EXIF: self.tr("camera"), OffsetSource.LOCATION: self.tr("location"),
                 OffsetSource.CASE_DEFAULT: self.tr("case default")}.get(source)
        offset = timing.format_offset(result.time.offset)
        if where is None or offset is None:
            return self.tr("unknown")
        return self.tr("{offset} ({source})").format(offset=offset, source=where)

    def _findings_text(self, result: Inspection) -> str:
        if result.metadata.error:
            return result.metadata.error
        if not result.findings:
            return self.tr("none")
        count = numerus("InspectionModel", "%n finding(s)", len(result.findings))
        return f"{count} · {severity.label(severity.worst(result.findings))}"

    def _tooltip(self, result: Inspection, column: Column) -> str | None:
        if column == Column.FILE:
            return result.metadata.path
        if column == Column.FINDINGS and result.findings:
            return "\n".join(f"{severity.label(f.severity)}: {severity.finding_text(f)}"
                             for f in result.findings)
        return None

    def add(self, results: Iterable[Inspection]) -> None:
        """Appends new files and replaces the rows of files inspected before."""
        fresh: list[Inspection] = []
        for result in results:
            row = self._row_of.get(result.metadata.path)
            if row is None:
                fresh.append(result)
            else:
                self._rows[row] = result
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        if fresh:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            for offset, result in enumerate(fresh):
                self._row_of[result.metadata.path] = start + offset
            self._rows.extend(fresh)
            self._photos.extend([None] * len(fresh))
            self._critical = None
            self.endInsertRows()

    def set_case_photos(self, photos: Iterable[PhotoRecord]) -> None:
        """Shows these case photos in place of the previous case's; loose files stay after."""
        loose = [r for r, p in zip(self._rows, self._photos, strict=True) if p is None]
        photos = list(photos)
        self._reset([p.inspection for p in photos] + loose,
                    [*photos, *([None] * len(loose))])

    def photos_changed(self, photo_ids: Iterable[int]) -> None:
        """The case knows something new of these photos (an observation, a redaction): their
        rows are repainted, nothing else."""
        last = len(Column) - 1
        for photo_id in photo_ids:
            row = self._row_of_photo.get(photo_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def clear_inspected(self) -> None:
        """Removes the loose files; the case's photos stay."""
        kept = [(r, p) for r, p in zip(self._rows, self._photos, strict=True) if p is not None]
        self._reset([r for r, _ in kept], [p for _, p in kept])

    def clear(self) -> None:
        self._reset([], [])

    def _reset(self, rows: list[Inspection], photos: list[PhotoRecord | None]) -> None:
        self.beginResetModel()
        self._rows, self._photos = rows, photos
        self._row_of = {rows[n].metadata.path: n for n, p in enumerate(photos) if p is None}
        self._row_of_photo = {p.id: n for n, p in enumerate(photos) if p is not None}
        self._critical = None
        self.endResetModel()

    def inspection(self, row: int) -> Inspection:
        return self._rows[row]

    def case_photo(self, row: int) -> PhotoRecord | None:
        """The case's record of the photo in `row`; None for a loose file."""
        return self._photos[row]

    def row_of_photo(self, photo_id: int) -> int | None:
        return self._row_of_photo.get(photo_id)

    def counts(self) -> tuple[int, int]:
        """How many files there are, and how many of them have a critical finding."""
        if self._critical is None:  # findings never change: counted again only for new rows
            self._critical = sum(1 for r in self._rows
                                 if any(f.severity == Severity.CRITICAL for f in r.findings))
        return len(self._rows), self._critical

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        """A key for sorting by `column`; rows lacking the value sort after the others."""
        result = self._rows[row]
        meta, time = result.metadata, result.time
        missing = (True,)
        if column == Column.FILE:
            photo = self._photos[row]
            if photo is not None:  # case photos by their id, before loose files
                return (False, 0, photo.id)
            return (False, 1, os.path.basename(meta.path).casefold(), meta.path)
        if column == Column.TAKEN:
            return (False, time.taken_local.isoformat()) if time.taken_local else missing
        if column == Column.UTC:
            return (False, time.taken_utc.timestamp()) if time.taken_utc else missing
        if column == Column.OFFSET:
            seconds = time.offset.total_seconds() if time.offset is not None else 0.0
            return (False, _OFFSET_ORDER[time.offset_source], seconds)
        if column == Column.POSITION:
            if meta.latitude is None or meta.longitude is None:
                return missing
            return (False, meta.latitude, meta.longitude)
        worst = severity.worst(result.findings)
        rank = ERROR_RANK if meta.error else (severity.RANK[worst] if worst else 0)
        return (False, rank, len(result.findings))


class InspectionSortProxy(QSortFilterProxyModel):
    """Sorts by each column's real value (times, numbers, severities), not by its text."""

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, InspectionModel)
        return model.sort_key(left.row(), left.column()) < model.sort_key(right.row(),
                                                                            right.column())
