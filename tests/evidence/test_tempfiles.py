"""Temporary files: one naming scheme, removed however a write ends, and a killed process's
swept by the next, never a running one's."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evidence import tempfiles


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_name_says_whose_and_what(tmp_path):
    temp = tempfiles.beside(tmp_path / "case.zip")
    assert temp.parent == tmp_path
    assert temp.name.startswith(f".skver-{os.getpid()}-") and temp.name.endswith(
        ".case.zip.part")
    assert len(tempfiles.name("x" * 1000)) < 160


def test_a_dead_process_s_files_are_swept_a_running_one_s_kept(tmp_path):
    own = tmp_path / tempfiles.name("mine.pdf")
    own.write_bytes(b"writing")
    gone = tmp_path / f".skver-{dead_pid()}-0-abc123.case.zip.part"
    gone.write_bytes(b"half a bundle")
    gone_folder = tmp_path / f".skver-{dead_pid()}-0-abc124.bundle.part"
    (gone_folder / "sub").mkdir(parents=True)
    (gone_folder / "sub" / "photo.jpg").write_bytes(b"unpacked")
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as running:
        try:
            theirs = tmp_path / f".skver-{running.pid}-0-abc125.report.pdf.part"
            theirs.write_bytes(b"another Skver, still writing")
            user = tmp_path / ".skver-notes.part"   # not the scheme: the user's
            user.write_bytes(b"mine")
            assert tempfiles.sweep(tmp_path) == 2
            assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
                [own.name, theirs.name, user.name])
        finally:
            running.kill()
    running.wait()
    assert tempfiles.sweep(tmp_path) == 1  # its process is gone now
    assert theirs.name not in os.listdir(tmp_path)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_reused_process_id_does_not_keep_a_leftover(tmp_path):
    """The id is this process's, its start time another's: a killed process whose id came
    back. Its file is a leftover."""
    reused = tmp_path / f".skver-{os.getpid()}-1-abc126.case.zip.part"
    reused.write_bytes(b"old")
    assert tempfiles.sweep(tmp_path) == 1


def test_old_style_leftovers_are_swept_only_once_untouched_for_an_hour(tmp_path):
    fresh = tmp_path / ".case.zip.0123456789ab.part"
    old = [tmp_path / name for name in (".report.pdf.fedcba987654.part",
                                         ".report.pdf.k2_9xq1z.part", ".claim-1.png.ab_12cd3",
                                         ".map.html.tmp")]
    users = [tmp_path / name for name in (".notes.tmp", ".bashrc", ".x.part")]
    hours_ago = time.time() - 2 * tempfiles.OLD_AFTER_S
    for path in (fresh, *old, *users):
        path.write_bytes(b"x")
        if path is not fresh:
            os.utime(path, (hours_ago, hours_ago))
    assert tempfiles.sweep(tmp_path) == len(old)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (fresh, *users))


def test_a_case_file_left_by_a_killed_writer_goes_with_the_next_write_there(tmp_path):
    """A case's files are written beside their place too (casefiles.write_atomic): a killed
    process's half-written thumbnail, in the scheme or the older `.NAME.<pid>.<hex>.tmp`, is
    removed by the next write into that folder; a running process's is kept."""
    from evidence import casefiles

    files = casefiles.PlainFiles(tmp_path)
    files.write_atomic("derived/thumbs/ab/one.jpg", b"first")
    folder = tmp_path / "derived" / "thumbs" / "ab"
    killed = dead_pid()
    left = [folder / f".skver-{killed}-0-abc127.two.jpg.part",
            folder / f".two.jpg.{killed}.0badc0de.tmp"]
    live = folder / f".three.jpg.{os.getpid()}.0badc0de.tmp"
    for path in (*left, live):
        path.write_bytes(b"half")
    files.write_atomic("derived/thumbs/ab/two.jpg", b"second")
    assert sorted(p.name for p in folder.iterdir()) == sorted(["one.jpg", "two.jpg", live.name])


def test_replacing_leaves_nothing_when_the_write_fails(tmp_path):
    target = tmp_path / "map.html"
    with pytest.raises(OSError), tempfiles.replacing(target) as temp:
        temp.write_bytes(b"half")
        raise OSError(28, "No space left on device")
    assert list(tmp_path.iterdir()) == []
    with tempfiles.replacing(target) as temp:
        temp.write_bytes(b"whole")
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]
    assert target.read_bytes() == b"whole"


def test_a_folder_goes_however_the_block_ends(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    with pytest.raises(KeyError), tempfiles.folder("bundle") as made:
        (made / "a").write_bytes(b"x")
        assert made.stat().st_mode & 0o777 == 0o700
        raise KeyError
    assert list(tmp_path.iterdir()) == []


def test_sealed_files_hold_no_plaintext_and_read_back(tmp_path):
    sealed = tempfiles.Sealed()
    secret = b"GPS 43.2407 76.941 " * 100_000   # more than one chunk
    sealed.write(tmp_path / "photo", [secret[:7], secret[7:]])
    on_disk = (tmp_path / "photo").read_bytes()
    assert b"GPS 43.2407" not in on_disk
    with sealed.open(tmp_path / "photo") as fh:
        assert fh.read() == secret
        fh.seek(5)
        assert fh.read(3) == secret[5:8]
    with sealed.opener(tmp_path / "photo")() as fh:
        assert fh.read(4) == b"GPS "
    with pytest.raises(OSError):  # another run's key opens nothing
        tempfiles.Sealed().open(tmp_path / "photo").read()


def test_a_case_whose_creation_was_killed_is_swept_by_the_next_created_beside_it(tmp_path):
    from evidence.store import Case

    left = tmp_path / f".skver-{dead_pid()}-0-abc128.first.part"
    (left / "originals").mkdir(parents=True)
    (left / "keyfile").write_bytes(b"{}")
    Case.create(tmp_path / "second", title="Second", timezone=None, actor="t").close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["second"]


def test_older_versions_bundle_folders_go_from_the_temporary_folder_only(tmp_path, monkeypatch):
    temporary, documents = tmp_path / "tmp", tmp_path / "documents"
    hours_ago = time.time() - 2 * tempfiles.OLD_AFTER_S
    for folder in (temporary, documents):
        for name in ("skver-bundle-ab12_xyz", "skver-bundle-0123456789ab-k2_9xq1z",
                     "skver-bundle-reports-q1w2e3r4", "skver-bundle-notes"):
            (folder / name).mkdir(parents=True)
            os.utime(folder / name, (hours_ago, hours_ago))
    monkeypatch.setattr("tempfile.tempdir", str(temporary))
    assert tempfiles.sweep_at_start(extra=[documents]) == 3
    assert [p.name for p in temporary.iterdir()] == ["skver-bundle-notes"]
    assert len(list(documents.iterdir())) == 4
