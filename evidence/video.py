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

import contextlib
import math
import re
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

from evidence.integrity import KNOWN_EDITORS
from evidence.model import Finding, PhotoMetadata, Severity
from evidence.printable import printable
from evidence.timing import parse_offset

VIDEO_FORMATS = "MP4, MOV, M4V, 3GP"
APPLE = "com.apple.quicktime."
# Dates a container holds when its clock was never set: QuickTime's epoch and Unix's.
NO_DATES = (datetime(1904, 1, 1, tzinfo=UTC), datetime(1970, 1, 1, tzinfo=UTC))

_ISO6709 = re.compile(r"^\s*([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?"
                      r"(?:CRS[^/]*)?/?\s*$", re.ASCII)
# Altitudes a phone on Earth (or in an airliner) can record, in metres; one outside is dropped,
# the position kept: an altitude of 1e400 would be written to JSON as Infinity.
ALTITUDE_RANGE_M = (-1_000.0, 20_000.0)
_OFFSET_TAIL = re.compile(r"(Z|[+-]\d\d:?\d\d)$", re.ASCII)


def read(path: str, fh: BinaryIO, known: dict[str, Any],
         problems: list[Finding]) -> PhotoMetadata:
    """The metadata of the video whose bytes `fh` holds (already hashed into `known`)."""
    import av

    tool = xmp_tool(fh)  # before the demuxer: it reads `fh` from where it left it
    written = header_times(fh)
    if (too_many := sample_table_problem(fh)) is not None:
        return _failed(path, known, problems, too_many)
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
                with contextlib.suppress(OverflowError):  # a start near 9999, a save later
                    fields["modified_time"] = fields["camera_time"] + after
        if tool is not None and (fields["software"] is None or
                                 tool.lower() != fields["software"].lower()):
            # The XMP an editor leaves (Premiere, After Effects) names the program that last
            # wrote the file: it says more than the phone's software version beside it.
            fields["software"] = tool
        lapse = _not_real_time(container.metadata or {}, stream, fields["duration_s"])
        problems += [lapse] if lapse is not None else []
        if (huge := oversized(stream)) is not None:
            return _failed(path, known, problems, huge, **fields)
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


def _boxes(fh: BinaryIO, offset: int, end: int,
           limit: int = 10_000) -> list[tuple[bytes, int, int]]:
    """(type, payload start, end) of the ISO media boxes from `offset` to `end`, the first
    `limit` of them."""
    found: list[tuple[bytes, int, int]] = []
    while offset + 8 <= end and len(found) < limit:
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


def top_boxes(fh: BinaryIO, size: int, limit: int) -> list[tuple[bytes, int, int]]:
    """(type, payload start, end) of the file's first `limit` top-level boxes (headers only)."""
    return _boxes(fh, 0, size, limit)


def _read(fh: BinaryIO, start: int, end: int) -> bytes:
    fh.seek(start)
    return fh.read(max(0, min(end - start, MAX_XMP_BYTES)))


QUICKTIME_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
# FFmpeg makes an index entry (some 80 bytes with its tables) for every picture a track's sample
# table declares, before anything is decoded and in C, where the read deadline cannot stop it:
# 3 KB declaring 50 million pictures of one size took 3.3 GB and 18 s. A picture takes at least
# a few bytes of the file, and 4 million are 37 hours at 30 frames a second.
MAX_PICTURES = 4_000_000
MIN_PICTURE_BYTES = 8
MIN_SAMPLE_BYTES = 4
# A fragmented recording has two top-level boxes a fragment: two hours of one-second
# fragments are 14,400. Walking a million takes about a second.
MAX_TOP_BOXES = 1_000_000


def sample_table_problem(fh: BinaryIO) -> str | None:
    """Why the video's sample tables cannot be read safely, or None: its tracks other than
    sound ('soun', whose samples FFmpeg groups by chunk) declaring more pictures than
    MAX_PICTURES, or than the file has bytes for (MIN_PICTURE_BYTES each, or the constant size
    the table gives); a fragmented file's runs ('moof'/'traf'/'trun', MIN_SAMPLE_BYTES each)
    likewise, which also make its length. Reads box headers and the counts only."""
    size = fh.seek(0, 2)
    total, needed, defaults = 0, 0, {}
    top = _boxes(fh, 0, size, MAX_TOP_BOXES + 1)
    if len(top) > MAX_TOP_BOXES:  # a fragment past them would go unread here, not by FFmpeg
        return (f"The video holds more than {MAX_TOP_BOXES:,} boxes at its top level, more "
                "than a recording has: it is damaged or made to hide what it declares, and "
                "was not read.")
    for kind, start, end in top:
        if kind != b"moov":
            continue
        for trak, trak_start, trak_end in _boxes(fh, start, end):
            if trak == b"mvex":
                defaults.update(_fragment_defaults(fh, trak_start, trak_end))
            if trak != b"trak":
                continue
            for handler, count, each in _track_samples(fh, trak_start, trak_end):
                if handler != b"soun":
                    total += count
                    needed += count * max(each, MIN_PICTURE_BYTES)
    for kind, start, end in top:
        if kind == b"moof":  # a fragment's runs, of any track: they also make its length
            count, took = _fragment_samples(fh, start, end, defaults)
            total, needed = total + count, needed + took
    if total > MAX_PICTURES:
        limit = f"a recording has (at most {MAX_PICTURES:,})"
    elif needed > size:
        limit = f"its {size:,} bytes can hold"
    else:
        return None
    return (f"The video's tables declare {total:,} pictures, more than {limit}: it is damaged "
            "or made to exhaust the computer's memory, and was not read.")


