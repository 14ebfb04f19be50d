"""Content Credentials (C2PA) read offline: the corpus's files through `inspect --json`, photos
signed here with the test certificates (edited, changed after signing, stripped), the trust
lists through the command that updates them, a local TSA, and no network, ever."""

from __future__ import annotations

import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import c2pa
import pytest
from PIL import Image, ImageEnhance

from evidence import credentials, facts
from evidence.inspection import as_json, from_json, inspect_file
from evidence.model import CredentialState, CredentialTrace, OffsetSource, Severity
from tests.helpers.cli import ok, skver
from tests.helpers.credentials import (
    C2PA_CORPUS,
    CERTS,
    c2pa_tsa,
    hidden_manifest,
    sign,
    sign_hostile,
    stripped,
)
from tests.helpers.photos import Shot, write_photo

SIGNER_CN = "CN=C2PA Signer"

# What c2pa finds in each corpus file, offline, with Skver's shipped lists (the test
# certificates are on none of them).
CORPUS_STATES = {
    "C.jpg": ("valid", ()),
    "CA.jpg": ("valid", ()),
    "C.dng": ("valid", ()),
    "video1.mp4": ("valid", ()),
    "XCA.jpg": ("invalid", ("assertion.dataHash.mismatch",)),
    "E-sig-CA.jpg": ("invalid", ("claimSignature.mismatch",)),
    # Its own manifest holds; the manifest of the photo it was made from (an ingredient, itself
    # E-sig-CA's tampered signature) fails: invalid, as a lesser failure.
    "CIE-sig-CA.jpg": ("invalid", ("ingredient:claimSignature.mismatch",)),
    "cloud.jpg": ("unreadable", ()),
}
# No manifest at all: A.jpg and IMG_0003.jpg, and sample1.heic, which c2pa-python's tests use
# as an unsigned source to sign (no JUMBF box, no "c2pa" byte in it).
WITHOUT = ("A.jpg", "IMG_0003.jpg", "sample1.heic")


@pytest.fixture(scope="module")
def corpus_json() -> dict[str, dict]:
    names = [*CORPUS_STATES, *WITHOUT]
    run = ok(skver("inspect", "--json", *(str(C2PA_CORPUS / name) for name in names)))
    return {Path(item["path"]).name: item for item in json.loads(run.stdout)}


@pytest.mark.parametrize("name", sorted(CORPUS_STATES))
def test_each_corpus_file_has_its_state_and_failure_codes(corpus_json, name):
    state, failures = CORPUS_STATES[name]
    found = corpus_json[name]["content_credentials"]
    assert found["state"] == state
    assert tuple(found["failures"]) == failures
    assert found["trust_list"] is None  # the test certificates are on no shipped list
    codes = {f["code"]: f["severity"] for f in corpus_json[name]["findings"]}
    if state == "valid":
        assert SIGNER_CN in found["signer"] and "Intermediate CA" in found["issuer"]
        assert found["generator"]
        assert codes["credentials_untrusted_signer"] == "info"
    if state == "invalid":
        assert codes["credentials_invalid"] == ("warning" if name == "CIE-sig-CA.jpg"
                                                else "critical")
    if state == "unreadable":
        assert "cai-manifests.adobe.com" in found["reason"]
        assert found["signer"] is None and codes["credentials_unreadable"] == "info"


@pytest.mark.parametrize("name", WITHOUT)
def test_a_file_without_credentials_has_none_and_no_trace(corpus_json, name):
    item = corpus_json[name]
    assert item["content_credentials"] is None and item["credentials_trace"] is None
    assert not [f for f in item["findings"] if f["code"].startswith("credentials_")]


def test_the_corpus_times_and_edits_are_read(corpus_json):
    c = corpus_json["C.jpg"]["content_credentials"]
    # DigiCert's time-stamp of a 1.x manifest: c2pa calls it "legacy" trusted without a
    # list; DigiCert's general TSA is not on the C2PA TSA list, so it backs nothing here.
    assert c["signed_at"] == "2023-09-29T17:40:14Z" and c["timestamp_trusted"] is False
    assert "DigiCert Timestamp 2023" in c["timestamp_authority"]
    assert corpus_json["C.jpg"]["offset_source"] != "content-credentials"
    ca = corpus_json["CA.jpg"]
    assert ca["content_credentials"]["actions"] == ["c2pa.opened", "c2pa.color_adjustments"]
    assert {f["code"]: f["severity"] for f in ca["findings"]}["credentials_show_edits"] == \
        "warning"


def test_the_record_survives_its_json(corpus_json):
    for name, item in corpus_json.items():
        again = as_json(from_json(item))
        assert again["content_credentials"] == item["content_credentials"], name
        assert again["credentials_trace"] == item["credentials_trace"], name


