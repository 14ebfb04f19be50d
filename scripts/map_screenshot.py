"""Saves a picture of an exported map page, for the docs.

    python main.py map --case DEMO --out /tmp/map.html
    xvfb-run -a .venv/bin/python scripts/map_screenshot.py /tmp/map.html docs/screenshots/map.png

Opens the page in Qt WebEngine (the engine the app's map view uses), waits for the page script
to say it has drawn the map (window.skverMap), lets tiles and animations settle, and grabs it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", help="an HTML map page")
    parser.add_argument("out", help="PNG file to write")
    parser.add_argument("--size", default="1280x860", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--open-photo", type=int, default=None, metavar="ID",
                        help="open this photo's popup before grabbing")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    view = QWebEngineView()
    view.resize(width, height)
    view.show()
    result = {"ok": False}

    def grab() -> None:
        result["ok"] = view.grab().save(args.out)
        app.quit()

    def poll() -> None:
        def drawn(ready: object) -> None:
            if not ready:
                QTimer.singleShot(200, poll)
                return
            if args.open_photo is not None:  # once the first view has settled
                QTimer.singleShot(500, lambda: view.page().runJavaScript(
                    f"window.skverMap.openPhoto({args.open_photo})"))
            QTimer.singleShot(2000, grab)
        view.page().runJavaScript("!!window.skverMap", 0, drawn)

    view.loadFinished.connect(lambda _ok: poll())
    view.load(QUrl.fromLocalFile(str(Path(args.page).absolute())))
    QTimer.singleShot(30000, app.quit)  # never hang a docs build
    app.exec()
    print(f"{'saved' if result['ok'] else 'could not save'} {args.out}")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
