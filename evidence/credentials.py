"""Content Credentials (C2PA) read and validated offline with c2pa-python, and what they mean
for the evidence: the record (evidence.model.ContentCredentials), its findings, its JSON.

Offline, always: remote manifest fetching and OCSP fetching are off, so a manifest stored online
(cloud.jpg) is `unreadable`, its URL named, never fetched. The signer is trusted when its chain
ends at an anchor of the C2PA list, the interim list (labelled interim) or the user's own list
(evidence/trustlists.py); which one, `trust_list` says (found by validating again against each
list alone: c2pa reports only that some anchor matched).

The time a credential states (`signed_at`) is the RFC 3161 time-stamp over its signature when
it has one (the time-stamping authority's clock, not the device's), else the time its
`c2pa.created` action states (the device's word). `timestamp_trusted` holds only when c2pa
verified the time-stamp's chain and the authority's issuing CA is itself on the TSA trust list
(the C2PA TSA list names the issuing CAs): c2pa calls the time-stamps of 1.x manifests
"trusted" ("legacy") without checking them against any list, and those are not counted.

Failure codes are c2pa's own; a failure inside an ingredient's manifest (an earlier version the
file was made from) is given as `ingredient:<code>`. `signingCredential.untrusted` is not among
them: a signer on no list is the state `valid` (finding `credentials_untrusted_signer`).
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from evidence import timing, trustlists
from evidence.model import (
    CaptureTime,
    ContentCredentials,
    CredentialState,
    CredentialTrace,
    Finding,
    OffsetSource,
    Severity,
)
from evidence.printable import printable
from evidence.trustlists import TrustKind

if TYPE_CHECKING:
    from evidence.metadata import Opener

# The media types Skver reads (evidence/sniff.py) as c2pa names them; others have no manifest
# c2pa can read. 3GPP is ISO BMFF, read as MP4.
C2PA_FORMATS = {
    "image/jpeg": "image/jpeg", "image/png": "image/png", "image/webp": "image/webp",
    "image/tiff": "image/tiff", "image/x-adobe-dng": "image/dng", "image/heic": "image/heic",
    "image/heif": "image/heif", "image/avif": "image/avif", "image/gif": "image/gif",
    "video/mp4": "video/mp4", "video/quicktime": "video/quicktime",
    "video/x-m4v": "video/x-m4v", "video/3gpp": "video/mp4", "video/3gpp2": "video/mp4",
}

# Failures that do not mean the signed bytes or the signature were changed: the certificate
# has expired since, or the time-stamp cannot be checked. Any other failure of the file's own
# manifest is critical; a failure only in an ingredient's manifest is a warning.
LESSER_FAILURES = ("signingCredential.expired", "timeStamp.", "signingCredential.ocsp.",
                   "algorithm.deprecated")
UNTRUSTED = "signingCredential.untrusted"
ONLINE = "stored online at"
INGREDIENT = "ingredient:"

# Actions that change what the picture shows, and actions that only re-encode or re-frame it.
CONTENT_EDITS = frozenset({
    "c2pa.edited", "c2pa.cropped", "c2pa.filtered", "c2pa.color_adjustments", "c2pa.drawing",
    "c2pa.placed", "c2pa.removed", "c2pa.redacted", "c2pa.unknown"})
FORM_EDITS = frozenset({
    "c2pa.resized", "c2pa.orientation", "c2pa.converted", "c2pa.transcoded",
    "c2pa.repackaged", "c2pa.edited.metadata"})

# The trace of a stripped manifest: how far into the file, from each end, it is looked for
# (XMP and a JPEG's APP11 segments sit at the start; an MP4's boxes at the start or the end).
TRACE_WINDOW = 4 * 1024 * 1024
APP11 = 0xEB
_PROVENANCE = re.compile(rb"dcterms:provenance(?:=\"|>)")
_JUMBF_C2PA = re.compile(rb"jumd.{0,32}c2pa", re.DOTALL)


def read(path: str, media_type: str | None = None, opener: Opener | None = None
         ) -> ContentCredentials | None:
    """The file's Content Credentials validated offline; None when it carries none (a file
    type c2pa does not read carries none). Never raises for bad input: a manifest that cannot
    be checked is `unreadable`, with the reason."""
    import c2pa

    fmt = C2PA_FORMATS.get(media_type or "")
    if fmt is None:
        return None
    try:
        with _opened(path, opener) as stream:
            if fmt == "image/jpeg" and _jpeg_without_manifest(stream):
                return None
            if fmt in MEDIA_BOX_FORMATS and (crowded := _too_many_boxes(stream, fmt)) is not None:
                return crowded
            store, crjson = _validated(fmt, stream, _settings())
            if store.get("validation_state") == "Trusted":
                trust_list = _anchoring_list(fmt, stream)
            else:
                trust_list = None
    except c2pa.C2paError as exc:
        found = _unreadable_or_none(exc, fmt)
    except (OSError, ValueError) as exc:  # unreadable (metadata says why), or c2pa's own JSON
        found = _unreadable(f"{type(exc).__name__}: {exc}", fmt)
    else:
        return _record(store, crjson, trust_list, fmt)
    if found is not None and ONLINE not in (found.reason or "") and trace(path, opener) is None:
        return None  # a damaged file c2pa stumbles on, with no sign of a manifest: none
    return found


# c2pa walks an MP4/MOV's top-level boxes in quadratic time (20,000 boxes: 2 s; 50,000: 17 s;
# 300,000: minutes), inside its own code, where the read deadline cannot stop it (an exception in
# its stream callbacks is swallowed by ctypes). A recording has a handful of top-level boxes, a
# fragmented one two a fragment (an hour of 2-second fragments: 3,600); past this many the file
# is not handed to c2pa.
MAX_C2PA_BOXES = 20_000
MEDIA_BOX_FORMATS = frozenset({"video/mp4", "video/quicktime", "video/x-m4v"})
# The extended type of the 'uuid' box C2PA keeps a manifest store in, in an ISO media file.
C2PA_BOX_UUID = bytes.fromhex("d8fec3d61b0e483c92975828877ec481")


def _too_many_boxes(stream: io.BufferedIOBase, fmt: str) -> ContentCredentials | None:
    """None when the file can go to c2pa; otherwise what is said of its credentials: none when
    no C2PA box stands among its top-level boxes, else unreadable, saying why."""
    from evidence import video

    size = stream.seek(0, 2)
    top = video.top_boxes(cast(BinaryIO, stream), size, video.MAX_TOP_BOXES)
    stream.seek(0)
    if len(top) <= MAX_C2PA_BOXES:
        return None
    for kind, start, _end in top:
        if kind == b"uuid":
            stream.seek(start)
            if stream.read(16) == C2PA_BOX_UUID:
                stream.seek(0)
                return _unreadable(f"the file holds more than {MAX_C2PA_BOXES:,} boxes at its "
                                   "top level, more than a recording has, and was not checked",
                                   fmt)
    stream.seek(0)
    return None


def trace(path: str, opener: Opener | None = None) -> CredentialTrace | None:
    """What a file without credentials still shows of ones it carried (read only from the
    file's first and last TRACE_WINDOW bytes; of a JPEG, its marker segments before the
    picture); None when nothing."""
    try:
        with _opened(path, opener) as stream:
            header = _jpeg_header(stream)  # a JPEG keeps XMP and its manifest before its picture
            if header is not None:
                head, tail = header[0], b""
            else:
                stream.seek(0)
                head = stream.read(TRACE_WINDOW)
                stream.seek(0, os.SEEK_END)
                size = stream.tell()
                tail = b""
                if size > TRACE_WINDOW:
                    stream.seek(max(TRACE_WINDOW, size - TRACE_WINDOW))
                    tail = stream.read(TRACE_WINDOW)
    except (OSError, ValueError):
        return None
    for chunk in (head, tail):
        if _PROVENANCE.search(chunk):
            return CredentialTrace.XMP_PROVENANCE
    for chunk in (head, tail):
        if _JUMBF_C2PA.search(chunk):
            return CredentialTrace.C2PA_REMNANT
    return None


def _jpeg_header(stream: Any) -> tuple[bytes, frozenset[int]] | None:
    """A JPEG's marker segments before its picture (where its XMP and a C2PA manifest are kept),
    read segment by segment, and their markers; None when its structure cannot be followed
    within TRACE_WINDOW bytes (then the file is searched as any other)."""
    stream.seek(0)
    if stream.read(2) != b"\xff\xd8":
        return None
    parts, markers, total = [b"\xff\xd8"], set[int](), 2
    while total < TRACE_WINDOW:
        head = stream.read(2)
        if len(head) < 2 or head[0] != 0xFF:
            return None
        marker = head[1]
        if marker == 0xFF:  # a fill byte before the marker
            stream.seek(-1, os.SEEK_CUR)
            continue
        if marker == 0xDA:  # start of scan: the compressed picture follows
            return b"".join(parts), frozenset(markers)
        size = stream.read(2)
        length = int.from_bytes(size, "big")
        if len(size) < 2 or length < 2:
            return None
        parts.append(head + size + stream.read(length - 2))
        markers.add(marker)
        total += 2 + length
    return None


def _jpeg_without_manifest(stream: Any) -> bool:
    """True when a JPEG certainly carries no manifest, embedded or referenced: no APP11
    segment (where C2PA stores a JPEG's manifest) and no dcterms:provenance in its XMP. Spares
    c2pa reading a large photo through to say so."""
    header = _jpeg_header(stream)
    if header is None:
        return False
    segments, markers = header
    return APP11 not in markers and not _PROVENANCE.search(segments)


def examine(path: str, media_type: str | None, opener: Opener | None = None
            ) -> tuple[ContentCredentials | None, CredentialTrace | None]:
    """The credentials, and when there are none, the trace of lost ones."""
    found = read(path, media_type, opener)
    if found is not None or C2PA_FORMATS.get(media_type or "") is None:
        return found, None
    return None, trace(path, opener)


def findings(found: ContentCredentials | None,
             lost: CredentialTrace | None = None) -> list[Finding]:
    """What the credentials (or their trace) say about the evidence."""
    if found is None:
        return [_stripped(lost)] if lost is not None else []
    out: list[Finding] = []
    if found.state is CredentialState.UNREADABLE:
        out.append(Finding(
            "credentials_unreadable", Severity.INFO,
            "The file carries Content Credentials that cannot be checked offline "
            f"({found.reason or 'unknown reason'}): they neither support nor weaken it."))
        return out
    if found.state is CredentialState.INVALID:
        critical = any(not code.startswith(INGREDIENT) and not code.startswith(LESSER_FAILURES)
                       for code in found.failures)
        codes = ", ".join(found.failures) or "none named"
        if critical:
            out.append(Finding(
                "credentials_invalid", Severity.CRITICAL,
                f"The file's Content Credentials fail validation ({codes}): the file or its "
                "signed statements were changed after signing, or the signature is not "
                "genuine."))
        else:
            out.append(Finding(
                "credentials_invalid", Severity.WARNING,
                f"The file's Content Credentials hold, but a lesser check fails ({codes}): an "
                "earlier version it was made from, its certificate's validity or its "
                "time-stamp cannot be relied on."))
    elif found.state is CredentialState.VALID:
        out.append(Finding(
            "credentials_untrusted_signer", Severity.INFO,
            "The file's Content Credentials are intact, but their signer "
            f"({found.signer or 'not named'}) is on no trust list Skver has: anyone can make "
            "such a certificate, so they show the file is unchanged since signing, not who "
            "signed it."))
    edits = [a for a in found.actions if a in CONTENT_EDITS]
    reframed = [a for a in found.actions if a in FORM_EDITS]
    if edits:
        out.append(Finding(
            "credentials_show_edits", Severity.WARNING,
            f"The file's Content Credentials record edits ({', '.join(edits + reframed)}): "
            "the picture is not as the camera captured it."))
    elif reframed:
        out.append(Finding(
            "credentials_show_edits", Severity.INFO,
            f"The file's Content Credentials record that it was re-encoded or re-framed "
            f"({', '.join(reframed)}), not that what it shows was changed."))
    return out


def attests_time(found: ContentCredentials | None) -> datetime | None:
    """The instant the credentials attest, when it can date the photo: a trusted signer, a
    time-stamp from an authority on the TSA list, and a manifest that states a capture (else
    the time-stamp dates an edit or an export, later than the shutter). A merely valid
    credential never does."""
    if found is None or found.state is not CredentialState.TRUSTED or not found.captured:
        return None
    return found.signed_at if found.timestamp_trusted else None


def as_json(found: ContentCredentials | None) -> dict[str, Any] | None:
    """The `content_credentials` object of `inspect --json` (null when none)."""
    if found is None:
        return None
    return {
        "state": found.state.value, "signer": found.signer, "issuer": found.issuer,
        "generator": found.generator, "signed_at": timing.format_utc(found.signed_at),
        "timestamp_trusted": found.timestamp_trusted,
        "timestamp_authority": found.timestamp_authority,
        "failures": list(found.failures), "actions": list(found.actions),
        "trust_list": found.trust_list, "reason": found.reason, "format": found.format,
        "captured": found.captured,
    }


def from_json(value: Any) -> ContentCredentials | None:
    """A record from its `as_json` object; None for null or absent (stored before Skver read
    credentials). ValueError for a stored object that is not one."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError(f"content_credentials is not an object: {value!r}")

    def text(key: str) -> str | None:
        item = value.get(key)
        if item is not None and not isinstance(item, str):
            raise ValueError(f"content_credentials.{key} is not text: {item!r}")
        return item

    def texts(key: str) -> tuple[str, ...]:
        items = value.get(key) or []
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError(f"content_credentials.{key} is not a list of text: {items!r}")
        return tuple(items)

    trusted, captured = value.get("timestamp_trusted", False), value.get("captured", False)
    if not isinstance(trusted, bool) or not isinstance(captured, bool):
        raise ValueError("content_credentials.timestamp_trusted or .captured is not "
                         f"true/false: {trusted!r}, {captured!r}")
    return ContentCredentials(
        state=CredentialState(str(value.get("state"))), signer=text("signer"),
        issuer=text("issuer"),
        generator=text("generator"), signed_at=timing.parse_utc(text("signed_at")),
        timestamp_trusted=trusted, failures=texts("failures"), actions=texts("actions"),
        trust_list=text("trust_list"), timestamp_authority=text("timestamp_authority"),
        reason=text("reason"), format=text("format"), captured=captured)


# --- reading -----------------------------------------------------------------------------

@contextmanager
def _opened(path: str, opener: Opener | None) -> Iterator[io.BufferedIOBase]:
    stream = opener() if opener is not None else open(path, "rb")  # noqa: SIM115
    try:
        yield stream
    finally:
        stream.close()


def _offline() -> dict[str, Any]:
    return {"remote_manifest_fetch": False, "ocsp_fetch": False, "verify_trust": True,
            "verify_timestamp_trust": True}


def _settings(signers: tuple[TrustKind, ...] | None = None, user: bool = True) -> dict[str, Any]:
    """c2pa's settings: offline; the signing anchors (`signers`: the C2PA and interim lists by
    default) as its own trust anchors, the user's as user anchors, the TSA list for time-stamps."""
    trust: dict[str, Any] = {}
    system = trustlists.pem_bundle(signers if signers is not None
                                   else (TrustKind.C2PA, TrustKind.INTERIM))
    if system:
        trust["trust_anchors"] = system
    users = trustlists.pem_bundle((TrustKind.USER,)) if user else ""
    if users:
        trust["user_anchors"] = users
    tsa = trustlists.pem_bundle((TrustKind.TSA,))
    if tsa:
        trust["anchors"] = [{"trust_anchors": tsa, "trust_kind": "tsa"}]
    return {"verify": _offline(), "trust": trust}


def _validated(fmt: str, stream: Any, settings: dict[str, Any]
               ) -> tuple[dict[str, Any], dict[str, Any]]:
    import c2pa

    stream.seek(0)
    context = c2pa.Context.from_dict(settings)
    with c2pa.Reader(fmt, stream, context=context) as reader:
        return json.loads(reader.json()), json.loads(reader.crjson())


def _anchoring_list(fmt: str, stream: Any) -> str:
    """Which list anchors a trusted signer: validated again against the C2PA list alone, then
    the interim list alone; else it was the user's."""
    import c2pa

    has_interim = bool(trustlists.anchors(TrustKind.INTERIM))
    has_user = bool(trustlists.anchors(TrustKind.USER))
    if not has_interim and not has_user:
        return TrustKind.C2PA.value
    for kind in (TrustKind.C2PA, TrustKind.INTERIM):
        if kind is TrustKind.INTERIM and not has_interim:
            continue
        try:
            store, _ = _validated(fmt, stream, _settings((kind,), user=False))
        except c2pa.C2paError:
            continue
        if store.get("validation_state") == "Trusted":
            return kind.value
    return TrustKind.USER.value


def _unreadable_or_none(exc: Exception, fmt: str) -> ContentCredentials | None:
    message = str(exc)
    if type(exc).__name__.endswith("ManifestNotFound") or "no JUMBF data found" in message:
        return None
    if "NotSupported" in type(exc).__name__:
        return None
    remote = re.search(r"remote manifests? from url (\S+)", message)
    if remote:
        return _unreadable(f"the manifest is {ONLINE} {remote.group(1)}; Skver works offline "
                           "and does not fetch it", fmt)
    return _unreadable(message, fmt)


def _unreadable(reason: str, fmt: str) -> ContentCredentials:
    return ContentCredentials(CredentialState.UNREADABLE, None, None, None, None, False, (), (),
                              None, reason=printable(reason[:500]), format=fmt)


def _record(store: dict[str, Any], crjson: dict[str, Any], trust_list: str | None,
            fmt: str) -> ContentCredentials:
    label = store.get("active_manifest")
    manifest = (store.get("manifests") or {}).get(label) or {}
    signature = _cr_manifest(crjson, label).get("signature") or {}
    certificate = signature.get("certificateInfo") or {}
    stamp = signature.get("timeStampInfo") or {}
    results = store.get("validation_results") or {}
    own = results.get("activeManifest") or {}
    failures = [code for code in _codes(own, "failure") if code != UNTRUSTED]
    for delta in results.get("ingredientDeltas") or []:
        failures += [INGREDIENT + code for code in _codes(delta.get("validationDeltas") or {},
                                                          "failure") if code != UNTRUSTED]
    state = {"Trusted": CredentialState.TRUSTED, "Valid": CredentialState.VALID}.get(
        store.get("validation_state") or "", CredentialState.INVALID)
    actions = _actions(manifest)
    stamped = _instant(stamp.get("timestamp"))
    stamp_trusted = stamped is not None and _timestamp_trusted(own, stamp)
    signed_at = stamped or _instant((manifest.get("signature_info") or {}).get("time")) \
        or _created_when(manifest)
    return ContentCredentials(
        state=state, signer=_name(certificate.get("subject")),
        issuer=_name(certificate.get("issuer")), generator=_generator(manifest),
        signed_at=signed_at, timestamp_trusted=stamp_trusted,
        failures=tuple(dict.fromkeys(printable(code) for code in failures)), actions=actions,
        trust_list=trust_list if state is CredentialState.TRUSTED else None,
        timestamp_authority=_name(stamp.get("certificateInfo", {}).get("subject")),
        format=fmt, captured=_captured(manifest))


def _cr_manifest(crjson: dict[str, Any], label: str | None) -> dict[str, Any]:
    for manifest in crjson.get("manifests") or []:
        if manifest.get("label") == label:
            return dict(manifest)
    return {}


def _codes(results: dict[str, Any], kind: str) -> list[str]:
    return [str(item.get("code")) for item in results.get(kind) or [] if item.get("code")]


def _timestamp_trusted(own: dict[str, Any], stamp: dict[str, Any]) -> bool:
    """c2pa verified the time-stamp's chain to an anchor (not merely a 1.x "legacy" stamp), and
    the authority's issuing CA is on the TSA list."""
    checked = any(item.get("code") == "timeStamp.trusted"
                  and not str(item.get("explanation", "")).lower().startswith("legacy")
                  for item in own.get("success") or [])
    if not checked:
        return False
    issuer = _attributes(stamp.get("certificateInfo", {}).get("issuer"))
    return bool(issuer) and any(_attributes_of(anchor.pem) == issuer
                                for anchor in trustlists.anchors(TrustKind.TSA))


NAME_KEYS = frozenset({"C", "O", "OU", "CN"})  # what a TSA's issuer is matched on


def _attributes(name: Any) -> frozenset[tuple[str, str]]:
    """A certificate name as c2pa gives it ({"C": "US", "CN": ...}): its C, O, OU and CN."""
    if not isinstance(name, dict):
        return frozenset()
    return frozenset((str(k), str(v)) for k, v in name.items() if str(k) in NAME_KEYS)


@lru_cache(maxsize=256)
def _attributes_of(pem: str) -> frozenset[tuple[str, str]]:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    short = {NameOID.COUNTRY_NAME: "C", NameOID.ORGANIZATION_NAME: "O",
             NameOID.ORGANIZATIONAL_UNIT_NAME: "OU", NameOID.COMMON_NAME: "CN"}
    subject = x509.load_pem_x509_certificate(pem.encode("ascii")).subject
    return frozenset((short[a.oid], str(a.value)) for a in subject if a.oid in short)


def _name(name: Any) -> str | None:
    """A certificate name as 'CN=..., O=..., C=...', printable."""
    if not isinstance(name, dict) or not name:
        return None
    return printable(", ".join(f"{key}={value}" for key, value in name.items()))


def _generator(manifest: dict[str, Any]) -> str | None:
    info = manifest.get("claim_generator_info") or []
    if info and isinstance(info[0], dict) and info[0].get("name"):
        first = info[0]
        version = f" {first['version']}" if first.get("version") else ""
        return printable(f"{first['name']}{version}")
    generator = manifest.get("claim_generator")
    return printable(generator) if generator else None


def _actions(manifest: dict[str, Any]) -> tuple[str, ...]:
    found: list[str] = []
    for assertion in manifest.get("assertions") or []:
        if str(assertion.get("label", "")).startswith("c2pa.actions"):
            for action in (assertion.get("data") or {}).get("actions") or []:
                if isinstance(action, dict) and action.get("action"):
                    found.append(printable(action["action"]))
    return tuple(dict.fromkeys(found))


# IPTC digital source types of a camera's capture (https://cv.iptc.org/newscodes/digitalsourcetype/)
CAPTURES = ("/digitalCapture", "/computationalCapture", "/compositeCapture")


def _captured(manifest: dict[str, Any]) -> bool:
    """The manifest's first action is c2pa.created from a camera's capture."""
    for assertion in manifest.get("assertions") or []:
        if str(assertion.get("label", "")).startswith("c2pa.actions"):
            actions = (assertion.get("data") or {}).get("actions") or []
            first = actions[0] if actions and isinstance(actions[0], dict) else {}
            return first.get("action") == "c2pa.created" and \
                str(first.get("digitalSourceType", "")).endswith(CAPTURES)
    return False


def _created_when(manifest: dict[str, Any]) -> datetime | None:
    for assertion in manifest.get("assertions") or []:
        if str(assertion.get("label", "")).startswith("c2pa.actions"):
            for action in (assertion.get("data") or {}).get("actions") or []:
                if isinstance(action, dict) and action.get("action") == "c2pa.created":
                    return _instant(action.get("when"))
    return None


def _instant(text: Any) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else None


def _stripped(lost: CredentialTrace) -> Finding:
    shown = {CredentialTrace.XMP_PROVENANCE: "its XMP names a C2PA manifest that is no longer "
                                             "in the file",
             CredentialTrace.C2PA_REMNANT: "pieces of a C2PA manifest remain in its bytes, "
                                           "but no manifest can be read"}[lost]
    return Finding("credentials_stripped", Severity.WARNING,
                   f"The file once carried Content Credentials that were removed on the way "
                   f"({shown}): it is a copy processed after signing, not the signed original.")


def dated(time: CaptureTime, found: ContentCredentials | None) -> CaptureTime:
    """The capture time, strengthened by credentials that attest it (`attests_time`).

    How it strengthens: the instant becomes the time-stamping authority's, on the TSA trust
    list, over a signature by a signer on a trust list, of a manifest that states a capture: no
    longer the device clock's word, which anyone can set. A camera that signs does so at
    capture, seconds after the shutter; that is within the analysis's base uncertainty. (A
    manifest of an edit or an export is time-stamped when it was made, later than the shutter:
    it never dates the photo.) The camera's own reading (`taken_local`), the offset
    and its zone stay as the file gave them (the offset still says what local time it was), and
    so does the camera clock's skew against the GPS clock; `offset_source`
    `content-credentials` says where the UTC instant came from. Anything less (a valid
    credential whose signer is on no list, a time-stamp from an authority on none) leaves the
    time as the camera's metadata set it."""
    instant = attests_time(found)
    if instant is None:
        return time
    return replace(time, offset_source=OffsetSource.CONTENT_CREDENTIALS, taken_utc=instant)


def timed_out(media_type: str | None, seconds: float) -> ContentCredentials:
    """The record of credentials whose reading ran past the deadline (a hostile file)."""
    return _unreadable(f"reading them took longer than {seconds:.0f} s and was stopped",
                       C2PA_FORMATS.get(media_type or "", media_type or ""))
