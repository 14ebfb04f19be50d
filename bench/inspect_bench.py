"""Benchmark: `main.py inspect --json` against ExifTool and sha256sum over 12-megapixel JPEGs.

Run as `.venv/bin/python bench/inspect_bench.py [--count N]`. The first run generates N
realistic camera JPEGs (4000 × 3000, quality 90, 3–6 MB, EXIF with GPS near Almaty) into
bench/.cache/jpeg-12mp/ and reuses them afterwards. Every command runs once to warm up and then
`--runs` times; the median wall time is reported. It prints figures and never fails on speed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE_ROOT = REPO / "bench" / ".cache"
CACHE = CACHE_ROOT / "jpeg-12mp"
# Kept beside the folder, not in it: everything in the folder is benchmarked as a photo.
MANIFEST = CACHE_ROOT / "jpeg-12mp.manifest.json"
# Bump whenever the pictures or their metadata change: the whole cache is then rebuilt.
RECIPE_VERSION = 1
WIDTH, HEIGHT = 4000, 3000
QUALITY = 90
ALMATY = (43.2380, 76.9450)
EXIF_IFD, GPS_IFD = 0x8769, 0x8825
CAMERAS = (  # (Make, Model, Software, writes OffsetTimeOriginal)
    ("Apple", "iPhone 14 Pro", "17.5.1", True),
    ("Apple", "iPhone 13", "16.6", True),
    ("samsung", "SM-S918B", "S918BXXS3BXE1", True),
    ("Google", "Pixel 8", "HDR+ 1.0.641377693zd", True),
    ("Xiaomi", "23078PND5G", "MIUI Camera", False),
    ("Canon", "Canon EOS R6", "Firmware Version 1.8.3", False),
    ("SONY", "ILCE-7M4", "ILCE-7M4 v3.01", True),
)
MB = 1_000_000
# SHA-256 of files named on the command line by the Python running this (OpenSSL's code, as
# in `inspect`): the hashing floor, since coreutils' sha256sum may lack the CPU's SHA opcodes.
HASHLIB = ("import hashlib, sys\n"
           "for name in sys.argv[1:]:\n"
           "    with open(name, 'rb') as fh:\n"
           "        print(hashlib.file_digest(fh, 'sha256').hexdigest(), name, sep='  ')\n")


# ---------------------------------------------------------------- photo generation


def _name(index: int) -> str:
    return f"IMG_{index:05d}.jpg"


def _dms(value: float) -> tuple[object, ...]:
    from PIL.TiffImagePlugin import IFDRational

    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60) * 3600
    return (IFDRational(degrees, 1), IFDRational(minutes, 1),
            IFDRational(round(seconds * 1e4), 10000))


def _exif(rng: random.Random):  # -> PIL.Image.Exif
    from PIL import Image
    from PIL.TiffImagePlugin import IFDRational

    make, model, software, writes_offset = rng.choice(CAMERAS)
    # Local Almaty time; Almaty has been UTC+05:00 since 2024-03-01.
    local = datetime(2024, 4, 1, 7) + timedelta(days=rng.randrange(420),
                                                 seconds=rng.randrange(15 * 3600))
    subsec = f"{rng.randrange(1000):03d}"
    stamp = local.strftime("%Y:%m:%d %H:%M:%S")
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0131] = software
    exif[0x0132] = stamp
    exif[0x0112] = 1
    exif[0x011A] = exif[0x011B] = IFDRational(72, 1)
    exif[0x0128] = 2
    sub = exif.get_ifd(EXIF_IFD)
    sub[0x9000] = b"0232"
    sub[0x9003] = sub[0x9004] = stamp
    sub[0x9291] = sub[0x9292] = subsec
    if writes_offset and rng.random() < 0.75:  # some phones and most cameras leave it out
        sub[0x9010] = sub[0x9011] = sub[0x9012] = "+05:00"
    sub[0x829A] = IFDRational(1, rng.choice((60, 125, 250, 500, 1000, 2000)))
    sub[0x829D] = IFDRational(rng.choice((16, 18, 28, 40, 56, 80)), 10)
    sub[0x8827] = rng.choice((50, 64, 100, 200, 400, 800))
    sub[0x920A] = IFDRational(rng.choice((686, 1570, 2400, 3500, 8500)), 100)
    sub[0xA001] = 1
    sub[0xA002], sub[0xA003] = WIDTH, HEIGHT
    gps = exif.get_ifd(GPS_IFD)
    lat = ALMATY[0] + rng.uniform(-0.03, 0.03)
    lon = ALMATY[1] + rng.uniform(-0.05, 0.05)
    fix = local - timedelta(hours=5, seconds=rng.uniform(-3, 3))  # GPS clock, UTC
    gps[0x0000] = b"\x02\x02\x00\x00"
    gps[0x0001], gps[0x0002] = "N", _dms(lat)
    gps[0x0003], gps[0x0004] = "E", _dms(lon)
    gps[0x0005] = 0
    gps[0x0006] = IFDRational(round(rng.uniform(720, 980) * 100), 100)
    gps[0x0007] = (IFDRational(fix.hour, 1), IFDRational(fix.minute, 1),
                   IFDRational(fix.second * 100 + fix.microsecond // 10000, 100))
    gps[0x0010] = "T"
    gps[0x0011] = IFDRational(round(rng.uniform(0, 359.99) * 100), 100)
    if rng.random() < 0.5:
        gps[0x001F] = IFDRational(round(rng.uniform(3, 30) * 10), 10)
    gps[0x001D] = fix.strftime("%Y:%m:%d")
    return exif


def _picture(rng: random.Random):  # -> PIL.Image.Image
    """A cheap stand-in for a photo: soft colour fields, hard-edged shapes, patchy texture.

    Sensor-like noise whose strength varies over the frame gives the entropy that makes a
    real 12 MP JPEG weigh 3–6 MB; the strength is drawn per photo so sizes vary.
    """
    from PIL import Image, ImageChops, ImageDraw

    size = (WIDTH, HEIGHT)
    field_ = Image.frombytes("RGB", (16, 12), rng.randbytes(16 * 12 * 3))
    picture = field_.resize(size, Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(picture)
    for _ in range(rng.randint(10, 30)):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        box = (x, y, x + rng.randint(50, 1500), y + rng.randint(50, 1200))
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        (draw.rectangle if rng.random() < 0.6 else draw.ellipse)(box, fill=colour)
    strength = rng.uniform(24, 56)
    lut = [round((v - 128) * strength / 128) + 128 for v in range(256)]
    noise = Image.frombytes("L", size, rng.randbytes(WIDTH * HEIGHT)).point(lut)
    patches = Image.frombytes("L", (40, 30), rng.randbytes(40 * 30))
    noise = ImageChops.multiply(noise, patches.resize(size, Image.Resampling.BICUBIC))
    return ImageChops.add(picture, Image.merge("RGB", (noise, noise, noise)), 1.0, -48)


def _generate_one(index: int) -> tuple[str, int]:
    rng = random.Random(f"skver-bench-{RECIPE_VERSION}-{index}")
    exif = _exif(rng)
    picture = _picture(rng)
    target = CACHE / _name(index)
    partial = CACHE / f".{target.name}.partial"
    picture.save(partial, "JPEG", quality=QUALITY, exif=exif, subsampling="4:2:0")
    os.replace(partial, target)
    return target.name, target.stat().st_size


def ensure_photos(count: int) -> list[Path]:
    """The `count` cached JPEGs, generating any that are missing or from an older recipe."""
    manifest: dict = {}
    if MANIFEST.exists():
        try:
            manifest = json.loads(MANIFEST.read_text())
        except ValueError:
            manifest = {}
    if manifest.get("recipe") != RECIPE_VERSION:
        shutil.rmtree(CACHE, ignore_errors=True)
        manifest = {"recipe": RECIPE_VERSION, "sizes": {}}
    CACHE.mkdir(parents=True, exist_ok=True)
    sizes: dict[str, int] = manifest["sizes"]
    wanted = [_name(i) for i in range(count)]
    keep = set(wanted)
    for entry in CACHE.iterdir():  # extra photos from a larger --count, or interrupted runs
        if entry.name in keep:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    missing = [i for i, name in enumerate(wanted)
               if not (CACHE / name).is_file() or (CACHE / name).stat().st_size != sizes.get(name)]
    if missing:
        workers = os.cpu_count() or 1
        print(f"Generating {len(missing)} JPEGs of {WIDTH}×{HEIGHT} in "
              f"{os.path.relpath(CACHE, REPO)} with {workers} processes "
              "(once; cached afterwards) ...", file=sys.stderr)
        started = time.perf_counter()
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for done, (name, size) in enumerate(pool.map(_generate_one, missing), start=1):
                sizes[name] = size
                if done % 25 == 0 or done == len(missing):
                    print(f"  {done}/{len(missing)}  ({time.perf_counter() - started:.0f} s)",
                          file=sys.stderr)
        manifest["count"] = count
        MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True))
        os.sync()  # else writing back 1+ GB competes with the first timed runs
    return [CACHE / name for name in wanted]


# ---------------------------------------------------------------- measuring


@dataclass
class Command:
    label: str
    argv: list[str]
    stdin: bytes | None = None
    times: list[float] = field(default_factory=list)
    output: Path | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def run_once(command: Command, output: Path) -> float:
    """Wall time of one run, its stdout going to `output`; warns on a non-zero exit."""
    with output.open("wb") as out:
        started = time.perf_counter()
        done = subprocess.run(command.argv, input=command.stdin, stdout=out,
                              stderr=subprocess.PIPE, cwd=REPO, check=False)
        elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = done.stderr.decode(errors="replace").strip().splitlines()[-3:]
        print(f"WARNING: `{command.label}` exited with {done.returncode}: {' | '.join(tail)}")
    return elapsed


def _tree(root: int) -> list[int]:
    """`root` and all its live descendants, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents.setdefault(ppid, []).append(int(entry))
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        found.append(pid)
        pending.extend(parents.get(pid, ()))
    return found


