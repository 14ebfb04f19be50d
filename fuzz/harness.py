"""One fuzzing worker: a target driven by atheris or hypothesis until its time is up.

`fuzz/run.py` starts this module in a subprocess (`python -m fuzz.harness ...`) and watches it.
Before every input the worker writes the input's bytes to WORK/<target>/input<suffix> (the file
the target then reads), so when the worker hangs or dies the parent knows which input did it.
An input that makes the target raise anything it may not raise is saved once per distinct
failure (exception type and place) as crashes/<target>/<sha256>, its traceback beside it.
"""

from __future__ import annotations

import argparse
import faulthandler
import hashlib
import importlib
import json
import os
import resource
import signal
import sys
import time
import traceback
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ("metadata", "bundle", "claims_csv", "geojson", "proofzip", "occupancy")
# Address space a worker may use: a hostile input that wants more fails with MemoryError
# (a finding) instead of taking the machine down.
MEMORY_LIMIT = 3 << 30
STATS_EVERY_S = 1.0


def load(name: str, instrument: bool = False) -> ModuleType:
    """The target module `fuzz.fuzz_<name>`, instrumented for atheris when asked."""
    module = f"fuzz.fuzz_{name}"
    if not instrument:
        return importlib.import_module(module)
    import atheris

    plain = importlib.import_module(module)  # for its lists; it imports no project code itself
    with atheris.instrument_imports(include=list(plain.INSTRUMENT)):
        for name in plain.MODULES:  # what check() imports, instrumented before first use
            importlib.import_module(name)
    return plain


class Worker:
    def __init__(self, target: ModuleType, work: Path, crashes: Path, seconds: float,
                 engine: str) -> None:
        self.target, self.work, self.engine = target, work, engine
        self.crashes = crashes / target.NAME
        self.deadline = time.monotonic() + seconds
        self.input = work / f"input{target.SUFFIX}"
        self.stats_path = work / f"stats-{engine}.json"
        self.execs = self.failures = 0
        self.saved: list[str] = []
        self.seen = known_signatures(self.crashes)
        self._flushed = 0.0

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def one(self, data: bytes) -> None:
        """Runs the target on one input; a failure is saved, never raised."""
        if self.expired:
            return
        with open(self.input, "wb") as fh:
            fh.write(data)
        try:
            self.target.check(self.input, data)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # anything escaping the target is a finding
            self.failed(data, exc)
        self.execs += 1
        if time.monotonic() - self._flushed > STATS_EVERY_S:
            self.flush()

    def failed(self, data: bytes, exc: BaseException) -> None:
        self.failures += 1
        text = "".join(traceback.format_exception(exc))
        sig = signature(exc)
        if sig in self.seen:
            return
        self.seen.add(sig)
        self.saved.append(save(self.crashes, data, f"{sig}\nengine: {self.engine}\n\n{text}"))
        print(f"[{self.target.NAME}] new failure: {sig}", file=sys.stderr, flush=True)

    def flush(self) -> None:
        self._flushed = time.monotonic()
        tmp = self.stats_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"execs": self.execs, "failures": self.failures,
                                   "saved": self.saved}))
        os.replace(tmp, self.stats_path)

    # -- engines ---------------------------------------------------------------------------

    def run_hypothesis(self) -> None:
        from hypothesis import HealthCheck, Phase, given, settings

        @settings(max_examples=50, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(self.target.strategy())
        def batch(data: bytes) -> None:
            self.one(data)

        for seed in self.target.seeds():
            self.one(seed)
        while not self.expired:
            batch()

    def run_atheris(self) -> None:
        import atheris

        corpus = self.work / "corpus"
        if not corpus.is_dir() or not any(corpus.iterdir()):
            corpus.mkdir(parents=True, exist_ok=True)
            for seed in self.target.seeds():
                (corpus / hashlib.sha256(seed).hexdigest()).write_bytes(seed)
        artifacts = self.work / "artifacts"
        artifacts.mkdir(exist_ok=True)
        seconds = max(1, int(self.deadline - time.monotonic()))
        # -timeout=0: libFuzzer's own SIGALRM timer would fight the metadata reader's deadline;
        # the parent watches for hangs instead. USR1/USR2 are left to faulthandler.
        atheris.Setup([sys.argv[0], f"-max_total_time={seconds}", "-timeout=0",
                       "-rss_limit_mb=0", f"-max_len={self.target.MAX_LEN}",
                       "-handle_usr1=0", "-handle_usr2=0", f"-artifact_prefix={artifacts}/",
                       str(corpus)], self.one)
        atheris.Fuzz()


def signature(exc: BaseException) -> str:
    """Type and place of a failure: the innermost frame in the project's own code."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f.filename.startswith(str(ROOT)) and "/.venv/" not in
            f.filename and "/fuzz/" not in f.filename]
    frame = (ours or frames)[-1] if (ours or frames) else None
    where = f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}" if frame else "?"
    return f"{type(exc).__name__} at {where}"


def known_signatures(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    return {p.read_text(errors="replace").split("\n", 1)[0] for p in folder.glob("*.txt")}


def save(folder: Path, data: bytes, report: str) -> str:
    """Keeps a failing input as folder/<sha256> and its report as <sha256>.txt."""
    folder.mkdir(parents=True, exist_ok=True)
    sha = hashlib.sha256(data).hexdigest()
    (folder / sha).write_bytes(data)
    (folder / f"{sha}.txt").write_text(report)
    return sha


def limit_memory(limit: int) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--target", choices=TARGETS, required=True)
    parser.add_argument("--engine", choices=("atheris", "hypothesis"), required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--crashes", type=Path, required=True)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    stack = open(args.work / "stack.txt", "w")  # noqa: SIM115 (lives as long as the process)
    faulthandler.register(signal.SIGUSR2, file=stack, all_threads=True)
    target = load(args.target, instrument=args.engine == "atheris")
    target.setup(args.work)
    limit_memory(MEMORY_LIMIT)
    worker = Worker(target, args.work, args.crashes, args.seconds, args.engine)
    try:
        getattr(worker, f"run_{args.engine}")()
    finally:
        worker.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
