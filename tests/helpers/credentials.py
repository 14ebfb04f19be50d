"""Photos with Content Credentials made in the test: signed with c2pa-python's Builder and the
corpus's test certificates (c2pa's own, on no trust list), edited and signed again, time-stamped
by a local TSA, stripped of their manifest as a messenger would.

    sign(source, out, actions=("c2pa.created",), tsa_url=None, parent=None)
    c2pa_tsa(folder)   a TSA on 127.0.0.1 whose certificates follow the C2PA profile
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.helpers.tsa import LocalTsa, running_tsa

C2PA_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "c2pa"
CERTS = C2PA_CORPUS / "es256_certs.pem"   # the signer and its intermediate CA
KEY = C2PA_CORPUS / "es256_private.key"
CAPTURE = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"


def sign(source: Path, out: Path, *, actions: tuple[str, ...] = ("c2pa.created",),
         tsa_url: str | None = None, parent: Path | None = None,
         generator: str = "Skver test camera") -> Path:
    """`source` (a JPEG) signed into `out` with the test certificates: a manifest recording
    `actions`; with `parent`, the signed photo it was edited from, as the ingredient a first
    `c2pa.opened` action names."""
    info = c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, CERTS.read_bytes(), KEY.read_bytes(),
                               tsa_url.encode() if tsa_url else None)
    recorded: list[dict[str, object]] = []
    if parent is not None:  # an edit: its first action opens the signed photo it came from
        recorded.append({"action": "c2pa.opened", "parameters": {"ingredientIds": ["parent"]}})
    for action in actions:
        entry: dict[str, object] = {"action": action}
        if action == "c2pa.created":
            entry["digitalSourceType"] = CAPTURE
        recorded.append(entry)
    manifest = {"claim_generator_info": [{"name": generator, "version": "1.0"}],
                "title": out.name,
                "assertions": [{"label": "c2pa.actions", "data": {"actions": recorded}}]}
    with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest) as builder:
        if parent is not None:
            with parent.open("rb") as stream:
                builder.add_ingredient({"title": parent.name, "relationship": "parentOf",
                                        "label": "parent"},
                                       "image/jpeg", stream)
        with source.open("rb") as src:
            signed = io.BytesIO()
            builder.sign(signer, "image/jpeg", src, signed)
    out.write_bytes(signed.getvalue())
    return out


def jpeg_segments(data: bytes) -> list[tuple[int, bytes]]:
    """(marker, whole segment) of a JPEG up to its first scan; the rest as (0, bytes)."""
    assert data[:2] == b"\xff\xd8"
    out, at = [], 2
    while at < len(data):
        marker = data[at + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            out.append((0, data[at:]))
            break
        length = int.from_bytes(data[at + 2:at + 4], "big")
        out.append((marker, data[at:at + 2 + length]))
        at += 2 + length
    return out


def stripped(data: bytes, *, xmp_provenance: str | None = None) -> bytes:
    """The JPEG without its APP11 segments (the JUMBF manifest store), as a messenger re-saving
    it keeps the EXIF and XMP and drops the rest; with an XMP packet whose dcterms:provenance
    names the manifest (as C2PA tools write it)."""
    kept = [segment for marker, segment in jpeg_segments(data) if marker != 0xEB]
    if xmp_provenance is not None:
        packet = (b"http://ns.adobe.com/xap/1.0/\x00"
                  b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf='
                  b'"http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
                  b'xmlns:dcterms="http://purl.org/dc/terms/" dcterms:provenance="'
                  + xmp_provenance.encode() + b'"/></rdf:RDF></x:xmpmeta>')
        kept.insert(0, b"\xff\xe1" + (len(packet) + 2).to_bytes(2, "big") + packet)
    return b"\xff\xd8" + b"".join(kept)


def hidden_manifest(data: bytes) -> bytes:
    """The JPEG with its APP11 segments turned into APP12 ones: the manifest's bytes remain,
    but no reader finds a manifest store where one belongs."""
    return b"\xff\xd8" + b"".join(b"\xff\xec" + segment[2:] if marker == 0xEB else segment
                                  for marker, segment in jpeg_segments(data))


@contextmanager
def c2pa_tsa(folder: Path) -> Iterator[LocalTsa]:
    """tests/helpers/tsa.running_tsa with certificates c2pa accepts: its profile wants the
    key usage and key identifiers openssl's throwaway TSA leaves out (c2pa says
    `signingCredential.invalid: certificate params incorrect` otherwise). `ca_pem` is the
    anchor to put on the TSA list."""
    with running_tsa(folder) as tsa:
        tsa.ca_pem = _profiled_authority(folder)  # openssl reads the files at each request
        yield tsa


def _profiled_authority(folder: Path) -> bytes:
    ca, leaf, key = _chain("Skver Test TSA Root", "Skver Test TSA", organization="Skver tests",
                           usage=ExtendedKeyUsageOID.TIME_STAMPING, usage_critical=True)
    pem = serialization.Encoding.PEM
    (folder / "ca.pem").write_bytes(ca.public_bytes(pem))
    (folder / "tsa.pem").write_bytes(leaf.public_bytes(pem))
    (folder / "tsa.key").write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    return ca.public_bytes(pem)


def _chain(root: str, signer: str, *, organization: str, usage: x509.ObjectIdentifier,
           usage_critical: bool
           ) -> tuple[x509.Certificate, x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A throwaway root (90 days) and a leaf it issues (30 days) for one extended key usage,
    with the key usage and key identifiers c2pa's profile wants: (root, leaf, leaf's key)."""
    now = dt.datetime.now(dt.UTC)

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
                          x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ")])

    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_id = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (x509.CertificateBuilder().subject_name(name(root)).issuer_name(name(root))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=90))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .add_extension(ca_id, critical=False)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder().subject_name(name(signer)).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False,
                                         False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([usage]), critical=usage_critical)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_id),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    return ca, leaf, key


HOSTILE_SIGNER = "Signer\x1b[2J\ngpj.exe"       # clears the screen, adds a line
HOSTILE_ORG = "Hostile\u202eOrg\nTrusted: yes"   # a right-to-left override, a fake line


def sign_hostile(source: Path, out: Path) -> Path:
    """`source` signed under a certificate of its own making whose names carry control and
    bidi characters, by a generator named likewise, recording an action named likewise."""
    ca, leaf, key = _chain("Root", HOSTILE_SIGNER, organization=HOSTILE_ORG,
                           usage=ExtendedKeyUsageOID.EMAIL_PROTECTION, usage_critical=False)
    pem = serialization.Encoding.PEM
    info = c2pa.C2paSignerInfo(
        c2pa.C2paSigningAlg.ES256, leaf.public_bytes(pem) + ca.public_bytes(pem),
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
        None)
    manifest = {"claim_generator_info": [{"name": "Evil\u202eApp\nline", "version": "1"}],
                "title": out.name,
                "assertions": [{"label": "c2pa.actions", "data": {"actions": [
                    {"action": "c2pa.created", "digitalSourceType": CAPTURE},
                    {"action": "c2pa.edited\x1b[31m"}]}}]}
    with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest) as builder, \
            source.open("rb") as src:
        signed = io.BytesIO()
        builder.sign(signer, "image/jpeg", src, signed)
    out.write_bytes(signed.getvalue())
    return out
