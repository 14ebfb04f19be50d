"""Benchmark: `main.py import` into a case against cp (+ sync) and sha256sum, same 12 MP JPEGs.

Run as `.venv/bin/python bench/import_bench.py [--count N]`. It reuses inspect_bench's cached
photos (bench/.cache/jpeg-12mp/, generated on first use) and its memory sampler. Every step
runs once to warm up and then `--runs` times, round robin; the median wall time is reported.
Each import goes into a fresh case folder and each cp into a fresh folder, both beside the
cache (same filesystem) and deleted afterwards; `sync` runs, untimed, before every timed step.
The source files stay in the page cache throughout, for every command alike.

Import fsyncs every original, so its yardstick "copy+hash" is `cp` + `sync` + `sha256sum` in one
process (the target: import at least half as fast); the ratio against cp without sync, against
`sha256sum` over all cores and against Python's hashlib (OpenSSL, what Skver hashes with) is
printed too. Peak memory of the process tree is sampled for a small and the full batch, and the
last timed import's case is checked with `verify` and `photos --json`. It prints figures and
never fails on speed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from inspect_bench import (
    CACHE_ROOT,
    HASHLIB,
    MB,
    REPO,
    Command,
    Memory,
    _cpu_model,
    batch_line,
    ensure_photos,
    measure_memory,
    run_once,
)

MAIN = [sys.executable, str(REPO / "main.py")]
ACTOR = ["--actor", "import-bench"]
TARGET_RATIO = 0.5  # import at least half as fast as copy+hash
NOT_PER_PHOTO = ("skver case init", "sync after import", "sync after cp")
CPU_FIELDS = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")


@dataclass
class Step:
    label: str
    times: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def _scratch(prefix: str) -> Path:
    """A new empty folder beside the photo cache: the same filesystem as the sources."""
    return Path(tempfile.mkdtemp(prefix=f"import-bench-{prefix}-", dir=CACHE_ROOT))


def _timed_sync() -> float:
    started = time.perf_counter()
    os.sync()
    return time.perf_counter() - started


def _cpu_ticks() -> dict[str, int]:
    """The machine's CPU time so far by kind, from /proc/stat (empty if unreadable)."""
    try:
        with open("/proc/stat") as fh:
            values = fh.readline().split()[1:1 + len(CPU_FIELDS)]
    except OSError:
        return {}
    return dict(zip(CPU_FIELDS, map(int, values), strict=False))


def _cpu_split(before: dict[str, int], after: dict[str, int]) -> dict[str, float]:
    """Shares of all cores' time between two readings: busy, iowait, steal, idle."""
    delta = {k: after.get(k, 0) - before.get(k, 0) for k in CPU_FIELDS}
    total = sum(delta.values()) or 1
    busy = sum(delta[k] for k in ("user", "nice", "system", "irq", "softirq"))
    return {"busy": busy / total, "iowait": delta["iowait"] / total,
            "steal": delta["steal"] / total, "idle": delta["idle"] / total}


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    os.sync()  # the deletion's writes must not land in the next timed step


def init_case(out: Path) -> tuple[Path, float]:
    """A fresh, empty case beside the cache, and how long `case init` took."""
    case = _scratch("case")
    os.sync()
    elapsed = run_once(Command("case init", [*MAIN, "case", "init", str(case), *ACTOR]), out)
    return case, elapsed


def import_argv(case: Path, names: Sequence[str]) -> list[str]:
    return [*MAIN, "import", "--case", str(case), "--json", *ACTOR, *names]


class Suite:
    """The timed steps of one round; `keep_case` keeps the last import's case for checking."""

    def __init__(self, names: list[str], out: Path) -> None:
        self.names, self.out = names, out
        usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
        self.usable = usable
        self.listing = "\0".join(names).encode() + b"\0"
        self.per_job = -(-len(names) // usable)
        labels = ("skver case init", "skver import --json", "sync after import", "cp",
                  "sync after cp", "sha256sum (1 process)", f"sha256sum (xargs -P{usable})",
                  "python hashlib (1 process)")
        self.steps = {label: Step(label) for label in labels}
        self.kept_case: Path | None = None
        self.import_cpu: list[dict[str, float]] = []
        self.import_output = out / "import.json"
        self.sums_output = out / "sha256sum.txt"

    def rounds(self) -> list[Callable[[bool, bool], None]]:
        return [self._import, self._copy, self._sha_serial, self._sha_parallel, self._hashlib]

    def _record(self, timed: bool, label: str, elapsed: float) -> None:
        if timed:
            self.steps[label].times.append(elapsed)

    def _import(self, timed: bool, keep: bool) -> None:
        case, init_s = init_case(self.out / "init.out")
        os.sync()
        before = _cpu_ticks()
        elapsed = run_once(Command("skver import", import_argv(case, self.names)),
                           self.import_output)
        if timed:
            self.import_cpu.append(_cpu_split(before, _cpu_ticks()))
        self._record(timed, "skver case init", init_s)
        self._record(timed, "skver import --json", elapsed)
        self._record(timed, "sync after import", _timed_sync())
        if keep:
            if self.kept_case is not None:
                _remove(self.kept_case)
            self.kept_case = case
        else:
            _remove(case)

    def _copy(self, timed: bool, _keep: bool) -> None:
        target = _scratch("cp")
        os.sync()
        elapsed = run_once(Command("cp", ["cp", "--", *self.names, str(target)]),
                           self.out / "cp.out")
        self._record(timed, "cp", elapsed)
        self._record(timed, "sync after cp", _timed_sync())
        _remove(target)

    def _sha_serial(self, timed: bool, _keep: bool) -> None:
        os.sync()
        elapsed = run_once(Command("sha256sum", ["sha256sum", *self.names]), self.sums_output)
        self._record(timed, "sha256sum (1 process)", elapsed)

    def _sha_parallel(self, timed: bool, _keep: bool) -> None:
        label = f"sha256sum (xargs -P{self.usable})"
        argv = ["xargs", "-0", "-P", str(self.usable), "-n", str(self.per_job), "sha256sum"]
        os.sync()
        elapsed = run_once(Command(label, argv, stdin=self.listing), self.out / "sha-p.out")
        self._record(timed, label, elapsed)

    def _hashlib(self, timed: bool, _keep: bool) -> None:
        os.sync()
        elapsed = run_once(Command("hashlib", [sys.executable, "-c", HASHLIB, *self.names]),
                           self.out / "hashlib.out")
        self._record(timed, "python hashlib (1 process)", elapsed)


# ---------------------------------------------------------------- checking


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, cwd=REPO, check=False)


