"""The trust lists behind Content Credentials and time-stamps: shipped with Skver, updatable from
a file, read offline.

Four lists, each a bundle of PEM certificates (trust anchors):
- `c2pa`: the C2PA Trust List of the C2PA conformance programme: signers of conforming products.
- `interim`: the interim Content Credentials list (contentcredentials.org/verify) that predates
  it; its anchors are labelled interim wherever they are shown. Skver ships none (see
  resources/trust/README.md); the user can add it from a file.
- `tsa`: the C2PA TSA Trust List: time-stamping authorities whose time a verifier accepts.
- `user`: anchors the user added from a file (an organisation's own signing CA): shown as such.

`skver trust-list update --c2pa FILE` (and --interim, --tsa, --user) checks that FILE is a PEM
bundle of certificates and nothing else, and keeps a copy in Skver's data folder
(evidence/appdirs.py): from then on it replaces the shipped list of that kind. `reset` goes back
to the shipped one. Nothing here ever reaches the network.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from evidence import appdirs, tempfiles
from evidence.errors import KnownError
from evidence.printable import printable

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "trust"
FOLDER = "trust"               # under the data folder: the user's updated lists
MAX_LIST_BYTES = 4 * 1024 * 1024  # the C2PA list is ~40 kB; a bigger "list" is not one


class TrustKind(StrEnum):
    C2PA = "c2pa"
    INTERIM = "interim"
    TSA = "tsa"
    USER = "user"


@dataclass(frozen=True)
class Shipped:
    """A list as Skver ships it: its file in resources/trust/, where it came from and when."""

    file: str | None   # None: Skver ships no such list (the user may add one)
    source: str
    date: str          # YYYY-MM-DD of the list's version


SHIPPED: dict[TrustKind, Shipped] = {
    TrustKind.C2PA: Shipped(
        "C2PA-TRUST-LIST.pem",
        "https://github.com/c2pa-org/conformance-public/blob/"
        "99927caef670ca4ad9da5e5542dca39e42fad6f3/trust-list/C2PA-TRUST-LIST.pem", "2026-08-14"),
    TrustKind.TSA: Shipped(
        "C2PA-TSA-TRUST-LIST.pem",
        "https://github.com/c2pa-org/conformance-public/blob/"
        "99927caef670ca4ad9da5e5542dca39e42fad6f3/trust-list/C2PA-TSA-TRUST-LIST.pem",
        "2026-08-14"),
    TrustKind.INTERIM: Shipped(
        None, "https://contentcredentials.org/trust/anchors.pem (not shipped: add it from a file)",
        ""),
    TrustKind.USER: Shipped(None, "added by the user from a file", ""),
}


@dataclass(frozen=True)
class Anchor:
    """One trust anchor: a certificate a chain may end at."""

    pem: str            # the certificate, PEM
    subject: str        # its subject (RFC 4514, printable)
    list_name: str      # the TrustKind's value: "c2pa", "interim", "tsa", "user"
    interim: bool       # on the interim list: shown as interim wherever it is shown
    source: str         # where the list came from: the shipped URL, or the file it was added from
    sha256: str = ""    # the certificate's fingerprint (DER), hex


@dataclass(frozen=True)
class ListInfo:
    """What `trust-list show` says about one list."""

    kind: TrustKind
    count: int
    source: str
    date: str          # the shipped list's date, or when the user's file was added (UTC)
    updated: bool      # the user's file replaces the shipped list
    path: str | None   # the file in use


class TrustListError(KnownError):
    """A file that is not a usable trust list; the list in use is left as it was."""


def anchors(kind: TrustKind) -> tuple[Anchor, ...]:
    """The anchors of `kind` in use: the user's updated file if there is one, else the shipped
    list (none for a kind Skver does not ship)."""
    path, source = _in_use(kind)
    if path is None:
        return ()
    stat = path.stat()
    return _load(str(path), stat.st_mtime_ns, stat.st_size, TrustKind(kind), source)


def pem_bundle(kinds: tuple[TrustKind, ...]) -> str:
    """The anchors of `kinds` as one PEM text (what c2pa's settings take)."""
    return "".join(anchor.pem for kind in kinds for anchor in anchors(kind))


def info(kind: TrustKind) -> ListInfo:
    path, source = _in_use(kind)
    user = _user_file(kind)
    updated = path is not None and path == user
    date = SHIPPED[kind].date
    if updated:
        date = _sidecar(kind).get("added_utc", "")
    return ListInfo(TrustKind(kind), len(anchors(kind)), source, date, updated,
                    str(path) if path else None)


def update(kind: TrustKind, file: str | os.PathLike[str]) -> ListInfo:
    """Checks `file` and keeps a copy as the list of `kind`; TrustListError if it is not a PEM
    bundle of certificates (then the list in use is unchanged)."""
    path = Path(file)
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise TrustListError(f"{printable(path)}: too large for a trust list "
                                 f"(over {MAX_LIST_BYTES // (1024 * 1024)} MB).")
        data = path.read_bytes()
    except OSError as exc:
        raise TrustListError(f"{printable(path)}: cannot be read ({exc.strerror}).") from exc
    certificates = parse(data, str(path))
    target = _user_file(kind)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(pem for pem, _subject, _digest in certificates)
    with tempfiles.replacing(target, durable=True) as temporary:
        Path(temporary).write_text(text, encoding="ascii")
    sidecar = {"file": path.name, "sha256": hashlib.sha256(data).hexdigest(),
               "added_utc": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "count": len(certificates)}
    with tempfiles.replacing(_sidecar_file(kind), durable=True) as temporary:
        Path(temporary).write_text(json.dumps(sidecar, indent=1), encoding="utf-8")
    return info(kind)


def reset(kind: TrustKind) -> ListInfo:
    """Forgets the user's file for `kind`: the shipped list (if any) is used again."""
    for file in (_user_file(kind), _sidecar_file(kind)):
        file.unlink(missing_ok=True)
    return info(kind)


def parse(data: bytes, name: str) -> list[tuple[str, str, str]]:
    """(PEM, subject, SHA-256) of each certificate in a PEM bundle; TrustListError for anything
    else: no certificate, a block that does not parse, or a private key (never kept)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    shown = printable(name)
    if b"PRIVATE KEY-----" in data:
        raise TrustListError(f"{shown}: holds a private key; a trust list holds certificates "
                             "only. Nothing was changed.")
    try:
        certificates = x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise TrustListError(f"{shown}: not a PEM bundle of certificates ({exc}). "
                             "Nothing was changed.") from exc
    if data.count(b"-----BEGIN") != len(certificates):
        raise TrustListError(f"{shown}: holds PEM blocks that are not certificates. "
                             "Nothing was changed.")
    out = []
    for certificate in certificates:
        pem = certificate.public_bytes(Encoding.PEM).decode("ascii")
        digest = hashlib.sha256(certificate.public_bytes(Encoding.DER)).hexdigest()
        out.append((pem, printable(certificate.subject.rfc4514_string()), digest))
    return out


def _in_use(kind: TrustKind) -> tuple[Path | None, str]:
    user = _user_file(kind)
    if user.is_file():
        added = _sidecar(kind)
        return user, f"file {printable(added.get('file', user.name))} (sha256 " \
                     f"{added.get('sha256', '?')[:16]}...), added {added.get('added_utc', '?')}"
    shipped = SHIPPED[kind]
    if shipped.file is None:
        return None, shipped.source
    return RESOURCES / shipped.file, f"{shipped.source} ({shipped.date})"


@lru_cache(maxsize=16)
def _load(path: str, _mtime_ns: int, _size: int, kind: TrustKind,
          source: str) -> tuple[Anchor, ...]:
    data = Path(path).read_bytes()
    return tuple(Anchor(pem, subject, kind.value, kind is TrustKind.INTERIM, source, digest)
                 for pem, subject, digest in parse(data, path))


def _user_file(kind: TrustKind) -> Path:
    return appdirs.user_data_dir() / FOLDER / f"{TrustKind(kind).value}.pem"


def _sidecar_file(kind: TrustKind) -> Path:
    return appdirs.user_data_dir() / FOLDER / f"{TrustKind(kind).value}.json"


def _sidecar(kind: TrustKind) -> dict[str, str]:
    try:
        value = json.loads(_sidecar_file(kind).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in value.items()} if isinstance(value, dict) else {}
