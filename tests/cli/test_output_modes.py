"""Every file Skver writes for the user (reports, bundles, sealed bundles, maps, venue exports)
is the owner's only, mode 0600, whatever the umask (README: security notes). The PDF was 0600
and the HTML report and the bundle 0644 before."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from evidence.tempfiles import OUTPUT_MODE
from tests.helpers.cli import skver_here

pytestmark = pytest.mark.slow  # a report in each format, a bundle, maps


@pytest.fixture
def wide_umask():
    old = os.umask(0o022)   # a common default: what a plain open() leaves readable by all
    yield
    os.umask(old)


def test_every_output_is_the_owners_only(demo_source, tmp_path, capsys, wide_umask,
                                        monkeypatch):
    case = Path(shutil.copytree(demo_source, tmp_path / "case"))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv("SKVER_BUNDLE_PASSPHRASE", "courier words 2024")
    c = ["--case", str(case)]
    for args in (["report", *c, "--out", str(out / "report.pdf")],
                 ["report", *c, "--out", str(out / "report.html")],
                 ["export", *c, "--out", str(out / "bundle.zip"), "--no-reports"],
                 ["export", *c, "--out", str(out / "sealed.bin"), "--no-reports", "--encrypt"],
                 ["map", *c, "--out", str(out / "map.html")],
                 ["map", *c, "--claim", "3", "--out", str(out / "claim.png")],
                 ["venue", "export", *c, "--out", str(out / "venues.geojson")],
                 ["venue", "export", *c, "--out", str(out / "venues.kml")]):
        code, _out, err = skver_here(capsys, *args)
        assert code == 0, (args, err)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert modes == dict.fromkeys(modes, OUTPUT_MODE) and len(modes) == 8, modes
    assert OUTPUT_MODE == 0o600
