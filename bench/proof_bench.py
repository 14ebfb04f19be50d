"""Benchmark: what ProofMode proofs add to `import` (issue 18).

Run as `.venv/bin/python bench/proof_bench.py [--photos N] [--size WxH]`. It makes N distinct
photos and, for each, a ProofMode-style proof zip signed with a key made here
(tests/helpers/proofs.py), then imports the photos alone into one plain case and the zips into
another, one worker, and prints each import's time per file and the difference; it also times
one detached OpenPGP signature check (pysequoia) on a photo of that size. It prints figures and
never fails on speed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from evidence import importer, proofs  # noqa: E402
from evidence.store import Case  # noqa: E402
from tests.helpers.photos import Shot, write_photo  # noqa: E402
from tests.helpers.proofs import ProofZip, key, public_key, sign, write_proof_zip  # noqa: E402


def _import(root: Path, paths: list[Path]) -> float:
    with Case.create(root, title="bench", timezone="Asia/Almaty", actor="bench") as case:
        started = time.perf_counter()
        results = list(importer.import_paths(case, [str(p) for p in paths], actor="bench",
                                             workers=1))
        elapsed = time.perf_counter() - started
    assert all(r.outcome == "imported" for r in results), results
    return elapsed


def main() -> int:
    warnings.simplefilter("ignore", DeprecationWarning)  # pysequoia's Cert.generate
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--size", default="1600x1200")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        photos, zips = [], []
        for n in range(args.photos):
            shot = Shot(taken=f"2022:08:20 18:{n % 60:02d}:00", offset="+06:00",
                        size=(width, height))
            photos.append(write_photo(root / "plain" / f"IMG_{n:04d}.jpg", shot))
            zips.append(write_proof_zip(root / "zips" / str(n),
                                        ProofZip(name=f"IMG_{n:04d}.jpg", shot=shot)))
        plain = _import(root / "case-plain", photos)
        proved = _import(root / "case-proofs", zips)
        media = photos[0].read_bytes()
        tsk = key()
        signature, cert = sign(tsk, media), proofs.read_key(public_key(tsk))
        checks = []
        for _ in range(20):
            started = time.perf_counter()
            assert proofs.signature_holds(cert, signature, media)
            checks.append(time.perf_counter() - started)
    n = args.photos
    print(f"{n} photos of {width}x{height} px ({len(media):,} bytes each), one worker:")
    print(f"  import, photos alone:      {plain / n * 1000:7.1f} ms a photo")
    print(f"  import, ProofMode zips:    {proved / n * 1000:7.1f} ms a photo with its proof")
    print(f"  added by the proof:        {(proved - plain) / n * 1000:7.1f} ms a photo")
    print(f"  one signature check:       {statistics.median(checks) * 1000:7.2f} ms "
          f"(median of {len(checks)}; three per ProofMode proof)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
