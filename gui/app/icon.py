"""The app's icon, from resources/icons: the rendered PNG sizes, and the SVG for any other."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    folder = resources.files("resources") / "icons"
    icon = QIcon()
    for size in SIZES:
        png = folder / f"skver-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "skver.svg"
    if icon.isNull() and svg.is_file():  # PNGs not rendered: Qt's SVG plugin scales the drawing
        icon.addFile(str(svg))
    return icon
