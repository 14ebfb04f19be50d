"""Test videos made here with PyAV: a few seconds of moving picture with the container metadata
a phone writes (QuickTime `creation_time`, Android's `location`, Apple's keys)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image

from evidence import observations
from evidence.importer import import_paths
from evidence.model import Observation, Tag
from evidence.store import Case
from tests.helpers.casework import INSIDE, add_claim, add_photo, add_venue

AT_VENUE = f"{INSIDE[0]:+.4f}{INSIDE[1]:+09.4f}/"   # Android's `location` of the venue
FILMED = datetime(2022, 8, 20, 12, 29, tzinfo=UTC)  # 18:29 in Almaty, inside the window


def make_video(path: Path, *, seconds: float = 3.0, fps: int = 10,
               size: tuple[int, int] = (160, 90),
               created: datetime | None = datetime(2024, 6, 1, 9, 30, tzinfo=UTC),
               location: str | None = None, apple: dict[str, str] | None = None,
               rotation: int = 0, gop: int = 10, container: str | None = None,
               bit_rate: int | None = None) -> Path:
    """Writes an H.264 clip of `seconds` to `path` (its suffix picks MP4, MOV, M4V or 3GP
    unless `container` names the muxer) and returns it.

    `created` becomes the movie header's `creation_time` (UTC, as the specification says;
    None: no time); `location` Android's ISO 6709 `location` (`"+43.2389+076.8897/"`);
    `apple` Apple's `com.apple.quicktime.*` keys ({"creationdate": "2024-06-01T14:30:00+0500",
    "location.ISO6709": ..., "make": "Apple"}), written as 'mdta' keys; `rotation` the
    display matrix's rotation in degrees (a phone held upright records 90). The picture is a
    bar that moves across, so each frame differs: frame n has its bar's left edge at column
    n * 4 (mod width; `frame_number` reads it back), and its top-left corner's red channel is
    n * 5 (mod 256)."""
    metadata: dict[str, str] = {}
    if created is not None:
        metadata["creation_time"] = created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if location is not None:
        metadata["location"] = location
    for key, value in (apple or {}).items():
        metadata[f"com.apple.quicktime.{key}"] = value
    options = {"movflags": "use_metadata_tags"} if apple else {}
    width, height = size
    with av.open(str(path), "w", format=container or _muxer(path), options=options) as out:
        out.metadata.update(metadata)
        stream = out.add_stream("libx264" if _has("libx264") else "mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.codec_context.gop_size = gop
        if bit_rate:
            stream.codec_context.bit_rate = bit_rate
        if "creation_time" in metadata:
            stream.metadata["creation_time"] = metadata["creation_time"]
        if rotation:
            stream.set_display_rotation(-rotation)  # ffmpeg's angle is counter-clockwise
        for n in range(round(seconds * fps)):
            picture = np.full((height, width, 3), 40, dtype=np.uint8)
            column = (n * 4) % width
            picture[:, column:column + 8] = (230, 200, 30)
            picture[0:4, 0:4] = ((n * 5) % 256, 0, 0)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts, frame.time_base = n, Fraction(1, fps)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


@dataclass(frozen=True)
class VideoCase:
    root: Path
    clip: Path
    video: int          # the clip's photo id
    still: int | None   # the still photo's, if asked for


def filmed_case(folder: Path, *, seconds: float = 120, fps: int = 2, name: str = "square.mp4",
               title: str = "Video", size: tuple[int, int] = (320, 180), still: bool = False,
               observed_at: float | None = None, people: int | None = None) -> VideoCase:
    """A case (Asia/Almaty) in `folder`/case with a refusal of 2022-08-20 18:00-19:00 at a venue
    (repair works) and a `make_video` clip filmed there from 18:29, imported; `still`: a
    photo taken there at 18:40 too; `observed_at`: Aigerim's observation of no repair activity
    at that second of the clip (`people` its count)."""
    clip = make_video(folder / name, seconds=seconds, fps=fps, size=size, created=FILMED,
                      location=AT_VENUE)
    root = folder / "case"
    with Case.create(root, title=title, timezone="Asia/Almaty", actor="t") as case:
        add_claim(case, add_venue(case), "2022-08-20 18:00", "2022-08-20 19:00",
                  "repair_works")
        [result] = import_paths(case, [str(clip)], actor="t")
        photo = add_photo(case, folder, "still.jpg", "2022-08-20 18:40") if still else None
        if observed_at is not None:
            observations.add(case, Observation(result.photo_id, "Aigerim",
                                               (Tag.NO_REPAIR_ACTIVITY,), people,
                                               at_s=observed_at), "Aigerim")
    return VideoCase(root, clip, result.photo_id, photo)


def frame_number(image: Image.Image, width: int = 160) -> int:
    """Which frame of a `make_video` clip `image` shows (of a clip `width` pixels wide, up to
    width / 4 frames): its bar's left edge, found on the middle row, over 4."""
    picture = image.convert("L").resize((width, image.height * width // image.width))
    row = picture.height // 2
    bright = [x for x in range(width) if picture.getpixel((x, row)) > 120]
    if not bright:
        raise ValueError("no bar in the picture: not a frame of make_video's")
    return (bright[0] + 2) // 4


def _muxer(path: Path) -> str:
    return {".mov": "mov", ".3gp": "3gp", ".m4v": "ipod"}.get(path.suffix.lower(), "mp4")


def _has(codec: str) -> bool:
    try:
        av.codec.Codec(codec, "w")
    except Exception:  # PyAV raises its own types for an unknown codec
        return False
    return True
