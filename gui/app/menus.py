"""The window's menu bar, made from the declared actions (gui.app.actions), and what the Help
and View menus do: help pages, the About box, the interface's language.

The menus' titles are set again on each language change, each with an Alt+letter that works on
a Cyrillic and a Latin keyboard alike (gui/app/mnemonics.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox

from gui.app import help_page, i18n, mnemonics
from gui.widgets import dialogs

if TYPE_CHECKING:
    from gui.app.main_window import MainWindow


class Menus(QObject):
    """File, Photos, Refusals, View and Help, in that order."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.help_window: help_page.HelpDialog | None = None
        self.about_box: QMessageBox | None = None
        a = window.actions
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new_case, a.open_case, a.open_demo])
        file_menu.addMenu(window.shell.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.lock_now, a.change_passphrase, a.save_keyfile])
        file_menu.addMenu(window.case_lock.idle_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.import_files, a.import_folder, a.import_venues, a.export_venues])
        file_menu.addSeparator()
        file_menu.addActions([a.export, a.verify_case, a.verify_bundle])
        file_menu.addSeparator()
        file_menu.addActions([a.inspect_files, a.inspect_folder])
        file_menu.addSeparator()
        file_menu.addAction(a.your_name)   # who signs what is recorded
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        self.photos_menu = bar.addMenu(self.tr("&Photos"))
        self.photos_menu.addAction(a.redact)
        self.photos_menu.addSeparator()
        self.photos_menu.addActions([a.withdraw_observation, a.undo_observation])
        bar.addMenu(window.refusal_actions.menu)
        self.language_actions = language_actions(window)
        view_menu = bar.addMenu(self.tr("&View"))
        self.language_menu: QMenu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.addActions(self.language_actions.actions())
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([a.help, a.shortcuts])
        help_menu.addSeparator()
        help_menu.addAction(a.about)
        a.help.triggered.connect(self.show_help)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        # Each menu of the bar: how its title is asked of the translators, and its English.
        self.titles: list[tuple[QMenu, Callable[[], str], str]] = [
            (file_menu, lambda: self.tr("&File"), "&File"),
            (self.photos_menu, lambda: self.tr("&Photos"), "&Photos"),
            (window.refusal_actions.menu,
             lambda: QCoreApplication.translate("RefusalActions", "&Refusals"), "&Refusals"),
            (view_menu, lambda: self.tr("&View"), "&View"),
            (help_menu, lambda: self.tr("&Help"), "&Help"),
        ]
        self.latin_keys: dict[QMenu, QShortcut] = {}
        for menu, _title, _english in self.titles:
            key = QShortcut(window)
            key.setContext(Qt.ShortcutContext.WindowShortcut)
            key.activated.connect(lambda menu=menu: self.open_menu(menu))
            self.latin_keys[menu] = key
        self.retranslate()
        i18n.watch(bar, self.retranslate)

    @Slot()
    def retranslate(self) -> None:
        """The menus' titles in the interface's language, each with its own Alt+letter, and the
        English Alt+letter opening the same menu where it differs."""
        placed = mnemonics.place([title() for _menu, title, _english in self.titles],
                                 [english for _menu, _title, english in self.titles],
                                 i18n.current())
        for (menu, _title, _english), menu_keys in zip(self.titles, placed, strict=True):
            menu.setTitle(menu_keys.title)
            key = self.latin_keys[menu]
            key.setKey(QKeySequence(f"Alt+{menu_keys.latin.upper()}") if menu_keys.latin
                       else QKeySequence())
            key.setEnabled(menu_keys.latin is not None)
        self.language_menu.setTitle(self.tr("&Language"))
        for action in self.language_actions.actions():
            action.setChecked(action.data() == i18n.current())

    def open_menu(self, menu: QMenu) -> None:
        """Opens `menu` from the menu bar, as its own Alt+letter does."""
        self.window.menuBar().setActiveAction(menu.menuAction())

    @Slot()
    def show_help(self) -> help_page.HelpDialog:
        """Opens the help page, in the interface's language, beside the window."""
        return self._show_help(shortcuts_only=False)

    @Slot()
    def show_shortcuts(self) -> help_page.HelpDialog:
        return self._show_help(shortcuts_only=True)

    def _show_help(self, shortcuts_only: bool) -> help_page.HelpDialog:
        if self.help_window is not None:  # one help window: the latest asked for
            self.help_window.close()
            self.help_window.deleteLater()
        self.help_window = help_page.HelpDialog(self.window, shortcuts_only=shortcuts_only)
        self.help_window.show()
        return self.help_window

    @Slot()
    def show_about(self) -> QMessageBox:
        """Opens the About box without blocking and returns it."""
        self.about_box = dialogs.about(self.window)
        return self.about_box


def language_actions(window: MainWindow) -> QActionGroup:
    """View ▸ Language: each language named in itself, the one in effect ticked."""
    group = QActionGroup(window)
    for code, name in i18n.LANGUAGES:
        action = group.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == i18n.current())
        action.setData(code)
        action.triggered.connect(lambda _checked=False, code=code: i18n.switch(code))
    return group
