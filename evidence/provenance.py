"""Where an imported file came from, as its custody entry says it: enough to find it, no more.

An import entry records the file's path inside the folder the user chose (POSIX separators; a
file chosen on its own: its name) and a label the user gives the source ("second phone, SD
card"). The folder itself, whose absolute path names a person (/home/<name>/...) or a device,
is recorded only when the user asks for full paths: then `source_path` is the file's absolute
path and `source_root` the folder chosen. A photo merged from another monitor's bundle records
its path inside the bundle and the bundle (`source_bundle`: its file name, its case, its
manifest's SHA-256 and the fingerprint of the key that signed it).

Entries written before Skver kept paths this way hold the absolute path in `source_path` and no
`source_label`; they stay as they were written (each entry's hash covers them, and every later
entry's hash covers that one) and read here as what they are.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from evidence import custody
from evidence.errors import KnownError
from evidence.model import BundleSource
from evidence.printable import printable

LABEL_MAX = 200  # characters: a name for a source, not a note


@dataclass(frozen=True)
class Source:
    """What the user says about the files of one import."""

    label: str = ""                    # "second phone, SD card"; may be empty
    full_paths: bool = False           # record absolute paths and the folder chosen
    bundle: BundleSource | None = None  # set by a merge: the bundle the files came from


UNLABELLED = Source()


@dataclass(frozen=True)
class SourceFile:
    """A file about to be imported: where its bytes are read, and where it came from."""

    path: str                          # as given, or as found in a folder given
    within: str                        # its path inside the folder chosen, or its name
    chosen: str                        # the file or folder the user chose
    link_outside: bool = False         # a link in the folder to outside it: never followed


def clean_label(text: str) -> str:
    """The label as it is kept: runs of white space made one space; a KnownError for a label
    that is not one line of plain text, or longer than LABEL_MAX characters."""
    label = " ".join(text.split())
    if printable(label) != label:
        raise KnownError(f"The source's label {printable(label)} holds control or invisible "
                         "characters; give it as one line of plain text.")
    if len(label) > LABEL_MAX:
        raise KnownError(f"The source's label is {len(label)} characters long; name the "
                         f"source in at most {LABEL_MAX} (e.g. \"second phone, SD card\").")
    return label


def files(paths: Iterable[str]) -> list[SourceFile]:
    """Every file under `paths`, with its path inside the file or folder it was found under.

    A folder is walked in name order and never left: a link inside it to somewhere outside it
    (the home folder, a disk) is listed as such (`link_outside`), its target neither read nor
    named; a link to a file inside it is that file, listed once, under its real path; a link to
    a folder inside it is walked where that folder really is. A file chosen on its own is taken
    as chosen, a link too: the user pointed at it."""
    found: list[SourceFile] = []
    seen: set[str] = set()             # the real paths of what was walked
    for chosen in paths:
        if os.path.isdir(chosen):
            found += _walk(chosen, chosen, _real(chosen) or os.path.abspath(chosen), seen)
        else:
            found.append(SourceFile(chosen, within(chosen, chosen), chosen))
    return found


def _walk(folder: str, chosen: str, boundary: str, seen: set[str]) -> list[SourceFile]:
    real = _real(folder)
    if real is None or real in seen:
        return []
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return [SourceFile(folder, within(folder, chosen), chosen)]  # reported as unreadable
    found = []
    for entry in entries:
        if entry.is_symlink():
            target = _real(entry.path)
            if target is None:  # a link the system will not resolve: reported as unreadable
                found.append(SourceFile(entry.path, within(entry.path, chosen), chosen))
            elif not _inside(target, boundary):
                found.append(SourceFile(entry.path, within(entry.path, chosen), chosen, True))
            elif not os.path.isdir(target) and target not in seen:
                seen.add(target)  # the file itself, by its own path in the folder
                inner = os.path.join(chosen, os.path.relpath(target, boundary))
                found.append(SourceFile(inner, within(inner, chosen), chosen))
            # a folder inside: walked where it is (or already was)
        elif _is_dir(entry):
            found += _walk(entry.path, chosen, boundary, seen)
        elif (target := _real(entry.path) or entry.path) not in seen:
            seen.add(target)
            found.append(SourceFile(entry.path, within(entry.path, chosen), chosen))
    return found


def _real(path: str) -> str | None:
    """`path` with every link resolved, or None when the system refuses to resolve one (a
    process's links under /proc, a link in a folder that cannot be read)."""
    try:
        return os.path.realpath(path)
    except OSError:
        return None


def _inside(path: str, boundary: str) -> bool:
    return path == boundary or path.startswith(boundary.rstrip(os.sep) + os.sep)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def within(path: str, chosen: str) -> str:
    """`path`'s path inside the folder `chosen`, with "/" between its parts; `path`'s own name
    when it is what was chosen."""
    if path != chosen:
        try:
            relative = PurePath(path).relative_to(chosen)
        except ValueError:
            pass
        else:
            if relative.parts:
                return relative.as_posix()
    return Path(os.path.abspath(path)).name or os.path.abspath(path)


def facts(file: SourceFile, source: Source) -> dict[str, Any]:
    """What an import entry records of where `file` came from."""
    found: dict[str, Any] = {"source_path": file.within,
                             "source_name": os.path.basename(file.path),
                             "source_label": source.label}
    if source.full_paths:
        root = file.chosen if file.path != file.chosen else os.path.dirname(
            os.path.abspath(file.path))
        found.update(source_path=os.path.abspath(file.path), source_root=os.path.abspath(root))
    if source.bundle is not None:
        found["source_bundle"] = source.bundle.as_json()
    return found


def stored(details: Mapping[str, Any]) -> dict[str, Any]:
    """What the imports table keeps of an import entry's details: the same facts, an entry
    from before labels read as no label, no folder and no bundle."""
    bundle = details.get("source_bundle")
    return {"source_path": details.get("source_path"),
            "source_name": details.get("source_name"),
            "source_label": details.get("source_label", ""),
            "source_root": details.get("source_root"),
            "source_bundle": None if bundle is None else custody.canonical(bundle)}


@dataclass(frozen=True)
class Provenance:
    """An import entry's source, read back for people."""

    path: str
    label: str
    root: str | None
    bundle: BundleSource | None
    absolute: bool                     # recorded before labels: `path` is the absolute path

    @classmethod
    def of(cls, details: Mapping[str, Any]) -> Provenance:
        return cls(str(details.get("source_path") or ""), str(details.get("source_label") or ""),
                   _text(details.get("source_root")), _bundle(details.get("source_bundle")),
                   "source_label" not in details)

    def describe(self) -> str:
        """One line in English (the command line's log): "second phone: DCIM/IMG_1.jpg"."""
        if self.bundle is not None:
            signed = (f"signed by {self.bundle.fingerprint[:16]}…" if self.bundle.fingerprint
                      else "unsigned")
            return (f"bundle {self.bundle.file} (case {self.bundle.case_id}, {signed}): "
                    f"{self.path}")
        return f"{self.label}: {self.path}" if self.label else self.path


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _bundle(value: Any) -> BundleSource | None:
    if not isinstance(value, Mapping):
        return None
    fingerprint = value.get("fingerprint")
    return BundleSource(str(value.get("file", "")), str(value.get("case_id", "")),
                        str(value.get("manifest_sha256", "")),
                        None if fingerprint is None else str(fingerprint))
