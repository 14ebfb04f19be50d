"""evidence/pgpverify.py: a detached signature checked by its key's own material, as the fallback
for keys Sequoia's policy refuses (ProofMode's, SHA-1 self-certified)."""

from __future__ import annotations

import pysequoia
import pytest

from evidence import pgpverify
from tests.helpers.proofs import GpgKey

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
DATA = b"\xff\xd8 a photo's bytes \xff\xd9"


@pytest.mark.parametrize("suite", [pysequoia.CipherSuite.Cv25519, pysequoia.CipherSuite.RSA2k])
def test_a_signature_holds_for_its_data_and_key_only(suite):
    tsk = pysequoia.Tsk.generate("a <a@example.org>", cipher_suite=suite)
    other = pysequoia.Tsk.generate("b <b@example.org>", cipher_suite=suite)
    signature = pysequoia.sign(tsk.signer(), DATA, mode=pysequoia.SignatureMode.DETACHED)
    public = str(tsk.extract_certificate()).encode()
    assert pgpverify.holds(public, signature, DATA)
    assert not pgpverify.holds(public, signature, DATA + b"\0")
    assert not pgpverify.holds(str(other.extract_certificate()).encode(), signature, DATA)
    assert not pgpverify.holds(public, b"not a signature", DATA)
    assert not pgpverify.holds(b"not a key", signature, DATA)


def test_a_sha1_bound_key_verifies_sha256_signatures_but_never_sha1_ones(tmp_path):
    legacy = GpgKey(tmp_path / "gnupg")
    public = legacy.public()
    assert pgpverify.holds(public, legacy.sign(DATA), DATA)
    assert not pgpverify.holds(public, legacy.sign(DATA), DATA[:-1])
    weak = legacy._gpg("--armor", "--digest-algo", "SHA1", "--detach-sign", data=DATA)
    assert not pgpverify.holds(public, weak, DATA)
