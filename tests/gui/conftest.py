"""GUI test fixtures: photos made with Pillow, settings in a temporary folder, a ready window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from evidence import demo
from gui.app import identity
from gui.app.main_window import MainWindow
from gui.widgets.workers import SynchronousRunner
from tests.helpers.photos import write_jpeg
from tests.helpers.webengine import recording_page

REVIEWER = "Test reviewer"


@pytest.fixture(autouse=True)
def settings_dir(qapp, tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """Every QSettings() of the test reads and writes an INI file here, never the real home.

    The app's data folder (where the demo case is built) is under a temporary home too:
    Qt's test mode puts it in $HOME/.qttest.
    """
    folder = tmp_path / "settings"
    folder.mkdir()
    qapp.setOrganizationName("Skver")
    qapp.setApplicationName("Skver")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    QStandardPaths.setTestModeEnabled(True)
    # Working as someone, as a person does once they have said their name (the window asks
    # before the first change); tests of that question clear it.
    identity.remember(REVIEWER)
    yield folder
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture(scope="session")
def demo_case(tmp_path_factory) -> Path:
    """The demo case, built once for the tests that only read it."""
    return demo.build(tmp_path_factory.mktemp("demo") / "case")


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    """A located photo, a photo without GPS and a text file that is not an image."""
    folder = tmp_path / "photos"
    folder.mkdir()
    notes = folder / "notes.txt"
    notes.write_text("not a photo\n", encoding="utf-8")
    return {"located": write_jpeg(folder / "a_located.jpg", gps=True),
            "no_gps": write_jpeg(folder / "b_no_gps.jpg", gps=False),
            "text": notes}


@pytest.fixture
def window(qtbot) -> MainWindow:
    """The main window with a synchronous runner: a run is over when inspect_paths returns."""
    win = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(win)
    return win


@pytest.fixture
def browser(qtbot):
    """A page in an off-the-record profile whose every request is recorded."""
    page = recording_page()
    yield page
    page.deleteLater()  # the page must go before its profile
    qtbot.wait(50)
