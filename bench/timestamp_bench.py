"""Benchmark: what RFC 3161 timestamps add to `export` and to `verify`, against a TSA on
127.0.0.1 (openssl ts, tests/helpers/tsa.py), never the internet.

Run as `.venv/bin/python bench/timestamp_bench.py [--rounds N]`. It times, in this process,
asking the local TSA for one token over a manifest-sized input (openssl's start-up per request
included: a real TSA's network round trip is what a user waits for instead), checking one token
offline against the shipped TSA trust list plus the test root, and how long an export waits
for an authority that is not there (a dead port: refused at once; an unroutable address waits
up to bundles.timestamps.TIMEOUT_S). It prints figures and never fails on speed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bundles import timestamps  # noqa: E402
from bundles.verify import default_tsa_anchors  # noqa: E402
from tests.helpers.tsa import dead_url, running_tsa  # noqa: E402


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:7.1f} ms (median of {len(samples)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    manifest = b'{"files": []}' * 20_000  # about the demo case's manifest, 260 kB
    with tempfile.TemporaryDirectory() as scratch, running_tsa(Path(scratch) / "tsa") as tsa:
        asked, tokens = [], []
        for _ in range(rounds):
            start = time.perf_counter()
            got = timestamps.request_tokens(manifest, [tsa.url])
            asked.append(time.perf_counter() - start)
            tokens.append(got.obtained[0].reply)
        roots = timestamps.load_anchors([*default_tsa_anchors(), tsa.ca_pem])
        checked = []
        for token in tokens:
            start = time.perf_counter()
            verdict = timestamps.check_token("timestamps/1.tsr", token, manifest, roots)
            checked.append(time.perf_counter() - start)
            assert verdict.state == timestamps.StampState.TRUSTED, verdict.message
        start = time.perf_counter()
        timestamps.request_tokens(manifest, [dead_url()])
        dead = time.perf_counter() - start
    print(f"  one token from the local TSA   {_median_ms(asked)}")
    print(f"  one token checked offline      {_median_ms(checked)}  ({len(roots)} anchors)")
    print(f"  a dead port asked              {dead * 1000:7.1f} ms")
    print(f"  token size                     {len(tokens[0])} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
