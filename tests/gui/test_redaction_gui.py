"""The Redact dialog: a rectangle dragged on the shown photo, redacted in the original's pixels."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from evidence import derived, redaction, store
from evidence.redaction import Region
from evidence.store import Case
from gui.map.view import build_page
from gui.photos import redaction_jobs
from gui.photos.redaction_dialog import RedactionDialog
from maps import interactive
from tests.helpers.gui import case_state

PHOTO = 10


@pytest.fixture
def case_root(demo_case: Path, tmp_path: Path) -> Path:
    """A copy of the demo case this test may change."""
    return Path(shutil.copytree(demo_case, tmp_path / "case"))


def open_dialog(window, qtbot, root: Path) -> RedactionDialog:
    window.open_case(str(root))
    assert window.photos.select_photo(PHOTO)
    assert window.actions.redact.isEnabled()
    window.actions.redact.trigger()
    dialog = window.redactor.dialog
    assert dialog is not None and dialog.picture is not None
    qtbot.waitExposed(dialog)
    return dialog


def drag(dialog: RedactionDialog, start: QPoint, end: QPoint) -> tuple[float, ...]:
    """Drags on the view's viewport; the rectangle it means, in scene (original) pixels."""
    viewport = dialog.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    a, b = dialog.view.mapToScene(start), dialog.view.mapToScene(end)
    return a.x(), a.y(), b.x() - a.x(), b.y() - a.y()


def assert_near(region: Region, meant: tuple[float, ...]) -> None:
    got = (region.x, region.y, region.w, region.h)
    assert all(abs(g - m) <= 1 for g, m in zip(got, meant, strict=True)), (got, meant)


def stored_bytes(root: Path) -> bytes:
    with Case.open(root) as case:
        return case.files.read_bytes(store.photos.get(case, PHOTO).stored_path)


def test_a_dragged_rectangle_is_redacted_in_the_originals_pixels(window, qtbot, case_root):
    before = stored_bytes(case_root)
    dialog = open_dialog(window, qtbot, case_root)
    picture = dialog.picture
    # the photo is shown smaller than it is: the drag must be scaled back up
    assert picture.width < picture.full_width and dialog.view.transform().m11() < 1
    meant = drag(dialog, QPoint(120, 90), QPoint(260, 210))
    assert meant[2] > 100  # 140 screen pixels are more pixels of the original
    [region] = dialog.regions()
    assert_near(region, meant)
    dialog.reason.setCurrentIndex(dialog.reason.findData("plate"))
    dialog.reason.activated.emit(dialog.reason.currentIndex())
    dialog.method.setCurrentIndex(dialog.method.findData("black"))
    dialog.apply_button.click()
    assert not dialog.isVisible()
    with Case.open(case_root) as case:
        done = redaction.get(case, PHOTO)
        actions = [entry.action for entry in store.log.entries(case)]
    assert done is not None and done.method == "black"
    [saved] = done.regions
    assert_near(saved, meant)
    assert saved.reason == "plate"
    assert actions[-1] == "redaction-set"
    assert stored_bytes(case_root) == before
    assert window.photos.current_photo_id() == PHOTO
    assert "Redacted for reports" in window.photos.detail.toPlainText()


def test_proposals_count_only_when_ticked_and_remove_drops_the_redaction(
        window, qtbot, case_root, monkeypatch):
    proposed = [Region(10, 10, 50, 60, "face"), Region(400, 300, 80, 80, "face")]
    monkeypatch.setattr(redaction_jobs.face_proposals, "propose", lambda _original: proposed)
    dialog = open_dialog(window, qtbot, case_root)
    meant = drag(dialog, QPoint(300, 100), QPoint(400, 180))
    dialog.propose_button.click()
    assert dialog.list.count() == 3 and "2 faces proposed" in dialog.status.text()
    [drawn] = dialog.regions()  # the proposals are not ticked
    assert_near(drawn, meant)
    dialog.apply_button.click()
    with Case.open(case_root) as case:
        assert_near(redaction.get(case, PHOTO).regions[0], meant)
        assert len(redaction.get(case, PHOTO).regions) == 1

    dialog = open_dialog(window, qtbot, case_root)  # the saved redaction, to edit or remove
    assert dialog.list.count() == 1 and dialog.remove_button.isEnabled()
    assert_near(dialog.regions()[0], meant)
    dialog.remove_button.click()
    with Case.open(case_root) as case:
        assert redaction.get(case, PHOTO) is None
        assert [e.action for e in store.log.entries(case)][-1] == "redaction-removed"
    assert "Redacted for reports" not in window.photos.detail.toPlainText()


def test_a_ticked_proposal_counts_and_a_deleted_region_does_not(window, qtbot, case_root,
                                                                 monkeypatch):
    face = Region(10, 10, 50, 60, "face")
    monkeypatch.setattr(redaction_jobs.face_proposals, "propose", lambda _original: [face])
    dialog = open_dialog(window, qtbot, case_root)
    drag(dialog, QPoint(300, 100), QPoint(400, 180))
    dialog.propose_button.click()
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.list.setCurrentRow(0)
    dialog.delete_button.click()
    assert dialog.regions() == [face]
    dialog.apply_button.click()
    with Case.open(case_root) as case:
        assert redaction.get(case, PHOTO).regions == (face,)


def test_forgetting_the_case_closes_the_dialog(window, qtbot, case_root):
    """A locked case shows nothing of its photos, the one being redacted included."""
    dialog = open_dialog(window, qtbot, case_root)
    window.session.close()
    assert not dialog.isVisible() and window.redactor.dialog is None


def test_the_map_tab_shows_the_reviewer_the_original_and_the_exported_map_does_not(
        case_root, tmp_path):
    """Inside the window the reviewer sees what is really there (as in the Photos tab); the map
    written out of the same case carries only the redacted thumbnail."""
    with Case.open(case_root) as case:
        photo = store.photos.get(case, PHOTO)
        original = base64.b64encode(case.files.read_bytes(
            derived.thumbnail_relpath(photo.sha256))).decode()
        redaction.apply(case, PHOTO, [Region(0, 0, 200, 200, "face")], "black", "aigerim")
    assert original in build_page(case_state(case_root)).decode("utf-8")
    written = interactive.export(case_root, tmp_path / "map.html")
    assert written is not None and original not in written.read_text(encoding="utf-8")
