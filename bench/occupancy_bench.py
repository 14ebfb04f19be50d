"""Reading an akimat's occupancy table: a page at the read limit, and a hostile one.

Run as `.venv/bin/python bench/occupancy_bench.py`. Prints the time to read (html.parser, the
bounds of evidence/occupancy_table.py) a 5 MB page of ordinary rows, one whose rows are all
inside a <script> (skipped), and one of deeply nested unclosed tags, and the time to hold 500
"another event" refusals against 10,000 published entries. Figures only; nothing is asserted.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evidence import occupancy_check, occupancy_table  # noqa: E402
from evidence.model import (  # noqa: E402
    Category,
    Claim,
    Confidence,
    EntrySource,
    OccupancyEntry,
    OccupancyPage,
    PageCapture,
    Venue,
)

LIMIT = occupancy_table.MAX_HTML_BYTES
ROW = "<tr><td>Площадь</td><td>10.06.2025</td><td>10:00-14:00</td><td>1 500</td></tr>"
HEAD = "<html><table><tr><th>Место</th><th>Дата</th><th>Время</th><th>Участники</th></tr>"
VENUE = Venue("square", "Площадь", {"type": "Point", "coordinates": [76.9, 43.2]},
              Confidence.SURVEYED, 50, name_ru="Площадь", id=1)


def timed(what: str, html: str) -> None:
    data = html.encode()[:LIMIT]
    start = time.perf_counter()
    try:
        reading = occupancy_table.read(data, [VENUE])
        found = f"{len(reading.entries):,} rows read, {len(reading.skipped):,} skipped"
    except Exception as exc:  # a KnownError is a figure here too
        found = f"refused: {exc}"
    print(f"{what:<44} {len(data) / 1e6:5.1f} MB  {time.perf_counter() - start:6.2f} s  {found}")


def matching() -> None:
    tz = UTC
    page = OccupancyPage(1, "0" * 64, "originals/00/x.html", "text/html", 1, "https://x", "",
                         PageCapture.SAVED, "t", "", "2025-01-01", "2025-12-31")
    day = datetime(2025, 1, 1, 10, tzinfo=tz)
    entries = tuple(OccupancyEntry(1, 1, day + timedelta(hours=7 * n),
                                   day + timedelta(hours=7 * n + 2), "UTC", "e", 100,
                                   EntrySource.PERSON, id=n) for n in range(10_000))
    claims = [Claim("Z", "2025-01-01", 1, day + timedelta(hours=11 * n),
                    day + timedelta(hours=11 * n + 3), "UTC", "event", Category.OTHER_EVENT,
                    id=n + 1) for n in range(500)]
    start = time.perf_counter()
    codes = [occupancy_check.finding(c, (page,), entries, None).code for c in claims]
    print(f"{'500 refusals against 10,000 entries':<44} {'':>8}  "
          f"{time.perf_counter() - start:6.2f} s  {codes.count('event_published'):,} published")


def main() -> None:
    rows = LIMIT // len(ROW.encode())
    timed("ordinary rows up to the read limit", HEAD + ROW * rows)
    timed("every row inside a <script>", HEAD + "<script>" + ROW * rows)
    timed("unclosed nested tags", HEAD + "<tr><td><b><i><span>" * (LIMIT // 40))
    matching()


if __name__ == "__main__":
    main()
