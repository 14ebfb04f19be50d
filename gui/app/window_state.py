"""The window's size, splitters and columns, kept in QSettings between runs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow

from gui.app import settings

DEFAULT_SIZE = (1280, 760)


def _parts(window: Any) -> dict[str, Any]:
    """Settings key -> the widget whose saveState/restoreState it keeps."""
    return {"splitter": window.photos, "columns": window.photos.table.horizontalHeader(),
            "refusalSplitter": window.refusals,
            "refusalColumns": window.refusals.table.horizontalHeader()}


def restore(window: QMainWindow) -> None:
    """Puts the window back as it was left; the defaults on first start."""
    if not window.restoreGeometry(settings.WINDOW_GEOMETRY.get()):
        window.resize(*DEFAULT_SIZE)
    window.restoreState(settings.WINDOW_STATE.get())
    # Unless the settings say otherwise: the detail as wide as its 320 px thumbnail needs,
    # the table the rest (every column in sight on a 1280 px laptop).
    window.photos.setSizes([920, 360])
    window.refusals.setSizes([790, 490])
    for key, widget in _parts(window).items():
        widget.restoreState(settings.widget_state(key).get())


def save(window: QMainWindow) -> None:
    settings.WINDOW_GEOMETRY.set(window.saveGeometry())
    settings.WINDOW_STATE.set(window.saveState())
    for key, widget in _parts(window).items():
        settings.widget_state(key).set(widget.saveState())
