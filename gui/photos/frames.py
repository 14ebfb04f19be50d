"""A video's stills at chosen moments, in the detail pane: a slider and a box for the moment, the
frame shown, and a button that gives the tagging form that moment.

Frames are decoded on the pool (`evidence.frames.frame_at`: seek to the keyframe before, decode
forward, never the whole video), from the case's files (an encrypted case's video decrypted in
memory as it is read), at most one at a time; while one is decoded the newest moment asked for
waits and the ones in between are dropped. The reviewer sees the original's pixels (like every
view of the window, `evidence.pictures`); nothing is written.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from evidence import casefiles, frames
from evidence.errors import KnownError
from evidence.model import PhotoRecord
from evidence.observations import moment_text
from gui.widgets.workers import Runner

FRAME_PX = 640          # the still's long side as decoded for the pane
STEPS_PER_S = 10        # the slider moves by tenths of a second
SETTLE_MS = 120         # a moment is decoded once the slider has rested this long


def _t(text: str) -> str:
    return QCoreApplication.translate("VideoFrames", text)


class _Relay(QObject):
    """The one object the decoding job emits through; its receiver lives on the GUI thread."""

    done = Signal(int, float, QImage, str)   # request number, moment, frame (null: failed), why


class _FrameJob:
    def __init__(self, relay: _Relay, number: int, root: Path, stored_path: str,
                 offset_s: float) -> None:
        self.relay, self.number, self.root = relay, number, root
        self.stored_path, self.offset_s = stored_path, offset_s

    def run(self) -> None:
        image, why = QImage(), ""
        try:
            with casefiles.for_root(self.root).open_read(self.stored_path) as original:
                still = frames.frame_at(original, self.offset_s, FRAME_PX)
            buffer = io.BytesIO()
            still.save(buffer, "PNG")
            image = QImage.fromData(buffer.getvalue(), "PNG")
        except (frames.FrameError, OSError, KnownError) as exc:  # said in the pane
            why = str(exc)
        self.relay.done.emit(self.number, self.offset_s, image, why)


class VideoFrames(QWidget):
    """A video's frame at a moment the reviewer chooses; hidden for a photo."""

    moment_chosen = Signal(float)   # "Use this moment": the observation names it

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.root: Path | None = None
        self.photo: PhotoRecord | None = None
        self.duration_s = 0.0
        self._relay = _Relay()
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._asked = 0            # the newest request's number
        self._busy = False         # a frame is being decoded
        self._waiting: float | None = None
        self.shown_s: float | None = None   # the moment of the frame on screen
        self.heading = QLabel()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(120)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.valueChanged.connect(self._slid)
        self.seconds = QDoubleSpinBox()
        self.seconds.setDecimals(1)
        self.seconds.setSingleStep(1.0)
        self.seconds.setKeyboardTracking(False)
        self.seconds.valueChanged.connect(self._typed)
        self.clock = QLabel()
        self.use = QPushButton()
        self.use.clicked.connect(self._use)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._ask)
        controls = QHBoxLayout()
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.seconds)
        controls.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.picture, 1)
        layout.addLayout(controls)
        layout.addWidget(self.use)
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.seconds.setSuffix(_t(" s"))
        self.seconds.setToolTip(_t("The moment shown, in seconds from the video's start"))
        self.use.setText(_t("Use this moment for the observation"))
        self.use.setToolTip(_t("The observation you save of this video names this moment; "
                               "the report shows this frame beside it."))
        self._say_heading()

    def show_photo(self, root: Path | str | None, photo: PhotoRecord | None) -> None:
        """Shows a video's first frame (hidden for a photo or nothing)."""
        found = photo.inspection if photo is not None else None
        video = found is not None and found.is_video and bool(found.duration_s)
        self._asked += 1          # whatever is being decoded is for the last photo
        self._waiting, self.shown_s = None, None
        self.picture.clear()
        if not video or root is None or photo is None or found is None:
            self.root, self.photo, self.duration_s = None, None, 0.0
            self.setVisible(False)
            return
        same = self.photo is not None and self.photo.id == photo.id
        self.root, self.photo = Path(root), photo
        self.duration_s = float(found.duration_s or 0.0)
        for box in (self.slider, self.seconds):
            box.blockSignals(True)
        self.slider.setRange(0, max(0, math.floor(self.duration_s * STEPS_PER_S)))
        self.seconds.setRange(0.0, self.duration_s)
        if not same:
            self.slider.setValue(0)
            self.seconds.setValue(0.0)
        for box in (self.slider, self.seconds):
            box.blockSignals(False)
        self._say_heading()
        self.setVisible(True)
        self._ask()

    def go_to(self, offset_s: float) -> None:
        """Shows the frame at `offset_s` (the moment an observation names, say)."""
        self.seconds.setValue(min(max(offset_s, 0.0), self.duration_s))

    def moment(self) -> float:
        return round(self.seconds.value(), 1)

    def forget(self) -> None:
        """Drops the frame shown (a case locked or closed)."""
        self.show_photo(None, None)

    # --- the moment ---------------------------------------------------------------------

    @Slot(int)
    def _slid(self, value: int) -> None:
        self.seconds.blockSignals(True)
        self.seconds.setValue(value / STEPS_PER_S)
        self.seconds.blockSignals(False)
        self._say_clock()
        self._timer.start()

    @Slot(float)
    def _typed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * STEPS_PER_S))
        self.slider.blockSignals(False)
        self._say_clock()
        self._timer.start()

    @Slot()
    def _use(self) -> None:
        self.moment_chosen.emit(self.moment())

    def _say_heading(self) -> None:
        if self.photo is None:
            self.heading.setText("")
            return
        self.heading.setText(_t("Video, {length} long: the frame at a moment you choose")
                             .format(length=moment_text(self.duration_s)))
        self._say_clock()

    def _say_clock(self) -> None:
        self.clock.setText(f"{moment_text(self.moment())} / {moment_text(self.duration_s)}")

    # --- decoding on the pool -----------------------------------------------------------

    @Slot()
    def _ask(self) -> None:
        if self.root is None or self.photo is None:
            return
        if self._busy:
            self._waiting = self.moment()   # the newest wish waits; those between are dropped
            return
        self._start(self.moment())

    def _start(self, offset_s: float) -> None:
        assert self.root is not None and self.photo is not None
        self._busy = True
        self._asked += 1
        self.runner.start(_FrameJob(self._relay, self._asked, self.root,
                                    self.photo.stored_path, offset_s))

    @Slot(int, float, QImage, str)
    def _on_done(self, number: int, offset_s: float, image: QImage, why: str) -> None:
        self._busy = False
        if number == self._asked:
            if image.isNull():
                self.picture.setText(_t("The frame at {moment} could not be shown: {why}")
                                     .format(moment=moment_text(offset_s), why=why))
            else:
                self.picture.setPixmap(QPixmap.fromImage(image).scaled(
                    self.picture.width() or FRAME_PX, max(self.picture.height(), 120),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
                self.shown_s = offset_s
        waiting, self._waiting = self._waiting, None
        if waiting is not None and self.photo is not None:
            self._start(waiting)
