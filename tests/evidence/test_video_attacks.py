"""The other side's expert against Skver's reading of videos: containers that lie about what
they are or how many pictures they hold, times and offsets no clock gives, ISO 6709 strings
with garbage, rotations no phone writes, two picture streams. Each test says what a user sees."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from evidence import video
from evidence.frames import FrameError, frame_at
from evidence.inspection import as_json, inspect_file
from tests.helpers.videos import make_video

ROOT = Path(__file__).resolve().parents[2]


def _codes(found: dict) -> list[str]:
    return [f["code"] for f in found["findings"]]


def _message(found: dict, code: str) -> str:
    return next(f["message"] for f in found["findings"] if f["code"] == code)


def _patched(source: Path, out: Path, box: bytes, at: int, value: int) -> Path:
    """`source` with the 32-bit field `at` bytes into the first `box`'s payload set."""
    data = bytearray(source.read_bytes())
    start = data.find(box) + 4
    data[start + at:start + at + 4] = struct.pack(">I", value)
    out.write_bytes(bytes(data))
    return out


# --- what the file is --------------------------------------------------------------------

def test_an_ftyp_that_says_mp4_over_other_bytes_is_unreadable_not_cut_short(tmp_path):
    """An MP4 header before a JPEG or before noise: the container cannot be read. Skver does
    not say the file was cut short (it could not know), nor name the folder it was read from."""
    photo = tmp_path / "photo.jpg"
    from PIL import Image
    Image.new("RGB", (64, 48), (90, 90, 90)).save(photo)
    for name, body in (("jpeg-inside.mp4", photo.read_bytes()), ("noise.mp4", os.urandom(5000))):
        fake = tmp_path / name
        fake.write_bytes(b"\0\0\0\x18ftypisom\0\0\x02\0isomiso2" + body)
        found = as_json(inspect_file(str(fake)))
        assert found["media_type"] == "video/mp4"
        assert _codes(found) == ["video_undecodable"]
        assert found["error"] == ("The video's container cannot be read (Invalid data found "
                                  "when processing input).")
        assert str(tmp_path) not in json.dumps(found["findings"])


def test_a_jpeg_named_mp4_is_read_as_the_photo_it_is(tmp_path):
    from PIL import Image
    named = tmp_path / "clip.mp4"
    Image.new("RGB", (64, 48), (90, 90, 90)).save(named, format="JPEG")
    found = as_json(inspect_file(str(named)))
    assert found["media_type"] == "image/jpeg" and found["error"] is None
    assert found.get("duration_s") is None


def test_two_picture_streams_the_first_is_read_and_shown(tmp_path):
    """Its size, length and frames all from the first stream, never mixed with the second."""
    path = tmp_path / "two.mp4"
    with av.open(str(path), "w") as out:
        out.metadata["creation_time"] = "2024-06-01T09:30:00.000000Z"
        first, second = out.add_stream("mpeg4", rate=10), out.add_stream("mpeg4", rate=10)
        for stream, (width, height) in ((first, (160, 90)), (second, (320, 240))):
            stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        for n in range(30):
            for stream, shade in ((first, 40), (second, 220)):
                picture = np.full((stream.height, stream.width, 3), shade, dtype=np.uint8)
                frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
                frame.pts, frame.time_base = n, Fraction(1, 10)
                out.mux(stream.encode(frame))
        out.mux(first.encode(None))
        out.mux(second.encode(None))
    found = as_json(inspect_file(str(path)))
    assert (found["width"], found["height"], found["duration_s"]) == (160, 90, 3.0)
    still = frame_at(path, 1.0)
    assert still.size == (160, 90)
    assert max(still.convert("L").getextrema()) < 100  # the first stream's dark picture


# --- how many pictures -------------------------------------------------------------------

