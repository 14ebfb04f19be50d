"""Reading one video (MP4, MOV, M4V, 3GP): its start, length, place and device, never altering
it and never decoding more than its first picture.

PyAV (FFmpeg, shipped in its wheel: no system library needed) parses the container. What a
phone records, and how it is read:

- start: Apple's `com.apple.quicktime.creationdate` carries the local time with its UTC offset
  (`2019-07-24T11:25:40+0300`): read as a camera's own offset (`exif`). Otherwise the movie
  header's `creation_time`, which the MP4 format (ISO base media file format) defines as UTC
  and Apple's QuickTime documentation recommends as UTC
  (`container-utc`); a camera that writes its local clock there instead is not told apart by
  the file, which is why the offset's source is named. A zero date (1904-01-01, the format's
  epoch, or 1970-01-01) is no time.
- length: the movie header's duration (`container`), else the picture stream's (`stream`),
  to the millisecond.
- position: `com.apple.quicktime.location.ISO6709`, else Android's `location` (the `©xyz`
  atom), ISO 6709 strings (`+43.2389+076.8897+800.000/`); Apple's horizontal accuracy.
- device: Apple's make, model and software keys, else the `©mak`/`©mod` atoms; the software
  the container names (`encoder`: the program that wrote it).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

from evidence.integrity import KNOWN_EDITORS
from evidence.model import Finding, PhotoMetadata, Severity

VIDEO_FORMATS = "MP4, MOV, M4V, 3GP"
APPLE = "com.apple.quicktime."
# Dates a container holds when its clock was never set: QuickTime's epoch and Unix's.
NO_DATES = (datetime(1904, 1, 1, tzinfo=UTC), datetime(1970, 1, 1, tzinfo=UTC))

_ISO6709 = re.compile(r"^\s*([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?"
                      r"(?:CRS[^/]*)?/?\s*$")


def read(path: str, fh: BinaryIO, known: dict[str, Any],
         problems: list[Finding]) -> PhotoMetadata:
    """The metadata of the video whose bytes `fh` holds (already hashed into `known`)."""
    import av

    tool = xmp_tool(fh)  # before the demuxer: it reads `fh` from where it left it
    written = header_times(fh)
    fh.seek(0)
    try:
        container = av.open(fh, "r")
    except (av.FFmpegError, OSError, ValueError, UnicodeDecodeError) as exc:
        return _failed(path, known, problems, f"The video's container cannot be read "
                       f"({_why(exc)}).")
    try:
        if not container.streams.video:
            return _failed(path, known, problems, "The file holds no moving picture (it may "
                           "be a sound recording): it is not a video Skver keeps as evidence.")
        stream = container.streams.video[0]
        fields = _fields(container.metadata or {}, problems)
        fields["width"] = stream.codec_context.width or None
        fields["height"] = stream.codec_context.height or None
        fields["duration_s"], fields["duration_source"] = _duration(container, stream)
        if written is not None and fields.get("camera_time") is not None:
            # The header's own clock says how long after its creation the file was written
            # again (an editor's save). A phone may stamp it when the recording stops, so
            # only a save later than the recording's length and a minute is one; put on the
            # start's clock, integrity compares it with the start.
            after = written[1] - written[0]
            if after > timedelta(seconds=(fields["duration_s"] or 0) + 60):
                fields["modified_time"] = fields["camera_time"] + after
        if tool is not None and (fields["software"] is None or
                                 tool.lower() != fields["software"].lower()):
            # The XMP an editor leaves (Premiere, After Effects) names the program that last
            # wrote the file: it says more than the phone's software version beside it.
            fields["software"] = tool
        if (broken := _first_picture_problem(container, stream)) is not None:
            return _failed(path, known, problems, broken, **fields)
    except av.FFmpegError as exc:
        return _failed(path, known, problems, f"The video cannot be decoded ({_why(exc)}).")
    finally:
        container.close()
    return PhotoMetadata(path=path, problems=tuple(problems), **known, **fields)


def _failed(path: str, known: dict[str, Any], problems: list[Finding], message: str,
            **fields: Any) -> PhotoMetadata:
    problem = Finding("video_undecodable", Severity.CRITICAL, message)
    return PhotoMetadata(path=path, problems=(*problems, problem), error=message,
                         **known, **fields)


# Where an editor keeps its XMP: QuickTime's moov/udta/XMP_ box, or MP4's top-level 'uuid' box
# of this identifier (Adobe's XMP specification, part 3).
XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
MAX_XMP_BYTES = 4 << 20
_XMP_TOOLS = (re.compile(rb'softwareAgent\s*=\s*"([^"]{1,200})"'),
              re.compile(rb'<stEvt:softwareAgent>([^<]{1,200})<'),
              re.compile(rb'CreatorTool\s*=\s*"([^"]{1,200})"'),
              re.compile(rb'<xmp:CreatorTool>([^<]{1,200})<'))


def xmp_tool(fh: BinaryIO) -> str | None:
    """The program an XMP packet in the video says wrote it, or None: the last editing program
    its history (softwareAgent) or CreatorTool names (integrity.KNOWN_EDITORS), else the
    last program its history names, else CreatorTool. Reads box headers and the packet only."""
    size = fh.seek(0, 2)
    packet = None
    for kind, start, end in _boxes(fh, 0, size):
        if kind == b"moov":
            for inner, inner_start, inner_end in _boxes(fh, start, end):
                if inner == b"udta":
                    packet = next((_read(fh, s, e) for k, s, e in _boxes(fh, inner_start,
                                                                          inner_end)
                                   if k == b"XMP_"), packet)
        elif kind == b"uuid" and _read(fh, start, min(end, start + 16)) == XMP_UUID:
            packet = _read(fh, start + 16, end)
    if not packet:
        return None
    history, creator = _named(packet, _XMP_TOOLS[:2]), _named(packet, _XMP_TOOLS[2:])
    editors = [t for t in history + creator if any(n in t.lower() for n in KNOWN_EDITORS)]
    named = editors or history or creator
    return named[-1] if named else None


def _named(packet: bytes, patterns: tuple[re.Pattern[bytes], ...]) -> list[str]:
    return [text for pattern in patterns for found in pattern.findall(packet)
            if (text := _text(found.decode("utf-8", "replace")))]


def _boxes(fh: BinaryIO, offset: int, end: int) -> list[tuple[bytes, int, int]]:
    """(type, payload start, end) of the ISO media boxes from `offset` to `end`."""
    found: list[tuple[bytes, int, int]] = []
    while offset + 8 <= end and len(found) < 10_000:
        fh.seek(offset)
        header = fh.read(16)
        if len(header) < 8:
            break
        box_size, kind, payload = int.from_bytes(header[:4], "big"), header[4:8], offset + 8
        if box_size == 1 and len(header) == 16:
            box_size, payload = int.from_bytes(header[8:16], "big"), offset + 16
        elif box_size == 0:
            box_size = end - offset
        if box_size < payload - offset:
            break
        found.append((kind, payload, min(offset + box_size, end)))
        offset += box_size
    return found


def _read(fh: BinaryIO, start: int, end: int) -> bytes:
    fh.seek(start)
    return fh.read(max(0, min(end - start, MAX_XMP_BYTES)))


QUICKTIME_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)


def header_times(fh: BinaryIO) -> tuple[datetime, datetime] | None:
    """(creation, modification) as the movie header ('mvhd') records them, or None when it
    records no creation time (0) or cannot be read. Reads box headers and the mvhd only."""
    size = fh.seek(0, 2)
    for kind, start, end in _boxes(fh, 0, size):
        if kind != b"moov":
            continue
        for inner, inner_start, _end in _boxes(fh, start, end):
            if inner != b"mvhd":
                continue
            head = _read(fh, inner_start, inner_start + 20)
            wide = head[:1] == b"\x01"  # version 1: 64-bit times
            width = 8 if wide else 4
            if len(head) < 4 + 2 * width:
                return None
            created = int.from_bytes(head[4:4 + width], "big")
            modified = int.from_bytes(head[4 + width:4 + 2 * width], "big")
            if not created or modified > 1 << 40:  # no time, or none a clock could give
                return None
            return (QUICKTIME_EPOCH + timedelta(seconds=created),
                    QUICKTIME_EPOCH + timedelta(seconds=modified))
    return None


def _first_picture_problem(container: Any, stream: Any) -> str | None:
    """Why the first picture cannot be decoded, or None: a video whose pictures are all
    damaged shows nothing, whatever its container says."""
    import av

    try:
        for _frame in container.decode(stream):
            return None
    except av.FFmpegError as exc:
        return f"The video's first picture cannot be decoded ({_why(exc)})."
    return "The video holds no picture that can be decoded."


def _duration(container: Any, stream: Any) -> tuple[float | None, str | None]:
    if container.duration and container.duration > 0:
        return round(container.duration / 1_000_000, 3), "container"
    if stream.duration and stream.time_base:
        return round(float(stream.duration * stream.time_base), 3), "stream"
    return None, None


def _fields(tags: dict[str, str], problems: list[Finding]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    fields.update(_start(tags))
    fields["camera_make"] = _text(tags.get(APPLE + "make") or tags.get("make"))
    fields["camera_model"] = _text(tags.get(APPLE + "model") or tags.get("model"))
    fields["software"] = _text(tags.get(APPLE + "software") or tags.get("software")
                               or tags.get("encoder"))
    where = tags.get(APPLE + "location.ISO6709") or tags.get("location")
    if where:
        fields.update(_position(where, problems))
    accuracy = _number(tags.get(APPLE + "location.accuracy.horizontal"))
    if accuracy is not None and accuracy >= 0 and "latitude" in fields:
        fields["gps_accuracy_m"] = accuracy
    return fields


def _start(tags: dict[str, str]) -> dict[str, Any]:
    """camera_time (naive) with its offset from Apple's creationdate, else the header's UTC."""
    apple = _instant(tags.get(APPLE + "creationdate"))
    if apple is not None and apple.utcoffset() is not None and apple not in NO_DATES:
        return {"camera_time": apple.replace(tzinfo=None), "camera_offset": apple.utcoffset()}
    header = _instant(tags.get("creation_time"))
    if header is None or header in NO_DATES:
        raw = tags.get(APPLE + "creationdate") or tags.get("creation_time")
        return {"camera_time_raw": raw} if raw and header is None and apple is None else {}
    if header.utcoffset() is None:  # "2020-10-23 20:27:29": UTC by the specification
        header = header.replace(tzinfo=UTC)
    utc = header.astimezone(UTC)
    return {"camera_time": utc.replace(tzinfo=None), "camera_time_utc": True}


def _instant(text: str | None) -> datetime | None:
    if not text:
        return None
    value = text.strip().replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", value):  # Apple writes +0300
        value = f"{value[:-2]}:{value[-2:]}"
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _position(text: str, problems: list[Finding]) -> dict[str, Any]:
    match = _ISO6709.match(text)
    if match is None:
        problems.append(Finding("invalid_gps", Severity.WARNING,
                                f"The video's position '{text[:60]}' is not an ISO 6709 "
                                "position and was ignored."))
        return {}
    lat, lon = _angle(match.group(1), 2), _angle(match.group(2), 3)
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        problems.append(Finding("invalid_gps", Severity.WARNING,
                                f"The video's position '{text[:60]}' is outside the Earth's "
                                "range of coordinates and was ignored."))
        return {}
    found: dict[str, Any] = {"latitude": lat, "longitude": lon}
    if match.group(3) is not None:
        found["altitude_m"] = float(match.group(3))
    return found


def _angle(text: str, degree_digits: int) -> float | None:
    """An ISO 6709 angle: ±DD.dd, ±DDMM.mm or ±DDMMSS.ss (longitude: one more degree digit)."""
    sign = -1.0 if text[0] == "-" else 1.0
    whole = text[1:].partition(".")[0]
    digits = len(whole)
    value = float(text[1:])
    if digits <= degree_digits:
        return sign * value
    if digits == degree_digits + 2:
        degrees, minutes = divmod(value, 100)
        return sign * (degrees + minutes / 60) if minutes < 60 else None
    if digits == degree_digits + 4:
        degrees, rest = divmod(value, 10000)
        minutes, seconds = divmod(rest, 100)
        if minutes >= 60 or seconds >= 60:
            return None
        return sign * (degrees + minutes / 60 + seconds / 3600)
    return None


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _text(value: str | None) -> str | None:
    text = (value or "").strip("\x00 \t\r\n")
    return text or None


def _why(exc: BaseException) -> str:
    return str(exc).strip() or type(exc).__name__

