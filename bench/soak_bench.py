"""Soak and scale: a generated case of 10,000 small photos, 50 venues and 500 refusals, end to end.

Run as `.venv/bin/python bench/soak_bench.py [--photos 10000] [--venues 50] [--claims 500]
[--keep DIR]`, or `--compare 1000,10000` for the whole run at each size and the ratio of their
peak memory. Every step runs in a fresh process of its own, so its peak memory is its own:

  generate   small 320 × 240 JPEGs with EXIF and GPS, and a case with the venues and refusals
  import     evidence.importer with the command line's workers (one per core)
  observe    a reviewer's observation on a share of the photos, one at a time as the GUI saves
  analyze    analysis.analyze_case, and the result serialised to JSON as `analyze --json` does
  gui        MainWindow (offscreen) opens the case through its real loading path (a worker
             thread); time until the case is shown and the grid painted, the first screen of
             thumbnails, then the grid scrolled top to bottom a page at a time
  review     a reviewer in that window (table view): opening the case, 40 photos tagged from
             the keyboard (Enter to next photo ready, the save judged again, the longest
             freeze of the window), a burst of 10 tags all saved, a refusal added until its
             verdict shows; the bare writes beside them
  report     the PDF report of the refusal with the most exhibits
  export     the signed bundle of the whole case (photos stored) with that refusal's reports
  verify     the bundle checked as `verify case.zip` does

Seconds are the step's own work, timed inside its process (start-up and imports excluded; the
process's wall time is printed beside it). Memory: the step process's peak RSS (VmHWM) and the
peak of its whole process tree (worker processes included), sampled every 100 ms. Figures only;
nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from inspect_bench import _cpu_model, _memory_kib, _tree  # noqa: E402

STEPS = ("generate", "import", "observe", "analyze", "gui", "review", "report", "export",
         "verify")
CENTRE = (43.22, 76.90)          # Almaty
FIRST_DAY = datetime(2022, 1, 10, tzinfo=UTC)
LOCAL = timedelta(hours=6)       # Almaty was UTC+6 in 2022
WINDOW = (4, 14)                 # each refusal's window, UTC hours: 10:00-20:00 local
PER_FOLDER = 500
ACTOR = "soak-bench"
MIB = 1024 * 1024


# ---------------------------------------------------------------- the case


@dataclass(frozen=True)
class Plan:
    """Where and when each photo is, from the sizes alone (the same case every run)."""

    photos: int
    venues: int
    claims: int

    def venue_position(self, v: int) -> tuple[float, float]:
        """Venue v (0-based) on a grid about 500 m apart: 80 m circles never overlap."""
        return CENTRE[0] + 0.0045 * (v // 10), CENTRE[1] + 0.006 * (v % 10)

    def claim_venue(self, k: int) -> int:
        return k % self.venues

    def claim_day(self, k: int) -> datetime:
        return FIRST_DAY + timedelta(days=(k // self.venues) * 29 + k % 7)

    def with_exhibits(self) -> list[int]:
        """Seven refusals in ten have photos taken in their window; the others have none."""
        return [k for k in range(self.claims) if k % 10 < 7]

    def shot(self, i: int, rng: random.Random) -> tuple[Any, str]:
        """The Shot of photo i and what it is meant to show."""
        from evidence.synthetic import Shot

        role = i % 20
        if role < 12 and self.with_exhibits():      # in a refusal's window, at its venue
            k = rng.choice(self.with_exhibits())
            lat, lon = self.venue_position(self.claim_venue(k))
            when = self.claim_day(k) + timedelta(hours=rng.uniform(WINDOW[0] + 0.1,
                                                                   WINDOW[1] - 0.1))
            kind = "in-window"
        elif role < 16:                             # at a venue, on no refusal's day
            lat, lon = self.venue_position(rng.randrange(self.venues))
            when = FIRST_DAY - timedelta(days=rng.randrange(1, 300), hours=rng.uniform(0, 24))
            kind = "at-venue"
        else:                                       # anywhere in the city
            lat = CENTRE[0] + rng.uniform(-0.05, 0.05)
            lon = CENTRE[1] + rng.uniform(-0.05, 0.08)
            when = FIRST_DAY + timedelta(days=rng.uniform(0, 360))
            kind = "city"
        lat += rng.gauss(0, 0.0002)
        lon += rng.gauss(0, 0.0003)
        shot = Shot(taken=(when + LOCAL).strftime("%Y:%m:%d %H:%M:%S"), offset="+06:00",
                    lat=lat, lon=lon, accuracy=rng.choice([None, 5.0, 12.0]),
                    bearing=rng.uniform(0, 360), make="SoakCam", model="S1", size=(320, 240))
        finding = i % 50
        if finding == 1:
            shot.lat = shot.lon = shot.accuracy = shot.bearing = None
            kind += "+no-gps"
        elif finding == 2:
            shot.gps_time = (when + timedelta(minutes=15)).replace(tzinfo=None)
            kind += "+clock-skew"
        elif finding == 3:
            shot.software = "Adobe Photoshop 24.0 (Windows)"
            kind += "+edited"
        return shot, kind


def _picture(i: int, bases: list[Any]) -> Any:
    from PIL import ImageDraw

    image = bases[i % len(bases)].copy()
    draw = ImageDraw.Draw(image)
    x, y = (i * 37) % 260, (i * 53) % 180
    draw.rectangle((x, y, x + 60, y + 60), fill=((i * 7) % 256, (i * 11) % 256, (i * 13) % 256))
    return image


def _bases() -> list[Any]:
    from PIL import Image

    sky = Image.linear_gradient("L").resize((320, 240))
    return [Image.merge("RGB", [sky.point(lambda v, c=c: (v // 2 + c * 30) % 256),
                                sky.point(lambda v, c=c: (160 + c * 11 - v // 4) % 256),
                                sky.point(lambda v: 200 - v // 3)]) for c in range(8)]


def step_generate(plan: Plan, work: Path) -> dict[str, Any]:
    from evidence import claims, venues
    from evidence.model import Category, Claim, Venue
    from evidence.store import Case
    from evidence.synthetic import write_photo

    rng = random.Random(2024)
    bases, kinds = _bases(), {}
    folder = work / "photos"
    size = 0
    for i in range(plan.photos):
        shot, kind = plan.shot(i, rng)
        path = write_photo(folder / f"{i // PER_FOLDER:03d}" / f"IMG_{i:05d}.jpg", shot,
                           image=_picture(i, bases))
        size += path.stat().st_size
        kinds[kind.split("+")[0]] = kinds.get(kind.split("+")[0], 0) + 1
    case = Case.create(work / "case", title=f"Soak {plan.photos}", timezone="Asia/Almaty",
                       actor=ACTOR)
    ids = []
    for v in range(plan.venues):
        lat, lon = plan.venue_position(v)
        ids.append(venues.add(case, Venue(
            slug=f"venue-{v + 1}", name_en=f"Venue {v + 1}", name_ru=f"Сквер {v + 1}",
            geometry={"type": "Point", "coordinates": [lon, lat]}, confidence="surveyed",
            radius_m=80.0, city="Almaty", legal_basis="Decision No. 462"), ACTOR))
    categories = [(Category.REPAIR_WORKS, "Сквер закрыт на ремонт."),
                  (Category.OTHER_EVENT, "На площадке запланировано культурное мероприятие."),
                  (Category.CAPACITY, "The venue cannot hold the declared number of people.")]
    for k in range(plan.claims):
        start = plan.claim_day(k) + timedelta(hours=WINDOW[0])
        category, excuse = categories[k % len(categories)]
        claims.add(case, Claim(
            document_number=f"Z-{k + 1}", document_date=(start - timedelta(days=5)).date()
            .isoformat(), venue_id=ids[plan.claim_venue(k)], window_start=start,
            window_end=start + timedelta(hours=WINDOW[1] - WINDOW[0]),
            window_zone="Asia/Almaty", excuse_text=excuse, category=category), ACTOR)
    case.close()
    return {"count": plan.photos, "unit": "photos", "photo_bytes": size,
            "note": f"{size / plan.photos / 1024:.0f} KiB a photo; " +
                    ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))}


def step_import(plan: Plan, work: Path) -> dict[str, Any]:
    from evidence.importer import import_paths
    from evidence.store import Case

    outcomes: dict[str, int] = {}
    findings: dict[str, int] = {}
    with Case.open(work / "case") as case:
        for result in import_paths(case, [str(work / "photos")], actor=ACTOR, workers=None):
            outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
            for code in result.findings:
                findings[code] = findings.get(code, 0) + 1
    top = sorted(findings.items(), key=lambda kv: -kv[1])[:4]
    return {"count": plan.photos, "unit": "photos",
            "note": ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items())) +
                    "; findings " + ", ".join(f"{n} {k}" for k, n in top),
            "workers": os.cpu_count()}


def step_observe(plan: Plan, work: Path) -> dict[str, Any]:
    from evidence import observations, store
    from evidence.model import Observation, Tag
    from evidence.store import Case

    rng = random.Random(7)
    tag_sets = [(Tag.NO_REPAIR_ACTIVITY, Tag.ACCESS_OPEN), (Tag.VENUE_EMPTY,),
                (Tag.NO_EVENT_VISIBLE, Tag.ACCESS_OPEN), (Tag.BARRIERS_OR_FENCING,)]
    with Case.open(work / "case") as case:
        ids = [p.id for p in store.photos.all_photos(case)]
        chosen = [pid for pid in ids if rng.random() < 0.2]
        for pid in chosen:
            observations.add(case, Observation(pid, "soak reviewer", rng.choice(tag_sets),
                                               rng.choice([None, 0, 3, 40]), "Seen on site."),
                             ACTOR)
    return {"count": len(chosen), "unit": "observations",
            "note": f"{len(chosen)} of {len(ids)} photos observed, one transaction each"}


def step_analyze(plan: Plan, work: Path) -> dict[str, Any]:
    from evidence import analysis
    from evidence.store import Case

    with Case.open(work / "case") as case:
        result = analysis.analyze_case(case).as_json()
    text = json.dumps(result, sort_keys=True)
    exhibits = {c["claim_id"]: len(c["photos"]) for c in result["claims"]}
    best = max(exhibits, key=lambda cid: (exhibits[cid], -cid))
    with_photos = sum(1 for n in exhibits.values() if n)
    (work / "state.json").write_text(json.dumps({"claim": best, "exhibits": exhibits[best]}))
    return {"count": plan.photos, "unit": "photos",
            "note": f"{with_photos} of {len(exhibits)} refusals have photos "
                    f"({sum(exhibits.values())} pairs); JSON {len(text) / 1e6:.1f} MB; "
                    f"verdicts {json.dumps(result['aggregates']['all'])}"}


def _state(work: Path) -> dict[str, Any]:
    return json.loads((work / "state.json").read_text())


def step_report(plan: Plan, work: Path) -> dict[str, Any]:
    from bundles.export import write_report
    from evidence.store import Case

    state = _state(work)
    with Case.open(work / "case") as case:
        result = write_report(case, work / "report.pdf", claim_ids=[state["claim"]],
                              prepared_by=ACTOR)
    return {"count": result.exhibits, "unit": "exhibits",
            "note": f"refusal {state['claim']}: {result.exhibits} exhibits, {result.pages} "
                    f"pages, {result.path.stat().st_size / 1e6:.1f} MB"}


def step_export(plan: Plan, work: Path) -> dict[str, Any]:
    from bundles.export import export_bundle_with_reports
    from evidence.store import Case

    state = _state(work)
    out = work / "case.zip"
    out.unlink(missing_ok=True)
    with Case.open(work / "case") as case:
        export_bundle_with_reports(case, out, claim_ids=[state["claim"]], prepared_by=ACTOR,
                                   actor=ACTOR, sign=True)
    return {"count": plan.photos, "unit": "photos", "bundle_bytes": out.stat().st_size,
            "note": f"signed bundle {out.stat().st_size / 1e6:.0f} MB (photos stored), PDF and "
                    f"HTML report of refusal {state['claim']}"}


def step_verify(plan: Plan, work: Path) -> dict[str, Any]:
    from bundles.verify import verify_bundle

    report = verify_bundle(work / "case.zip")
    verdict = "intact" if report.intact else "PROBLEMS: " + "; ".join(report.problems[:2])
    return {"count": plan.photos, "unit": "photos",
            "note": f"{report.files_intact}/{report.files} files intact, {report.entries} "
                    f"custody entries, signature {report.signature}, "
                    + verdict}


# ---------------------------------------------------------------- the window


def _application(work: Path, photos_view: str) -> Any:
    """The QApplication of a window step: offscreen, its settings and data under `work`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    os.environ["SKVER_DATA_DIR"] = str(work / "data")
    os.environ["HOME"] = str(work / "home")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.app import identity, settings

    app = QApplication([sys.argv[0]])
    app.setOrganizationName("Skver")
    app.setApplicationName("Skver soak bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(work / "settings"))
    settings.PHOTOS_VIEW.set(photos_view)
    identity.remember("Soak bench")   # the name the window asks before the first change
    return app


def step_gui(plan: Plan, work: Path) -> dict[str, Any]:
    from gui.app.main_window import MainWindow

    app = _application(work, "grid")

    built = time.perf_counter()
    window = MainWindow()            # the real ThreadedRunner: the case loads off the GUI thread
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    built = time.perf_counter() - built
    grid = window.photos.grid
    painted = _paint_clock()
    grid.viewport().installEventFilter(painted)
    shown: list[float] = []
    window.case_shown.connect(lambda _root: shown.append(time.perf_counter()))
    t0 = time.perf_counter()
    window.open_case(str(work / "case"))
    _spin(app, lambda: bool(shown), 600)
    painted.after = shown[0]
    _spin(app, lambda: painted.last is not None, 60)
    first_paint = painted.last - t0
    _settle(app, grid)
    first_screen = time.perf_counter() - t0
    rows, cells = grid.model().rowCount(), len(_visible_rows(grid))

    bar = grid.verticalScrollBar()
    frames = _scroll(app, grid, wait=False)
    bar.setValue(0)
    _settle(app, grid)
    waits = _scroll(app, grid, wait=True)
    cache = grid.model().cache
    window.close()
    grid.model().loader.runner.wait()
    app.processEvents()

    return {"count": rows, "unit": "photos", "seconds_override": first_paint,
            "note": f"window built and shown {built:.2f} s; case shown and grid painted "
                    f"{first_paint:.2f} s after open, first "
                    f"screen of thumbnails ({cells} cells) {first_screen:.2f} s",
            "extra": [f"grid scroll, {len(frames)} pages without waiting: "
                      f"{sum(frames):.1f} s, per page {_ms(frames, 1)}",
                      f"grid scroll, each page's thumbnails read before the next: "
                      f"{sum(waits):.1f} s, per page {_ms(waits, 1)}",
                      f"thumbnail cache at the end: {len(cache)} pixmaps, "
                      f"{cache.used / 1e6:.0f} MB of a {cache.budget / 1e6:.0f} MB budget"]}


def _ms(values: list[float], digits: int = 0) -> str:
    """Seconds as 'median … ms, worst … ms'."""
    return (f"median {statistics.median(values) * 1000:.{digits}f} ms, "
            f"worst {max(values) * 1000:.0f} ms")


def _paint_clock():
    """An event filter noting the first paint of a viewport after the moment `after`."""
    from PySide6.QtCore import QEvent, QObject

    class PaintClock(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.after = float("inf")
            self.last: float | None = None

        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and self.last is None:
                now = time.perf_counter()
                if now >= self.after:
                    self.last = now
            return False
    return PaintClock()


def _spin(app, done: Callable[[], bool], limit_s: float) -> None:
    deadline = time.perf_counter() + limit_s
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"gave up after {limit_s:.0f} s")
        app.processEvents()
        time.sleep(0.001)


def _visible_rows(view) -> range:
    """The rows in sight, from the fixed grid: every cell is the same size."""
    cell, viewport = view.gridSize(), view.viewport()
    columns = max(1, viewport.width() // max(1, cell.width()))
    top = view.verticalScrollBar().value()
    first = top // max(1, cell.height()) * columns
    last = ((top + viewport.height() - 1) // max(1, cell.height()) + 1) * columns
    return range(first, min(last, view.model().rowCount()))


def _settle(app, view) -> None:
    """Processes events until every visible thumbnail has been read."""
    model = view.model()
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        app.processEvents()
        view.viewport().repaint()
        wanted = [model.thumbnail_path(r) for r in _visible_rows(view)]
        if all(model.cache.get(p) is not None for p in wanted if p):
            return
        time.sleep(0.001)


def _scroll(app, view, *, wait: bool) -> list[float]:
    """The grid scrolled a page at a time to the bottom; each page's time (painted, or read)."""
    bar, times = view.verticalScrollBar(), []
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        started = time.perf_counter()
        if wait:
            _settle(app, view)
        else:
            view.viewport().repaint()
            app.processEvents()
        times.append(time.perf_counter() - started)
    return times


# ---------------------------------------------------------------- reviewing in the window


REVIEW_TAGS = 40        # photos tagged at a reviewer's pace
BURST = 10              # tags typed as fast as keys go
PACE_S = 0.25           # a reviewer's look at each photo between two Enters


class _Heartbeat:
    """A 2 ms timer on the GUI thread: the longest gap between two of its ticks is the longest
    time the window could not answer a key or repaint (a freeze)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []

    def start(self) -> None:
        self.last = time.perf_counter()
        self.gaps.clear()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def stop(self) -> float:
        """The longest freeze since `start`, in seconds."""
        self.timer.stop()
        self._tick()
        return max(self.gaps, default=0.0)


def _bare_writes(case_dir: Path, photo_ids: list[int]) -> tuple[float, float, float]:
    """Median seconds of the writes alone, without the window: open the case, add one
    observation (its custody entry included), close; then the same with the case kept open;
    and a refusal added."""
    from evidence import claims, observations
    from evidence.model import Claim, Observation, Tag
    from evidence.store import Case

    whole, kept = [], []
    for pid in photo_ids[:20]:
        started = time.perf_counter()
        with Case.open(case_dir) as case:
            observations.add(case, Observation(pid, "bench", (Tag.ACCESS_OPEN,), None, ""),
                             ACTOR)
        whole.append(time.perf_counter() - started)
    with Case.open(case_dir) as case:
        for pid in photo_ids[20:40]:
            started = time.perf_counter()
            observations.add(case, Observation(pid, "bench", (Tag.ACCESS_OPEN,), None, ""),
                             ACTOR)
            kept.append(time.perf_counter() - started)
        claim = claims.get(case, 1)
        started = time.perf_counter()
        claims.add(case, Claim(
            document_number=f"BARE-{time.time_ns()}", document_date=claim.document_date,
            venue_id=claim.venue_id, window_start=claim.window_start,
            window_end=claim.window_end, window_zone=claim.window_zone,
            excuse_text=claim.excuse_text, category=claim.category), ACTOR)
        refusal = time.perf_counter() - started
    return statistics.median(whole), statistics.median(kept), refusal


def step_review(plan: Plan, work: Path) -> dict[str, Any]:
    """A reviewer in the window: open the case, tag photos from the keyboard, add a refusal."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from evidence import store
    from evidence.store import Case
    from gui.app.main_window import MainWindow

    with Case.open(work / "case") as case:
        ids = [p.id for p in store.photos.all_photos(case)]
        observed_before = sum(len(v) for v in store.observations.by_photo(case).values())
    bare_open, bare_kept, bare_refusal = _bare_writes(work / "case", ids[-40:])

    app = _application(work, "table")
    window = MainWindow()            # the real ThreadedRunner, as the app runs
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    session = window.session
    heart = _Heartbeat()

    # Opening: from the call until the case is shown, then until its table is painted.
    painted = _paint_clock()
    table = window.photos.table
    table.viewport().installEventFilter(painted)
    shown: list[float] = []
    window.case_shown.connect(lambda _root: shown.append(time.perf_counter()))
    heart.start()
    t0 = time.perf_counter()
    window.open_case(str(work / "case"))
    _spin(app, lambda: bool(shown), 600)
    painted.after = shown[0]
    _spin(app, lambda: painted.last is not None, 60)
    open_freeze = heart.stop()
    opened_s, painted_s = shown[0] - t0, painted.last - t0
    rows = window.photos.model.rowCount()

    # Tagging at a reviewer's pace: a tag key, Enter; the next photo must be ready at once.
    saved_at: dict[int, float] = {}
    session.changed.connect(lambda change: [saved_at.setdefault(p, time.perf_counter())
                                            for p in change.photos])
    table.setFocus()
    window.photos.select_row(0)
    app.processEvents()
    ready, save_lag, moved = [], [], 0
    heart.start()
    for _ in range(REVIEW_TAGS):
        photo = window.photos.current_photo_id()
        QTest.keyClick(table, Qt.Key.Key_2)          # no event visible
        entered = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_Return)
        app.processEvents()                          # the next photo's row and detail painted
        ready.append(time.perf_counter() - entered)
        moved += window.photos.current_photo_id() != photo
        _spin(app, lambda p=photo: p in saved_at, 60)
        save_lag.append(saved_at[photo] - entered)
        pause = time.perf_counter() + PACE_S
        _spin(app, lambda until=pause: time.perf_counter() >= until, 5)
    paced_freeze = heart.stop()

    # A burst: ten tags and Enters with no pause at all; every one must be saved.
    burst_started = time.perf_counter()
    for _ in range(BURST):
        QTest.keyClick(table, Qt.Key.Key_1)
        QTest.keyClick(table, Qt.Key.Key_Return)
    typed = time.perf_counter() - burst_started
    heart.start()        # from here: the keys sent in one go held the loop; the saves follow
    _spin(app, session.is_idle, 120)
    burst_done = time.perf_counter() - burst_started
    burst_freeze = heart.stop()
    with Case.open(work / "case") as case:
        observed_after = sum(len(v) for v in store.observations.by_photo(case).values())
    expected = observed_before + 40 + REVIEW_TAGS + BURST    # 40 bare writes before
    saved = observed_after - observed_before - 40

    # A refusal added through the form: until its verdict is shown in the refusals table.
    window.tabs.setCurrentWidget(window.refusals)
    app.processEvents()
    window.actions.add_refusal.trigger()
    form = window.refusal_actions.form
    number = f"REVIEW-{time.time_ns()}"     # the step may run again on the same case
    QTest.keyClicks(form.number, number)
    QTest.keyClicks(form.document_date.line, "2022-01-05")
    form.venue.setCurrentIndex(max(0, form.venue.findText("Venue 1", Qt.MatchFlag.MatchContains)))
    day = plan.claim_day(0)
    for edit, hour in ((form.window_start, WINDOW[0]), (form.window_end, WINDOW[1])):
        QTest.keyClicks(edit.line, f"{day:%Y-%m-%d} {hour:02d}:00")
    form.excuse.setPlainText("Сквер закрыт на ремонт.")
    app.processEvents()
    heart.start()
    clicked = time.perf_counter()
    QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    def verdict_shown() -> bool:
        current = window.refusals.current_claim()
        return current is not None and current.claim.document_number == number
    _spin(app, verdict_shown, 60)
    app.processEvents()
    refusal_s = time.perf_counter() - clicked
    refusal_freeze = heart.stop()
    new_verdict = window.refusals.current_claim().verdict.value

    window.close()
    session.wait(60_000)
    app.processEvents()

    return {"count": rows, "unit": "photos", "seconds_override": opened_s,
            "note": f"case shown {opened_s:.2f} s after open, its table painted "
                    f"{painted_s:.2f} s",
            "extra": [
                f"review: bare write (open the case, add an observation, close) median "
                f"{bare_open * 1000:.1f} ms; with the case open {bare_kept * 1000:.1f} ms; "
                f"a refusal added {bare_refusal * 1000:.1f} ms",
                f"review: Enter -> next photo ready, {REVIEW_TAGS} tags: {_ms(ready)} "
                f"({moved}/{REVIEW_TAGS} moved on)",
                f"review: Enter -> saved, judged again and repainted: {_ms(save_lag)}",
                f"review: longest freeze of the window: opening {open_freeze * 1000:.0f} ms, "
                f"tagging {paced_freeze * 1000:.0f} ms, "
                f"burst's saves {burst_freeze * 1000:.0f} ms, "
                f"refusal {refusal_freeze * 1000:.0f} ms",
                f"review: burst of {BURST} tags typed in {typed * 1000:.0f} ms, all saved "
                f"{burst_done:.2f} s after the first: {saved} of {REVIEW_TAGS + BURST} saved "
                f"({'all' if observed_after == expected else 'SOME LOST'})",
                f"review: a refusal added -> its verdict ({new_verdict}) shown "
                f"{refusal_s * 1000:.0f} ms after Save"]}


# ---------------------------------------------------------------- running the steps


def _hwm_kib() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def run_step(name: str, plan: Plan, work: Path, result_file: Path) -> None:
    """In the step's own process: the work, timed, and its figures as JSON."""
    fn = globals()[f"step_{name}"]
    started = time.perf_counter()
    figures = fn(plan, work)
    seconds = figures.pop("seconds_override", None) or time.perf_counter() - started
    figures.update(seconds=seconds, hwm_kib=_hwm_kib())
    result_file.write_text(json.dumps(figures))


def measure(name: str, plan: Plan, work: Path) -> dict[str, Any]:
    """Runs one step in a fresh process; its figures, wall time and peak tree memory."""
    result_file = work / f"step-{name}.json"
    result_file.unlink(missing_ok=True)
    argv = [sys.executable, str(Path(__file__).resolve()), "--step", name, "--work", str(work),
            "--photos", str(plan.photos), "--venues", str(plan.venues),
            "--claims", str(plan.claims)]
    peak = {"rss": 0, "pss": 0, "procs": 0}
    log = (work / f"step-{name}.log").open("wb")
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            usage = [_memory_kib(pid) for pid in _tree(proc.pid)]
            peak["rss"] = max(peak["rss"], sum(u[0] for u in usage))
            peak["pss"] = max(peak["pss"], sum(u[1] for u in usage))
            peak["procs"] = max(peak["procs"], sum(1 for u in usage if u[0]))
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    log.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or not result_file.exists():
        tail = (work / f"step-{name}.log").read_text(errors="replace").strip().splitlines()[-5:]
        return {"failed": f"exit {code}: " + " | ".join(tail), "wall": wall}
    figures = json.loads(result_file.read_text())
    figures.update(wall=wall, maxrss_kib=usage.ru_maxrss, tree_rss_kib=peak["rss"],
                   tree_pss_kib=peak["pss"], procs=peak["procs"])
    return figures


def run_all(plan: Plan, work: Path, steps: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    print(f"\n== {plan.photos:,} photos, {plan.venues} venues, {plan.claims} refusals "
          f"(case in {work})", flush=True)
    results = {}
    for name in steps:
        results[name] = figures = measure(name, plan, work)
        if "failed" in figures:
            print(f"  {name:<9} FAILED after {figures['wall']:.1f} s: {figures['failed']}",
                  flush=True)
            break
        print(f"  {name:<9} {figures['seconds']:8.1f} s  ({figures['note']})", flush=True)
    print_table(plan, results)
    return results


def print_table(plan: Plan, results: dict[str, dict[str, Any]]) -> None:
    header = (f"{'step':<9} {'seconds':>8} {'process s':>9} {'peak RSS MiB':>12} "
              f"{'tree RSS MiB':>12} {'tree PSS MiB':>12}  throughput")
    print(f"\n{plan.photos:,} photos:\n{header}\n{'-' * len(header)}")
    for name, f in results.items():
        if "failed" in f:
            print(f"{name:<9} failed")
            continue
        rate = f"{f['count'] / f['seconds']:,.0f} {f['unit']}/s" if f.get("count") else ""
        if name == "gui":
            rate = "(seconds: open until case shown and grid painted)"
        if name == "review":
            rate = "(seconds: open until case shown)"
        print(f"{name:<9} {f['seconds']:>8.1f} {f['wall']:>9.1f} {f['hwm_kib'] / 1024:>12.0f} "
              f"{f['tree_rss_kib'] / 1024:>12.0f} {f['tree_pss_kib'] / 1024:>12.0f}  {rate}")
    for f in results.values():
        for line in f.get("extra", []):
            print(f"  {line}")
    sys.stdout.flush()


def print_comparison(small: int, large: int, a: dict[str, dict], b: dict[str, dict]) -> None:
    header = (f"{'step':<9} {'peak RSS ' + str(small):>14} {'peak RSS ' + str(large):>15} "
              f"{'ratio':>6} {'tree PSS ratio':>15} {'time ratio':>11}")
    print(f"\nMemory and time, {large:,} against {small:,} photos "
          f"({large / small:.0f}× the photos):\n{header}\n{'-' * len(header)}")
    for name in a:
        if name not in b or "failed" in a[name] or "failed" in b[name]:
            continue
        x, y = a[name], b[name]
        print(f"{name:<9} {x['hwm_kib'] / 1024:>11.0f} MiB {y['hwm_kib'] / 1024:>11.0f} MiB "
              f"{y['hwm_kib'] / x['hwm_kib']:>5.2f}× "
              f"{y['tree_pss_kib'] / max(1, x['tree_pss_kib']):>14.2f}× "
              f"{y['seconds'] / max(1e-9, x['seconds']):>10.1f}×")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=10_000)
    parser.add_argument("--venues", type=int, default=50)
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="build the case(s) here and keep them (default: a temporary folder)")
    parser.add_argument("--compare", metavar="N,M", help="run at each size, e.g. 1000,10000")
    parser.add_argument("--steps", default=",".join(STEPS), help=argparse.SUPPRESS)
    parser.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        run_step(args.step, Plan(args.photos, args.venues, args.claims), args.work,
                 args.work / f"step-{args.step}.json")
        return 0
    sizes = [int(n) for n in args.compare.split(",")] if args.compare else [args.photos]
    if min(sizes) < 1 or args.venues < 1 or args.claims < 1:
        parser.error("sizes must be at least 1")
    steps = tuple(s for s in args.steps.split(",") if s)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"Machine: {_cpu_model()}, {os.cpu_count()} cores; load average {load} (other work "
          f"shares the machine: figures are slower than on an idle one); "
          f"Python {platform.python_version()}", flush=True)
    root = args.keep or Path(tempfile.mkdtemp(prefix="skver-soak-"))
    all_results = {}
    try:
        for n in sizes:
            work = root / f"soak-{n}"
            if work.exists() and "generate" in steps:
                shutil.rmtree(work)
            work.mkdir(parents=True, exist_ok=True)
            all_results[n] = run_all(Plan(n, args.venues, args.claims), work, steps)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    if len(sizes) == 2:
        print_comparison(sizes[0], sizes[1], all_results[sizes[0]], all_results[sizes[1]])
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nLoad average at the end: {load}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