def test_a_small_file_declaring_millions_of_pictures_is_refused_before_ffmpeg(tmp_path):
    """3 KB whose sample table declares pictures of one size: FFmpeg would build an index
    entry for each, in C, before any deadline can stop it (50 million: 3.3 GB and 18 s here).
    The table is read first and the file refused, saying why."""
    clip = make_video(tmp_path / "clip.mp4")
    for count, limit in ((1_000_000, f"its {clip.stat().st_size:,} bytes can hold"),
                         (50_000_000, "a recording has (at most 4,000,000)")):
        bomb = tmp_path / f"bomb-{count}.mp4"
        data = bytearray(clip.read_bytes())
        table = data.find(b"stsz") + 4
        data[table + 4:table + 12] = struct.pack(">II", 100, count)  # size 100 each, count
        bomb.write_bytes(bytes(data))
        found = as_json(inspect_file(str(bomb)))
        assert found["error"] == (f"The video's tables declare {count:,} pictures, more than "
                                  f"{limit}: it is damaged or made to exhaust the computer's "
                                  "memory, and was not read.")
        assert _codes(found) == ["video_undecodable"]
        assert found["duration_s"] is None


def _fragmented(path: Path) -> Path:
    """A 3-second fragmented MP4 (an empty moov, a fragment a keyframe), as a camera streams."""
    with av.open(str(path), "w", format="mp4",
                 options={"movflags": "frag_keyframe+empty_moov"}) as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 160, 90, "yuv420p"
        for n in range(30):
            frame = av.VideoFrame.from_ndarray(np.full((90, 160, 3), n * 5, dtype=np.uint8),
                                               format="rgb24")
            frame.pts, frame.time_base = n, Fraction(1, 10)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def test_a_fragment_declaring_more_samples_than_its_bytes_is_refused(tmp_path):
    """A fragmented MP4 whose first run says 2,000 samples of the default size: without the
    check FFmpeg reads it as 200 seconds long (coverage of a refusal's window it never
    filmed); with ten million, 400 MB."""
    path = _fragmented(tmp_path / "fragmented.mp4")
    assert as_json(inspect_file(str(path)))["duration_s"] == 3.0  # the control
    data = path.read_bytes()
    run = data.find(b"trun") + 4
    assert struct.unpack(">I", data[run:run + 4])[0] & 0xF00 == 0  # no per-sample fields
    inflated = _patched(path, tmp_path / "inflated.mp4", b"trun", 4, 2_000)
    found = as_json(inspect_file(str(inflated)))
    assert found["error"].startswith("The video's tables declare 2,029 pictures, more than "
                                     f"its {inflated.stat().st_size:,} bytes can hold")
    assert found["duration_s"] is None


def test_a_long_real_recording_is_not_refused(tmp_path):
    """The bound is far from any phone's file: a clip of 600 pictures reads whole."""
    clip = make_video(tmp_path / "long.mp4", seconds=60, fps=10)
    found = as_json(inspect_file(str(clip)))
    assert found["error"] is None and found["duration_s"] == 60.0
    with clip.open("rb") as fh:
        assert video.sample_table_problem(fh) is None


# --- when --------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["2024-06-01T14:30:00+1800", "2024-06-01T14:30:00+2500",
                                     "2024-06-01T14:30:00-1500"])
def test_an_offset_no_clock_has_is_not_used(tmp_path, written):
    """Apple's creationdate with an offset outside -12:00 to +14:00 (read as the photo's
    OffsetTimeOriginal is: up to 14 hours): the movie header's UTC time dates the video."""
    clip = make_video(tmp_path / "odd.mov", apple={"creationdate": written})
    found = as_json(inspect_file(str(clip)))
    assert (found["taken_utc"], found["offset_source"]) == ("2024-06-01T09:30:00Z",
                                                             "container-utc")


