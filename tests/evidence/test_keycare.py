"""The signing key's care in the core: a rotation cut short on either side of its custody entry,
a rotation whose record does not follow from the key before it, a lost old key."""

from __future__ import annotations

import dataclasses

import pytest

from evidence import keycare, signing, store, verify
from evidence.errors import KnownError
from evidence.store import Case


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="t", timezone=None, actor="t") as made:
        yield made
    signing.lock()


def test_a_rotation_killed_after_its_entry_is_finished_when_the_key_is_next_used(case,
                                                                                 monkeypatch):
    real_settle = keycare.settle
    calls = []
    monkeypatch.setattr(keycare, "settle", lambda c: calls.append(c))  # the process "dies"
    _old, new, signed = keycare.rotate(case, "t")
    assert signed and len(calls) == 2
    assert signing.fingerprint(signing.load(case)) != new  # the old key still in place
    monkeypatch.setattr(keycare, "settle", real_settle)
    assert signing.fingerprint(signing.ensure(case, "t")) == new
    assert not case.files.exists(keycare.NEXT) and not case.files.exists(keycare.NEXT_PUBLIC)
    assert verify.verify(case, actor="t").intact


def test_a_rotation_killed_before_its_entry_is_dropped(case):
    before = signing.fingerprint(signing.load(case))
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stray = Ed25519PrivateKey.generate()
    case.files.write_atomic(keycare.NEXT, keycare._pem(stray, None))
    case.files.write_atomic(keycare.NEXT_PUBLIC, signing.public_pem(stray))
    assert signing.fingerprint(signing.ensure(case, "t")) == before
    assert not case.files.exists(keycare.NEXT)
    assert verify.verify(case, actor="t").intact


def test_a_rotation_record_that_does_not_follow_is_a_discrepancy(case):
    keycare.rotate(case, "t")
    log = list(store.log.entries(case))
    assert keycare.rotation_problems(log) == []
    rotated = next(e for e in log if e.action == signing.ROTATED)
    forged_signature = dataclasses.replace(rotated, details={
        **rotated.details, "signature_by_previous": "00" * 64})
    assert any("does not verify" in p for p in keycare.rotation_problems(
        [forged_signature if e is rotated else e for e in log]))
    elsewhere = dataclasses.replace(rotated, details={
        **rotated.details, "previous_fingerprint": signing.grouped("ab" * 32)})
    assert any("was not the case's key then" in p for p in keycare.rotation_problems(
        [elsewhere if e is rotated else e for e in log]))


def test_a_lost_key_is_rotated_unsigned_and_the_log_says_so(case):
    case.files.unlink(signing.KEY_FILE)
    with pytest.raises(KnownError, match="missing"):
        signing.ensure(case, "t")
    old, new, signed = keycare.rotate(case, "t", reason="laptop seized")
    assert not signed
    entry = next(e for e in store.log.entries(case) if e.action == signing.ROTATED)
    assert entry.details["signature_by_previous"] == "" and entry.details["note"] == \
        "laptop seized"
    assert signing.fingerprint(signing.ensure(case, "t")) == new
    trusted = signing.trusted(store.log.entries(case))
    assert trusted[old].own is False and trusted[new].own is True
    signing.untrust(case, old, note="seized with the laptop", actor="t")
    assert old not in signing.trusted(store.log.entries(case))


def test_protect_then_sign_only_with_the_passphrase(case):
    fp = keycare.protect(case, "key words", "t")
    assert keycare.at_rest(case) == "passphrase"
    with pytest.raises(signing.KeyLocked):
        signing.ensure(case, "t")
    with pytest.raises(KnownError, match="Wrong passphrase for the case's signing key"):
        signing.unlock(case, "not it")
    assert signing.fingerprint(signing.unlock(case, "key words")) == fp
    assert signing.fingerprint(signing.ensure(case, "t")) == fp
    assert verify.verify(case, actor="t").intact


def test_a_report_names_a_protected_key_without_its_passphrase(case, tmp_path):
    from bundles import export as exporting

    fp = keycare.protect(case, "key words", "t")
    exporting.write_report(case, tmp_path / "report.html", lang="en", prepared_by="t")
    assert fp.encode() in (tmp_path / "report.html").read_bytes()
    with pytest.raises(signing.KeyLocked):  # a bundle is signed: that needs the passphrase
        exporting.export_bundle_with_reports(case, tmp_path / "b.zip", actor="t",
                                             prepared_by="t", with_reports=False)
