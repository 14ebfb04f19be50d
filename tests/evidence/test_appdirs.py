"""Skver's own folders: the platform's usual places, or all under $SKVER_DATA_DIR."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from platformdirs import windows

from evidence import appdirs


@pytest.fixture
def home(monkeypatch, tmp_path) -> Path:
    monkeypatch.delenv(appdirs.DATA_DIR_ENV)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def test_linux_uses_the_xdg_folders(home, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert appdirs.user_data_dir() == home / ".local" / "share" / "skver"
    assert appdirs.user_config_dir() == home / ".config" / "skver"
    assert appdirs.user_cache_dir() == home / ".cache" / "skver"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg"))
    assert appdirs.user_data_dir() == home / "xdg" / "skver"


def test_macos_uses_application_support_and_caches(home, monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert appdirs.user_data_dir() == home / "Library" / "Application Support" / "Skver"
    assert appdirs.user_cache_dir() == home / "Library" / "Caches" / "Skver"


def test_windows_uses_the_roaming_app_data_folder(home, monkeypatch):
    known = {"CSIDL_APPDATA": str(home / "Roaming"), "CSIDL_LOCAL_APPDATA": str(home / "Local")}
    monkeypatch.setattr(windows, "get_win_folder", known.__getitem__)
    monkeypatch.setattr(sys, "platform", "win32")
    assert appdirs.user_data_dir() == home / "Roaming" / "Skver"
    assert appdirs.user_cache_dir().is_relative_to(home / "Local" / "Skver")


def test_skver_data_dir_holds_everything(monkeypatch, tmp_path):
    monkeypatch.setenv(appdirs.DATA_DIR_ENV, str(tmp_path / "portable"))
    assert appdirs.user_data_dir() == tmp_path / "portable"
    assert appdirs.user_config_dir() == tmp_path / "portable" / "config"
    assert appdirs.user_cache_dir() == tmp_path / "portable" / "cache"


def test_an_empty_skver_data_dir_is_not_an_override(home, monkeypatch):
    monkeypatch.setenv(appdirs.DATA_DIR_ENV, "")
    monkeypatch.setattr(sys, "platform", "linux")
    assert appdirs.user_data_dir() == home / ".local" / "share" / "skver"
