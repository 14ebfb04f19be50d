"""RFC 3161 timestamps over a bundle's manifest, against a real TSA (openssl ts) on 127.0.0.1:
asked for at export, stored in the bundle, checked offline by verify."""

from __future__ import annotations

import datetime as dt
import http.server
import shutil
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest
import rfc3161_client

from bundles import merge, timestamps, transport, writer
from bundles.paths import files_problem
from bundles.timestamps import StampState
from bundles.verify import verify_bundle
from evidence import signing, store, trustlists
from evidence import verify as case_verify
from evidence.store import Case
from evidence.trustlists import TrustKind
from tests.helpers.forger import forge
from tests.helpers.tsa import TSA_NAME, dead_url, make_authority, running_tsa


@pytest.fixture
def case(demo_source, tmp_path) -> Path:
    return Path(shutil.copytree(demo_source, tmp_path / "case"))


@pytest.fixture(scope="module")
def stamped(demo_source, tmp_path_factory):
    """The demo case's signed bundle, timestamped by a local TSA and a dead port; the TSA is
    gone once it is written. (bundle, export result, the TSA's root PEM, the case, when)"""
    folder = tmp_path_factory.mktemp("stamped")
    root = Path(shutil.copytree(demo_source, folder / "case"))
    dead = dead_url()
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with running_tsa(folder / "tsa") as tsa, Case.open(root) as case:
        result = writer.export(case, folder / "demo.zip", actor="aigerim",
                               timestamp_urls=[tsa.url, dead])
        asked = tsa.requests
    after = dt.datetime.now(dt.UTC)
    return result, tsa.ca_pem, root, (before, after), (tsa.url, dead), asked


def test_two_authorities_one_answers_one_token_stored_the_dead_one_named(stamped):
    result, _ca, _root, _when, (live, dead), asked = stamped
    assert asked == 1
    stamping = result.stamping
    assert [o.url for o in stamping.obtained] == [live]
    assert stamping.obtained[0].tsa == f"{TSA_NAME}, Skver tests"
    assert [f.url for f in stamping.failed] == [dead]
    assert "could not be reached" in stamping.failed[0].reason
    with zipfile.ZipFile(result.path) as zf:
        names = zf.namelist()
        sums = zf.read("SHA256SUMS").decode()
        readme = zf.read("timestamps/README.txt").decode()
    assert [n for n in names if n.startswith("timestamps/")] == \
        ["timestamps/1.tsr", "timestamps/README.txt"]
    assert "timestamps/" not in sums  # made over the manifest: outside it, as the signature
    assert "openssl ts -verify -in timestamps/1.tsr -data manifest.json" in readme


def test_the_custody_log_records_who_answered(stamped):
    result, _ca, root, _when, (live, dead), _asked = stamped
    with Case.open(root) as case:
        log = store.read(case, with_log=True).log or []
    entry = next(e for e in log if e.seq == result.custody_seq)
    assert entry.details["timestamps"] == {"answered": [live], "not_answered": [dead]}


def test_verified_offline_the_attested_time_and_authority(stamped):
    result, ca, _root, (before, after), _urls, _asked = stamped
    report = verify_bundle(result.path, tsa_anchors=[ca])  # the TSA is not running any more
    assert report.intact, report.problems
    [stamp] = report.timestamps
    assert stamp.state == StampState.TRUSTED
    assert stamp.file == "timestamps/1.tsr"
    assert stamp.tsa == f"{TSA_NAME}, Skver tests"
    attested = dt.datetime.fromisoformat(stamp.attested_utc.replace("Z", "+00:00"))
    assert before - dt.timedelta(seconds=1) <= attested <= after
    assert stamp.attested_utc in stamp.message
    as_json = report.as_json()["timestamps"]
    assert as_json == [{"file": "timestamps/1.tsr", "state": "trusted",
                        "tsa": f"{TSA_NAME}, Skver tests", "attested_utc": stamp.attested_utc,
                        "message": stamp.message, "anchor": f"{TSA_NAME} Root CA"}]


