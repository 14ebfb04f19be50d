"""The interface's language: English, Russian or Kazakh, through Qt's translators.

The choice lives in QSettings; with none made, the system's language when it is Russian or
Kazakh, else English. `switch()` changes it while the app runs: the translators are swapped, and
before it returns every open window has been told so by Qt's QEvent.LanguageChange.

What a widget makes in code (a combo's items, a pane's HTML, a map page, a count) it makes again
in its hook: `watch(widget, retranslate)` runs `retranslate()` on each LanguageChange the widget
receives (a view's own `changeEvent` does as well). A text set once from a translation and never
made again is put in the new language by `retranslate` below, from the .ts files; `notifier()`'s
`changed(code)` comes last, when every hook has run.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from gui.app import settings

log = logging.getLogger(__name__)
# Each language named in itself, as the Language menu and the export dialog offer it.
LANGUAGES = (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша"))
CODES = tuple(code for code, _name in LANGUAGES)
# The QLocale each language sets as the default: calendars' month and day names, numbers
# (QLocale().toString) and Qt's own date widgets follow the interface, not the system. English
# as in Britain: a 24-hour clock and weeks from Monday, as in Kazakhstan.
LOCALES = {"en": "en_GB", "ru": "ru_RU", "kk": "kk_KZ"}
I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"


class _State(QObject):
    """The language in effect, its translators, and a signal when it changes."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.code = "en"
        self.translators: list[QTranslator] = []


_state: _State | None = None


def _current_state() -> _State:
    global _state
    if _state is None:
        _state = _State()
    return _state


def notifier() -> _State:
    """The object whose `changed(code)` signal says the language was switched."""
    return _current_state()


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in CODES else "en"


def chosen_language() -> str:
    """The language in the settings, else the system's when Skver speaks it, else English."""
    value = settings.LANGUAGE.get()
    return value if value in CODES else system_language()


def current() -> str:
    return _current_state().code


def locale(code: str | None = None) -> QLocale:
    """The QLocale of language `code` (by default the one in effect)."""
    return QLocale(LOCALES.get(code or current(), "en_GB"))


def translation_file(code: str) -> Path:
    return I18N_DIR / f"skver_{code}.qm"


def install(code: str | None = None) -> str:
    """Puts the translators of `code` (by default the chosen language) in place; returns it.

    Qt's own strings (standard buttons, file dialogs) come from its qtbase_<code>.qm where
    PySide6 ships one; a language Qt lacks is simply left English there.
    """
    state = _current_state()
    code = code if code in CODES else chosen_language()
    state.code = code  # before the translators change: the hooks they set off ask for it
    QLocale.setDefault(locale(code))   # widgets made from now on; switch() tells open windows
    app = QCoreApplication.instance()
    for translator in state.translators:
        app.removeTranslator(translator)
    state.translators.clear()
    if code != "en":
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for path in (qt_dir / f"qtbase_{code}.qm", translation_file(code)):
            if not path.is_file():
                continue
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)  # the last installed is asked first
                state.translators.append(translator)
            else:
                log.warning("The translation %s could not be loaded", path)
    return code


def switch(code: str) -> None:
    """Remembers `code`, installs it and retranslates every open window at once."""
    if code not in CODES:
        raise ValueError(f"not a language Skver speaks: {code!r}")
    settings.LANGUAGE.set(code)
    old = current()
    if code == old:
        return
    install(code)
    for window in QApplication.topLevelWidgets():   # their children follow (LocaleChange)
        window.setLocale(locale(code))
    retranslate(QApplication.topLevelWidgets(), old)
    # Qt posts LanguageChange to every window as the translators change; delivered now, every
    # hook has run when this returns (a window's children get it from the window, at once).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    _current_state().changed.emit(code)


# --- the hook of a widget that makes its texts in code ----------------------------------------

class _Watcher(QObject):
    """Runs a widget's hook when the widget receives LanguageChange."""

    def __init__(self, widget: QWidget, hook: Callable[[], object]) -> None:
        super().__init__(widget)
        self.hook = hook
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.hook()
        return False


def watch(widget: QWidget, retranslate: Callable[[], object]) -> None:
    """Runs `retranslate()` whenever the interface's language changes (QEvent.LanguageChange
    reaching `widget`), so the widget can make its texts again: set its labels from tr(), fill
    its combo boxes, render its HTML. It runs on the GUI thread before `switch()` returns;
    a hidden view may just note that it is out of date and redo its work when shown."""
    _Watcher(widget, retranslate)


# --- retranslating what is on screen ---------------------------------------------------------

@cache
def _catalog(code: str) -> dict[str, tuple[str, str]]:
    """What a text shown in language `code` was translated from: text -> (context, source).

    Read from the .ts files; plural messages are left out (their text carries a number, and the
    code that shows them shows them again when the number changes).
    """
    found: dict[str, tuple[str, str]] = {}
    for ts in (I18N_DIR / f"skver_{other}.ts" for other in CODES if other != "en"):
        if not ts.is_file():
            continue
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                if message.get("numerus") == "yes":
                    continue
                source = message.findtext("source") or ""
                if code == "en":
                    shown = source
                elif ts.stem == f"skver_{code}" and _finished(message):
                    shown = message.findtext("translation") or ""
                else:
                    continue
                if shown:
                    found.setdefault(shown, (name, source))
    return found


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and not translation.get("type")


def _again(text: str, catalog: dict[str, tuple[str, str]]) -> str | None:
    hit = catalog.get(text)
    return None if hit is None else QCoreApplication.translate(*hit)


def retranslate(roots: Iterable[QWidget], old: str) -> int:
    """Texts shown in `old` that came from a translation, put in the current language.

    Widgets set their texts once when built, mostly; rather than every widget of every view
    keeping the English of each text, the .ts files say where a text came from. Texts filled in
    with data (counts, names) are not found there: their views write them again when the data
    changes. Returns how many texts were changed.
    """
    catalog = _catalog(old)
    changed = 0
    for root in roots:
        widgets = [root, *root.findChildren(QWidget)]
        for widget in widgets:
            changed += _retranslate_widget(widget, catalog)
        for action in root.findChildren(QAction):
            changed += _set(action.text, action.setText, catalog)
        for view in root.findChildren(QAbstractItemView):  # headers ask the model again
            view.viewport().update()
    return changed


def _set(getter: Callable[[], str], setter: Callable[[str], object],
         catalog: dict[str, tuple[str, str]]) -> int:
    text = getter()
    new = _again(text, catalog) if text else None
    if new is None or new == text:
        return 0
    setter(new)
    return 1


def _retranslate_widget(widget: QWidget, catalog: dict[str, tuple[str, str]]) -> int:
    changed = _set(widget.windowTitle, widget.setWindowTitle, catalog)
    changed += _set(widget.toolTip, widget.setToolTip, catalog)
    if isinstance(widget, QLabel | QAbstractButton):
        changed += _set(widget.text, widget.setText, catalog)
    elif isinstance(widget, QGroupBox | QMenu):
        changed += _set(widget.title, widget.setTitle, catalog)
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        changed += _set(widget.placeholderText, widget.setPlaceholderText, catalog)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            changed += _set(lambda i=i: widget.tabText(i),
                            lambda text, i=i: widget.setTabText(i, text), catalog)
            changed += _set(lambda i=i: widget.tabToolTip(i),
                            lambda text, i=i: widget.setTabToolTip(i, text), catalog)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            changed += _set(lambda i=i: widget.itemText(i),
                            lambda text, i=i: widget.setItemText(i, text), catalog)
    return changed
