"""The photo grid with thousands of photos: first paint, scrolling, memory.

Run as `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/grid_bench.py [--photos N]`. Writes N
small JPEG thumbnails (320 × 240, as evidence.derived makes them) to a temporary folder, shows
them in the real grid (model, view, worker threads, LRU) in a 1280 × 800 window, and prints:
the time to the first paint and to the first screen of thumbnails; a scroll through the whole
list a page at a time, each page painted at once (placeholders where a thumbnail is not read
yet) and, separately, each page waited on until its thumbnails are in; and the peak memory.
Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.photos.grid import GridItem, PhotoGrid, PhotoGridModel  # noqa: E402


def write_thumbnails(folder: Path, n: int) -> list[GridItem]:
    items = []
    for i in range(n):
        image = Image.new("RGB", (320, 240), ((i * 37) % 256, (i * 91) % 256, (i * 13) % 256))
        draw = ImageDraw.Draw(image)
        draw.rectangle((40 + i % 200, 60, 140 + i % 200, 200), fill=(240, 240, 240))
        draw.text((10, 10), f"photo {i + 1}", fill=(0, 0, 0))
        path = folder / f"{i:05d}.jpg"
        image.save(path, "JPEG", quality=85)
        items.append(GridItem(i + 1, f"{i + 1} · IMG_{i + 1:05d}.jpg", str(path), ""))
    return items


class PaintClock(QObject):
    """Notes when the viewport is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.first: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.first is None:
            self.first = time.perf_counter()
        return False


def visible_rows(view: PhotoGrid) -> range:
    """The rows in sight, from the fixed grid: every cell is the same size."""
    cell, viewport = view.gridSize(), view.viewport()
    columns = max(1, viewport.width() // cell.width())
    top = view.verticalScrollBar().value()
    first = top // cell.height() * columns
    last = ((top + viewport.height() - 1) // cell.height() + 1) * columns
    return range(first, min(last, view.model().rowCount()))


def settle(app: QApplication, model: PhotoGridModel, view: PhotoGrid) -> None:
    """Processes events until every visible thumbnail has been read."""
    while True:
        app.processEvents()
        view.viewport().repaint()
        wanted = [model.thumbnail_path(r) for r in visible_rows(view)]
        if all(model.cache.get(p) is not None for p in wanted if p):
            return
        time.sleep(0.001)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=5000)
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="skver-grid-bench-") as scratch:
        started = time.perf_counter()
        items = write_thumbnails(Path(scratch), args.photos)
        print(f"{args.photos} thumbnails written in {time.perf_counter() - started:.1f} s "
              f"({sum(os.path.getsize(i.thumbnail) for i in items) / 1e6:.1f} MB)")

        clock = PaintClock()
        model = PhotoGridModel()
        view = PhotoGrid(model)
        view.viewport().installEventFilter(clock)
        view.resize(1280, 800)
        t0 = time.perf_counter()
        model.set_items(items)
        view.show()
        while clock.first is None:
            app.processEvents()
        first_paint = clock.first - t0
        settle(app, model, view)
        first_screen = time.perf_counter() - t0
        per_screen = len(visible_rows(view))
        print(f"first paint {first_paint * 1000:.0f} ms; first screen of thumbnails "
              f"({per_screen} cells) {first_screen * 1000:.0f} ms")

        bar = view.verticalScrollBar()
        frames = []
        t1 = time.perf_counter()
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            f0 = time.perf_counter()
            view.viewport().repaint()
            app.processEvents()
            frames.append(time.perf_counter() - f0)
        fling = time.perf_counter() - t1
        frames.sort()
        print(f"scroll through all {args.photos} a page at a time, without waiting: "
              f"{len(frames)} pages in {fling:.2f} s; per page median "
              f"{frames[len(frames) // 2] * 1000:.1f} ms, worst {frames[-1] * 1000:.1f} ms")

        bar.setValue(0)
        settle(app, model, view)
        waits = []
        t2 = time.perf_counter()
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            w0 = time.perf_counter()
            settle(app, model, view)
            waits.append(time.perf_counter() - w0)
        browse = time.perf_counter() - t2
        waits.sort()
        print(f"scroll through all, each page's thumbnails read before the next: {browse:.1f} s; "
              f"per page median {waits[len(waits) // 2] * 1000:.0f} ms, "
              f"worst {waits[-1] * 1000:.0f} ms")
        print(f"thumbnail cache: {len(model.cache)} pixmaps, {model.cache.used / 1e6:.0f} MB "
              f"(budget {model.cache.budget / 1e6:.0f} MB)")
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory (max RSS) {peak_mb:.0f} MB")
        view.close()
        model.loader.runner.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