def test_without_a_header_time_the_local_time_stays_with_no_offset_made_up(tmp_path):
    clip = make_video(tmp_path / "odd.mov", created=None,
                      apple={"creationdate": "2024-06-01T14:30:00+2500"})
    found = as_json(inspect_file(str(clip)))
    assert (found["taken_local"], found["taken_offset"], found["taken_utc"]) == \
        ("2024-06-01T14:30:00", None, None)
    assert found["offset_source"] == "unknown"
    assert "no_capture_time" not in _codes(found)


def test_a_plausible_apple_offset_is_still_read(tmp_path):
    clip = make_video(tmp_path / "almaty.mov", apple={"creationdate": "2024-06-01T15:30:00+0600"})
    found = as_json(inspect_file(str(clip)))
    assert (found["taken_utc"], found["taken_offset"], found["offset_source"]) == \
        ("2024-06-01T09:30:00Z", "+06:00", "exif")


def test_a_start_that_is_no_date_is_shown_not_obeyed(tmp_path):
    clip = make_video(tmp_path / "raw.mov", created=None,
                      apple={"creationdate": "\x1b[2J\u202eINTACT"})
    found = as_json(inspect_file(str(clip)))
    message = _message(found, "no_capture_time")
    assert "(it holds '\\u001b[2J\\u202eINTACT', which is not a date)" in message
    assert "\x1b" not in message and "\u202e" not in message


# --- where -------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["+43.2389+076.8897/\x1b[2J\u202e", "+43.2389\n+076.8897/",
                                     "garbage\x1b[31mRED", "+\u0664\u0663.2389+076.8897/",
                                     "+4.3e1+076.8897/", "+800.000/"])
def test_a_position_that_is_no_iso_6709_is_ignored_and_shown_not_obeyed(tmp_path, written):
    clip = make_video(tmp_path / "where.mov", apple={"location.ISO6709": written})
    found = as_json(inspect_file(str(clip)))
    assert (found["latitude"], found["longitude"]) == (None, None)
    message = _message(found, "invalid_gps")
    assert message.endswith("is not an ISO 6709 position and was ignored.")
    assert not any(ch in message for ch in "\x1b\u202e\n")


def test_91_degrees_is_outside_the_earth(tmp_path):
    clip = make_video(tmp_path / "where.mov", apple={"location.ISO6709": "+91.0000+076.0000/"})
    found = as_json(inspect_file(str(clip)))
    assert found["latitude"] is None
    assert "outside the Earth's range of coordinates" in _message(found, "invalid_gps")


@pytest.mark.parametrize("altitude", ["+" + "9" * 400, "-1000000", "+25000"])
def test_an_altitude_no_phone_records_is_dropped_and_the_json_stays_json(tmp_path, altitude):
    """An altitude of 10^400 m was Infinity in `inspect --json` (not JSON: jq and every strict
    reader refuse it) and in a bundle's manifest; the position is kept, the altitude is not."""
    clip = make_video(tmp_path / "high.mov",
                      apple={"location.ISO6709": f"+43.2389+076.8897{altitude}/"})
    done = subprocess.run([sys.executable, "main.py", "inspect", "--json", str(clip)],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr

    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    [found] = json.loads(done.stdout, parse_constant=refuse)
    assert (found["latitude"], found["longitude"], found["altitude_m"]) == \
        (43.2389, 76.8897, None)


# --- how it is shown ---------------------------------------------------------------------

@pytest.mark.parametrize("rotation, size", [(45, (160, 90)), (30, (160, 90)),
                                            (181, (160, 90)), (90, (90, 160))])
def test_a_rotation_no_phone_writes_is_not_drawn_on_black_corners(tmp_path, rotation, size):
    """Quarter turns are applied (181° as 180°); 45° or 30° are left unapplied, as FFmpeg's
    players do: the still never holds pixels the video does not (black corners of a tilt)."""
    clip = make_video(tmp_path / f"turned-{rotation}.mp4", rotation=rotation)
    still = frame_at(clip, 0.5)
    assert still.size == size
    corners = [still.getpixel((x, y)) for x in (0, still.width - 1)
               for y in (0, still.height - 1)]
    assert all(c != (0, 0, 0) for c in corners), corners


def test_a_video_named_jpg_and_a_photo_named_mp4_are_kept_as_what_they_are(tmp_path):
    """Imported by their bytes: each kept under the suffix of what it is, so the report,
    the redaction and the thumbnails treat the video as a video and the photo as a photo."""
    from PIL import Image

    from evidence import store
    from evidence.importer import import_paths
    from evidence.store import Case

    folder = tmp_path / "visit"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(make_video(tmp_path / "clip.mov").read_bytes())
    Image.new("RGB", (64, 48), (90, 90, 90)).save(folder / "clip.mp4", format="JPEG")
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="t") as case:
        results = list(import_paths(case, [str(folder)], actor="t"))
        assert {r.outcome for r in results} == {"imported"}
        kept = {p.name: p for p in store.photos.all_photos(case)}
    assert (kept["holiday.jpg"].media_type, kept["holiday.jpg"].stored_path[-4:]) == \
        ("video/quicktime", ".mov")
    assert kept["holiday.jpg"].inspection.duration_s == 3.0
    assert (kept["clip.mp4"].media_type, kept["clip.mp4"].stored_path[-4:]) == \
        ("image/jpeg", ".jpg")


