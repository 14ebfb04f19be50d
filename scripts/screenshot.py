"""Saves a picture of the main window, with a case open, or of the Inspect window with some
files inspected, for the docs.

    xvfb-run -a .venv/bin/python scripts/screenshot.py docs/screenshots/inspect-window.png PATHS...
    xvfb-run -a .venv/bin/python scripts/screenshot.py --demo --tab refusals --select 2 \\
        docs/screenshots/refusals.png
    xvfb-run -a .venv/bin/python scripts/screenshot.py --demo --grid --select 9 \\
        docs/screenshots/photo-grid.png
    xvfb-run -a .venv/bin/python scripts/screenshot.py --demo --tab map --claim 3 \\
        docs/screenshots/map-tab.png
    xvfb-run -a .venv/bin/python scripts/screenshot.py --demo --tab statistics \\
        docs/screenshots/statistics.png
    xvfb-run -a .venv/bin/python scripts/screenshot.py --demo --tab venues --select 1 \\
        docs/screenshots/venues.png
    xvfb-run -a .venv/bin/python scripts/screenshot.py --demo --tab venue-form --select 2 \\
        docs/screenshots/venue-form.png
    xvfb-run -a .venv/bin/python scripts/screenshot.py --demo --tab export --claim 3 \\
        docs/screenshots/export-dialog.png
    xvfb-run -a .venv/bin/python scripts/screenshot.py --demo --tab refusal-from-photos \\
        --photos 5,6,8,9 docs/screenshots/refusal-from-photos.png
    xvfb-run -a .venv/bin/python scripts/screenshot.py --case ENCRYPTED --tab passphrase \\
        passphrase-dialog.png
    SKVER_PASSPHRASE=... xvfb-run -a .venv/bin/python scripts/screenshot.py --case ENCRYPTED \\
        --lock locked.png

Runs the work synchronously so the picture shows a finished run. The user's saved window
settings and data folder are neither read nor changed: both live in a temporary folder, and
`--demo` builds the demo case there.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from evidence import demo
from evidence.model import Tag
from gui.app import i18n, identity
from gui.app.main_window import MainWindow
from gui.widgets.workers import SynchronousRunner


def show_map(window: MainWindow, claim: int | None, photo: int | None) -> None:
    """Opens the Map tab and waits (up to 30 s) for its page to say it is ready."""
    if claim is not None:
        window.map.show_claim(claim)
    if photo is not None:
        window.map.select_photo(photo)
    window.tabs.setCurrentWidget(window.map)
    for _ in range(300):
        if window.map.gate.is_open:
            break
        QTest.qWait(100)
    QTest.qWait(1500)  # the view fits and draws after it says it is ready


def show_venues(window: MainWindow, row: int, form: bool) -> None:
    """Opens the Venues tab with the venue in `row` selected (and its form open), map drawn."""
    window.tabs.setCurrentWidget(window.venues)
    window.venues.table.selectRow(row)
    for _ in range(300):
        if window.venues.map.gate.is_open:
            break
        QTest.qWait(100)
    if form:
        window.venues.edit_current()
        window.venues.form.place_button.click()
    QTest.qWait(1500)


NOTES = {"en": "Square open, nobody at work", "ru": "Площадь открыта, работ нет",
         "kk": "Алаң ашық, жұмыс жоқ"}


def tag_typed(window: MainWindow, lang: str) -> None:
    """The current photo's tagging form as the keys fill it, not yet saved: two tags ticked,
    a people count and a note."""
    panel = window.photos.tagging
    for tag in (Tag.NO_REPAIR_ACTIVITY, Tag.ACCESS_OPEN):
        if not panel.boxes[tag].isChecked():
            panel.toggle(tag)
    panel.people.setValue(0)
    panel.note.setText(NOTES[lang])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="PNG file to write")
    parser.add_argument("paths", nargs="*", help="photos or folders to inspect (the picture is "
                        "of the Inspect window, its --select row shown)")
    parser.add_argument("--case", help="a case folder to open first")
    parser.add_argument("--demo", action="store_true", help="build the demo case and open it")
    parser.add_argument("--tab", choices=("photos", "refusals", "map", "statistics", "export",
                                           "refusal-form", "new-case", "venues", "venue-form",
                                           "passphrase", "refusal-from-photos", "tagging"),
                        default="photos", help="export: the Export dialog (--claim ticked); "
                        "refusal-form: the form editing the --select row; new-case: its dialog; "
                        "tagging: the --select photo being tagged (two tags, a count, a note)")
    parser.add_argument("--filter-venue", default=None,
                        help="with --tab refusals: only this venue's (slug) refusals")
    parser.add_argument("--claim", type=int, default=None,
                        help="with --tab map: show this refusal's claim id on the map")
    parser.add_argument("--photo", type=int, default=None,
                        help="with --tab map: open this photo's popup")
    parser.add_argument("--select", type=int, default=0, help="table row shown in detail")
    parser.add_argument("--photos", default="",
                        help="with --tab refusal-from-photos: the photo ids chosen, e.g. 5,6,8")
    parser.add_argument("--name", default="Aigerim Bekova",
                        help="who is working, as the window asks it (the status bar shows it)")
    parser.add_argument("--grid", action="store_true", help="show the photos as thumbnails")
    parser.add_argument("--lock", action="store_true",
                        help="lock the (encrypted) case once open: the locked screen")
    parser.add_argument("--size", default="1280x760", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--lang", choices=("en", "ru", "kk"), default="en",
                        help="the interface language")
    args = parser.parse_intermixed_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Skver")
    app.setOrganizationName("Skver")
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        os.environ["SKVER_DATA_DIR"] = scratch  # no signing key of the user's is read
        i18n.install(args.lang)
        identity.remember(args.name)
        window = MainWindow(SynchronousRunner())
        window.resize(width, height)
        window.show()
        case = demo.build(Path(scratch) / "demo-case") if args.demo else args.case
        if case:
            window.open_case(str(case))
        if args.paths:
            window.intake.inspect_paths(args.paths)
        if args.tab in ("refusals", "refusal-form"):
            window.tabs.setCurrentWidget(window.refusals)
            if args.filter_venue:
                window.refusals.set_filter(venue=args.filter_venue)
            window.refusals.select_row(args.select)
            if args.tab == "refusal-form":
                window.refusal_actions.edit()
        elif args.tab == "refusal-from-photos":
            window.refusal_actions.add_from_photos(
                [int(n) for n in args.photos.split(",") if n.strip()])
        elif args.tab == "passphrase":
            pass  # an encrypted --case without SKVER_PASSPHRASE: its dialog is open
        elif args.tab == "new-case":
            window.actions.new_case.trigger()
        elif args.tab == "map":
            show_map(window, args.claim, args.photo)
        elif args.tab == "statistics":
            window.tabs.setCurrentWidget(window.statistics)
        elif args.tab in ("venues", "venue-form"):
            show_venues(window, args.select, args.tab == "venue-form")
        elif args.tab == "export":
            shown = window.exports.export()
            if shown is not None and args.claim is not None:
                shown.choose(kind="pdf", lang="kk", claim_ids=[args.claim])
        else:
            if args.grid:
                window.photos.toggle.grid_button.click()
            window.photos.select_row(args.select)
            if args.tab == "tagging":
                tag_typed(window, args.lang)
        QTest.qWait(500)  # let layout and painting settle before grabbing
        # Thumbnails are read on worker threads: wait until they have all come in.
        for _ in range(100):
            if not window.photos.grid_model.loader.busy():
                break
            QTest.qWait(50)
        QTest.qWait(200)
        if args.lock:
            window.case_lock.lock_now()
            QTest.qWait(300)
        if args.paths and window.intake.inspector is not None:
            window.intake.inspector.resize(width, height)
            window.intake.inspector.select_row(args.select)
            QTest.qWait(300)
        dialog = {"passphrase": window.shell.passphrase_dialog,
                  "export": window.exports.export_dialog,
                  "refusal-form": window.refusal_actions.form,
                  "refusal-from-photos": window.refusal_actions.form,
                  "new-case": window.shell.new_case_dialog,
                  "venue-form": window.venues.form}.get(args.tab)
        if args.paths:
            dialog = window.intake.inspector
        ok = (dialog or window).grab().save(args.out)
        window.close()
    print(f"{'saved' if ok else 'could not save'} {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