def test_the_trust_lists_in_use_are_what_verify_holds_a_token_to(stamped, tmp_path):
    """The shipped TSA list does not hold the test authority; the user's own anchor does."""
    result, ca, _root, _when, _urls, _asked = stamped
    [stamp] = verify_bundle(result.path).timestamps
    assert stamp.state == StampState.UNTRUSTED
    (tmp_path / "ca.pem").write_bytes(ca)
    trustlists.update(TrustKind.USER, tmp_path / "ca.pem")
    report = verify_bundle(result.path)
    assert report.intact, report.problems
    [stamp] = report.timestamps
    assert (stamp.state, stamp.anchor) == (StampState.TRUSTED, f"{TSA_NAME} Root CA")


def test_a_manifest_changed_and_signed_again_with_the_case_key_fails_its_timestamp(
        stamped, tmp_path):
    result, ca, root, _when, _urls, _asked = stamped
    with Case.open(root) as case:
        key = signing.ensure(case, "aigerim")
    forged = forge(result.path, tmp_path / "forged.zip", "changed-photo", key)
    report = verify_bundle(forged, tsa_anchors=[ca])
    assert report.signature == "valid"  # the forger has the case's key
    [stamp] = report.timestamps
    assert stamp.state == StampState.MISMATCH
    assert [p for p in report.problems if "timestamps/1.tsr" in p] == [stamp.message]
    assert "manifest.json was changed after it was timestamped" in stamp.message


def test_a_token_from_an_authority_not_on_the_trust_list_is_untrusted_not_tampering(
        stamped, tmp_path):
    result, _ca, _root, _when, _urls, _asked = stamped
    other = make_authority(tmp_path / "other", name="Another TSA")
    for anchors in ([other.ca_pem], []):
        report = verify_bundle(result.path, tsa_anchors=anchors)
        assert report.intact, report.problems
        [stamp] = report.timestamps
        assert stamp.state == StampState.UNTRUSTED
        assert stamp.attested_utc is not None
        assert any("not on Skver's trust list" in n for n in report.notes)


def test_a_root_of_the_same_name_but_another_key_is_not_the_authority(stamped, tmp_path):
    """A forger's CA named as the real one: the token is not signed under it."""
    result, _ca, _root, _when, _urls, _asked = stamped
    twin = make_authority(tmp_path / "twin")  # the same names, other keys
    [stamp] = verify_bundle(result.path, tsa_anchors=[twin.ca_pem]).timestamps
    assert stamp.state == StampState.UNTRUSTED


def _replaced(bundle: Path, out: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, data if info.filename == name else src.read(info.filename))
    return out


def test_a_damaged_or_altered_token_is_a_clear_discrepancy(stamped, tmp_path):
    result, ca, _root, _when, _urls, _asked = stamped
    with zipfile.ZipFile(result.path) as zf:
        token = zf.read("timestamps/1.tsr")
    year = token.find(str(dt.datetime.now(dt.UTC).year).encode()[:4])
    altered = bytearray(token)
    altered[year + 3] ^= 1  # the attested year, one digit changed
    for data, state, words in ((b"not a token", StampState.BROKEN, "cannot be read"),
                               (bytes(altered), StampState.BROKEN, "signature does not hold")):
        bad = _replaced(result.path, tmp_path / "bad.zip", "timestamps/1.tsr", data)
        report = verify_bundle(bad, tsa_anchors=[ca])
        [stamp] = report.timestamps
        assert stamp.state == state
        assert words in stamp.message
        assert stamp.message in report.problems


def test_a_file_added_under_timestamps_is_named(stamped, tmp_path):
    result, ca, _root, _when, _urls, _asked = stamped
    added = tmp_path / "added.zip"
    shutil.copy(result.path, added)
    with zipfile.ZipFile(added, "a") as zf:
        zf.writestr("timestamps/run-me.sh", b"echo hi\n")
    report = verify_bundle(added, tsa_anchors=[ca])
    assert report.problems == ["timestamps/run-me.sh is in the bundle but not in its manifest: "
                               "it was added after the bundle was made."]


