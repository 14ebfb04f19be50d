"""`export --timestamp/--tsa` and `verify` with timestamps, as a user runs them, against a real
TSA (openssl ts) on 127.0.0.1 and a dead port: never the internet."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.helpers.cli import ok, skver
from tests.helpers.tsa import TSA_NAME, dead_url, running_tsa


@pytest.fixture
def case(demo_source, tmp_path) -> Path:
    return Path(shutil.copytree(demo_source, tmp_path / "case"))


def test_export_names_who_timestamped_and_who_did_not_and_verify_reports_it(case, tmp_path):
    dead = dead_url()
    with running_tsa(tmp_path / "tsa") as tsa:
        run = ok(skver("export", "--case", str(case), "--out", str(tmp_path / "b.zip"),
                       "--no-reports", "--tsa", tsa.url, "--tsa", dead))
    assert f"  timestamped by {TSA_NAME}, Skver tests at " in run.stdout
    assert f"  no timestamp from {dead}: it could not be reached" in run.stdout
    assert "no timestamp was obtained" not in run.stdout
    shown = skver("verify", str(tmp_path / "b.zip"))  # offline: the TSA is gone
    assert shown.returncode == 0, shown.stdout
    line = next(x for x in shown.stdout.splitlines() if x.startswith("  timestamp "))
    assert "timestamps/1.tsr: 20" in line and f"by {TSA_NAME}, Skver tests" in line
    as_json = json.loads(ok(skver("verify", str(tmp_path / "b.zip"), "--json")).stdout)
    [stamp] = as_json["timestamps"]
    assert stamp["file"] == "timestamps/1.tsr" and stamp["tsa"] == f"{TSA_NAME}, Skver tests"
    assert stamp["state"] == "untrusted"  # the shipped list does not hold the test TSA
    (tmp_path / "ca.pem").write_bytes(tsa.ca_pem)
    ok(skver("trust-list", "update", "--user", str(tmp_path / "ca.pem")))
    trusted = ok(skver("verify", str(tmp_path / "b.zip")))
    line = next(x for x in trusted.stdout.splitlines() if x.startswith("  timestamp "))
    assert line.endswith(f"by {TSA_NAME}, Skver tests, trusted")


def test_offline_export_is_written_and_says_no_timestamp(case, tmp_path):
    run = ok(skver("export", "--case", str(case), "--out", str(tmp_path / "b.zip"),
                   "--no-reports", "--tsa", dead_url()))
    assert "  no timestamp was obtained: the bundle was written without one" in run.stdout
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        assert not [n for n in zf.namelist() if n.startswith("timestamps/")]
    assert ok(skver("verify", str(tmp_path / "b.zip"))).stdout.rstrip().endswith("Intact.")


def test_without_the_option_export_does_not_go_online(case, tmp_path):
    run = ok(skver("export", "--case", str(case), "--out", str(tmp_path / "b.zip"),
                   "--no-reports"))
    assert "timestamp" not in run.stdout


def test_a_tsa_that_is_not_a_web_address_is_refused_before_anything_is_written(case, tmp_path):
    run = skver("export", "--case", str(case), "--out", str(tmp_path / "b.zip"),
                "--no-reports", "--tsa", "file:///etc/passwd")
    assert run.returncode == 1
    assert "is not a time-stamping authority's address" in run.stderr
    assert not (tmp_path / "b.zip").exists()