def check_case(case: Path, names: Sequence[str], import_json: Path, sums: Path) -> list[str]:
    """Problems with a case after one import: verify, photos --json, hashes, outcomes."""
    problems = []
    expected = {}
    for line in sums.read_text().splitlines():
        digest, _, name = line.partition("  ")
        expected[os.path.abspath(name)] = digest
    try:
        results = json.loads(import_json.read_text(encoding="utf-8"))
    except ValueError as exc:
        results = []
        problems.append(f"import --json printed invalid JSON ({exc})")
    imported = [r for r in results if r.get("outcome") == "imported"]
    if len(imported) != len(names):
        problems.append(f"import --json reported {len(imported)} imported of {len(names)}")
    wrong = sum(1 for r in imported
                if expected.get(os.path.abspath(r.get("source", ""))) != r.get("sha256"))
    if wrong:
        problems.append(f"import: {wrong} SHA-256 values differ from sha256sum's")

    verify = _run([*MAIN, "verify", "--case", str(case), *ACTOR])
    if verify.returncode != 0:
        tail = " | ".join((verify.stdout + verify.stderr).strip().splitlines()[-3:])
        problems.append(f"verify exited with {verify.returncode}: {tail}")

    listing = _run([*MAIN, "photos", "--case", str(case), "--json"])
    try:
        photos = json.loads(listing.stdout) if listing.returncode == 0 else None
    except ValueError:
        photos = None
    if not isinstance(photos, list):
        problems.append(f"photos --json exited with {listing.returncode} or printed no list")
        return problems
    if len(photos) != len(names):
        problems.append(f"photos --json lists {len(photos)} photos, expected {len(names)}")
    stored = {p.get("sha256") for p in photos}
    if stored != {expected.get(os.path.abspath(n)) for n in names}:
        problems.append("photos --json: the set of SHA-256 values differs from sha256sum's")
    missing = sum(1 for p in photos if not Path(p.get("path", "")).is_file())
    if missing:
        problems.append(f"photos --json: {missing} stored originals are missing")
    return problems


# ---------------------------------------------------------------- report


def import_memory(names: Sequence[str], out: Path) -> Memory:
    """Peak memory of one untimed import of `names` into a fresh case."""
    case, _ = init_case(out / "init.out")
    try:
        return measure_memory(Command("import", import_argv(case, names)), out / "memory.json")
    finally:
        _remove(case)