def _memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; zeros if it is gone."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return rss, pss


@dataclass
class Memory:
    tree_rss_kib: int = 0
    tree_pss_kib: int = 0
    processes: int = 0
    largest_kib: int = 0  # ru_maxrss reported by wait4 for the command's own process


def measure_memory(command: Command, output: Path) -> Memory:
    """Peak memory of an extra, untimed run: the process tree sampled every 50 ms."""
    peak = Memory()
    with output.open("wb") as out:
        proc = subprocess.Popen(command.argv, stdin=subprocess.PIPE, stdout=out,
                                stderr=subprocess.DEVNULL, cwd=REPO)
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                pids = _tree(proc.pid)
                usage = [_memory_kib(pid) for pid in pids]
                peak.tree_rss_kib = max(peak.tree_rss_kib, sum(u[0] for u in usage))
                peak.tree_pss_kib = max(peak.tree_pss_kib, sum(u[1] for u in usage))
                peak.processes = max(peak.processes, sum(1 for u in usage if u[0]))
                stop.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        if command.stdin is not None:
            proc.stdin.write(command.stdin)
        proc.stdin.close()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        stop.set()
        sampler.join()
    peak.largest_kib = usage.ru_maxrss
    return peak


# ---------------------------------------------------------------- checking


def check_inspect_output(path: Path, photos: Sequence[Path], sums: Path | None) -> list[str]:
    """Problems with one `inspect --json` output: count, errors, hashes, GPS, capture time."""
    try:
        objects = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"inspect --json printed invalid JSON ({exc})"]
    problems = []
    if not isinstance(objects, list) or len(objects) != len(photos):
        count = len(objects) if isinstance(objects, list) else type(objects).__name__
        problems.append(f"inspect --json gave {count} objects for {len(photos)} files")
        if not isinstance(objects, list):
            return problems
    errors = [o.get("path") for o in objects if o.get("error")]
    if errors:
        problems.append(f"{len(errors)} objects have an error set, e.g. {errors[0]}")
    for key in ("latitude", "taken_utc", "gps_time_utc", "camera_make", "width"):
        lacking = sum(1 for o in objects if o.get(key) is None)
        if lacking:
            problems.append(f"{lacking} objects lack {key}")
    if sums is not None:
        expected = {}
        for line in sums.read_text().splitlines():
            digest, _, name = line.partition("  ")
            expected[os.path.abspath(name)] = digest
        wrong = sum(1 for o in objects
                    if expected.get(os.path.abspath(o.get("path", ""))) != o.get("sha256"))
        if wrong:
            problems.append(f"{wrong} SHA-256 values differ from sha256sum's")
    return problems


