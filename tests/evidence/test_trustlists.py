"""The trust lists: shipped with their source, updated from a PEM file (checked first), reset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence import trustlists
from evidence.trustlists import TrustKind, TrustListError
from tests.helpers.cli import ok, skver

C2PA_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "c2pa"
TEST_CERTS = C2PA_CORPUS / "es256_certs.pem"


def test_the_shipped_lists_name_their_source_and_the_interim_list_is_not_shipped():
    c2pa, tsa = trustlists.anchors(TrustKind.C2PA), trustlists.anchors(TrustKind.TSA)
    assert len(c2pa) == 30 and len(tsa) == 22
    assert any("Google C2PA Root CA G3" in anchor.subject for anchor in c2pa)
    assert all(a.list_name == "c2pa" and not a.interim and "conformance-public" in a.source
               for a in c2pa)
    assert any("TSA" in anchor.subject for anchor in tsa)
    assert trustlists.anchors(TrustKind.INTERIM) == ()
    assert trustlists.anchors(TrustKind.USER) == ()


def test_an_updated_list_replaces_the_shipped_one_until_it_is_reset(tmp_path):
    trustlists.update(TrustKind.INTERIM, TEST_CERTS)
    interim = trustlists.anchors(TrustKind.INTERIM)
    assert [a.subject.split(",")[0] for a in interim] == ["CN=C2PA Signer", "CN=Intermediate CA"]
    assert all(a.interim and a.list_name == "interim" for a in interim)
    assert "es256_certs.pem" in interim[0].source
    info = trustlists.info(TrustKind.INTERIM)
    assert info.updated and info.count == 2

    trustlists.update(TrustKind.TSA, TEST_CERTS)
    assert len(trustlists.anchors(TrustKind.TSA)) == 2
    trustlists.reset(TrustKind.TSA)
    assert len(trustlists.anchors(TrustKind.TSA)) == 22
    assert not trustlists.info(TrustKind.TSA).updated


@pytest.mark.parametrize("content, said", [
    (b"", "not a PEM bundle"),
    (b"hello, not a certificate\n", "not a PEM bundle"),
    (b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "not a PEM bundle"),
])
def test_a_file_that_is_no_list_is_refused_and_the_list_in_use_stays(tmp_path, content, said):
    bad = tmp_path / "list.pem"
    bad.write_bytes(content)
    with pytest.raises(TrustListError, match=said):
        trustlists.update(TrustKind.C2PA, bad)
    assert len(trustlists.anchors(TrustKind.C2PA)) == 30


def test_a_private_key_is_never_kept(tmp_path):
    mixed = tmp_path / "mixed.pem"
    mixed.write_bytes(TEST_CERTS.read_bytes() + (C2PA_CORPUS / "es256_private.key").read_bytes())
    with pytest.raises(TrustListError, match="private key"):
        trustlists.update(TrustKind.USER, mixed)
    assert trustlists.anchors(TrustKind.USER) == ()
    assert not list((trustlists.appdirs.user_data_dir()).rglob("*.pem"))


def test_the_command_updates_shows_and_resets_a_list(tmp_path):
    out = ok(skver("trust-list", "update", "--user", str(TEST_CERTS))).stdout
    assert "Updated the user list from es256_certs.pem: 2 anchors." in out
    shown = json.loads(ok(skver("trust-list", "show", "--json")).stdout)
    by_kind = {item["kind"]: item for item in shown}
    assert by_kind["user"]["count"] == 2 and by_kind["user"]["updated"]
    assert by_kind["c2pa"]["count"] == 30 and not by_kind["c2pa"]["updated"]
    listed = ok(skver("trust-list", "show", "--anchors")).stdout
    assert "CN=C2PA Signer" in listed
    ok(skver("trust-list", "reset", "user"))
    assert "0 anchors; as shipped" in ok(skver("trust-list", "show")).stdout

    refused = skver("trust-list", "update", "--tsa", str(C2PA_CORPUS / "es256_private.key"))
    assert refused.returncode == 1 and "private key" in refused.stderr
    missing = skver("trust-list", "update", "--tsa", str(tmp_path / "nothing.pem"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
