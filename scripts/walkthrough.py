"""Replays a first-time user's path through the real window, in a chosen language.

    xvfb-run -a .venv/bin/python scripts/walkthrough.py --lang ru --shots /tmp/walk-ru
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/walkthrough.py --lang kk

No case is open at first; then, through the window's own actions, buttons and dialogs (typed
into with QTest, the file dialogs too): a new case, a folder of real camera photos imported
into it (nine Nikon photos of the shared corpus, or --photos), a venue placed from a photo's
GPS, the photos tagged with the keyboard (tags, people, a note, Enter), a new refusal from the
photos' times with its letter's details typed in, its verdict in the Refusals tab, an evidence
bundle and a PDF report exported, and the bundle verified against that report. The work runs on
the window's real worker threads.

Each step is named in the chosen language with the window's own words (the action, the button,
the dialog or the tab it goes through), and after it the case is checked as the window's session
holds it: the photos, observations and refusals counted, and what was typed kept as typed; at the
end the case is read back from disk. The first step that does not hold is named and the exit code
is 1. Nothing of the user's is read or changed: settings and data folder live in a temporary
folder (`--keep` keeps it, for a look at the case).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, qInstallMessageHandler
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from evidence import store
from evidence.model import Observation, Tag
from evidence.store import Case
from gui.app import application, crash, i18n
from gui.app.main_window import MainWindow
from gui.app.reviewer import NameDialog
from gui.case.export_dialog import ExportDialog
from gui.case.verify_dialog import BundleVerifyDialog
from gui.widgets import vocabulary

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "exif-samples"
# Three of the nine Nikon COOLPIX P6000 photos (GPS; a camera clock a day behind the GPS clock),
# within 100 m of one another.
PHOTOS = ("jpg/gps/DSCN0010.jpg", "jpg/gps/DSCN0012.jpg", "jpg/gps/DSCN0021.jpg")
TAGS = (Tag.NO_REPAIR_ACTIVITY, Tag.ACCESS_OPEN)
WAIT_S = 60.0

T = TypeVar("T")


@dataclass(frozen=True)
class Typed:
    """What the user types, in the language of the walk-through (a person types their own)."""

    name: str
    title: str
    source: str
    venue: str
    note: str
    authority: str
    excuse: str


TYPED = {
    "en": Typed("Aigerim Bekova", "Walk-through: square visits 2008", "SD card of the Nikon",
                "Walk-through square", "Square open, nobody at work, no fencing",
                "Akimat of Almaty",
                "В связи с проведением ремонтных работ на площади проведение митинга невозможно."),
    "ru": Typed("Айгерим Бекова", "Проверка: посещения площади 2008", "SD-карта Nikon",
                "Площадь проверки", "Площадь открыта, работ нет, ограждений нет",
                "Акимат города Алматы",
                "В связи с проведением ремонтных работ на площади проведение митинга невозможно."),
    "kk": Typed("Әйгерім Бекова", "Тексеру: алаңға барулар 2008", "Nikon SD-картасы",
                "Тексеру алаңы", "Алаң ашық, жұмыс жоқ, қоршау жоқ",
                "Алматы қаласының әкімдігі",
                "Алаңда жөндеу жұмыстары жүргізілуіне байланысты митинг өткізу мүмкін емес."),
}
DOCUMENT = ("ЗТ-2008/117", "2008-10-20")
PEOPLE = 0


def in_effect(data: store.CaseData) -> list[Observation]:
    """Every observation in effect, photo by photo."""
    return [o for photo_id in sorted(data.observations) for o in data.observations[photo_id]]


class StepFailed(Exception):
    """A step did not do what it should have; says what."""


def plain(text: str) -> str:
    """An action's or button's text as a user reads it: no '&' accelerator, no ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


# The last line of each bug's traceback the crash dialog showed: the step then fails with it.
BUGS: list[str] = []


def catch_bugs() -> QTimer:
    """Closes the crash dialog (Skver hit a bug) as soon as it shows, keeping its traceback's
    last line, so the walk-through names the step it broke instead of waiting on it."""
    def look() -> None:
        for box in QApplication.topLevelWidgets():
            if (isinstance(box, QMessageBox) and box.isVisible() and box.detailedText()
                    and box.icon() == QMessageBox.Icon.Critical):
                BUGS.append(box.detailedText().strip().splitlines()[-1])
                box.done(0)

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(100)
    return timer


