"""A full disk is the user's to fix, said so, with nothing lost: an import stops with a message
naming the disk and what was kept (never "could not be read: No space left on device" against
the photos), verify still reports, and the same import run again once there is room finishes
the case. On a real small disk (a tmpfs, as root) and with ENOSPC injected at the OS's writes."""

from __future__ import annotations

import errno
import os

import pytest

from evidence import diskspace, importer, store, verify
from evidence.errors import KnownError
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers.photos import Shot, write_photo
from tests.helpers.smalldisk import fill, noisy_jpeg, small_disk


def _enospc(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="t") as c:
        yield c


def test_enospc_writing_the_copy_stops_the_import_with_a_message(case, tmp_path, monkeypatch):
    photos = [write_photo(tmp_path / "in" / f"{n}.jpg", Shot(taken=f"2022:08:20 18:0{n}:00"))
              for n in range(3)]
    monkeypatch.setattr(os, "fsync", _enospc)  # the staging copy's flush: the disk refuses
    with pytest.raises(KnownError) as raised:
        list(import_paths(case, [str(p) for p in photos], actor="t", workers=1))
    message = str(raised.value)
    assert f"The disk holding {case.root} is full" in message
    assert "No file was imported and the case is as it was." in message
    assert "Free at least" in message and "MB there" in message
    assert "could not be read" not in message
    monkeypatch.undo()
    assert store.photos.all_photos(case) == []
    assert not list((case.root / "staging").glob("*.part"))
    assert [r.outcome for r in import_paths(case, [str(p) for p in photos], actor="t")] == [
        "imported"] * 3


def test_a_read_only_disk_is_named_as_such():
    error = diskspace.full_error(OSError(errno.EROFS, "Read-only file system"), "/media/card",
                                 kept="Nothing was changed.")
    assert "The disk holding /media/card cannot be written (it is read-only)" in str(error)
    assert "Nothing was changed." in str(error)


def test_sqlite_saying_the_disk_is_full_is_recognised(tmp_path):
    import sqlite3

    class Full(sqlite3.OperationalError):
        sqlite_errorcode = 13  # SQLITE_FULL

    assert diskspace.is_full(Full("database or disk is full"))
    assert not diskspace.is_full(sqlite3.OperationalError("no such table"))
    assert not diskspace.is_full(OSError(errno.ENOENT, "No such file"))


def test_verify_reports_even_when_it_cannot_record_itself(case, tmp_path, monkeypatch):
    list(import_paths(case, [str(write_photo(tmp_path / "in" / "a.jpg"))], actor="t"))
    before = len(list(store.log.entries(case)))
    original = store.Case.record

    def full(self, actor, action, *args, **kwargs):
        if action == "verify":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return original(self, actor, action, *args, **kwargs)

    monkeypatch.setattr(store.Case, "record", full)
    report = verify.verify(case, actor="t")
    assert report.intact and report.originals_intact == 1
    assert any("could not be recorded in the custody log" in n and "is full" in n
               for n in report.notes)
    monkeypatch.undo()
    assert len(list(store.log.entries(case))) == before


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_a_real_full_disk_mid_import_keeps_what_was_done(tmp_path, workers, monkeypatch):
    monkeypatch.setattr(importer, "COMMIT_EVERY", 1)  # each file committed as it comes
    with small_disk(tmp_path / "disk", megabytes=6) as disk:
        root = disk / "case"
        sources = [noisy_jpeg(tmp_path / "in" / f"IMG_{n:04d}.jpg", n) for n in range(12)]
        size = sum(p.stat().st_size for p in sources)
        with Case.create(root, title="T", timezone="Asia/Almaty", actor="t") as case:
            spacer = fill(disk, leave_bytes=size // 2)
            done = []
            with pytest.raises(KnownError) as raised:
                for result in import_paths(case, [str(tmp_path / "in")], actor="t",
                                           workers=workers):
                    done.append(result)
            message = str(raised.value)
            assert f"The disk holding {root} is full" in message, message
            assert "run it again" in message and "Traceback" not in message
            assert done and all(r.outcome == "imported" for r in done)
            assert f"the files recorded before it filled ({len(done)})" in message
            assert f"Not imported yet: {12 - len(done)};" in message
            assert not any("No space left" in (r.reason or "") for r in done)
            assert len(store.photos.all_photos(case)) == len(done)
            report = verify.verify(case, actor="t")  # on the full disk: it still reports
            assert report.originals_intact == len(done)
        spacer.unlink()
        with Case.open(root) as case:
            results = list(import_paths(case, [str(tmp_path / "in")], actor="t",
                                        workers=workers))
            assert [r.outcome for r in results].count("rejected") == 0
            assert len(store.photos.all_photos(case)) == len(sources)
            report = verify.verify(case, actor="t")
            assert report.intact, report.problems
