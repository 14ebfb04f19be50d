"""Bugs are never swallowed: every uncaught exception is logged and shown with its details."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("skver")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _t(text: str) -> str:
    return QCoreApplication.translate("CrashDialog", text)


def crash_dialog(details: str, parent: QWidget | None = None) -> QMessageBox:
    """A dialog saying Skver hit a bug, with the traceback under "Show Details…" to copy."""
    box = QMessageBox(QMessageBox.Icon.Critical, _t("Skver hit a bug"),
                      _t("Skver hit a bug and the last action may not have completed."),
                      QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(_t(
        "Please report it with the details below (use Show Details… and copy the text). "
        "Your files have not been changed."))
    box.setDetailedText(details)
    return box


def report_bug(details: str, parent: QWidget | None = None) -> None:
    """Logs a bug's traceback and, when there is a GUI to show it on, shows the crash dialog."""
    log.error("Skver hit a bug; please report it with the traceback below\n%s", details)
    on_gui_thread = threading.current_thread() is threading.main_thread()
    if QApplication.instance() is not None and on_gui_thread:
        crash_dialog(details, parent).exec()


def make_excepthook(report: Callable[[str], None] = report_bug) -> ExceptHook:
    """A sys.excepthook that hands every uncaught exception's traceback to `report`."""
    reporting = threading.Lock()

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        # A bug inside the dialog itself must not recurse into a storm of dialogs.
        if not reporting.acquire(blocking=False):
            log.error("Another bug while reporting one:\n%s", details)
            return
        try:
            report(details)
        finally:
            reporting.release()

    return hook


def install_excepthook() -> None:
    """Routes uncaught exceptions, on the GUI thread or any Python thread, to `report_bug`."""
    hook = make_excepthook()
    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
