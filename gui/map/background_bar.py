"""The Map tab's background bar: offline tiles to draw the map on, and the online switch.

What the command line's `--tiles` offers, in the app's words: no background, a tile folder
(Z/X/Y.png) or an MBTiles file, chosen with the file dialog; and OpenStreetMap, behind a switch
that is off until the person turns it on, whose text says what turning it on reveals.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence.errors import KnownError
from gui.app import i18n, settings
from gui.map import background
from gui.map.background import Background
from gui.widgets import dialogs


class BackgroundBar(QWidget):
    """Shows the case's background and lets the person change it; `changed` carries the new
    choice once its tiles were found readable."""

    changed = Signal(object)        # a Background

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = Background()
        self.heading = QLabel()
        self.source = QLabel()
        self.source.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is not markup
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_folder)
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self.choose_file)
        self.none_button = QPushButton()
        self.none_button.clicked.connect(self.clear_tiles)
        self.online = QCheckBox()
        self.online.toggled.connect(self._on_online)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading)
        top.addWidget(self.source, 1)
        for button in (self.folder_button, self.file_button, self.none_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.online)
        self.retranslate()
        i18n.watch(self, self.retranslate)

    @Slot()
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Background:"))
        self.folder_button.setText(self.tr("Tile folder…"))
        self.folder_button.setToolTip(self.tr(
            "A folder of map tiles laid out as zoom/x/y.png, on this computer"))
        self.file_button.setText(self.tr("MBTiles file…"))
        self.file_button.setToolTip(self.tr("A file of map tiles (.mbtiles), on this computer"))
        self.none_button.setText(self.tr("None"))
        self.none_button.setToolTip(self.tr("A plain background: nothing but the case"))
        self.online.setText(self.tr(
            "Online map (OpenStreetMap): this computer fetches map tiles from "
            "openstreetmap.org, revealing the area viewed and its IP address"))
        self.online.setToolTip(self.tr(
            "Off: the map and the reports use nothing from the internet. On (for this case): "
            "every map you look at, and the maps of reports exported, are drawn on "
            "OpenStreetMap's tiles fetched from openstreetmap.org, which sees the area and "
            "this computer's IP address."))
        self._show()

    def set_background(self, chosen: Background) -> None:
        """Shows `chosen` (a case opened), without reporting it as a change."""
        self.chosen = chosen
        self.online.blockSignals(True)
        self.online.setChecked(chosen.online)
        self.online.blockSignals(False)
        self._show()

    def _show(self) -> None:
        name = background.describe(self.chosen)
        if not name:
            text = self.tr("none (a plain background; nothing leaves this computer)")
        elif self.chosen.kind == "mbtiles" or name.lower().endswith(".mbtiles"):
            text = self.tr("{name} (MBTiles file)").format(name=name)
        else:
            text = self.tr("{name} (tile folder)").format(name=name)
        if self.chosen.online and name:
            text = self.tr("{offline}; not used while the online map is on").format(
                offline=text)
        self.source.setText(text)
        self.source.setToolTip(self.chosen.tiles)
        self.none_button.setEnabled(bool(self.chosen.tiles))

    # --- choosing ---------------------------------------------------------------------------

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a tile folder"),
                                                  self._start())
        if folder:
            self.use_tiles(folder)

    @Slot()
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose an MBTiles file"), self._start(),
            self.tr("MBTiles files (*.mbtiles);;All files (*)"))
        if path:
            self.use_tiles(path)

    def _start(self) -> str:
        return self.chosen.tiles or settings.LAST_FOLDER.get()

    def use_tiles(self, path: str) -> bool:
        """Draws the maps on the tiles at `path` from now on, if they can be read (else says
        why and keeps the choice as it was)."""
        try:
            background.open_source(path)
        except KnownError as error:
            dialogs.problem(self, self.tr("These map tiles cannot be used"), str(error))
            return False
        self._choose(Background(path, self.chosen.online))
        return True

    @Slot()
    def clear_tiles(self) -> None:
        self._choose(Background("", self.chosen.online))

    @Slot(bool)
    def _on_online(self, on: bool) -> None:
        self._choose(Background(self.chosen.tiles, on))

    def _choose(self, chosen: Background) -> None:
        if chosen == self.chosen:
            return
        self.chosen = chosen
        self._show()
        self.changed.emit(chosen)
