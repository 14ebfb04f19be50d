"""The refusal's procedure at scale: procedure findings for N refusals with every field recorded,
answered at random within 0-15 days of notifications spread over 2020-2025.

Run as `.venv/bin/python bench/procedure_bench.py [--claims N]`. Prints the time per refusal
(the working-day calendar's holidays are read once per year, then cached) and how many of each
finding. Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evidence.model import AssemblyForm, Category, Claim  # noqa: E402
from evidence.procedure import procedure_findings  # noqa: E402


def refusals(n: int, seed: int = 20) -> list[Claim]:
    rng = random.Random(seed)
    found = []
    for i in range(n):
        notified = date(2020, 6, 1) + timedelta(days=rng.randrange(2000))
        answered = notified + timedelta(days=rng.randrange(16))
        event = notified + timedelta(days=rng.randrange(3, 25))
        start = datetime.combine(event, datetime.min.time(), UTC)
        found.append(Claim(
            document_number=f"B-{i}", document_date=answered.isoformat(), venue_id=1,
            window_start=start, window_end=start + timedelta(hours=4),
            window_zone="Asia/Almaty", excuse_text="x",
            category=rng.choice([Category.OTHER_EVENT, Category.REPAIR_WORKS,
                                 Category.PUBLIC_ORDER]),
            event_date=event.isoformat(), assembly_form=rng.choice(list(AssemblyForm)),
            notified_on=notified.isoformat(), answered_on=answered.isoformat(),
            ground=rng.choice(["10", "3", "none"]), id=i + 1))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=10_000)
    args = parser.parse_args()
    claims = refusals(args.claims)
    began = time.perf_counter()
    counts: Counter[str] = Counter()
    for claim in claims:
        counts.update(f.code.value for f in procedure_findings(claim))
    took = time.perf_counter() - began
    print(f"{args.claims} refusals: {took:.2f} s, {took / args.claims * 1e6:.0f} µs each")
    for code, count in sorted(counts.items()):
        print(f"  {code}: {count}")


if __name__ == "__main__":
    main()