def test_an_inspection_stored_before_credentials_loads_with_none(corpus_json):
    old = {k: v for k, v in corpus_json["C.jpg"].items()
           if k not in ("content_credentials", "credentials_trace")}
    loaded = from_json(old)
    assert loaded.content_credentials is None and loaded.credentials_trace is None


# --- no network ----------------------------------------------------------------------------

@contextmanager
def listening() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1 that records every request it gets."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_error(404)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", asked
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_manifest_stored_online_is_never_fetched(tmp_path):
    original = (C2PA_CORPUS / "cloud.jpg").read_bytes()
    url = b"https://cai-manifests.adobe.com/manifests/adobe-urn-uuid-5f37e182-3687-462e-a7fb-" \
          b"573462780391"
    assert original.count(url) == 1
    with listening() as (base, asked):
        local = (base.encode() + b"m" * len(url))[:len(url)]  # same length: the XMP still fits
        copy = tmp_path / "cloud-local.jpg"
        copy.write_bytes(original.replace(url, local))

        found = credentials.read(str(copy), "image/jpeg")
        assert found is not None and found.state is CredentialState.UNREADABLE
        assert local.decode() in (found.reason or "") and "does not fetch" in (found.reason or "")
        assert asked == []

        # The same file read with fetching on does reach the server: the check above can fail.
        online = c2pa.Context.from_dict({"verify": {"remote_manifest_fetch": True}})
        with pytest.raises(c2pa.C2paError), copy.open("rb") as stream:
            c2pa.Reader("image/jpeg", stream, context=online)
        assert asked, "c2pa with fetching on did not ask the local server"


# --- photos signed here ----------------------------------------------------------------------

@pytest.fixture
def shot(tmp_path) -> Path:
    """A photo with a GPS position and a capture time, as the camera wrote it."""
    return write_photo(tmp_path / "shot.jpg", Shot(taken="2024:05:01 12:30:00", offset="+05:00",
                                                   lat=43.2380, lon=76.9450, size=(320, 240)))


def test_a_signed_photo_is_valid_and_keeps_its_own_time(tmp_path, shot):
    found = inspect_file(str(sign(shot, tmp_path / "signed.jpg")))
    cc = found.content_credentials
    assert cc is not None and cc.state is CredentialState.VALID
    assert cc.generator == "Skver test camera 1.0" and cc.actions == ("c2pa.created",)
    assert SIGNER_CN in (cc.signer or "") and cc.trust_list is None
    assert cc.signed_at is None and not cc.timestamp_trusted  # no time-stamp: no time stated
    assert found.time.offset_source is OffsetSource.EXIF
    assert as_json(found)["taken_utc"] == "2024-05-01T07:30:00Z"
    assert found.metadata.latitude == pytest.approx(43.2380)


def test_an_edited_photo_signed_again_shows_its_edits(tmp_path, shot):
    signed = sign(shot, tmp_path / "signed.jpg")
    with Image.open(signed) as image:
        ImageEnhance.Brightness(image).enhance(1.4).save(
            tmp_path / "brighter.jpg", exif=image.info["exif"], quality=90)
    edited = sign(tmp_path / "brighter.jpg", tmp_path / "edited.jpg",
                  actions=("c2pa.color_adjustments",), parent=signed)
    found = inspect_file(str(edited))
    assert found.content_credentials is not None
    assert found.content_credentials.state is CredentialState.VALID
    assert found.content_credentials.actions == ("c2pa.opened", "c2pa.color_adjustments")
    shown = next(f for f in found.findings if f.code == "credentials_show_edits")
    assert shown.severity is Severity.WARNING and "c2pa.color_adjustments" in shown.message
    fact = facts.inspection_fact(found)
    assert fact.edited and "Content Credentials" in " ".join(fact.notes)
    assert not facts.inspection_fact(inspect_file(str(signed))).edited


def test_bytes_changed_after_signing_make_it_invalid(tmp_path, shot):
    data = bytearray(sign(shot, tmp_path / "signed.jpg").read_bytes())
    data[-100] ^= 0xFF  # one byte of the picture
    changed = tmp_path / "changed.jpg"
    changed.write_bytes(bytes(data))
    found = inspect_file(str(changed))
    assert found.content_credentials is not None
    assert found.content_credentials.state is CredentialState.INVALID
    assert found.content_credentials.failures == ("assertion.dataHash.mismatch",)
    invalid = next(f for f in found.findings if f.code == "credentials_invalid")
    assert invalid.severity is Severity.CRITICAL


