"""The case's photos as a grid of thumbnails that stays smooth with thousands of photos.

The view asks only for the cells it paints; each thumbnail is read on a worker the first time
it is asked for, shown as a placeholder until then, and kept in a bounded LRU afterwards.

Under each thumbnail: the photo's number and name, and when it was taken as the analysis dates
it (marked "GPS" where the GPS clock dates it; the tooltip says what dates it and what the
camera clock read). A photo a reviewer has tagged wears a badge in its corner; the tooltip says
who recorded what. Both are read at paint time from the photo's `PhotoTime` and the case's
state, so a saved observation shows when the cell is repainted (`photos_changed`).
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
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QListView,
    QToolButton,
    QWidget,
)

from evidence.model import Observation, PhotoRecord
from evidence.photo_time import PhotoTime
from gui.app.state import CaseState
from gui.photos import video_marks
from gui.photos.table_model import tagged_tooltip
from gui.photos.thumbnails import PixmapLRU, ThumbnailLoader, placeholder
from gui.widgets import when
from gui.widgets.workers import Runner

Index = QModelIndex | QPersistentModelIndex
ICON_SIZE = QSize(160, 120)
# 64 MB of decoded thumbnails: about 800 of them at 160 × 120, several screens' worth.
CACHE_BYTES = 64 * 1024 * 1024
# 8 MB of tagged photos' thumbnails with their badge: about 100, a few screens' worth.
BADGED_BYTES = 8 * 1024 * 1024
PhotoIdRole = Qt.ItemDataRole.UserRole
# How many reviewers recorded what the photo shows (0: not tagged).
TaggedRole = Qt.ItemDataRole.UserRole + 1
# The tagged badge: Okabe-Ito blue, as the verdicts' colours read for colour-blind readers.
BADGE_COLOUR = "#0072B2"
BADGE_PX = 22
# How the cache names a badged thumbnail (the thumbnail's key, this, the number of reviewers)
# and the placeholders' keys.
BADGE_KEY, WAITING_KEY, MISSING_KEY = "\x1ftagged", "\x1fwaiting", "\x1fmissing"


@dataclass(frozen=True)
class GridItem:
    """One cell: what the grid shows of a photo."""

    photo_id: int
    label: str
    # The derived thumbnail's path (None when there is none), or how to find it: looked for
    # when the cell is first shown, so opening a case of thousands of photos reads no folder.
    thumbnail: str | Callable[[], str | None] | None
    tooltip: str
    time: PhotoTime | None = None    # when it was taken, as the analysis dates it
    video: bool = False              # a video: its thumbnail wears a play mark


def items_from(state: CaseState, photos: Iterable[PhotoRecord]) -> list[GridItem]:
    times = state.times
    return [GridItem(p.id, f"{p.id} · {p.name}{_video_suffix(p)}", partial(state.thumbnail, p),
                     f"{p.name}\n{p.stored_path}", times.get(p.id),
                     p.media_type.startswith("video/")) for p in photos]


def _video_suffix(photo: PhotoRecord) -> str:
    """' · ▶ 2:05' after a video's name (its stored inspection read only for a video)."""
    return video_marks.name_suffix(photo.inspection) if photo.media_type.startswith("video/") \
        else ""


