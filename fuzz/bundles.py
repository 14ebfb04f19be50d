"""Seed bundles for the bundle target: a real export of a tiny case, and hand-made hostile zips.

Also the edits the hypothesis strategy makes: members rewritten and the zip rebuilt with
consistent CRCs, with SHA256SUMS made to agree with an edited manifest again, so that a forged
manifest gets past the checksums and reaches the code that reads its rows.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import struct
import warnings
import zipfile
from functools import cache
from pathlib import Path

from fuzz import cases

MANIFEST, SUMS = "manifest.json", "SHA256SUMS"
SIGNATURE_FILES = ("manifest.json.sig", "signing-key.pub", "SIGNATURE.txt")


@cache
def exported(work: Path) -> tuple[bytes, bytes]:
    """(unsigned, signed) bundles of a case with one photo, one venue, one claim, one tag."""
    from datetime import UTC, datetime

    from bundles import writer as bundle
    from evidence import claims, observations
    from evidence.importer import import_paths
    from evidence.model import Category, Claim, Observation, Tag
    from evidence.synthetic import Shot, write_photo

    folder = work / "seed-bundle"
    done = [folder / "unsigned.zip", folder / "signed.zip"]
    if all(p.exists() for p in done):
        return done[0].read_bytes(), done[1].read_bytes()
    cases.template(work)
    case_root = folder / "case"
    folder.mkdir(parents=True, exist_ok=True)
    import shutil

    shutil.rmtree(case_root, ignore_errors=True)
    shutil.copytree(work / "template-case", case_root)
    from evidence.store import Case

    with Case.open(case_root) as case:
        photo = write_photo(folder / "p.jpg", Shot(lat=43.2407, lon=76.941, size=(8, 6)))
        [result] = import_paths(case, [str(photo)], actor="fuzz")
        claims.insert(case, Claim(
            document_number="Z-1", document_date="2022-08-18", venue_id=1,
            window_start=datetime(2022, 8, 20, 10, tzinfo=UTC),
            window_end=datetime(2022, 8, 20, 12, tzinfo=UTC), window_zone=cases.ZONE,
            excuse_text="Ремонт", category=Category.REPAIR_WORKS), "fuzz")
        observations.add(case, Observation(result.photo_id, "fuzz", (Tag("venue_empty"),), 0),
                         "fuzz")
        for path, sign in zip(done, (False, True), strict=True):
            path.unlink(missing_ok=True)
            bundle.export(case, path, actor="fuzz", sign=sign)
    return done[0].read_bytes(), done[1].read_bytes()


def members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def build(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():  # a duplicate name is sometimes the point
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(out, "w") as zf:
            for info, data in entries:
                zf.writestr(info, data)
    return out.getvalue()


def resum(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> list[tuple[zipfile.ZipInfo, bytes]]:
    """SHA256SUMS made to agree with the manifest (and every file the manifest lists) again."""
    by_name = {info.filename: data for info, data in entries}
    if MANIFEST not in by_name or SUMS not in by_name:
        return entries
    lines = []
    for line in by_name[SUMS].decode("utf-8", "replace").splitlines():
        name = line[66:]
        if name in by_name:
            line = f"{hashlib.sha256(by_name[name]).hexdigest()}  {name}"
        lines.append(line)
    text = ("\n".join(lines) + "\n").encode()
    return [(info, text if info.filename == SUMS else data) for info, data in entries]


def rehash_manifest(manifest: object, entries: dict[str, bytes]) -> object:
    """The manifest with each listed file's sha256 and size set to the member's real ones."""
    if isinstance(manifest, dict) and isinstance(manifest.get("files"), list):
        for f in manifest["files"]:
            if isinstance(f, dict) and isinstance(f.get("path"), str) and f["path"] in entries:
                f["sha256"] = hashlib.sha256(entries[f["path"]]).hexdigest()
                f["size_bytes"] = len(entries[f["path"]])
    return manifest


def dumps(manifest: object) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8", "surrogatepass")


def hostile() -> list[bytes]:
    """Zips built to harm whoever unpacks them."""
    link = zipfile.ZipInfo("originals/link.jpg")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    bomb = zipfile.ZipInfo("originals/bomb.jpg")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    odd = zipfile.ZipInfo("originals/bzip.jpg")
    odd.compress_type = zipfile.ZIP_BZIP2
    out = [build([("../../etc/passwd", b"x"), (MANIFEST, b"{}")]),
           build([("/abs/path", b"x")]), build([("a\\b", b"x")]),
           build([(MANIFEST, b"{}"), (MANIFEST.upper(), b"{}")]),
           build([(link, b"/etc/passwd"), (MANIFEST, b"{}")]),
           build([(bomb, bytes(3 << 20)), (MANIFEST, b"{}")]),
           build([(odd, b"x" * 100)]), b"PK\x05\x06" + bytes(18), b"",
           _declaring_members(0xFFFF)]
    return out


def _declaring_members(count: int) -> bytes:
    """An end record that claims `count` members."""
    data = bytearray(build([("a", b"x")]))
    at = data.rfind(b"PK\x05\x06")
    data[at + 8:at + 12] = struct.pack("<HH", count, count)
    return bytes(data)
