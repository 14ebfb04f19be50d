"""Fuzz target: the metadata reader (`evidence.inspection.inspect_file`) on mutated photos.

Seeds are the smallest real camera files of the corpus and tiny synthetic photos in every
format Skver reads, with full EXIF and GPS. Whatever the bytes, inspect_file must return an
inspection (its error and findings saying what is wrong), hash the file, finish within its read
deadline, and give an `inspect --json` record that is valid JSON.
"""

from __future__ import annotations

import json
import time
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

NAME = "metadata"
SUFFIX = ".jpg"          # the reader goes by the bytes, never the name
TIMEOUT_S = 25.0         # the reader's own deadline is 10 s
MAX_LEN = 48 * 1024
INSTRUMENT = ("evidence", "exifread", "PIL", "pillow_heif")
MODULES = ("evidence.inspection",)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "exif-samples"
SLACK_S = 3.0


class Failure(AssertionError):
    pass


def setup(work: Path) -> None:
    seeds()


@cache
def seeds() -> list[bytes]:
    """Small real camera files, then one synthetic photo per format."""
    found = sorted((p for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() in
                    (".jpg", ".jpeg", ".tiff", ".tif", ".heic", ".heif") and
                    p.stat().st_size <= MAX_LEN), key=lambda p: p.stat().st_size)
    return [p.read_bytes() for p in found[:24]] + synthetic()


def synthetic() -> list[bytes]:
    import tempfile

    from evidence.synthetic import FORMATS, Shot, write_photo

    shot = Shot(offset="+06:00", altitude=-12.5, accuracy=4.0, bearing=123.4,
                software="Skver fuzz", size=(16, 12))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in FORMATS:
            out.append(write_photo(Path(tmp) / f"seed{suffix}", shot).read_bytes())
    return out


def check(path: Path, data: bytes) -> None:
    from evidence import inspection

    started = time.monotonic()
    result = inspection.inspect_file(str(path))
    took = time.monotonic() - started
    meta = result.metadata
    if took > inspection.READ_DEADLINE_S + SLACK_S:
        raise Failure(f"inspect_file took {took:.1f} s, past its {inspection.READ_DEADLINE_S} "
                      "s deadline")
    if any(f.code == "read_timeout" for f in result.findings):
        # The deadline held, but a small file that needs all of it stalls a whole batch.
        raise Failure(f"a {len(data)}-byte file used the whole read deadline ({took:.1f} s)")
    if meta.sha256 is None or meta.size_bytes != len(data):
        raise Failure(f"the file was not hashed whole (sha256={meta.sha256}, "
                      f"size={meta.size_bytes})")
    if meta.error and not result.findings:
        raise Failure(f"an error without a finding: {meta.error}")
    json.dumps(inspection.as_json(result), allow_nan=False)


# -- hypothesis --------------------------------------------------------------------------

# Values that break parsers: sizes and offsets at their limits, markers, tag types.
NASTY = [b"\x00", b"\xff", b"\x7f\xff\xff\xff", b"\xff\xff\xff\xff", b"\x00\x00\x00\x00",
         b"\x80\x00\x00\x00", b"\xff\xd8", b"\xff\xd9", b"\xff\xe1", b"\x00\x05",
         b"\x00\x0c", b"II*\x00", b"MM\x00*", b"\x88\x25", b"\x87\x69", b"\x01\x00"]


def _mutate(data: bytes, edits: list[tuple[str, int, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, at, value in edits:
        at = at % (len(out) + 1)
        if kind == "overwrite":
            out[at:at + len(value)] = value
        elif kind == "insert":
            out[at:at] = value
        elif kind == "delete":
            del out[at:at + len(value) * 16]
        elif kind == "truncate":
            del out[at:]
        elif kind == "repeat":
            out[at:at] = bytes(out[at:at + 64]) * 32
    return bytes(out[:MAX_LEN * 2])


def strategy() -> st.SearchStrategy[bytes]:
    value = st.one_of(st.sampled_from(NASTY), st.binary(min_size=1, max_size=8))
    # Most of what a parser reads is in the first few KB: bias the positions there.
    position = st.one_of(st.integers(0, 4096), st.integers(0, MAX_LEN))
    edit = st.tuples(st.sampled_from(["overwrite"] * 5 + ["insert", "delete", "truncate",
                                                          "repeat"]), position, value)
    return st.builds(_mutate, st.sampled_from(seeds()), st.lists(edit, min_size=1,
                                                                   max_size=12))
