"""Import: every file stored once, exactly as it was, with a result for each."""

from __future__ import annotations

import hashlib
import json
import stat

import pytest
from PIL import Image

from evidence import derived, parallel, store
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers.photos import Shot, write_photo


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="tester") as c:
        yield c


def run(case, *paths, **kwargs):
    return list(import_paths(case, [str(p) for p in paths], actor="tester", **kwargs))


@pytest.mark.slow
def test_the_real_corpus(case, corpus):
    results = run(case, corpus)
    outcomes = [r.outcome for r in results]
    images = [p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower()
              in {".jpg", ".jpeg", ".heic", ".heif", ".tiff"}]
    assert outcomes.count("imported") == len(images)
    assert all(r.reason for r in results if r.outcome == "rejected")
    for photo in store.photos.all_photos(case):
        stored = case.path_of(photo.stored_path)
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == photo.sha256
        assert not stored.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        assert derived.thumbnail_path(case.root, photo.sha256).is_file()


def test_originals_are_byte_identical_and_sources_untouched(case, tmp_path):
    source = write_photo(tmp_path / "in" / "a.jpg", Shot(size=(300, 200)))
    before = (source.read_bytes(), source.stat().st_mtime_ns)
    [result] = run(case, source)
    assert result.outcome == "imported"
    stored = case.path_of(store.photos.by_sha(case, result.sha256).stored_path)
    assert stored.read_bytes() == before[0]
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before


def test_the_same_bytes_are_stored_once_and_each_import_recorded(case, tmp_path):
    a = write_photo(tmp_path / "in" / "a.jpg")
    copy = tmp_path / "in" / "copy of a.jpg"
    copy.write_bytes(a.read_bytes())
    first = run(case, a)
    second = run(case, a, copy)
    assert [r.outcome for r in first + second] == ["imported", "duplicate", "duplicate"]
    assert len(store.photos.all_photos(case)) == 1
    imports = store.photos.all_imports(case)
    assert [i.outcome for i in imports] == ["imported", "duplicate", "duplicate"]
    assert imports[2].source_name == "copy of a.jpg"
    assert len(list((case.root / "originals").rglob("*.jpg"))) == 1


def test_a_bad_file_is_rejected_and_the_batch_goes_on(case, tmp_path):
    folder = tmp_path / "in"
    write_photo(folder / "a.jpg")
    (folder / "b.jpg").write_bytes(b"")
    (folder / "c.txt").write_text("notes")
    write_photo(folder / "d.png", Shot(taken="2022:08:20 19:00:00"))
    results = run(case, folder)
    assert [(r.outcome, bool(r.reason)) for r in results] == [
        ("imported", False), ("rejected", True), ("rejected", True), ("imported", False)]
    assert "empty" in results[1].reason
    assert not list((case.root / "staging").iterdir())
    batch = list(store.log.entries(case))[-1]
    assert batch.action == "import-batch" and batch.details["rejected"] == 2


def test_rows_keep_metadata_time_and_findings(case, tmp_path):
    source = write_photo(tmp_path / "a.jpg", Shot(lat=None, lon=None, offset=None))
    [result] = run(case, source)
    row = store.photos.by_sha(case, result.sha256)
    record = json.loads(row.stored_json)
    # no GPS and no offset: the case's time zone (Asia/Almaty, UTC+6 in 2022) dates it
    assert (record["offset_source"], record["taken_utc"]) == ("case-default",
                                                              "2022-08-20T12:30:00Z")
    assert row.taken_utc == "2022-08-20T12:30:00Z"
    assert "no_gps" in result.findings
    [entry] = [e for e in store.log.entries(case) if e.action == "import"]
    assert entry.object_hash == result.sha256 and entry.details["source_name"] == "a.jpg"


