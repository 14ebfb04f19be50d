"""Ordered work over worker processes, with progress and cancel: the core's one pool recipe.

Workers come from a forkserver, which is safe to start from a program with threads (the GUI)
and starts them fast with the heavy imports already done.

Workers never outlive the process they work for. Killed (kill -9, a crash), it cannot tell them
to stop, and each would wait for work forever, 60-75 MB apiece: so each worker holds the read
end of a pipe whose only write end is that process's, and a thread in the worker exits it when
the pipe closes, which the system does at the writer's death however it died (`_watch`). The
same pipe works with spawn (Windows, macOS), where a Connection is handed over by duplicating
its handle.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Starting worker processes costs about 0.3 s on a 2-core machine; below this much estimated
# serial work one process is faster (measured: 50 twelve-megapixel JPEGs, 0.63 s serial vs 0.80 s).
PARALLEL_MIN_WORK_S = 0.6
SERIAL_COST_PER_FILE_S = 0.001       # exifread, Pillow's header, the time zone
SERIAL_COST_PER_BYTE_S = 1 / 1.2e9   # SHA-256 and reading, about 1.2 GB/s per core
# Chunks handed to the pool ahead of the caller, per worker: enough to keep every worker busy
# while the caller handles a result, few enough that memory does not grow with the batch.
AHEAD_PER_PROCESS = 4
PRELOAD = ["evidence.inspection", "evidence.importer", "PIL.Image", "pillow_heif",
           "timezonefinder"]


def worth_parallel(paths: list[str], per_file_s: float | None = None) -> bool:
    """Whether reading these files serially would outweigh starting worker processes."""
    per_file_s = SERIAL_COST_PER_FILE_S if per_file_s is None else per_file_s
    work = 0.0
    for path in paths:
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0
        work += per_file_s + size * SERIAL_COST_PER_BYTE_S
        if work > PARALLEL_MIN_WORK_S:
            return True
    return False


def run_ordered(fn: Callable[[T], R], items: list[T], *, processes: int | None,
                progress: Progress | None = None, cancelled: Cancelled | None = None,
                chunksize: int | None = None) -> Iterator[R]:
    """fn(item) for each item, in order; in `processes` worker processes, or here if None.

    `progress(done, total)` after each result; stops when `cancelled()` turns true, and then
    no further item is started.
    """
    total = len(items)
    if not processes:
        yield from _reporting((fn(item) for item in items), total, progress, cancelled)
        return
    context = _context()
    if chunksize is None:
        chunksize = max(1, min(8, total // (processes * 4)))
    lifeline, held = context.Pipe(duplex=False)  # the workers read; only this process writes
    try:
        with ProcessPoolExecutor(max_workers=processes, mp_context=context,
                                 initializer=_watch, initargs=(lifeline,)) as pool:
            results = _bounded_map(pool, fn, items, chunksize, AHEAD_PER_PROCESS * processes)
            try:
                yield from _reporting(results, total, progress, cancelled)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
    finally:
        lifeline.close()
        held.close()


def _watch(lifeline: Any) -> None:
    """In a worker, first: a thread that ends the worker once the pipe from the process it
    works for reads end-of-file (that process gone). Nothing is ever sent on it."""
    def wait() -> None:
        with contextlib.suppress(EOFError, OSError):
            lifeline.recv_bytes()
        os._exit(1)  # at once: no cleanup of a pool whose owner is gone

    threading.Thread(target=wait, name="skver-lifeline", daemon=True).start()


def _context() -> Any:
    """A forkserver where the platform has one; spawn (Windows, and macOS's default) elsewhere."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def _bounded_map(pool: ProcessPoolExecutor, fn: Callable[[T], R], items: list[T],
                 chunksize: int, ahead: int) -> Iterator[R]:
    """pool.map's results in order, with at most `ahead` chunks handed to the pool and not yet
    taken by the caller. pool.map submits every item at once: a future, a work item and, while
    the caller is slower than the workers, a result for each, about 2 KiB a file in the calling
    process (19 MiB more for 10,000 photos than for 1,000), however slowly the results are used."""
    pending: deque[Future[list[R]]] = deque()
    for start in range(0, len(items), chunksize):
        pending.append(pool.submit(_run_chunk, fn, items[start:start + chunksize]))
        if len(pending) >= ahead:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _reporting(results: Iterable[R], total: int, progress: Progress | None,
               cancelled: Cancelled | None) -> Iterator[R]:
    for done, result in enumerate(results, start=1):
        yield result
        if progress:
            progress(done, total)
        if cancelled and cancelled():
            return