def test_a_manifest_may_not_list_a_file_under_timestamps():
    entry = {"path": "timestamps/1.tsr", "kind": "report", "sha256": "0" * 64}
    assert "timestamps/ holds the bundle's own timestamps" in files_problem([entry])
    entry = {**entry, "path": "Timestamps/1.tsr"}
    assert files_problem([entry]) is not None


def test_offline_the_export_works_and_says_no_timestamp(case, tmp_path):
    with Case.open(case) as opened:
        result = writer.export(opened, tmp_path / "b.zip", actor="aigerim",
                               timestamp_urls=[dead_url(), dead_url()])
    assert result.stamping is not None and result.stamping.obtained == ()
    assert len(result.stamping.failed) == 2
    with zipfile.ZipFile(result.path) as zf:
        assert not [n for n in zf.namelist() if n.startswith("timestamps/")]
    report = verify_bundle(result.path)
    assert report.intact and report.timestamps == []


def test_a_sealed_bundle_carries_its_tokens_inside(case, tmp_path):
    with running_tsa(tmp_path / "tsa") as tsa, Case.open(case) as opened:
        result = writer.export(opened, tmp_path / "sealed.zip.enc", actor="aigerim",
                               seal="correct horse battery", timestamp_urls=[tsa.url])
    assert b"timestamps/" not in result.path.read_bytes()
    with transport.opened(result.path, "correct horse battery") as opener:
        report = verify_bundle(result.path, opener=opener, tsa_anchors=[tsa.ca_pem])
    assert report.intact, report.problems
    assert [s.state for s in report.timestamps] == [StampState.TRUSTED]


def test_a_bundle_without_timestamps_verifies_as_before(signed_bundle):
    report = verify_bundle(signed_bundle)
    assert report.intact and report.timestamps == []
    assert not any("timestamp" in n for n in report.notes)


def test_no_byte_of_a_token_changed_makes_a_traceback_or_another_trusted_time(stamped):
    """Each byte of a real token changed in turn: a verdict every time (broken, untrusted,
    over another manifest), and trusted only where the change leaves what the authority
    signed (time, digest) as it was."""
    result, ca, _root, _when, _urls, _asked = stamped
    with zipfile.ZipFile(result.path) as zf:
        token, manifest = zf.read("timestamps/1.tsr"), zf.read("manifest.json")
    roots = timestamps.load_anchors([ca])
    original = timestamps.check_token("t", token, manifest, roots)
    states = set()
    for n in range(len(token)):
        changed = bytearray(token)
        changed[n] ^= 0xFF
        check = timestamps.check_token("t", bytes(changed), manifest, roots)
        states.add(check.state)
        if check.state == StampState.TRUSTED:
            assert check.attested_utc == original.attested_utc
    assert {StampState.BROKEN, StampState.UNTRUSTED, StampState.MISMATCH} <= states


def test_a_timestamped_bundle_merges_into_another_case(stamped, new_case):
    """The tokens beside the manifest are no stray files to the merge."""
    result, _ca, _root, _when, _urls, _asked = stamped
    with Case.open(new_case) as case:
        merged = merge.import_bundle(case, result.path, actor="bolat", accept_unverified=True)
    assert merged.photos["imported"] > 0 and merged.signature == "valid"


def test_a_token_signed_with_an_expired_certificate_says_so(case, tmp_path):
    with running_tsa(tmp_path / "tsa", expired=True) as tsa, Case.open(case) as opened:
        result = writer.export(opened, tmp_path / "b.zip", actor="aigerim",
                               timestamp_urls=[tsa.url])
    report = verify_bundle(result.path, tsa_anchors=[tsa.ca_pem])
    [stamp] = report.timestamps
    assert stamp.state == StampState.BROKEN
    assert "its signature does not hold (certificate has expired)" in stamp.message
    assert report.problems == [stamp.message]