def check_exiftool_output(path: Path, count: int) -> list[str]:
    try:
        objects = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"exiftool -json printed invalid JSON ({exc})"]
    if len(objects) != count:
        return [f"exiftool -json gave {len(objects)} objects for {count} files"]
    return []


# ---------------------------------------------------------------- report


def _version(argv: list[str]) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "?"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def batch_line(sizes: list[int]) -> str:
    """One line describing the cached batch: count, recipe, where, sizes."""
    return (f"Batch: {len(sizes)} JPEGs {WIDTH}×{HEIGHT} q{QUALITY} in "
            f"{os.path.relpath(CACHE, REPO)}; {sum(sizes) / MB:,.1f} MB total; "
            f"per file min {min(sizes) / MB:.2f} / median {statistics.median(sizes) / MB:.2f} "
            f"/ max {max(sizes) / MB:.2f} MB")


C2PA_CORPUS = REPO.parent / "shared" / "corpus" / "c2pa"


def credentials_figures(runs: int, photos: Sequence[Path]) -> None:
    """What reading Content Credentials adds to `inspect` per file: `credentials.examine`
    alone (validation against the trust lists, or the search for a trace of lost ones) beside
    the whole `inspect_file`, the median of `runs` in this process after one warm-up read (c2pa
    loaded), for the corpus's C2PA files and 12-megapixel JPEGs that carry none."""
    sys.path.insert(0, str(REPO))
    from evidence import credentials, metadata
    from evidence.inspection import inspect_file

    files = sorted(p for p in C2PA_CORPUS.iterdir()
                   if p.suffix.lower() in (".jpg", ".dng", ".heic", ".mp4")) + list(photos)
    credentials.examine(str(files[0]), "image/jpeg")
    print(f"Content Credentials, per file (median of {runs}):")
    print(f"  {'file':<18} {'MB':>6} {'state':<11} {'credentials':>12} {'inspect':>10} "
          f"{'of it':>6}")
    for path in files:
        kind = metadata.read(str(path)).media_type
        reads, wholes = [], []
        for _ in range(runs):
            start = time.perf_counter()
            found, lost = credentials.examine(str(path), kind)
            reads.append(time.perf_counter() - start)
            start = time.perf_counter()
            inspect_file(str(path))
            wholes.append(time.perf_counter() - start)
        state = found.state.value if found else (lost.value if lost else "none")
        read, whole = statistics.median(reads), statistics.median(wholes)
        print(f"  {path.name:<18} {path.stat().st_size / MB:>6.1f} {state:<11} "
              f"{read * 1000:>9.1f} ms {whole * 1000:>7.1f} ms {read / whole:>6.0%}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300, help="photos to generate and read")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per command")
    parser.add_argument("--credentials", action="store_true",
                        help="only the time reading Content Credentials adds per file")
    args = parser.parse_args(argv)
    if args.count < 1 or args.runs < 1:
        parser.error("--count and --runs must be at least 1")
    if args.credentials:
        credentials_figures(args.runs, ensure_photos(args.count)[:5])
        return 0
    for tool in ("exiftool", "sha256sum", "xargs"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is not installed")

    photos = ensure_photos(args.count)
    sizes = [p.stat().st_size for p in photos]
    total_bytes = sum(sizes)
    cores = os.cpu_count() or 1
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    names = [str(p) for p in photos]
    listing = "\0".join(names).encode() + b"\0"
    per_job = -(-len(names) // usable)
    folder = str(CACHE)
    commands = [
        Command("skver inspect --json", [sys.executable, "main.py", "inspect", "--json", folder]),
        Command("exiftool -fast -json", ["exiftool", "-fast", "-json", folder]),
        Command("exiftool -fast -json -n", ["exiftool", "-fast", "-json", "-n", folder]),
        Command("sha256sum (1 process)", ["sha256sum", *names]),
        Command(f"sha256sum (xargs -P{usable})",
                ["xargs", "-0", "-P", str(usable), "-n", str(per_job), "sha256sum"],
                stdin=listing),
        Command("python hashlib (1 process)", [sys.executable, "-c", HASHLIB, *names]),
    ]
    inspect, exiftool, sha_serial, hashlib_serial = (commands[i] for i in (0, 1, 3, 5))

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"Machine: {_cpu_model()}, {cores} cores (os.cpu_count), {usable} usable; "
          f"load average {load}; Python {platform.python_version()}; "
          f"ExifTool {_version(['exiftool', '-ver'])}")
    print(batch_line(sizes))
    print(f"Each command: 1 warm-up run, then {args.runs} timed runs (round robin); "
          "median wall time. MB = 10^6 bytes.", flush=True)

    with tempfile.TemporaryDirectory(prefix="skver-bench-") as tmp:
        out = Path(tmp)
        for command in commands:
            command.output = out / f"{commands.index(command)}.out"
            run_once(command, command.output)
        for _ in range(args.runs):
            for command in commands:
                command.times.append(run_once(command, command.output))

        problems = check_inspect_output(inspect.output, photos, sha_serial.output)
        problems += check_exiftool_output(exiftool.output, len(photos))
        memory = measure_memory(inspect, out / "memory.out")
        exif_memory = measure_memory(exiftool, out / "memory-exiftool.out")

    print()
    header = f"{'command':<26} {'median s':>9} {'min–max s':>13} {'files/s':>9} {'MB/s':>8}"
    print(header)
    print("-" * len(header))
    for command in commands:
        spread = f"{min(command.times):.2f}–{max(command.times):.2f}"
        print(f"{command.label:<26} {command.median:>9.3f} {spread:>13} "
              f"{len(photos) / command.median:>9.1f} {total_bytes / MB / command.median:>8.1f}")
    print()
    ratio = exiftool.median / inspect.median
    print(f"inspect speed / exiftool -fast -json speed: {ratio:.2f}× "
          f"({'faster' if ratio >= 1 else 'slower'}; "
          f"{inspect.median / len(photos) * 1000:.1f} ms vs "
          f"{exiftool.median / len(photos) * 1000:.1f} ms per file)")
    met = inspect.median <= exiftool.median
    print(f"Target 'inspect --json at least as fast as ExifTool over the same batch': "
          f"{'MET' if met else 'NOT MET'}")
    print(f"inspect time / sha256sum (1 process) time: {inspect.median / sha_serial.median:.2f}×; "
          f"/ python hashlib (1 process) time: {inspect.median / hashlib_serial.median:.2f}×")
    print(f"Peak memory of inspect: {memory.tree_rss_kib / 1024:.0f} MiB RSS summed over "
          f"{memory.processes} processes (PSS {memory.tree_pss_kib / 1024:.0f} MiB), sampled "
          f"every 50 ms in an extra untimed run; main process ru_maxrss "
          f"{memory.largest_kib / 1024:.0f} MiB")
    print(f"Peak memory of exiftool -fast -json: {exif_memory.tree_rss_kib / 1024:.0f} MiB RSS "
          f"(ru_maxrss {exif_memory.largest_kib / 1024:.0f} MiB)")
    if problems:
        for problem in problems:
            print(f"WARNING: {problem}")
    else:
        print(f"Sanity: inspect --json gave {len(photos)} objects, none with an error, all with "
              "GPS and UTC time, SHA-256 equal to sha256sum's; exiftool gave "
              f"{len(photos)} objects.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
