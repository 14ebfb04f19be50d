"""The tables of the window: compact rows, one selected at a time, sorted by a header click."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

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


class WrappingHeader(QHeaderView):
    """A table's header whose names take up to two lines, broken at the space that makes the
    longer line shortest: a column needs its header's longer line, not its whole name ('Valid'
    over 'from' above a date). A line still wider than its column (squeezed) is cut with an
    ellipsis; the model's header tooltip says the name whole."""

    LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # each line cut here, not the whole
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        # Qt's default is the font's widest glyph (about 100 px in DejaVu Sans), which the
        # last, stretched column would take even where the table has no room for it.
        # And a stretched last column keeps at least the default size (100 px): the columns
        # are fitted anyway.
        self.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000"))

    def _name(self, logical: int) -> str:
        model = self.model()
        value = model.headerData(logical, self.orientation()) if model is not None else None
        return str(value) if value is not None else ""

    def lines(self, text: str) -> list[str]:
        """The name in at most two lines, the longer as short as a break at a space makes it."""
        metrics = self.fontMetrics()
        best, widest = [text], metrics.horizontalAdvance(text)
        for at, char in enumerate(text):
            if char == " ":
                split = [text[:at], text[at + 1:]]
                width = max(metrics.horizontalAdvance(x) for x in split)
                if width < widest:
                    best, widest = split, width
        return best

    def sectionSizeFromContents(self, logical: int) -> QSize:  # Qt's name
        size = super().sectionSizeFromContents(logical)  # one line, whole, with its margins
        text = self._name(logical)
        if not text:
            return size
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(x) for x in self.lines(text))
        return QSize(size.width() - metrics.horizontalAdvance(text) + width,
                     size.height() + (self.LINES - 1) * metrics.lineSpacing())

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical: int) -> None:
        super().initStyleOptionForIndex(option, logical)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        room = self.sectionSize(logical) - 2 * margin
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            room -= self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self) \
                + margin
        metrics = self.fontMetrics()
        option.text = "\n".join(metrics.elidedText(x, Qt.TextElideMode.ElideRight, max(0, room))
                                for x in self.lines(option.text))


def wrap_headers(table: QTableView) -> None:
    """Gives a compact table a WrappingHeader, keeping what compact_table set on its header."""
    old = table.horizontalHeader()
    header = WrappingHeader(table)
    header.setHighlightSections(old.highlightSections())
    header.setSectionsClickable(True)
    sorting, stretch = table.isSortingEnabled(), old.stretchLastSection()
    table.setHorizontalHeader(header)   # the old header is deleted
    # A stretched last column keeps at least the size it had when stretching began (Qt's
    # default, 100 px): the columns are fitted to their contents anyway.
    header.setDefaultSectionSize(header.minimumSectionSize())
    header.setStretchLastSection(stretch)
    if sorting:
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's order until a click


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


class ColumnFitter(QObject):
    """Runs a table's column fitting when asked and again whenever the table's viewport
    changes size while `model` has rows; a fit that itself resizes the viewport (a scroll bar
    appearing) starts no second one."""

    def __init__(self, table: QTableView, model: QAbstractItemModel,
                 fit: Callable[[], None]) -> None:
        super().__init__(table)
        self._viewport, self._model, self._fit = table.viewport(), model, fit
        self._fitting = False
        self._viewport.installEventFilter(self)

    def __call__(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Resize and watched is self._viewport and \
                self._model.rowCount():
            self()
        return False


def squeeze_columns(table: QTableView, narrowest: Mapping[int, int],
                    last_needs: int = 0) -> None:
    """Narrows the columns of `narrowest` (each to no less than its width there, nor its
    header's), in proportion to what each can give, until every column is in sight in the
    table's width: a cut venue name or verdict (its tooltip whole) rather than the columns
    after it scrolled away. `last_needs`: the room the last (stretched) column's cells need,
    when they must be read whole; else its header's."""
    header = table.horizontalHeader()
    last = header.count() - 1
    used = sum(header.sectionSize(c) for c in range(header.count())
               if c != last and not header.isSectionHidden(c))
    # The last section stretches over the rest; it needs its header's room at least.
    over = used + max(header.sectionSizeHint(last), header.minimumSectionSize(), last_needs) \
        - table.viewport().width()
    spare = {c: max(0, header.sectionSize(c) - max(low, header.sectionSizeHint(c)))
             for c, low in narrowest.items()}
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
