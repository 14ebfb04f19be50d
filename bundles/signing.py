"""The app's Ed25519 signing key: made once, kept in the user's data folder, never exported.

The private key is a PKCS#8 PEM file readable by its owner only (0600), written whole under a
temporary name and linked into place, so two processes starting at once end with one key. The
fingerprint people compare is the SHA-256 of the raw 32-byte public key, in groups of four hex
digits; `openssl pkey -pubin -in signing-key.pub -outform DER | tail -c 32 | sha256sum` gives
the same digits from a bundle's public key.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from evidence import appdirs
from evidence.errors import KnownError

KEY_FILE = "signing-key.pem"
DATA_DIR_ENV = appdirs.DATA_DIR_ENV
user_data_dir = appdirs.user_data_dir  # $SKVER_DATA_DIR, else the platform's app-data folder


def default_key_dir() -> Path:
    return user_data_dir() / "keys"


def load_or_create(key_dir: Path | None = None) -> Ed25519PrivateKey:
    """The key kept in `key_dir` (default: `default_key_dir()`), made on first use."""
    path = Path(key_dir or default_key_dir()) / KEY_FILE
    if not path.exists():
        _create(path)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise KnownError(f"The signing key {path} could not be read ({exc}). Restore it from a "
                         "backup, or move it away to make a new key (bundles signed from then "
                         "on carry a different fingerprint).") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KnownError(f"{path} is not an Ed25519 key; move it away to make a new one.")
    return key


def _create(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())
        temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(temp, path)  # unlike a rename, never replaces a key made meanwhile
        except FileExistsError:
            pass
        finally:
            temp.unlink()
    except OSError as exc:
        raise KnownError(f"Could not create the signing key in {path.parent}: "
                         f"{exc.strerror or exc}. Give another folder with --key-dir or "
                         f"${DATA_DIR_ENV}, or export without signing.") from None


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
    digits = hashlib.sha256(raw).hexdigest()
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The raw 64-byte Ed25519 signature of `data`."""
    return key.sign(data)


def verify(public: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        public.verify(signature, data)
    except InvalidSignature:
        return False
    return True
