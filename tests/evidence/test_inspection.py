"""Batches: order, progress, cancel, and the JSON shape other tools rely on."""

from __future__ import annotations

import pytest

from evidence import inspection, parallel
from evidence.inspection import as_json, inspect_file, inspect_many
from tests.helpers.photos import Shot, write_photo
from tests.helpers.records import JSON_KEYS


def batch(tmp_path, n: int) -> list[str]:
    shots = [Shot(taken=f"2022:08:20 18:{i % 60:02d}:00") for i in range(n)]
    return [str(write_photo(tmp_path / f"{i:03d}.jpg", shot)) for i, shot in enumerate(shots)]


@pytest.fixture
def force_processes(monkeypatch):
    """Worker processes even for a batch of small files, which would otherwise run serially."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN_WORK_S", 0.0)


def test_small_batches_run_without_worker_processes(tmp_path, monkeypatch):
    def no_pool(*_args, **_kwargs):
        raise AssertionError("a worker pool was started for three small files")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    assert len(list(inspect_many(batch(tmp_path, 3), workers=2))) == 3


@pytest.fixture
def pools_started(monkeypatch) -> list[int]:
    """The worker count of every process pool started while the test runs."""
    started: list[int] = []
    real_pool = parallel.ProcessPoolExecutor

    def spy(*args, **kwargs):
        started.append(kwargs["max_workers"])
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", spy)
    return started


def test_large_batches_use_worker_processes(tmp_path, monkeypatch, pools_started):
    monkeypatch.setattr(parallel, "SERIAL_COST_PER_FILE_S", 1.0)  # as if each file were huge
    assert len(list(inspect_many(batch(tmp_path, 3), workers=2))) == 3
    assert pools_started == [2]


def test_isolated_runs_always_use_worker_processes(tmp_path, pools_started):
    # The GUI's choice: a hostile file must not hang or crash the window's process.
    results = list(inspect_many(batch(tmp_path, 1), workers=1, isolated=True))
    assert len(results) == 1 and results[0].metadata.error is None
    assert pools_started == [1]


def test_parallel_results_come_in_input_order_with_progress(tmp_path, force_processes):
    paths = batch(tmp_path, 40)
    seen = []
    results = list(inspect_many(paths, workers=2, progress=lambda d, t: seen.append((d, t))))
    assert [r.metadata.path for r in results] == paths
    assert seen[-1] == (40, 40) and len(seen) == 40


def test_parallel_and_serial_agree(tmp_path, force_processes):
    paths = batch(tmp_path, 20)
    assert list(inspect_many(paths, workers=2)) == list(inspect_many(paths, workers=1))


def test_cancel_stops_early(tmp_path, force_processes):
    paths = batch(tmp_path, 30)
    done = []
    results = list(inspect_many(paths, workers=2, progress=lambda d, t: done.append(d),
                                cancelled=lambda: len(done) >= 5))
    assert len(results) == 5


def test_json_shape(tmp_path):
    shot = Shot(subsec="25", offset="+06:00")
    obj = as_json(inspect_file(str(write_photo(tmp_path / "a.jpg", shot))))
    assert set(obj) == JSON_KEYS
    assert obj["taken_local"] == "2022-08-20T18:30:00.250000"
    assert obj["taken_offset"] == "+06:00"
    assert obj["taken_utc"] == "2022-08-20T12:30:00.250000Z"
    assert obj["offset_source"] == "exif"
    assert obj["findings"] == [] and obj["error"] is None


def test_json_of_an_unreadable_file_keeps_what_was_read(tmp_path):
    (tmp_path / "x.txt").write_text("not a photo")
    obj = as_json(inspect_file(str(tmp_path / "x.txt")))
    assert set(obj) == JSON_KEYS
    assert obj["error"] and obj["sha256"] and obj["size_bytes"] == 11
    assert obj["findings"][0]["code"] == "not_an_image"


def test_from_json_is_the_inverse_of_as_json(tmp_path, corpus):
    # A case keeps only the JSON; what the app shows from it must be what was inspected.
    for path in (write_photo(tmp_path / "a.jpg", Shot(subsec="5", offset="+06:00")),
                 corpus / "jpg" / "gps" / "DSCN0010.jpg", corpus / "heic" / "IMG_5195.HEIC"):
        original = inspect_file(str(path))
        rebuilt = inspection.from_json(as_json(original))
        assert as_json(rebuilt) == as_json(original)
        assert rebuilt.findings == original.findings
        assert rebuilt.time.zone == original.time.zone