def _android_rate_clip(path: Path, capture_fps: float, fps: int = 30,
                       seconds: float = 2.0) -> Path:
    """A clip playing `fps` pictures a second whose 'mdta' key com.android.capture.fps holds
    `capture_fps` as Android's MPEG4Writer writes it: a 32-bit float (data type 23)."""
    with av.open(str(path), "w", format="mp4",
                 options={"movflags": "use_metadata_tags"}) as out:
        out.metadata["com.android.capture.fps"] = "FFFF"  # four bytes, replaced below
        out.metadata["creation_time"] = "2024-06-01T09:30:00.000000Z"
        stream = out.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 160, 90, "yuv420p"
        for n in range(round(seconds * fps)):
            frame = av.VideoFrame.from_ndarray(np.full((90, 160, 3), n % 256, dtype=np.uint8),
                                               format="rgb24")
            frame.pts, frame.time_base = n, Fraction(1, fps)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    data = bytearray(path.read_bytes())
    value = data.find(b"FFFF")
    assert data[value - 8:value - 4] == struct.pack(">I", 1)  # UTF-8, as FFmpeg wrote it
    data[value - 8:value - 4] = struct.pack(">I", 23)
    data[value:value + 4] = struct.pack(">f", capture_fps)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("capture_fps, kind, real", [(240.0, "slow-motion", "0.2"),
                                                      (1.0, "time-lapse", "60.0")])
def test_a_time_lapse_or_slow_motion_video_says_its_length_is_not_the_time_filmed(
        tmp_path, capture_fps, kind, real):
    """Two seconds of playing time are 0.25 s filmed at 240 a second, or a minute at one a
    second: counted as two seconds filmed, a slow-motion clip would claim eight times the
    minutes it covers. Said, with both rates and the real span."""
    clip = _android_rate_clip(tmp_path / f"{kind}.mp4", capture_fps)
    found = as_json(inspect_file(str(clip)))
    assert found["duration_s"] == 2.0
    message = _message(found, "video_not_real_time")
    assert message.startswith(f"The video is a {kind} recording: its camera took "
                              f"{capture_fps:g} pictures a second and it plays them at 30, so "
                              f"its playing time (2 s, about {real} s of real time) is not the "
                              "time it filmed.")
    assert next(f["severity"] for f in found["findings"]
                if f["code"] == "video_not_real_time") == "warning"


