"""The PDF report at scale: 200 exhibits (20 refusals x 10 photos) in one report; or a
one-refusal report of a large case.

Run as `.venv/bin/python bench/report_bench.py [--claims N --photos N --px W]`. Builds a case in
a temporary folder: N venues around Almaty, a refusal on each, photos with EXIF and GPS taken
inside each venue within its window (noisy 1600x1200 JPEGs by default, so decoding and
downscaling cost what a phone photo's would), imported and observed. Then times the report's
content and the PDF, and prints pages, file size and the peak RSS of the process. Figures only.

With `--case-photos 10000` it builds instead the soak's case (bench/soak_bench.py's generator:
that many small photos, 50 venues, 500 refusals, a fifth of the photos observed) and times the
report of its refusal with the most exhibits, as `report --claims ID` writes it: the content,
the PDF (pages, size) and the HTML page. `--keep DIR` builds that case in DIR once and reuses
it on the next run (the report itself is written to a copy, so every run reads the same case).

With `--venue-name-kb 100` it times instead the reports of a case whose venue is named by 100 KB
of text (stored as a case written before the input limits keeps it; evidence/limits.py refuses
such a name now): the PDF and HTML reports as `report` writes them, the map page and the static
map. Its labels are cut in a few measurements (evidence/fitting.py); the text prints it whole.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402

from evidence import claims, observations, venues  # noqa: E402
from evidence.importer import import_paths  # noqa: E402
from evidence.model import Category, Claim, Confidence, Observation, Tag, Venue  # noqa: E402
from evidence.store import Case  # noqa: E402
from evidence.synthetic import Shot, write_photo  # noqa: E402
from reports import content, pdf  # noqa: E402
from reports.html import write_html  # noqa: E402

CENTRE = (43.24, 76.92)   # Almaty
DAY = datetime(2022, 8, 20, 10, 0)   # local time; Almaty was UTC+6 then


def venue(case: Case, n: int) -> tuple[int, float, float]:
    lat, lon = CENTRE[0] + 0.01 * (n // 5), CENTRE[1] + 0.01 * (n % 5)
    row_id = venues.add(case, Venue(
        f"venue-{n}", f"Venue {n}", {"type": "Point", "coordinates": [lon, lat]},
        Confidence.SURVEYED, 80.0, city="Almaty", legal_basis="Decision No. 462"), "bench")
    return row_id, lat, lon


def refusal(case: Case, venue_id: int, n: int) -> None:
    start = (DAY + timedelta(days=n) - timedelta(hours=6)).replace(tzinfo=UTC)
    claims.add(case, Claim(f"B-{n}", start.strftime("%Y-%m-%d"), venue_id, start,
                           start + timedelta(hours=10), "Asia/Almaty",
                           "Сквер закрыт на ремонт.", Category.REPAIR_WORKS), "bench")


def photos(folder: Path, n: int, count: int, lat: float, lon: float,
           base: Image.Image) -> list[Path]:
    """Every photo different (a report stores identical images once)."""
    rng = random.Random(n)
    out = []
    for k in range(count):
        picture = base.copy()
        draw = ImageDraw.Draw(picture)
        for _ in range(12):
            x, y = rng.randrange(picture.width), rng.randrange(picture.height)
            draw.rectangle((x, y, x + rng.randrange(40, 400), y + rng.randrange(40, 300)),
                           fill=tuple(rng.randrange(256) for _ in range(3)))
        taken = DAY + timedelta(days=n, minutes=30 + 50 * k)
        shot = Shot(taken=taken.strftime("%Y:%m:%d %H:%M:%S"), offset="+06:00",
                    lat=lat + 0.00004 * k, lon=lon, accuracy=8, bearing=30.0 * k,
                    size=picture.size)
        out.append(write_photo(folder / f"v{n}_{k}.jpg", shot, image=picture))
    return out


def scene(px: int) -> Image.Image:
    """A photo-like picture: sky, ground and grain (JPEG sizes like a phone's)."""
    size = (px, px * 3 // 4)
    sky = Image.linear_gradient("L").resize(size).convert("RGB")
    grain = Image.effect_noise(size, 25).convert("RGB")
    return Image.blend(Image.merge("RGB", [sky.getchannel(0).point(lambda v: 90 + v // 3),
                                           sky.getchannel(0).point(lambda v: 140 + v // 4),
                                           sky.getchannel(0).point(lambda v: 200 - v // 3)]),
                       grain, 0.25).filter(ImageFilter.SMOOTH)


def build_case(root: Path, claims: int, per_claim: int, px: int) -> Path:
    case = Case.create(root / "case", title="Report benchmark", timezone="Asia/Almaty",
                       actor="bench")
    files, base = [], scene(px)
    for n in range(claims):
        venue_id, lat, lon = venue(case, n)
        refusal(case, venue_id, n)
        files += photos(root, n, per_claim, lat, lon, base)
    results = list(import_paths(case, [str(f) for f in files], actor="bench"))
    for result in results:
        observations.add(case, Observation(result.photo_id, "bench", (
            Tag("no_repair_activity"), Tag("access_open")), 4, "Nothing under repair."),
            "bench")
    case.close()
    return root / "case"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20)
    parser.add_argument("--photos", type=int, default=10, help="per refusal")
    parser.add_argument("--px", type=int, default=1600, help="photo width in pixels")
    parser.add_argument("--case-photos", type=int, default=0, metavar="N",
                        help="instead: a one-refusal report of the soak's case of N photos")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="with --case-photos: build the case in DIR once, reuse it after")
    parser.add_argument("--venue-name-kb", type=int, default=0, metavar="KB",
                        help="instead: the reports of a case whose venue's name is KB of text")
    args = parser.parse_args()
    if args.venue_name_kb:
        long_name(args.venue_name_kb * 1000)
        return
    if args.case_photos:
        one_refusal(args.case_photos, args.keep)
        return
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        root = build_case(Path(tmp), args.claims, args.photos, args.px)
        print(f"case: {args.claims} refusals x {args.photos} photos ({args.px} px wide), "
              f"built in {time.perf_counter() - began:.1f} s")
        with Case.open(root) as case:
            began = time.perf_counter()
            report = content.build(case, prepared_by="bench")
            built = time.perf_counter() - began
        began = time.perf_counter()
        out = pdf.write_pdf(report, Path(tmp) / "report.pdf")
        wrote = time.perf_counter() - began
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"exhibits: {report.exhibit_count}")
        print(f"content build: {built:.2f} s")
        print(f"PDF write: {wrote:.2f} s ({wrote / max(report.exhibit_count, 1) * 1000:.0f} ms "
              "per exhibit)")
        print(f"pages: {pdf.page_count(out)}, size: {out.stat().st_size / 1e6:.1f} MB")
        print(f"peak RSS: {peak_mb:.0f} MB")


def one_refusal(photos: int, keep: Path | None) -> None:
    """The soak's case of `photos` photos (built, or found in `keep`), and the report of its
    refusal with the most exhibits, timed part by part."""
    sys.path.insert(0, str(REPO / "bench"))
    import soak_bench

    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp) / "soak"
        plan = soak_bench.Plan(photos, 50, 500)
        if not (work / "state.json").exists():
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            began = time.perf_counter()
            for step in (soak_bench.step_generate, soak_bench.step_import,
                         soak_bench.step_observe, soak_bench.step_analyze):
                step(plan, work)
            print(f"case: {photos:,} photos, 50 venues, 500 refusals, built in "
                  f"{time.perf_counter() - began:.0f} s")
        claim = json.loads((work / "state.json").read_text())["claim"]
        root = Path(shutil.copytree(work / "case", Path(tmp) / "copy"))  # the log stays as built
        began = time.perf_counter()
        with Case.open(root) as case:
            report = content.build(case, claim_ids=[claim], prepared_by="bench")
        built = time.perf_counter() - began
        began = time.perf_counter()
        out = pdf.write_pdf(report, Path(tmp) / "report.pdf")
        wrote = time.perf_counter() - began
        began = time.perf_counter()
        page = write_html(report, Path(tmp) / "report.html")
        html_s = time.perf_counter() - began
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"refusal {claim} of a {photos:,}-photo case: {report.exhibit_count} exhibits "
              f"(load average {load}: other work on the machine slows every figure)")
        print(f"content build: {built:.2f} s")
        print(f"PDF write: {wrote:.2f} s; {pdf.page_count(out)} pages, "
              f"{out.stat().st_size / 1e6:.1f} MB; with the content: {built + wrote:.2f} s")
        print(f"HTML write: {html_s:.2f} s; {page.stat().st_size / 1e6:.1f} MB")
        print(f"peak RSS: {peak_mb:.0f} MB")


def long_name(length: int) -> None:
    """A refusal at a venue named by `length` letters, with five photos: every output timed."""
    from bundles import export
    from evidence.store import audit
    from evidence.store import venues as venue_rows
    from maps import interactive, static

    name = ("Сквер имени Абая у Центрального стадиона " * (length // 40 + 1))[:length]
    with tempfile.TemporaryDirectory() as tmp:
        case = Case.create(Path(tmp) / "case", title="Long name", timezone="Asia/Almaty",
                           actor="bench")
        with case.transaction():   # as a version without the limits kept it, custody and all
            venue_id = venue_rows.insert(case, Venue(
                "long", name, {"type": "Point", "coordinates": [CENTRE[1], CENTRE[0]]},
                Confidence.SURVEYED, 80.0, legal_basis="Decision No. 462"))
            audit.record(case, "bench", "venue-added", "venues", venue_id, {"slug": "long"})
        refusal(case, venue_id, 0)
        list(import_paths(case, [str(p) for p in photos(Path(tmp), 0, 5, *CENTRE, scene(800))],
                          actor="bench"))
        timed: list[tuple[str, float]] = []
        for label, suffix in (("report (PDF)", ".pdf"), ("report (HTML)", ".html")):
            began = time.perf_counter()
            written = export.write_report(case, Path(tmp) / f"report{suffix}",
                                          prepared_by="bench")
            timed.append((f"{label}: {written.pages or '-'} pages, "
                          f"{written.path.stat().st_size / 1e6:.1f} MB",
                          time.perf_counter() - began))
        began = time.perf_counter()
        static.render_case_claim_map(case, 1, Path(tmp) / "map.png")
        timed.append(("static map (PNG)", time.perf_counter() - began))
        case.close()
        began = time.perf_counter()
        interactive.export(Path(tmp) / "case", Path(tmp) / "map.html")
        timed.append(("map page (HTML)", time.perf_counter() - began))
    print(f"a venue named by {length:,} letters, 1 refusal, 5 photos")
    for label, seconds in timed:
        print(f"{label}: {seconds:.2f} s")


if __name__ == "__main__":
    main()