def _row(label: str, seconds: float, count: int, total_bytes: int,
         spread: tuple[float, float] | None = None) -> str:
    span = f"{spread[0]:.2f}–{spread[1]:.2f}" if spread else ""
    if label in NOT_PER_PHOTO:
        rates = f"{'':>9} {'':>8}"
    else:
        rates = f"{count / seconds:>9.1f} {total_bytes / MB / seconds:>8.1f}"
    return f"{label:<38} {seconds:>9.3f} {span:>13} {rates}".rstrip()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300, help="photos to generate and import")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per step")
    parser.add_argument("--memory-small", type=int, default=100, metavar="N",
                        help="the smaller batch for peak memory (the larger is --count)")
    args = parser.parse_args(argv)
    if args.count < 1 or args.runs < 1 or args.memory_small < 1:
        parser.error("--count, --runs and --memory-small must be at least 1")
    for tool in ("cp", "sha256sum", "xargs"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is not installed")

    photos = ensure_photos(args.count)
    names = [str(p) for p in photos]
    sizes = [p.stat().st_size for p in photos]
    total_bytes = sum(sizes)
    count = len(photos)
    cores = os.cpu_count() or 1
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    fs = _run(["stat", "-f", "-c", "%T", str(CACHE_ROOT)]).stdout.strip() or "?"
    coreutils = _run(["sha256sum", "--version"]).stdout.splitlines()[:1] or ["?"]
    print(f"Machine: {_cpu_model()}, {cores} cores; load average {load}; "
          f"Python {platform.python_version()}; {coreutils[0]}; cache filesystem {fs}")
    print(batch_line(sizes))
    print(f"Each step: 1 warm-up run, then {args.runs} timed runs (round robin); median wall "
          "time; sources in the page cache; MB = 10^6 bytes of source photos.", flush=True)

    with tempfile.TemporaryDirectory(prefix="skver-import-bench-") as tmp:
        out = Path(tmp)
        suite = Suite(names, out)
        try:
            for round_ in range(1 + args.runs):
                last = round_ == args.runs
                for step in suite.rounds():
                    step(round_ > 0, last)
            problems = (["no case was kept for checking"] if suite.kept_case is None else
                        check_case(suite.kept_case, names, suite.import_output,
                                   suite.sums_output))
        finally:
            if suite.kept_case is not None:
                _remove(suite.kept_case)
        small = min(args.memory_small, count)
        memory = {n: import_memory(names[:n], out) for n in sorted({small, count})}

    steps = suite.steps
    imp = steps["skver import --json"]
    cp, cp_sync = steps["cp"], steps["sync after cp"]
    sha1 = steps["sha256sum (1 process)"]
    sha_p = steps[f"sha256sum (xargs -P{suite.usable})"]
    hashlib_1 = steps["python hashlib (1 process)"]
    imp_sync = imp.median + steps["sync after import"].median
    copy = {"cp": cp.median, "cp + sync": cp.median + cp_sync.median}
    hashing = {"sha256sum": sha1.median, f"sha256sum -P{suite.usable}": sha_p.median,
               "hashlib": hashlib_1.median}

    print()
    header = (f"{'step':<38} {'median s':>9} {'min–max s':>13} {'photos/s':>9} "
              f"{'MB/s':>8}")
    print(header)
    print("-" * len(header))
    for step in steps.values():
        print(_row(step.label, step.median, count, total_bytes,
                   (min(step.times), max(step.times))))
    print(_row("= skver import + sync", imp_sync, count, total_bytes))
    print(_row("= cp + sync", copy["cp + sync"], count, total_bytes))
    for copy_label, copy_s in copy.items():
        for hash_label, hash_s in hashing.items():
            print(_row(f"= copy+hash: {copy_label}, {hash_label}", copy_s + hash_s, count,
                       total_bytes))

    primary = copy["cp + sync"] + sha1.median
    ratio = primary / imp.median
    print()
    print(f"import speed / copy+hash speed: {ratio:.2f}× (copy+hash = cp + sync + sha256sum "
          f"in 1 process = {primary:.2f} s; import {imp.median:.2f} s, "
          f"{imp.median / count * 1000:.1f} ms per photo)")
    print(f"Target 'import at least half as fast as copy+hash': "
          f"{'MET' if ratio >= TARGET_RATIO else 'NOT MET'}")
    print(f"The same ratio for other definitions of copy+hash (target ≥ {TARGET_RATIO:.1f}×):")
    print(f"  {'':<12}" + "".join(f"{'+ ' + label:>18}" for label in hashing))
    for copy_label, copy_s in copy.items():
        print(f"  {copy_label:<12}" + "".join(f"{(copy_s + hash_s) / imp.median:>17.2f}×"
                                              for hash_s in hashing.values()))
    if suite.import_cpu:
        split = {k: statistics.median(c[k] for c in suite.import_cpu) for k in
                 suite.import_cpu[0]}
        print("CPU during the timed imports (all cores, median): "
              + ", ".join(f"{k} {v:.0%}" for k, v in split.items()))
    print(f"Case init (timed separately): {steps['skver case init'].median * 1000:.0f} ms")
    print()
    for n, peak in memory.items():
        print(f"Peak memory of import, {n:>4} photos: {peak.tree_rss_kib / 1024:6.0f} MiB RSS "
              f"summed over up to {peak.processes} processes (PSS "
              f"{peak.tree_pss_kib / 1024:.0f} MiB); main process ru_maxrss "
              f"{peak.largest_kib / 1024:.0f} MiB")
    if len(memory) == 2:
        (n_small, low), (n_large, high) = memory.items()
        print(f"Memory growth from {n_small} to {n_large} photos: "
              f"{(high.tree_pss_kib - low.tree_pss_kib) / 1024:+.0f} MiB PSS, "
              f"{(high.tree_rss_kib - low.tree_rss_kib) / 1024:+.0f} MiB RSS")
    print()
    if problems:
        for problem in problems:
            print(f"WARNING: {problem}")
    else:
        print(f"Sanity (last timed import): {count} imported with SHA-256 equal to "
              f"sha256sum's; `verify` exited 0; `photos --json` lists {count} photos, every "
              "original present.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
