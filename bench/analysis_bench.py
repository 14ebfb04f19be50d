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

from evidence import analysis, custody, store  # noqa: E402
from evidence.model import (  # noqa: E402
    CaseInfo,
    Category,
    Claim,
    Confidence,
    Observation,
    PhotoRecord,
    Tag,
    Venue,
)
from evidence.store import Case, CaseData, audit  # noqa: E402

CENTRE = (43.24, 76.92)   # Almaty
SPREAD_DEG = 0.08         # photos and venues over about 9 × 6 km
START = datetime(2022, 1, 1, tzinfo=UTC)
DAYS = 365


def venues(n: int, rng: random.Random) -> list[Venue]:
    out = []
    for i in range(1, n + 1):
        lat = CENTRE[0] + rng.uniform(-SPREAD_DEG, SPREAD_DEG)
        lon = CENTRE[1] + rng.uniform(-SPREAD_DEG, SPREAD_DEG)
        if i % 2:
            geometry, radius = {"type": "Point", "coordinates": [lon, lat]}, 80.0
        else:
            d = 0.0008
            ring = [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]
            geometry, radius = {"type": "Polygon", "coordinates": [ring]}, None
        out.append(Venue(f"venue-{i}", f"Venue {i}", geometry, Confidence.SURVEYED, radius,
                         id=i))
    return out


def photo_records(n: int, places: list[Venue], rng: random.Random) -> list[PhotoRecord]:
    """Stored photos: a third near a venue, the rest anywhere in the city."""
    records = []
    centres = [(v.geometry["coordinates"][1], v.geometry["coordinates"][0])
               if v.geometry["type"] == "Point" else
               (v.geometry["coordinates"][0][0][1], v.geometry["coordinates"][0][0][0])
               for v in places]
    for i in range(1, n + 1):
        if rng.random() < 0.33:
            lat, lon = rng.choice(centres)
            lat, lon = lat + rng.gauss(0, 0.0006), lon + rng.gauss(0, 0.0008)
        else:
            lat = CENTRE[0] + rng.uniform(-SPREAD_DEG, SPREAD_DEG)
            lon = CENTRE[1] + rng.uniform(-SPREAD_DEG, SPREAD_DEG)
        moment = START + timedelta(seconds=rng.uniform(0, DAYS * 86400))
        record = {"latitude": lat, "longitude": lon,
                  "gps_accuracy_m": rng.choice([None, 5.0, 12.0, 35.0]),
                  "taken_utc": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "offset_source": "exif", "taken_offset": "+06:00", "clock_skew_s": None,
                  "gps_time_utc": None, "findings": [], "software": None}
        records.append(PhotoRecord(i, f"{i:064x}", f"originals/x/{i}.jpg", 0, "image/jpeg",
                                   custody.canonical(record), record["taken_utc"], lat, lon, 1))
    return records


def claims(n: int, n_venues: int, rng: random.Random) -> list[Claim]:
    categories = [Category.REPAIR_WORKS, Category.OTHER_EVENT, Category.CAPACITY,
                  Category.EPIDEMIC]
    out = []
    for i in range(1, n + 1):
        start = START + timedelta(days=rng.randrange(DAYS), hours=rng.choice([9, 14, 18]))
        end = start + timedelta(hours=rng.choice([3, 5, 8]))
        out.append(Claim(f"Z-{i}", start.date().isoformat(), rng.randint(1, n_venues), start,
                         end, "Asia/Almaty", "excuse", rng.choice(categories), id=i))
    return out


def observations(photo_ids: list[int], rng: random.Random
                 ) -> dict[int, tuple[Observation, ...]]:
    tags = list(Tag)
    return {pid: (Observation(pid, "bench", (rng.choice(tags),), rng.choice([None, 3, 150]),
                              "", "2023-01-01T00:00:00Z"),)
            for pid in photo_ids if rng.random() < 0.5}


def timed(label: str, fn):
    t0 = time.perf_counter()
    value = fn()
    print(f"  {label:<46} {time.perf_counter() - t0:8.2f} s", flush=True)
    return value


def in_memory(args: argparse.Namespace) -> None:
    rng = random.Random(2020)
    places = venues(args.venues, rng)
    photos = photo_records(args.photos, places, rng)
    claim_list = claims(args.claims, args.venues, rng)
    data = CaseData(Path("."), CaseInfo("bench", "bench", "Asia/Almaty", "", "bench"), False,
                    tuple(photos), tuple(sorted(places, key=lambda v: v.slug)),
                    tuple(claim_list), observations([p.id for p in photos], rng), {})
    engine = timed(f"facts of {args.photos:,} photos; {args.claims:,} claims paired, judged",
                   lambda: analysis.Analysis(data))
    result = timed("aggregates across the claims", engine.result)
    qualified = sum(len(c.photos) for c in result.claims)
    verdicts = result.aggregates.all.as_json()
    print(f"  {qualified:,} photo-claim pairs qualified; verdicts {json.dumps(verdicts)}")
    some = [c.claim_id for c in result.claims if c.photos][:1]
    observed = [result.claim(some[0]).photos[0].photo_id] if some else []
    timed("judge again after one photo's new observation",
          lambda: engine.update(data, observed=observed))


def from_case(args: argparse.Namespace) -> None:
    rng = random.Random(2020)
    places = venues(args.venues, rng)
    records = photo_records(args.photos, places, rng)
    claim_list = claims(args.claims, args.venues, rng)
    with tempfile.TemporaryDirectory(prefix="skver-analysis-bench-") as tmp:
        case = Case.create(Path(tmp) / "case", title="bench", timezone="Asia/Almaty",
                           actor="bench")
        timed("write the case (rows, through evidence.store)",
              lambda: _fill(case, places, records, claim_list, rng))
        result = timed("read the case and analyze it", lambda: analysis.analyze_case(case))
        text = timed("serialise to JSON", lambda: json.dumps(result.as_json(), sort_keys=True))
        print(f"  JSON {len(text) / 1e6:.1f} MB")
        case.close()


def _fill(case: Case, places: list[Venue], records: list[PhotoRecord], claim_list: list[Claim],
          rng: random.Random) -> None:
    """Rows as the store writes them, without copying files: the figure is the analysis."""
    with case.transaction():
        for venue in places:
            row_id = store.venues.insert(case, venue)
            audit.record(case, "bench", "venue-added", "venues", row_id)
        entry = case.record("bench", "bench-photos")
        for r in records:
            store.photos.add(case, sha256=r.sha256, stored_path=r.stored_path,
                             size_bytes=r.size_bytes, media_type=r.media_type,
                             stored_json=r.stored_json, taken_utc=r.taken_utc,
                             latitude=r.latitude, longitude=r.longitude,
                             custody_seq=entry.seq)
        for claim in claim_list:
            store.claims.insert(case, claim)
        for seen in observations([r.id for r in records], rng).values():
            store.observations.insert(case, seen[0])


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
