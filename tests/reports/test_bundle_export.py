"""Exporting a case's evidence bundle: what is in it, and that ordinary tools can check it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from bundles import verify as bundle_verify
from bundles import writer as bundle
from bundles.checks import parse_log
from evidence import custody, store, timing
from evidence.errors import KnownError
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers.tools import tool
from tests.helpers.zips import unzip


def test_every_original_is_in_the_bundle_exactly_as_stored(signed, demo_source):
    path, _ = signed
    with Case.open(demo_source) as case, zipfile.ZipFile(path) as zf:
        photos = store.photos.all_photos(case)
        for row in photos:
            stored = case.path_of(row.stored_path).read_bytes()
            assert zf.read(f"originals/{row.sha256}{Path(row.stored_path).suffix}") == stored
        assert len([n for n in zf.namelist() if n.startswith("originals/")]) == len(photos) == 12


def test_the_manifest_describes_files_records_versions_and_verdicts(signed):
    path, result = signed
    with zipfile.ZipFile(path) as zf:
        data = zf.read("manifest.json")
        log, problem = parse_log(zf.read("custody.jsonl"))
    manifest = json.loads(data)
    assert data.decode() == custody.canonical(manifest)  # the canonical spelling, byte for byte
    assert manifest["format"] == {"name": "skver-evidence-bundle", "version": 1}
    assert manifest["case"]["title"].startswith("Алматы")
    assert manifest["software"]["tz_database"] == timing.TZDATA_VERSION
    assert manifest["software"]["python"] and manifest["software"]["packages"]["cryptography"]
    photo = next(f for f in manifest["files"] if f["kind"] == "photo")
    assert photo["inspection"]["sha256"] == photo["sha256"]
    assert photo["imports"][0]["source_name"].startswith("IMG_")
    assert photo["imports"][0]["actor"] == "skver-demo"
    assert {f["kind"] for f in manifest["files"]} == {"photo", "log"}
    assert len(manifest["venues"]) == 3 and len(manifest["claims"]) == 4
    assert len(manifest["observations"]) == 12
    assert [c["verdict"] for c in manifest["analysis"]["claims"]] == ["contradicted"] * 4
    assert problem is None and manifest["custody"]["entries"] == len(log)
    assert manifest["custody"]["head"] == {"seq": log[-1].seq, "entry_hash": log[-1].entry_hash}
    assert manifest["signature"]["public_key_fingerprint"] == result.fingerprint


def test_the_custody_log_in_the_bundle_recomputes(signed):
    path, _ = signed
    with zipfile.ZipFile(path) as zf:
        log, problem = parse_log(zf.read("custody.jsonl"))
    assert problem is None
    assert custody.chain_problems(log) == ([], log[-1])
    assert log[0].action == "case-created" and "import" in {e.action for e in log}


def test_sha256sum_checks_the_unzipped_bundle(signed, tmp_path):
    path, _ = signed
    folder = unzip(path, tmp_path / "unzipped")
    run = subprocess.run([tool("sha256sum"), "-c", "SHA256SUMS"], cwd=folder, capture_output=True,
                         text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    checked = {line.removesuffix(": OK") for line in run.stdout.splitlines()}
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert checked == on_disk - {"SHA256SUMS", "manifest.json.sig", "signing-key.pub",
                                 "SIGNATURE.txt"}
    (folder / "custody.jsonl").write_text("{}\n")
    assert subprocess.run([tool("sha256sum"), "--quiet", "-c", "SHA256SUMS"], cwd=folder,
                          capture_output=True, check=False).returncode == 1


def _commands(note: str) -> list[str]:
    """The shell commands SIGNATURE.txt tells a reader to run (continuation lines joined)."""
    text = note.replace("\\\n", " ")
    return [line.strip() for line in text.splitlines()
            if line.strip().startswith(("openssl ", "jq ", "sha256sum "))]


def _shell(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, shell=True, cwd=folder, capture_output=True, text=True,
                          check=False)


def test_the_commands_in_signature_txt_work_with_openssl_jq_and_sha256sum(signed, tmp_path):
    for name in ("openssl", "jq", "sha256sum"):
        tool(name)  # each missing one fails here, named, not as a shell's "not found"
    path, result = signed
    folder = unzip(path, tmp_path / "unzipped")
    note = (folder / "SIGNATURE.txt").read_text()
    assert result.fingerprint in note
    fingerprint, verify, by_manifest, by_sums, entry = _commands(note)
    run = _shell(verify, folder)
    assert run.returncode == 0 and "Signature Verified Successfully" in run.stdout, run.stderr
    assert _shell(fingerprint, folder).stdout.split()[0] == result.fingerprint.replace(" ", "")
    assert _shell(by_manifest, folder).returncode == 0
    assert _shell(by_sums, folder).returncode == 0
    head = json.loads((folder / "manifest.json").read_bytes())["custody"]["head"]
    found = _shell(entry.replace("== N", f"== {head['seq']}"), folder)
    assert found.stdout.strip() == head["entry_hash"]   # what a filed report's cover would name
    (folder / "manifest.json").write_bytes((folder / "manifest.json").read_bytes() + b" ")
    run = _shell(verify, folder)
    assert run.returncode != 0 and "Signature Verification Failure" in run.stdout + run.stderr


def test_zip_entries_are_sorted_dated_1980_photos_stored_text_deflated(signed):
    path, _ = signed
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    methods = {i.filename: i.compress_type for i in infos}
    assert all(methods[n] == zipfile.ZIP_STORED for n in methods if n.startswith("originals/"))
    for name in ("manifest.json", "custody.jsonl", "SHA256SUMS"):
        assert methods[name] == zipfile.ZIP_DEFLATED


def test_the_export_is_recorded_in_the_case(demo_case, tmp_path):
    with Case.open(demo_case) as case:
        result = bundle.export(case, tmp_path / "out.zip", actor="lawyer")
        last = list(store.log.entries(case))[-1]
    with zipfile.ZipFile(result.path) as zf:
        manifest_sha = hashlib.sha256(zf.read("manifest.json")).hexdigest()
        assert result.files == len(zf.namelist()) == 12 + 6
    assert (last.action, last.actor, last.object_hash) == ("bundle-exported", "lawyer",
                                                           manifest_sha)
    assert last.details["file_name"] == "out.zip" and last.details["files"] == result.files
    assert last.details["fingerprint"] == result.fingerprint
    assert [p.name for p in tmp_path.iterdir() if p.name != "demo-case"] == ["out.zip"]


def test_a_changed_original_stops_the_export_and_is_named(demo_case, tmp_path):
    with Case.open(demo_case) as case:
        row = store.photos.all_photos(case)[4]
        stored = case.path_of(row.stored_path)
        os.chmod(stored, 0o644)
        data = bytearray(stored.read_bytes())
        data[-100] ^= 0xFF
        stored.write_bytes(bytes(data))
        with pytest.raises(KnownError) as caught:
            bundle.export(case, tmp_path / "out.zip", actor="t")
    message = str(caught.value)
    assert row.stored_path in message and row.sha256 in message
    assert "verify --case" in message and "no bundle was written" in message
    assert [p.name for p in tmp_path.iterdir()] == ["demo-case"]  # no zip, no temporary


def test_a_missing_original_is_named(demo_case, tmp_path):
    with Case.open(demo_case) as case:
        row = store.photos.all_photos(case)[0]
        case.path_of(row.stored_path).unlink()
        with pytest.raises(KnownError, match=re.escape(row.stored_path)):
            bundle.export(case, tmp_path / "out.zip", actor="t")


def test_extra_files_are_listed_summed_and_verified(demo_case, tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7 a report")
    extras = [("reports/report.pdf", pdf), ("reports/report.html", b"<html>report</html>")]
    with Case.open(demo_case) as case:
        result = bundle.export(case, tmp_path / "out.zip", actor="t", extra_files=extras)
    with zipfile.ZipFile(result.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        sums = zf.read("SHA256SUMS").decode()
        assert zf.read("reports/report.pdf") == pdf.read_bytes()
    reports = {f["path"]: f for f in manifest["files"] if f["kind"] == "report"}
    assert reports["reports/report.pdf"]["media_type"] == "application/pdf"
    assert reports["reports/report.html"]["sha256"] == hashlib.sha256(
        b"<html>report</html>").hexdigest()
    assert "  reports/report.pdf\n" in sums and "  reports/report.html\n" in sums
    assert bundle_verify.verify_bundle(result.path).intact


def test_an_unsigned_bundle_verifies_and_says_it_is_unsigned(demo_case, tmp_path,
                                                              skver_data_dir):
    with Case.open(demo_case) as case:
        result = bundle.export(case, tmp_path / "out.zip", actor="t", sign=False)
    with zipfile.ZipFile(result.path) as zf:
        assert not {"manifest.json.sig", "signing-key.pub", "SIGNATURE.txt"} & set(zf.namelist())
    report = bundle_verify.verify_bundle(result.path)
    assert report.intact and report.signature == "unsigned" and "not signed" in report.notes[0]
    assert result.fingerprint is None and not (skver_data_dir / "keys").exists()


def test_a_cancelled_export_leaves_nothing(demo_case, tmp_path):
    with Case.open(demo_case) as case:
        before = len(list(store.log.entries(case)))
        with pytest.raises(bundle.ExportCancelled):
            bundle.export(case, tmp_path / "out.zip", actor="t", cancelled=lambda: True)
        assert len(list(store.log.entries(case))) == before
    assert [p.name for p in tmp_path.iterdir()] == ["demo-case"]


def test_the_bundle_is_not_written_inside_the_case(demo_case):
    with Case.open(demo_case) as case, pytest.raises(KnownError, match="inside the case"):
        bundle.export(case, demo_case / "out.zip", actor="t")


def test_real_camera_files_round_trip(corpus, tmp_path):
    sources = [*sorted((corpus / "jpg" / "gps").glob("*.jpg")), corpus / "jpg" / "Canon_40D.jpg"]
    with Case.create(tmp_path / "case", title="corpus", timezone="Asia/Almaty",
                     actor="t") as case:
        results = list(import_paths(case, [str(p) for p in sources], actor="t", workers=1))
        assert {r.outcome for r in results} == {"imported"}
        result = bundle.export(case, tmp_path / "corpus.zip", actor="t")
    report = bundle_verify.verify_bundle(result.path)
    assert report.intact and report.files_intact == len(sources) + 1, report.problems
    folder = unzip(result.path, tmp_path / "unzipped")
    assert subprocess.run([tool("sha256sum"), "--quiet", "-c", "SHA256SUMS"], cwd=folder,
                          check=False).returncode == 0
    for source in sources:
        sha = hashlib.sha256(source.read_bytes()).hexdigest()
        assert (folder / "originals" / f"{sha}.jpg").read_bytes() == source.read_bytes()
