"""Inspect is not the case: files only looked at live in the Inspect window, never in the case's
Photos table, grid or counts; a file that is not a photo is said to be one it is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from evidence.store import Case
from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.photos.inspect_window import InspectWindow
from gui.photos.loose_model import NOT_A_PHOTO_COLOUR, Column, Kind
from gui.widgets import severity
from gui.widgets.workers import InspectionJob, SynchronousRunner, ThreadedRunner
from tests.helpers.photos import write_jpeg


@pytest.fixture
def visit(tmp_path: Path) -> Path:
    """A card from a visit: three located photos a minute apart and the camera's README."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for n in range(3):
        write_jpeg(folder / f"IMG_{n + 1:04d}.jpg", gps=True, taken=f"2024:05:01 12:3{n}:00")
    (folder / "README.md").write_text("Photos of the visit, 1 May.\n", encoding="utf-8")
    return folder


@pytest.fixture
def case_window(window: MainWindow, qtbot, tmp_path: Path) -> MainWindow:
    """The window with a new, empty case open."""
    root = tmp_path / "case"
    Case.create(root, title="Valikhanov Square, 1 May", timezone="Asia/Almaty",
                actor="tester").close()
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(root))
    return window


def cell(inspector: InspectWindow, name: str, column: Column) -> str:
    return inspector.proxy.index(inspector.row_of(name), column).data()


def case_files(window: MainWindow) -> list[str]:
    model = window.photos.model
    return [model.case_photo(r).name for r in range(model.rowCount())]


