"""The HTML report in Qt WebEngine: it draws its maps, fetches nothing, and runs no injection."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import QUrl

from evidence.store import Case
from reports import content, html
from tests.helpers.html_cases import EXIF_HOSTILE, HOSTILE, HOSTILE_CLAIM, hostile_case
from tests.helpers.webengine import IGNORE_NOISE, LOCAL_SCHEMES, Page, evaluate

pytestmark = IGNORE_NOISE  # the same machine messages as the map tests are let by
# What a browser may ask for while showing the report: its own file and the frames' srcdoc.
LOCAL = (*LOCAL_SCHEMES, "about:")


def write_moved_report(folder: Path) -> tuple[Path, content.Report]:
    """The hostile case's report, moved away from the case, which is then deleted."""
    root, _ = hostile_case(folder)
    with Case.open(root) as case:
        report = content.build(case, prepared_by=f"Lawyer {HOSTILE}")
    written = html.write_html(report, folder / "report.html")
    elsewhere = folder / "sent" / "report.html"
    elsewhere.parent.mkdir()
    shutil.move(written, elsewhere)
    shutil.rmtree(root)
    return elsewhere, report


def frame_value(qtbot, frame, script: str):
    """The script's value in one frame (an interactive map), as JSON."""
    with qtbot.waitCallback(timeout=10000) as callback:
        frame.runJavaScript(f"JSON.stringify({script})", 0, callback)
    return json.loads(callback.args[0])


def maps_drawn(qtbot, page: Page) -> list[int]:
    """How many venue shapes Leaflet drew in each map frame that has drawn its map yet."""
    counts = []
    for frame in page.mainFrame().children():
        if frame_value(qtbot, frame, "!!window.skverMap"):
            counts.append(frame_value(qtbot, frame, "document.querySelectorAll("
                                      "'.leaflet-container path.leaflet-interactive').length"))
    return counts


def test_the_report_draws_its_maps_offline_and_runs_nothing_injected(qtbot, browser,
                                                                     tmp_path):
    page_file, report = write_moved_report(tmp_path)
    with qtbot.waitSignal(browser.loadFinished, timeout=30000) as loaded:
        browser.load(QUrl.fromLocalFile(str(page_file)))
    assert loaded.args == [True]
    qtbot.waitUntil(lambda: len(maps_drawn(qtbot, browser)) == len(report.claims),
                    timeout=20000)
    assert all(count >= 1 for count in maps_drawn(qtbot, browser))
    # Every picture is in the file: each one decoded, none broken.
    sizes = evaluate(qtbot, browser, "Array.from(document.images).map("
                     "function (i) { return i.complete && i.naturalWidth > 0; })")
    # A map per refusal, and a picture per photo exhibit or a video exhibit's frames instead.
    pictures = [len(e.video.frames) if e.video else 1 for c in report.claims for e in c.exhibits]
    assert max(pictures) >= 6   # the demo's video
    assert sizes == [True] * (len(report.claims) + sum(pictures))
    # The hostile text shows as text; no element or handler came from it.
    body = evaluate(qtbot, browser, "document.body.innerText")
    assert "<script>alert(1)</script>" in body and "{{7*7}}" in body
    assert f"Software {EXIF_HOSTILE}" in body  # the EXIF text, shown as text
    assert evaluate(qtbot, browser, "document.querySelectorAll('style').length") == 1
    # One script element: the report's anchor, JSON data a browser never runs.
    assert evaluate(qtbot, browser, "document.scripts.length") == 1
    assert evaluate(qtbot, browser, "document.scripts[0].type") == "application/json"
    assert evaluate(qtbot, browser,
                    "JSON.parse(document.getElementById('skver-anchor').textContent)"
                    ".case_id") == report.case.id
    assert evaluate(qtbot, browser, "document.querySelectorAll('[onerror], img:not([src^="
                    "\"data:image/\"])').length") == 0
    hostile_frame = browser.mainFrame().children()[HOSTILE_CLAIM - 1]
    legend = frame_value(qtbot, hostile_frame, "document.querySelector('.skver-legend')"
                                               ".textContent")
    assert "Repair <script>alert(1)</script>" in legend and "{{7*7}}" in legend
    assert frame_value(qtbot, hostile_frame, "document.scripts.length") == 5
    # The hostile photo's popup (its camera and Software tag come from its EXIF) opened.
    photo_id = max(e.photo_id for c in report.claims for e in c.exhibits)
    assert frame_value(qtbot, hostile_frame, f"window.skverMap.openPhoto({photo_id})")
    popup = frame_value(qtbot, hostile_frame, "document.querySelector('.leaflet-popup')"
                                              ".textContent")
    assert f"Software {EXIF_HOSTILE}" in popup
    assert frame_value(qtbot, hostile_frame, "document.querySelectorAll('.leaflet-popup "
                                             "img[onerror], .leaflet-popup style').length") == 0
    assert browser.recorder.urls, "the interceptor saw nothing: it is not watching"
    assert [u for u in browser.recorder.urls if not u.startswith(LOCAL)] == []
    assert browser.alerts == [] and browser.errors == []
