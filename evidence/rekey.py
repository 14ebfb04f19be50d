"""Changing an encrypted case's passphrase, recorded in its custody log, crash-safe.

The quick change rewraps the same data key under the new passphrase: nothing else is
re-encrypted, so a copy of the old keyfile (a backup, or one taken by whoever copied the
laptop) still opens the case, and everything added later, with the old passphrase.

The change and its custody entry are one step, in this order:

1. the new keyfile is written beside the old one (`keyfile.pending`), durably;
2. the custody entry is committed, naming the new keyfile's SHA-256;
3. the new keyfile is moved over the old one.

Killed before 2, the case opens with the old passphrase only, and the pending keyfile is
dropped the next time it is opened; killed after 2, the case holds the change the log records,
and the next opening (with either passphrase) puts the new keyfile in place (`settle`). The new
passphrase never opens a case whose log does not record it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from evidence import casekeys
from evidence.errors import KnownError

if TYPE_CHECKING:
    from evidence.store import Case

CHANGED = "passphrase-changed"


def _details(digest: str) -> dict[str, object]:
    return {"kdf": "scrypt", "n": casekeys.SCRYPT_N, "r": casekeys.SCRYPT_R,
            "p": casekeys.SCRYPT_P, "keyfile_sha256": digest}


def change_passphrase(case: Case, old: str, new: str, actor: str) -> None:
    """The quick change: the same data key under a new passphrase, recorded; a wrong old
    passphrase changes nothing."""
    if not case.encrypted:
        raise KnownError(f"{case.root} is not an encrypted case; it has no passphrase to "
                         "change.")
    with case.exclusive("changing the passphrase"):
        digest = casekeys.prepare(case.root, old, new)
        try:
            with case.transaction():
                case.record(actor, CHANGED, details=_details(digest))
        except BaseException:
            casekeys.discard(case.root)
            raise
        casekeys.finish(case.root)


def needs_settling(case: Case) -> bool:
    root = case.root
    return case.encrypted and ((root / casekeys.PENDING).exists()
                               or casekeys.unlocked_by_pending(root))


def settle(case: Case) -> None:
    """Finishes or drops a passphrase change cut short (see the module's note); called as an
    encrypted case opens. KnownError (WRONG) when the passphrase given opened only a pending
    keyfile that no custody entry records."""
    root = case.root
    by_pending = casekeys.unlocked_by_pending(root)
    for leftover in root.glob(f".{casekeys.KEYFILE}*.tmp"):
        leftover.unlink(missing_ok=True)  # a keyfile being written when the process died
    digest = casekeys.pending_sha256(root)
    if digest is None:
        if by_pending:  # settled meanwhile by another process
            casekeys.lock(root)
            raise KnownError(casekeys.WRONG)
        return
    try:
        with case.exclusive("opening the case"):
            if _recorded(case, digest):
                casekeys.finish(root)
                return
            casekeys.discard(root)
    except KnownError:
        pass  # another process is changing the passphrase right now: its change, not ours
    if by_pending:
        casekeys.lock(root)
        raise KnownError(casekeys.WRONG)


def _recorded(case: Case, digest: str) -> bool:
    from evidence import store

    return any(entry.action == CHANGED and entry.details.get("keyfile_sha256") == digest
               for entry in store.log.entries(case))

