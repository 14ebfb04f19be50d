"""The Redact dialog: rectangles over bystanders' faces and plates, hidden in reports.

The scene is in pixels of the full-size upright original: the display copy (at most
redaction_jobs.DISPLAY_PX) is scaled up by its pixmap item's transform, so a rectangle drawn on
the scene is already in the original's coordinates and needs no conversion that could drift.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence.model import Redaction, Region
from evidence.store import Case
from gui.app.session import Written
from gui.photos import redaction_jobs
from gui.photos.redaction_jobs import Picture
from gui.widgets.text import numerus
from gui.widgets.workers import CaseJob

# The key that removes the region selected (listed in Help ▸ Keyboard shortcuts).
DELETE_REGION = QKeySequence.StandardKey.Delete

if TYPE_CHECKING:
    from gui.app.session import CaseSession

MIN_REGION_PX = 2     # a click without a drag draws nothing


class RegionItem(QGraphicsRectItem):
    """One rectangle; a face proposal is dashed until the user ticks it."""

    def __init__(self, rect: QRectF, reason: str, proposed: bool = False) -> None:
        super().__init__(rect)
        self.reason, self.proposed = reason, proposed
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.set_confirmed(not proposed)

    def set_confirmed(self, confirmed: bool) -> None:
        self.confirmed = confirmed
        pen = QPen(QColor("#e53935") if confirmed else QColor("#fdd835"), 2)
        pen.setCosmetic(True)  # two screen pixels, whatever the zoom
        if not confirmed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)

    def region(self, width: int, height: int) -> Region | None:
        """The rectangle in whole pixels of the original, kept inside the image."""
        r = self.rect().normalized()
        left, top = max(0, round(r.left())), max(0, round(r.top()))
        right, bottom = min(width, round(r.right())), min(height, round(r.bottom()))
        if right - left < 1 or bottom - top < 1:
            return None
        return Region(left, top, right - left, bottom - top, self.reason)


class RegionView(QGraphicsView):
    """Shows the photo; a drag on the photo (not on a rectangle) draws a new rectangle."""

    drawn = Signal(object)    # the new RegionItem

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setMinimumSize(640, 480)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bounds = QRectF()
        self._start: QPointF | None = None
        self._drawing: RegionItem | None = None

    def set_bounds(self, bounds: QRectF) -> None:
        self.bounds = bounds
        self.setSceneRect(bounds)
        self.fit()

    def fit(self) -> None:
        if not self.bounds.isEmpty():
            self.fitInView(self.bounds, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def _inside(self, point: QPointF) -> QPointF:
        return QPointF(min(max(point.x(), self.bounds.left()), self.bounds.right()),
                       min(max(point.y(), self.bounds.top()), self.bounds.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = self.mapToScene(event.position().toPoint())
        over = self.itemAt(event.position().toPoint())
        if (event.button() == Qt.MouseButton.LeftButton and not self.bounds.isEmpty()
                and self.bounds.contains(point) and not isinstance(over, RegionItem)):
            self.scene().clearSelection()
            self._start = point
            self._drawing = RegionItem(QRectF(point, point), "face")
            self.scene().addItem(self._drawing)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing is not None and self._start is not None:
            end = self._inside(self.mapToScene(event.position().toPoint()))
            self._drawing.setRect(QRectF(self._start, end).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item, self._drawing = self._drawing, None
        if item is None:
            super().mouseReleaseEvent(event)
            return
        end = self._inside(self.mapToScene(event.position().toPoint()))
        item.setRect(QRectF(self._start, end).normalized())
        self._start = None
        if min(item.rect().width(), item.rect().height()) < MIN_REGION_PX:
            self.scene().removeItem(item)
        else:
            self.drawn.emit(item)


# The regions shown, comparable: the method, then each region's pixels, reason and ticks.
RegionsShape = tuple[object, tuple[tuple[object, str, bool, bool], ...]]


@dataclass
class HeldRegions:
    """Regions drawn and not applied, held while the case is locked (gui.case.drafts)."""

    method: str
    regions: list[tuple[QRectF, str, bool, bool]]   # scene rectangle, reason, ticked, proposed

    def wipe(self) -> None:
        self.regions.clear()


class RedactionDialog(QDialog):
    """Draws, reviews and saves one photo's redaction (saved by the case session)."""

    saved = Signal()            # after Apply or Remove: the views have the change already
    failed = Signal(str)        # a bug's traceback
    discard_asked = Signal()    # Escape, Cancel or close with regions not applied: ask first

    def __init__(self, session: CaseSession, root: str, photo_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner = session, session.pool
        self.root, self.photo_id = root, photo_id
        self.picture: Picture | None = None
        self.items: list[RegionItem] = []
        self.job: CaseJob | None = None
        self._writing = False
        self._done: Callable[[object], None] = lambda _result: None
        self._baseline: RegionsShape | None = None   # the regions as loaded (saved ones)
        self._held: HeldRegions | None = None        # put back once the picture is loaded
        self._letting_go = False
        self.setWindowTitle(self.tr("Redact photo {id}").format(id=photo_id))
        self.scene = QGraphicsScene(self)
        self.view = RegionView(self.scene)
        self.view.drawn.connect(self._on_drawn)
        self.scene.selectionChanged.connect(self._on_scene_selection)
        self._build_side()
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.side)
        QShortcut(QKeySequence(DELETE_REGION), self, self.delete_region)
        self._set_busy(True)
        self._run(lambda: redaction_jobs.load(root, photo_id), self.tr("Reading the photo…"),
                  self._on_loaded)

    def _build_side(self) -> None:
        self.side = QVBoxLayout()
        intro = QLabel(self.tr(
            "Drag over each bystander's face or number plate. Ticked regions are hidden in "
            "reports; the original is never changed."))
        intro.setWordWrap(True)   # one long line would widen the dialog past a laptop's screen
        self.side.addWidget(intro)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._on_list_row)
        self.list.itemChanged.connect(self._on_item_ticked)
        self.side.addWidget(self.list, 1)
        self.reason = QComboBox()
        for code, text in (("face", self.tr("Face")), ("plate", self.tr("Number plate")),
                           ("other", self.tr("Other"))):
            self.reason.addItem(text, code)
        self.reason.activated.connect(self._on_reason)
        self.method = QComboBox()
        self.method.addItem(self.tr("Blur"), "blur")
        self.method.addItem(self.tr("Black out"), "black")
        form = QFormLayout()
        form.addRow(self.tr("Region shows:"), self.reason)
        form.addRow(self.tr("Hide by:"), self.method)
        self.side.addLayout(form)
        self.delete_button = QPushButton(self.tr("Delete region"))
        self.delete_button.clicked.connect(self.delete_region)
        self.propose_button = QPushButton(self.tr("Propose faces"))
        self.propose_button.clicked.connect(self.propose_faces)
        self.side.addWidget(self.delete_button)
        self.side.addWidget(self.propose_button)
        note = QLabel(self.tr(
            "Proposals are dashed and count only once ticked. The detector misses small, "
            "turned or masked faces and sometimes sees a face in a pattern: check each one "
            "and draw the faces it missed."))
        note.setWordWrap(True)
        note.setStyleSheet("color: gray")
        self.side.addWidget(note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.side.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Apply"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.remove_button = self.buttons.addButton(self.tr("Remove redaction"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self.apply)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        self.side.addWidget(self.buttons)
        for widget in (self.reason, self.method):
            widget.setMinimumWidth(160)

    # --- the picture and its regions ------------------------------------------------------

    def _on_loaded(self, picture: Picture) -> None:
        self.picture = picture
        image = QImage(picture.rgb, picture.width, picture.height, 3 * picture.width,
                       QImage.Format.Format_RGB888).copy()
        pixmap = QGraphicsPixmapItem(QPixmap.fromImage(image))
        pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        pixmap.setTransform(pixmap.transform().scale(picture.full_width / picture.width,
                                                     picture.full_height / picture.height))
        self.scene.addItem(pixmap)
        self.view.set_bounds(QRectF(0, 0, picture.full_width, picture.full_height))
        if picture.existing is not None:
            self.method.setCurrentIndex(max(0, self.method.findData(picture.existing.method)))
            for r in picture.existing.regions:
                self._add(RegionItem(QRectF(r.x, r.y, r.w, r.h), r.reason))
            self.status.setText(self.tr("This photo is redacted for reports: edit its "
                                        "regions and apply, or remove the redaction."))
        self._baseline = self._shape()
        if self._held is not None:
            self.put_back(self._held)
        self._set_busy(False)

    def _add(self, item: RegionItem) -> None:
        if item.scene() is None:
            self.scene.addItem(item)
        self.items.append(item)
        entry = QListWidgetItem(self._label(item))
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if item.confirmed else Qt.CheckState.Unchecked)
        self.list.blockSignals(True)  # itemChanged is the user's tick, not this
        self.list.addItem(entry)
        self.list.blockSignals(False)

    def _label(self, item: RegionItem) -> str:
        region = self._region(item)
        place = f"{region.x}, {region.y}, {region.w}×{region.h}" if region else "—"
        text = self.tr("{reason}: {place}").format(reason=self.reason.itemText(
            max(0, self.reason.findData(item.reason))), place=place)
        return self.tr("{region} (proposed)").format(region=text) if item.proposed else text

    def _region(self, item: RegionItem) -> Region | None:
        if self.picture is None:
            return None
        return item.region(self.picture.full_width, self.picture.full_height)

    @Slot(object)
    def _on_drawn(self, item: RegionItem) -> None:
        self._add(item)
        self.list.setCurrentRow(len(self.items) - 1)

    @Slot(int)
    def _on_list_row(self, row: int) -> None:
        if 0 <= row < len(self.items):
            item = self.items[row]
            self.scene.blockSignals(True)
            self.scene.clearSelection()
            item.setSelected(True)
            self.scene.blockSignals(False)
            self.reason.setCurrentIndex(max(0, self.reason.findData(item.reason)))

    @Slot()
    def _on_scene_selection(self) -> None:
        chosen = [i for i, item in enumerate(self.items) if item.isSelected()]
        if chosen:
            self.list.setCurrentRow(chosen[0])

    @Slot(QListWidgetItem)
    def _on_item_ticked(self, entry: QListWidgetItem) -> None:
        row = self.list.row(entry)
        if 0 <= row < len(self.items):
            self.items[row].set_confirmed(entry.checkState() == Qt.CheckState.Checked)

    @Slot(int)
    def _on_reason(self, _index: int) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            self.items[row].reason = self.reason.currentData()
            self.list.item(row).setText(self._label(self.items[row]))

    @Slot()
    def delete_region(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            self.scene.removeItem(self.items.pop(row))
            self.list.takeItem(row)

    def regions(self) -> list[Region]:
        """The ticked regions, in pixels of the upright original."""
        found = (self._region(item) for item in self.items if item.confirmed)
        return [region for region in found if region is not None]

    # --- regions not applied -------------------------------------------------------------

    def _shape(self) -> RegionsShape:
        return (self.method.currentData(), tuple(
            (self._region(item), item.reason, item.confirmed, item.proposed)
            for item in self.items))

    def has_typed_work(self) -> bool:
        """Regions drawn, deleted, ticked or relabelled (or the method changed) since the photo
        was loaded, and not applied."""
        return self._baseline is not None and self._shape() != self._baseline

    def typed(self) -> HeldRegions:
        """The regions as they are now (in the original's pixels), to be put back later."""
        return HeldRegions(self.method.currentData(), [
            (item.rect(), item.reason, item.confirmed, item.proposed) for item in self.items])

    def put_back(self, held: HeldRegions) -> None:
        """Shows `held`'s regions instead of the saved ones (once the photo is loaded)."""
        if self.picture is None:
            self._held = held
            return
        self._held = None
        for item in self.items:
            self.scene.removeItem(item)
        self.items.clear()
        self.list.clear()
        self.method.setCurrentIndex(max(0, self.method.findData(held.method)))
        for rect, reason, confirmed, proposed in held.regions:
            item = RegionItem(QRectF(rect), reason, proposed=proposed)
            item.set_confirmed(confirmed)
            self._add(item)

    def reject(self) -> None:
        """Escape, Cancel, the close button: with regions not applied, asks first."""
        if not self._letting_go and self.has_typed_work():
            self.discard_asked.emit()
            return
        super().reject()

    def discard(self) -> None:
        """Closes without asking: what was drawn and not applied is dropped."""
        self._letting_go = True
        super().reject()

    # --- work on the worker ---------------------------------------------------------------

    @Slot()
    def propose_faces(self) -> None:
        root, photo_id = self.root, self.photo_id
        self._run(lambda: redaction_jobs.propose(root, photo_id),
                  self.tr("Looking for faces…"), self._on_proposed)

    def _on_proposed(self, proposed: list[Region]) -> None:
        for r in proposed:
            self._add(RegionItem(QRectF(r.x, r.y, r.w, r.h), r.reason, proposed=True))
        self.status.setText(numerus(
            "RedactionDialog", "%n face(s) proposed: tick each one that really is a face.",
            len(proposed)))

    @Slot()
    def apply(self) -> None:
        regions, method = self.regions(), self.method.currentData()
        if not regions:
            self.status.setText(self.tr("Draw a region, or tick a proposed one, first."))
            return
        photo_id = self.photo_id
        self.session.as_actor(lambda actor: self._write(
            lambda case: redaction_jobs.apply(case, photo_id, regions, method, actor),
            self.tr("Saving the redaction…")), self.status.setText)

    @Slot()
    def remove(self) -> None:
        photo_id = self.photo_id
        self.session.as_actor(lambda actor: self._write(
            lambda case: redaction_jobs.remove(case, photo_id, actor),
            self.tr("Removing the redaction…")), self.status.setText)

    def _write(self, task: Callable[[Case], Written[Redaction]], text: str) -> None:
        if self.job is not None or self._writing:
            return
        self._writing = True
        self.status.setText(text)
        self._set_busy(True)
        self.session.write(text, task, done=self._on_saved, refused=self._on_job_refused,
                           always=self._on_written)

    def _on_written(self) -> None:
        self._writing = False
        self._set_busy(False)

    def _on_saved(self, _done: object) -> None:
        self.status.clear()
        self.saved.emit()
        self.accept()

    def _run(self, task: Callable[[], object], text: str,
             done: Callable[[object], None]) -> None:
        if self.job is not None:
            return
        self._done = done
        self.status.setText(text)
        self._set_busy(True)
        self.job = job = CaseJob(task, text)
        # Bound slots of this GUI-thread object: queued back to the GUI thread.
        job.loaded.connect(self._on_job_loaded)
        job.refused.connect(self._on_job_refused)
        job.failed.connect(self.failed)
        job.finished.connect(self._on_job_finished)
        self.runner.start(job)

    @Slot(object)
    def _on_job_loaded(self, result: object) -> None:
        self.status.clear()
        self._done(result)

    @Slot(str)
    def _on_job_refused(self, message: str) -> None:
        self.status.setText(message)

    @Slot()
    def _on_job_finished(self) -> None:
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        ready = not busy and self.picture is not None
        for button in (self.apply_button, self.propose_button, self.delete_button):
            button.setEnabled(ready)
        self.remove_button.setEnabled(ready and self.picture.existing is not None)


def key_rows() -> list[tuple[str, str]]:
    """The Redact window's keys as Help ▸ Keyboard shortcuts lists them."""
    keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                     for k in QKeySequence.keyBindings(DELETE_REGION))
    return [(keys, QCoreApplication.translate("RedactionDialog",
                                              "Remove the region selected in the list"))]
