"""The case's signing key, and the keys the case trusts.

Each case has its own Ed25519 key, made with the case and kept in it (`signing-key.pem`, read by
its owner only; sealed by the passphrase in an encrypted case). Per case, not per computer: the
key names the body of evidence, so every report of the case, written on any team member's
computer, prints the same fingerprint on its cover, and every bundle of the case is signed by it.
Whoever holds the case folder holds the key: the fingerprint says "from this case", not "from
this person" (who did what is in the custody log). A case made before keys were made with it
gets its key the first time it writes a report or a bundle.

The custody log records the key (`case-key-created`: its fingerprint and public key) and every
other key the case was told to trust or no longer to trust (`key-trusted`, `key-untrusted`:
by whom, when, why). Trust is read from the log alone, so it is as tamper-evident as the log.

The fingerprint is the SHA-256 of the raw 32-byte public key in groups of four hex digits;
`openssl pkey -pubin -in signing-key.pub -outform DER | tail -c 32 | sha256sum` gives the same
digits from a bundle's public key.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evidence import limits
from evidence.custody import Entry
from evidence.errors import KnownError

if TYPE_CHECKING:
    from evidence.casefiles import PlainFiles
    from evidence.store import Case

KEY_FILE = "signing-key.pem"
CREATED, TRUSTED, UNTRUSTED = "case-key-created", "key-trusted", "key-untrusted"
ROTATED = "case-key-rotated"    # a new key for the case (evidence.keycare), signed by the old
WRONG_KEY_PASSPHRASE = "Wrong passphrase for the case's signing key; nothing was signed."
_unlocked: dict[Path, Ed25519PrivateKey] = {}  # protected keys unlocked in this process
# Asks for a protected key's passphrase when one is needed to sign (the command line sets it:
# $SKVER_KEY_PASSPHRASE, else the terminal); None: KeyLocked is raised instead.
passphrase_source: Callable[[], str] | None = None
_HEX64 = re.compile(r"[0-9a-f]{64}")


# -- keys and fingerprints ---------------------------------------------------------------------

def public_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The public key as PEM (SubjectPublicKeyInfo), the form openssl reads with -pubin."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.PEM,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public(pem: bytes) -> Ed25519PublicKey:
    """An Ed25519 public key from PEM; ValueError when it is anything else."""
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


def fingerprint(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte public key, as hex in groups of four: 'ab12 cd34 …'."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return grouped(hashlib.sha256(raw).hexdigest())


def grouped(digits: str) -> str:
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def normalised(text: str) -> str:
    """A fingerprint as a person typed or pasted it (spaces, colons, capitals) in the form
    Skver prints; KnownError when it is not 64 hex digits."""
    digits = re.sub(r"[\s:\-]", "", text).lower()
    if not _HEX64.fullmatch(digits):
        raise KnownError(f"{text!r} is not a key fingerprint: a fingerprint is 64 hex digits "
                         "(0-9, a-f), as the report's cover prints it.")
    return grouped(digits)


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The raw 64-byte Ed25519 signature of `data`."""
    return key.sign(data)


