"""Saves a picture of an HTML report (or a part of it), for the docs and for looking at it.

    python main.py report --case DEMO --out /tmp/report.html
    xvfb-run -a .venv/bin/python scripts/report_screenshot.py /tmp/report.html \\
        docs/screenshots/report-html.png --anchor C3 --size 1100x1400

Opens the page in Qt WebEngine, scrolls to `--anchor` if given, lets the maps in their frames
draw, and grabs the window. Console messages of the page are printed, so a script the page's
Content-Security-Policy refused shows up here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication


class _Page(QWebEnginePage):
    def javaScriptConsoleMessage(self, level, message, line, source) -> None:
        print(f"console: {source}:{line}: {message}", file=sys.stderr)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", help="an HTML report")
    parser.add_argument("out", help="PNG file to write")
    parser.add_argument("--size", default="1100x1400", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--anchor", default="", help="scroll to this id first (C3, C1-E2 ...)")
    parser.add_argument("--print", dest="pdf", default="",
                        help="also print the page to this PDF (to see the print styles)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    view = QWebEngineView()
    view.setPage(_Page(view))
    view.resize(width, height)
    view.show()
    result = {"ok": False}

    def grab() -> None:
        result["ok"] = view.grab().save(args.out)
        if args.pdf:
            view.page().pdfPrintingFinished.connect(lambda *_: app.quit())
            view.page().printToPdf(args.pdf)
        else:
            app.quit()

    def loaded(_ok: bool) -> None:
        if args.anchor:
            view.page().runJavaScript(
                f"document.getElementById({json.dumps(args.anchor)}).scrollIntoView()")
        QTimer.singleShot(3000, grab)

    view.loadFinished.connect(loaded)
    view.load(QUrl.fromLocalFile(str(Path(args.page).absolute())))
    QTimer.singleShot(40000, app.quit)  # never hang a docs build
    app.exec()
    print(f"{'saved' if result['ok'] else 'could not save'} {args.out}")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