def drop(target, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target.dropEvent(QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


def answer_source(window: MainWindow, qtbot) -> None:
    dialog = window.intake.source_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_inspecting_beside_a_case_adds_nothing_to_it(case_window, visit, qtbot):
    counts = case_window.count_label.text()
    assert counts == "0 photos · 0 refusals"
    case_window.intake.inspect_paths([str(visit)])
    inspector = case_window.intake.inspector
    assert inspector is not None and inspector.isVisible()
    assert inspector.windowTitle() == "Inspect files (not evidence)"
    assert inspector.notice.text().startswith("<b>Not evidence.</b>")
    # The case: untouched. Its table, grid and counts know nothing of the inspected files.
    assert case_window.photos.model.rowCount() == 0
    assert case_window.photos.grid_model.rowCount() == 0
    assert case_window.photos.stack.currentWidget() is case_window.photos.empty_state
    assert case_window.count_label.text() == counts
    # The Inspect window: three photos, and the README named as what it is.
    assert inspector.model.rowCount() == 4
    assert [cell(inspector, f"IMG_000{n}.jpg", Column.KIND) for n in (1, 2, 3)] == ["photo"] * 3
    assert cell(inspector, "README.md", Column.KIND) == "not a photo"
    assert "not an image file" in cell(inspector, "README.md", Column.FINDINGS)
    assert cell(inspector, "README.md", Column.TAKEN) == "—"
    kind_width = inspector.table.horizontalHeader().sectionSize(Column.KIND)
    assert kind_width > inspector.table.fontMetrics().horizontalAdvance("not a photo")  # whole
    tally = inspector.model.tally()
    assert (tally.photos, tally.critical, tally.not_photos) == (3, 0, 1)
    assert inspector.summary.text() == "3 photos · 1 file that is not a photo"
    # Not painted as a photo with a critical finding: grey, not red.
    readme = inspector.proxy.index(inspector.row_of("README.md"), Column.FINDINGS)
    icon = readme.data(Qt.ItemDataRole.DecorationRole)
    assert icon.cacheKey() == severity.dot(NOT_A_PHOTO_COLOUR).cacheKey()
    assert icon.cacheKey() != severity.icon(severity.Severity.CRITICAL).cacheKey()
    inspector.select_row(inspector.row_of("README.md"))
    shown = inspector.detail.toPlainText()
    assert shown.startswith("Not a photo.") and "This is not an image file" in shown
    assert "critical" not in shown and "28 bytes" in shown


def test_importing_what_was_inspected_lists_each_photo_once(case_window, visit, qtbot):
    case_window.intake.inspect_paths([str(visit)])
    inspector = case_window.intake.inspector
    assert inspector.import_button.isEnabled()
    assert inspector.import_button.text() == "Import into “Valikhanov Square, 1 May”…"
    qtbot.mouseClick(inspector.import_button, Qt.MouseButton.LeftButton)
    answer_source(case_window, qtbot)
    assert case_files(case_window) == ["IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg"]
    assert case_window.intake.import_summary.rows()[0][:2] == ("README.md", "rejected")
    assert case_window.count_label.text() == "3 photos · 0 refusals"
    # The same folder again, from the menu: each photo still once, the counts the same.
    case_window.intake.ask_source([str(visit)])
    answer_source(case_window, qtbot)
    assert case_files(case_window) == ["IMG_0001.jpg", "IMG_0002.jpg", "IMG_0003.jpg"]
    assert case_window.count_label.text() == "3 photos · 0 refusals"
    assert inspector.model.rowCount() == 4  # the inspected list is its own


def test_without_a_case_the_import_button_waits_and_a_drop_inspects(window, visit):
    drop(window, visit / "IMG_0001.jpg", visit / "README.md")
    inspector = window.intake.inspector
    assert inspector is not None and inspector.model.rowCount() == 2
    assert not inspector.import_button.isEnabled()
    assert inspector.import_button.text() == "Import into a case…"
    assert window.photos.model.rowCount() == 0 and window.count_label.text() == ""


def test_a_drop_on_the_inspect_window_inspects_even_with_a_case_open(case_window, visit):
    inspector = case_window.intake.show_inspector()
    drop(inspector, visit)
    assert inspector.model.rowCount() == 4
    assert case_window.intake.source_dialog is None  # nothing asked, nothing imported
    assert case_window.photos.model.rowCount() == 0


def test_a_located_photo_s_time_and_place(window, photos):
    window.intake.inspect_paths([str(photos["located"].parent)])
    inspector = window.intake.inspector
    assert cell(inspector, "a_located.jpg", Column.TAKEN) == "2024-05-01 12:30:00"
    # Almaty was UTC+5 in May 2024: the offset comes from the time zone at the position.
    assert cell(inspector, "a_located.jpg", Column.UTC) == "2024-05-01 07:30:00"
    assert cell(inspector, "a_located.jpg", Column.OFFSET) == "+05:00 (location)"
    assert cell(inspector, "a_located.jpg", Column.POSITION) == "43.25000, 76.95000"
    assert cell(inspector, "a_located.jpg", Column.FINDINGS) == "none"
    inspector.select_row(inspector.row_of("b_no_gps.jpg"))
    text = inspector.detail.toPlainText()
    assert "Inspected only: this photo is not in any case" in text
    assert str(photos["no_gps"]) in text and "The photo records no GPS position" in text


def test_a_damaged_photo_is_a_photo_with_a_critical_finding(window, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)  # a JPEG's start, then nothing
    window.intake.inspect_paths([str(broken)])
    inspector = window.intake.inspector
    assert inspector.model.kind(0) is Kind.PHOTO
    assert (inspector.model.tally().photos, inspector.model.tally().critical) == (1, 1)
    assert inspector.summary.text() == "1 photo, 1 with critical findings"


def test_sorting_by_findings_puts_what_is_not_a_photo_below_every_photo(window, photos):
    window.intake.inspect_paths([str(p) for p in photos.values()])
    inspector = window.intake.inspector
    inspector.table.sortByColumn(Column.FINDINGS, Qt.SortOrder.DescendingOrder)
    names = [inspector.proxy.index(r, Column.FILE).data() for r in range(3)]
    assert names == ["b_no_gps.jpg", "a_located.jpg", "notes.txt"]


def test_clearing_the_list_and_inspecting_again_replaces_a_file(window, photos):
    window.intake.inspect_paths([str(p) for p in photos.values()])
    inspector = window.intake.inspector
    window.intake.inspect_paths([str(photos["located"])])  # again: replaced, not added
    assert inspector.model.rowCount() == 3
    inspector.clear_button.click()
    assert inspector.model.rowCount() == 0 and inspector.chosen == []
    assert inspector.stack.currentWidget() is inspector.hint
    assert inspector.summary.text() == "0 photos"


def test_cancel_stops_a_run_after_the_current_file(qtbot, photos):
    class CancelAfterFirstFile(SynchronousRunner):
        def start(self, job) -> None:
            if isinstance(job, InspectionJob):
                job.progress.connect(
                    lambda done, total: win.intake.inspector.run_status.cancel_button.click())
            super().start(job)

    win = MainWindow(runner=CancelAfterFirstFile())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.intake.run_finished) as finished:
        win.intake.inspect_paths([str(p) for p in photos.values()])
    inspector = win.intake.inspector
    assert finished.args == [True]
    assert inspector.model.rowCount() == 1
    assert inspector.statusBar().currentMessage() == "Inspection cancelled after 1 of 3 files."
    assert inspector.run_status.isHidden()


def test_the_progress_says_how_far_in_words_beside_the_bar(qtbot, photos):
    said: list[str] = []

    class NotesTheProgress(SynchronousRunner):
        def start(self, job) -> None:
            job.progress.connect(lambda done, total: said.append(
                win.intake.inspector.run_status.text()))
            super().start(job)

    win = MainWindow(runner=NotesTheProgress())
    qtbot.addWidget(win)
    win.intake.inspect_paths([str(photos["located"])])
    assert said == ["Inspecting 1 of 1 file"]
    assert not win.intake.inspector.run_status.bar.isTextVisible()


def test_paths_given_during_a_run_are_inspected_next(qtbot, photos):
    class AddMoreDuringRun(SynchronousRunner):
        def start(self, job) -> None:
            if job.paths == [str(photos["located"])]:
                win.intake.inspect_paths([str(photos["no_gps"])])  # arrives while the first runs
            super().start(job)

    win = MainWindow(runner=AddMoreDuringRun())
    qtbot.addWidget(win)
    win.intake.inspect_paths([str(photos["located"])])
    assert win.intake.inspector.model.rowCount() == 2


def test_the_inspect_menu_opens_the_window_with_the_chosen_files(window, photos, monkeypatch):
    chosen = [str(photos["located"])]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: (chosen, ""))
    window.actions.inspect_files.trigger()
    inspector = window.intake.inspector
    assert inspector.isVisible() and inspector.model.rowCount() == 1
    assert QSettings().value("MainWindow/lastFolder") == str(photos["located"].parent)
    assert window.photos.model.rowCount() == 0


