"""Videos (MP4, MOV, M4V, 3GP): read as ExifTool reads them, a frame at any moment, imported
and kept exactly like photos."""

from __future__ import annotations

import hashlib
import json
import subprocess
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
from PIL import Image

from evidence import cryptofile, derived, frames, sniff, store, video
from evidence.frames import FrameError, frame_at
from evidence.importer import import_paths
from evidence.inspection import as_json, from_json, inspect_file
from evidence.store import Case
from tests.helpers.videos import frame_number, make_video

VIDEOS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "video"
CORPUS_VIDEOS = sorted(VIDEOS.iterdir()) if VIDEOS.is_dir() else []
ALMATY_SQUARE = "+43.2389+076.8897/"


@cache
def reference(exiftool: str) -> dict[str, dict]:
    """ExifTool's reading of the corpus videos, times in UTC (-api QuickTimeUTC), numbers (-n)."""
    out = subprocess.run([exiftool, "-json", "-n", "-G", "-api", "QuickTimeUTC", "-q", "-q",
                          str(VIDEOS)], capture_output=True, text=True, check=True).stdout
    return {Path(r["SourceFile"]).name: r for r in json.loads(out)}


def _instant(text: str) -> datetime:
    return datetime.strptime(text, "%Y:%m:%d %H:%M:%S%z").astimezone(UTC)


def test_the_corpus_videos_are_there(corpus):
    assert {p.name for p in CORPUS_VIDEOS} >= {"with-gps.mov", "with-gps.mp4", "ftyp3gp5.mp4",
                                               "sample.3gp", "sample_mpeg4.mp4", "xmp480qt.mov"}


@pytest.mark.parametrize("path", CORPUS_VIDEOS, ids=lambda p: p.name)
def test_a_corpus_video_agrees_with_exiftool(path, exiftool):
    ref = reference(exiftool)[path.name]
    obj = as_json(inspect_file(str(path)))
    assert obj["error"] is None
    assert obj["media_type"] == ref["File:MIMEType"]
    # The start: Apple's creationdate (with its offset) where the phone wrote one, else the
    # movie header's creation time, UTC by the specification.
    start = ref.get("QuickTime:CreationDate") or ref["QuickTime:CreateDate"]
    ours = datetime.fromisoformat(obj["taken_utc"].replace("Z", "+00:00"))
    assert abs((ours - _instant(start)).total_seconds()) <= 1
    assert obj["duration_s"] == pytest.approx(ref["QuickTime:Duration"], abs=0.05)
    assert obj["duration_source"] == "container"
    lat, lon = ref.get("Composite:GPSLatitude"), ref.get("Composite:GPSLongitude")
    if lat is None:
        assert obj["latitude"] is None and obj["longitude"] is None
        assert "no_gps" in [f["code"] for f in obj["findings"]]
    else:
        assert (obj["latitude"], obj["longitude"]) == (pytest.approx(lat, abs=1e-6),
                                                       pytest.approx(lon, abs=1e-6))
    assert obj["camera_make"] == ref.get("QuickTime:Make")
    assert obj["camera_model"] == ref.get("QuickTime:Model")
    assert (obj["width"], obj["height"]) == (ref["QuickTime:ImageWidth"],
                                             ref["QuickTime:ImageHeight"])


def test_the_iphone_video_is_dated_by_its_creationdate_and_offset(corpus):
    obj = as_json(inspect_file(str(VIDEOS / "with-gps.mov")))
    assert (obj["taken_local"], obj["taken_offset"], obj["offset_source"]) == \
        ("2019-07-24T11:25:40", "+03:00", "exif")
    assert obj["taken_utc"] == "2019-07-24T08:25:40Z"
    assert obj["altitude_m"] == pytest.approx(28.516)
    assert (obj["camera_make"], obj["camera_model"], obj["software"]) == \
        ("Apple", "iPhone 6", "12.3")


def test_a_video_at_zero_zero_is_flagged_as_a_placeholder(corpus):
    codes = [f["code"] for f in as_json(inspect_file(str(VIDEOS / "ftyp3gp5.mp4")))["findings"]]
    assert "zero_gps" in codes


