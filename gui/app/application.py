"""Starting the GUI: the application object, the crash hook, and a window even with no display."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Mapping, MutableMapping

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from evidence import tempfiles
from gui.app import crash, i18n
from gui.app.icon import app_icon
from gui.app.main_window import MainWindow

# Qt's offscreen platform says this for every window it shows; it tells a user nothing.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"
_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
qt_log = logging.getLogger("skver.qt")
SMOKE_QUIT_ENV = "SKVER_SMOKE_QUIT_MS"

NO_DISPLAY_NOTICE = ("skver: no display was found (DISPLAY and WAYLAND_DISPLAY are unset), so the "
                     "window opens offscreen and will not be seen; press Ctrl+C to quit.")


def use_offscreen_without_display(environ: MutableMapping[str, str] = os.environ,
                                  platform: str = sys.platform) -> bool:
    """Picks Qt's offscreen platform on a Linux machine with no display, instead of crashing.

    Returns whether it did; an explicit QT_QPA_PLATFORM is always respected.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return False
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return True


def run() -> int:
    """Opens the window on the last case used (or the demo) and returns the exit code at close."""
    if use_offscreen_without_display():
        print(NO_DISPLAY_NOTICE, file=sys.stderr)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Skver")
    app.setOrganizationName("Skver")
    app.setApplicationDisplayName("Skver")
    app.setDesktopFileName("skver")  # resources/skver.desktop: the dock and taskbar match it
    app.setWindowIcon(app_icon())
    crash.install_excepthook()
    tempfiles.sweep_at_start()  # what a killed run left in the temporary folder
    i18n.install()  # the language chosen, or the system's: before any window is built
    previous_qt_handler = qInstallMessageHandler(_log_qt_message)
    previous_handler = signal.signal(signal.SIGINT, lambda _sig, _frame: app.closeAllWindows())
    # Python runs signal handlers only between bytecodes; a ticking timer gives it the chance
    # while Qt's event loop waits, so Ctrl+C in the terminal closes the window.
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    try:
        window = MainWindow()
        window.show()
        window.open_startup_case()  # the last case, or the demo: on a worker, once shown
        smoke_quit_after(window)
        return app.exec()
    finally:
        ticker.stop()
        ticker.deleteLater()
        signal.signal(signal.SIGINT, previous_handler)
        qInstallMessageHandler(previous_qt_handler)


def smoke_quit_after(window: QWidget, environ: Mapping[str, str] = os.environ) -> int | None:
    """$SKVER_SMOKE_QUIT_MS=N closes the window N ms after it is shown, so a built app's GUI can
    be started unattended (scripts/smoke_dist.sh); says on stderr what the window showed then.

    Not a user setting: a smoke test's switch. Returns N, or None when unset or not a number.
    """
    text = environ.get(SMOKE_QUIT_ENV, "")
    if not text.strip().isdigit():
        return None
    delay = int(text)

    def close() -> None:
        print(f"skver: {SMOKE_QUIT_ENV}: closing {window.windowTitle()!r} after {delay} ms",
              file=sys.stderr)
        window.close()

    QTimer.singleShot(delay, window, close)
    return delay


def _log_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log like everyone else's, less the offscreen chatter."""
    if message != OFFSCREEN_NOISE:
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
