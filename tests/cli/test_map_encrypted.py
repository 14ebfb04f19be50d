"""`map --out x.html` on an encrypted case opens it with the passphrase from the environment,
and leaves no temporary file beside the page, even when the disk fills."""

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


def test_a_full_disk_leaves_no_part_of_a_map(encrypted_case, tmp_path, monkeypatch, capsys):
    """The disk fills while the page (or the static map) is written: nothing is left beside
    where it was going, hidden or not."""
    import pathlib

    import cli

    root, _markers = encrypted_case
    monkeypatch.setenv("SKVER_PASSPHRASE", SECRET)
    real_write = pathlib.Path.write_bytes

    def filling(self, data):
        real_write(self, data[:len(data) // 2])
        raise OSError(28, "No space left on device")

    def filling_text(self, text, *args, **kwargs):
        filling(self, text.encode("utf-8"))

    monkeypatch.setattr(pathlib.Path, "write_bytes", filling)
    monkeypatch.setattr(pathlib.Path, "write_text", filling_text)
    out = tmp_path / "maps"
    out.mkdir()
    for name, extra in (("page.html", []), ("claim.png", ["--claim", "1"])):
        assert cli.main(["map", "--case", str(root), "--out", str(out / name), *extra]) != 0
        assert list(out.iterdir()) == []
    capsys.readouterr()
