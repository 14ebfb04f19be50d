"""The other side's expert against a bundle's RFC 3161 timestamps: tokens signed by
certificates no authority may sign with, a chain through a certificate that is no CA, another
digest, another bundle's token, times before the export or after today, a rewritten
README.txt, stray names under timestamps/, a DER bomb, and what openssl says of a token as
stored. The tokens are real: a local `openssl ts` authority's TSTInfo, signed again with
`openssl cms` by the certificate the attack needs."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from bundles import timestamps, writer
from bundles.timestamps import StampState
from bundles.verify import verify_bundle
from evidence.errors import KnownError
from evidence.store import Case
from tests.helpers.tsa import running_tsa

TST_INFO = "1.2.840.113549.1.9.16.1.4"
NOW = dt.datetime.now(dt.UTC)


@pytest.fixture(scope="module")
def exported(demo_source, tmp_path_factory):
    """Two timestamped bundles of the demo case by one local authority, and its folder
    (its key, certificate, root). (first, second, folder)"""
    folder = tmp_path_factory.mktemp("attacks")
    root = Path(shutil.copytree(demo_source, folder / "case"))
    with running_tsa(folder / "tsa") as tsa, Case.open(root) as case:
        first = writer.export(case, folder / "first.zip", actor="aigerim",
                              timestamp_urls=[tsa.url])
        second = writer.export(case, folder / "second.zip", actor="aigerim",
                               timestamp_urls=[tsa.url])
    return first.path, second.path, folder / "tsa"


def _member(bundle: Path, name: str) -> bytes:
    with zipfile.ZipFile(bundle) as zf:
        return zf.read(name)


def _rewritten(bundle: Path, out: Path, changes: dict[str, bytes | None]) -> Path:
    """`bundle` with members replaced (bytes), removed (None) or added."""
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename not in changes:
                dst.writestr(info, src.read(info.filename))
        for name, data in changes.items():
            if data is not None:
                dst.writestr(name, data)
    return out


def _tst_info(token_reply: bytes, work: Path) -> bytes:
    """The TSTInfo (the authority's signed content: imprint, time, serial) of a reply."""
    (work / "in.tsr").write_bytes(token_reply)
    subprocess.run(["openssl", "ts", "-reply", "-in", str(work / "in.tsr"), "-token_out",
                    "-out", str(work / "token.der")], check=True, capture_output=True)
    subprocess.run(["openssl", "cms", "-verify", "-noverify", "-inform", "DER", "-in",
                    str(work / "token.der"), "-out", str(work / "tst.der")],
                   check=True, capture_output=True)
    return (work / "tst.der").read_bytes()


def _with_time(tst: bytes, when: dt.datetime) -> bytes:
    found = re.search(rb"\x18\x0f(\d{14}Z)", tst)
    assert found is not None
    return tst.replace(found.group(1), when.strftime("%Y%m%d%H%M%SZ").encode())


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _sequence(body: bytes) -> bytes:
    return b"\x30" + _der_length(len(body)) + body


def _signed(tst: bytes, cert: Path, key: Path, work: Path, chain: Path | None = None) -> bytes:
    """A granted TimeStampResp whose token is `tst` signed by `cert` (openssl cms, content
    type id-ct-TSTInfo), its certificates in DER's order as an export stores them."""
    (work / "tst-in.der").write_bytes(tst)
    subprocess.run(["openssl", "cms", "-sign", "-binary", "-nodetach", "-nosmimecap",
                    "-in", str(work / "tst-in.der"), "-econtent_type", TST_INFO,
                    "-outform", "DER", "-signer", str(cert), "-inkey", str(key), "-md",
                    "sha256", "-out", str(work / "signed.der"),
                    *(["-certfile", str(chain)] if chain else [])],
                   check=True, capture_output=True)
    reply = _sequence(_sequence(b"\x02\x01\x00") + (work / "signed.der").read_bytes())
    return timestamps.in_der_order(reply)


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _authority(work: Path, *, eku: str = "critical", middle: str | None = None) -> bytes:
    """A root, optionally a middle certificate it issues (`ca`: a CA; `leaf`: not one), and a
    signer with the extended key usage `eku` (critical timeStamping, non-critical, codeSigning
    or none); written to work/{signer.pem, signer.key, chain.pem}. Returns the root (PEM)."""
    work.mkdir(parents=True, exist_ok=True)
    valid = (NOW - dt.timedelta(days=10), NOW + dt.timedelta(days=30))
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = (x509.CertificateBuilder().subject_name(_name("Attack Root")).issuer_name(
        _name("Attack Root")).public_key(root_key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(valid[0])
        .not_valid_after(valid[1])
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(root_key, hashes.SHA256()))
    issuer, issuer_key, chain = root, root_key, b""
    if middle is not None:
        middle_key = ec.generate_private_key(ec.SECP256R1())
        issuer = (x509.CertificateBuilder().subject_name(_name("Attack Middle"))
                  .issuer_name(root.subject).public_key(middle_key.public_key())
                  .serial_number(x509.random_serial_number()).not_valid_before(valid[0])
                  .not_valid_after(valid[1])
                  .add_extension(x509.BasicConstraints(ca=middle == "ca", path_length=None),
                                 critical=True)
                  .sign(root_key, hashes.SHA256()))
        issuer_key, chain = middle_key, _pem(issuer)
    key = ec.generate_private_key(ec.SECP256R1())
    signer = (x509.CertificateBuilder().subject_name(_name("Attack TSA"))
              .issuer_name(issuer.subject).public_key(key.public_key())
              .serial_number(x509.random_serial_number()).not_valid_before(valid[0])
              .not_valid_after(valid[1]))
    usage = {"critical": [ExtendedKeyUsageOID.TIME_STAMPING],
             "noncritical": [ExtendedKeyUsageOID.TIME_STAMPING],
             "codesigning": [ExtendedKeyUsageOID.CODE_SIGNING]}.get(eku)
    if usage is not None:
        signer = signer.add_extension(x509.ExtendedKeyUsage(usage),
                                      critical=eku != "noncritical")
    (work / "signer.pem").write_bytes(_pem(signer.sign(issuer_key, hashes.SHA256())))
    (work / "signer.key").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    (work / "chain.pem").write_bytes(chain)
    return _pem(root)


def _token_by(exported, tmp_path: Path, label: str, *, when: dt.datetime | None = None,
              **kind: str | None) -> tuple[Path, bytes]:
    """The first bundle with its token's content signed again by an attacker's authority of
    `kind`; (the bundle, that authority's root)."""
    first, _second, _tsa = exported
    work = tmp_path / label
    root = _authority(work, **kind)  # type: ignore[arg-type]
    tst = _tst_info(_member(first, "timestamps/1.tsr"), work)
    if when is not None:
        tst = _with_time(tst, when)
    chain = work / "chain.pem" if (work / "chain.pem").read_bytes() else None
    reply = _signed(tst, work / "signer.pem", work / "signer.key", work, chain)
    return _rewritten(first, tmp_path / f"{label}.zip", {"timestamps/1.tsr": reply}), root


def test_the_resigned_token_of_a_proper_authority_is_trusted(exported, tmp_path):
    """The control for the attacks below: the same content signed by a certificate with a
    critical timeStamping usage under the given root verifies."""
    bundle, root = _token_by(exported, tmp_path, "proper")
    report = verify_bundle(bundle, tsa_anchors=[root])
    assert [s.state for s in report.timestamps] == [StampState.TRUSTED]
    # its README names the original authority, not this one: only that note is named
    [problem] = report.problems
    assert problem.startswith("timestamps/README.txt does not list the timestamps beside "
                              "it (1 found, each with the authority and time it attests)")


@pytest.mark.parametrize("eku", [None, "noncritical", "codesigning"])
def test_a_signer_without_a_critical_time_stamping_usage_is_no_authority(
        exported, tmp_path, eku):
    """RFC 3161 §2.3: the authority's certificate has one extended key usage, timeStamping,
    marked critical. A certificate without it, with it not critical, or for code signing,
    chaining to a trusted root, proves no time."""
    bundle, root = _token_by(exported, tmp_path, f"eku-{eku}", eku=eku)
    report = verify_bundle(bundle, tsa_anchors=[root])
    [stamp] = report.timestamps
    assert stamp.state == StampState.BROKEN
    assert "signature does not hold (unsuitable certificate purpose)" in stamp.message
    assert stamp.message in report.problems
    assert not report.intact


def test_a_signer_under_a_middle_certificate_that_is_no_ca_is_not_trusted(exported, tmp_path):
    """Root → a certificate not allowed to issue (basicConstraints CA false) → the signer:
    each signature checks, the chain does not."""
    bundle, root = _token_by(exported, tmp_path, "leaf-middle", middle="leaf")
    [stamp] = verify_bundle(bundle, tsa_anchors=[root]).timestamps
    assert stamp.state == StampState.BROKEN
    assert "invalid CA certificate" in stamp.message
    bundle, root = _token_by(exported, tmp_path, "ca-middle", middle="ca")
    [stamp] = verify_bundle(bundle, tsa_anchors=[root]).timestamps
    assert stamp.state == StampState.TRUSTED  # the control: a middle that is a CA


def test_a_token_over_another_bundles_manifest_is_named(exported, tmp_path):
    first, second, tsa = exported
    copied = _rewritten(first, tmp_path / "copied.zip",
                        {"timestamps/1.tsr": _member(second, "timestamps/1.tsr")})
    report = verify_bundle(copied, tsa_anchors=[(tsa / "ca.pem").read_bytes()])
    [stamp] = report.timestamps
    assert stamp.state == StampState.MISMATCH
    assert "taken from another bundle" in stamp.message
    assert stamp.message in report.problems


def test_a_sha1_token_proves_nothing(exported, tmp_path):
    """A SHA-1 imprint of the right manifest, signed by the trusted authority itself."""
    first, _second, tsa = exported
    work = tmp_path / "sha1"
    work.mkdir()
    (work / "manifest.json").write_bytes(_member(first, "manifest.json"))
    config = (tsa / "tsa.cnf").read_text().replace("digests = sha256", "digests = sha1, sha256")
    (work / "tsa.cnf").write_text(config)
    subprocess.run(["openssl", "ts", "-query", "-data", str(work / "manifest.json"), "-sha1",
                    "-cert", "-out", str(work / "q.tsq")], check=True, capture_output=True)
    subprocess.run(["openssl", "ts", "-reply", "-config", str(work / "tsa.cnf"), "-queryfile",
                    str(work / "q.tsq"), "-out", str(work / "r.tsr")],
                   check=True, capture_output=True)
    bundle = _rewritten(first, tmp_path / "sha1.zip",
                        {"timestamps/1.tsr": (work / "r.tsr").read_bytes()})
    report = verify_bundle(bundle, tsa_anchors=[(tsa / "ca.pem").read_bytes()])
    [stamp] = report.timestamps
    assert stamp.state == StampState.BROKEN
    assert "digest algorithm Skver does not check" in stamp.message
    assert stamp.message in report.problems


def test_a_trusted_time_before_the_manifest_was_made_says_the_exporters_clock_was_ahead(
        exported, tmp_path):
    """The manifest cannot be younger than a token over its hash: a trusted time three hours
    before the manifest's created_utc means the exporting computer's clock ran ahead, and
    the custody log's times with it. Said, not hidden behind 'trusted'."""
    first, _second, _tsa = exported
    made = dt.datetime.fromisoformat(
        json.loads(_member(first, "manifest.json"))["created_utc"]
        .replace("Z", "+00:00"))
    bundle, root = _token_by(exported, tmp_path, "early",
                             when=made - dt.timedelta(hours=3))
    report = verify_bundle(bundle, tsa_anchors=[root])
    [stamp] = report.timestamps
    assert stamp.state == StampState.TRUSTED
    [clock] = [n for n in report.notes if "clock" in n]
    assert "3 hours after that" in clock and "was about as far ahead" in clock
    assert "custody log" in clock


def test_a_trusted_time_after_this_computers_clock_is_said(exported, tmp_path):
    bundle, root = _token_by(exported, tmp_path, "future", when=NOW + dt.timedelta(days=5))
    report = verify_bundle(bundle, tsa_anchors=[root])
    [stamp] = report.timestamps
    assert stamp.state == StampState.TRUSTED
    [clock] = [n for n in report.notes if "this computer's clock" in n]
    assert "behind by about 5 days" in clock or "behind by about 4 days" in clock


def test_a_time_outside_the_authoritys_certificate_is_not_trusted(exported, tmp_path):
    """A genTime after the signer's certificate expires (or before it began): the
    certificate is held to the attested time."""
    for label, when in (("later", NOW + dt.timedelta(days=400)),
                        ("earlier", NOW - dt.timedelta(days=400))):
        bundle, root = _token_by(exported, tmp_path, label, when=when)
        [stamp] = verify_bundle(bundle, tsa_anchors=[root]).timestamps
        assert stamp.state == StampState.BROKEN, label


def test_the_readmes_list_rewritten_to_claim_another_authority_or_time_is_a_problem(
        exported, tmp_path):
    first, _second, tsa = exported
    anchors = [(tsa / "ca.pem").read_bytes()]
    readme = _member(first, "timestamps/README.txt").decode()
    attested = re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", readme).group(0)
    for claimed in (readme.replace("Skver Test TSA", "Ministry of Justice of Kazakhstan TSA"),
                    readme.replace(attested, "2022-08-20T06:00:00Z")):
        bundle = _rewritten(first, tmp_path / "readme.zip",
                            {"timestamps/README.txt": claimed.encode()})
        report = verify_bundle(bundle, tsa_anchors=anchors)
        assert [s.state for s in report.timestamps] == [StampState.TRUSTED]
        [problem] = report.problems
        assert problem.startswith("timestamps/README.txt does not list the timestamps beside "
                                  "it (1 found, each with the authority and time it attests)")
    intact = verify_bundle(first, tsa_anchors=anchors)
    assert intact.intact, intact.problems  # the control: as exported
    assert not any("README" in n for n in intact.notes)


def test_the_readmes_other_words_changed_are_a_note_not_a_discrepancy(exported, tmp_path):
    """Its prose is covered by nothing, and another version of Skver may word it otherwise:
    said, so no one relies on it, without calling the bundle tampered with."""
    first, _second, tsa = exported
    readme = _member(first, "timestamps/README.txt").decode()
    claimed = readme.replace("It does not prove who made the bundle",
                             "It proves the akimat's refusal was unlawful. It does not prove "
                             "who made the bundle")
    bundle = _rewritten(first, tmp_path / "prose.zip",
                        {"timestamps/README.txt": claimed.encode()})
    report = verify_bundle(bundle, tsa_anchors=[(tsa / "ca.pem").read_bytes()])
    assert report.intact, report.problems
    [said] = [n for n in report.notes if "README" in n]
    assert said.startswith("timestamps/README.txt lists the timestamps as they are, but its "
                           "other words are not the ones this version of Skver writes")


def test_tokens_stripped_but_the_readme_left_is_named_and_stripped_whole_is_not(
        exported, tmp_path):
    """What `verify` can and cannot see: with the README left behind, the removal shows;
    with timestamps/ removed whole the bundle is as one exported offline (the custody log's
    bundle-exported entry recording who answered is in the case, not in this bundle)."""
    first, _second, tsa = exported
    anchors = [(tsa / "ca.pem").read_bytes()]
    half = _rewritten(first, tmp_path / "half.zip", {"timestamps/1.tsr": None})
    report = verify_bundle(half, tsa_anchors=anchors)
    assert report.timestamps == []
    [problem] = report.problems
    assert problem.startswith("timestamps/README.txt does not list the timestamps beside it "
                              "(0 found, each with the authority and time it attests): it was "
                              "changed, or tokens were added or removed")
    whole = _rewritten(first, tmp_path / "whole.zip",
                       {"timestamps/1.tsr": None, "timestamps/README.txt": None})
    report = verify_bundle(whole, tsa_anchors=anchors)
    assert report.intact and report.timestamps == []


@pytest.mark.parametrize("name", ["timestamps/10.tsr", "timestamps/0.tsr",
                                  "timestamps/1.tsr.exe", "timestamps/x/1.tsr",
                                  "timestamps/1.tsr\u200b"])
def test_a_stray_name_under_timestamps_is_named_as_added(exported, tmp_path, name):
    first, _second, tsa = exported
    bundle = _rewritten(first, tmp_path / "stray.zip",
                        {name: _member(first, "timestamps/1.tsr")})
    report = verify_bundle(bundle, tsa_anchors=[(tsa / "ca.pem").read_bytes()])
    assert [s.file for s in report.timestamps] == ["timestamps/1.tsr"]
    [problem] = report.problems
    assert problem.endswith("is in the bundle but not in its manifest: it was added after "
                            "the bundle was made.")


@pytest.mark.parametrize("name", ["timestamps/1.TSR", "timestamps/readme.txt"])
def test_a_name_under_timestamps_differing_only_in_case_is_refused_whole(
        exported, tmp_path, name):
    """On a case-insensitive disk it would replace the real one when unzipped."""
    first, _second, tsa = exported
    bundle = _rewritten(first, tmp_path / "twin.zip", {name: b"anything"})
    with pytest.raises(KnownError, match=r"occurs twice\. Nothing in it was used"):
        verify_bundle(bundle, tsa_anchors=[(tsa / "ca.pem").read_bytes()])


@pytest.mark.parametrize("name", ["timestamps/../manifest.json", "/timestamps/1.tsr",
                                  "timestamps\\1.tsr", "timestamps/./1.tsr"])
def test_a_path_trick_under_timestamps_is_refused_whole(exported, tmp_path, name):
    first, _second, tsa = exported
    bundle = _rewritten(first, tmp_path / "trick.zip",
                        {name: _member(first, "timestamps/1.tsr")})
    with pytest.raises(KnownError, match=r"trick.zip was refused: the member name .* "
                                         r"Nothing in it was used"):
        verify_bundle(bundle, tsa_anchors=[(tsa / "ca.pem").read_bytes()])


def test_a_deeply_nested_or_huge_der_is_broken_not_a_crash(exported):
    first, _second, tsa = exported
    manifest = _member(first, "manifest.json")
    roots = timestamps.load_anchors([(tsa / "ca.pem").read_bytes()])
    nested = b""
    for _ in range(5000):
        nested = _sequence(nested)
    long = _sequence(b"\x04" + _der_length(3 << 20) + bytes(3 << 20))
    for data in (nested, long, b"\x30\x84\xff\xff\xff\xff", b"\x30\x80" * 1000):
        check = timestamps.check_token("timestamps/1.tsr", data, manifest, roots)
        assert check.state == StampState.BROKEN
        assert "cannot be read as an RFC 3161 time-stamp token" in check.message


def test_openssl_verifies_a_stored_token_as_the_readme_says(exported, tmp_path):
    """The README's own command, run in the unzipped bundle with the authority's root (a
    token whose reply carried only the authority's certificate)."""
    first, _second, tsa = exported
    readme = _member(first, "timestamps/README.txt").decode()
    command = next(line.strip() for line in readme.splitlines()
                   if line.strip().startswith("openssl ts -verify"))
    with zipfile.ZipFile(first) as zf:
        zf.extractall(tmp_path / "unzipped", members=["manifest.json", "timestamps/1.tsr",
                                                      "timestamps/README.txt"])
    shutil.copy(tsa / "ca.pem", tmp_path / "unzipped" / "AUTHORITY-ROOT.pem")
    done = subprocess.run(command.split(), cwd=tmp_path / "unzipped", capture_output=True,
                          text=True, check=False)
    assert "Verification: OK" in done.stdout, done.stderr
    (tmp_path / "unzipped" / "manifest.json").write_bytes(b"{}")
    done = subprocess.run(command.split(), cwd=tmp_path / "unzipped", capture_output=True,
                          text=True, check=False)
    assert "Verification: OK" not in done.stdout
    assert "message imprint mismatch" in done.stderr


def test_two_trusted_tokens_that_disagree_each_say_their_time_and_the_odd_one_is_noted(
        exported, tmp_path):
    """A second token, by another trusted authority, three hours before the first: both
    hold (each proves 'no later than'), the one far from the manifest's own time is named
    with what it says of the clocks, and the README, listing one token, is named too."""
    first, _second, tsa = exported
    made = dt.datetime.fromisoformat(
        json.loads(_member(first, "manifest.json"))["created_utc"].replace("Z", "+00:00"))
    other, root = _token_by(exported, tmp_path, "second", when=made - dt.timedelta(hours=3))
    bundle = _rewritten(first, tmp_path / "two.zip",
                        {"timestamps/2.tsr": _member(other, "timestamps/1.tsr")})
    report = verify_bundle(bundle, tsa_anchors=[(tsa / "ca.pem").read_bytes(), root])
    assert [(s.file, s.state) for s in report.timestamps] == [
        ("timestamps/1.tsr", StampState.TRUSTED), ("timestamps/2.tsr", StampState.TRUSTED)]
    assert report.timestamps[0].attested_utc != report.timestamps[1].attested_utc
    clocks = [n for n in report.notes if "by the exporting computer's clock" in n]
    assert len(clocks) == 1 and clocks[0].startswith("The timestamp timestamps/2.tsr attests")
    [problem] = report.problems
    assert problem.startswith("timestamps/README.txt does not list the timestamps beside it "
                              "(2 found")
