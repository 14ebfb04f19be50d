"""Every setting the window keeps between runs, declared once: its key, its type, its default.

Values live in QSettings (an INI file on Linux, the registry on Windows). A value that a person
edited by hand into something unreadable reads as the default, never as an error.

    settings.LOCK_AFTER_MS.get()       # 600000 unless the user chose otherwise
    settings.PHOTOS_VIEW.set("grid")
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T | Callable[[], T]     # a callable default is worked out when read
    parse: Callable[[object], T]     # the stored value as a T; raises ValueError or TypeError

    def get(self) -> T:
        raw = QSettings().value(self.key, None)
        if raw is not None:
            try:
                return self.parse(raw)
            except (TypeError, ValueError):  # hand-edited settings: the default instead
                pass
        return self.default() if callable(self.default) else self.default

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    return value


def _folder(value: object) -> str:
    text = _text(value)
    if not text:
        raise ValueError("no folder")
    return text


def _not_negative(value: object) -> int:
    number = int(str(value))
    if number < 0:
        raise ValueError(f"{number} is negative")
    return number


def _one_of(*choices: str) -> Callable[[object], str]:
    def parse(value: object) -> str:
        text = _text(value)
        if text not in choices:
            raise ValueError(f"{text!r} is not one of {choices}")
        return text
    return parse


def _bytes(value: object) -> QByteArray:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes | bytearray):
        return QByteArray(bytes(value))
    raise TypeError(f"{value!r} is not saved widget state")


def _home() -> str:
    return os.path.expanduser("~")


# Where File ▸ Open, Import and Inspect start: the folder used last.
LAST_FOLDER = Setting("MainWindow/lastFolder", _home, _folder)
# Where File ▸ Export… proposes to write: the folder written to last.
EXPORT_FOLDER = Setting("Export/lastFolder", _home, _folder)
# The cases opened before, newest first: JSON text (a one-item QSettings list reads back as a
# plain string, so the list is kept as one string).
RECENT_CASES = Setting("Cases/recent", "", _text)
# An encrypted case locks after this long without input; 0: never.
LOCK_AFTER_MS = Setting("Security/lockAfterMs", 10 * 60_000, _not_negative)
# The Photos tab shows a table or a grid of thumbnails.
PHOTOS_VIEW = Setting("Photos/view", "table", _one_of("table", "grid"))
# The interface's language (en, ru, kk); empty: the system's when Skver speaks it.
LANGUAGE = Setting("Interface/language", "", _text)
# The name that signs observations and custody entries (gui/app/identity.py); empty: not yet
# given, asked before the first change.
REVIEWER = Setting("Review/name", "", _text)
# The window's geometry and layout, and its tables' columns and splitters (widget states).
WINDOW_GEOMETRY = Setting("MainWindow/geometry", QByteArray(), _bytes)
WINDOW_STATE = Setting("MainWindow/state", QByteArray(), _bytes)


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()  # an INI file keeps a bool as text
    if text not in ("true", "false"):
        raise ValueError(f"{text!r} is not true or false")
    return text == "true"


# The Map tab's background, for each case (by its id, so a copy or a moved case keeps it on this
# computer): a tile folder's or an MBTiles file's path (empty: none) and whether OpenStreetMap's
# tiles may be fetched from the internet (off unless the user switched it on for that case).
def map_tiles(case_id: str) -> Setting[str]:
    return Setting(f"Map/{case_id}/tiles", "", _text)


def map_online(case_id: str) -> Setting[bool]:
    return Setting(f"Map/{case_id}/online", False, _flag)


# File ▸ Export…'s bundle timestamped online by RFC 3161 authorities (off unless the user
# switched it on), and the authorities' URLs, one per line (empty: bundles/timestamps.py's list).
EXPORT_TIMESTAMP = Setting("Export/timestamp", False, _flag)
EXPORT_TSA_URLS = Setting("Export/tsaUrls", "", _text)


def widget_state(name: str) -> Setting[QByteArray]:
    """A splitter's or a table header's saved state, under MainWindow/<name>."""
    return Setting(f"MainWindow/{name}", QByteArray(), _bytes)
