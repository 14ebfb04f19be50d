"""Every action of the window's menus, declared once: its text, its shortcut, when it is enabled.

The rooms connect the actions to what they do; `update(context)` is the one place where what
is enabled follows from the window's state (a case open, encrypted, a photo or a refusal
chosen). The Help page lists the shortcuts from these same actions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = str | QKeySequence.StandardKey | None


@dataclass(frozen=True)
class Context:
    """What the enabled state of the actions depends on."""

    case_open: bool = False
    encrypted: bool = False
    photo_chosen: bool = False        # a photo of the case is the current one
    refusal_chosen: bool = False      # a refusal is the current one


def _always(_context: Context) -> bool:
    return True


def _with_case(context: Context) -> bool:
    return context.case_open


def _encrypted(context: Context) -> bool:
    return context.case_open and context.encrypted


def _with_photo(context: Context) -> bool:
    return context.case_open and context.photo_chosen


def _with_refusal(context: Context) -> bool:
    return context.case_open and context.refusal_chosen


class Actions(QObject):
    """The window's actions; each an attribute, all of them in `all()`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._rules: dict[QAction, Callable[[Context], bool]] = {}
        make = self._make
        # File: cases
        self.new_case = make(self.tr("New case…"), "Ctrl+N")
        self.open_case = make(self.tr("Open case…"), "Ctrl+Shift+C")
        self.open_demo = make(self.tr("Open demo case"))
        self.lock_now = make(self.tr("Lock now"), "Ctrl+L", _encrypted)
        self.change_passphrase = make(self.tr("Change passphrase…"), None, _encrypted)
        self.save_keyfile = make(self.tr("Save a copy of the keyfile…"), None, _encrypted)
        self.your_name = make(self.tr("Your name…"))
        # File: what goes into the case and what comes out of it
        self.import_files = make(self.tr("Import photos…"), "Ctrl+I", _with_case)
        self.import_folder = make(self.tr("Import folder…"), "Ctrl+Shift+I", _with_case)
        self.import_venues = make(self.tr("Import venues (GeoJSON)…"), None, _with_case)
        self.export_venues = make(self.tr("Export venues (GeoJSON / KML)…"), None, _with_case)
        self.export = make(self.tr("Export…"), "Ctrl+E", _with_case)
        self.verify_case = make(self.tr("Verify this case"), None, _with_case)
        self.verify_bundle = make(self.tr("Verify evidence bundle…"))
        # File: loose files, looked at in a window of their own, never kept (not evidence)
        self.inspect_files = make(self.tr("Inspect files (not evidence)…"), "Ctrl+O")
        self.inspect_folder = make(self.tr("Inspect a folder (not evidence)…"), "Ctrl+Shift+O")
        self.quit = make(self.tr("Quit"), "Ctrl+Q")
        # Photos
        self.redact = make(self.tr("Redact…"), None, _with_photo)
        self.withdraw_observation = make(self.tr("Withdraw my observation…"), None, _with_photo)
        self.undo_observation = make(self.tr("Withdraw my last observation…"),
                                     QKeySequence.StandardKey.Undo, _with_case)
        # Refusals
        self.add_refusal = make(self.tr("Add refusal…"), "Ctrl+Shift+R", _with_case)
        self.refusal_from_photos = make(self.tr("New refusal from these photos' times…"),
                                        "Ctrl+Shift+T", _with_photo)
        self.edit_refusal = make(self.tr("Edit refusal…"), "F2", _with_refusal)
        self.attach_letter = make(self.tr("Attach letter…"), "Ctrl+Shift+L", _with_refusal)
        self.import_refusals = make(self.tr("Import refusals (CSV)…"), "Ctrl+Shift+M",
                                    _with_case)
        self.published_occupancy = make(self.tr("Akimat's published occupancy…"), None,
                                        _with_case)
        # Help
        self.help = make(self.tr("Skver Help"), QKeySequence.StandardKey.HelpContents)
        self.shortcuts = make(self.tr("Keyboard shortcuts"))
        self.about = make(self.tr("About Skver"))
        self.update(Context())

    def _make(self, text: str, shortcut: Shortcut = None,
              enabled: Callable[[Context], bool] = _always) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self._rules[action] = enabled
        return action

    def all(self) -> list[QAction]:
        return list(self._rules)

    def update(self, context: Context) -> None:
        """Enables each action as the window's state allows."""
        for action, rule in self._rules.items():
            action.setEnabled(rule(context))
