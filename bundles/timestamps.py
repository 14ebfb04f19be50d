"""RFC 3161 trusted timestamps over a bundle's manifest: asked for when the bundle is exported
(only when the user allows it: it goes online), checked offline when it is verified.

What is timestamped is the SHA-256 of manifest.json's exact bytes, the bytes the case's Ed25519
signature covers: a token proves that this manifest (so every file it lists by hash, the custody
head, the verdicts) existed no later than the time the authority attests. A forger who changes
the manifest and signs it again cannot keep an old token valid, since its message imprint no
longer matches; getting a new token dates the forgery, not the original.

Going online reveals the manifest's digest (64 hex digits: nothing of the case can be read
from it) and the computer's address to each authority asked; nothing else is sent.

In the bundle, beside the signature files and outside the manifest (the token is made over the
manifest, so the manifest cannot list it):

    timestamps/<n>.tsr    each authority's reply (DER, its certificates put in DER's order:
                          `in_der_order`), as `openssl ts -verify` reads it
    timestamps/README.txt how to check them with openssl
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import re
import urllib.error
import urllib.request
import warnings
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import rfc3161_client as tsp
from cryptography import x509
from cryptography.exceptions import InvalidSignature

from bundles.paths import TIMESTAMP_DIR, TIMESTAMP_NOTE, stamp_name
from evidence.errors import KnownError
from evidence.printable import printable

# The authorities asked when the user allows timestamping and names none: public, free, and
# answering plain RFC 3161 over HTTP(S). Kept here only; `--tsa` and the GUI replace them.
DEFAULT_TSAS = (
    "https://freetsa.org/tsr",
    "http://timestamp.digicert.com",
    "http://timestamp.sectigo.com",
)
TIMEOUT_S = 15.0
MAX_REPLY_BYTES = 1 << 16       # a reply is a few KiB; more is not a timestamp reply
MAX_TOKENS = 9
QUERY_TYPE = "application/timestamp-query"
_DIGESTS = {"2.16.840.1.101.3.4.2.1": hashlib.sha256, "2.16.840.1.101.3.4.2.2": hashlib.sha384,
            "2.16.840.1.101.3.4.2.3": hashlib.sha512}
# What parsing a hostile token's DER may raise, here or lazily in cryptography's objects.
UNREADABLE = (ValueError, TypeError, KeyError, IndexError, OverflowError, x509.InvalidVersion,
              tsp.VerificationError, InvalidSignature)
_OPENSSL_REASON = re.compile(r'Verify error: ([^"]+)"')


# --- asking (export) ---------------------------------------------------------------------

@dataclass(frozen=True)
class Obtained:
    """A token one authority gave."""

    url: str
    tsa: str                    # the authority's name, as its certificate gives it
    attested_utc: str           # the time it attests, ISO 8601 UTC
    reply: bytes                # its whole reply (DER), as stored in the bundle


class Failure(StrEnum):
    """Why an authority gave no usable token; each a sentence with its {detail}."""

    UNREACHABLE = "it could not be reached ({detail})"
    HTTP_ERROR = "it answered HTTP {detail}"
    TOO_LONG = "its answer is too long to be a time-stamp reply"
    REFUSED = "it refused (status {detail})"
    NOT_A_REPLY = "its answer is not a time-stamp reply ({detail})"
    OTHER_REQUEST = "its answer is not to this request (another nonce)"
    OTHER_DIGEST = "its token is over another digest than the manifest's"


@dataclass(frozen=True)
class Unanswered:
    """An authority that gave no usable token, and why (`detail`: its own words or the
    system's, made printable)."""

    url: str
    failure: Failure
    detail: str = ""

    @property
    def reason(self) -> str:
        return self.failure.value.format(detail=self.detail)


@dataclass(frozen=True)
class Stamping:
    """What the authorities asked answered."""

    obtained: tuple[Obtained, ...]
    failed: tuple[Unanswered, ...]

    def files(self) -> dict[str, bytes]:
        """The bundle's timestamp files: each token and the note on checking them."""
        if not self.obtained:
            return {}
        found = {stamp_name(n): o.reply for n, o in enumerate(self.obtained, start=1)}
        return {**found, TIMESTAMP_NOTE: note(self).encode("utf-8")}

    def summary(self) -> dict[str, list[str]]:
        """For the custody log: who was asked and who answered (no tokens, no times)."""
        return {"answered": [o.url for o in self.obtained],
                "not_answered": [f.url for f in self.failed]}


def check_urls(urls: Sequence[str]) -> tuple[str, ...]:
    """The authorities' URLs, each http(s)://host/..., without repeats; else KnownError."""
    kept: list[str] = []
    for url in urls:
        url = url.strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise KnownError(f"{printable(url)} is not a time-stamping authority's address: "
                             "give an http:// or https:// URL.")
        if url not in kept:
            kept.append(url)
    if len(kept) > MAX_TOKENS:
        raise KnownError(f"Ask at most {MAX_TOKENS} time-stamping authorities.")
    return tuple(kept)


def request_tokens(manifest_bytes: bytes, urls: Sequence[str], *,
                   timeout: float = TIMEOUT_S) -> Stamping:
    """Asks each authority at once for a token over the SHA-256 of `manifest_bytes` (with a
    nonce, asking for its certificate); those that fail are named with the reason."""
    urls = check_urls(urls)
    if not urls:
        return Stamping((), ())
    with ThreadPoolExecutor(max_workers=len(urls), thread_name_prefix="skver-tsa") as pool:
        answers = list(pool.map(lambda u: _ask(u, manifest_bytes, timeout), urls))
    return Stamping(tuple(a for a in answers if isinstance(a, Obtained)),
                    tuple(a for a in answers if isinstance(a, Unanswered)))


def _ask(url: str, manifest_bytes: bytes, timeout: float) -> Obtained | Unanswered:
    query = (tsp.TimestampRequestBuilder().data(manifest_bytes)
             .hash_algorithm(tsp.HashAlgorithm.SHA256).nonce(nonce=True)
             .cert_request(cert_request=True).build())
    request = urllib.request.Request(url, data=query.as_bytes(), method="POST",
                                     headers={"Content-Type": QUERY_TYPE})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            body = answer.read(MAX_REPLY_BYTES + 1)
    except urllib.error.HTTPError as exc:
        return Unanswered(url, Failure.HTTP_ERROR, f"{exc.code} {printable(str(exc.reason))}")
    except urllib.error.URLError as exc:
        return Unanswered(url, Failure.UNREACHABLE, printable(str(exc.reason)))
    except (OSError, http.client.HTTPException, ValueError) as exc:
        return Unanswered(url, Failure.UNREACHABLE, printable(str(exc) or type(exc).__name__))
    if len(body) > MAX_REPLY_BYTES:
        return Unanswered(url, Failure.TOO_LONG)
    try:
        body = in_der_order(body)
        reply = tsp.decode_timestamp_response(body)
        if reply.status != tsp.PKIStatus.GRANTED:
            return Unanswered(url, Failure.REFUSED, f"{reply.status}: "
                              f"{printable(' '.join(reply.status_string))}")
        info = reply.tst_info
        if info.nonce != query.nonce:
            return Unanswered(url, Failure.OTHER_REQUEST)
        if info.message_imprint.message != hashlib.sha256(manifest_bytes).digest():
            return Unanswered(url, Failure.OTHER_DIGEST)
        with warnings.catch_warnings():  # a malformed certificate's deprecation warnings
            warnings.simplefilter("ignore")
            return Obtained(url, _tsa_name(reply), _utc(info.gen_time), body)
    except UNREADABLE as exc:
        return Unanswered(url, Failure.NOT_A_REPLY, printable(str(exc) or type(exc).__name__))


def in_der_order(reply: bytes) -> bytes:
    """The reply with its token's certificates in the order DER asks of a SET OF (sorted by
    their encodings), as rfc3161-client requires; OpenSSL-based authorities send them in chain
    order. The certificates are not signed (the authority's signature covers the token's
    content and signed attributes), so the token stays valid for every verifier, openssl too;
    a reply whose structure is not the expected one is returned unchanged."""
    try:
        start = _content(reply, 0, 0x30)                      # TimeStampResp
        start = _content(reply, _next(reply, start), 0x30)    # TimeStampToken (after status)
        start = _content(reply, _next(reply, start), 0xA0)    # [0], after id-signedData
        at = _content(reply, start, 0x30)                     # SignedData
        for expected in (0x02, 0x31, 0x30):                   # version, digests, content
            _content(reply, at, expected)
            at = _next(reply, at)
        tag, first, last = _tlv(reply, at, None)
        if tag != 0xA0:                                       # no certificates
            return reply
        parts, here = [], first
        while here < last:
            following = _next(reply, here)
            parts.append(reply[here:following])
            here = following
        if here != last:
            return reply
        return reply[:first] + b"".join(sorted(parts)) + reply[last:]
    except (IndexError, ValueError):
        return reply


def _tlv(data: bytes, at: int, tag: int | None) -> tuple[int, int, int]:
    """(tag, start of content, end of content) of the DER element at `at`."""
    found = data[at]
    if tag is not None and found != tag:
        raise ValueError(f"tag {found:#x} where {tag:#x} was expected")
    length, start = data[at + 1], at + 2
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4:
            raise ValueError("not a DER length")
        length, start = int.from_bytes(data[start:start + count], "big"), start + count
    if start + length > len(data):
        raise ValueError("an element longer than the reply")
    return found, start, start + length


def _content(data: bytes, at: int, tag: int) -> int:
    return _tlv(data, at, tag)[1]


def _next(data: bytes, at: int) -> int:
    return _tlv(data, at, None)[2]


# --- checking (verify) -------------------------------------------------------------------

class StampState(StrEnum):
    TRUSTED = "trusted"         # over this manifest, signed by an authority on the trust list
    UNTRUSTED = "untrusted"     # over this manifest, but its signer is not on the trust list
    MISMATCH = "mismatch"       # over another manifest: this one changed after the timestamp
    BROKEN = "broken"           # not a readable token, or its signature does not hold


@dataclass(frozen=True)
class StampCheck:
    file: str
    state: StampState
    tsa: str | None             # the authority's name, as its certificate says
    attested_utc: str | None    # the time it attests (ISO 8601 UTC), when it can be read
    message: str                # a sentence saying what was found
    anchor: str | None = None   # the trust list's certificate its chain reached, when trusted


def load_anchors(anchors: Sequence[bytes | str]) -> list[x509.Certificate]:
    """The trusted roots from PEM texts (each may hold several certificates)."""
    roots: list[x509.Certificate] = []
    for pem in anchors:
        data = pem.encode("ascii") if isinstance(pem, str) else pem
        try:
            roots += x509.load_pem_x509_certificates(data)
        except ValueError as exc:
            raise KnownError(f"A time-stamping authority's root on the trust list cannot be "
                             f"read as a PEM certificate ({exc}).") from None
    return roots


def check_token(name: str, data: bytes, manifest_bytes: bytes,
                roots: Sequence[x509.Certificate]) -> StampCheck:
    """One token checked offline against the manifest's bytes and the trusted roots; a token
    whose bytes cannot be parsed anywhere in it (its certificates are parsed lazily) is broken,
    never a traceback."""
    try:
        with warnings.catch_warnings():  # a malformed certificate's deprecation warnings
            warnings.simplefilter("ignore")
            return _check(name, data, manifest_bytes, roots)
    except UNREADABLE as exc:
        return StampCheck(name, StampState.BROKEN, None, None, (
            f"The timestamp {name} cannot be read as an RFC 3161 time-stamp token "
            f"({printable(str(exc) or type(exc).__name__)}): it was damaged or is not one."))


def _check(name: str, data: bytes, manifest_bytes: bytes,
           roots: Sequence[x509.Certificate]) -> StampCheck:
    try:
        reply = tsp.decode_timestamp_response(data)
        if reply.status != tsp.PKIStatus.GRANTED:
            raise ValueError(f"its status is {reply.status}, not granted")
        info = reply.tst_info
        tsa, when = _tsa_name(reply), _utc(info.gen_time)
        algorithm = _DIGESTS.get(info.message_imprint.hash_algorithm.dotted_string)
    except (ValueError, TypeError, tsp.VerificationError) as exc:
        return StampCheck(name, StampState.BROKEN, None, None, (
            f"The timestamp {name} cannot be read as an RFC 3161 time-stamp token "
            f"({printable(str(exc))}): it was damaged or is not one."))
    said = f"The timestamp {name} (by {printable(tsa)}, {when})"
    if algorithm is None:
        return StampCheck(name, StampState.BROKEN, tsa, when, f"{said} uses a digest "
                          "algorithm Skver does not check, so it proves nothing here.")
    if info.message_imprint.message != algorithm(manifest_bytes).digest():
        return StampCheck(name, StampState.MISMATCH, tsa, when, (
            f"{said} is over another manifest: manifest.json was changed after it was "
            "timestamped (or the token was taken from another bundle)."))
    anchor = _reaches(reply, roots)
    if anchor is None:
        return StampCheck(name, StampState.UNTRUSTED, tsa, when, (
            f"{said} covers this manifest, but its authority is not on Skver's trust list "
            "of time-stamping authorities, so the time it attests is not proven. Add the "
            "authority's root to the trust list if you have it from a source you trust."))
    try:
        tsp.VerifierBuilder(roots=list(roots)).build().verify_message(reply, manifest_bytes)
    except (ValueError, TypeError, tsp.VerificationError) as exc:
        return StampCheck(name, StampState.BROKEN, tsa, when, (
            f"{said} covers this manifest, but its signature does not hold "
            f"({_reason(exc)}): the token was altered or is not valid."))
    anchor_name = _name(anchor.subject)
    return StampCheck(name, StampState.TRUSTED, tsa, when,
                      f"{said}: manifest.json existed no later than {when}, as {printable(tsa)} "
                      f"attests (its certificate leads to {anchor_name}, on the trust list).",
                      anchor_name)


def _reaches(reply: tsp.TimeStampResponse,
             roots: Sequence[x509.Certificate]) -> x509.Certificate | None:
    """The root that issued the signer's certificate, through the token's own certificates;
    None if none did: the token is untrusted, not tampered with."""
    try:
        carried = [x509.load_der_x509_certificate(c) for c in reply.signed_data.certificates]
        signer = next(iter(reply.signed_data.signer_infos))
    except (ValueError, StopIteration):
        return None
    current = next((c for c in carried if c.issuer == signer.issuer and
                    c.serial_number == signer.serial_number), None)
    for _ in range(8):  # a chain longer than this is not one a TSA has
        if current is None:
            return None
        found = next((r for r in roots if current == r or _issued_by(current, r)), None)
        if found is not None:
            return found
        child = current
        current = next((c for c in carried if c != child and _issued_by(child, c)), None)
    return None


def _issued_by(child: x509.Certificate, parent: x509.Certificate) -> bool:
    if child.issuer != parent.subject:
        return False
    try:
        child.verify_directly_issued_by(parent)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _reason(exc: Exception) -> str:
    found = _OPENSSL_REASON.search(str(exc))
    return printable(found.group(1) if found else str(exc))


def _tsa_name(reply: tsp.TimeStampResponse) -> str:
    """The signer's certificate subject (CN, O), else the token's own name field."""
    try:
        signer = next(iter(reply.signed_data.signer_infos))
        for der in reply.signed_data.certificates:
            cert = x509.load_der_x509_certificate(der)
            if cert.issuer == signer.issuer and cert.serial_number == signer.serial_number:
                return _name(cert.subject)
        name = reply.tst_info.name
        return _name(name.value) if isinstance(name, x509.DirectoryName) else str(name.value)
    except (ValueError, StopIteration):
        return "an unnamed authority"


def _name(subject: x509.Name) -> str:
    parts = [a.value for oid in (x509.NameOID.COMMON_NAME, x509.NameOID.ORGANIZATION_NAME)
             for a in subject.get_attributes_for_oid(oid)]
    text = ", ".join(str(p) for p in parts) or subject.rfc4514_string()
    return printable(text)


def _utc(when: dt.datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# How far a trusted token's time may be from the manifest's own (the token is asked for as
# soon as the manifest is made; an authority answers within seconds) or from this computer's
# clock before it says something of a clock.
CLOCK_SLACK = dt.timedelta(minutes=5)


def clock_note(check: StampCheck, created_utc: object, now: dt.datetime) -> str | None:
    """What a trusted token's time says of the clocks, or None: a time later than this
    computer's clock (this clock is behind, or the authority's was wrong), or a manifest made,
    by the exporting computer's clock, well before or after the time the authority attests
    (that clock was off, and so are the times it gave the case)."""
    if check.state != StampState.TRUSTED or check.attested_utc is None:
        return None
    attested = _parse_utc(check.attested_utc)
    said = f"The timestamp {check.file} attests {check.attested_utc}"
    if attested is None:
        return None
    if attested - now > CLOCK_SLACK:
        return (f"{said}, later than this computer's clock ({_utc(now)}): this clock is "
                f"behind by about {_span(attested - now)}, or the authority's clock was wrong.")
    made = _parse_utc(created_utc) if isinstance(created_utc, str) else None
    if made is None or abs(made - attested) <= CLOCK_SLACK:
        return None
    ahead = made > attested
    return (f"{said}, but the manifest says it was made at {printable(str(created_utc))} by "
            f"the exporting computer's clock, {_span(abs(made - attested))} "
            f"{'after' if ahead else 'before'} that (the token is asked for as soon as the "
            f"manifest is made): that clock was about as far {'ahead' if ahead else 'behind'}"
            f"{'' if ahead else ', or the token was obtained later'}, and the times it gave "
            "the case's custody log are read from it.")


def _parse_utc(text: str) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


def _span(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 120:
        return f"{minutes} minutes"
    hours = minutes // 60
    return f"{hours} hours" if hours < 48 else f"{hours // 24} days"


_LISTED = re.compile(r"^  (timestamps/[^ ]*)  .* \(asked at (.*)\)$", re.MULTILINE)


def note_findings(text: bytes, checks: Sequence[StampCheck]) -> tuple[str | None, str | None]:
    """(problem, note) of timestamps/README.txt, covered neither by the signature nor by the
    tokens. Its list of tokens must be the tokens found, each with the authority and time its
    check read (the addresses asked are its own word): a list changed to claim more, or left
    behind when tokens were removed or added, is a problem. The rest of its text differing
    from the note this version writes is a note (another version may word it otherwise).
    (None, None) when a token cannot be read: that token's own check says so."""
    if any(c.tsa is None or c.attested_utc is None for c in checks):
        return None, None
    try:
        found = text.decode("utf-8")
    except UnicodeDecodeError:
        found = ""
    asked = dict(_LISTED.findall(found))
    stamping = Stamping(tuple(Obtained(asked.get(c.file, ""), c.tsa or "",
                                       c.attested_utc or "", b"") for c in checks), ())
    listed = [line for line in found.splitlines() if line.startswith(f"  {TIMESTAMP_DIR}")]
    expected = [line for line in note(stamping).splitlines()
                if line.startswith(f"  {TIMESTAMP_DIR}")]
    in_order = [c.file for c in checks] == [stamp_name(n) for n in range(1, len(checks) + 1)]
    if listed != expected or not in_order or not checks:
        return (f"{TIMESTAMP_NOTE} does not list the timestamps beside it ({len(checks)} "
                "found, each with the authority and time it attests): it was changed, or "
                "tokens were added or removed after the bundle was made. Rely on the checks "
                "of the tokens themselves, not on what the note says."), None
    if found != note(stamping):
        return None, (f"{TIMESTAMP_NOTE} lists the timestamps as they are, but its other words "
                      "are not the ones this version of Skver writes: they are covered by "
                      "nothing (another version may word them otherwise, or they were "
                      "changed). Rely on the checks of the tokens, not on what it says.")
    return None, None


def note(stamping: Stamping) -> str:
    """timestamps/README.txt: what the tokens are and how to check them without Skver."""
    listed = "\n".join(f"  {stamp_name(n)}  {o.tsa}, {o.attested_utc} (asked at {o.url})"
                       for n, o in enumerate(stamping.obtained, start=1))
    return f"""Each file here is a time-stamping authority's RFC 3161 reply over the SHA-256 of
manifest.json's exact bytes (the bytes the case's signature covers). It proves that this
manifest, and so every file it lists by hash, existed no later than the time the authority
attests. It does not prove who made the bundle, nor anything about the photos before they were
imported.

{listed}

Check one, in the folder the bundle was unzipped into (OpenSSL), with the authority's root
certificate obtained from the authority itself, not from this bundle:

  openssl ts -reply -in timestamps/1.tsr -text
      shows the attested time, the digest and the authority
  openssl ts -verify -in timestamps/1.tsr -data manifest.json -CAfile AUTHORITY-ROOT.pem
      prints "Verification: OK"

`python main.py verify BUNDLE.zip` checks every token offline against Skver's trust list of
time-stamping authorities.
"""
