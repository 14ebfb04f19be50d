"""Import from the window keeps to the folder chosen, names each file it did not take, and says
a full disk as a message with what was kept, never the crash dialog."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from evidence import store
from evidence.store import Case
from gui.app.main_window import MainWindow
from tests.helpers.oddfiles import sun_raster
from tests.helpers.photos import write_jpeg


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    root = tmp_path / "case"
    Case.create(root, title="Test case", timezone="Asia/Almaty", actor="tester").close()
    return root


@pytest.fixture
def case_window(window: MainWindow, qtbot, case_dir: Path) -> MainWindow:
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(case_dir))
    return window


def _import_folder(win: MainWindow, folder: Path, monkeypatch, qtbot) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    win.actions.import_folder.trigger()
    qtbot.mouseClick(win.intake.source_dialog.import_button, Qt.MouseButton.LeftButton)


def test_a_link_out_of_the_folder_and_a_sun_raster_are_listed_with_why(
        case_window, case_dir, tmp_path, monkeypatch, qtbot):
    home = tmp_path / "home" / "aigerim"
    write_jpeg(home / "Pictures" / "family.jpg", gps=True, taken="2021:01:01 10:00:00")
    folder = tmp_path / "visit"
    write_jpeg(folder / "IMG_0001.jpg", gps=True, taken="2024:05:01 12:30:00")
    (folder / "home").symlink_to(home, target_is_directory=True)
    sun_raster(folder / "scan.ras")
    failures: list[str] = []
    case_window.intake.importer.failed.connect(failures.append)
    _import_folder(case_window, folder, monkeypatch, qtbot)
    summary = case_window.intake.import_summary
    assert summary is not None and summary.isVisible()
    assert summary.headline.text() == "1 imported, 0 already in the case, 2 rejected."
    rows = summary.rows()
    assert rows[0] == ("home", "rejected", "skipped: link to outside the folder")
    assert rows[1][:2] == ("scan.ras", "rejected") and "Sun Raster" in rows[1][2]
    assert case_window.photos.model.rowCount() == 1
    assert failures == []
    with Case.open(case_dir) as case:
        assert len(store.photos.all_photos(case)) == 1


def test_a_full_disk_is_said_with_what_was_kept_not_as_a_crash(
        case_window, case_dir, tmp_path, monkeypatch, qtbot):
    folder = tmp_path / "visit"
    for n in range(2):
        write_jpeg(folder / f"IMG_{n:04d}.jpg", gps=True, taken=f"2024:05:01 12:3{n}:00")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    failures: list[str] = []
    case_window.intake.importer.failed.connect(failures.append)
    _import_folder(case_window, folder, monkeypatch, qtbot)
    monkeypatch.setattr(os, "fsync", os.fdatasync)
    summary = case_window.intake.import_summary
    assert summary is not None and summary.isVisible()
    text = summary.headline.text()
    assert text.startswith(f"The disk holding {case_dir} is full")
    assert "No file was imported and the case is as it was." in text
    assert "could not be read" not in text and failures == []
    assert case_window.photos.model.rowCount() == 0


def test_an_export_or_verify_stopped_by_the_disk_is_a_message(tmp_path, qtbot):
    from gui.case.export_job import Job

    def work(_progress, _cancelled):
        with open(tmp_path / "report.pdf", "wb") as out:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), out.name)

    job = Job(work, (str(tmp_path / "report.pdf"),))
    refused: list[str] = []
    failed: list[str] = []
    job.refused.connect(refused.append)
    job.failed.connect(failed.append)
    job.run()
    assert failed == []
    [message] = refused
    assert message.startswith(f"The disk holding {tmp_path} is full, so Skver stopped.")
    assert "run it again" in message


def test_a_change_the_disk_refuses_is_a_problem_said_not_a_crash(case_window, case_dir, qtbot):
    """Any write of the window's (a tag, a venue, a map page) stopped by a full disk."""
    session = case_window.session
    problems: list[str] = []
    failures: list[str] = []
    session.problem.connect(problems.append)
    session.failed.connect(failures.append)

    def task(_case):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    assert session.write("Saving", task)
    qtbot.waitUntil(lambda: bool(problems or failures), timeout=10_000)
    assert failures == []
    [message] = problems
    assert message.startswith(f"The disk holding {case_dir} is full")
