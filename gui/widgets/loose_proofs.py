"""Files inspected without a case, with the capture apps' proofs among them, as `inspect` reads
them: a ProofMode zip's photos from inside it (unpacked encrypted, never in plaintext) with their
proofs checked, a Tella metadata CSV with the photo it describes (and not listed itself), every
other file as before. The Inspect window shows each proof beside its photo's own metadata.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace

from evidence import inspection, parallel, proofimport
from evidence.model import Corroboration, Inspection

Stated = Callable[[dict[str, tuple[Corroboration, ...]]], None]


def inspected(files: list[str], zone: str | None, *, stated: Stated,
              progress: parallel.Progress | None = None,
              cancelled: parallel.Cancelled | None = None) -> Iterator[Inspection]:
    """Each file's inspection, in order, a proof package's after the rest; `stated` is told a
    photo's proofs ({its inspected path: its proofs}) before its inspection is yielded."""
    zips = [p for p in files if p.lower().endswith(".zip")]
    tella, refused = proofimport.tella_statements(files)
    described = {csv for csv, _said in tella.values()}   # read with their photos
    packages = set(zips) | described | {csv for csv, _ in refused}
    plain = [p for p in files if p not in packages]

    def counted(done: int, _of: int) -> None:  # out of every file chosen, packages too
        if progress is not None:
            progress(done, len(files))

    for found in inspection.inspect_many(plain, zone, progress=counted, cancelled=cancelled,
                                         isolated=True):
        told = tella.get(os.path.realpath(found.metadata.path))
        if told is not None:
            stated({found.metadata.path: (proofimport.tella_proof(
                told[0], told[1], found.metadata.sha256 or ""),)})
        yield found
    done = len(plain) + len(described & set(files))
    for package in sorted(zips) + [csv for csv, _why in refused]:
        if cancelled is not None and cancelled():
            return
        for found, proofs in _package(package, dict(refused).get(package), zone):
            if proofs:
                stated({found.metadata.path: proofs})
            yield found
        done += 1
        counted(done, len(files))


def _package(path: str, refused: str | None, zone: str | None
             ) -> list[tuple[Inspection, tuple[Corroboration, ...]]]:
    """A ProofMode zip's files with their proofs; a package that cannot be used is the file
    itself, with why as its error."""
    why = refused
    if why is None:
        try:
            return [(f.inspection, f.proofs) for f in proofimport.inspect_zip(path, zone)]
        except proofimport.Unreadable as exc:
            why = str(exc)
    found = inspection.inspect_file(path, zone)
    return [(replace(found, metadata=replace(found.metadata, error=why)), ())]
