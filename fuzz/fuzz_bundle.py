"""Fuzz target: the bundle reader (`bundles.verify.verify_bundle`, `reports.zipsafe`).

Inputs are zip files: a real export of a tiny case (signed and unsigned) and hand-made hostile
zips as seeds; atheris mutates their bytes, hypothesis also rebuilds them with a member or a
manifest value changed and the checksums made to agree again. verify_bundle may only return a
report or raise KnownError (a hostile archive); a bundle it calls intact is then imported into
a case, which may only succeed or raise KnownError, leave the case as it was when refused, and
leave it verifying intact. The worker runs under a memory limit (fuzz/harness.py).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import strategies as st

from fuzz import bundles, cases
from fuzz.hostile import json_value

NAME = "bundle"
SUFFIX = ".zip"
TIMEOUT_S = 30.0
MAX_LEN = 64 * 1024
INSTRUMENT = ("reports", "evidence", "zipfile")
MODULES = ("reports.bundle_verify", "reports.bundle_import", "evidence.verify")
_work: Path | None = None


class Failure(AssertionError):
    pass


def setup(work: Path) -> None:
    global _work
    _work = work
    cases.template(work)
    bundles.exported(work)


def seeds() -> list[bytes]:
    assert _work is not None, "setup() first"
    return [*bundles.exported(_work), *bundles.hostile()]


def check(path: Path, data: bytes) -> None:
    from bundles.merge import import_bundle
    from bundles.verify import BundleReport, verify_bundle
    from evidence.errors import KnownError

    try:
        report = verify_bundle(path)
    except KnownError:
        return
    if not isinstance(report, BundleReport):
        raise Failure(f"verify_bundle returned {report!r}")
    json.dumps(report.as_json())
    if not report.intact:
        return
    assert _work is not None, "setup() first"
    with cases.fresh(_work) as case:
        before = cases.counts(case)
        try:
            import_bundle(case, path, actor="fuzz")
        except KnownError:
            cases.check_refused(case, before)
        cases.check_intact(case)


# -- hypothesis --------------------------------------------------------------------------

def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside a JSON document."""
    out = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            out += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for n, inner in enumerate(value):
            out += _paths(inner, (*prefix, n))
    return out


def _replace(document: object, path: tuple, new: object) -> object:
    if not path:
        return new
    parent = document
    for key in path[:-1]:
        parent = parent[key]  # type: ignore[index]
    if new is _DELETE:
        del parent[path[-1]]  # type: ignore[attr-defined]
    else:
        parent[path[-1]] = new  # type: ignore[index]
    return document


_DELETE = object()


@st.composite
def forged(draw: st.DrawFn) -> bytes:
    """The unsigned seed with manifest values changed, its checksums made consistent again."""
    assert _work is not None, "setup() first"
    entries = bundles.members(bundles.exported(_work)[0])
    by_name = {info.filename: data for info, data in entries}
    manifest = json.loads(by_name[bundles.MANIFEST])
    edits = draw(st.integers(1, 3))
    for _ in range(edits):
        paths = _paths(manifest)
        where = draw(st.sampled_from(paths[1:]))
        new = draw(st.one_of(json_value(), st.just(_DELETE)))
        manifest = _replace(manifest, where, new)
    manifest = bundles.rehash_manifest(manifest, by_name)
    text = bundles.dumps(manifest)
    entries = [(info, text if info.filename == bundles.MANIFEST else data)
               for info, data in entries]
    return bundles.build(bundles.resum(entries))


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A seed's bytes with a few changed, inserted or cut."""
    data = bytearray(draw(st.sampled_from(seeds())))
    rng = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(draw(st.integers(1, 8))):
        at = rng.randrange(len(data) + 1)
        kind = rng.choice(["flip", "flip", "cut", "insert"])
        if kind == "flip" and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif kind == "cut":
            del data[at:at + rng.randrange(1, 64)]
        else:
            data[at:at] = rng.randbytes(rng.randrange(1, 8))
    return bytes(data)


def strategy() -> st.SearchStrategy[bytes]:
    return st.one_of(forged(), forged(), mutated())
