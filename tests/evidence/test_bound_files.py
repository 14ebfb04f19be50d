"""An encrypted case's files are bound to their place: a thumbnail or an original swapped with
another's is refused by name, and verify says so; files of the older, unbound format still read
and are upgraded by rebuild-derived."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from evidence import casefiles, casekeys, cryptofile, derived, places, store, verify
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers.photos import Shot, write_photo

SECRET = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    casekeys.lock()


@pytest.fixture
def case_of_two(tmp_path) -> tuple[Path, list]:
    """An encrypted case with a red photo and a blue one."""
    sources = []
    for name, colour in (("red.jpg", (220, 20, 20)), ("blue.jpg", (20, 20, 220))):
        path = write_photo(tmp_path / "in" / name, Shot(taken="2024:05:10 11:00:00"))
        image = Image.new("RGB", (480, 360), colour)
        image.save(path, exif=Image.open(path).getexif())
        sources.append(str(path))
    root = tmp_path / "case"
    with Case.create(root, title="t", timezone="Asia/Almaty", actor="t",
                     passphrase=SECRET) as case:
        results = import_paths(case, sources, actor="t", workers=1)
        assert [r.outcome for r in results] == ["imported", "imported"]
        photos = store.photos.all_photos(case)
    return root, sorted(photos, key=lambda p: p.id)


def _colour(data: bytes) -> tuple[int, ...]:
    return Image.open(io.BytesIO(data)).convert("RGB").getpixel((10, 10))


def _swap(a: Path, b: Path) -> None:
    temp = a.with_name("swapping")
    os.replace(a, temp)
    os.replace(b, a)
    os.replace(temp, b)


def test_swapped_thumbnails_are_refused_by_name_and_verify_says_so(case_of_two):
    root, (red, blue) = case_of_two
    with Case.open(root) as case:
        red_thumb, blue_thumb = (derived.thumbnail_relpath(p.sha256) for p in (red, blue))
        assert _colour(case.files.read_bytes(red_thumb))[0] > 150  # red, before the swap
        _swap(case.files.physical(red_thumb), case.files.physical(blue_thumb))
        with pytest.raises(cryptofile.Misplaced, match=f"{red_thumb} was moved or swapped"):
            case.files.read_bytes(red_thumb)
        with pytest.raises(cryptofile.Misplaced, match=f"{blue_thumb} was moved or swapped"):
            case.files.read_bytes(blue_thumb)
        report = verify.verify(case, actor="t")
    assert not report.intact
    swapped = [p for p in report.problems if "moved or swapped" in p]
    assert len(swapped) == 2 and any(red_thumb in p for p in swapped), report.problems


def test_swapped_originals_are_refused_by_name_and_verify_says_so(case_of_two):
    root, (red, blue) = case_of_two
    with Case.open(root) as case:
        _swap(case.files.physical(red.stored_path), case.files.physical(blue.stored_path))
        with pytest.raises(cryptofile.Misplaced, match="was moved or swapped"):
            case.files.read_bytes(red.stored_path)
        report = verify.verify(case, actor="t")
    assert not report.intact
    assert any(red.stored_path in p and "moved or swapped" in p for p in report.problems), \
        report.problems


def test_the_older_unbound_format_still_reads_is_noted_and_rebuild_binds_it(case_of_two):
    root, (red, _blue) = case_of_two
    key = casekeys.unlocked(root)
    files = casefiles.for_root(root, key)
    assert isinstance(files, casefiles.EncryptedFiles)
    thumb = derived.thumbnail_relpath(red.sha256)
    plain = files.read_bytes(thumb)
    original = files.read_bytes(red.stored_path)
    # Write both as an older Skver did: encrypted, bound to no place.
    for relpath, data in ((thumb, plain), (red.stored_path, original)):
        target = files.physical(relpath)
        target.chmod(0o644)
        target.write_bytes(cryptofile.encrypt_bytes(data, files._file_key, files._key_id))
    files.physical(red.stored_path).chmod(0o444)
    assert not files.is_bound(thumb) and not files.is_bound(red.stored_path)
    assert files.read_bytes(thumb) == plain and files.read_bytes(red.stored_path) == original
    with Case.open(root) as case:
        report = verify.verify(case, actor="t")
        assert report.intact, report.problems
        assert any("older format" in n and "rebuild-derived" in n for n in report.notes), \
            report.notes
        assert places.upgrade_unbound(case) == 2
        assert case.files.is_bound(thumb) and case.files.is_bound(red.stored_path)
        assert case.files.read_bytes(red.stored_path) == original
        assert not os.stat(case.files.physical(red.stored_path)).st_mode & 0o222
        report = verify.verify(case, actor="t")
        assert report.intact and not any("older format" in n for n in report.notes)


def test_the_format_keeps_its_unbound_api_for_other_callers():
    key = bytes(range(32))
    sealed = cryptofile.encrypt_bytes(b"bundle bytes", key, b"info")
    assert sealed[6] == cryptofile.VERSION  # bundles and temp files are written as before
    assert cryptofile.decrypt_bytes(sealed, key) == b"bundle bytes"
    bound = cryptofile.encrypt_bytes(b"thumb", key, b"info", bind=b"derived/a")
    assert cryptofile.decrypt_bytes(bound, key, bind=b"derived/a") == b"thumb"
    assert cryptofile.decrypt_bytes(bound, key) == b"thumb"  # a reader that does not ask
    with pytest.raises(cryptofile.Misplaced):
        cryptofile.decrypt_bytes(bound, key, bind=b"derived/b")
    forged = bytearray(bound)  # the place itself edited to pass: the header's tag catches it
    forged[6 + 2 + 4 + 23:6 + 2 + 4 + 23 + cryptofile.PLACE] = cryptofile.place(key, b"derived/b")
    with pytest.raises(cryptofile.CorruptFile):
        cryptofile.decrypt_bytes(bytes(forged), key, bind=b"derived/b")
    with io.BytesIO(bound) as fh:
        assert cryptofile.header_info(fh) == b"info"


def test_rebuild_derived_on_the_command_line_binds_the_older_files(case_of_two, capsys):
    import cli

    root, (red, _blue) = case_of_two
    files = casefiles.for_root(root)
    assert isinstance(files, casefiles.EncryptedFiles)
    target = files.physical(red.stored_path)
    data = files.read_bytes(red.stored_path)
    target.chmod(0o644)
    target.write_bytes(cryptofile.encrypt_bytes(data, files._file_key, files._key_id))
    assert cli.main(["case", "rebuild-derived", "--case", str(root)]) == 0
    assert "1 encrypted file of the older format was rewritten" in capsys.readouterr().out
    assert files.is_bound(red.stored_path) and files.read_bytes(red.stored_path) == data
