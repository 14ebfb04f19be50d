"""Changing a bundle as a forger would: its manifest edited and SHA256SUMS rewritten to match, so
that only what the manifest says (and the custody log) can give the change away."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bundles.manifest import LOG, MANIFEST, SUMS, sums_text
from evidence.custody import canonical
from tests.helpers.zips import Change, rewrite

Manifest = dict[str, Any]


def manifest_of(bundle: Path) -> Manifest:
    with zipfile.ZipFile(bundle) as zf:
        return json.loads(zf.read(MANIFEST))


def log_lines(bundle: Path) -> list[str]:
    """custody.jsonl of a bundle, one entry's canonical JSON a line."""
    with zipfile.ZipFile(bundle) as zf:
        return zf.read(LOG).decode().splitlines()


def forge(source: Path, dest: Path, edit: Callable[[Manifest], None],
          changes: dict[str, Change] | None = None) -> Path:
    """A copy of an unsigned bundle with its manifest changed by `edit` (and members changed by
    `changes`), SHA256SUMS listing what the new manifest says."""
    manifest = manifest_of(source)
    assert manifest["signature"] is None, "a signed bundle's signature would give it away"
    edit(manifest)
    data = canonical(manifest).encode()
    sums = {f["path"]: f["sha256"] for f in manifest["files"]}
    sums[MANIFEST] = hashlib.sha256(data).hexdigest()
    return rewrite(source, dest, {**(changes or {}), MANIFEST: data, SUMS: sums_text(sums)})


def file_entry(manifest: Manifest, kind: str) -> dict[str, Any]:
    """The manifest's first file of `kind`."""
    return next(f for f in manifest["files"] if f["kind"] == kind)
