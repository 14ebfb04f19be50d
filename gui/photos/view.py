"""The Photos tab: the table of photos (or, while it is empty, what to do), the detail pane, and
tagging from the keyboard: Enter saves what was tagged and moves on at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.app import settings
from gui.app.state import CaseState, Change
from gui.photos import detail
from gui.photos.empty_state import PhotosEmptyState
from gui.photos.frames import VideoFrames
from gui.photos.grid import PhotoGrid, PhotoGridModel, ViewToggle
from gui.photos.observing import Observing
from gui.photos.table_model import Column, InspectionModel, InspectionSortProxy
from gui.photos.tagging import TaggingPanel
from gui.widgets.tables import (
    ColumnFitter,
    compact_table,
    fit_columns,
    select_table_row,
    squeeze_columns,
    wrap_headers,
)

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.session import CaseSession

# A very long file name must not push the findings out of sight.
MAX_FILE_COLUMN_PX = 260
MAX_FINDINGS_COLUMN_PX = 260
# In a narrow table (a 1280 px laptop, Kazakh's long words) these are cut further, to these
# widths at least (their tooltips whole), so that every column stays in sight.
NARROWEST = {Column.FILE: 110, Column.DATED_BY: 70, Column.FINDINGS: 60, Column.OFFSET: 60}


class PhotosView(QSplitter):
    """The photo table beside the selected photo's detail; the empty state while no photos."""

    message = Signal(str)           # for the status bar
    photo_changed = Signal()        # another photo (or none) is the current one

    def __init__(self, session: CaseSession, actions: Actions,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.session = session
        self.state: CaseState | None = None
        self.model = InspectionModel(self)
        self.proxy = InspectionSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = compact_table(self.proxy)
        wrap_headers(self.table)   # 'Taken' over '(local)': the columns as narrow as their cells
        self.table.selectionModel().currentRowChanged.connect(self.show_current)
        self._fitter = ColumnFitter(self.table, self.model, self._fit_columns)  # and on resize
        self.empty_state = PhotosEmptyState(actions)  # Import into the case, or how to start
        self.grid_model = PhotoGridModel(self)
        self.grid = PhotoGrid(self.grid_model)
        self.grid.selectionModel().currentChanged.connect(self._grid_current_changed)
        for view in (self.table, self.grid):  # Shift/Ctrl choose several (a refusal's span)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.grid)
        self.toggle = ViewToggle()
        self.toggle.set_mode(settings.PHOTOS_VIEW.get())
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
        self.tagging.submitted.connect(self._on_submitted)
        # Leaving a photo saves what changed on it; withdrawals; the window closing.
        self.observing = Observing(session, self.tagging, self.window, self.select_photo,
                                   self.message.emit)
        self.detail = detail.DetailBrowser()
        self.detail.setAcceptDrops(False)  # a drop means "import" (or "inspect"), not "paste"
        self.detail.setHtml(detail.empty_html())
        self.frames = VideoFrames(session.pool)   # a video's stills, above its detail
        self.frames.moment_chosen.connect(self.tagging.set_moment)
        self.right = QWidget()
        right_layout = QVBoxLayout(self.right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.frames, 2)
        right_layout.addWidget(self.detail, 3)
        self.addWidget(self.left)
        self.addWidget(self.right)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        for signal in (self.model.rowsInserted, self.model.modelReset, self.model.rowsRemoved):
            signal.connect(self._show_table_or_hint)
        self.proxy.modelReset.connect(self.show_current)
        self._show_table_or_hint()

    # --- the case -----------------------------------------------------------------------------

    def set_case(self, state: CaseState | None) -> None:
        """Shows a case's photos (the same photo selected again when it is the same case; else
        the first); None: no case, its decrypted thumbnails dropped."""
        same = state is not None and self.state is not None and state.root == self.state.root
        keep = self.current_photo_id() if same else None
        was_empty = self.model.rowCount() == 0
        self.state = state
        self.empty_state.set_case(state)
        if state is None:
            self.model.clear()
            self.grid_model.evict()
            self.detail.forget()
            self.frames.forget()
            return
        self.model.set_case_photos(state.photos, state)
        self.grid_model.set_photos(state)
        self._show_table_or_hint()
        if was_empty or not same:
            self.fit_columns()
        if self.model.rowCount() and (keep is None or not self.select_photo(keep)):
            self.select_row(0)

    def apply(self, change: Change) -> None:
        """Repaints the photos a change touched; the current photo's detail when it is one."""
        if change.reloaded:
            self.set_case(change.state)
            return
        self.state = change.state
        touched = change.touched_photos
        self.model.photos_changed(touched, change.state)
        self.grid_model.photos_changed(touched, change.state)
        if self.current_photo_id() in touched:
            self.show_current()

    # --- tagging --------------------------------------------------------------------------

    @Slot(int, list, object, str)
    def _on_submitted(self, photo_id: int, _tags: list, _people: int | None,
                      _note: str) -> None:
        """Enter on a photo: what changed on it saved (by the session, signed by who is
        working) and the next photo at once; a form that cannot be saved as it is asks
        first."""
        self.observing.submit(photo_id, lambda: self._move_on(photo_id))

    def _move_on(self, photo_id: int) -> None:
        following = self.next_photo_id()
        if following is not None and following != photo_id:
            self.select_photo(following)

    # --- the table or the grid ------------------------------------------------------------

    @Slot()
    def _show_table_or_hint(self) -> None:
        rows = self.model.rowCount()
        # The grid holds only a case's photos: loose files inspected alone show as the table.
        grid = self.toggle.mode() == "grid" and self.grid_model.rowCount() > 0
        self.stack.setCurrentWidget(self.empty_state if not rows else
                                    self.grid if grid else self.table)
        self.toggle.setVisible(self.grid_model.rowCount() > 0)
        self.tagging.setVisible(self.grid_model.rowCount() > 0)  # only a case's photos
        self.right.setVisible(bool(rows))  # the empty state gets the whole width

    @Slot(str)
    def _on_view_changed(self, mode: str) -> None:
        settings.PHOTOS_VIEW.set(mode)
        self._show_table_or_hint()
        self.stack.currentWidget().setFocus()

    def current_view(self) -> QAbstractItemView:
        """The table or the grid, whichever is shown."""
        return self.grid if self.stack.currentWidget() is self.grid else self.table

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
            self.observing.show(None, self.state)
            self.frames.forget()
            self.detail.setHtml(detail.empty_html())
            self.photo_changed.emit()
            return
        row = self.proxy.mapToSource(index).row()
        self._sync_grid(row)
        photo = self.model.case_photo(row)
        video = photo is not None and photo.inspection.is_video
        self.observing.show(photo.id if photo is not None else None, self.state)
        self.tagging.set_video(video)   # after: leaving the last photo saved it as it was
        self.frames.show_photo(self.state.root if self.state and video else None, photo)
        if video and self.tagging.at_s is not None:
            self.frames.go_to(self.tagging.at_s)   # the moment the observation names
        self.detail.setHtml(detail.to_html(self.model.inspection(row), photo, self.state))
        self.photo_changed.emit()

    def select_row(self, row: int) -> None:
        select_table_row(self.table, row)

    def current_photo_id(self) -> int | None:
        """The case photo shown in the detail pane, if it is one."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        photo = self.model.case_photo(self.proxy.mapToSource(index).row())
        return photo.id if photo is not None else None

    def selected_photo_ids(self) -> list[int]:
        """The case photos selected in the table or the grid, whichever is shown, in its
        order; the current one when nothing is selected."""
        if self.current_view() is self.grid:
            rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
            found = [self.grid_model.photo_id(row) for row in rows]
        else:
            found = []
            for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row()):
                photo = self.model.case_photo(self.proxy.mapToSource(index).row())
                if photo is not None:
                    found.append(photo.id)
        current = self.current_photo_id()
        return found or ([current] if current is not None else [])

    def select_photo(self, photo_id: int) -> bool:
        """Makes the case photo `photo_id` the current one; False if there is no such photo."""
        row = self.model.row_of_photo(photo_id)
        if row is None:
            return False
        self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def next_photo_id(self) -> int | None:
        """The case photo after the current one in the order shown (the last stays put)."""
        if self.current_view() is self.grid:
            row = self.grid.currentIndex().row() + 1
            found = [self.grid_model.photo_id(row)] if row < self.grid_model.rowCount() else []
        else:
            found = []
            for r in range(self.table.currentIndex().row() + 1, self.proxy.rowCount()):
                photo = self.model.case_photo(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                if photo is not None:
                    found = [photo.id]
                    break
        return found[0] if found else self.current_photo_id()

    def fit_columns(self) -> None:
        """Each column as wide as it needs, then the long ones cut so that every column is in
        sight at the table's width. The last column (the position) takes the remaining width;
        a long error in the findings is cut (its tooltip has it whole)."""
        self._fitter()

    def _fit_columns(self) -> None:
        fit_columns(self.table, skip=[Column.POSITION],
                    widest={Column.FILE: MAX_FILE_COLUMN_PX,
                            Column.FINDINGS: MAX_FINDINGS_COLUMN_PX})
        squeeze_columns(self.table, NARROWEST)

