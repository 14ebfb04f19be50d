"""Redaction: the original untouched, the region unreadable, the rest as it was, all recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageStat

from evidence import face_proposals, redaction, store, verify
from evidence.errors import KnownError
from evidence.importer import import_paths
from evidence.store import Case, schema
from tests.helpers.files import sha256_of
from tests.helpers.old_cases import old_case
from tests.helpers.photos import Shot, busy_image, exif_for, write_photo

SIZE = (480, 360)
FACE = redaction.region(100, 80, 120, 96, "face")


def new_case(tmp_path: Path, image: Image.Image | None = None,
             orientation: int | None = None) -> tuple[Case, int]:
    case = Case.create(tmp_path / "case", title="t", timezone="Asia/Almaty", actor="t")
    path = tmp_path / "in" / "p.jpg"
    if orientation is None:
        write_photo(path, Shot(), image or busy_image(), quality=95)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        exif = exif_for(Shot())
        exif[0x0112] = orientation
        (image or busy_image()).save(path, "JPEG", exif=exif, quality=95)
    [result] = import_paths(case, [str(path)], actor="t")
    return case, result.photo_id


def pixels(path: Path, box: tuple[int, int, int, int]) -> ImageStat.Stat:
    with Image.open(path) as image:
        return ImageStat.Stat(image.convert("L").crop(box))


def difference(a: Path, b: Image.Image, box: tuple[int, int, int, int]) -> float:
    from PIL import ImageChops

    with Image.open(a) as image:
        diff = ImageChops.difference(image.convert("L").crop(box), b.convert("L").crop(box))
    return ImageStat.Stat(diff).mean[0]


@pytest.mark.parametrize("method", ["black", "blur"])
def test_redaction_changes_only_the_region_and_never_the_original(tmp_path, method):
    case, photo_id = new_case(tmp_path)
    stored = case.path_of(store.photos.all_photos(case)[0].stored_path)
    before = stored.read_bytes()
    done = redaction.apply(case, photo_id, [FACE], method, "aigerim")
    out = redaction.redacted_path(case.root, done.photo_sha256)
    assert stored.read_bytes() == before and sha256_of(stored) == done.photo_sha256
    assert sha256_of(out) == done.derived_sha256
    inside = pixels(out, FACE.box)
    original_inside = pixels(stored, FACE.box)
    if method == "black":
        assert inside.extrema[0][1] <= 16           # all near zero
    else:  # the fine detail is gone: the spread of pixel values collapses
        assert inside.var[0] < original_inside.var[0] / 20
    # away from the region's edge (JPEG works in 8-pixel blocks) the image is as it was
    with Image.open(stored) as original:
        assert difference(out, original, (260, 0, SIZE[0], SIZE[1])) < 6
        assert difference(out, original, (0, 200, SIZE[0], SIZE[1])) < 6
    case.close()


def test_the_custody_log_records_regions_method_and_hash(tmp_path):
    case, photo_id = new_case(tmp_path)
    done = redaction.apply(case, photo_id, [FACE, redaction.parse_region("300,250,80,30:plate")],
                           "blur", "aigerim")
    entry = list(store.log.entries(case))[-1]
    assert entry.action == "redaction-set" and entry.actor == "aigerim"
    assert entry.details["method"] == "blur"
    assert entry.details["derived_sha256"] == done.derived_sha256
    assert entry.details["photo_sha256"] == done.photo_sha256
    assert entry.details["regions"] == [
        {"x": 100, "y": 80, "w": 120, "h": 96, "reason": "face"},
        {"x": 300, "y": 250, "w": 80, "h": 30, "reason": "plate"}]
    assert redaction.get(case, photo_id) == done
    case.close()


def test_the_redacted_file_is_rebuilt_to_the_same_bytes(tmp_path):
    case, photo_id = new_case(tmp_path)
    done = redaction.apply(case, photo_id, [FACE], "blur", "t")
    out = redaction.redacted_path(case.root, done.photo_sha256)
    first = out.read_bytes()
    out.unlink()
    assert redaction.rebuild(case) == []
    assert out.read_bytes() == first
    assert redaction.render(case.path_of(done.stored_path), done.regions, "blur") == first
    case.close()


def test_regions_are_in_upright_pixels(tmp_path):
    # stored 480×360 turned 90° clockwise on display: upright it is 360×480
    case, photo_id = new_case(tmp_path, orientation=6)
    with pytest.raises(KnownError, match="360×480"):
        redaction.apply(case, photo_id, [redaction.region(0, 0, 400, 10)], "black", "t")
    done = redaction.apply(case, photo_id, [redaction.region(0, 400, 360, 80)], "black", "t")
    with Image.open(redaction.redacted_path(case.root, done.photo_sha256)) as image:
        assert image.size == (360, 480)
    case.close()


@pytest.mark.parametrize("text", ["1,2,3", "a,b,c,d", "0,0,0,5", "1,1,5,5:tattoo"])
def test_a_bad_region_is_a_known_error(text):
    with pytest.raises(KnownError):
        redaction.parse_region(text)


def test_a_region_outside_the_image_is_refused_and_nothing_recorded(tmp_path):
    case, photo_id = new_case(tmp_path)
    entries = len(list(store.log.entries(case)))
    with pytest.raises(KnownError, match="outside the image"):
        redaction.apply(case, photo_id, [redaction.region(400, 300, 100, 10)], "blur", "t")
    assert len(list(store.log.entries(case))) == entries
    assert redaction.get(case, photo_id) is None
    case.close()


def test_remove_forgets_the_redaction_and_verify_stays_intact(tmp_path):
    case, photo_id = new_case(tmp_path)
    done = redaction.apply(case, photo_id, [FACE], "black", "t")
    assert verify.verify(case, actor="t").intact
    redaction.remove(case, photo_id, "t")
    assert redaction.get(case, photo_id) is None
    assert not redaction.redacted_path(case.root, done.photo_sha256).exists()
    assert list(store.log.entries(case))[-1].action == "redaction-removed"
    result = verify.verify(case, actor="t")
    assert result.intact, result.problems
    with pytest.raises(KnownError, match="no redaction"):
        redaction.remove(case, photo_id, "t")
    case.close()


def test_verify_notices_a_redaction_changed_outside_skver(tmp_path):
    case, photo_id = new_case(tmp_path)
    done = redaction.apply(case, photo_id, [FACE], "black", "t")
    redaction.redacted_path(case.root, done.photo_sha256).write_bytes(b"not it")
    result = verify.verify(case, actor="t")
    assert result.intact and any("redacted copy" in n for n in result.notes)
    case.conn.execute("UPDATE redactions SET regions = '[]'")
    result = verify.verify(case, actor="t")
    assert any("Redaction" in p and "outside Skver" in p for p in result.problems)
    case.close()


def test_a_case_from_before_redaction_is_migrated(tmp_path, monkeypatch):
    photo = write_photo(tmp_path / "in" / "p.jpg", Shot(), busy_image(), quality=95)
    old_case(tmp_path / "case", [photo], monkeypatch, version=2)  # as that Skver imported it
    with Case.open(tmp_path / "case") as case:
        [photo_id] = [p.id for p in store.photos.all_photos(case)]
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == schema.current_version()
        assert list(store.log.entries(case))[-1].action == "schema-migrated"
        redaction.apply(case, photo_id, [FACE], "blur", "t")
        assert verify.verify(case, actor="t").intact


@pytest.mark.slow
def test_face_proposals_run_offline_and_stay_inside_the_image(corpus):
    """Not a test of how good the detector is (a Haar cascade misses and imagines faces):
    that it runs on real camera files and every proposal is a valid region."""
    for name in ("jpg/exif-org/sony-d700.jpg", "jpg/orientation/portrait_6.jpg",
                 "jpg/gps/DSCN0010.jpg"):
        path = corpus / name
        with Image.open(path) as image:
            from PIL import ImageOps
            width, height = ImageOps.exif_transpose(image).size
        for r in face_proposals.propose(path, detect_px=800):
            assert r.reason == "face" and r.w > 0 and r.h > 0
            assert r.x >= 0 and r.y >= 0
            assert r.x + r.w <= width and r.y + r.h <= height


@pytest.mark.slow
def test_face_proposals_find_the_people_at_the_counter(corpus):
    """sony-d700.jpg shows two men facing the camera: both faces are proposed."""
    proposed = face_proposals.propose(corpus / "jpg/exif-org/sony-d700.jpg")
    centres = [(r.x + r.w / 2, r.y + r.h / 2) for r in proposed]
    assert any(90 < x < 150 and 70 < y < 130 for x, y in centres)
    assert any(230 < x < 280 and 120 < y < 170 for x, y in centres)
