"""The table of a case's refusals: one row per claim with its verdict, photos and coverage."""

from __future__ import annotations

from collections import Counter
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
from PySide6.QtGui import QColor, QFont

from evidence.results import ClaimResult, Verdict
from gui.widgets import vocabulary

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole  # each cell's real value: numbers sort as numbers


class RefusalColumn(IntEnum):
    DOCUMENT = 0
    DATE = 1
    VENUE = 2
    CATEGORY = 3
    VERDICT = 4
    PHOTOS = 5
    COVERAGE = 6


class RefusalModel(QAbstractTableModel):
    """Claims as `evidence.analysis` judged them, in the analysis' order (by id)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claims: list[ClaimResult] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._claims)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(RefusalColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {RefusalColumn.DOCUMENT: self.tr("Document"), RefusalColumn.DATE: self.tr("Date"),
                 RefusalColumn.VENUE: self.tr("Venue"), RefusalColumn.CATEGORY: self.tr("Excuse"),
                 RefusalColumn.VERDICT: self.tr("Verdict"), RefusalColumn.PHOTOS: self.tr("Photos"),
                 RefusalColumn.COVERAGE: self.tr("Coverage")}
        return names[RefusalColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        claim, column = self._claims[index.row()], RefusalColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(claim, column)
        if role == SORT_ROLE:
            return self._sort_value(claim, column)
        if column == RefusalColumn.VERDICT:
            return self._verdict_data(claim, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RefusalColumn.PHOTOS,
                                                                    RefusalColumn.COVERAGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == RefusalColumn.CATEGORY:
            return claim.claim.excuse_text
        if column == RefusalColumn.VENUE:
            return vocabulary.venue_cell(claim.venue.venue, role)
        return None

    def _display(self, claim: ClaimResult, column: RefusalColumn) -> str:
        if column == RefusalColumn.DOCUMENT:
            return claim.claim.document_number
        if column == RefusalColumn.DATE:
            return claim.claim.document_date
        if column == RefusalColumn.VENUE:
            return vocabulary.venue_name(claim.venue.venue)
        if column == RefusalColumn.CATEGORY:
            return vocabulary.category(claim.claim.category.value)
        if column == RefusalColumn.VERDICT:
            return vocabulary.verdict_of(claim)
        if column == RefusalColumn.PHOTOS:
            return str(len(claim.photos))
        return f"{claim.coverage.fraction:.0%}"

    def _sort_value(self, claim: ClaimResult, column: RefusalColumn) -> Any:
        if column == RefusalColumn.VERDICT:
            return claim.verdict.rank
        if column == RefusalColumn.PHOTOS:
            return len(claim.photos)
        if column == RefusalColumn.COVERAGE:
            return claim.coverage.fraction
        return self._display(claim, column).casefold()

    def _verdict_data(self, claim: ClaimResult, role: int) -> Any:
        code = claim.verdict
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(vocabulary.verdict_colour(code))
        if role == Qt.ItemDataRole.DecorationRole:
            return vocabulary.verdict_icon(code)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return vocabulary.verdict_tooltip(claim)
        return None

    def set_claims(self, claims: Iterable[ClaimResult]) -> None:
        self.beginResetModel()
        self._claims = list(claims)
        self.endResetModel()

    def update_claims(self, changed: Iterable[ClaimResult], removed: Iterable[int] = ()) -> None:
        """Repaints the rows of claims judged again, adds new ones, drops removed ones; the
        other rows are left alone (a view's selection and scroll stay)."""
        row_of = {c.claim_id: row for row, c in enumerate(self._claims)}
        for claim_id in sorted(removed, reverse=True):
            row = row_of.get(claim_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._claims[row]
                self.endRemoveRows()
                row_of = {c.claim_id: r for r, c in enumerate(self._claims)}
        for claim in changed:
            row = row_of.get(claim.claim_id)
            if row is None:
                self.beginInsertRows(QModelIndex(), len(self._claims), len(self._claims))
                self._claims.append(claim)
                self.endInsertRows()
            else:
                self._claims[row] = claim
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(RefusalColumn) - 1))

    def claim(self, row: int) -> ClaimResult:
        return self._claims[row]

    def row_of(self, claim_id: int) -> int | None:
        return next((row for row, c in enumerate(self._claims) if c.claim_id == claim_id), None)

    def verdict_counts(self) -> Counter[Verdict]:
        return Counter(claim.verdict for claim in self._claims)


def sort_proxy(parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that sorts the refusals by each cell's real value."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    return proxy
