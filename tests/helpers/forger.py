"""The other side's forger, as the issue describes them: with the standard library and a fresh
key, they change a bundle and then make every internal check agree again (the custody chain
recomputed and renumbered, the manifest's records, analysis and head rewritten, SHA256SUMS
regenerated, the manifest re-signed). Plain `verify` then finds nothing; only what the forger
does not control (a fingerprint given by another route, the filed report, a case's trusted
keys) can tell.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bundles import recompute
from bundles.manifest import sums_text
from bundles.writer import signature_note
from evidence import custody, signing
from evidence.analysis import analyze

MOVES = ("new-key", "changed-photo", "removed-photo", "dropped-entry", "reordered-entries")


class Bundle:
    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as zf:
            self.members = {name: zf.read(name) for name in zf.namelist()}
        self.manifest: dict[str, Any] = json.loads(self.members["manifest.json"])
        self.log: list[dict[str, Any]] = [json.loads(line) for line in
                                          self.members["custody.jsonl"].splitlines()]

    def photos(self) -> list[dict[str, Any]]:
        return [f for f in self.manifest["files"] if f["kind"] == "photo"]


def forge(original: Path, out: Path, move: str, key: Ed25519PrivateKey | None = None, *,
          keep_reports: bool = False) -> Path:
    """`original` changed by `move` and made consistent again, signed by `key` (a fresh one
    when None: the forger has no other). The bundle's own reports, which show the history
    before the change, are left out unless `keep_reports`."""
    bundle = Bundle(original)
    {"new-key": lambda b: None, "changed-photo": _change_photo, "removed-photo": _remove_photo,
     "dropped-entry": _drop_entry, "reordered-entries": _reorder}[move](bundle)
    if not keep_reports:
        _drop_reports(bundle)
    _rechain(bundle)
    _write(bundle, out, key or Ed25519PrivateKey.generate())
    return out


def _change_photo(bundle: Bundle) -> None:
    f = bundle.photos()[-2]
    old = f["sha256"]
    data = bundle.members.pop(f["path"]) + b"forged"
    new = hashlib.sha256(data).hexdigest()
    stored = f"originals/{new[:2]}/{new}.jpg"
    f.update(path=f"originals/{new}.jpg", sha256=new, size_bytes=len(data), stored_path=stored)
    bundle.members[f["path"]] = data
    for entry in bundle.log:
        if entry["object_hash"] == old:
            entry["object_hash"] = new
            if entry["action"] == "import":
                entry["details"].update(size_bytes=len(data), stored_path=stored)
        if entry["details"].get("photo_sha256") == old:
            entry["details"]["photo_sha256"] = new


def _remove_photo(bundle: Bundle) -> None:
    f = bundle.photos()[-1]
    bundle.manifest["files"].remove(f)
    del bundle.members[f["path"]]
    bundle.manifest["observations"] = [r for r in bundle.manifest["observations"]
                                       if r["photo_id"] != f["photo_id"]]
    bundle.log = [e for e in bundle.log if e["object_hash"] != f["sha256"] and
                  e["details"].get("photo_sha256") != f["sha256"]]


def _drop_entry(bundle: Bundle) -> None:
    bundle.log = [e for e in bundle.log if e["action"] != "import-batch"]


def _reorder(bundle: Bundle) -> None:
    first = next(n for n, e in enumerate(bundle.log) if e["action"] == "venue-imported")
    bundle.log[first], bundle.log[first + 1] = bundle.log[first + 1], bundle.log[first]


def _drop_reports(bundle: Bundle) -> None:
    reports = [f for f in bundle.manifest["files"] if f["kind"] == "report"]
    for f in reports:
        bundle.manifest["files"].remove(f)
        del bundle.members[f["path"]]


def _rechain(bundle: Bundle) -> None:
    """Renumbers and rehashes the log, and every seq the manifest refers to."""
    renumbered, prev = {}, custody.GENESIS
    for n, entry in enumerate(bundle.log, start=1):
        renumbered[entry["seq"]] = n
        entry.update(seq=n, prev_hash=prev)
        entry["entry_hash"] = custody.Entry(**{**entry, "entry_hash": ""}).computed_hash()
        prev = entry["entry_hash"]
    for f in bundle.photos():
        f["custody_seq"] = renumbered[f["custody_seq"]]
        for record in f["imports"]:
            record["custody_seq"] = renumbered[record["custody_seq"]]
    last = bundle.log[-1]
    bundle.manifest["custody"].update(entries=len(bundle.log), head={
        "seq": last["seq"], "entry_hash": last["entry_hash"]})
    bundle.manifest["analysis"] = analyze(recompute.case_data(bundle.manifest)).as_json()


def _write(bundle: Bundle, out: Path, key: Ed25519PrivateKey) -> None:
    log = "".join(custody.canonical(e) + "\n" for e in bundle.log).encode("utf-8")
    bundle.members["custody.jsonl"] = log
    for f in bundle.manifest["files"]:
        data = bundle.members[f["path"]]
        f.update(sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data))
    fingerprint = signing.fingerprint(key)
    bundle.manifest["signature"]["public_key_fingerprint"] = fingerprint
    manifest = custody.canonical(bundle.manifest).encode("utf-8")
    hashes = {f["path"]: f["sha256"] for f in bundle.manifest["files"]}
    hashes["manifest.json"] = hashlib.sha256(manifest).hexdigest()
    bundle.members.update({
        "manifest.json": manifest, "SHA256SUMS": sums_text(hashes),
        "manifest.json.sig": signing.sign(key, manifest),
        "signing-key.pub": signing.public_pem(key),
        "SIGNATURE.txt": signature_note(fingerprint).encode("utf-8")})
    with zipfile.ZipFile(out, "w") as zf:
        for name in sorted(bundle.members):
            zf.writestr(name, bundle.members[name])


def overstate(original: Path, out: Path, verdict: str = "contradicted") -> Path:
    """`original` with every refusal's stated verdict replaced by `verdict` (the records left
    as they are), signed again: a bundle that claims more than its photos show."""
    bundle = Bundle(original)
    for claim in bundle.manifest["analysis"]["claims"]:
        claim["verdict"] = verdict
    _drop_reports(bundle)
    _write(bundle, out, Ed25519PrivateKey.generate())
    return out