def test_a_video_stored_at_the_rate_it_was_filmed_is_real_time(tmp_path):
    """A phone that keeps slow motion's pictures at their real spacing (240 a second in the
    file) and a normal clip whose key says 30: no warning."""
    for capture_fps, fps in ((240.0, 240), (30.0, 30), (29.97, 30)):
        clip = _android_rate_clip(tmp_path / f"real-{fps}.mp4", capture_fps, fps=fps,
                                  seconds=1.0)
        assert "video_not_real_time" not in _codes(as_json(inspect_file(str(clip))))


def _header_v1(source: Path, out: Path, created: int, modified: int) -> Path:
    """`source` (its movie header version 0, the movie box after the data) with a version-1
    movie header (64-bit times) holding `created` and `modified` seconds since 1904."""
    data = bytearray(source.read_bytes())
    at = data.find(b"mvhd") - 4
    size = struct.unpack(">I", data[at:at + 4])[0]
    body = data[at + 8:at + size]
    assert body[0] == 0 and data.find(b"moov") > data.find(b"mdat")
    timescale, duration = struct.unpack(">II", body[12:20])
    wide = b"\x01" + body[1:4] + struct.pack(">QQIQ", created, modified, timescale,
                                             duration) + body[20:]
    header = struct.pack(">I", 8 + len(wide)) + b"mvhd" + wide
    movie = data.find(b"moov") - 4
    data[movie:movie + 4] = struct.pack(
        ">I", struct.unpack(">I", data[movie:movie + 4])[0] + len(header) - size)
    data[at:at + size] = header
    out.write_bytes(bytes(data))
    return out


def test_a_movie_header_time_no_clock_gives_is_no_time_not_a_traceback(tmp_path):
    """A 64-bit creation time of 2**63 seconds after 1904 raised OverflowError out of
    `inspect`; now the header says nothing, and the video has no start time."""
    clip = make_video(tmp_path / "clip.mp4", created=None)
    for created, modified, code in ((2**63, 100, "no_capture_time"),
                                    (2**40, 2**40, "no_capture_time"),
                                    (100, 2**63, "implausible_capture_time")):  # 1904 + 100 s
        odd = _header_v1(clip, tmp_path / "odd.mp4", created, modified)
        with odd.open("rb") as fh:
            assert video.header_times(fh) is None
        found = as_json(inspect_file(str(odd)))
        assert found["error"] is None
        assert code in _codes(found)


def test_a_start_in_the_future_is_critical_and_1904_is_no_time(tmp_path):
    future = as_json(inspect_file(str(make_video(
        tmp_path / "future.mp4", created=datetime(2031, 1, 1, tzinfo=UTC)))))
    assert future["taken_utc"] == "2031-01-01T00:00:00Z"
    assert ("future_capture_time", "critical") in [(f["code"], f["severity"])
                                                   for f in future["findings"]]
    epoch = as_json(inspect_file(str(make_video(
        tmp_path / "epoch.mp4", created=datetime(1904, 1, 1, tzinfo=UTC)))))
    assert epoch["taken_utc"] is None and "no_capture_time" in _codes(epoch)


@pytest.mark.parametrize("written", ["9999-01-01T00:00:00+0000", "9999-12-31T23:59:59-1200",
                                     "0001-01-01T00:00:00+1400"])
def test_a_start_at_the_calendars_edge_is_read_or_refused_never_a_traceback(tmp_path,
                                                                            written):
    """Apple's creationdate in year 9999 (its header saying it was saved 4,000 years later)
    or year 1 with +14:00: converting either overflowed Python's calendar out of inspect.
    Year 9999 at its start is a time (critical, in the future); at the calendar's very edge
    it is no date, and the header's UTC dates the video."""
    clip = make_video(tmp_path / "edge.mov", apple={"creationdate": written})
    edge = _header_v1(clip, tmp_path / "edge-saved.mov", 1, 2**37)
    found = as_json(inspect_file(str(edge)))
    assert found["error"] is None
    if written.startswith("9999-01-01"):
        assert found["taken_utc"] == "9999-01-01T00:00:00Z"
        assert "future_capture_time" in _codes(found)
    else:
        assert (found["taken_utc"], found["offset_source"]) == ("2024-06-01T09:30:00Z",
                                                                 "container-utc")


