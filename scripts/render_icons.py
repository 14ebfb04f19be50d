"""Renders the app icon's PNG sizes from resources/icons/skver.svg with Qt's SVG renderer.

    .venv/bin/python scripts/render_icons.py   # after changing skver.svg; commit the PNGs

The PNGs are committed (a few kB) so neither a wheel build nor PyInstaller needs Qt to make them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "skver.svg"))
    if not renderer.isValid():
        print(f"render-icons: {ICONS / 'skver.svg'} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"skver-{size}.png"))
    print(f"render-icons: {len(SIZES)} PNGs in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
