"""Cases in the window as a user meets them: the demo on first start, the last case next time,
recent cases, a folder that is not a case, and the Photos and Refusals tabs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from evidence import demo
from evidence.phrases import render
from evidence.store import Case
from gui.app import crash, settings
from gui.app.main_window import MainWindow
from gui.app.state import CaseEngine
from gui.case import demo as demo_room
from gui.case import opening as cases
from gui.photos.table_model import Column
from gui.refusals.model import RefusalColumn
from gui.widgets.workers import SynchronousRunner
from tests.helpers.gui import refusal_cells


def new_window(qtbot) -> MainWindow:
    window = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(window)
    return window


def small_case(folder: Path, title: str) -> Path:
    with Case.create(folder, title=title, timezone="Asia/Almaty", actor="test") as case:
        return case.root


def test_first_start_builds_the_demo_case_and_opens_it(qtbot, skver_data_dir):
    busy: list[str] = []

    class NotesTheStatusBar(SynchronousRunner):
        def start(self, job) -> None:
            if not window.busy.isHidden():
                busy.append(window.busy.label.text())
            super().start(job)

    window = MainWindow(runner=NotesTheStatusBar())
    qtbot.addWidget(window)
    window.open_startup_case()
    assert busy == ["Building the demo case (first start)…"]
    folder = demo_room.folder()
    assert folder == skver_data_dir / demo_room.FOLDER  # the test's data folder, not the user's
    assert demo_room.is_case(folder)
    assert window.windowTitle() == demo.TITLE
    assert window.photos.model.rowCount() == 12
    assert not window.tabs.tabBar().isHidden()
    assert [window.tabs.tabText(i) for i in range(2)] == ["Photos", "Refusals"]
    assert refusal_cells(window, RefusalColumn.VERDICT) == [
        "Photos inconsistent with the stated ground (with limits)"] * 4
    assert window.busy.isHidden()
    assert window.count_label.text() == \
        "11 photos, 1 video · 4 refusals, 4 inconsistent with the ground"
    assert cases.RecentCases().last().path == str(folder)


def test_selecting_a_refusal_shows_its_excuse_window_and_reasons(window, demo_case):
    window.open_case(str(demo_case))
    numbers = refusal_cells(window, RefusalColumn.DOCUMENT)
    window.refusals.select_row(numbers.index("DEMO-2022/088"))
    claim = window.refusals.current_claim()
    text = window.refusals.detail.toPlainText()
    assert claim.claim.document_number == "DEMO-2022/088"
    assert claim.reasons and all(render(reason) in text for reason in claim.reasons)
    assert "запланировано проведение культурного мероприятия" in text  # the excuse as written
    assert "2022-08-20 18:00 – 22:00" in text  # local (Almaty was UTC+6 in 2022)
    assert "2022-08-20 12:00 – 16:00" in text  # UTC
    assert "Photos inconsistent with the stated ground" in text and "Gaps with no photo" in text
    # the verdict's basis and limits, and the photo in the window that does not count
    assert "4 photos, 1 video counted (5 deciding); 64% of the window" in text
    assert "Limited by: the venue's position is approximate" in text
    assert "Photos not counted" in text
    assert "taken in the window, but the file records no GPS position" in text
    assert refusal_cells(window, RefusalColumn.PHOTOS)[numbers.index("DEMO-2022/088")] == "5"
    assert refusal_cells(window, RefusalColumn.COVERAGE)[numbers.index("DEMO-2022/088")] == "64%"


def test_the_photos_tab_shows_the_case_photos_with_thumbnail_and_observations(window,
                                                                             demo_case):
    window.open_case(str(demo_case))
    assert window.photos.model.rowCount() == 12
    assert window.photos.proxy.index(0, Column.FILE).data() == "1 · IMG_0001.jpg"
    window.photos.select_row(0)
    html = window.photos.detail.toHtml()
    text = window.photos.detail.toPlainText()
    assert "derived/thumbs/" in html and "<img" in html
    assert "На плитке лежит садовый шланг" in text
    assert "no repair activity, access open, 0 people" in text
    assert "DEMO-2022/061: inconsistent with the stated ground" in text
    assert "Asia/Almaty" in text  # the zone behind the offset, found again from the position
    # Its custody history: the import that stored it and the observation recorded on it.
    history = text[text.index("Custody history"):]
    assert "imported (original stored)" in history and "observation recorded" in history
    assert "skver-demo" in history


def test_reopening_uses_the_remembered_case_without_building_the_demo(qtbot, demo_case):
    first = new_window(qtbot)
    first.open_case(str(demo_case))
    first.close()
    second = new_window(qtbot)
    second.open_startup_case()
    assert second.session.state is not None and second.session.state.root == str(demo_case)
    assert second.windowTitle() == demo.TITLE
    assert not demo_room.folder().exists()


def test_a_recent_case_whose_folder_was_deleted_is_pruned(window, tmp_path):
    kept = small_case(tmp_path / "kept", "Kept & used")
    gone = small_case(tmp_path / "gone", "Gone")
    window.open_case(str(kept))
    window.open_case(str(gone))
    shutil.rmtree(gone)
    window.shell.recent_menu.rebuild()
    assert [a.text() for a in window.shell.recent_menu.actions()] == ["&1 Kept && used — kept"]
    remembered = json.loads(settings.RECENT_CASES.get())
    assert [entry["path"] for entry in remembered] == [str(kept)]
    window.shell.recent_menu.actions()[0].trigger()
    assert window.windowTitle() == "Kept & used"


def test_when_the_last_case_is_gone_the_demo_opens(qtbot, tmp_path):
    gone = small_case(tmp_path / "gone", "Gone")
    cases.RecentCases().remember(str(gone), "Gone")
    shutil.rmtree(gone)
    window = new_window(qtbot)
    window.open_startup_case()
    assert window.windowTitle() == demo.TITLE


def test_only_eight_recent_cases_are_kept(tmp_path):
    recent = cases.RecentCases()
    for n in range(10):
        recent.remember(str(small_case(tmp_path / f"c{n}", f"Case {n}")), f"Case {n}")
    assert [e.title for e in recent.entries()] == [f"Case {n}" for n in range(9, 1, -1)]


def test_a_folder_that_is_not_a_case_says_so_and_keeps_the_open_case(window, demo_case,
                                                                      tmp_path, monkeypatch):
    window.open_case(str(demo_case))
    plain = tmp_path / "holiday photos"
    plain.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(plain))
    window.actions.open_case.trigger()
    assert window.shell.error_box is not None
    assert window.shell.error_box.text().startswith(f"{plain} is not a Skver case")
    assert "is not a Skver case" in window.statusBar().currentMessage()
    assert window.windowTitle() == demo.TITLE and window.photos.model.rowCount() == 12
    assert [e.path for e in cases.RecentCases().entries()] == [str(demo_case)]
    window.shell.error_box.close()


def test_a_bug_while_opening_a_case_reaches_the_crash_dialog(window, demo_case, monkeypatch):
    def broken(case):
        raise RuntimeError("the snapshot broke")

    reported: list[str] = []
    monkeypatch.setattr(CaseEngine, "read", broken)
    monkeypatch.setattr(crash, "report_bug", lambda details, parent=None: reported.append(details))
    window.open_case(str(demo_case))
    assert len(reported) == 1 and "RuntimeError: the snapshot broke" in reported[0]
    assert window.session.state is None and window.busy.isHidden()


def test_files_inspected_beside_a_case_stay_out_of_it(window, demo_case, photos):
    window.open_case(str(demo_case))
    counts = window.count_label.text()
    window.intake.inspect_paths([str(p) for p in photos.values()])
    assert window.intake.inspector.model.rowCount() == 3
    assert window.photos.model.rowCount() == 12  # the case's photos, and only they
    assert all(window.photos.model.case_photo(r) is not None for r in range(11))
    assert window.count_label.text() == counts
    window.open_case(str(demo_case))  # shown anew: still none of them
    assert window.photos.model.rowCount() == 12 and window.count_label.text() == counts


def test_the_file_menu_offers_cases_by_keyboard(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert texts[:4] == ["New case…", "Open case…", "Open demo case", "Recent cases"]
    assert window.actions.open_case.shortcut().toString() == "Ctrl+Shift+C"
    assert window.actions.new_case.shortcut().toString() == "Ctrl+N"
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(window.actions.quit))
                 if not a.shortcut().isEmpty()]
    assert set(window.actions.all()) <= set(window.findChildren(type(window.actions.quit)))
    assert len(shortcuts) == len(set(shortcuts))
