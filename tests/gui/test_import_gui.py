"""Importing into the open case from the window: menu, drop, progress, cancel, the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from evidence import store, verify
from evidence.store import Case
from gui.app.main_window import MainWindow
from gui.photos.importing import ImportJob
from gui.widgets.workers import SynchronousRunner, ThreadedRunner
from tests.helpers.photos import write_jpeg


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    root = tmp_path / "case"
    Case.create(root, title="Test case", timezone="Asia/Almaty", actor="tester").close()
    return root


@pytest.fixture
def to_import(tmp_path: Path) -> Path:
    """Three located photos taken a minute apart, and a 'photo' that is not an image."""
    folder = tmp_path / "to-import"
    folder.mkdir()
    for n in range(3):
        write_jpeg(folder / f"IMG_{n + 1:04d}.jpg", gps=True, taken=f"2024:05:01 12:3{n}:00")
    (folder / "broken.jpg").write_bytes(b"this is not a JPEG at all\n")
    return folder


def open_case(win: MainWindow, qtbot, root: Path) -> None:
    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        win.open_case(str(root))


@pytest.fixture
def case_window(window: MainWindow, qtbot, case_dir: Path) -> MainWindow:
    open_case(window, qtbot, case_dir)
    return window


def custody_actions(root: Path) -> list[str]:
    with Case.open(root) as case:
        return [entry.action for entry in store.log.entries(case)]


def answer_source(win: MainWindow, qtbot, label: str = "", full_paths: bool = False) -> None:
    """Answers the question asked before an import as a user would: types the source's
    label, leaves full paths off (or ticks it) and presses Import."""
    dialog = win.intake.source_dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    dialog.label.clear()
    qtbot.keyClicks(dialog.label, label)
    if dialog.full_paths.isChecked() != full_paths:
        qtbot.mouseClick(dialog.full_paths, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_import_actions_wait_for_an_open_case(window, qtbot, case_dir):
    assert not window.actions.import_files.isEnabled()
    assert not window.actions.import_folder.isEnabled()
    open_case(window, qtbot, case_dir)
    assert window.actions.import_files.isEnabled()
    assert window.actions.import_folder.shortcut().toString() == "Ctrl+Shift+I"


def test_importing_a_folder_shows_the_photos_and_names_the_rejected_file(
        case_window, case_dir, to_import, monkeypatch, qtbot):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(to_import))
    case_window.actions.import_folder.trigger()
    assert case_window.photos.model.rowCount() == 0  # nothing until the source is answered
    answer_source(case_window, qtbot)
    assert case_window.photos.model.rowCount() == 3
    assert case_window.photos.grid_model.rowCount() == 3
    summary = case_window.intake.import_summary
    assert summary is not None and summary.isVisible() and not summary.isModal()
    assert summary.headline.text() == "3 imported, 0 already in the case, 1 rejected."
    [(name, outcome, why)] = summary.rows()
    assert (name, outcome) == ("broken.jpg", "rejected")
    assert "not an image" in why
    assert custody_actions(case_dir).count("import") == 3
    assert custody_actions(case_dir)[-1] == "import-batch"
    assert case_window.intake.importer.status.isHidden()


def test_importing_the_same_files_again_reports_duplicates(case_window, to_import):
    photo = str(to_import / "IMG_0001.jpg")
    case_window.intake.import_paths([photo])
    case_window.intake.import_paths([photo])
    assert case_window.photos.model.rowCount() == 1
    assert case_window.intake.import_summary.headline.text() == (
        "0 imported, 1 already in the case, 0 rejected.")
    assert case_window.intake.import_summary.rows() == [
        ("IMG_0001.jpg", "already in the case", "the same bytes were imported before")]


def test_cancelling_mid_import_keeps_the_case_intact(qtbot, case_dir, to_import):
    class CancelAfterFirstFile(SynchronousRunner):
        def start(self, job) -> None:
            if isinstance(job, ImportJob):
                job.progress.connect(
                    lambda done, total: win.intake.importer.status.cancel_button.click())
            super().start(job)

    win = MainWindow(runner=CancelAfterFirstFile())
    qtbot.addWidget(win)
    open_case(win, qtbot, case_dir)
    with qtbot.waitSignal(win.intake.import_finished) as finished:
        win.intake.import_paths([str(to_import)])
    assert finished.args == [True]
    assert win.photos.model.rowCount() == 1
    assert win.intake.import_summary.headline.text().startswith("Cancelled after 1 of 4 files")
    with Case.open(case_dir) as case:
        report = verify.verify(case, actor="tester")
    assert report.intact, report.problems
    assert report.photos == 1


def test_dropping_a_folder_on_a_case_imports_it(case_window, case_dir, to_import, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(to_import))])
    drop = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    case_window.dropEvent(drop)
    answer_source(case_window, qtbot, "USB stick")
    assert case_window.photos.model.rowCount() == 3
    assert all(case_window.photos.model.case_photo(r) is not None for r in range(3))
    assert custody_actions(case_dir).count("import") == 3


def test_the_import_runs_on_a_worker_while_the_window_stays_responsive(qtbot, case_dir,
                                                                       to_import):
    win = MainWindow(runner=ThreadedRunner())
    qtbot.addWidget(win)
    open_case(win, qtbot, case_dir)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(win.intake.importer.is_running()))
    timer.start(1)
    with qtbot.waitSignal(win.intake.import_finished, timeout=60_000) as finished:
        win.intake.import_paths([str(to_import)])
        assert win.intake.importer.is_running()  # handed to the worker: the call returned at once
    timer.stop()
    assert finished.args == [False]
    assert True in ticks  # the GUI thread's event loop ran while the import was under way
    qtbot.waitUntil(lambda: win.photos.model.rowCount() == 3, timeout=30_000)
    assert win.intake.import_summary.headline.text() == (
        "3 imported, 0 already in the case, 1 rejected.")
    assert custody_actions(case_dir).count("import") == 3
    assert win.session.wait(30_000)


def test_the_label_given_reaches_the_custody_log_and_the_folder_does_not(
        case_window, case_dir, to_import, monkeypatch, qtbot):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(to_import))
    case_window.actions.import_folder.trigger()
    assert not case_window.intake.source_dialog.full_paths.isChecked()  # off unless asked
    answer_source(case_window, qtbot, "second phone, SD card")
    with Case.open(case_dir) as case:
        entries = [e for e in store.log.entries(case) if e.action == "import"]
        imports = store.photos.all_imports(case)
        assert verify.verify(case, actor="tester").intact
    assert [e.details["source_path"] for e in entries] == [
        "IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg"]
    assert {e.details["source_label"] for e in entries} == {"second phone, SD card"}
    assert all("source_root" not in e.details and str(to_import) not in str(e.details)
               for e in entries)
    assert {i.source_label for i in imports} == {"second phone, SD card"}

    # The label is offered again for the next import of the session; the detail pane shows it.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args: ([str(to_import / "IMG_0001.jpg")], ""))
    case_window.actions.import_files.trigger()
    dialog = case_window.intake.source_dialog
    assert dialog.label.text() == "second phone, SD card"
    assert not dialog.full_paths.isChecked()
    answer_source(case_window, qtbot, "second phone, SD card", full_paths=True)
    with Case.open(case_dir) as case:
        again = [e for e in store.log.entries(case) if e.action == "import-duplicate"]
    assert [e.details["source_root"] for e in again] == [str(to_import)]
    assert again[0].details["source_path"] == str(to_import / "IMG_0001.jpg")
    case_window.photos.select_row(0)
    shown = case_window.photos.detail.toPlainText()
    assert "source “second phone, SD card”: IMG_0001.jpg" in shown


def test_a_label_that_is_not_one_line_is_refused_in_the_dialog(
        case_window, case_dir, to_import, qtbot):
    case_window.intake.ask_source([str(to_import)])
    dialog = case_window.intake.source_dialog
    dialog.label.setText("phone\u202e gpj.exe")  # pasted: a bidi override in the label
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "import" not in custody_actions(case_dir)
    dialog.reject()
    assert "import" not in custody_actions(case_dir)


def test_import_names_the_case_it_goes_into(window, case_dir, to_import, monkeypatch, qtbot):
    """The menu, the file dialog and the question before copying say which case, by its title
    and folder; with no case open the menu is the plain one."""
    actions = window.actions
    assert actions.import_files.text() == "Import photos…"
    open_case(window, qtbot, case_dir)
    case_window = window
    assert actions.import_files.text() == "Import photos into “Test case”…"
    assert actions.import_folder.text() == "Import folder into “Test case”…"
    assert actions.import_folder.toolTip() == f"Into the case “Test case” in {case_dir}"
    titles: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda parent, title, *rest: titles.append(title) or ([], ""))
    actions.import_files.trigger()
    assert titles == ["Import photos into “Test case”"]
    case_window.intake.ask_source([str(to_import)])
    dialog = case_window.intake.source_dialog
    assert dialog.windowTitle() == "Import into “Test case”"
    assert dialog.case.text() == "Into the case “Test case”"
    assert dialog.case_folder.text() == str(case_dir)
    assert dialog.case.isVisibleTo(dialog) and dialog.case_folder.isVisibleTo(dialog)
    dialog.reject()


def test_a_case_title_cannot_fake_the_menu_or_the_question(window, qtbot, tmp_path):
    root = tmp_path / "tricky"
    Case.create(root, title="R&D\u202e gpj.exe " + "x" * 60, timezone="Asia/Almaty",
                actor="tester").close()
    open_case(window, qtbot, root)
    text = window.actions.import_files.text()
    assert "R&&D" in text and "\u202e" not in text and "\\u202e" in text
    assert text.endswith("…”…") and len(text) < 80  # a long title is shortened
    window.intake.ask_source([str(tmp_path)])
    assert "\u202e" not in window.intake.source_dialog.windowTitle()
    window.intake.source_dialog.reject()


def test_the_import_progress_is_said_in_words_beside_the_bar(qtbot, case_dir, to_import):
    said: list[str] = []

    class NotesTheProgress(SynchronousRunner):
        def start(self, job) -> None:
            if isinstance(job, ImportJob):
                job.progress.connect(lambda done, total: said.append(
                    win.intake.importer.status.text()))
            super().start(job)

    win = MainWindow(runner=NotesTheProgress())
    qtbot.addWidget(win)
    open_case(win, qtbot, case_dir)
    win.intake.import_paths([str(to_import)])
    assert said == ["Importing 1 of 4 files", "Importing 2 of 4 files",
                    "Importing 3 of 4 files"]  # broken.jpg is rejected, never staged
    assert not win.intake.importer.status.bar.isTextVisible()
