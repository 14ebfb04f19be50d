"""The worker pool recipe: results in order, and never the whole batch handed out at once."""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

import pytest

from evidence import parallel


def _square(n: int) -> int:
    return n * n


def _touch(folder: str, n: int) -> int:
    (Path(folder) / f"{n}.started").touch()
    return n


def test_results_come_in_order_whatever_the_chunks():
    items = list(range(50))
    for chunksize in (1, 3, 50):
        got = list(parallel.run_ordered(_square, items, processes=2, chunksize=chunksize))
        assert got == [n * n for n in items]


@pytest.mark.slow
def test_a_slow_caller_holds_back_the_work_not_piles_it_up(tmp_path):
    """A batch of thousands of photos costs the calling process memory per file handed to the
    pool, so only a few chunks may be ahead of the caller, however large the batch."""
    items = list(range(400))
    results = parallel.run_ordered(partial(_touch, str(tmp_path)), items, processes=2,
                                   chunksize=1)
    assert next(results) == 0
    started, deadline = -1, time.monotonic() + 30
    while time.monotonic() < deadline:  # until the workers have done all they were given
        now = len(list(tmp_path.glob("*.started")))
        if now == started:
            break
        started = now
        time.sleep(0.5)
    assert started <= parallel.AHEAD_PER_PROCESS * 2
    assert list(results) == items[1:]