def badge(pixmap: QPixmap, reviewers: int) -> QPixmap:
    """A copy of `pixmap` with a round badge in its top right corner: a tick, or the number of
    reviewers when more than one has tagged the photo."""
    out = QPixmap(pixmap)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = QRectF(out.width() - BADGE_PX - 4, 4, BADGE_PX, BADGE_PX)
    painter.setPen(QPen(QColor("white"), 2))
    painter.setBrush(QColor(BADGE_COLOUR))
    painter.drawEllipse(ring)
    if reviewers > 1:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(BADGE_PX * 6 // 10)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, str(reviewers))
    else:
        tick = QPainterPath(QPointF(ring.left() + 0.27 * BADGE_PX, ring.center().y()))
        tick.lineTo(QPointF(ring.left() + 0.43 * BADGE_PX, ring.top() + 0.68 * BADGE_PX))
        tick.lineTo(QPointF(ring.left() + 0.74 * BADGE_PX, ring.top() + 0.32 * BADGE_PX))
        painter.setPen(QPen(QColor("white"), 2.4, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    painter.end()
    return out


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
        self._captions: dict[int, str] = {}           # by row, once made (a dated photo's)
        self._state: CaseState | None = None         # the photos' observations
        self.cache = PixmapLRU(cache_bytes)
        self.badged = PixmapLRU(BADGED_BYTES)          # thumbnails with the tagged badge
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
            return self._caption(index.row(), item)
        if role == Qt.ItemDataRole.DecorationRole:
            reviewers = self.reviewers(item.photo_id)
            return self._thumbnail(index.row(), reviewers)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == PhotoIdRole:
            return item.photo_id
        if role == TaggedRole:
            return self.reviewers(item.photo_id)
        return None

    def _caption(self, row: int, item: GridItem) -> str:
        """'12 · IMG_0012.jpg' and, under it, when it was taken; made once per dated photo (its
        words are the same in every language)."""
        caption = self._captions.get(row)
        if caption is None:
            if item.time is None:
                return item.label
            caption = f"{item.label}\n{when.caption(item.time)}"
            if not item.time.dated:
                return caption  # "not dated" is said in the language of the moment
            self._captions[row] = caption
        return caption

    def observations(self, photo_id: int) -> tuple[Observation, ...]:
        """What reviewers recorded of the photo."""
        return self._state.data.observations_of(photo_id) if self._state is not None else ()

    def reviewers(self, photo_id: int) -> int:
        """How many reviewers have recorded what the photo shows."""
        return len({seen.reviewer for seen in self.observations(photo_id)})

    def _tooltip(self, item: GridItem) -> str:
        parts = [item.tooltip] if item.tooltip else []
        if item.time is not None:
            parts.append("\n".join(when.lines(item.time)))
        if self._state is not None:
            parts.append(tagged_tooltip(self.observations(item.photo_id), video=item.video))
        return "\n\n".join(parts)

    def _thumbnail(self, row: int, reviewers: int = 0) -> QPixmap:
        """The row's thumbnail (a placeholder until read), badged when a reviewer tagged it."""
        path = self.thumbnail_path(row)
        if path is None:
            return self._badged(MISSING_KEY, self.missing, reviewers)
        cached = self.cache.get(path)
        if cached is not None:
            if self._items[row].video:
                path, cached = self._marked(path, cached)
            return self._badged(path, cached, reviewers)
        self.loader.request(path)
        return self._badged(WAITING_KEY, self.waiting, reviewers)

    def _marked(self, key: str, pixmap: QPixmap) -> tuple[str, QPixmap]:
        """A video's thumbnail with its play mark, made once and kept, and its key."""
        marked_key = f"{key}{video_marks.PLAY_KEY}"
        found = self.badged.get(marked_key)
        if found is None:
            found = video_marks.play_mark(pixmap)
            self.badged.put(marked_key, found)
        return marked_key, found

    def _badged(self, key: str, pixmap: QPixmap, reviewers: int) -> QPixmap:
        """`pixmap` with the tagged badge in its corner, made once and kept (so a paint only
        looks it up)."""
        if not reviewers:
            return pixmap
        badged_key = f"{key}{BADGE_KEY}{reviewers}"
        found = self.badged.get(badged_key)
        if found is None:
            found = badge(pixmap, reviewers)
            self.badged.put(badged_key, found)
        return found

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
        self._state = state
        self.set_items(items_from(state, state.photos) if state is not None else [])

    def photos_changed(self, photo_ids: Iterable[int], state: CaseState) -> None:
        """The case knows something new of these photos (an observation): their cells are
        repainted (the badge, the tooltip), nothing else; the thumbnails stay."""
        self._state = state
        roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, TaggedRole]
        for photo_id in photo_ids:
            row = self._row_of_id.get(photo_id)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index, roles)

    def set_items(self, items: list[GridItem]) -> None:
        """Shows these photos in place of the previous ones (thumbnails already read stay)."""
        self.beginResetModel()
        self.loader.forget()
        self._items = list(items)
        self._paths, self._rows_of_path, self._captions = {}, {}, {}
        self._row_of_id = {item.photo_id: row for row, item in enumerate(self._items)}
        self.endResetModel()

    def evict(self) -> None:
        """Shows no photos and forgets every thumbnail read (decrypted ones included)."""
        self.loader.reset()
        self.cache.clear()
        self.badged.clear()
        self._state = None
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
        # Two lines under a thumbnail: its number and name, and when it was taken.
        self.setGridSize(QSize(model.icon_size.width() + 24,
                               model.icon_size.height() + 2 * text_height + 16))
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