def test_an_edit_list_that_starts_later_is_followed_as_a_player_shows_it(tmp_path):
    """An edit list starting the picture a second into the recording (as a lossless trim
    writes it): its length is what plays (1 s of the 3), moment 0 shows the picture a player
    shows first (frame 10), and a moment past what plays is refused, not shown from the cut."""
    from tests.helpers.videos import frame_number

    clip = make_video(tmp_path / "clip.mp4")
    data = bytearray(clip.read_bytes())
    edit = data.find(b"elst") + 4
    assert data[edit] == 0 and struct.unpack(">I", data[edit + 4:edit + 8])[0] == 1
    segment, media_time = struct.unpack(">Ii", data[edit + 8:edit + 16])
    track = data.find(b"mdhd") + 4
    track_scale = struct.unpack(">I", data[track + 12:track + 16])[0]
    data[edit + 8:edit + 16] = struct.pack(">Ii", segment // 3, media_time + track_scale)
    trimmed = tmp_path / "trimmed.mp4"
    trimmed.write_bytes(bytes(data))
    found = as_json(inspect_file(str(trimmed)))
    assert found["duration_s"] == 1.0
    assert [frame_number(frame_at(trimmed, t)) for t in (0.0, 0.5)] == [10, 15]
    with pytest.raises(FrameError):
        frame_at(trimmed, 2.5)


def _one_picture(path: Path, width: int, height: int) -> Path:
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=1)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        frame = av.VideoFrame(width, height, "yuv420p")
        frame.pts, frame.time_base = 0, Fraction(1, 1)
        out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def test_pictures_larger_than_any_camera_records_are_not_decoded(tmp_path):
    """A few KB declaring 9472 × 9472 pictures (89.7 million pixels, just past Pillow's bound
    for a photo, 89.5; 8K video is 33): a still of 16000 × 8000 took 2 GB and 5 s. Refused by
    inspect (so import keeps nothing) and by frame_at, saying why."""
    huge = _one_picture(tmp_path / "huge.mp4", 9472, 9472)
    assert huge.stat().st_size < 100_000
    said = ("The video declares 9472 × 9472 pixels a picture, far beyond any camera: it may "
            "be built to exhaust memory, and Skver will not decode its pictures.")
    found = as_json(inspect_file(str(huge)))
    assert found["error"] == said and _codes(found) == ["video_undecodable"]
    with pytest.raises(FrameError, match="9472 × 9472 pixels"):
        frame_at(huge, 0)


def test_a_large_picture_within_the_bound_gives_its_still_scaled(tmp_path):
    """A 4K picture (4096 × 2160) is read, and its still comes scaled to fit."""
    large = _one_picture(tmp_path / "large.mp4", 4096, 2160)
    assert as_json(inspect_file(str(large)))["error"] is None
    assert frame_at(large, 0, max_side=640).size == (640, 338)


def test_a_fragment_hidden_behind_ten_thousand_boxes_is_still_counted(tmp_path):
    """10,001 empty 'free' boxes before the first fragment: the box walk used to stop at
    10,000 and FFmpeg then read the inflated run (a 3 s clip as 200 s)."""
    path = _fragmented(tmp_path / "fragmented.mp4")
    data = bytearray(_patched(path, tmp_path / "inflated.mp4", b"trun", 4, 2_000).read_bytes())
    fragment = data.find(b"moof") - 4
    hidden = tmp_path / "hidden.mp4"
    hidden.write_bytes(bytes(data[:fragment] + b"\0\0\0\x08free" * 10_001 + data[fragment:]))
    found = as_json(inspect_file(str(hidden)))
    assert found["error"].startswith("The video's tables declare 2,029 pictures")
    assert found["duration_s"] is None
