"""Help ▸ Skver Help (F1) and Keyboard shortcuts: a page in the interface's language.

The pages are resources/help/{en,ru,kk}.html; the shortcut tables are made where a page says
<!-- shortcuts -->, from the window's own actions and from the keys the rooms declare beside
the code that answers them (tagging, redaction), so they always list the keys that really work.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.app import i18n
from gui.photos import redaction_dialog, tagging

HELP_DIR = Path(__file__).resolve().parents[2] / "resources" / "help"
SHORTCUTS_MARK = "<!-- shortcuts -->"
EXTERNAL_SCHEMES = ("http", "https", "mailto")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, in the order of the menus."""
    actions: list[QAction] = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            actions.extend(_menu_actions(top.menu()))
    actions.extend(a for a in window.findChildren(QAction) if a not in actions)
    rows = []
    for action in actions:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts() if not k.isEmpty())
        if keys:
            rows.append((keys, plain_text(action.text())))
    return rows


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.extend(_menu_actions(action.menu()) if action.menu() is not None else [action])
    return found


def plain_text(label: str) -> str:
    """A menu label as a sentence would use it: no mnemonic '&', no trailing ellipsis."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def key_sections(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, rows of keys and what they do): the menus' shortcuts, then the keys of
    tagging photos and of the Redact window."""
    return [
        (QCoreApplication.translate("HelpDialog", "Menus"), shortcut_rows(window)),
        (QCoreApplication.translate("HelpDialog", "Tagging photos (Photos tab, a photo of the "
                                    "case selected in the table or the grid)"),
         tagging.key_rows()),
        (QCoreApplication.translate("HelpDialog", "Redacting a photo (Photos ▸ Redact…)"),
         redaction_dialog.key_rows()),
    ]


def shortcuts_html(window: QMainWindow) -> str:
    keys = QCoreApplication.translate("HelpDialog", "Keys")
    does = QCoreApplication.translate("HelpDialog", "Action")
    parts = []
    for heading, found in key_sections(window):
        rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(what)}</td></tr>"
                       for k, what in found)
        parts.append(f"<h3>{escape(heading)}</h3>"
                     f"<table class='shortcuts' cellpadding='4' cellspacing='0' border='1'>"
                     f"<tr><th align='left'>{escape(keys)}</th>"
                     f"<th align='left'>{escape(does)}</th></tr>{rows}</table>")
    return "".join(parts)


def page_html(window: QMainWindow, code: str) -> str:
    """The help page in language `code` (English when there is none), its table filled in."""
    path = HELP_DIR / f"{code}.html"
    if not path.is_file():
        path = HELP_DIR / "en.html"
    return path.read_text(encoding="utf-8").replace(SHORTCUTS_MARK, shortcuts_html(window))


class HelpDialog(QDialog):
    """The help page, or only its shortcut table; it follows a change of language."""

    def __init__(self, window: QMainWindow, shortcuts_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_, self.shortcuts_only = window, shortcuts_only
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # anchors scroll here; the web opens in a browser
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(*((520, 560) if shortcuts_only else (780, 680)))
        self.fill()
        i18n.notifier().changed.connect(self.fill)

    @Slot()
    def fill(self) -> None:
        if self.shortcuts_only:
            self.setWindowTitle(self.tr("Keyboard shortcuts"))
            self.browser.setHtml(f"<h2>{escape(self.tr('Keyboard shortcuts'))}</h2>"
                                 + shortcuts_html(self.window_))
        else:
            self.setWindowTitle(self.tr("Skver Help"))
            self.browser.setHtml(page_html(self.window_, i18n.current()))

    @Slot(QUrl)
    def _follow(self, url: QUrl) -> None:
        if url.scheme() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
