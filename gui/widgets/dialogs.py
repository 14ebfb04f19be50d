"""The window's small dialogs, opened without blocking: About, and a problem to act on."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from evidence import buildinfo
from gui.app.icon import app_icon


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def about(parent: QWidget) -> QMessageBox:
    """Opens the About box without blocking and returns it."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, _t("About Skver"),
                      _t("Skver {version}").format(version=version()),
                      QMessageBox.StandardButton.Close, parent)
    box.setIconPixmap(app_icon().pixmap(64, 64))
    details = buildinfo.describe(qt_version=qVersion(), pyside_version=PySide6.__version__)
    box.setInformativeText(_t(
        "Checks official refusals of protest venues against timestamped, geotagged site "
        "photos.") + "\n\n" + "\n".join(details))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return _open(box)


def problem(parent: QWidget, title: str, message: str) -> QMessageBox:
    """Opens a warning with a message the user can act on (a KnownError's) and returns it."""
    return _open(QMessageBox(QMessageBox.Icon.Warning, title, message,
                             QMessageBox.StandardButton.Close, parent))


def _open(box: QMessageBox) -> QMessageBox:
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, not exec(): the event loop and any worker go on
    return box


def version() -> str:
    found = buildinfo.version()
    return _t("(version unknown)") if found == buildinfo.UNKNOWN else found