def test_an_android_video_is_dated_in_utc_by_its_container(tmp_path):
    path = make_video(tmp_path / "VID_20240601_143000.mp4", location=ALMATY_SQUARE,
                      created=datetime(2024, 6, 1, 9, 30, 5, tzinfo=UTC), seconds=2.5)
    found = inspect_file(str(path), "Asia/Almaty")
    obj = as_json(found)
    assert found.is_video and found.media_type == "video/mp4"
    assert found.duration_s == pytest.approx(2.5, abs=0.001)
    assert (obj["taken_utc"], obj["offset_source"]) == ("2024-06-01T09:30:05Z", "container-utc")
    assert (obj["latitude"], obj["longitude"]) == (pytest.approx(43.2389),
                                                   pytest.approx(76.8897))
    assert [f["code"] for f in obj["findings"]] == ["container_time_utc"]  # said, not a doubt


def test_apple_keys_give_offset_position_accuracy_and_device(tmp_path):
    path = make_video(tmp_path / "IMG_0042.MOV", apple={
        "creationdate": "2024-06-01T14:30:00+0500", "location.ISO6709": "+43.2389+076.8897+812.5/",
        "location.accuracy.horizontal": "65.0", "make": "Apple", "model": "iPhone 13",
        "software": "17.5.1"})
    obj = as_json(inspect_file(str(path)))
    assert obj["media_type"] == "video/quicktime"
    assert (obj["taken_local"], obj["taken_offset"], obj["taken_utc"]) == \
        ("2024-06-01T14:30:00", "+05:00", "2024-06-01T09:30:00Z")
    assert (obj["altitude_m"], obj["gps_accuracy_m"]) == (812.5, 65.0)
    assert (obj["camera_make"], obj["camera_model"], obj["software"]) == \
        ("Apple", "iPhone 13", "17.5.1")
    assert [f["code"] for f in obj["findings"]] == ["low_gps_accuracy"]


def test_degrees_and_minutes_positions_are_read(tmp_path):
    path = make_video(tmp_path / "a.mov", apple={"location.ISO6709": "+4314.334+07653.382/"})
    obj = as_json(inspect_file(str(path)))
    assert obj["latitude"] == pytest.approx(43 + 14.334 / 60)
    assert obj["longitude"] == pytest.approx(76 + 53.382 / 60)


def test_a_video_with_no_time_and_no_place_says_so(tmp_path):
    path = make_video(tmp_path / "clip.3gp", created=None)
    obj = as_json(inspect_file(str(path)))
    assert obj["media_type"] == "video/3gpp"
    assert obj["taken_utc"] is None
    messages = {f["code"]: f["message"] for f in obj["findings"]}
    assert set(messages) == {"no_gps", "no_capture_time"}
    assert "video" in messages["no_capture_time"] and "DateTimeOriginal" not in \
        messages["no_capture_time"]


def test_a_video_written_by_an_editor_is_flagged(tmp_path):
    path = make_video(tmp_path / "cut.mov", apple={"software": "CapCut 12.1"})
    findings = {f["code"]: f["message"] for f in as_json(inspect_file(str(path)))["findings"]}
    assert "edited_by_software" in findings and "video editor" in findings["edited_by_software"]


def test_the_kind_comes_from_the_bytes_not_the_name(tmp_path):
    mov = make_video(tmp_path / "a.mov")
    renamed = tmp_path / "holiday.jpg"
    renamed.write_bytes(mov.read_bytes())
    assert inspect_file(str(renamed)).media_type == "video/quicktime"
    assert make_video(tmp_path / "b.m4v").read_bytes()[4:12] == b"ftypM4V "
    assert inspect_file(str(tmp_path / "b.m4v")).media_type == "video/x-m4v"
    assert sniff.media_type(b"\0\0\0\x18ftypM4A \0\0\0\0") is None  # sound only


