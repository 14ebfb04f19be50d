"""Benchmark: `export`, `verify case.zip` and `import-bundle` of a case of 12 MP JPEGs.

Run as `.venv/bin/python bench/bundle_bench.py [--count N]`. It reuses inspect_bench's cached
photos (bench/.cache/jpeg-12mp/), imports them once (untimed) into a case beside the cache,
then times each command as a user runs it (a fresh process, its start-up included) and samples
its peak memory in a second, untimed run. `sha256sum -c` over the unzipped bundle is the
yardstick for verify. It prints figures and never fails on speed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from inspect_bench import CACHE_ROOT, MB, REPO, Command, ensure_photos, measure_memory, run_once

MAIN = [sys.executable, str(REPO / "main.py")]


def _skver(*args: str) -> list[str]:
    return [*MAIN, *args, "--actor", "bundle-bench"] if args[0] != "verify" else [*MAIN, *args]


def _step(label: str, argv: list[str], scratch: Path, before=None) -> None:
    command = Command(label, argv)
    if before:
        before()
    seconds = run_once(command, scratch / "out.txt")
    if before:
        before()
    memory = measure_memory(command, scratch / "out.txt")
    print(f"  {label:<34} {seconds:6.2f} s   peak {memory.tree_pss_kib / 1024:6.0f} MiB PSS")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="photos (default 300)")
    args = parser.parse_args(argv)
    photos = ensure_photos(args.count)
    scratch = Path(tempfile.mkdtemp(prefix="bundle-bench-", dir=CACHE_ROOT))
    env_dir = scratch / "data"
    os.environ["SKVER_DATA_DIR"] = str(env_dir)  # a key of its own, not the user's
    try:
        case, other, bundle = scratch / "case", scratch / "other", scratch / "case.zip"
        subprocess.run([*_skver("case", "init", str(case))], check=True, capture_output=True)
        subprocess.run([*_skver("import", "--case", str(case), *map(str, photos))], check=True,
                       capture_output=True)
        total = sum(p.stat().st_size for p in photos)
        print(f"{len(photos)} photos, {total / MB:.0f} MB")
        _step("export (signed)", _skver("export", "--case", str(case), "--out", str(bundle)),
              scratch, lambda: bundle.unlink(missing_ok=True))
        print(f"  bundle: {bundle.stat().st_size / MB:.0f} MB")
        _step("verify case.zip", _skver("verify", str(bundle)), scratch)
        unzipped = scratch / "unzipped"
        subprocess.run(["unzip", "-q", str(bundle), "-d", str(unzipped)], check=True)
        _step("sha256sum -c SHA256SUMS (yardstick)",
              ["sh", "-c", f"cd {unzipped} && sha256sum --quiet -c SHA256SUMS"], scratch)

        def fresh_case() -> None:
            shutil.rmtree(other, ignore_errors=True)
            subprocess.run(_skver("case", "init", str(other)), check=True, capture_output=True)

        _step("import-bundle into an empty case",
              _skver("import-bundle", "--case", str(other), str(bundle)), scratch, fresh_case)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
