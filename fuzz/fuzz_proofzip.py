"""Fuzz target: ProofMode proof zips imported (`evidence.importer.import_paths`, issue 18).

Inputs are zip files, near-valid: a photo, its `<sha256>.proof.json` and `.proof.csv`, the
detached signatures and `pubkey.asc` (made here with a key generated once per worker), with
members left out, repeated, renamed (hostile names, path traversal), their bytes spoiled or
replaced by hostile JSON and CSV, and the zip itself cut short or its bytes flipped. The import
may only give results: it never raises for a bad zip, never writes outside the case, and the
case verifies intact afterwards, with every proof it recorded in a table of its own.
"""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from pathlib import Path

from hypothesis import strategies as st

from fuzz import cases
from fuzz.hostile import hostile_text, json_value

NAME = "proofzip"
SUFFIX = ".zip"
TIMEOUT_S = 30.0
MAX_LEN = 64 * 1024
INSTRUMENT = ("evidence",)
MODULES = ("evidence.proofimport", "evidence.proofs", "evidence.importer", "evidence.verify")
_work: Path | None = None
_valid: dict[str, bytes] = {}


def setup(work: Path) -> None:
    global _work
    _work = work
    cases.template(work)
    _valid.update(_members())


def _members() -> dict[str, bytes]:
    """A genuine proof zip's members, signed with a key made now."""
    import pysequoia
    from PIL import Image

    warnings.simplefilter("ignore", DeprecationWarning)
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (120, 130, 140)).save(out, "JPEG")
    photo = out.getvalue()
    sha = hashlib.sha256(photo).hexdigest()
    fields = {"File Path": "/DCIM/IMG_1.jpg", "File Hash SHA256": sha,
              "Proof Generated": "2022-08-20T18:30:04.512Z", "Location.Latitude": "43.2405",
              "Location.Longitude": "76.941", "Location.Accuracy": "5.0",
              "Location.Provider": "gps", "Network": "Beeline", "DeviceID": "abc"}
    as_json = json.dumps(fields).encode()
    as_csv = ("".join(f"{k}," for k in fields) + "\n"
              + "".join(f"{v}," for v in fields.values())).encode()
    tsk = pysequoia.Tsk.generate("fuzz <fuzz@example.org>")

    def sign(data: bytes) -> bytes:
        return pysequoia.sign(tsk.signer(), data, mode=pysequoia.SignatureMode.DETACHED)
    return {"IMG_1.jpg": photo, f"{sha}.asc": sign(photo), f"{sha}.proof.json": as_json,
            f"{sha}.proof.json.asc": sign(as_json), f"{sha}.proof.csv": as_csv,
            f"{sha}.proof.csv.asc": sign(as_csv),
            "pubkey.asc": str(tsk.extract_certificate()).encode()}


def _zipped(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # a duplicate name, on purpose
                archive.writestr(name, data)
    return out.getvalue()


def seeds() -> list[bytes]:
    if not _valid:
        _valid.update(_members())
    whole = list(_valid.items())
    return [_zipped(whole), _zipped(whole[:3]), _zipped([(n, d) for n, d in whole
                                                        if n != "pubkey.asc"])]


def check(path: Path, data: bytes) -> None:
    from evidence import importer, store

    assert _work is not None, "setup() first"
    outside = path.parent / "escaped"
    with cases.fresh(_work) as case:
        results = list(importer.import_paths(case, [str(path)], actor="fuzz", workers=1))
        for result in results:
            if result.outcome not in ("imported", "duplicate", "rejected"):
                raise cases.Inconsistent(f"an import result of {result.outcome!r}")
        recorded = sum(len(v) for v in store.read(case).proofs.values())
        if recorded > sum(r.outcome != "rejected" for r in results):
            raise cases.Inconsistent(f"{recorded} proofs for fewer photos imported")
        cases.check_intact(case)
    if outside.exists():
        raise cases.Inconsistent("the zip wrote outside the case")


# -- hypothesis --------------------------------------------------------------------------

@st.composite
def proof_zips(draw: st.DrawFn) -> bytes:
    if not _valid:
        _valid.update(_members())
    names = list(_valid)
    chosen = draw(st.lists(st.sampled_from(names), min_size=0, max_size=9))
    members: list[tuple[str, bytes]] = []
    for name in chosen:
        data = _valid[name]
        how = draw(st.integers(0, 9))
        if how == 0:
            name = draw(st.sampled_from(["../escaped", "/abs.proof.json", "a\\b.asc",
                                         "dir/" + name, name.upper(), "x\x00y", ""])) or name
        elif how == 1:
            data = json.dumps(draw(json_value())).encode()
        elif how == 2:
            data = draw(hostile_text()).encode("utf-8", "surrogatepass")
        elif how == 3 and data:
            at = draw(st.integers(0, len(data) - 1))
            data = data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1:]
        members.append((name, data))
    zipped = _zipped(members)
    if draw(st.integers(0, 5)) == 0:
        zipped = zipped[:draw(st.integers(0, len(zipped)))]
    return zipped


def strategy() -> st.SearchStrategy[bytes]:
    return proof_zips()