def test_a_cut_video_is_reported_and_not_read_as_whole(tmp_path):
    whole = make_video(tmp_path / "whole.mp4", seconds=4, size=(320, 240))
    data = whole.read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[:len(data) // 2])
    found = inspect_file(str(cut))
    codes = [f.code for f in found.findings]
    assert found.metadata.error is not None or "truncated_file" in codes
    assert any(c in codes for c in ("truncated_file", "video_undecodable"))


def test_a_sound_only_file_is_no_video(tmp_path):
    import av

    path = tmp_path / "voice.mp4"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("aac", rate=8000)
        frame = av.AudioFrame(format="fltp", layout="mono", samples=1024)
        for plane in frame.planes:
            plane.update(bytes(plane.buffer_size))
        frame.sample_rate, frame.pts = 8000, 0
        out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    found = inspect_file(str(path))
    assert found.metadata.error and "no moving picture" in found.metadata.error


def test_stored_inspections_of_photos_load_without_a_duration():
    old = {"path": "originals/ab/x.jpg", "sha256": "ab" * 32, "media_type": "image/jpeg",
           "offset_source": "exif", "findings": []}
    loaded = from_json(old)
    assert (loaded.media_type, loaded.duration_s, loaded.is_video) == ("image/jpeg", None, False)
    again = from_json(as_json(inspect_file(str(VIDEOS / "with-gps.mov"))))
    assert (again.media_type, again.duration_s) == ("video/quicktime", pytest.approx(4.002))


def test_frame_at_gives_the_frame_of_that_moment(tmp_path):
    path = make_video(tmp_path / "bar.mp4", seconds=4, fps=10, gop=10, size=(160, 96))
    for moment, number in ((0.0, 0), (1.0, 10), (2.35, 23), (3.9, 39), (0.95, 9)):
        image = frame_at(path, moment, max_side=160)
        assert image.size == (160, 96)
        assert frame_number(image) == number, moment


def test_frame_at_reads_an_encrypted_file_through_its_decrypting_reader(tmp_path):
    path = make_video(tmp_path / "bar.mp4", seconds=3, fps=10, size=(160, 96))
    key = bytes(range(32))
    sealed = tmp_path / "bar.enc"
    with open(path, "rb") as src, open(sealed, "wb") as dst:
        cryptofile.encrypt_stream(src, dst, key, b"test-key")
    with cryptofile.open_decrypted(sealed, key) as reader:
        assert frame_number(frame_at(reader, 2.0)) == 20


def test_frame_at_turns_the_picture_upright(tmp_path):
    path = make_video(tmp_path / "upright.mov", size=(160, 96), rotation=90)
    assert frame_at(path, 0.5).size == (96, 160)
    assert frame_at(VIDEOS / "with-gps.mov", 1.0, max_side=320).size == (180, 320)


def test_frame_at_says_why_it_cannot(tmp_path):
    path = make_video(tmp_path / "short.mp4", seconds=2)
    with pytest.raises(FrameError, match="past the video's end"):
        frame_at(path, 30.0)
    with pytest.raises(FrameError, match="not a moment"):
        frame_at(path, -1.0)
    text = tmp_path / "note.txt"
    text.write_text("not a video")
    with pytest.raises(FrameError, match="could not be opened as a video"):
        frame_at(text, 0.0)
    assert frames.DEFAULT_MAX_SIDE >= 640


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="tester") as c:
        yield c


def test_videos_are_imported_whole_with_a_thumbnail_and_the_batch_goes_on(case, tmp_path):
    folder = tmp_path / "visit"
    folder.mkdir()
    upright = make_video(folder / "IMG_0001.MOV", rotation=90, size=(160, 96),
                         apple={"creationdate": "2024-06-01T14:30:00+0500"})
    android = make_video(folder / "VID_0002.mp4", location=ALMATY_SQUARE)
    whole = make_video(tmp_path / "whole.mp4", seconds=4, size=(320, 240)).read_bytes()
    (folder / "VID_0003.mp4").write_bytes(whole[:900])  # cut before its pictures
    results = list(import_paths(case, [str(folder)], actor="tester"))
    outcomes = {Path(r.source).name: r.outcome for r in results}
    assert outcomes == {"IMG_0001.MOV": "imported", "VID_0002.mp4": "imported",
                        "VID_0003.mp4": "rejected"}
    rejected = next(r for r in results if r.outcome == "rejected")
    assert rejected.reason
    photos = {p.name: p for p in store.photos.all_photos(case)}
    for name, source in (("IMG_0001.MOV", upright), ("VID_0002.mp4", android)):
        photo = photos[name]
        stored = case.path_of(photo.stored_path)
        assert stored.read_bytes() == source.read_bytes()  # never re-encoded or remuxed
        assert photo.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
        assert photo.inspection.duration_s == pytest.approx(3.0)
    assert photos["IMG_0001.MOV"].stored_path.endswith(".mov")
    assert photos["IMG_0001.MOV"].media_type == "video/quicktime"
    assert photos["VID_0002.mp4"].stored_path.endswith(".mp4")
    with Image.open(derived.thumbnail_path(case.root, photos["IMG_0001.MOV"].sha256)) as thumb:
        assert thumb.height > thumb.width  # the phone was held upright
    entries = [e for e in store.log.entries(case) if e.action == "import"]
    assert {e.details["media_type"] for e in entries} == {"video/quicktime", "video/mp4"}


