"""`map --out x.html` on an encrypted case opens it with the passphrase from the environment,
and leaves no temporary file beside the page."""

from __future__ import annotations

import functools

import pytest

from tests.helpers import cli as cli_helpers
from tests.helpers.encrypted import SECRET, VENUE, build_encrypted_case

skver = functools.partial(cli_helpers.skver, passphrase=SECRET)


@pytest.fixture
def encrypted_case(tmp_path):
    return build_encrypted_case(tmp_path / "made")

@pytest.mark.slow
def test_map_html_of_an_encrypted_case_with_the_passphrase(encrypted_case, tmp_path):
    root, _markers = encrypted_case
    out = tmp_path / "map.html"
    run = skver("map", "--case", str(root), "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert VENUE in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    refused = skver("map", "--case", str(root), "--out", str(tmp_path / "m2.html"),
                    passphrase="wrong guess")
    assert refused.returncode == 1 and "Wrong passphrase" in refused.stderr
    assert not (tmp_path / "m2.html").exists()