def _fragment_defaults(fh: BinaryIO, start: int, end: int) -> dict[int, int]:
    """{track ID: default sample size} of a movie's 'trex' boxes (in 'mvex')."""
    found = {}
    for kind, box_start, _end in _boxes(fh, start, end):
        head = _read(fh, box_start, box_start + 20)
        if kind == b"trex" and len(head) == 20:
            found[int.from_bytes(head[4:8], "big")] = int.from_bytes(head[16:20], "big")
    return found


def _fragment_samples(fh: BinaryIO, start: int, end: int,
                      defaults: dict[int, int]) -> tuple[int, int]:
    """(samples, bytes of the file they need) of a 'moof's runs: each run's entries, and the
    samples' data where they have no size of their own (the fragment's or movie's default,
    at least MIN_SAMPLE_BYTES)."""
    count_all, needed = 0, 0
    for traf, traf_start, traf_end in _boxes(fh, start, end):
        if traf != b"traf":
            continue
        default = 0
        for kind, box_start, _end in _boxes(fh, traf_start, traf_end):
            head = _read(fh, box_start, box_start + 32)
            if len(head) < 8:
                continue
            flags = int.from_bytes(head[1:4], "big")
            if kind == b"tfhd":  # flags, track, then optional fields in flag order
                at = 8 + 8 * (flags & 0x1) + 4 * bool(flags & 0x2) + 4 * bool(flags & 0x8)
                default = int.from_bytes(head[at:at + 4], "big") \
                    if flags & 0x10 and len(head) >= at + 4 \
                    else defaults.get(int.from_bytes(head[4:8], "big"), 0)
            elif kind == b"trun":
                count = int.from_bytes(head[4:8], "big")
                entry = 4 * bin(flags & 0xF00).count("1")
                data = 0 if flags & 0x200 else max(default, MIN_SAMPLE_BYTES)
                count_all += count
                needed += count * max(entry + data, MIN_SAMPLE_BYTES)
    return count_all, needed


