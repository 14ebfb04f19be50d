"""GUI test fixtures: photos made with Pillow, settings in a temporary folder, a ready window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational
from PySide6.QtCore import QSettings

from gui.main_window import MainWindow
from gui.workers import SynchronousRunner

HERE = Path(__file__).parent
# Qt's offscreen platform says this whenever a top-level window is shown; it is not our bug.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def settings_dir(qapp, tmp_path: Path) -> Path:
    """Every QSettings() of the test reads and writes an INI file here, never the real home."""
    folder = tmp_path / "settings"
    folder.mkdir()
    qapp.setOrganizationName("Skver")
    qapp.setApplicationName("Skver")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def write_jpeg(path: Path, *, gps: bool, taken: str = "2024:05:01 12:30:00") -> Path:
    """A small JPEG whose EXIF says when it was taken and, with `gps`, that it was in Almaty."""
    exif = Image.Exif()
    exif[0x010F] = "TestCam"  # Make
    exif[0x0110] = "Model 1"  # Model
    exif.get_ifd(0x8769)[0x9003] = taken  # Exif IFD: DateTimeOriginal
    if gps:
        ifd = exif.get_ifd(0x8825)
        ifd[0x0000] = b"\x02\x03\x00\x00"  # GPSVersionID
        ifd[0x0001] = "N"
        ifd[0x0002] = tuple(IFDRational(n, 1) for n in (43, 15, 0))
        ifd[0x0003] = "E"
        ifd[0x0004] = tuple(IFDRational(n, 1) for n in (76, 57, 0))
    Image.new("RGB", (64, 48), (120, 150, 180)).save(path, exif=exif)
    return path


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
