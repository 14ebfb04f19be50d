"""The Photos tab: the table of photos (or, while it is empty, what to do) and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui import detail
from gui.inspection_model import Column, InspectionModel, InspectionSortProxy
from gui.photo_grid import PhotoGrid, PhotoGridModel, ViewToggle
from gui.tagging import TaggingPanel
from gui.widgets import EmptyState

# A very long file name must not push the findings out of sight.
MAX_FILE_COLUMN_PX = 260
VIEW_KEY = "Photos/view"


def compact_table(model: object) -> QTableView:
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


def select_table_row(table: QTableView, row: int) -> None:
    """Makes the table's `row` (in its sorted order) the current, selected one."""
    table.selectionModel().setCurrentIndex(
        table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


class PhotosView(QSplitter):
    """The photo table beside the selected photo's detail; the empty state while no photos."""

    def __init__(self, empty_actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.model = InspectionModel(self)
        self.proxy = InspectionSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = compact_table(self.proxy)
        self.table.selectionModel().currentRowChanged.connect(self.show_current)
        self.empty_state = EmptyState(empty_actions)
        self.grid_model = PhotoGridModel(self)
        self.grid = PhotoGrid(self.grid_model)
        self.grid.selectionModel().currentChanged.connect(self._grid_current_changed)
        self.model.modelReset.connect(self._refresh_grid)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.grid)
        self.toggle = ViewToggle()
        self.toggle.set_mode(str(QSettings().value(VIEW_KEY, "table")))
        self.toggle.changed.connect(self._on_view_changed)
        self.left = QWidget()
        left_layout = QVBoxLayout(self.left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.toggle)
        left_layout.addWidget(self.stack, 1)
        self.tagging = TaggingPanel()
        left_layout.addWidget(self.tagging)
        for view in (self.table, self.grid):
            view.installEventFilter(self.tagging)  # 1–9, P, N and Enter on a selected photo
        self.tagging.leave_fields.connect(lambda: self.current_view().setFocus())
        self.detail = detail.DetailBrowser()
        self.detail.setAcceptDrops(False)  # a drop anywhere means "inspect these", not "paste"
        self.detail.setHtml(detail.empty_html())
        self.addWidget(self.left)
        self.addWidget(self.detail)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        for signal in (self.model.rowsInserted, self.model.modelReset, self.model.rowsRemoved):
            signal.connect(self._show_table_or_hint)
        self.proxy.dataChanged.connect(self.show_current)
        self.proxy.modelReset.connect(self.show_current)
        self._show_table_or_hint()

    @Slot()
    def _show_table_or_hint(self) -> None:
        rows = self.model.rowCount()
        # The grid holds only a case's photos: loose files inspected alone show as the table.
        grid = self.toggle.mode() == "grid" and self.grid_model.rowCount() > 0
        self.stack.setCurrentWidget(self.empty_state if not rows else
                                    self.grid if grid else self.table)
        self.toggle.setVisible(self.grid_model.rowCount() > 0)
        self.tagging.setVisible(self.grid_model.rowCount() > 0)  # only a case's photos
        self.detail.setVisible(bool(rows))  # the empty state gets the whole width

    @Slot(str)
    def _on_view_changed(self, mode: str) -> None:
        QSettings().setValue(VIEW_KEY, mode)
        self._show_table_or_hint()
        self.stack.currentWidget().setFocus()

    def current_view(self) -> QAbstractItemView:
        """The table or the grid, whichever is shown."""
        return self.grid if self.stack.currentWidget() is self.grid else self.table

    @Slot()
    def _refresh_grid(self) -> None:
        photos = [self.model.case_photo(r) for r in range(self.model.rowCount())]
        self.grid_model.set_photos(p for p in photos if p is not None)
        self._show_table_or_hint()

    @Slot(QModelIndex, QModelIndex)
    def _grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The model lists a case's photos first, in the grid's order: grid row = model row.
        if current.isValid():
            row = self.proxy.mapFromSource(self.model.index(current.row(), 0)).row()
            if self.table.selectionModel().currentIndex().row() != row:
                select_table_row(self.table, row)

    def _sync_grid(self, source_row: int) -> None:
        if source_row >= self.grid_model.rowCount():
            self.grid.selectionModel().clear()
        elif self.grid.selectionModel().currentIndex().row() != source_row:
            self.grid.selectionModel().setCurrentIndex(
                self.grid_model.index(source_row),
                QItemSelectionModel.SelectionFlag.ClearAndSelect)

    @Slot()
    def show_current(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            self.tagging.set_photo(None)
            self.detail.setHtml(detail.empty_html())
            return
        row = self.proxy.mapToSource(index).row()
        self._sync_grid(row)
        photo = self.model.case_photo(row)
        self.tagging.set_photo(photo.photo_id if photo is not None else None)
        self.detail.setHtml(detail.to_html(self.model.inspection(row),
                                           self.model.case_photo(row)))

    def select_row(self, row: int) -> None:
        select_table_row(self.table, row)

    def current_photo_id(self) -> int | None:
        """The case photo shown in the detail pane, if it is one."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        photo = self.model.case_photo(self.proxy.mapToSource(index).row())
        return photo.photo_id if photo is not None else None

    def select_photo(self, photo_id: int) -> bool:
        """Makes the case photo `photo_id` the current one; False if there is no such photo."""
        row = self.grid_model.row_of(photo_id)
        if row is None:
            return False
        self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def next_photo_id(self) -> int | None:
        """The case photo after the current one in the order shown (the last stays put)."""
        if self.current_view() is self.grid:
            row = self.grid.currentIndex().row() + 1
            rows = [self.grid_model.photo_id(row)] if row < self.grid_model.rowCount() else []
        else:
            after = range(self.table.currentIndex().row() + 1, self.proxy.rowCount())
            photos = (self.model.case_photo(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                      for r in after)
            rows = [p.photo_id for p in photos if p is not None][:1]
        return rows[0] if rows else self.current_photo_id()

    def fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in Column:
            if column != Column.FINDINGS:  # the last column takes the remaining width
                self.table.resizeColumnToContents(column)
        header.resizeSection(Column.FILE, min(header.sectionSize(Column.FILE),
                                              MAX_FILE_COLUMN_PX))
