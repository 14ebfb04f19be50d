"""One still of a video at a moment: seek to the keyframe before it, decode forward to it.

Never decodes the whole video: the demuxer seeks by the container's index to the last keyframe
at or before the moment, and only the frames from there to the moment are decoded (a GOP, a few
seconds at most on a phone's recording). Works from a path or from any seekable binary file
object, so an encrypted case's decrypting reader (`casefiles.open_read`) feeds it as it is.
The still is upright: the display matrix a phone writes (rotation) is applied.
"""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image

from evidence.printable import printable
from evidence.video import oversized

# A still for a thumbnail, the GUI or the report: no larger than this on its longer side.
DEFAULT_MAX_SIDE = 1280
# Frames decoded forward from the keyframe before giving up on reaching the moment (a broken
# index or a stream whose timestamps never reach it): about a minute at 60 frames a second.
MAX_FORWARD_FRAMES = 4000


class FrameError(Exception):
    """A still could not be taken: the sentence says why (not a video, no picture, past its
    end, damaged)."""


def frame_at(source: Path | str | BinaryIO, offset_s: float,
             max_side: int = DEFAULT_MAX_SIDE) -> Image.Image:
    """The frame shown `offset_s` seconds after the video's start, upright, in RGB, scaled to
    fit `max_side`; FrameError when it cannot be had. A moment past the last frame gives the
    last frame when it is within one frame's time of the end, else FrameError."""
    import av

    if not math.isfinite(offset_s) or offset_s < 0:
        raise FrameError(f"{offset_s} s is not a moment in a video (a time from its start, "
                         "0 or more, is needed).")
    try:
        container = av.open(str(source) if isinstance(source, Path) else source, "r")
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise FrameError(f"The file could not be opened as a video ({_why(exc)}).") from exc
    try:
        return _frame(container, offset_s, max_side)
    except av.FFmpegError as exc:
        raise FrameError(f"The video could not be decoded at {offset_s:.3f} s "
                         f"({_why(exc)}).") from exc
    finally:
        container.close()


def _frame(container: Any, offset_s: float, max_side: int) -> Image.Image:
    if not container.streams.video:
        raise FrameError("The file holds no video picture (it may be sound only).")
    stream = container.streams.video[0]
    if (huge := oversized(stream)) is not None:
        raise FrameError(huge)
    stream.thread_type = "AUTO"
    base = stream.time_base or Fraction(1, 1000)
    start = stream.start_time or 0
    target = start + int(Fraction(offset_s).limit_denominator(1_000_000) / base)
    if offset_s > 0:
        container.seek(target, stream=stream, backward=True, any_frame=False)
    best = None
    frame_time = 0.0
    for count, frame in enumerate(container.decode(stream)):
        if frame.pts is None:
            continue
        if frame.pts > target and best is not None:
            break
        best = frame
        frame_time = float((frame.duration or 0) * base)
        if frame.pts == target or count >= MAX_FORWARD_FRAMES:
            break
    if best is None:
        raise FrameError("The video has no decodable picture at or before that moment.")
    seconds = float((best.pts - start) * base)
    if offset_s > seconds + max(frame_time, 0.1):
        raise FrameError(f"{offset_s:.3f} s is past the video's end (its last picture is at "
                         f"{seconds:.3f} s).")
    return _upright(best, max_side)


def _upright(frame: Any, max_side: int) -> Image.Image:
    # RGB24, the sample aspect ratio ignored as phones write square; scaled by FFmpeg from the
    # decoded picture to fit `max_side`, never converted at full size first (a still of 8192 ×
    # 8192 took 1.1 GB and 1.2 s so, 0.26 GB and 0.35 s scaled).
    scale = min(1.0, max_side / max(frame.width, frame.height, 1))
    image = frame.to_image(width=max(1, round(frame.width * scale)),
                           height=max(1, round(frame.height * scale)), interpolation="AREA")
    angle = float(getattr(frame, "rotation", 0) or 0)
    quarter = round(angle / 90) * 90
    # The display matrix turns the picture counter-clockwise by `angle`. Phones write quarter
    # turns; any other angle is left unapplied, as FFmpeg's players do, rather than shown
    # tilted on corners of black the video does not hold.
    rotation = quarter % 360 if abs(angle - quarter) <= 1 else 0
    if rotation:
        image = image.rotate(rotation, expand=True)
    image.thumbnail((max_side, max_side))
    return image


def _why(exc: BaseException) -> str:
    """FFmpeg's or the system's reason, without the path it names (the user's own folders
    stay out of a finding), made printable."""
    reason = getattr(exc, "strerror", None)
    return printable(str(reason if isinstance(reason, str) and reason else exc).strip()
                     or type(exc).__name__)
