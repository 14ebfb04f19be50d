"""An encrypted case, or a bundle sealed for transport, never puts its plaintext on disk outside
memory and the case's own encrypted storage: every file written to the temporary folder, or
beside the output, during export --encrypt, verify and import-bundle of a sealed bundle, is
read before it is removed or renamed, and must hold none of the photo's bytes, the manifest's
words, a PDF or a zip."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import cli
from evidence import store
from evidence.store import Case
from tests.helpers.encrypted import SECRET, build_encrypted_case

COURIER = "courier words 2024"


class Watch:
    """Reads every file under `roots` before anything removes or renames it, and once more at
    the end: what plaintext it held, file by file."""

    def __init__(self, roots: list[Path], markers: dict[str, bytes]) -> None:
        self.roots, self.markers = [r.resolve() for r in roots], markers
        self.found: dict[str, set[str]] = {}
        self.seen: set[str] = set()

    def scan(self, path: str | os.PathLike[str]) -> None:
        target = Path(path)
        if not target.is_absolute() or not target.exists():
            return
        paths = [target] if target.is_file() else [p for p in target.rglob("*") if p.is_file()]
        for file in paths:
            resolved = file.resolve()
            if not any(resolved.is_relative_to(r) for r in self.roots):
                continue
            self.seen.add(str(file))
            data = file.read_bytes()
            hits = {name for name, marker in self.markers.items() if marker in data}
            if hits:
                self.found.setdefault(str(file), set()).update(hits)

    def scan_all(self) -> None:
        for root in self.roots:
            self.scan(root)


@pytest.fixture
def watching(monkeypatch) -> Iterator[type[Watch]]:
    """Hooks the removal and renaming of files (os.unlink, os.remove, os.replace, os.rename,
    shutil.rmtree) so each Watch made here reads a file just before it goes."""
    watches: list[Watch] = []

    def before(name: str):
        real = getattr(os, name) if name != "rmtree" else shutil.rmtree

        def hooked(path, *args, **kwargs):
            if not kwargs.get("dir_fd"):
                for watch in watches:
                    watch.scan(os.fspath(path))
            return real(path, *args, **kwargs)
        return hooked

    for name in ("unlink", "remove", "replace", "rename"):
        monkeypatch.setattr(os, name, before(name))
    monkeypatch.setattr(shutil, "rmtree", before("rmtree"))

    class Made(Watch):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            watches.append(self)
    yield Made


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """The temporary folder Skver is given (TMPDIR), empty at the start."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def encrypted_case(tmp_path, monkeypatch) -> tuple[Path, dict[str, bytes]]:
    monkeypatch.setenv("SKVER_PASSPHRASE", SECRET)
    monkeypatch.setenv("SKVER_BUNDLE_PASSPHRASE", COURIER)
    return build_encrypted_case(tmp_path)


def sealed_export(root: Path, out: Path) -> int:
    return cli.main(["export", "--case", str(root), "--out", str(out), "--encrypt"])


def test_export_encrypt_writes_no_plaintext(encrypted_case, private_tmp, watching, tmp_path,
                                            capsys):
    root, markers = encrypted_case
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    watch = watching([private_tmp, out_dir], markers)
    assert sealed_export(root, out_dir / "carry.skv") == 0, capsys.readouterr().err
    watch.scan_all()
    assert watch.found == {}
    assert (out_dir / "carry.skv").is_file()
    assert sorted(p.name for p in out_dir.iterdir()) == ["carry.skv"]
    assert list(private_tmp.iterdir()) == []


def test_verify_of_a_sealed_bundle_writes_no_plaintext(encrypted_case, private_tmp, watching,
                                                       tmp_path, capsys):
    root, markers = encrypted_case
    sealed = tmp_path / "carry.skv"
    assert sealed_export(root, sealed) == 0
    capsys.readouterr()
    watch = watching([private_tmp, tmp_path / "in"], markers)
    assert cli.main(["verify", str(sealed)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("Intact.")
    watch.scan_all()
    assert watch.found == {}
    assert list(private_tmp.iterdir()) == []


def test_import_of_a_sealed_bundle_writes_no_plaintext(encrypted_case, private_tmp, watching,
                                                       tmp_path, capsys):
    root, markers = encrypted_case
    sealed = tmp_path / "carry.skv"
    assert sealed_export(root, sealed) == 0
    other = tmp_path / "other"
    Case.create(other, title="Other", timezone="Asia/Almaty", actor="t",
                passphrase=SECRET).close()
    capsys.readouterr()
    watch = watching([private_tmp, other], markers)
    code = cli.main(["import-bundle", "--case", str(other), str(sealed),
                     "--accept-unverified"])
    output = capsys.readouterr()
    assert code == 0, output.err
    assert "1 imported" in output.out
    watch.scan_all()
    assert watch.seen, "nothing was looked at"
    assert watch.found == {}
    assert list(private_tmp.iterdir()) == []
    with Case.open(other) as case:
        assert len(store.read(case).photos) == 1
