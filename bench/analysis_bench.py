"""Pairing at scale: 100,000 photos against 1,000 claims over 100 venues.

Run as `.venv/bin/python bench/analysis_bench.py [--photos N --claims N --venues N]`. Prints the
time to build the facts, to pair and judge everything in memory, and to do the same from a real
case database (rows inserted directly, so the figure is the analysis, not the import). Figures
only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evidence import analysis, audit, custody  # noqa: E402
from evidence.facts import ClaimFact, PhotoFact, VenueFact, photo_fact  # noqa: E402
from evidence.geo import Shape  # noqa: E402
from evidence.model import Category, Observation, Tag  # noqa: E402
from evidence.store import Case  # noqa: E402

CENTRE = (43.24, 76.92)   # Almaty
SPREAD_DEG = 0.08         # photos and venues over about 9 × 6 km
START = datetime(2022, 1, 1, tzinfo=UTC)
DAYS = 365


def venues(n: int, rng: random.Random) -> dict[int, VenueFact]:
    out = {}
    for i in range(1, n + 1):
        lat = CENTRE[0] + rng.uniform(-SPREAD_DEG, SPREAD_DEG)
        lon = CENTRE[1] + rng.uniform(-SPREAD_DEG, SPREAD_DEG)
        if i % 2:
            shape = Shape.from_geojson({"type": "Point", "coordinates": [lon, lat]}, 80.0)
        else:
            d = 0.0008
            ring = [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]
            shape = Shape.from_geojson({"type": "Polygon", "coordinates": [ring]})
        out[i] = VenueFact(i, f"venue-{i}", f"Venue {i}", shape, "surveyed", "", None, None)
    return out


def photo_records(n: int, places: dict[int, VenueFact], rng: random.Random) -> list[dict]:
    """Inspection records: a third near a venue, the rest anywhere in the city."""
    records = []
    centres = [v.shape.centre() for v in places.values()]
    for _ in range(n):
        if rng.random() < 0.33:
            lat, lon = rng.choice(centres)
            lat, lon = lat + rng.gauss(0, 0.0006), lon + rng.gauss(0, 0.0008)
        else:
            lat = CENTRE[0] + rng.uniform(-SPREAD_DEG, SPREAD_DEG)
            lon = CENTRE[1] + rng.uniform(-SPREAD_DEG, SPREAD_DEG)
        moment = START + timedelta(seconds=rng.uniform(0, DAYS * 86400))
        records.append({"latitude": lat, "longitude": lon,
                        "gps_accuracy_m": rng.choice([None, 5.0, 12.0, 35.0]),
                        "taken_utc": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "offset_source": "timezone-at-location", "clock_skew_s": None,
                        "gps_time_utc": None, "findings": [], "software": None})
    return records


def claims(n: int, n_venues: int, rng: random.Random) -> list[ClaimFact]:
    categories = [Category.REPAIR_WORKS, Category.OTHER_EVENT, Category.CAPACITY,
                  Category.EPIDEMIC]
    out = []
    for i in range(1, n + 1):
        start = START + timedelta(days=rng.randrange(DAYS), hours=rng.choice([9, 14, 18]))
        end = start + timedelta(hours=rng.choice([3, 5, 8]))
        out.append(ClaimFact(i, f"Z-{i}", start.date().isoformat(), rng.randint(1, n_venues),
                             start, end, "Asia/Almaty", rng.choice(categories), "excuse", None))
    return out


def observations(photo_ids: list[int], rng: random.Random) -> dict[int, list[Observation]]:
    tags = list(Tag)
    return {pid: [Observation(pid, "bench", (rng.choice(tags),), rng.choice([None, 3, 150]))]
            for pid in photo_ids if rng.random() < 0.5}


def timed(label: str, fn):
    t0 = time.perf_counter()
    value = fn()
    print(f"  {label:<46} {time.perf_counter() - t0:8.2f} s", flush=True)
    return value


def in_memory(args: argparse.Namespace) -> None:
    rng = random.Random(2020)
    places = venues(args.venues, rng)
    records = photo_records(args.photos, places, rng)
    photos: list[PhotoFact] = timed(
        f"photo facts from {args.photos:,} records",
        lambda: [photo_fact(i, f"{i:064x}", r) for i, r in enumerate(records, 1)])
    claim_list = claims(args.claims, args.venues, rng)
    seen = observations([p.id for p in photos], rng)
    result = timed(f"pair and judge {args.claims:,} claims over {args.venues} venues",
                   lambda: analysis.analyze(claim_list, places, photos, seen))
    qualified = sum(len(c["photos"]) for c in result["claims"])
    verdicts = result["aggregates"]["all"]
    print(f"  {qualified:,} photo-claim pairs qualified; verdicts {json.dumps(verdicts)}")


def from_case(args: argparse.Namespace) -> None:
    rng = random.Random(2020)
    places = venues(args.venues, rng)
    records = photo_records(args.photos, places, rng)
    claim_list = claims(args.claims, args.venues, rng)
    with tempfile.TemporaryDirectory(prefix="skver-analysis-bench-") as tmp:
        case = Case.create(Path(tmp) / "case", title="bench", timezone="Asia/Almaty",
                           actor="bench")
        timed("write the case (direct inserts)",
              lambda: _fill(case, places, records, claim_list, rng))
        result = timed("load the case and analyze it", lambda: analysis.analyze_case(case))
        text = timed("serialise to JSON", lambda: json.dumps(result, sort_keys=True))
        print(f"  JSON {len(text) / 1e6:.1f} MB")
        case.close()


def _fill(case: Case, places, records, claim_list, rng) -> None:
    with case.transaction():
        for v in places.values():
            lat, lon = v.shape.centre()
            case.conn.execute(
                "INSERT INTO venues (id, slug, name_en, geometry, radius_m, confidence) "
                "VALUES (?, ?, ?, ?, ?, 'surveyed')",
                (v.id, v.slug, v.name, json.dumps({"type": "Point", "coordinates": [lon, lat]}),
                 80.0))
            audit.record(case, "bench", "venue-added", "venues", v.id)
        entry = case.record("bench", "bench-photos")
        case.conn.executemany(
            "INSERT INTO photos (id, sha256, stored_path, size_bytes, media_type, inspection, "
            "taken_utc, latitude, longitude, custody_seq) VALUES (?, ?, ?, 0, 'image/jpeg', ?, "
            "?, ?, ?, ?)",
            ((i, f"{i:064x}", f"originals/x/{i}.jpg", custody.canonical(r), r["taken_utc"],
              r["latitude"], r["longitude"], entry.seq) for i, r in enumerate(records, 1)))
        for c in claim_list:
            case.conn.execute(
                "INSERT INTO claims (id, document_number, document_date, venue_id, "
                "window_start_utc, window_end_utc, window_zone, excuse_text, category, "
                "category_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'user')",
                (c.id, c.document_number, c.document_date, c.venue_id,
                 c.start.strftime("%Y-%m-%dT%H:%M:%SZ"), c.end.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 c.zone, c.excuse_text, c.category.value))
        case.conn.executemany(
            "INSERT INTO observations (photo_id, reviewer, observed_utc, tags, people_count) "
            "VALUES (?, 'bench', '2023-01-01T00:00:00Z', ?, ?)",
            ((i, json.dumps([rng.choice(list(Tag)).value]), rng.choice([None, 3, 150]))
             for i in range(1, len(records) + 1) if rng.random() < 0.5))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1_000)
    parser.add_argument("--venues", type=int, default=100)
    args = parser.parse_args()
    print(f"Pairing benchmark: {args.photos:,} photos, {args.claims:,} claims, "
          f"{args.venues} venues (half points with 80 m radius, half 90 m squares)")
    print("In memory:")
    in_memory(args)
    print("From a case database:")
    from_case(args)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Peak memory (this process): {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
