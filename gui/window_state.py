"""The window's size, splitters and columns, kept in QSettings between runs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

GROUP = "MainWindow"
DEFAULT_SIZE = (1280, 760)


def _parts(window: Any) -> dict[str, Any]:
    """Settings key -> the widget whose saveState/restoreState it keeps."""
    return {"splitter": window.photos, "columns": window.photos.table.horizontalHeader(),
            "refusalSplitter": window.refusals,
            "refusalColumns": window.refusals.table.horizontalHeader()}


def restore(window: QMainWindow) -> None:
    """Puts the window back as it was left; the defaults on first start."""
    settings = QSettings()
    if not window.restoreGeometry(settings.value(f"{GROUP}/geometry", b"")):
        window.resize(*DEFAULT_SIZE)
    window.restoreState(settings.value(f"{GROUP}/state", b""))
    window.photos.setSizes([860, 420])  # unless the settings say otherwise
    window.refusals.setSizes([790, 490])
    for key, widget in _parts(window).items():
        widget.restoreState(settings.value(f"{GROUP}/{key}", b""))


def save(window: QMainWindow) -> None:
    settings = QSettings()
    settings.setValue(f"{GROUP}/geometry", window.saveGeometry())
    settings.setValue(f"{GROUP}/state", window.saveState())
    for key, widget in _parts(window).items():
        settings.setValue(f"{GROUP}/{key}", widget.saveState())