def verify(public: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        public.verify(signature, data)
    except InvalidSignature:
        return False
    return True


# -- the case's own key ------------------------------------------------------------------------

def new_key(files: PlainFiles) -> Ed25519PrivateKey:
    """Makes the case's key and keeps it in the case (owner-only, or encrypted with the case);
    the caller records it (`created_details`) in the same transaction."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    files.write_atomic(KEY_FILE, pem, durable=True)
    if not files.encrypted:
        files.physical(KEY_FILE).chmod(0o600)
    return key


def created_details(key: Ed25519PrivateKey) -> dict[str, str]:
    """What the `case-key-created` entry says of the key."""
    return {"fingerprint": fingerprint(key),
            "public_key": public_pem(key).decode("ascii")}


class KeyLocked(KnownError):
    """The case's signing key is protected by a passphrase that was not given."""


def is_protected(pem: bytes) -> bool:
    """A private key PEM encrypted with a passphrase (PKCS#8 EncryptedPrivateKeyInfo)."""
    return pem.lstrip().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")


def secret(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def unlock(case: Case, passphrase: str) -> Ed25519PrivateKey | None:
    """Unlocks a protected signing key for this process (as `casekeys.unlock` does a case);
    KnownError (WRONG_KEY_PASSPHRASE) when the passphrase is not its."""
    key = load(case, passphrase=passphrase)
    if key is not None:
        _unlocked[Path(case.root).absolute()] = key
    return key


def is_unlocked(root: Path) -> bool:
    """A protected key of this case was unlocked in this process."""
    return Path(root).absolute() in _unlocked


def lock(root: Path | None = None) -> None:
    """Forgets the unlocked signing key of one case (or of all)."""
    if root is None:
        _unlocked.clear()
    else:
        _unlocked.pop(Path(root).absolute(), None)


def load(case: Case, passphrase: str | None = None, *,
         ask: bool = True) -> Ed25519PrivateKey | None:
    """The case's key as kept in its folder; None when it has none. KnownError when it cannot
    be read or is not the key the custody log recorded; KeyLocked when it is protected by a
    passphrase that was neither given nor unlocked in this process (nor asked for: `ask`)."""
    if not case.files.exists(KEY_FILE):
        return None
    try:
        pem = case.files.read_bytes(KEY_FILE)
        password = None
        if is_protected(pem):
            held = _unlocked.get(Path(case.root).absolute())
            if held is not None and passphrase is None:
                return held
            if passphrase is None and passphrase_source is not None and ask:
                return unlock(case, passphrase_source())
            if passphrase is None:
                raise KeyLocked(
                    "The case's signing key is protected by a passphrase: give it (the "
                    "SKVER_KEY_PASSPHRASE environment variable, or the prompt; in the app, "
                    "when asked) to sign.")
            password = secret(passphrase)
        try:
            key = serialization.load_pem_private_key(pem, password=password)
        except ValueError:
            if password is None:
                raise
            raise KnownError(WRONG_KEY_PASSPHRASE) from None
    except (OSError, ValueError, TypeError) as exc:
        raise KnownError(f"The case's signing key ({KEY_FILE}) could not be read ({exc}); "
                         "restore the case folder from a backup.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KnownError(f"The case's {KEY_FILE} is not an Ed25519 key; restore the case "
                         "folder from a backup.")
    return key


def ensure(case: Case, actor: str) -> Ed25519PrivateKey:
    """The case's key, made and recorded now if the case has none (a case made before keys
    were made with it)."""
    from evidence import keycare, store

    keycare.settle(case)  # a key rotation cut short
    with case.transaction():
        recorded = own_key(store.log.entries(case))
        key = load(case)
        if key is None and recorded is None:
            key = new_key(case.files)
            case.record(actor, CREATED, details=created_details(key))
            return key
    if key is None or recorded is None or fingerprint(key) != recorded.fingerprint:
        raise KnownError(_mismatch(key, recorded))
    return key


def ensure_made(case: Case, actor: str) -> str:
    """The fingerprint of the case's key, the key made and recorded now if the case has none:
    for a report's cover, which names the key but signs nothing, so a key protected by a
    passphrase is not unlocked for it."""
    from evidence import store

    if case.files.exists(KEY_FILE) and is_protected(case.files.read_bytes(KEY_FILE)):
        recorded = own_key(store.log.entries(case))
        if recorded is not None:
            return recorded.fingerprint
    return fingerprint(ensure(case, actor))


def _mismatch(key: Ed25519PrivateKey | None, recorded: TrustedKey | None) -> str:
    if key is None:
        return (f"The case's signing key ({KEY_FILE}) is missing, but the custody log records "
                f"one (fingerprint {recorded.fingerprint if recorded else '?'}); restore the "
                "case folder from a backup. A new key would sign as another case.")
    if recorded is None:
        return (f"The case holds a signing key ({KEY_FILE}) that its custody log never "
                "recorded: it was put there from outside. Remove it, or restore the case "
                "folder from a backup.")
    return (f"The case's signing key ({KEY_FILE}, fingerprint {fingerprint(key)}) is not the "
            f"one its custody log recorded ({recorded.fingerprint}): it was replaced. Restore "
            "the case folder from a backup.")


def key_problems(case: Case, log: Iterable[Entry]) -> list[str]:
    """For verify: the key in the folder is the one the log recorded last, only one was made,
    and each rotation follows from the key before it."""
    log = list(log)
    made = [e for e in log if e.action == CREATED]
    if len(made) > 1:
        return [f"The custody log records {len(made)} signing keys of the case (entries "
                f"{', '.join(str(e.seq) for e in made)}); a case has one."]
    from evidence import keycare

    problems = keycare.rotation_problems(log)
    recorded = own_key(log)
    try:
        key = load(case, ask=False)
    except KeyLocked:
        return problems  # protected: its public half is checked against the log on signing
    except KnownError as exc:
        return [*problems, str(exc)]
    if problems:
        return problems
    if key is None and recorded is None:
        return []
    if key is not None and recorded is not None and fingerprint(key) == recorded.fingerprint:
        return []
    return [_mismatch(key, recorded)]


# -- trust -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrustedKey:
    """A key the case trusts: its own, or one a person accepted on purpose."""

    fingerprint: str
    seq: int                # the custody entry that made it trusted
    at_utc: str
    actor: str
    own: bool               # the case's own key
    note: str = ""          # why it was trusted (how the fingerprint reached them)


def own_key(log: Iterable[Entry]) -> TrustedKey | None:
    """The case's own key as its custody log recorded it: the one made with the case, or the
    last one it was rotated to."""
    own = None
    for entry in log:
        if entry.action in (CREATED, ROTATED):
            own = _from_entry(entry)
    return own


def _from_entry(entry: Entry) -> TrustedKey:
    return TrustedKey(str(entry.details.get("fingerprint", "")), entry.seq, entry.at_utc,
                      entry.actor, entry.action in (CREATED, ROTATED),
                      str(entry.details.get("note", "")))


def trusted(log: Iterable[Entry]) -> dict[str, TrustedKey]:
    """The keys the case trusts now, by fingerprint, as its custody log says (a key the case
    was rotated away from stays trusted, no longer its own, until untrusted)."""
    found: dict[str, TrustedKey] = {}
    for entry in log:
        if entry.action == ROTATED:
            for fp, key in list(found.items()):
                if key.own:
                    found[fp] = TrustedKey(fp, key.seq, key.at_utc, key.actor, False,
                                           f"the case's own key until custody entry "
                                           f"{entry.seq}")
        if entry.action in (CREATED, TRUSTED, ROTATED):
            key = _from_entry(entry)
            found[key.fingerprint] = key
        elif entry.action == UNTRUSTED:
            found.pop(str(entry.details.get("fingerprint", "")), None)
    return found


def trust(case: Case, text: str, *, note: str, actor: str) -> TrustedKey:
    """Records that the case trusts the key with this fingerprint (typed or pasted), and why."""
    from evidence import store

    value = normalised(text)
    if not note.strip():
        raise KnownError("Say how the fingerprint reached you (--note), e.g. \"read out by "
                         "Aigerim on the phone, 2026-12-03\": the custody log keeps it.")
    _check_note(note)
    with case.transaction():
        known = trusted(store.log.entries(case))
        if value in known:
            raise KnownError(f"The case already trusts {value} (custody entry "
                             f"{known[value].seq}); nothing was changed.")
        entry = case.record(actor, TRUSTED, details={"fingerprint": value, "note": note.strip()})
    return _from_entry(entry)


def untrust(case: Case, text: str, *, note: str, actor: str) -> None:
    """Records that the case no longer trusts this key (its own key cannot be untrusted)."""
    from evidence import store

    value = normalised(text)
    _check_note(note)
    with case.transaction():
        known = trusted(store.log.entries(case))
        if value not in known:
            raise KnownError(f"The case does not trust {value}; nothing was changed.")
        if known[value].own:
            raise KnownError("That is the case's own key; a case always trusts its own key.")
        case.record(actor, UNTRUSTED, details={"fingerprint": value, "note": note.strip()})


def _check_note(note: str) -> None:
    """A note on trusting a key is a sentence or two, kept in the custody log."""
    too_long = limits.problem("The note", note.strip(), limits.NOTE)
    if too_long:
        raise KnownError(too_long)