def test_the_threaded_worker_delivers_results_by_signal(qtbot, photos):
    win = MainWindow(runner=ThreadedRunner())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.intake.run_finished, timeout=30_000) as finished:
        win.intake.inspect_paths([str(photos["located"].parent)])
    inspector = win.intake.inspector
    assert finished.args == [False]
    assert inspector.model.rowCount() == 3
    assert inspector.summary.text() == "2 photos · 1 file that is not a photo"
    assert inspector.run_status.isHidden()


@pytest.mark.parametrize(("photos", "others", "russian"), [
    (1, 1, "1 фотография · 1 файл — не фотография"),
    (2, 5, "2 фотографии · 5 файлов — не фотографии"),
])
def test_the_inspect_window_speaks_russian_live_with_its_plural_forms(
        window, tmp_path, photos, others, russian):
    folder = tmp_path / "card"
    folder.mkdir()
    for n in range(photos):
        write_jpeg(folder / f"IMG_{n:04d}.jpg", gps=True)
    for n in range(others):
        (folder / f"notes-{n}.txt").write_text("not a photo\n", encoding="utf-8")
    window.intake.inspect_paths([str(folder)])
    inspector = window.intake.inspector
    try:
        i18n.switch("ru")  # the committed Russian .qm, switched while the window is open
        assert inspector.windowTitle() == "Проверка файлов (не доказательства)"
        assert inspector.summary.text() == russian
        assert inspector.notice.text().startswith("<b>Не доказательства.</b>")
    finally:
        i18n.switch("en")
    assert inspector.windowTitle() == "Inspect files (not evidence)"