def test_a_reply_with_its_chain_in_openssls_order_is_kept_and_openssl_verifies_it(
        case, tmp_path):
    """An OpenSSL-based authority sends its certificates in chain order, which rfc3161-client
    refuses as DER; the reply is stored with them in DER's order, still valid for openssl."""
    with running_tsa(tmp_path / "tsa", chain=True) as tsa, Case.open(case) as opened:
        result = writer.export(opened, tmp_path / "b.zip", actor="aigerim",
                               timestamp_urls=[tsa.url])
        sent = tsa.reply((tmp_path / "tsa" / "query-1.tsq").read_bytes())
    with pytest.raises(ValueError, match="InvalidSetOrdering"):
        rfc3161_client.decode_timestamp_response(sent)  # as the authority sends it
    assert [o.tsa for o in result.stamping.obtained] == [f"{TSA_NAME}, Skver tests"]
    [stamp] = verify_bundle(result.path, tsa_anchors=[tsa.ca_pem]).timestamps
    assert stamp.state == StampState.TRUSTED
    unzipped = tmp_path / "unzipped"
    with zipfile.ZipFile(result.path) as zf:
        zf.extractall(unzipped, members=["manifest.json", "timestamps/1.tsr"])
    checked = subprocess.run(
        ["openssl", "ts", "-verify", "-in", "timestamps/1.tsr", "-data", "manifest.json",
         "-CAfile", str(tmp_path / "tsa" / "ca.pem")],
        cwd=unzipped, capture_output=True, text=True, check=False)
    assert "Verification: OK" in checked.stdout, checked.stderr


def test_an_authority_answering_something_else_is_named_and_nothing_stored(case, tmp_path):
    """A web page instead of a reply, and a server error (its words shown, never obeyed)."""
    answers = {"/page": (200, b"<html>captive portal</html>"), "/down": (503, b"")}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            code, body = answers[self.path]
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(code, "Down\x1b[2J" if code == 503 else None)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with Case.open(case) as opened:
            result = writer.export(opened, tmp_path / "b.zip", actor="aigerim",
                                   timestamp_urls=[f"{base}/page", f"{base}/down"])
    finally:
        server.shutdown()
        server.server_close()
    page, down = result.stamping.failed
    assert page.reason.startswith("its answer is not a time-stamp reply (")
    assert down.reason == "it answered HTTP 503 Down\\u001b[2J"  # shown, not obeyed
    with zipfile.ZipFile(result.path) as zf:
        assert not [n for n in zf.namelist() if n.startswith("timestamps/")]


def test_a_merged_bundles_tokens_are_kept_and_travel_on_with_the_case(stamped, new_case,
                                                                     tmp_path):
    """The other monitor's tokens are kept beside their manifest, checked by `verify --case`,
    carried by the next export, and still prove the time of that monitor's manifest."""
    result, ca, _root, _when, _urls, _asked = stamped
    with Case.open(new_case) as case:
        merged = merge.import_bundle(case, result.path, actor="bolat", accept_unverified=True)
        kept = new_case / merged.stored_in
        assert sorted(p.name for p in (kept / "timestamps").iterdir()) == ["1.tsr"]
        assert case_verify.verify(case, actor="bolat").problems == []
        again = writer.export(case, tmp_path / "again.zip", actor="bolat")
    report = verify_bundle(again.path, tsa_anchors=[ca])
    assert report.intact, report.problems
    assert report.timestamps == []  # this bundle's own manifest was not timestamped
    with zipfile.ZipFile(again.path) as zf:
        token = zf.read(f"{merged.stored_in}/timestamps/1.tsr")
        their_manifest = zf.read(f"{merged.stored_in}/manifest.json")
    check = timestamps.check_token("kept", token, their_manifest,
                                   timestamps.load_anchors([ca]))
    assert check.state == StampState.TRUSTED
