"""Where each file of a bundle may be: the paths a genuine export writes, and nothing else.

Merging trusts a manifest's paths once the bundle verifies: it unpacks photos and letters by
their SHA-256 and keeps the files of bundles merged before under CASE/bundles/<sha256>/. So a
path that could land elsewhere, collide with another, or pass for a file of another kind is
refused when the manifest is read, before anything is unpacked or written:

    photo, letter     originals/<its sha256><ext>   (bundles/manifest.py `_stored`)
    proof             originals/<its sha256><ext>   a capture app's proof file (`_proof_files`)
    occupancy-page    originals/<its sha256><ext>   a copy of the akimat's occupancy page
                      (`_occupancy_pages`; merged by its SHA-256, bundles/merge.py)
    log               custody.jsonl
    report            reports/<name>                 (bundles/writer.py `_extra`)
    imported-bundle   bundles/<sha256>/<manifest.json | custody.jsonl | manifest.json.sig |
                      signing-key.pub | timestamps/<n>.tsr>, and the same nested below it for
                      bundles that had been merged into the other case before
                      (bundles/merge.py `keep`)

No file of the manifest may be under timestamps/: the RFC 3161 tokens over the manifest
(bundles/timestamps.py) are kept there, outside it, as the signature files are.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from bundles.manifest import LOG, MANIFEST, PUBLIC_KEY, SIGNATURE, SIGNATURE_NOTE, SUMS
from bundles.zipsafe import name_problem

KINDS = ("photo", "letter", "log", "report", "imported-bundle", "proof", "occupancy-page")
RESERVED = {MANIFEST: "manifest", SUMS: "checksum list", SIGNATURE: "signature",
            PUBLIC_KEY: "signing key", SIGNATURE_NOTE: "signature note", LOG: "custody log"}
KEPT_NAMES = (MANIFEST, LOG, SIGNATURE, PUBLIC_KEY)  # what merging keeps of a bundle
_SHA = "[0-9a-f]{64}"
_ORIGINAL = re.compile(rf"originals/(?P<sha>{_SHA})(\.[A-Za-z0-9]{{1,10}})?")
TIMESTAMP_DIR = "timestamps/"
TIMESTAMP_NOTE = f"{TIMESTAMP_DIR}README.txt"
_STAMP = re.compile(rf"{TIMESTAMP_DIR}[1-9]\.tsr")
_KEPT = re.compile(rf"(bundles/{_SHA}/)*bundles/(?P<sha>{_SHA})/"
                   rf"(?P<name>{'|'.join(re.escape(n) for n in KEPT_NAMES)}|{_STAMP.pattern})")


def stamp_name(n: int) -> str:
    """The bundle's n-th timestamp token (1 to 9)."""
    return f"{TIMESTAMP_DIR}{n}.tsr"


def is_timestamp_file(name: str) -> bool:
    """Whether an export puts a file of this name beside the manifest, under timestamps/."""
    return name == TIMESTAMP_NOTE or _STAMP.fullmatch(name) is not None


def files_problem(files: list[dict[str, Any]]) -> str | None:
    """Why the manifest's list of files is not one an export writes, or None.

    Each entry is a dict with a str path and kind and a SHA-256 (checks.py `_file_ok`). A path
    is quoted as Python's repr, which shows every character that is not printable."""
    seen: set[str] = set()
    for f in files:
        problem = _unsafe(f["path"]) or _misplaced(f)
        if problem:
            return f"manifest.json lists {f['path']!r}{problem}: it was damaged or forged."
        # Two names one file system may take for the same file (letter case, Unicode form).
        same = unicodedata.normalize("NFC", f["path"]).casefold()
        if same in seen:
            return (f"manifest.json lists {f['path']!r} twice (perhaps in another letter case "
                    "or Unicode form): it was damaged or forged.")
        seen.add(same)
    return None


def _unsafe(path: str) -> str | None:
    """Why a path could not be unpacked where it says, or None."""
    problem = name_problem(path)
    if problem:
        return f", whose path {problem}"
    if path.endswith("/"):
        return ", which names a folder, not a file"
    if not path.isprintable():
        return ", whose path has characters that are not printable (bidi or zero-width marks)"
    return None


def _misplaced(f: dict[str, Any]) -> str | None:
    """Why this path does not fit the file's kind, or None."""
    path, kind = f["path"], f["kind"]
    if kind not in KINDS:
        return f" as a file of kind {kind!r}, which Skver bundles do not have"
    if path in RESERVED and (path, kind) != (LOG, "log"):
        return f" (kind {kind}), but that name is the bundle's own {RESERVED[path]}"
    if unicodedata.normalize("NFC", path).casefold().startswith(TIMESTAMP_DIR):
        return f" (kind {kind}), but timestamps/ holds the bundle's own timestamps"
    if kind in ("photo", "letter", "proof", "occupancy-page"):
        found = _ORIGINAL.fullmatch(path)
        if found is None or found["sha"] != f["sha256"]:
            return (f" (kind {kind}), but a {kind} is kept as originals/<its SHA-256><extension>"
                    f" (its SHA-256: {f['sha256']})")
    elif kind == "log" and path != LOG:
        return f" (kind log), but the custody log is {LOG}"
    elif kind == "report" and not path.startswith("reports/"):
        return " (kind report), but reports are kept under reports/"
    elif kind == "imported-bundle":
        return _kept(path, f["sha256"])
    return None


def _kept(path: str, sha256: str) -> str | None:
    """Why this is not a file kept from a bundle merged into the case, or None."""
    found = _KEPT.fullmatch(path)
    if found is None:
        return (" (kind imported-bundle), but what is kept of another monitor's bundle is "
                f"its {', '.join(KEPT_NAMES)} and timestamps under bundles/<that bundle's "
                "SHA-256>/")
    if found["name"] == MANIFEST and found["sha"] != sha256:
        return (f" (kind imported-bundle) as the manifest of the bundle {found['sha'][:16]}…, "
                f"but its SHA-256 is {sha256}: it is another manifest")
    return None
