"""Taking care of a case's signing key: protecting it with a passphrase, backing it up, and
rotating it with the change recorded so verifiers can follow.

Where the key lives: in the case, as `signing-key.pem` (evidence.signing). In an encrypted case
it is encrypted with the rest of the case. In a plain case it is a file anyone who copies the
folder can use, until `protect` encrypts it with a passphrase of its own (PKCS#8, the
`cryptography` package's best available encryption); signing then needs that passphrase.

A rotation makes a new key and records `case-key-rotated` with the old and the new fingerprint,
the new public key, and the old key's signature over both (when the old key can still be read;
a key lost is rotated unsigned, and the log says so). The key the case was rotated away from
stays trusted (no longer its own) so that bundles it signed still merge, until it is untrusted
(a laptop seized). The new key is written aside first (`signing-key.next.pem` and its public
half), the entry committed, then the key moved into place; a rotation cut short is finished or
dropped the next time the key is used (`settle`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from evidence import signing
from evidence.custody import Entry
from evidence.errors import KnownError

if TYPE_CHECKING:
    from evidence.store import Case

PROTECTED, EXPORTED = "case-key-protected", "case-key-exported"
NEXT, NEXT_PUBLIC = "signing-key.next.pem", "signing-key.next.pub"
UNPROTECTED = ("The case's signing key lies unprotected in the case folder: whoever copies the "
               "folder can sign bundles as this case. Protect it with a passphrase: skver case "
               "protect-key --case {root}")


def _pem(key: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    encryption: serialization.KeySerializationEncryption = serialization.NoEncryption()
    if passphrase is not None:
        if not passphrase:
            raise KnownError("An empty passphrase protects nothing; choose a passphrase.")
        encryption = serialization.BestAvailableEncryption(signing.secret(passphrase))
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             encryption)


def _write_key(case: Case, relpath: str, pem: bytes) -> None:
    case.files.write_atomic(relpath, pem, durable=True)
    if not case.files.encrypted:
        case.files.physical(relpath).chmod(0o600)


def legacy_key() -> Path | None:
    """An unprotected key an older Skver kept in the data folder (`keys/signing-key.pem`, one
    per computer, before keys belonged to cases): it signs nothing now, but whoever copies the
    data folder could sign as it. None when there is none."""
    from evidence import appdirs

    path = appdirs.user_data_dir() / "keys" / signing.KEY_FILE
    return path if path.is_file() else None


def protected(case: Case) -> bool | None:
    """Whether the key needs a passphrase of its own to sign; None when the case has none."""
    if not case.files.exists(signing.KEY_FILE):
        return None
    return signing.is_protected(case.files.read_bytes(signing.KEY_FILE))


def at_rest(case: Case) -> str:
    """How the key is kept: 'encrypted case', 'passphrase', 'unprotected' or 'none'."""
    state = protected(case)
    if state is None:
        return "none"
    if case.encrypted and not state:
        return "encrypted case"
    return "passphrase" if state else "unprotected"


def protect(case: Case, passphrase: str, actor: str) -> str:
    """Encrypts a plain case's key with `passphrase` (its fingerprint unchanged); recorded.
    Returns the fingerprint."""
    from evidence import store

    if case.encrypted:
        raise KnownError("This case is encrypted: its signing key is already kept encrypted "
                         "with the rest of the case, under the case's passphrase.")
    with case.exclusive("protecting the signing key"), case.transaction():
        key = signing.load(case)
        if key is None:
            raise KnownError("The case has no signing key yet: it gets one with its first "
                             "report or bundle.")
        recorded = signing.own_key(store.log.entries(case))
        if recorded is None or recorded.fingerprint != signing.fingerprint(key):
            signing.ensure(case, actor)  # the same refusal as for signing with it
        if protected(case):
            raise KnownError("The case's signing key is already protected by a passphrase.")
        fp = signing.fingerprint(key)
        case.record(actor, PROTECTED, details={"fingerprint": fp})
        _write_key(case, signing.KEY_FILE, _pem(key, passphrase))
    signing.lock(case.root)
    return fp


def export(case: Case, destination: Path, passphrase: str, actor: str,
           key_passphrase: str | None = None) -> str:
    """Writes the case's private key, encrypted with `passphrase`, to a new file (a backup to
    keep apart from the laptop); recorded (the file's name, not its folder). The key's own
    passphrase is `key_passphrase` when it is protected. Returns the fingerprint."""
    destination = Path(destination).absolute()
    if destination.exists():
        raise KnownError(f"{destination} already exists; choose a new file for the key.")
    key = signing.load(case, passphrase=key_passphrase) if key_passphrase else signing.load(case)
    if key is None:
        raise KnownError("The case has no signing key yet: it gets one with its first report "
                         "or bundle.")
    fp = signing.fingerprint(key)
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_pem(key, passphrase))
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        destination.unlink(missing_ok=True)
        raise
    with case.transaction():
        case.record(actor, EXPORTED, details={"fingerprint": fp, "file": destination.name})
    return fp


def _message(case_id: str, old: str, new: str) -> bytes:
    """What the old key signs when the case moves to a new key."""
    return f"skver case-key-rotated\n{case_id}\n{old}\n{new}\n".encode("ascii")


def rotate(case: Case, actor: str, *, reason: str = "", passphrase: str | None = None,
           key_passphrase: str | None = None,
           old_key_lost: bool = False) -> tuple[str, str, bool]:
    """Gives the case a new signing key, recorded with the old fingerprint and, when the old key
    can be read (`key_passphrase` if it is protected), its signature; `old_key_lost` rotates
    unsigned when the old key's passphrase is forgotten. The new key is protected
    by `passphrase` when given (a plain case whose key was protected needs one). Returns (old
    fingerprint, new fingerprint, whether the old key signed the change)."""
    from evidence import store

    with case.exclusive("changing the signing key"):
        settle(case)
        log = list(store.log.entries(case))
        recorded = signing.own_key(log)
        if recorded is None:
            raise KnownError("The case has no signing key yet: it gets one with its first "
                             "report or bundle.")
        was_protected = bool(protected(case))
        if was_protected and passphrase is None and not case.encrypted:
            raise KnownError("The case's signing key is protected by a passphrase: give one "
                             "for the new key too (SKVER_NEW_KEY_PASSPHRASE, or the prompt).")
        try:
            old = signing.load(case, passphrase=key_passphrase) if key_passphrase else \
                signing.load(case)
        except signing.KeyLocked:
            if not old_key_lost:
                raise
            old = None  # its passphrase forgotten: recorded unsigned, as asked
        except KnownError:
            old = None  # lost or damaged: the change is recorded unsigned
        if old is not None and signing.fingerprint(old) != recorded.fingerprint:
            old = None  # not the key the log names: it cannot speak for the case
        new = Ed25519PrivateKey.generate()
        old_fp, new_fp = recorded.fingerprint, signing.fingerprint(new)
        case_id = case.info.id
        signature = old.sign(_message(case_id, old_fp, new_fp)).hex() if old else ""
        _write_key(case, NEXT, _pem(new, passphrase))
        case.files.write_atomic(NEXT_PUBLIC, signing.public_pem(new), durable=True)
        with case.transaction():
            case.record(actor, signing.ROTATED, details={
                **signing.created_details(new), "previous_fingerprint": old_fp,
                "signature_by_previous": signature, "note": reason.strip()})
        settle(case)
    signing.lock(case.root)
    return old_fp, new_fp, bool(signature)


def settle(case: Case) -> None:
    """A rotation cut short: the new key moved into place if its entry was committed, else
    dropped."""
    from evidence import store

    files = case.files
    if not files.exists(NEXT_PUBLIC):
        files.unlink(NEXT)
        return
    try:
        fp = signing.fingerprint(signing.load_public(files.read_bytes(NEXT_PUBLIC)))
    except (OSError, ValueError):
        fp = ""
    recorded = signing.own_key(store.log.entries(case))
    if fp and recorded is not None and recorded.fingerprint == fp and files.exists(NEXT):
        _write_key(case, signing.KEY_FILE, files.read_bytes(NEXT))
    files.unlink(NEXT)
    files.unlink(NEXT_PUBLIC)


def rotation_problems(log: Iterable[Entry]) -> list[str]:
    """For verify: each rotation names the key before it, its public key is its fingerprint's,
    and its signature (when it has one) is the previous key's."""
    problems: list[str] = []
    current: tuple[str, str] | None = None  # (fingerprint, public key PEM)
    case_id = ""
    for entry in log:
        if entry.action == "case-created":
            case_id = str(entry.details.get("id", ""))
        if entry.action not in (signing.CREATED, signing.ROTATED):
            continue
        fp, pem = str(entry.details.get("fingerprint", "")), str(entry.details.get(
            "public_key", ""))
        try:
            matches = signing.fingerprint(signing.load_public(pem.encode("ascii"))) == fp
        except (ValueError, UnicodeEncodeError):
            matches = False
        if not matches:
            problems.append(f"Custody entry {entry.seq} records a signing key whose public key "
                            f"is not its fingerprint {fp}.")
        if entry.action == signing.ROTATED:
            before = str(entry.details.get("previous_fingerprint", ""))
            if current is None or before != current[0]:
                problems.append(f"Custody entry {entry.seq} rotates the case from the key "
                                f"{before}, which was not the case's key then.")
            signature = str(entry.details.get("signature_by_previous", ""))
            if signature and current is not None:
                try:
                    ok = signing.verify(signing.load_public(current[1].encode("ascii")),
                                        bytes.fromhex(signature),
                                        _message(case_id, before, fp))
                except ValueError:
                    ok = False
                if not ok:
                    problems.append(f"Custody entry {entry.seq}: the previous key's signature "
                                    "of the change to a new signing key does not verify.")
        current = (fp, pem)
    return problems
