"""`case passphrase --rotate`: a new data key for an encrypted case, every file and the database
encrypted again under it, so no copy of the old keyfile, with the old passphrase, opens what the
case holds from then on.

The live case is not touched until the rotation is complete beside it:

1. under the case's lock, the names of the files the old key made and of those the new key will
   make are written to `.rotating/` (so a rotation cut short is undone without any key);
2. every file (originals, letters, derived files, kept bundle files) is encrypted again under
   the new key (file names are keyed, so the new files sit beside the old ones); the custody
   head and the signing key go to `.rotating/`;
3. the database is exported under the new key to `.rotating/case.sqlite`, and the new keyfile
   (the new passphrase) to `.rotating/keyfile`; the custody entry `data-key-rotated` is
   committed in the new database;
4. the commit: `.rotating/` is renamed `.rotated/`, in one step;
5. the new custody head, signing key, database and keyfile are moved into place, and the old
   key's files deleted.

Killed before 4, the case opens with the old passphrase as it was, and the next opening deletes
what the rotation had made; killed after 4, the next opening (before any passphrase is asked)
finishes step 5, and the case opens with the new passphrase and records the rotation. A
`kill -9` at any moment leaves a case that opens with one of the two passphrases and verifies.
While a case is rotated no other Skver process may have it open.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from evidence import casefiles, casekeys, filelock, tempfiles
from evidence.errors import KnownError

if TYPE_CHECKING:
    from evidence.store import Case

ROTATING, ROTATED = ".rotating", ".rotated"
OLD_NAMES, NEW_NAMES = "old-files", "new-files"
ROTATED_ACTION = "data-key-rotated"
DB_FILE, LOCK_FILE = "case.sqlite", ".lock"
# What step 5 moves into place, the keyfile last: until it moves, nothing asks for the new key.
MOVED = ("custody-head", "signing-key.pem", DB_FILE, casekeys.KEYFILE)


class _Staged(casefiles.EncryptedFiles):
    """The case's files under the new key; its fixed-name files kept in the rotation's folder
    until the rotation is committed."""

    def __init__(self, root: Path, data_key: bytes, folder: Path) -> None:
        super().__init__(root, data_key)
        self.folder = folder

    def physical(self, relpath: str) -> Path:
        if relpath in casefiles.FIXED_NAMES:
            return self.folder / relpath
        return super().physical(relpath)


def _case_files(case: Case) -> list[str]:
    """Every file the case holds, by its logical path (what exists of it)."""
    from evidence import places, store

    letters = [c.letter_path for c in store.claims.all_claims(case) if c.letter_path]
    kept = [f"{e.details.get('stored_in', '')}/{name}" for e in store.log.entries(case)
            if e.action == "bundle-imported" for name in e.details.get("kept", {})]
    paths = places.case_files(case, store.photos.all_photos(case), [*letters, *kept])
    found = dict.fromkeys(r for r, _derived in paths)  # a letter may be a photo's original
    return [relpath for relpath in found if case.files.exists(relpath)]


def _write_list(path: Path, names: Iterable[Path], root: Path) -> None:
    text = "".join(f"{name.relative_to(root).as_posix()}\n" for name in names)
    with open(path, "w", encoding="ascii") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def _delete_listed(path: Path, root: Path) -> None:
    try:
        names = path.read_text(encoding="ascii").splitlines()
    except FileNotFoundError:
        return
    for name in names:
        if name and ".." not in name.split("/"):
            (root / name).unlink(missing_ok=True)


def rotate(case: Case, old: str, new: str, actor: str,
           progress: Callable[[int, int], None] | None = None) -> bytes:
    """Encrypts the whole case again under a new data key sealed by `new`; returns that key.
    A wrong `old` passphrase changes nothing. On return `case` is open again, on the new key."""
    root = case.root
    if not isinstance(case.files, casefiles.EncryptedFiles):
        raise KnownError(f"{root} is not an encrypted case; it has no data key to change.")
    with case.exclusive("changing the data key"):
        _recover(root)
        if casekeys.unwrap(root, old) != case.files.data_key:
            raise KnownError(f"The keyfile of {root} does not hold the key the case is open "
                             "with; nothing was changed.")
        new_key = os.urandom(32)
        staging = root / ROTATING
        staging.mkdir(mode=0o700)
        staged = _Staged(root, new_key, staging)
        relpaths = _case_files(case)
        moved = [r for r in relpaths if r not in casefiles.FIXED_NAMES]
        _write_list(staging / OLD_NAMES, (case.files.physical(r) for r in moved), root)
        _write_list(staging / NEW_NAMES, (staged.physical(r) for r in moved), root)
        tempfiles.fsync_folder(staging)
        for done, relpath in enumerate(relpaths, start=1):
            with case.files.open_read(relpath) as src:
                staged.write_atomic(relpath, src, durable=True)
            if relpath.startswith("originals/"):
                staged.physical(relpath).chmod(0o444)
            if progress:
                progress(done, len(relpaths) + 1)
        digest = casekeys.seal_to(staging / casekeys.KEYFILE, new_key, new)
        # The database, exported under the new key; then the entry, in the new database only.
        assert staged.db_key is not None
        case.export_encrypted(staging / DB_FILE, staged.db_key)
        case.close()
        _record(case, staged, actor, details={
            "kdf": "scrypt", "n": casekeys.SCRYPT_N, "r": casekeys.SCRYPT_R,
            "p": casekeys.SCRYPT_P, "keyfile_sha256": digest, "files": len(relpaths)})
        for name in os.listdir(staging):
            with open(staging / name, "rb") as fh:
                os.fsync(fh.fileno())
        tempfiles.fsync_folder(staging)
        os.rename(staging, root / ROTATED)  # the commit
        tempfiles.fsync_folder(root)
        _roll_forward(root)
        if progress:
            progress(len(relpaths) + 1, len(relpaths) + 1)
    casekeys.remember(root, new_key)
    case.reopen(casefiles.EncryptedFiles(root, new_key))  # the same Case, on the new key
    return new_key


def _record(case: Case, staged: _Staged, actor: str, details: dict[str, object]) -> None:
    from evidence.store import Case as CaseClass
    from evidence.store import schema

    path = staged.folder / DB_FILE
    conn = schema.connect(path, staged.db_key)
    try:
        schema.migrate(conn, path)
        rotated = CaseClass(case.root, conn, staged)
        rotated.witnessed = False  # noted by this computer once it is the case's own log
        with rotated.transaction():
            rotated.record(actor, ROTATED_ACTION, details=details)
        schema.checkpoint(conn)
    finally:
        conn.close()


def _roll_forward(root: Path) -> None:
    """Step 5: moves the committed rotation's files into place and deletes the old key's."""
    done = root / ROTATED
    for name in MOVED:
        source = done / name
        if not source.exists():
            continue
        if name == DB_FILE:  # the old database's log was emptied before the commit
            for suffix in ("-wal", "-shm"):
                (root / f"{DB_FILE}{suffix}").unlink(missing_ok=True)
        os.replace(source, root / name)
        tempfiles.fsync_folder(root)
    (root / casekeys.PENDING).unlink(missing_ok=True)
    _delete_listed(done / OLD_NAMES, root)
    shutil.rmtree(done)
    tempfiles.fsync_folder(root)


def _roll_back(root: Path) -> None:
    """A rotation that was not committed: what it made is deleted, the case is as it was."""
    staging = root / ROTATING
    _delete_listed(staging / NEW_NAMES, root)
    shutil.rmtree(staging)
    tempfiles.fsync_folder(root)


def _recover(root: Path) -> None:
    if (root / ROTATED).is_dir():
        _roll_forward(root)
    if (root / ROTATING).is_dir():
        _roll_back(root)


def recover(root: Path) -> None:
    """Finishes a committed rotation cut short, or undoes one that was not committed; run
    before an encrypted case is unlocked or opened. KnownError while another process rotates
    the case."""
    root = Path(root)
    if not ((root / ROTATED).is_dir() or (root / ROTATING).is_dir()):
        return
    with open(root / LOCK_FILE, "a+b") as lock:
        if not filelock.try_lock(lock):
            if (root / ROTATED).is_dir():
                raise KnownError(f"Another Skver process is changing the data key of {root}; "
                                 "wait for it to finish, then open the case.")
            return  # not committed: the case as it is opens with the old key
        try:
            _recover(root)
        finally:
            filelock.unlock(lock)
