"""Import takes what the user chose and nothing else, and gives every file a result: a folder's
links to elsewhere are reported, not followed; a file of an odd kind is rejected with its reason
and never stops the batch; the custody log names what a lawyer needs and counts the rest."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from PIL import Image

from evidence import sniff, store, verify
from evidence.importer import LINK_OUTSIDE, import_paths
from evidence.store import Case
from tests.helpers.oddfiles import fits, sun_raster
from tests.helpers.photos import Shot, write_photo


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="t") as c:
        yield c


def run(case, *paths, **kwargs):
    return list(import_paths(case, [str(p) for p in paths], actor="t", **kwargs))


def batch_entry(case):
    return [e for e in store.log.entries(case) if e.action == "import-batch"][-1]


def log_text(case) -> str:
    return "\n".join(str(e.details) for e in store.log.entries(case))


# -- links ----------------------------------------------------------------------------------

@pytest.fixture
def home(tmp_path) -> Path:
    """A home folder with private files and images that are not evidence of anything."""
    home = tmp_path / "home" / "aigerim"
    write_photo(home / ".local" / "toolchain" / "icons" / "logo.jpg")
    write_photo(home / "Pictures" / "family.jpg", Shot(taken="2021:01:01 10:00:00"))
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_text("PRIVATE KEY")
    return home


def test_a_link_to_outside_the_folder_is_reported_not_followed(case, tmp_path, home):
    folder = tmp_path / "visit"
    write_photo(folder / "IMG_0001.jpg")
    (folder / "home").symlink_to(home, target_is_directory=True)
    (folder / "secret.jpg").symlink_to(home / "Pictures" / "family.jpg")
    results = run(case, folder)
    assert [(Path(r.source).name, r.outcome) for r in results] == [
        ("IMG_0001.jpg", "imported"), ("home", "rejected"), ("secret.jpg", "rejected")]
    assert results[1].reason == results[2].reason == LINK_OUTSIDE
    assert len(store.photos.all_photos(case)) == 1
    batch = batch_entry(case)
    assert batch.details["rejected_files"] == [
        {"source": "home", "reason": LINK_OUTSIDE},
        {"source": "secret.jpg", "reason": LINK_OUTSIDE}]
    text = log_text(case)
    assert "family" not in text and "id_ed25519" not in text and "toolchain" not in text
    assert str(home) not in text
    assert verify.verify(case, actor="t").intact


def test_a_linked_file_inside_the_folder_is_recorded_under_its_real_path(case, tmp_path):
    folder = tmp_path / "visit"
    photo = write_photo(folder / "DCIM" / "IMG_0001.jpg")
    (folder / "best.jpg").symlink_to(photo)
    (folder / "again").symlink_to(folder / "DCIM", target_is_directory=True)
    results = run(case, folder)
    assert [r.outcome for r in results] == ["imported"]  # the photo once, by its real path
    [entry] = [e for e in store.log.entries(case) if e.action == "import"]
    assert entry.details["source_path"] == "DCIM/IMG_0001.jpg"


def test_a_chosen_folder_that_is_itself_a_link_is_walked(case, tmp_path):
    real = tmp_path / "card"
    write_photo(real / "IMG_0001.jpg")
    chosen = tmp_path / "card-link"
    chosen.symlink_to(real, target_is_directory=True)
    assert [r.outcome for r in run(case, chosen)] == ["imported"]


def test_a_link_loop_ends(case, tmp_path):
    folder = tmp_path / "visit"
    write_photo(folder / "IMG_0001.jpg")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "dangling.jpg").symlink_to(tmp_path / "gone.jpg")
    results = run(case, folder)
    assert [(Path(r.source).name, r.outcome, r.reason) for r in results] == [
        ("IMG_0001.jpg", "imported", None), ("dangling.jpg", "rejected", LINK_OUTSIDE)]


# -- what the custody log names -------------------------------------------------------------

def test_files_that_are_no_image_are_counted_not_named(case, tmp_path):
    folder = tmp_path / "Documents"
    write_photo(folder / "IMG_0001.jpg")
    for n in range(300):
        (folder / "letters" / f"lawyer-{n}.txt").parent.mkdir(parents=True, exist_ok=True)
        (folder / "letters" / f"lawyer-{n}.txt").write_text("private")
    (folder / "cut.jpg").write_bytes(b"")                      # a photo that is empty
    (folder / "IMG_0002.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 40)  # damaged
    results = run(case, folder)
    assert len(results) == 303
    assert sum(r.outcome == "rejected" for r in results) == 302
    details = batch_entry(case).details
    assert details["rejected"] == 302
    assert details["not_images"] == 300
    assert sorted(f["source"] for f in details["rejected_files"]) == ["IMG_0002.jpg", "cut.jpg"]
    assert "lawyer" not in log_text(case)


# -- odd files ------------------------------------------------------------------------------

def test_a_sun_raster_and_a_fits_file_are_rejected_and_the_batch_goes_on(case, tmp_path):
    folder = tmp_path / "in"
    write_photo(folder / "a.jpg")
    sun_raster(folder / "b.ras")
    fits(folder / "c.fits")
    write_photo(folder / "d.jpg", Shot(taken="2022:08:20 19:00:00"))
    for _ in range(2):  # the second run too: nothing left behind makes it crash
        results = run(case, folder)
        assert [r.outcome for r in results][1:3] == ["rejected", "rejected"]
        assert "Sun Raster" in results[1].reason and "FITS" in results[2].reason
        assert all("not a photo format" in r.reason for r in results[1:3])
    assert [r.outcome for r in results] == ["duplicate", "rejected", "rejected", "duplicate"]
    assert len(store.photos.all_photos(case)) == 2
    assert not list((case.root / "staging").iterdir())
    assert {f["source"] for f in batch_entry(case).details["rejected_files"]} == {
        "b.ras", "c.fits"}
    assert verify.verify(case, actor="t").intact


def _odd_files(folder: Path, seed: int) -> list[Path]:
    """Every format Pillow writes, a few cut or mangled photos, random bytes and odd entries."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    image = Image.new("RGB", (8, 6), (200, 30, 30))
    for fmt in ("BMP", "DIB", "ICO", "PCX", "PPM", "TGA", "SGI", "DDS", "QOI", "MSP",
                "XBM", "SPIDER", "PDF", "JPEG2000", "ICNS", "BLP", "PALM", "EPS"):
        path = folder / f"x.{fmt.lower()}"
        try:
            converted = image.convert("1") if fmt in ("MSP", "XBM", "PALM") else image
            converted.save(path, fmt)
        except (OSError, ValueError, KeyError):
            continue  # a writer this Pillow lacks (EPS needs Ghostscript)
        made.append(path)
    made += [sun_raster(folder / "x.ras"), fits(folder / "x.fits")]
    rng = random.Random(seed)
    photo = write_photo(folder / "real.jpg").read_bytes()
    for n in range(12):
        data = bytearray(photo)
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        cut = data[:rng.randrange(1, len(data))] if n % 3 == 0 else data
        (folder / f"mangled-{n}.jpg").write_bytes(bytes(cut))
        (folder / f"noise-{n}.jpg").write_bytes(rng.randbytes(rng.randint(1, 3000)))
    os.mkfifo(folder / "pipe.jpg")
    (folder / "empty.jpg").write_bytes(b"")
    return made


@pytest.mark.parametrize("workers", [1, 2])
def test_a_fuzz_of_odd_files_each_gets_a_result_and_nothing_stops(case, tmp_path, workers):
    folder = tmp_path / "odd"
    made = _odd_files(folder, seed=workers)
    assert len(made) >= 15
    given = sorted(p.name for p in folder.iterdir())
    results = run(case, folder, workers=workers)
    assert sorted(Path(r.source).name for r in results) == given
    assert all(r.outcome in ("imported", "duplicate", "rejected") for r in results)
    assert all(r.reason for r in results if r.outcome == "rejected")
    for photo in store.photos.all_photos(case):
        assert photo.media_type in sniff.PHOTO_TYPES
    assert "real.jpg" in {Path(r.source).name for r in results if r.outcome == "imported"}
    again = run(case, folder, workers=workers)  # a re-run finds what the first left
    assert [r.outcome for r in again].count("imported") == 0
    assert verify.verify(case, actor="t").intact
