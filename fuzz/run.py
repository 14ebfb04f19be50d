"""Runs the fuzz targets for a bounded time: `python fuzz/run.py --seconds N [--target NAME]`.

Each target gets an equal share of N seconds, split between atheris (coverage-guided, when it
is installed) and hypothesis. Every share runs in a subprocess (fuzz/harness.py) watched from
here: an input that makes no progress for the target's per-input timeout is a hang, and a worker
that dies (a signal, an abort) is a crash; both are saved with the input under
fuzz/crashes/<target>/<sha256>, and the worker is started again for the rest of its share.
`--replay` runs every saved input once more and says which still fail. Exit status 1 when
anything failed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: the project's packages are beside fuzz/
    sys.path.insert(0, str(ROOT))

from fuzz.harness import TARGETS, load, save  # noqa: E402

WORK = ROOT / "fuzz" / "work"
CRASHES = ROOT / "fuzz" / "crashes"
SETUP_GRACE_S = 120.0   # imports, instrumentation and the target's own set-up
POLL_S = 0.25


@dataclass
class Share:
    target: str
    engine: str
    seconds: float = 0.0
    execs: int = 0
    failures: int = 0
    saved: list[str] = field(default_factory=list)
    restarts: int = 0


def engines() -> list[str]:
    has_atheris = importlib.util.find_spec("atheris") is not None
    return ["atheris", "hypothesis"] if has_atheris else ["hypothesis"]


def run_share(share: Share, seconds: float) -> Share:
    """Runs one target under one engine for `seconds`, restarting the worker after a failure."""
    timeout = load(share.target).TIMEOUT_S
    work = WORK / share.target
    started = time.monotonic()
    deadline = started + seconds
    while (remaining := deadline - time.monotonic()) > 2:
        outcome = _one_worker(share, work, remaining, timeout)
        _add_stats(share, work)
        if outcome is None:
            break
        share.failures += 1
        share.restarts += 1
        share.saved.append(outcome)
    share.seconds = round(time.monotonic() - started, 1)
    return share


def _one_worker(share: Share, work: Path, seconds: float, timeout: float) -> str | None:
    """None when the worker ran its time out; else the sha256 of the input it died or hung on."""
    work.mkdir(parents=True, exist_ok=True)
    module = load(share.target)
    current = work / f"input{module.SUFFIX}"
    current.unlink(missing_ok=True)
    (work / f"stats-{share.engine}.json").unlink(missing_ok=True)
    command = [sys.executable, "-m", "fuzz.harness", "--target", share.target, "--engine",
               share.engine, "--seconds", f"{seconds:.1f}", "--work", str(work), "--crashes",
               str(CRASHES)]
    log_path = work / f"{share.engine}.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        started = time.monotonic()
        while proc.poll() is None:
            time.sleep(POLL_S)
            last = current.stat().st_mtime if current.exists() else None
            idle = time.time() - last if last is not None else time.monotonic() - started
            if idle > (timeout if last is not None else SETUP_GRACE_S):
                return _hang(proc, work, current, idle, share)
    if proc.returncode == 0:
        return None
    return _died(proc.returncode, current, log_path, share)


def _hang(proc: subprocess.Popen, work: Path, current: Path, idle: float,
          share: Share) -> str:
    proc.send_signal(signal.SIGUSR2)  # faulthandler: where it is stuck, even inside C code
    time.sleep(1.0)
    proc.kill()
    proc.wait()
    stack = (work / "stack.txt").read_text(errors="replace")
    data = current.read_bytes() if current.exists() else b""
    report = (f"Hang at {share.target}: no progress for {idle:.0f} s\nengine: {share.engine}\n\n"
              f"{stack}")
    print(f"[{share.target}] HANG ({idle:.0f} s without progress)", flush=True)
    return save(CRASHES / share.target, data, report)


def _died(code: int, current: Path, log_path: Path, share: Share) -> str:
    how = f"killed by signal {-code}" if code < 0 else f"exit status {code}"
    tail = log_path.read_bytes()[-6000:].decode(errors="replace")
    data = current.read_bytes() if current.exists() else b""
    print(f"[{share.target}] worker died ({how})", flush=True)
    return save(CRASHES / share.target, data, f"Worker died at {share.target}: {how}\n"
                f"engine: {share.engine}\n\n{tail}")


def _add_stats(share: Share, work: Path) -> None:
    path = work / f"stats-{share.engine}.json"
    if path.exists():
        stats = json.loads(path.read_text())
        share.execs += stats["execs"]
        share.failures += stats["failures"]
        share.saved += stats["saved"]


def replay(targets: list[str]) -> int:
    """Runs every saved input of `targets` once more; the number that still fail."""
    still = 0
    for name in targets:
        folder = CRASHES / name
        inputs = sorted(p for p in folder.glob("*") if p.suffix != ".txt") \
            if folder.is_dir() else []
        if not inputs:
            continue
        module = load(name)
        work = WORK / name
        work.mkdir(parents=True, exist_ok=True)
        module.setup(work)
        for path in inputs:
            data = path.read_bytes()
            copy = work / f"replay{module.SUFFIX}"
            copy.write_bytes(data)
            try:
                module.check(copy, data)
                print(f"fixed      {name}/{path.name}")
            except Exception as exc:
                still += 1
                print(f"STILL FAILS {name}/{path.name}: {type(exc).__name__}: {exc}")
    return still


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=120.0,
                        help="the whole run's time, shared by the targets (default 120)")
    parser.add_argument("--target", choices=TARGETS, action="append",
                        help="fuzz only this target (repeatable)")
    parser.add_argument("--replay", action="store_true",
                        help="run every saved crashing input again instead of fuzzing")
    args = parser.parse_args(argv)
    targets = args.target or list(TARGETS)
    os.chdir(ROOT)
    if args.replay:
        return 1 if replay(targets) else 0
    modes = engines()
    if modes == ["hypothesis"]:
        print("atheris is not installed (pip install -e '.[fuzz]'): hypothesis only.")
    each = args.seconds / (len(targets) * len(modes))
    shares = [run_share(Share(t, e), each) for t in targets for e in modes]
    print(f"\n{'target':<12}{'engine':<12}{'seconds':>8}{'inputs':>10}{'failures':>10}")
    for s in shares:
        print(f"{s.target:<12}{s.engine:<12}{s.seconds:>8}{s.execs:>10}{s.failures:>10}")
    saved = sorted({f"{s.target}/{sha}" for s in shares for sha in s.saved})
    for name in saved:
        print(f"  saved: fuzz/crashes/{name} (+ .txt)")
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "last-run.json").write_text(json.dumps([s.__dict__ for s in shares], indent=2))
    return 1 if any(s.failures for s in shares) else 0


if __name__ == "__main__":
    sys.exit(main())
