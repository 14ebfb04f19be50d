"""A detached OpenPGP v4 signature over a file checked against a key's own material
(RFC 4880 §5.2.4, RFC 9580 §5.2.4), for a key that current OpenPGP policy refuses as a whole.

ProofMode's app generates its key with BouncyCastle and certifies the key's user ID with SHA-1
(PgpUtils.generateKeyRingGenerator); Sequoia's standard policy rejects SHA-1 self-signatures
made since 2023, so pysequoia finds no usable key in the pubkey.asc of any recent ProofMode
install, however good the signatures over the photo and the proof (SHA-256) are. What those
signatures show, that the bytes are as that key signed them, does not rest on the key's
self-certification, which only binds a user ID Skver does not rely on (the key is self-issued:
integrity, not identity). So `evidence.proofs` asks Sequoia first and, when it refuses, checks the
signature here: a document signature (type 0x00) with SHA-256 or stronger, by RSA, EdDSA (legacy
Ed25519) or Ed25519, against the primary key or a subkey of the key shipped, matched by the
signature's issuer. SHA-1 and MD5 signatures, text signatures and any other algorithm are
never accepted here; a revoked key or one expired before it signed neither.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime

# RFC 4880 §9.4 hash algorithm ids accepted for a document signature (no SHA-1, no MD5).
_HASHES = {8: "sha256", 9: "sha384", 10: "sha512", 11: "sha224",
           12: "sha3_256", 14: "sha3_512"}
_RSA, _EDDSA_LEGACY, _ED25519 = (1, 3), 22, 27
_ED25519_OID = bytes.fromhex("2B06010401DA470F01")
_BINARY_DOCUMENT = 0x00


class _Malformed(ValueError):
    pass


def holds(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether `signature` (armoured or binary) is a valid detached document signature over
    `data` by a key in `public_key`, checked by its own material; False for anything else."""
    from pysequoia.packet import PacketPile, SignatureType, Tag

    try:
        packets = list(PacketPile.from_bytes(public_key))
        keys = [(p.fingerprint or "", p.key_id or "", p.body) for p in packets
                if p.tag in (Tag.PublicKey, Tag.PublicSubkey)]
        signatures = [(p.issuer_fingerprint, p.issuer_key_id, p.signature_created, p.body)
                      for p in PacketPile.from_bytes(signature) if p.tag == Tag.Signature]
    except Exception:  # not OpenPGP at all
        return False
    if not keys or any(p.tag == Tag.Signature and p.signature_type in (
            SignatureType.KeyRevocation, SignatureType.SubkeyRevocation) for p in packets):
        return False  # a revocation, even one not checked, is never taken for a good key
    created_key = next(p.key_created for p in packets if p.tag == Tag.PublicKey)
    periods = [p.key_validity_period for p in packets
               if p.tag == Tag.Signature and p.key_validity_period]
    expiration = created_key + min(periods) if periods and created_key else None
    for issuer, key_id, created, body in signatures:
        if _expired(expiration, created):
            continue
        for fingerprint, own_id, key_body in keys:
            if (issuer and issuer.lower() != fingerprint.lower()) or \
                    (not issuer and key_id and key_id.lower() != own_id.lower()):
                continue
            try:
                if _verify(key_body, body, data):
                    return True
            except (_Malformed, ValueError, IndexError):
                continue
    return False


def _expired(expiration: datetime | None, created: datetime | None) -> bool:
    return expiration is not None and (created is None or created >= expiration)


def _verify(key: bytes, sig: bytes, data: bytes) -> bool:
    if sig[0] != 4 or sig[1] != _BINARY_DOCUMENT or key[0] != 4:
        return False
    algorithm, hash_id = sig[2], sig[3]
    if hash_id not in _HASHES or key[5] != algorithm:
        return False
    hashed_length = int.from_bytes(sig[4:6], "big")
    hashed = sig[:6 + hashed_length]
    digest = hashlib.new(_HASHES[hash_id], data + hashed + b"\x04\xff"
                         + len(hashed).to_bytes(4, "big")).digest()
    at = 6 + hashed_length
    at += 2 + int.from_bytes(sig[at:at + 2], "big")  # the unhashed subpackets
    if sig[at:at + 2] != digest[:2]:  # the digest's first two bytes, kept in the clear
        return False
    values = sig[at + 2:]
    if algorithm in _RSA:
        n, e = list(_mpis(key[6:], 2))
        (s,) = list(_mpis(values, 1))
        return _rsa(n, e, s, digest, _HASHES[hash_id])
    if algorithm == _EDDSA_LEGACY:
        oid_length = key[6]
        if key[7:7 + oid_length] != _ED25519_OID:
            return False
        (point,) = list(_mpis(key[7 + oid_length:], 1))
        r, s = list(_mpis(values, 2))
        if len(point) != 33 or point[0] != 0x40:
            return False
        return _ed25519(point[1:], r.rjust(32, b"\0") + s.rjust(32, b"\0"), digest)
    if algorithm == _ED25519:
        return _ed25519(key[6:38], values[:64], digest)
    return False


def _mpis(data: bytes, count: int) -> Iterator[bytes]:
    at = 0
    for _ in range(count):
        if at + 2 > len(data):
            raise _Malformed("the packet ends inside an MPI")
        length = (int.from_bytes(data[at:at + 2], "big") + 7) // 8
        yield data[at + 2:at + 2 + length]
        at += 2 + length


def _rsa(n: bytes, e: bytes, s: bytes, digest: bytes, hash_name: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

    algorithm = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(),
                 "sha512": hashes.SHA512(), "sha224": hashes.SHA224(),
                 "sha3_256": hashes.SHA3_256(), "sha3_512": hashes.SHA3_512()}[hash_name]
    modulus = int.from_bytes(n, "big")
    if modulus.bit_length() < 2048:
        return False
    key = rsa.RSAPublicNumbers(int.from_bytes(e, "big"), modulus).public_key()
    try:
        key.verify(s.rjust(len(n), b"\0"), digest, padding.PKCS1v15(),
                   utils.Prehashed(algorithm))
    except InvalidSignature:
        return False
    return True


def _ed25519(public: bytes, signature: bytes, digest: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if len(public) != 32 or len(signature) != 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, digest)
    except InvalidSignature:
        return False
    return True
