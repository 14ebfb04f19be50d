"""Benchmark: importing a long video keeps memory flat (issue 19).

Run as `.venv/bin/python bench/video_import_bench.py [--size-mb 1000] [--folder /tmp]`. It
encodes a 10-second clip once (640 × 360 noise at ~8 Mbit/s, so it does not compress away),
then joins copies of it by stream copy (PyAV remux, no encoding: seconds for a gigabyte) into
`video-<N>mb.mp4` in `--folder` (default: the system's temporary folder), with a phone's
container metadata (creation_time, an Android position). `main.py import --workers 1` takes the
~10 MB clip and the large video into fresh cases; the peak memory of the import's process tree
(sampled every 50 ms, as inspect_bench does) and its wall time are printed for both, and the
ratio of the peaks: memory is flat when the large video costs no more than the small one plus
a few megabytes (the moov index grows with the number of frames). The case is then checked:
the stored original's SHA-256 is the source's, its duration the joined length. It prints
figures and never fails on speed; the generated videos are deleted unless `--keep`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from inspect_bench import MB, REPO, Command, measure_memory

CLIP_S = 10
FPS = 25
SIZE = (640, 360)
MAIN = [sys.executable, str(REPO / "main.py")]


def encode_clip(path: Path) -> Path:
    """A 10-second H.264 clip of noise (incompressible: its bytes are its bit rate)."""
    rng = np.random.default_rng(19)
    with av.open(str(path), "w", format="mp4") as out:
        stream = out.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = *SIZE, "yuv420p"
        stream.codec_context.gop_size = 2 * FPS
        stream.codec_context.bit_rate = 8_000_000
        stream.codec_context.options = {"preset": "ultrafast"}
        base = rng.integers(0, 255, (SIZE[1], SIZE[0], 3), dtype=np.uint8)
        for n in range(CLIP_S * FPS):
            picture = np.roll(base, n * 7, axis=1)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts, frame.time_base = n, Fraction(1, FPS)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def join(clip: Path, copies: int, path: Path) -> Path:
    """`copies` of `clip` one after the other, by stream copy, with a phone's metadata."""
    with av.open(str(clip)) as first:
        source = first.streams.video[0]
        length = source.duration  # in the stream's time base
    with av.open(str(path), "w", format="mp4") as out:
        out.metadata.update({"creation_time": "2024-06-01T09:30:00.000000Z",
                             "location": "+43.2389+076.8897/"})
        target = None
        for k in range(copies):
            with av.open(str(clip)) as src:
                stream = src.streams.video[0]
                if target is None:
                    target = out.add_stream_from_template(stream)
                for packet in src.demux(stream):
                    if packet.dts is None:
                        continue
                    packet.pts = None if packet.pts is None else packet.pts + k * length
                    packet.dts += k * length
                    packet.stream = target
                    out.mux(packet)
    return path


def import_once(video: Path, work: Path) -> tuple[float, int, str]:
    """(wall time, peak tree RSS in KiB, the stored video's inspection JSON) of one import."""
    case = work / f"case-{video.stem}"
    shutil.rmtree(case, ignore_errors=True)
    subprocess.run([*MAIN, "case", "init", str(case), "--title", "bench",
                    "--timezone", "Asia/Almaty"], check=True, capture_output=True)
    command = Command(f"import {video.name}",
                      [*MAIN, "import", "--case", str(case), "--workers", "1", "--actor", "bench",
                       str(video)])
    started = time.perf_counter()
    memory = measure_memory(command, work / "import.out")
    elapsed = time.perf_counter() - started
    listed = subprocess.run([*MAIN, "photos", "--case", str(case), "--json"], check=True,
                            capture_output=True, text=True).stdout
    shutil.rmtree(case, ignore_errors=True)
    return elapsed, memory.tree_rss_kib, listed


def sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1000, help="the large video's size")
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--keep", action="store_true", help="keep the generated videos")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="skver-video-bench-", dir=args.folder))
    try:
        started = time.perf_counter()
        clip = encode_clip(work / "clip.mp4")
        copies = max(1, round(args.size_mb * MB / clip.stat().st_size))
        large = join(clip, copies, work / f"video-{args.size_mb}mb.mp4")
        made = time.perf_counter() - started
        print(f"made: a {clip.stat().st_size / MB:.1f} MB clip of {CLIP_S} s, and "
              f"{large.stat().st_size / MB:,.0f} MB ({copies * CLIP_S / 60:.0f} min) by stream "
              f"copy, in {made:.1f} s")
        results = {}
        for video in (clip, large):
            elapsed, peak_kib, listed = import_once(video, work)
            [photo] = json.loads(listed)
            assert photo["sha256"] == sha256(video), "the stored original is not the source"
            results[video] = peak_kib
            print(f"import {video.stat().st_size / MB:>8,.1f} MB: {elapsed:6.1f} s, "
                  f"{video.stat().st_size / MB / elapsed:6.0f} MB/s, peak RSS "
                  f"{peak_kib / 1024:6.1f} MiB; stored as {photo['media_type']}, "
                  f"{photo.get('duration_s')} s long")
        small, big = results[clip], results[large]
        print(f"memory: the {large.stat().st_size / clip.stat().st_size:.0f}x larger video "
              f"took {big / small:.2f}x the peak RSS ({(big - small) / 1024:+.1f} MiB)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