def wait_for(condition: Callable[[], T], what: str, timeout: float = WAIT_S) -> T:
    """Lets the window work until `condition()` is true (its value), or fails saying `what`."""
    deadline = time.monotonic() + timeout
    while True:
        if BUGS:
            raise StepFailed(f"Skver hit a bug: {BUGS[-1]}")
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise StepFailed(f"waited {timeout:.0f} s for {what}")
        QTest.qWait(20)


def shown(kind: type[T]) -> T | None:
    """The visible top-level window of this kind (the latest made), if any."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def type_text(widget: QWidget, text: str) -> None:
    """Types `text` key by key; a letter outside ASCII (Cyrillic, Kazakh) as a keyboard in that
    layout sends it: its key code and its text (QTest's own typing takes ASCII alone)."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, ord(char.upper()),
                                                     Qt.KeyboardModifier.NoModifier, char))


def type_into(field: QWidget, text: str) -> None:
    """Clicks into a field, selects what it holds and types `text` over it."""
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)


def click(button: QAbstractButton) -> None:
    if not button.isEnabled():
        raise StepFailed(f"the button “{plain(button.text())}” is disabled")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


class FileDialogAnswer:
    """Answers the next file dialog (a static QFileDialog runs its own loop): `path` typed
    into its file name field, any completion offered put away, then Enter. `check()`, once
    the dialog is over, fails unless that path is what the dialog chose."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.chosen: list[str] | None = None
        self.typed = ""
        self.started = time.monotonic()
        QTimer.singleShot(50, self._look)

    def _look(self) -> None:
        dialog = shown(QFileDialog)
        if dialog is None:
            if time.monotonic() - self.started < WAIT_S:
                QTimer.singleShot(50, self._look)
            return
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        if field is None:
            dialog.reject()
            return
        dialog.filesSelected.connect(self._chosen)
        type_into(field, self.path)
        completer = field.completer()
        if completer is not None and completer.popup().isVisible():
            completer.popup().hide()
        self.typed = field.text()
        QTest.keyClick(field, Qt.Key.Key_Return)

    def _chosen(self, files: list[str]) -> None:
        self.chosen = list(files)

    def check(self) -> None:
        if self.chosen is None:
            raise StepFailed(f"the file dialog did not take {self.path} (typed {self.typed!r})")
        if [os.path.abspath(f) for f in self.chosen] != [os.path.abspath(self.path)]:
            raise StepFailed(f"the file dialog chose {self.chosen}, typed {self.typed!r}")


def trigger(action: QAction) -> None:
    if not action.isEnabled():
        raise StepFailed(f"“{plain(action.text())}” is disabled")
    action.trigger()


class Walkthrough:
    """The path, step by step, in one window; `run()` returns the exit code."""

    def __init__(self, lang: str, scratch: Path, photos: list[Path], shots: Path | None,
                 say: Callable[[str], None] = print) -> None:
        self.lang, self.scratch, self.photos, self.shots, self.say = \
            lang, scratch, photos, shots, say
        self.typed = TYPED[lang]
        self.window = MainWindow()  # the real worker threads
        self.window.resize(1400, 900)
        self.step_number = 0
        self.step_name = ""
        self.photo_ids: list[int] = []
        self.claim_id: int | None = None
        self.bundle = scratch / "exports" / "walkthrough-bundle.zip"
        self.report = scratch / "exports" / "walkthrough-report.pdf"

    # --- running ----------------------------------------------------------------------------

    def run(self) -> int:
        steps = (self.start, self.new_case, self.import_folder, self.add_venue, self.tag_photos,
                 self.refusal_from_photos, self.see_verdict, self.export_bundle,
                 self.export_report, self.verify_bundle, self.read_back)
        watcher = catch_bugs()
        self.window.show()
        self.window.activateWindow()
        QTest.qWaitForWindowActive(self.window, 2000)
        try:
            for step in steps:
                step()
                if BUGS:
                    raise StepFailed(f"Skver hit a bug: {BUGS[-1]}")
                self._shot()
        except StepFailed as failed:
            self.say(f"FAILED at step {self.step_number} “{self.step_name}”: {failed}")
            self._shot("failed")
            return 1
        finally:
            self._close()
            watcher.stop()
        self.say(f"OK: {self.step_number} steps, nothing lost.")
        return 0

    def begin(self, name: str) -> None:
        self.step_number += 1
        self.step_name = name
        self.say(f"{self.step_number:2d}. {name}")

    def check(self, condition: bool, why: str) -> None:
        if not condition:
            raise StepFailed(why)

    def counts(self, photos: int, observations: int, refusals: int) -> None:
        """The case as the session holds it has these many; the status bar says it."""
        state = self.window.session.state
        self.check(state is not None, "no case is open")
        assert state is not None
        found = (len(state.photos), len(in_effect(state.data)), len(state.claims))
        self.check(found == (photos, observations, refusals),
                   f"expected {photos} photos, {observations} observations, {refusals} "
                   f"refusals; the case holds {found[0]}, {found[1]}, {found[2]}")
        self.say(f"    {self.window.count_label.text()}")

    def _shot(self, name: str | None = None) -> None:
        if self.shots is None:
            return
        self.shots.mkdir(parents=True, exist_ok=True)
        QTest.qWait(150)
        label = name or f"{self.step_number:02d}"
        self.window.grab().save(str(self.shots / f"{label}-{self.lang}.png"))

    def _close(self) -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, (QDialog, QMessageBox)) and box.isVisible():
                box.close()
        self.window.session.wait(10_000)
        self.window.close()
        QTest.qWait(50)

    # --- the steps --------------------------------------------------------------------------

    def start(self) -> None:
        empty = self.window.photos.empty_state
        self.begin(empty.heading.text())
        self.check(self.window.session.state is None, "a case is open at the start")
        self.check(not self.window.tabs.tabBar().isVisible(), "the tabs show with no case")
        self.check(not self.window.actions.import_folder.isEnabled(),
                   "Import is offered with no case to import into")

    def new_case(self) -> None:
        window = self.window
        button = next(b for b in window.photos.empty_state.start_buttons
                      if b.text() == window.actions.new_case.text())
        self.begin(plain(button.text()))
        click(button)
        dialog = wait_for(lambda: window.shell.new_case_dialog, "the New case dialog")
        self.check(dialog.isVisible(), "the New case dialog did not open")
        type_into(dialog.folder, str(self.scratch / "cases" / "walkthrough"))
        type_into(dialog.title, self.typed.title)
        click(dialog.create_button)
        asked = wait_for(lambda: shown(NameDialog), "the question of who is working")
        type_into(asked.name, self.typed.name)
        click(asked.save_button)
        state = wait_for(lambda: window.session.state, "the new case to open")
        self.check(not dialog.isVisible(), "the New case dialog stayed open")
        self.check(state.title == self.typed.title,
                   f"the case's title is {state.title!r}, typed {self.typed.title!r}")
        self.check(self.typed.name in window.reviewer.button.text(),
                   "the status bar does not say who is working")
        self.counts(0, 0, 0)

    def import_folder(self) -> None:
        window = self.window
        folder = self.scratch / "visit"
        folder.mkdir()
        for photo in self.photos:
            shutil.copy2(photo, folder / photo.name)
        button = window.photos.empty_state.import_folder  # the empty case offers Import
        action = window.actions.import_folder
        self.begin(plain(action.text()))
        self.check(button.isVisible(), "the empty case does not offer Import")
        self.check(self.typed.title in action.text(), "Import does not name the case")
        answer = FileDialogAnswer(str(folder))
        click(button)
        answer.check()
        source = wait_for(lambda: window.intake.source_dialog, "the import's source question")
        self.check(source.isVisible(), "the import's source question did not open")
        type_into(source.label, self.typed.source)
        click(source.import_button)
        summary = wait_for(lambda: window.intake.import_summary, "the import to finish")
        wait_for(lambda: window.session.is_idle(), "the imported photos to be read")
        summary.close()
        self.counts(len(self.photos), 0, 0)
        state = window.session.state
        assert state is not None
        names = sorted(p.name for p in state.photos)
        self.check(names == sorted(p.name for p in self.photos), f"imported {names}")
        self.check(window.photos.model.rowCount() == len(self.photos),
                   "the Photos table does not list every photo")
        self.photo_ids = [p.id for p in state.photos]
        entries = [e for e in state.data.log or () if e.action == "import"]
        self.check(all(self.typed.source in str(e.details) for e in entries) and entries,
                   "the custody log does not name the source typed")

    def add_venue(self) -> None:
        window = self.window
        venues = window.venues
        window.tabs.setCurrentWidget(venues)
        before = len(window.session.state.data.venues)  # type: ignore[union-attr]
        click(venues.add_button)
        form = wait_for(lambda: venues.form, "the venue form")
        self.begin(f"{window.tabs.tabText(window.tabs.indexOf(venues))}: "
                   f"{form.windowTitle()}")
        type_into(form.slug, "walkthrough-square")
        name_field = {"en": form.name_en, "ru": form.name_ru, "kk": form.name_kk}[self.lang]
        type_into(name_field, self.typed.venue)
        if self.lang != "en":
            type_into(form.name_en, TYPED["en"].venue)
        type_into(form.city, "Cortona")
        self.check(form.photo_choice.count() == len(self.photos),
                   "the form does not offer every photo's GPS")
        click(form.photo_button)
        type_into(form.radius.lineEdit(), "300")
        form.radius.interpretText()
        click(form.save_button)
        wait_for(lambda: venues.form is None, "the venue to be saved")
        state = window.session.state
        assert state is not None
        self.check(len(state.data.venues) == before + 1, "no venue was added")
        venue = next((v for v in state.data.venues if v.slug == "walkthrough-square"), None)
        self.check(venue is not None, "the venue's slug was not kept")
        assert venue is not None
        kept = {"en": venue.name_en, "ru": venue.name_ru, "kk": venue.name_kk}[self.lang]
        self.check(kept == self.typed.venue, f"the venue's name is {kept!r}")
        self.check(venue.radius_m == 300.0, f"the venue's radius is {venue.radius_m}")
        first = next(p for p in state.photos if p.id == state.photos[0].id)
        lon, lat = venue.geometry["coordinates"][:2]
        self.check(abs(lat - (first.latitude or 0)) < 1e-5 and
                   abs(lon - (first.longitude or 0)) < 1e-5,
                   "the venue is not where the photo was taken")
        self.venue_id = venue.id
        if self.shots is not None:  # the picture with the venue's map drawn
            wait_for(lambda: venues.map.gate.is_open, "the venues' map", timeout=30)
            QTest.qWait(1000)
        self.counts(len(self.photos), 0, 0)

    def tag_photos(self) -> None:
        window = self.window
        photos = window.photos
        window.tabs.setCurrentWidget(photos)
        photos.toggle.table_button.click()
        panel = photos.tagging
        self.begin(f"{window.tabs.tabText(window.tabs.indexOf(photos))}: "
                   + ", ".join(vocabulary.tag(t.value) for t in TAGS))
        table = photos.table
        first = table.visualRect(photos.proxy.index(0, 1))
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
        tagged: list[int] = []
        for _ in self.photo_ids:
            photo_id = photos.current_photo_id()
            self.check(photo_id is not None and photo_id not in tagged,
                       f"Enter did not move to the next photo (at {photo_id})")
            assert photo_id is not None
            tagged.append(photo_id)
            table.setFocus()
            for tag in TAGS:
                QTest.keyClick(table, str(list(Tag).index(tag) + 1))
            QTest.keyClick(table, Qt.Key.Key_P)
            self.check(window.focusWidget() in (panel.people, panel.people.lineEdit()),
                       "P did not go to the people count")
            QTest.keyClicks(panel.people, str(PEOPLE))
            QTest.keyClick(panel.people, Qt.Key.Key_N)
            self.check(window.focusWidget() is panel.note,
                       "N in People did not go on to the note")
            type_text(panel.note, self.typed.note)
            self.check(panel.draft().tags == set(TAGS), "the tag keys did not tick the tags")
            QTest.keyClick(panel.note, Qt.Key.Key_Return)
            wait_for(lambda: window.session.is_idle(), "the observation to be saved")
        state = wait_for(lambda: (s := window.session.state) is not None and len(
            in_effect(s.data)) == len(self.photo_ids) and s, "every observation to be saved")
        for observation in in_effect(state.data):
            self.check(observation.note == self.typed.note,
                       f"an observation's note is {observation.note!r}")
            self.check(set(observation.tags) == set(TAGS), "an observation's tags differ")
            self.check(observation.people_count == PEOPLE, "an observation's count differs")
            self.check(observation.reviewer == self.typed.name,
                       f"an observation is signed {observation.reviewer!r}")
        self.check(sorted(tagged) == sorted(self.photo_ids), "not every photo was tagged")
        self.counts(len(self.photos), len(self.photos), 0)

    def refusal_from_photos(self) -> None:
        window = self.window
        action = window.actions.refusal_from_photos
        self.begin(plain(action.text()))
        table = window.photos.table
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.check(sorted(window.photos.selected_photo_ids()) == sorted(self.photo_ids),
                   "Ctrl+A did not choose every photo")
        trigger(action)
        form = wait_for(lambda: window.refusal_actions.form, "the refusal form")
        self.check(form.isVisible(), "the refusal form did not open")
        self.check(form.venue.currentData() == self.venue_id,
                   "the form does not propose the photos' venue")
        self.check(bool(form.window_start.text()) and bool(form.window_end.text()),
                   "the form does not propose a window from the photos' times")
        window_typed = (form.window_start.text(), form.window_end.text())
        type_into(form.number, DOCUMENT[0])
        type_into(form.document_date.line, DOCUMENT[1])
        type_into(form.authority, self.typed.authority)
        type_into(form.excuse, self.typed.excuse)
        self.check(form.category.currentData() == "repair_works",
                   f"the excuse was read as {form.category.currentData()}")
        click(form.confirmed)
        click(form.save_button)
        wait_for(lambda: not form.isVisible(), "the refusal to be saved (the form says: "
                 f"{form.error.text()!r})", timeout=WAIT_S)
        state = wait_for(lambda: (s := window.session.state) is not None and s.claims and s,
                         "the refusal in the case")
        claim = state.claims[0].claim
        self.claim_id = state.claims[0].claim_id
        for field, kept, typed in (("number", claim.document_number, DOCUMENT[0]),
                                   ("date", claim.document_date, DOCUMENT[1]),
                                   ("authority", claim.authority, self.typed.authority),
                                   ("excuse", claim.excuse_text, self.typed.excuse),
                                   ("category", claim.category.value, "repair_works"),
                                   ("venue", claim.venue_id, self.venue_id)):
            self.check(kept == typed, f"the refusal's {field} is {kept!r}, typed {typed!r}")
        self.check(claim.category_source == "user", "the category is not marked confirmed")
        self.check(window_typed[0][:10] == "2008-10-23",
                   f"the window starts {window_typed[0]}, not on the GPS clock's day")
        self.counts(len(self.photos), len(self.photos), 1)

    def see_verdict(self) -> None:
        window = self.window
        refusals = window.refusals
        wait_for(lambda: window.tabs.currentWidget() is refusals or
                 (window.tabs.setCurrentWidget(refusals) or False), "the Refusals tab")
        state = window.session.state
        assert state is not None
        result = state.claims[0]
        verdict = vocabulary.verdict(result.verdict)
        self.begin(f"{window.tabs.tabText(window.tabs.indexOf(refusals))}: {verdict}")
        current = refusals.current_claim()
        self.check(current is not None and current.claim_id == self.claim_id,
                   "the new refusal is not the one shown")
        self.check(result.verdict.value == "contradicted",
                   f"the verdict is {result.verdict.value}, not contradicted")
        self.check(verdict in refusals.detail.toPlainText(),
                   "the refusal pane does not say the verdict")
        self.check(DOCUMENT[0] in refusals.detail.toPlainText(),
                   "the refusal pane does not name the document")
        self.counts(len(self.photos), len(self.photos), 1)

    def _export(self, kind: str, out: Path) -> None:
        window = self.window
        trigger(window.actions.export)
        dialog = wait_for(lambda: shown(ExportDialog), "the export dialog")
        dialog.kind.setFocus()
        index = dialog.kind.findData(kind)
        while dialog.kind.currentIndex() != index:  # as a user picks it: arrow keys
            QTest.keyClick(dialog.kind, Qt.Key.Key_Down if dialog.kind.currentIndex() < index
                           else Qt.Key.Key_Up)
        self.begin(f"{plain(window.actions.export.text())}: {dialog.kind.currentText()}")
        self.check(dialog.prepared_by.text() == self.typed.name,
                   f"“Prepared by” says {dialog.prepared_by.text()!r}")
        self.check(dialog.language.currentData() == self.lang,
                   "the export is not in the window's language")
        type_into(dialog.path, str(out))
        click(dialog.export_button)
        wait_for(lambda: not dialog.isVisible() or dialog.result_box is not None,
                 "the export to finish", timeout=2 * WAIT_S)
        box = wait_for(lambda: dialog.result_box,
                       f"the export to succeed (it says {dialog.message.text()!r})")
        self.check(out.is_file() and out.stat().st_size > 0, f"{out} was not written")
        self.check(str(out) in box.text(), "the result does not say where it was written")
        box.close()
        wait_for(lambda: window.session.is_idle(), "the export's custody entry")
        self.say(f"    {out.name}: {out.stat().st_size:,} bytes")
        self.counts(len(self.photos), len(self.photos), 1)

    def export_bundle(self) -> None:
        self.bundle.parent.mkdir(exist_ok=True)
        self._export("bundle", self.bundle)

    def export_report(self) -> None:
        self._export("pdf", self.report)
        with self.report.open("rb") as pdf:
            self.check(pdf.read(5) == b"%PDF-", "the report is not a PDF")

    def verify_bundle(self) -> None:
        window = self.window
        action = window.actions.verify_bundle
        self.begin(plain(action.text()))
        answer = FileDialogAnswer(str(self.bundle))
        trigger(action)
        answer.check()
        dialog = wait_for(lambda: shown(BundleVerifyDialog), "the verification")
        wait_for(lambda: dialog.job is None, "the bundle's check", timeout=2 * WAIT_S)
        self.check(dialog.problems.count() == 0,
                   "the bundle is not intact: " + dialog.text().replace("\n", " / "))
        # Held to the report exported beside it, as a court's copy would be.
        answer = FileDialogAnswer(str(self.report))
        click(dialog.choose_report)
        answer.check()
        self.check(dialog.filed_report == str(self.report), "the filed report was not chosen")
        click(dialog.check_again)
        wait_for(lambda: dialog.job is None and dialog.check_again.isEnabled(),
                 "the check against the report", timeout=2 * WAIT_S)
        self.check(dialog.problems.count() == 0,
                   "the bundle does not match its report: " + dialog.text().replace("\n", " / "))
        self.say(f"    {dialog.headline.text()}")
        dialog.close()

    def read_back(self) -> None:
        """The case read from disk as a new window would: everything typed is there."""
        state = self.window.session.state
        assert state is not None
        self.begin(plain(self.window.actions.verify_case.text()))
        self.window.session.wait(10_000)
        with Case.open(Path(state.root)) as case:
            data = store.read(case, with_log=True)
        others = sorted({e.actor for e in data.log or ()} - {self.typed.name})
        self.check(bool(data.log) and not others,
                   f"custody entries signed by {others}, not by {self.typed.name!r}")
        self.check(data.info.title == self.typed.title, "the title on disk differs")
        self.check(len(data.photos) == len(self.photos), "photos missing on disk")
        self.check([o.note for o in in_effect(data)] == [self.typed.note] * len(self.photos),
                   "observations missing on disk")
        self.check([c.excuse_text for c in data.claims] == [self.typed.excuse],
                   "the refusal is missing on disk")
        verdict = self.window.session.state.claims[0].verdict.value  # type: ignore[union-attr]
        self.say(f"    saved: photos={len(data.photos)} observations={len(in_effect(data))} "
                 f"refusals={len(data.claims)} verdict={verdict}")
        trigger(self.window.actions.verify_case)
        dialog = wait_for(lambda: self.window.exports.verify_dialog, "the case's check")
        wait_for(lambda: dialog.job is None, "the case's check", timeout=2 * WAIT_S)
        self.check(dialog.problems.count() == 0,
                   "the case does not verify: " + dialog.text().replace("\n", " / "))
        self.say(f"    {dialog.headline.text()}")
        dialog.close()
        wait_for(lambda: self.window.session.is_idle(), "the check's custody entry")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "ru", "kk"), default="en",
                        help="the interface language (the steps are named in it)")
    parser.add_argument("--shots", type=Path, default=None, metavar="DIR",
                        help="save a PNG of the window after each step here")
    parser.add_argument("--photos", type=Path, nargs="*", default=None,
                        help="the photos to import (default: three geotagged Nikon photos of "
                             "../shared/corpus)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder (the case, the exports) and print it")
    args = parser.parse_args(argv)
    photos = args.photos or [CORPUS / p for p in PHOTOS]
    missing = [str(p) for p in photos if not p.is_file()]
    if missing:
        print(f"walkthrough: no such photo: {', '.join(missing)}", file=sys.stderr)
        return 2
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    app = QApplication(sys.argv[:1])
    crash.install_excepthook()  # a bug in a slot shows the crash dialog, as in the app
    qInstallMessageHandler(application._log_qt_message)
    application.qt_log.setLevel(logging.ERROR)  # not the offscreen platform's chatter
    app.setApplicationName("Skver")
    app.setOrganizationName("Skver")
    scratch = Path(tempfile.mkdtemp(prefix="skver-walkthrough-"))
    try:
        settings = scratch / "settings"
        settings.mkdir()
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
        os.environ["SKVER_DATA_DIR"] = str(scratch / "data")  # no key of the user's is read
        i18n.install(args.lang)
        started = time.monotonic()
        code = Walkthrough(args.lang, scratch, photos, args.shots).run()
        print(f"    {time.monotonic() - started:.1f} s")
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