def test_the_test_ca_added_as_the_users_list_makes_it_trusted(tmp_path, shot):
    signed = sign(shot, tmp_path / "signed.jpg")
    ok(skver("trust-list", "update", "--user", str(CERTS)))
    item = json.loads(ok(skver("inspect", "--json", str(signed))).stdout)[0]
    assert item["content_credentials"]["state"] == "trusted"
    assert item["content_credentials"]["trust_list"] == "user"
    assert "credentials_untrusted_signer" not in {f["code"] for f in item["findings"]}
    assert item["offset_source"] == "exif"  # trusted, but no time-stamp: the camera's time

    ok(skver("trust-list", "update", "--interim", str(CERTS)))
    again = json.loads(ok(skver("inspect", "--json", str(signed))).stdout)[0]
    assert again["content_credentials"]["trust_list"] == "interim"


def test_a_trusted_time_stamp_dates_the_photo_and_a_merely_valid_one_does_not(tmp_path):
    # The camera's clock says 2022; the authority's says now: which one dates it shows.
    camera = write_photo(tmp_path / "camera.jpg", Shot(taken="2022:08:20 18:30:00",
                                                       offset="+06:00", size=(320, 240)))
    with c2pa_tsa(tmp_path / "tsa") as tsa:
        signed = sign(camera, tmp_path / "stamped.jpg", tsa_url=tsa.url)
        assert tsa.requests == 1
    (tmp_path / "tsa-ca.pem").write_bytes(tsa.ca_pem)

    plain = json.loads(ok(skver("inspect", "--json", str(signed))).stdout)[0]
    assert plain["content_credentials"]["signed_at"] is not None
    assert plain["content_credentials"]["timestamp_trusted"] is False  # TSA on no list
    assert plain["taken_utc"] == "2022-08-20T12:30:00Z"

    ok(skver("trust-list", "update", "--tsa", str(tmp_path / "tsa-ca.pem")))
    valid = json.loads(ok(skver("inspect", "--json", str(signed))).stdout)[0]
    assert valid["content_credentials"]["state"] == "valid"
    assert valid["content_credentials"]["timestamp_trusted"] is True
    assert "Skver Test TSA" in valid["content_credentials"]["timestamp_authority"]
    assert valid["offset_source"] == "exif" and valid["taken_utc"] == "2022-08-20T12:30:00Z"

    ok(skver("trust-list", "update", "--user", str(CERTS)))
    trusted = json.loads(ok(skver("inspect", "--json", str(signed))).stdout)[0]
    assert trusted["content_credentials"]["state"] == "trusted"
    assert trusted["offset_source"] == "content-credentials"
    assert trusted["taken_utc"] == trusted["content_credentials"]["signed_at"]
    assert trusted["taken_local"] == "2022-08-20T18:30:00"  # the camera's reading, kept
    fact = facts.inspection_fact(from_json(trusted))
    assert fact.time_basis == "the time-stamp of the file's trusted Content Credentials"
    assert fact.instant is not None and fact.instant.year >= 2026
    assert trusted["content_credentials"]["captured"] is True
    text = ok(skver("inspect", str(signed))).stdout
    assert "the time-stamp of the file's trusted Content Credentials, not the camera clock" in text
    assert "C2PA       trusted (on the user list): signed by" in text
    assert "time-stamped by CN=Skver Test TSA" in text


def test_inspect_says_the_credentials_in_text(corpus_json):
    text = ok(skver("inspect", *(str(C2PA_CORPUS / n) for n in ("XCA.jpg", "cloud.jpg")))).stdout
    assert "C2PA       INVALID: signed by C=US" in text
    assert "critical   credentials_invalid: " in text and "assertion.dataHash.mismatch" in text
    assert "C2PA       unreadable" in text and "does not fetch it" in text


def test_an_edit_time_stamped_later_never_dates_the_photo(tmp_path):
    camera = write_photo(tmp_path / "camera.jpg", Shot(taken="2022:08:20 18:30:00",
                                                       offset="+06:00", size=(320, 240)))
    with c2pa_tsa(tmp_path / "tsa") as tsa:
        original = sign(camera, tmp_path / "original.jpg", tsa_url=tsa.url)
        with Image.open(original) as image:
            image.rotate(180).save(tmp_path / "turned.jpg", exif=image.info["exif"])
        edit = sign(tmp_path / "turned.jpg", tmp_path / "edit.jpg", tsa_url=tsa.url,
                    actions=("c2pa.edited",), parent=original)
    (tmp_path / "tsa-ca.pem").write_bytes(tsa.ca_pem)
    ok(skver("trust-list", "update", "--tsa", str(tmp_path / "tsa-ca.pem")))
    ok(skver("trust-list", "update", "--user", str(CERTS)))
    item = json.loads(ok(skver("inspect", "--json", str(edit))).stdout)[0]
    found = item["content_credentials"]
    assert found["state"] == "trusted" and found["timestamp_trusted"] is True
    assert found["captured"] is False  # its manifest opens a photo: it records an edit
    assert item["offset_source"] == "exif" and item["taken_utc"] == "2022-08-20T12:30:00Z"


