"""Where Skver keeps its own files: the platform's usual folders (platformdirs), or one folder.

$SKVER_DATA_DIR, when set, holds everything (data, config and cache under it): for tests, and
for a portable copy on a USB stick. Otherwise the data folder is ~/.local/share/skver (or
$XDG_DATA_HOME/skver) on Linux, ~/Library/Application Support/Skver on macOS and
%APPDATA%\\Skver on Windows, where the signing key and the demo case live.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs.api import PlatformDirsABC

DATA_DIR_ENV = "SKVER_DATA_DIR"


def user_data_dir() -> Path:
    """Skver's own data folder: $SKVER_DATA_DIR, else the platform's place for app data."""
    return _override() or Path(_platform_dirs().user_data_dir)


def user_config_dir() -> Path:
    """Where settings files go: $SKVER_DATA_DIR/config, else the platform's config folder."""
    override = _override()
    return override / "config" if override else Path(_platform_dirs().user_config_dir)


def user_cache_dir() -> Path:
    """Where what can be made again goes (thumbnails, tiles): safe for the user to delete."""
    override = _override()
    return override / "cache" if override else Path(_platform_dirs().user_cache_dir)


def _override() -> Path | None:
    value = os.environ.get(DATA_DIR_ENV, "")
    return Path(value) if value else None


def _platform_dirs() -> PlatformDirsABC:
    # Chosen per call, not at import as platformdirs.PlatformDirs is, so tests can stand in
    # for another platform. The names keep the folders Skver used before platformdirs.
    if sys.platform == "win32":
        from platformdirs.windows import Windows

        return Windows("Skver", appauthor=False, roaming=True)
    if sys.platform == "darwin":
        from platformdirs.macos import MacOS

        return MacOS("Skver", appauthor=False)
    from platformdirs.unix import Unix

    return Unix("skver", appauthor=False)