def test_thumbnails_are_upright(case, corpus):
    run(case, corpus / "jpg" / "orientation" / "landscape_6.jpg",
        corpus / "jpg" / "orientation" / "landscape_1.jpg")
    sizes = {}
    for photo in store.photos.all_photos(case):
        with Image.open(derived.thumbnail_path(case.root, photo.sha256)) as thumb:
            sizes[json.loads(photo.stored_json)["width"]] = thumb.size
    # orientation 6 is stored rotated: stored dimensions differ, the thumbnails agree
    assert len(set(sizes.values())) == 1 and max(next(iter(sizes.values()))) == 320


def test_heic_gets_a_display_copy(case, corpus):
    [result] = run(case, corpus / "heic" / "IMG_5195.HEIC")
    with Image.open(derived.display_path(case.root, result.sha256)) as shown:
        assert shown.format == "JPEG" and max(shown.size) <= 2048


def test_derived_files_can_be_rebuilt(case, tmp_path):
    [result] = run(case, write_photo(tmp_path / "a.jpg", Shot(size=(640, 480))))
    thumb = derived.thumbnail_path(case.root, result.sha256)
    thumb.unlink()
    original = case.path_of(store.photos.by_sha(case, result.sha256).stored_path)
    assert derived.make(original, case.root, result.sha256, "image/jpeg") is None
    assert thumb.is_file()


def test_parallel_import_agrees_with_serial(tmp_path, monkeypatch):
    sources = [write_photo(tmp_path / "in" / f"{i}.jpg", Shot(taken=f"2022:08:20 18:{i:02d}:00"))
               for i in range(12)]
    outcomes = {}
    for mode, min_work in (("serial", 1e9), ("parallel", 0.0)):
        monkeypatch.setattr(parallel, "PARALLEL_MIN_WORK_S", min_work)
        with Case.create(tmp_path / mode, title="", timezone=None, actor="t") as case:
            outcomes[mode] = [(r.outcome, r.sha256) for r in run(case, *sources, workers=2)]
    assert outcomes["serial"] == outcomes["parallel"]
    assert [o for o, _ in outcomes["parallel"]] == ["imported"] * 12


def test_progress_and_cancel(case, tmp_path):
    sources = [write_photo(tmp_path / "in" / f"{i}.jpg", Shot(taken=f"2022:08:20 18:{i:02d}:00"))
               for i in range(10)]
    seen = []
    results = run(case, *sources, progress=lambda d, t: seen.append((d, t)),
                  cancelled=lambda: len(seen) >= 4)
    assert len(results) == 4 and seen[-1] == (4, 10)
    assert len(store.photos.all_photos(case)) == 4  # what was done is kept


def test_the_case_folder_itself_is_never_imported(case, tmp_path):
    run(case, write_photo(tmp_path / "a.jpg"))
    results = run(case, case.root)
    assert results and all(r.outcome == "rejected" for r in results)
    assert all("inside the case folder" in r.reason for r in results)
    assert len(store.photos.all_imports(case)) == 1


def test_a_caller_that_stops_listening_keeps_what_was_done(case, tmp_path):
    sources = [write_photo(tmp_path / "in" / f"{i}.jpg", Shot(taken=f"2022:08:20 18:{i:02d}:00"))
               for i in range(40)]
    results = import_paths(case, [str(s) for s in sources], actor="tester")
    first = next(results)
    results.close()  # as when a window is closed mid-import
    assert first.outcome == "imported"
    assert len(store.photos.all_photos(case)) >= 1
    assert list(store.log.entries(case))[-1].action == "import-batch"


def test_an_interrupt_keeps_the_files_already_done(case, tmp_path):
    sources = [write_photo(tmp_path / "in" / f"{i}.jpg", Shot(taken=f"2022:08:20 18:{i:02d}:00"))
               for i in range(12)]
    checks = []

    def interrupt_at_the_fifth() -> bool:
        checks.append(1)
        if len(checks) == 5:
            raise KeyboardInterrupt
        return False

    with pytest.raises(KeyboardInterrupt):
        list(import_paths(case, [str(s) for s in sources], actor="t",
                          cancelled=interrupt_at_the_fifth))
    assert len(store.photos.all_photos(case)) == 5
    assert list(store.log.entries(case))[-1].details["imported"] == 5