def test_credentials_stripped_on_the_way_are_told_from_none(tmp_path, shot):
    signed = sign(shot, tmp_path / "signed.jpg").read_bytes()
    messenger = tmp_path / "messenger.jpg"
    messenger.write_bytes(stripped(signed, xmp_provenance="self#jumbf=/c2pa/urn:c2pa:x/c2pa.claim"))
    found = inspect_file(str(messenger))
    assert found.content_credentials is None
    assert found.credentials_trace is CredentialTrace.XMP_PROVENANCE
    lost = next(f for f in found.findings if f.code == "credentials_stripped")
    assert lost.severity is Severity.WARNING and "XMP" in lost.message
    assert as_json(found)["credentials_trace"] == "xmp-provenance"

    hidden = tmp_path / "hidden.jpg"
    hidden.write_bytes(hidden_manifest(signed))
    assert inspect_file(str(hidden)).credentials_trace is CredentialTrace.C2PA_REMNANT

    plain = tmp_path / "plain.jpg"  # no JUMBF and no XMP: nothing tells it ever had any
    plain.write_bytes(stripped(signed))
    assert inspect_file(str(plain)).credentials_trace is None
    original = inspect_file(str(C2PA_CORPUS / "A.jpg"))
    assert original.content_credentials is None and original.credentials_trace is None
    assert "credentials_stripped" not in {f.code for f in original.findings}


def test_import_keeps_the_record(tmp_path, shot):
    (tmp_path / "in").mkdir()
    sign(shot, tmp_path / "in" / "signed.jpg")
    shutil.copy(C2PA_CORPUS / "XCA.jpg", tmp_path / "in" / "XCA.jpg")
    case = tmp_path / "case"
    ok(skver("case", "init", str(case), "--timezone", "Asia/Almaty"))
    ok(skver("import", "--case", str(case), str(tmp_path / "in")))
    listing = {p["original_name"]: p for p in
               json.loads(ok(skver("photos", "--case", str(case), "--json")).stdout)}
    assert listing["signed.jpg"]["content_credentials"]["state"] == "valid"
    assert listing["XCA.jpg"]["content_credentials"]["failures"] == \
        ["assertion.dataHash.mismatch"]
    assert "credentials_invalid" in {f["code"] for f in listing["XCA.jpg"]["findings"]}


def test_a_hostile_signers_names_are_shown_never_obeyed(tmp_path, shot):
    hostile = sign_hostile(shot, tmp_path / "hostile.jpg")
    item = json.loads(ok(skver("inspect", "--json", str(hostile))).stdout)[0]
    found = item["content_credentials"]
    assert found["state"] == "valid"
    assert found["signer"].startswith("CN=Signer\\u001b[2J\\ngpj.exe, O=Hostile\\u202eOrg")
    assert found["generator"] == "Evil\\u202eApp\\nline 1"
    assert found["actions"] == ["c2pa.created", "c2pa.edited\\u001b[31m"]
    text = ok(skver("inspect", str(hostile))).stdout
    assert "\x1b" not in text and "\u202e" not in text
    assert not any(line.startswith("Trusted: yes") or line.startswith("gpj.exe")
                   for line in text.splitlines())


def _crowded(source: Path, target: Path, boxes: int) -> Path:
    """`source` with `boxes` empty 'free' boxes after it at the top level."""
    target.write_bytes(source.read_bytes() + b"\0\0\0\x08free" * boxes)
    return target


def test_a_video_crowded_with_top_level_boxes_is_not_handed_to_c2pa(tmp_path):
    # c2pa walks them in quadratic time where the read deadline cannot stop it (300,000 empty
    # boxes kept `inspect` busy for minutes): past 20,000 Skver says why it did not check, and
    # says nothing of credentials a file shows no sign of.
    boxes = credentials.MAX_C2PA_BOXES + 1
    signed = _crowded(C2PA_CORPUS / "video1.mp4", tmp_path / "signed.mp4", boxes)
    plain = _crowded(C2PA_CORPUS.parent / "video" / "with-gps.mp4", tmp_path / "plain.mp4", boxes)
    found = credentials.read(str(signed), "video/mp4")
    assert found is not None and found.state is CredentialState.UNREADABLE
    assert "more than 20,000 boxes at its top level" in (found.reason or "")
    assert credentials.read(str(plain), "video/mp4") is None
    inspected = inspect_file(str(signed))
    assert "credentials_unreadable" in {f.code for f in inspected.findings}
    # just under the limit, the signed video is still checked as before
    fewer = _crowded(C2PA_CORPUS / "video1.mp4", tmp_path / "fewer.mp4", 100)
    checked = credentials.read(str(fewer), "video/mp4")
    assert checked is not None and checked.state is not CredentialState.UNREADABLE
