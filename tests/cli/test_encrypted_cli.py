"""An encrypted case on the command line: every command, the passphrase only from the
environment (or a terminal's prompt), a plain bundle for the court and a sealed one to carry."""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.helpers import cli
from tests.helpers.cli import ok
from tests.helpers.files import folder_hash
from tests.helpers.photos import Shot, write_photo
from tests.helpers.tools import tool

pytestmark = pytest.mark.slow  # every test runs `python main.py` (and scrypt)

SECRET = "Жетісу 2024 secret"
VENUE = "Skver Abylai-khan Yrysty"
EXCUSE = "Reconstruction of the fountain Zhuldyz"
NOTE = "Nobody working, benches free"

# The command line with the case's passphrase in the environment, unless told otherwise.
skver = functools.partial(cli.skver, passphrase=SECRET)


@pytest.fixture(scope="module")
def shared_case(tmp_path_factory) -> Path:
    """An encrypted case with a photo, a venue, a refusal and an observation, all made on the
    command line; built once, for the tests that only read it."""
    folder = tmp_path_factory.mktemp("encrypted")
    root = folder / "case"
    run = ok(skver("case", "init", str(root), "--encrypted", "--timezone", "Asia/Almaty"))
    assert "Created encrypted case" in run.stdout
    photo = write_photo(folder / "in" / "visit.jpg",
                        Shot(taken="2024:05:10 11:00:00", offset="+05:00", lat=43.2407,
                             lon=76.941, make="Sary-Arka Cam"))
    ok(skver("import", "--case", str(root), str(photo)))
    ok(skver("venue", "add", "--case", str(root), "--slug", "abylai", "--name-en", VENUE,
             "--lat", "43.2407", "--lon", "76.941", "--radius-m", "150"))
    ok(skver("claim", "add", "--case", str(root), "--document-number", "ZT-7",
             "--document-date", "2024-05-01", "--venue", "abylai", "--window-start",
             "2024-05-10 09:00", "--window-end", "2024-05-10 18:00", "--excuse", EXCUSE,
             "--category", "repair_works", "--zone", "Asia/Almaty"))
    ok(skver("observe", "--case", str(root), "1", "--tag", "venue_empty", "--note", NOTE))
    return root


@pytest.fixture
def case(shared_case, tmp_path) -> Path:
    """A copy of the shared case, free to change."""
    return Path(shutil.copytree(shared_case, tmp_path / "case"))


def test_every_command_works_with_the_passphrase(case, tmp_path):
    photos = json.loads(ok(skver("photos", "--case", str(case), "--json")).stdout)
    assert "Sary-Arka Cam" in json.dumps(photos, ensure_ascii=False)
    assert "passphrase" not in ok(skver("log", "--case", str(case))).stderr
    analysed = json.loads(ok(skver("analyze", "--case", str(case), "--json")).stdout)
    assert analysed["claims"][0]["document_number"] == "ZT-7"
    ok(skver("map", "--case", str(case), "--claim", "1", "--out", str(tmp_path / "m.png")))
    ok(skver("report", "--case", str(case), "--out", str(tmp_path / "r.html")))
    assert EXCUSE in (tmp_path / "r.html").read_text(encoding="utf-8")
    ok(skver("redact", "--case", str(case), "1", "--region", "0,0,10,10"))
    assert "Intact." in ok(skver("verify", "--case", str(case))).stdout
    for secret in (VENUE, EXCUSE, NOTE, "Sary-Arka Cam"):
        for path in case.rglob("*"):
            assert not path.is_file() or secret.encode() not in path.read_bytes(), path


def test_plain_bundle_from_an_encrypted_case_verifies_with_sha256sum(case, tmp_path):
    out = tmp_path / "bundle.zip"
    ok(skver("export", "--case", str(case), "--out", str(out), "--no-sign", "--no-reports"))
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(out).extractall(unpacked)
    run = subprocess.run([tool("sha256sum"), "-c", "SHA256SUMS"], cwd=unpacked,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert ok(skver("verify", str(out), passphrase=None)).stdout.rstrip().endswith("Intact.")


def test_encrypted_bundle_round_trips(case, tmp_path):
    sealed = tmp_path / "carry.skv"
    run = skver("export", "--case", str(case), "--out", str(sealed), "--no-sign",
                "--no-reports", "--encrypt", SKVER_BUNDLE_PASSPHRASE="courier words")
    assert run.returncode == 0, run.stderr
    assert VENUE.encode() not in sealed.read_bytes()
    assert not zipfile.is_zipfile(sealed)
    refused = skver("verify", str(sealed), passphrase="wrong")
    assert refused.returncode == 1 and "Wrong passphrase for this encrypted bundle" in \
        refused.stderr
    ok(skver("verify", str(sealed), passphrase="courier words"))
    other = tmp_path / "other"
    ok(skver("case", "init", str(other), "--encrypted", passphrase="other case"))
    merged = skver("import-bundle", "--case", str(other), str(sealed), "--accept-unverified",
                   passphrase="other case", SKVER_BUNDLE_PASSPHRASE="courier words")
    assert merged.returncode == 0, merged.stderr
    assert "1 imported" in merged.stdout and "UNVERIFIED      not signed" in merged.stdout
    ok(skver("verify", "--case", str(other), passphrase="other case"))


def test_without_the_passphrase_a_clear_refusal_and_nothing_changes(shared_case):
    case = shared_case
    before = folder_hash(case)
    for args in (("photos", "--case", str(case)), ("verify", "--case", str(case)),
                 ("analyze", "--case", str(case))):
        run = skver(*args, passphrase=None)  # stdin is not a terminal: no prompt
        assert run.returncode == 1
        assert "SKVER_PASSPHRASE" in run.stderr and "Traceback" not in run.stderr
        wrong = skver(*args, passphrase="guess")
        assert wrong.returncode == 1
        assert "Wrong passphrase for this case; nothing was changed." in wrong.stderr
    assert folder_hash(case) == before


def test_passphrase_change(case):
    run = skver("case", "passphrase", "--case", str(case), SKVER_NEW_PASSPHRASE="new words here")
    assert run.returncode == 0, run.stderr
    assert skver("photos", "--case", str(case)).returncode == 1
    ok(skver("photos", "--case", str(case), passphrase="new words here"))
    log = json.loads(ok(skver("log", "--case", str(case), "--json",
                              passphrase="new words here")).stdout)
    assert log[-1]["action"] == "passphrase-changed"


def test_no_passphrase_on_the_command_line(tmp_path):
    run = skver("case", "init", str(tmp_path / "c"), "--encrypted", "--passphrase", "x")
    assert run.returncode == 2
