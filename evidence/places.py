"""Where each of an encrypted case's files belongs, checked: every file is bound to its path
(evidence.cryptofile, version 2), so one found in another's place (two thumbnails swapped, an
original moved over another) is named by `verify`; files of the older, unbound format are
counted and `upgrade_unbound` (run by `case rebuild-derived`) binds them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from evidence import casefiles, cryptofile, derived, redaction

if TYPE_CHECKING:
    from evidence.model import PhotoRecord
    from evidence.store import Case


@dataclass
class Places:
    """What `check` found: the files out of place, and how many are of the unbound format."""

    problems: list[str] = field(default_factory=list)
    unbound: int = 0


def case_files(case: Case, photos: Iterable[PhotoRecord],
               more: Iterable[str] = ()) -> Iterator[tuple[str, bool]]:
    """(logical path, whether it is derived) of every file the case holds."""
    yield from ((name, False) for name in sorted(casefiles.FIXED_NAMES))
    for photo in photos:
        yield photo.stored_path, False
        for relpath in (derived.thumbnail_relpath(photo.sha256),
                        derived.display_relpath(photo.sha256),
                        redaction.redacted_relpath(photo.sha256)):
            yield relpath, True
    yield from ((relpath, False) for relpath in more)
    # a capture app's proof files (evidence/proofimport.py), each once
    from evidence.store import proofs

    yield from ((relpath, False) for relpath in sorted({
        f.stored_path for item in proofs.all_proofs(case) for f in item.files}))


def check(case: Case, photos: Iterable[PhotoRecord], more: Iterable[str] = ()) -> Places:
    """Each derived file read whole (they are small) and every other file's header: a file
    written for another place is a problem; originals and letters are read whole by verify's
    hashing, which names them too (`misplaced`)."""
    found = Places()
    files = case.files
    if not isinstance(files, casefiles.EncryptedFiles):
        return found
    for relpath, is_derived in case_files(case, photos, more):
        if not files.exists(relpath):
            continue
        try:
            if not files.is_bound(relpath):
                found.unbound += 1
                continue
            if is_derived:
                with files.open_read(relpath) as fh:
                    while fh.read(cryptofile.CHUNK_BYTES):
                        pass
        except cryptofile.Misplaced as exc:
            found.problems.append(misplaced(exc, derived_file=is_derived))
        except OSError as exc:
            if is_derived:
                why = exc.strerror or exc
                found.problems.append(f"{relpath}, a derived file, is damaged ({why}); `case "
                                      "rebuild-derived` makes it again.")
    return found


def misplaced(exc: cryptofile.Misplaced, *, derived_file: bool = False) -> str:
    """verify's sentence for a file found in another's place."""
    what = str(exc.strerror or exc)
    if derived_file:
        return (f"{what}. Someone moved files inside the case folder; `case rebuild-derived` "
                "makes the derived files again from the originals.")
    return f"{what}. Someone moved files inside the case folder."


def unbound_note(count: int) -> str:
    files = "1 of the case's encrypted files is" if count == 1 else \
        f"{count} of the case's encrypted files are"
    return (f"{files} of the older format that does not bind a file to its place (a swap of "
            "two such files would not be noticed); `case rebuild-derived` rewrites them in the "
            "current format.")


def upgrade_unbound(case: Case, more: Iterable[str] = ()) -> int:
    """Rewrites every unbound file of an encrypted case bound to its place; how many."""
    from evidence import store

    files = case.files
    if not isinstance(files, casefiles.EncryptedFiles):
        return 0
    done = 0
    letters = [c.letter_path for c in store.claims.all_claims(case) if c.letter_path]
    for relpath, _derived in case_files(case, store.photos.all_photos(case),
                                        [*letters, *more]):
        if files.exists(relpath) and not files.is_bound(relpath):
            files.rebind(relpath)
            done += 1
    return done
