"""Files inspected without a case, with the capture apps' proofs among them, as `inspect` reads
them: a ProofMode zip's photos from inside it (unpacked encrypted, never in plaintext) with their
proofs checked, a Tella metadata CSV with the photo it describes (and not listed itself), every
other file as before. The Inspect window shows each proof beside its photo's own metadata.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from evidence import inspection, parallel, proofimport
from evidence.model import Corroboration, Inspection

Stated = Callable[[dict[str, tuple[Corroboration, ...]]], None]


def inspected(files: list[str], zone: str | None, *, stated: Stated,
              progress: parallel.Progress | None = None,
              cancelled: parallel.Cancelled | None = None) -> Iterator[Inspection]:
    """Each file's inspection, in order, a proof package's after the rest; `stated` is told a
    photo's proofs ({its inspected path: its proofs}) before its inspection is yielded."""
    loose = proofimport.sort_loose(files)
    tella, refused, plain = loose.tella, dict(loose.refused), loose.plain
    described = {csv for csv, _said in tella.values()}   # read with their photos

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
    for package in loose.packages():
        if cancelled is not None and cancelled():
            return
        for item in proofimport.inspect_package(package, refused.get(package), zone):
            if item.proofs:
                stated({item.inspection.metadata.path: item.proofs})
            yield item.inspection
        done += 1
        counted(done, len(files))

