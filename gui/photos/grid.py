"""The case's photos as a grid of thumbnails that stays smooth with thousands of photos.

The view asks only for the cells it paints; each thumbnail is read on a worker the first time
it is asked for, shown as a placeholder until then, and kept in a bounded LRU afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QListView,
    QToolButton,
    QWidget,
)

from evidence.model import PhotoRecord
from gui.app.state import CaseState
from gui.photos.thumbnails import PixmapLRU, ThumbnailLoader, placeholder
from gui.widgets.workers import Runner

Index = QModelIndex | QPersistentModelIndex
ICON_SIZE = QSize(160, 120)
# 64 MB of decoded thumbnails: about 800 of them at 160 × 120, several screens' worth.
CACHE_BYTES = 64 * 1024 * 1024
PhotoIdRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class GridItem:
    """One cell: what the grid shows of a photo."""

    photo_id: int
    label: str
    # The derived thumbnail's path (None when there is none), or how to find it: looked for
    # when the cell is first shown, so opening a case of thousands of photos reads no folder.
    thumbnail: str | Callable[[], str | None] | None
    tooltip: str


def items_from(state: CaseState, photos: Iterable[PhotoRecord]) -> list[GridItem]:
    return [GridItem(p.id, f"{p.id} · {p.name}", partial(state.thumbnail, p),
                     f"{p.name}\n{p.stored_path}") for p in photos]


class PhotoGridModel(QAbstractListModel):
    """A list of photos whose DecorationRole thumbnails load lazily, off the GUI thread."""

    def __init__(self, parent: QObject | None = None, runner: Runner | None = None,
                 icon_size: QSize = ICON_SIZE, cache_bytes: int = CACHE_BYTES) -> None:
        super().__init__(parent)
        self.icon_size = QSize(icon_size)
        self._items: list[GridItem] = []
        self._paths: dict[int, str | None] = {}      # by row, once looked for
        self._rows_of_path: dict[str, list[int]] = {}
        self._row_of_id: dict[int, int] = {}
        self.cache = PixmapLRU(cache_bytes)
        self.loader = ThumbnailLoader(self.icon_size, runner, self)
        self.loader.loaded.connect(self._on_loaded)
        self.waiting = placeholder(self.icon_size)
        self.missing = placeholder(self.icon_size, "#f0c8c8")  # no thumbnail could be made

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip
        if role == PhotoIdRole:
            return item.photo_id
        return None

    def _thumbnail(self, row: int) -> QPixmap:
        path = self.thumbnail_path(row)
        if path is None:
            return self.missing
        cached = self.cache.get(path)
        if cached is not None:
            return cached
        self.loader.request(path)
        return self.waiting

    def thumbnail_path(self, row: int) -> str | None:
        """The row's thumbnail (None: it has none), looked for the first time it is asked."""
        if row not in self._paths:
            found = self._items[row].thumbnail
            path = found() if callable(found) else found
            self._paths[row] = path
            if path is not None:
                self._rows_of_path.setdefault(path, []).append(row)
        return self._paths[row]

    def set_photos(self, state: CaseState | None) -> None:
        self.set_items(items_from(state, state.photos) if state is not None else [])

    def set_items(self, items: list[GridItem]) -> None:
        """Shows these photos in place of the previous ones (thumbnails already read stay)."""
        self.beginResetModel()
        self.loader.forget()
        self._items = list(items)
        self._paths, self._rows_of_path = {}, {}
        self._row_of_id = {item.photo_id: row for row, item in enumerate(self._items)}
        self.endResetModel()

    def evict(self) -> None:
        """Shows no photos and forgets every thumbnail read (decrypted ones included)."""
        self.loader.reset()
        self.cache.clear()
        self.set_items([])

    def photo_id(self, row: int) -> int:
        return self._items[row].photo_id

    def row_of(self, photo_id: int) -> int | None:
        return self._row_of_id.get(photo_id)

    @Slot(str, QPixmap)
    def _on_loaded(self, path: str, pixmap: QPixmap) -> None:
        self.cache.put(path, pixmap if not pixmap.isNull() else self.missing)
        for row in self._rows_of_path.get(path, ()):
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class PhotoGrid(QListView):
    """An icon-mode list with fixed cells, so laying out thousands of photos costs nothing."""

    def __init__(self, model: PhotoGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        # IconMode turns on dragging items around; photos keep their order and a drop on the
        # grid means "import these", which the window handles.
        self.setMovement(QListView.Movement.Static)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setWrapping(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(model.icon_size)
        text_height = self.fontMetrics().height()
        self.setGridSize(QSize(model.icon_size.width() + 24,
                               model.icon_size.height() + text_height + 16))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(text_height * 3)
        self.setModel(model)


class ViewToggle(QWidget):
    """Two linked buttons above the photos: the table of values, or the grid of thumbnails."""

    changed = Signal(str)     # "table" or "grid"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_button = QToolButton()
        self.table_button.setText(self.tr("Table"))
        self.table_button.setToolTip(self.tr("Every photo with its times, position and findings"))
        self.grid_button = QToolButton()
        self.grid_button.setText(self.tr("Grid"))
        self.grid_button.setToolTip(self.tr("The case's photos as thumbnails"))
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for number, button in enumerate((self.table_button, self.grid_button)):
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.group.addButton(button, number)
            layout.addWidget(button)
        # idClicked rather than toggled: PySide6 6.12 crashed at exit after a bool signal
        # reached a Python slot here (bool_dealloc while finalizing).
        self.group.idClicked.connect(self._on_clicked)
        layout.addStretch()
        self.table_button.setChecked(True)

    @Slot(int)
    def _on_clicked(self, _number: int) -> None:
        self.changed.emit(self.mode())

    def mode(self) -> str:
        return "grid" if self.grid_button.isChecked() else "table"

    def set_mode(self, mode: str) -> None:
        (self.grid_button if mode == "grid" else self.table_button).setChecked(True)