def _track_samples(fh: BinaryIO, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """(handler type, sample count, constant sample size or 0) of each table in a 'trak'."""
    found: list[tuple[bytes, int, int]] = []
    for kind, mdia_start, mdia_end in _boxes(fh, start, end):
        if kind != b"mdia":
            continue
        handler, counts = b"", []
        for inner, inner_start, inner_end in _boxes(fh, mdia_start, mdia_end):
            if inner == b"hdlr":
                handler = _read(fh, inner_start + 8, min(inner_end, inner_start + 12))
            elif inner == b"minf":
                counts += [_sample_count(fh, table, table_start)
                           for stbl, stbl_start, stbl_end in _boxes(fh, inner_start, inner_end)
                           if stbl == b"stbl"
                           for table, table_start, _end in _boxes(fh, stbl_start, stbl_end)
                           if table in (b"stsz", b"stz2")]
        found += [(handler, count, each) for count, each in counts]
    return found


def _sample_count(fh: BinaryIO, table: bytes, start: int) -> tuple[int, int]:
    """(count, constant size or 0) of an 'stsz' (flags, size, count) or 'stz2' (flags,
    reserved and field size, count)."""
    head = _read(fh, start, start + 12)
    if len(head) < 12:
        return 0, 0
    return int.from_bytes(head[8:12], "big"), \
        int.from_bytes(head[4:8], "big") if table == b"stsz" else 0


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
            if not created or max(created, modified) > 1 << 37:  # no time, or none a clock
                return None  # could give (1904 and 2**37 s is past 6000; 2**63 overflows)
            return (QUICKTIME_EPOCH + timedelta(seconds=created),
                    QUICKTIME_EPOCH + timedelta(seconds=modified))
    return None


# Pillow's bound on a photo's pixels (its decompression-bomb limit), held to a video's pictures:
# 8K is 33 million, a 12K cinema camera 80. A 25 KB H.264 file declaring 16000 × 8000 took
# 2 GB and 5 s to give one still.
MAX_PICTURE_PIXELS = 89_478_485


def oversized(stream: Any) -> str | None:
    """Why the video's pictures will not be decoded, or None: more pixels each than any
    camera records."""
    width, height = stream.codec_context.width or 0, stream.codec_context.height or 0
    if width * height <= MAX_PICTURE_PIXELS:
        return None
    return (f"The video declares {width} × {height} pixels a picture, far beyond any camera: "
            "it may be built to exhaust memory, and Skver will not decode its pictures.")


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


# The rate an Android camera took pictures at, where it differs from the rate the file plays
# them at (MPEG4Writer writes it as a 32-bit float 'mdta' key for slow motion and time-lapse).
CAPTURE_FPS = "com.android.capture.fps"


def _not_real_time(tags: dict[str, str], stream: Any,
                   duration_s: float | None) -> Finding | None:
    """`video_not_real_time` when the camera took pictures at another rate than the file
    plays them (by a tenth or more): a time-lapse or slow-motion recording, whose playing time
    is not the time filmed. A phone that stores slow motion at its real rate (its pictures
    240 a second apart) is not one."""
    captured, rate = _number(tags.get(CAPTURE_FPS)), stream.average_rate
    if captured is None or not math.isfinite(captured) or captured <= 0 or not rate:
        return None
    plays = float(rate)
    if abs(captured - plays) < 0.1 * plays:
        return None
    kind = "slow-motion" if captured > plays else "time-lapse"
    span = (f" ({duration_s:g} s, about {duration_s * plays / captured:.1f} s of real time)"
            if duration_s else "")
    return Finding("video_not_real_time", Severity.WARNING,
                   f"The video is a {kind} recording: its camera took {captured:g} pictures a "
                   f"second and it plays them at {plays:g}, so its playing time{span} is not the "
                   "time it filmed. Its length and the moments in it are counted in playing "
                   "time.")


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
    """camera_time (naive) with its offset from Apple's creationdate, else the header's UTC,
    else Apple's local time without an offset (one no clock can have, as +18:00 or +25:00, is
    none: resolved as a photo's is)."""
    local, offset = _creationdate(tags.get(APPLE + "creationdate"))
    apple = local.replace(tzinfo=UTC) - offset if local and offset is not None else None
    if local is not None and offset is not None and apple not in NO_DATES:
        return {"camera_time": local, "camera_offset": offset}
    header = _instant(tags.get("creation_time"))
    if header is None or header in NO_DATES:
        if local is not None and offset is None:
            return {"camera_time": local}
        raw = tags.get(APPLE + "creationdate") or tags.get("creation_time")
        return {"camera_time_raw": raw} if raw and header is None and local is None else {}
    if header.utcoffset() is None:  # "2020-10-23 20:27:29": UTC by the specification
        header = header.replace(tzinfo=UTC)
    utc = header.astimezone(UTC)
    return {"camera_time": utc.replace(tzinfo=None), "camera_time_utc": True}


def _creationdate(text: str | None) -> tuple[datetime | None, timedelta | None]:
    """Apple's creationdate ('2019-07-24T11:25:40+0300'): its local time (naive) and its
    offset, None when it has none or one outside the offsets clocks use (timing.parse_offset:
    up to 14 hours either way)."""
    value = (text or "").strip()
    tail = _OFFSET_TAIL.search(value)
    offset = None
    if tail is not None:
        value, found = value[:tail.start()], tail.group(1)
        offset = parse_offset("Z" if found == "Z" else f"{found[:3]}:{found[-2:]}")
    try:
        local = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None, None
    if local is None or local.tzinfo is not None or not _SANE[0] < local < _SANE[1]:
        return None, None  # (year 1 or 9999: its UTC or its end would leave the calendar)
    return local, offset


_SANE = (datetime.min + timedelta(days=2), datetime.max - timedelta(days=2))


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
                                f"The video's position '{printable(text[:60])}' is not an ISO 6709 "
                                "position and was ignored."))
        return {}
    lat, lon = _angle(match.group(1), 2), _angle(match.group(2), 3)
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        problems.append(Finding("invalid_gps", Severity.WARNING,
                                f"The video's position '{printable(text[:60])}' is outside the "
                                "Earth's range of coordinates and was ignored."))
        return {}
    found: dict[str, Any] = {"latitude": lat, "longitude": lon}
    altitude = float(match.group(3)) if match.group(3) is not None else None
    if altitude is not None and ALTITUDE_RANGE_M[0] <= altitude <= ALTITUDE_RANGE_M[1]:
        found["altitude_m"] = altitude
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
    """FFmpeg's or the system's reason, without the path it names (the user's own folders
    stay out of a finding), made printable."""
    reason = getattr(exc, "strerror", None)
    return printable(str(reason if isinstance(reason, str) and reason else exc).strip()
                     or type(exc).__name__)

