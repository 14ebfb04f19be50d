"""The main window as a user meets it: inspect files, read the table and the detail, cancel."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl, qVersion
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from evidence import buildinfo
from gui.app.main_window import MainWindow
from gui.photos.table_model import Column
from gui.widgets.workers import InspectionJob, SynchronousRunner, ThreadedRunner


def cell(window: MainWindow, row: int, column: Column) -> str:
    return window.photos.proxy.index(row, column).data()


def row_of(window: MainWindow, name: str) -> int:
    names = [cell(window, r, Column.FILE) for r in range(window.photos.proxy.rowCount())]
    return names.index(name)


def test_an_empty_window_says_how_to_start(window):
    assert window.windowTitle() == "Skver"
    assert window.photos.stack.currentWidget() is window.photos.empty_state
    assert "Drop photos or a folder here, or use File → Inspect photos…" in (
        window.photos.empty_state.hint.text())
    assert window.count_label.text() == "No photos inspected yet"


def test_menus_offer_inspecting_and_quitting_by_keyboard(window):
    shortcuts = {a.text(): a.shortcut().toString() for a in
                 (window.actions.inspect_files, window.actions.inspect_folder, window.actions.quit)}
    assert shortcuts == {"Inspect photos…": "Ctrl+O", "Inspect folder…": "Ctrl+Shift+O",
                         "Quit": "Ctrl+Q"}
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Photos", "&Refusals", "&View", "&Help"]


def test_inspecting_a_folder_gives_one_row_per_file(window, photos):
    window.intake.inspect_paths([str(photos["located"].parent)])
    assert window.photos.model.rowCount() == 3
    assert window.photos.stack.currentWidget() is window.photos.table
    located = row_of(window, "a_located.jpg")
    assert cell(window, located, Column.TAKEN) == "2024-05-01 12:30:00"
    # Almaty was UTC+5 in May 2024: the offset comes from the time zone at the position.
    assert cell(window, located, Column.UTC) == "2024-05-01 07:30:00"
    assert cell(window, located, Column.OFFSET) == "+05:00 (location)"
    assert cell(window, located, Column.POSITION) == "43.25000, 76.95000"
    assert cell(window, located, Column.FINDINGS) == "none"


def test_a_file_that_is_not_an_image_shows_its_error(window, photos):
    window.intake.inspect_paths([str(p) for p in photos.values()])
    text_row = row_of(window, "notes.txt")
    assert "not an image file" in cell(window, text_row, Column.FINDINGS)
    assert cell(window, text_row, Column.TAKEN) == "—"


def test_status_bar_counts_files_and_critical_ones(window, photos):
    window.intake.inspect_paths([str(p) for p in photos.values()])
    assert window.count_label.text() == "3 photos, 1 with critical findings"
    window.intake.inspect_paths([str(photos["located"])])  # inspected again: replaced, not added
    assert window.count_label.text() == "3 photos, 1 with critical findings"


def test_selecting_a_row_shows_its_findings_in_plain_words(window, photos):
    window.intake.inspect_paths([str(p) for p in photos.values()])
    window.photos.select_row(row_of(window, "b_no_gps.jpg"))
    text = window.photos.detail.toPlainText()
    assert str(photos["no_gps"]) in text
    assert "The photo records no GPS position" in text
    assert "TestCam Model 1" in text
    window.photos.select_row(row_of(window, "a_located.jpg"))
    assert "43.250000, 76.950000" in window.photos.detail.toPlainText()
    assert "no GPS position" not in window.photos.detail.toPlainText()


def test_sorting_by_findings_puts_the_unreadable_file_at_an_end(window, photos):
    window.intake.inspect_paths([str(p) for p in photos.values()])
    window.photos.table.sortByColumn(Column.FINDINGS, Qt.SortOrder.DescendingOrder)
    assert cell(window, 0, Column.FILE) == "notes.txt"
    assert cell(window, 2, Column.FILE) == "a_located.jpg"  # no findings at all


def test_cancel_stops_a_run_after_the_current_file(qtbot, photos):
    class CancelAfterFirstFile(SynchronousRunner):
        def start(self, job: InspectionJob) -> None:
            job.progress.connect(lambda done, total: win.intake.run_status.cancel_button.click())
            super().start(job)

    win = MainWindow(runner=CancelAfterFirstFile())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.intake.run_finished) as finished:
        win.intake.inspect_paths([str(p) for p in photos.values()])
    assert finished.args == [True]
    assert win.photos.model.rowCount() == 1
    assert win.statusBar().currentMessage() == "Inspection cancelled after 1 of 3 files."
    assert win.intake.run_status.isHidden()


def test_paths_given_during_a_run_are_inspected_next(qtbot, photos):
    class AddMoreDuringRun(SynchronousRunner):
        def start(self, job: InspectionJob) -> None:
            if job.paths == [str(photos["located"])]:
                win.intake.inspect_paths([str(photos["no_gps"])])  # arrives while the first runs
            super().start(job)

    win = MainWindow(runner=AddMoreDuringRun())
    qtbot.addWidget(win)
    win.intake.inspect_paths([str(photos["located"])])
    assert win.photos.model.rowCount() == 2


def test_dropping_files_inspects_them(window, photos):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photos["located"])),
                  QUrl.fromLocalFile(str(photos["no_gps"]))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.photos.model.rowCount() == 2


def test_inspect_photos_menu_uses_the_chosen_files(window, photos, monkeypatch):
    chosen = [str(photos["located"])]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (chosen, ""))
    window.actions.inspect_files.trigger()
    assert window.photos.model.rowCount() == 1
    assert QSettings().value("MainWindow/lastFolder") == str(photos["located"].parent)


def test_about_box_names_the_app_and_its_versions(window, qtbot):
    box = window.menus.show_about()
    qtbot.waitUntil(box.isVisible)
    assert "Skver 0.1.0" in box.text()
    assert f"PySide6 {PySide6.__version__}, Qt {qVersion()}" in box.informativeText()
    assert "\n".join(buildinfo.describe(qVersion(), PySide6.__version__)) in box.informativeText()
    assert not box.iconPixmap().isNull()  # the app's icon
    box.close()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_window_size_is_remembered_in_settings(qtbot, settings_dir: Path):
    first = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(first)
    first.resize(700, 500)  # within the offscreen screen's 800 × 600
    first.close()
    assert (settings_dir / "Skver" / "Skver.ini").exists()
    second = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_the_threaded_worker_delivers_results_by_signal(qtbot, photos):
    win = MainWindow(runner=ThreadedRunner())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.intake.run_finished, timeout=30_000) as finished:
        win.intake.inspect_paths([str(photos["located"].parent)])
    assert finished.args == [False]
    assert win.photos.model.rowCount() == 3
    assert win.count_label.text() == "3 photos, 1 with critical findings"
    assert win.intake.run_status.isHidden()