def test_a_video_in_an_encrypted_case_is_kept_encrypted(tmp_path):
    source = make_video(tmp_path / "VID.mp4", location=ALMATY_SQUARE, seconds=2)
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="t",
                     passphrase="Жетісу 2024 secret") as case:
        [result] = import_paths(case, [str(source)], actor="t")
        assert result.outcome == "imported"
        [photo] = store.photos.all_photos(case)
        assert case.files.read_bytes(photo.stored_path) == source.read_bytes()
        with case.files.open_read(photo.stored_path) as reader:
            assert frame_at(reader, 1.0).size == (160, 90)
        assert case.files.exists(derived.thumbnail_relpath(photo.sha256))
        middle = source.read_bytes()[-200:-136]
        on_disk = b"".join(p.read_bytes() for p in (tmp_path / "case").rglob("*")
                           if p.is_file())
        assert middle not in on_disk


def test_an_editors_xmp_names_it_and_flags_the_video(corpus, tmp_path):
    found = {f["code"]: f["message"]
             for f in as_json(inspect_file(str(VIDEOS / "xmp480qt.mov")))["findings"]}
    assert "Adobe After Effects 2020" in found["edited_by_software"]  # its history, not Bridge
    path = make_video(tmp_path / "export.mp4", location=ALMATY_SQUARE)
    packet = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
              b'xmp:CreatorTool="Adobe Premiere Pro 2024.0 (Windows)"/></rdf:RDF></x:xmpmeta>')
    box = (24 + len(packet)).to_bytes(4, "big") + b"uuid" + video.XMP_UUID + packet
    with open(path, "ab") as fh:
        fh.write(box)
    obj = as_json(inspect_file(str(path)))
    assert obj["error"] is None and obj["software"] == "Adobe Premiere Pro 2024.0 (Windows)"
    assert "edited_by_software" in [f["code"] for f in obj["findings"]]


def _header_written_later(path: Path, seconds: int) -> Path:
    """`path` with its movie header's modification time moved `seconds` after its creation."""
    data = bytearray(path.read_bytes())
    at = data.find(b"mvhd") + 8  # version and flags, then creation (4 bytes), modification
    created = int.from_bytes(data[at:at + 4], "big")
    data[at + 4:at + 8] = (created + seconds).to_bytes(4, "big")
    changed = path.with_name(f"later-{seconds}{path.suffix}")
    changed.write_bytes(data)
    return changed


def test_a_video_written_again_after_filming_is_flagged(tmp_path):
    clip = make_video(tmp_path / "VID.mp4", location=ALMATY_SQUARE, seconds=3)
    resaved = as_json(inspect_file(str(_header_written_later(clip, 3600))))
    found = {f["code"]: f["message"] for f in resaved["findings"]}
    assert "2024-06-01 10:30:00" in found["modified_after_capture"]
    assert resaved["taken_utc"] == "2024-06-01T09:30:00Z"  # the start stays the creation time
    # stamped when the recording stopped (3 s) and a minute's slack: not a second save
    stopped = as_json(inspect_file(str(_header_written_later(clip, 62))))
    assert "modified_after_capture" not in [f["code"] for f in stopped["findings"]]
    with open(clip, "rb") as fh:
        created, modified = video.header_times(fh) or (None, None)
    assert created == modified == datetime(2024, 6, 1, 9, 30, tzinfo=UTC)
