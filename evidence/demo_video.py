"""The demo's video: a short clip panning across a drawn scene, made with PyAV when the demo is
built, with the metadata an iPhone writes (the movie header's `creation_time` in UTC, and
Apple's `com.apple.quicktime.*` keys: the creation date with its offset, the position in ISO
6709 with its horizontal accuracy, make and model), so it is read, kept and judged as a real one
would be.

Small on purpose: 2 frames a second at 480 × 270, a few hundred kilobytes for three minutes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image

FPS = 2
SIZE = (480, 270)
APPLE = "com.apple.quicktime."


def film(path: Path, scene: Image.Image, *, start_utc: datetime, zone: ZoneInfo, seconds: int,
         lat: float, lon: float, accuracy_m: float) -> Path:
    """Writes a QuickTime movie of `seconds` panning from the left of `scene` to its right,
    filmed from `start_utc` (its clock in `zone`) at (lat, lon); returns its path."""
    import av

    width, height = SIZE
    # the scene half again as wide as the frame, its band around the horizon filmed
    scale = 1.5 * width / scene.width
    wide = scene.resize((round(scene.width * scale), round(scene.height * scale)))
    top = max(0, min(wide.height - height, round(wide.height * 0.42) - height // 2))
    wide = wide.crop((0, top, wide.width, top + height))
    frames = seconds * FPS
    local = start_utc.astimezone(zone)
    with av.open(str(path), "w", format="mov",
                 options={"movflags": "use_metadata_tags"}) as out:
        out.metadata.update({
            "creation_time": start_utc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
            APPLE + "creationdate": local.strftime("%Y-%m-%dT%H:%M:%S%z"),
            APPLE + "location.ISO6709": f"{lat:+08.4f}{lon:+09.4f}+850.000/",
            APPLE + "location.accuracy.horizontal": f"{accuracy_m:.6f}",
            APPLE + "make": "Demo", APPLE + "model": "Phone 12"})
        stream = out.add_stream(_codec(), rate=FPS)
        assert isinstance(stream, av.video.stream.VideoStream)   # a video codec's stream
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.codec_context.gop_size = 4 * FPS
        for n in range(frames):
            left = round((wide.width - width) * n / max(1, frames - 1))
            frame = av.VideoFrame.from_image(wide.crop((left, 0, left + width, height)))
            frame.pts, frame.time_base = n, Fraction(1, FPS)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def _codec() -> str:
    """H.264 where PyAV's FFmpeg has an encoder for it, else MPEG-4 Part 2 (both in MP4)."""
    import av

    try:
        av.codec.Codec("libx264", "w")
    except Exception:  # PyAV raises its own types for an unknown codec
        return "mpeg4"
    return "libx264"
