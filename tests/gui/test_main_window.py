"""The main window as a user meets it: how to start, a case's empty state, the status bar's
counts, the menus, the About box, its size remembered."""

from __future__ import annotations

from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QFileDialog

from evidence import buildinfo
from evidence.importer import import_paths
from evidence.store import Case
from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.widgets.workers import SynchronousRunner
from tests.helpers.casework import add_claim, add_venue
from tests.helpers.photos import Shot, write_jpeg, write_photo


def test_an_empty_window_says_how_to_start(window):
    assert window.windowTitle() == "Skver"
    empty = window.photos.empty_state
    assert window.photos.stack.currentWidget() is empty
    assert empty.texts().splitlines() == [
        "No case is open",
        "A case keeps the photos of visits, the venues and the refusals of one matter, with a "
        "custody log of every change. Create one, open one, or look around the demo case.",
        "Inspect files only reads photos where they are, to check them before a visit or an "
        "import: nothing is kept.",
        "New case…", "Open case…", "Open demo case", "Inspect files (not evidence)…"]
    assert window.count_label.text() == ""  # no case, nothing to count


def test_a_new_empty_case_offers_import_into_it(window, qtbot, tmp_path, monkeypatch):
    root = tmp_path / "case"
    Case.create(root, title="Valikhanov Square, 1 May", timezone="Asia/Almaty",
                actor="tester").close()
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(root))
    empty = window.photos.empty_state
    assert window.photos.stack.currentWidget() is empty
    shown = empty.texts().splitlines()
    assert shown[0] == "The case “Valikhanov Square, 1 May” has no photos yet"
    assert f"Case folder: {root}" in shown
    assert shown[-3:] == ["Import photos…", "Import folder…", "Open demo case"]
    assert not any("Inspect" in line and line.endswith("…") and "File ▸" not in line
                   for line in shown)  # no Inspect button: that is not how photos get in
    assert empty.import_folder.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda parent, title, folder: asked.append(title) or "")
    qtbot.mouseClick(empty.import_folder, Qt.MouseButton.LeftButton)
    assert asked == ["Import a folder into “Valikhanov Square, 1 May”"]


def test_menus_offer_inspecting_and_quitting_by_keyboard(window):
    shortcuts = {a.text(): a.shortcut().toString() for a in
                 (window.actions.inspect_files, window.actions.inspect_folder, window.actions.quit)}
    assert shortcuts == {"Inspect files (not evidence)…": "Ctrl+O",
                         "Inspect a folder (not evidence)…": "Ctrl+Shift+O", "Quit": "Ctrl+Q"}
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Photos", "&Refusals", "&View", "&Help"]


def counted_case(root: Path, photos: int, refusals: int) -> Path:
    """A case of `photos` photos taken off the venue and `refusals` refusals they cannot test
    (no verdict is contradicted, no photo has a critical finding)."""
    folder = root.parent / f"{root.name}-photos"
    folder.mkdir()
    for n in range(photos):
        write_jpeg(folder / f"IMG_{n:04d}.jpg", gps=True, taken=f"2024:05:01 12:{n:02d}:00")
    with Case.create(root, title="Counted", timezone="Asia/Almaty", actor="t") as case:
        venue = add_venue(case)
        list(import_paths(case, [str(folder)], actor="t"))
        for n in range(refusals):
            add_claim(case, venue, "2024-05-01 12:00", "2024-05-01 14:00", "repair_works",
                      number=f"Z-{n}")
    return root


@pytest.mark.parametrize(("photos", "refusals", "english", "russian"), [
    (12, 1, "12 photos · 1 refusal", "12 фотографий · 1 отказ"),
    (1, 2, "1 photo · 2 refusals", "1 фотография · 2 отказа"),
    (2, 5, "2 photos · 5 refusals", "2 фотографии · 5 отказов"),
    (0, 0, "0 photos · 0 refusals", "0 фотографий · 0 отказов"),
])
def test_the_status_bar_counts_the_case_in_the_language_s_plural_forms(
        window, qtbot, tmp_path, photos, refusals, english, russian):
    root = counted_case(tmp_path / "case", photos, refusals)
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(root))
    assert window.count_label.text() == english
    assert window.count_label.toolTip() == f"{english}\n{root}"
    try:
        i18n.switch("ru")  # the committed Russian .qm: %n forms chosen by Qt for 1, 2 and 5
        assert window.count_label.text() == russian
    finally:
        i18n.switch("en")
    assert window.count_label.text() == english


def test_the_status_bar_adds_critical_photos_and_contradicted_refusals(window, demo_case,
                                                                         qtbot, tmp_path):
    window.open_case(str(demo_case))
    assert window.count_label.text() == \
        "11 photos, 1 video · 4 refusals, 4 inconsistent with the ground"
    try:
        i18n.switch("ru")
        said = window.count_label.text()
        assert said.startswith("11 фотографий, 1 видео · 4 отказа, "), said
        assert "inconsistent" not in said and "contradicted" not in said
    finally:
        i18n.switch("en")
    root = counted_case(tmp_path / "case", 2, 1)
    placeholder = write_photo(tmp_path / "zero.jpg", Shot(taken="2024:05:01 13:00:00",
                                                           lat=0.0, lon=0.0))
    with Case.open(root) as case:
        list(import_paths(case, [str(placeholder)], actor="t"))  # GPS 0°, 0°: critical
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(root))
    assert window.count_label.text() == "3 photos, 1 with critical findings · 1 refusal"


def test_the_count_gives_way_to_the_progress_of_an_import(window, qtbot, tmp_path):
    root = counted_case(tmp_path / "case", 1, 1)
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(root))
    window.show()
    qtbot.waitExposed(window)
    status = window.intake.importer.status
    status.begin()
    from gui.app import i18n

    i18n.install("en")   # as the app starts: the count grouped as English writes it
    status.set_total(1200)
    status.set_done(17)
    assert status.text() == "Importing 17 of 1,200 files"
    assert not status.bar.isTextVisible()  # the words are beside the bar, never cut inside it
    label = status.label
    qtbot.waitUntil(lambda: label.width() >= label.fontMetrics().horizontalAdvance(
        label.text()))
    assert label.minimumSizeHint().width() >= label.fontMetrics().horizontalAdvance(
        label.text())  # it is the count, not the progress, that gives way
    assert window.count_label.minimumSizeHint().width() <= 40
    status.end()


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
