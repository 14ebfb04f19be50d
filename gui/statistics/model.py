"""The numbers behind one statistics chart as a table: a row per group (venue, excuse or month),
its refusals, their verdicts and the share of those tested whose photos are inconsistent with
the stated ground."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from evidence.results import Counts, Verdict
from gui.widgets import vocabulary

Index = QModelIndex | QPersistentModelIndex
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 1   # the group's code: a venue slug, a category...
VERDICT_COLUMNS = {2 + n: verdict for n, verdict in enumerate(Verdict)}
RATE_COLUMN = 2 + len(VERDICT_COLUMNS)


def percent(rate: float) -> str:
    return QLocale().toString(rate * 100, "f", 0) + " %"


class StatisticsModel(QAbstractTableModel):
    """Rows of (key, label, counts) as evidence.aggregates gives them; read-only."""

    def __init__(self, heading: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.heading = heading
        self.groups: list[tuple[str, str, Counts]] = []
        self.stand_ins: dict[str, str] = {}     # key -> which name is missing (italic rows)

    def set_heading(self, heading: str) -> None:
        self.heading = heading
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_groups(self, groups: list[tuple[str, str, Counts]],
                   stand_ins: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.stand_ins = dict(stand_ins or {})
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else RATE_COLUMN + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None   # the tooltip: the name whole where a squeezed header cuts it
        if section == 0:
            return self.heading
        if section == 1:
            return self.tr("Refusals")
        if section in VERDICT_COLUMNS:
            return vocabulary.verdict_short(VERDICT_COLUMNS[section])
        if section == RATE_COLUMN:
            return self.tr("Inconsistent, of those tested")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.groups):
            return None
        key, label, counts = self.groups[index.row()]
        column = index.column()
        if role == GROUP_KEY_ROLE:
            return key
        missing = self.stand_ins.get(key) if column == 0 else None
        if role == Qt.ItemDataRole.ToolTipRole and missing:
            return f"{label} ({missing})"
        if role == Qt.ItemDataRole.FontRole and missing:
            font = QFont()
            font.setItalic(True)
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(column, label, counts)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, column: int, label: str, counts: Counts) -> str:
        if column == 0:
            return label
        if column == 1:
            return str(counts.claims)
        if column in VERDICT_COLUMNS:
            return str(counts[VERDICT_COLUMNS[column]])
        rate = counts.contradiction_rate
        return "—" if rate is None else percent(rate)

    def as_text(self) -> str:
        """The whole table, tab-separated with its header, as a spreadsheet pastes it."""
        columns = range(self.columnCount())
        lines = ["\t".join(str(self.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
        for row in range(self.rowCount()):
            lines.append("\t".join(str(self.data(self.index(row, c))) for c in columns))
        return "\n".join(lines) + "\n"
