"""Static claim maps: how long one map takes, without tiles, with MBTiles tiles, and as SVG.

Run as `.venv/bin/python bench/static_map_bench.py [--rounds N] [--size WxH]`. Builds the demo
case in a temporary folder, analyses it once, then renders each of its claims' maps N times per
kind. The tiles are made here: noisy 256-pixel PNGs (so they cost what real tiles cost to
decode) in an MBTiles file, at zooms 16 to 19 around the demo's venues. Figures only; nothing is
asserted.
"""

from __future__ import annotations

import argparse
import io
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PIL import Image  # noqa: E402

from evidence import analysis, demo  # noqa: E402
from evidence.store import Case  # noqa: E402
from maps import static, static_raster  # noqa: E402
from maps.projection import mercator_px  # noqa: E402
from maps.static_layout import plan  # noqa: E402
from maps.static_scene import photo_marks  # noqa: E402


def noisy_tile(rng: random.Random) -> bytes:
    base = Image.new("RGB", (256, 256), (rng.randrange(200, 250),) * 3)
    noise = Image.effect_noise((256, 256), 24).convert("RGB")
    buffer = io.BytesIO()
    Image.blend(base, noise, 0.3).save(buffer, "PNG")
    return buffer.getvalue()


def make_mbtiles(path: Path, centres: list[tuple[float, float]]) -> Path:
    rng = random.Random(5)
    tile = noisy_tile(rng)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                     "tile_row INTEGER, tile_data BLOB)")
        conn.executemany("INSERT INTO metadata VALUES (?, ?)",
                         [("format", "png"), ("attribution", "© bench tiles")])
        rows = set()
        for zoom in range(16, 20):
            for lat, lon in centres:
                x, y = (int(v // 256) for v in mercator_px(lat, lon, zoom))
                rows |= {(zoom, x + dx, (1 << zoom) - 1 - (y + dy))
                         for dx in range(-4, 5) for dy in range(-4, 5)}
        conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                         [(*row, tile) for row in sorted(rows)])
    conn.close()
    return path


def timed(fn, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float]) -> None:
    ms = sorted(t * 1000 for t in times)
    print(f"  {name:<28} median {statistics.median(ms):6.1f} ms   min {ms[0]:6.1f}   "
          f"max {ms[-1]:6.1f}   (per map)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--size", default="1200x900")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory(prefix="skver-map-bench-") as tmp:
        folder = Path(tmp)
        with Case.open(demo.build(folder / "demo")) as case:
            analyzed = analysis.analyze_case(case)
            every = [static.claim_map_data(case, c.claim_id, analyzed)
                     for c in analyzed.claims]
        centres = [d.claim.venue.shape.centre() for d in every]
        tiles = make_mbtiles(folder / "bench.mbtiles", centres)
        print(f"{len(every)} demo claims, {args.rounds} rounds each, {size[0]}x{size[1]} px")

        def run(suffix: str, source=None):
            def go():
                for d in every:
                    static.render_claim_map(d.claim, d.photos, folder / f"m{suffix}",
                                            size=size, tiles=source)
            return [t / len(every) for t in timed(go, args.rounds)]

        def layout_only():
            for d in every:
                plan(d.claim, d.claim.venue.shape, photo_marks(d.claim, d.photos), size, None)

        def draw_only():
            for d in every:
                p = plan(d.claim, d.claim.venue.shape, photo_marks(d.claim, d.photos), size, None)
                static_raster.rasterize(p, None)

        run(".png")  # warm the font and module caches
        report("layout (plan) only", [t / len(every) for t in timed(layout_only, args.rounds)])
        report("layout + draw, no encode", [t / len(every) for t in timed(draw_only,
                                                                         args.rounds)])
        report("PNG, paper and grid", run(".png"))
        report("PNG, MBTiles background", run(".png", tiles))
        report("SVG, paper and grid", run(".svg"))
        report("SVG, MBTiles background", run(".svg", tiles))
        print(f"  PNG sizes: {(folder / 'm.png').stat().st_size // 1024} KiB (last, tiled)")


if __name__ == "__main__":
    main()
