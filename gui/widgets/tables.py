"""The tables of the window: compact rows, one selected at a time, sorted by a header click."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

# How many rows from the top a column's width is measured on (besides the rows in sight).
FIT_ROWS = 200


def compact_table(model: QAbstractItemModel) -> QTableView:
    """A sortable, single-selection table with short rows and no row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's order until a click
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # Compact rows: a long case folder should show many photos without scrolling.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


def fit_columns(table: QTableView, *, skip: Iterable[int] = (),
                widest: Mapping[int, int] | None = None) -> None:
    """Each column as wide as its header and its cells need, measured on the rows in sight and
    the first FIT_ROWS: Qt's resizeColumnsToContents reads every row of a hidden table (all
    10,000 of a large case, 0.4 s). `skip`: columns left as they are (the last, stretched);
    `widest`: a column's largest width in pixels (a long name is elided, its tooltip whole)."""
    model, header = table.model(), table.horizontalHeader()
    count = model.rowCount()
    rows = set(range(min(FIT_ROWS, count)))
    first = table.rowAt(0)
    if first >= 0:
        last = table.rowAt(table.viewport().height() - 1)
        rows |= set(range(first, (last if last >= 0 else count - 1) + 1))
    grid = 1 if table.showGrid() else 0
    skipped, limits = set(skip), dict(widest or {})
    for column in range(model.columnCount()):
        if column in skipped or header.isSectionHidden(column):
            continue
        width = max([header.sectionSizeHint(column)] +
                    [table.sizeHintForIndex(model.index(row, column)).width() + grid
                     for row in rows])
        header.resizeSection(column, min(width, limits.get(column, width)))


def squeeze_columns(table: QTableView, narrowest: Mapping[int, int]) -> None:
    """Narrows the columns of `narrowest` (each to no less than its width there), in proportion
    to what each can give, until every column is in sight in the table's width: a cut venue
    name or verdict (its tooltip whole) rather than the columns after it scrolled away."""
    header = table.horizontalHeader()
    last = header.count() - 1
    used = sum(header.sectionSize(c) for c in range(header.count())
               if c != last and not header.isSectionHidden(c))
    # The last section stretches over the rest; it needs its header's room at least.
    over = used + header.sectionSizeHint(last) - table.viewport().width()
    spare = {c: max(0, header.sectionSize(c) - low) for c, low in narrowest.items()}
    total = sum(spare.values())
    if over <= 0 or total == 0:
        return
    for column, give in spare.items():
        header.resizeSection(column, header.sectionSize(column)
                             - min(give, -(-over * give // total)))


def select_table_row(table: QTableView, row: int) -> None:
    """Makes the table's `row` (in its sorted order) the current, selected one."""
    table.selectionModel().setCurrentIndex(
        table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
