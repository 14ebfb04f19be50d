"""When a photo was taken, in the user's words: the instant the analysis uses, what dates it
(the GPS clock, the camera clock ...), and the camera clock's own reading where it differs.

Every place that shows a photo's time (the photos table and grid, the photo's detail, the
refusal's photos and timeline) says it through these, from the photo's `PhotoTime`
(`evidence.photo_time`, made once per photo with the case's state). The words the report also
uses (the basis, "Camera clock") come from the report's tables in the interface's language.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from evidence import phrases
from evidence.photo_time import CREDENTIALS_BASIS, PhotoTime
from reports import strings

DASH = "—"
GPS = "GPS"           # the grid's marker of a photo the GPS clock dates: the same in every language
SECONDS = "%Y-%m-%d %H:%M:%S"
MINUTES = "%Y-%m-%d %H:%M"
CONTAINER_BASIS = "basis.container"   # a video's start as its container records it, in UTC
RECORDED_OFFSET_BASIS = "basis.exif"  # the clock with the offset the file records


def _t(text: str) -> str:
    return QCoreApplication.translate("PhotoTime", text)


def table() -> Mapping[str, str]:
    """The report's words in the interface's language."""
    from gui.app import i18n

    return strings.table(i18n.current())


def local(time: PhotoTime | None, shape: str = SECONDS) -> str:
    """The instant in its place's time, '2008-10-23 16:27:07'; in UTC, said so, when no time
    zone is known for it; a dash when the photo cannot be dated."""
    if time is None or time.instant is None:
        return DASH
    if time.local is None:
        return f"{time.instant.strftime(shape)} UTC"
    return time.local.strftime(shape)


def utc(time: PhotoTime | None) -> str:
    """The instant in UTC, '2008-10-23 14:27:07'; a dash when the photo cannot be dated."""
    if time is None or time.instant is None:
        return DASH
    return time.instant.strftime(SECONDS)


def offset(time: PhotoTime) -> str | None:
    """The UTC offset of the local time shown, '+02:00'; None when none is known."""
    if time.local is None:
        return None
    delta = time.local.utcoffset()
    if delta is None:
        return None
    minutes = round(delta.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def stated(time: PhotoTime) -> str:
    """The instant with its offset and zone: '2008-10-23 16:27:07 UTC+02:00 (Europe/Rome)'."""
    if time.instant is None:
        return DASH
    text = local(time)
    shift = offset(time)
    if shift is not None:
        text += f" UTC{shift}"
        if time.zone:
            text += f" ({time.zone})"
    return text


def basis(time: PhotoTime, *, video: bool = False) -> str:
    """How the instant was established, in the report's words: 'GPS clock', 'camera clock,
    with the time zone at its position' ... (a `video`'s in its own words where they differ)."""
    return phrases.render_medium(time.basis, table(), video)


def source(time: PhotoTime, *, video: bool = False) -> str:
    """The short name of what dates the photo: 'GPS clock', 'camera clock' or 'unknown'; a
    `video`'s start its container's time in UTC, or its phone's clock where Apple's creation
    date gives the offset (the only offset a video records), never 'camera clock'."""
    words = table()
    if not time.dated:
        return words["basis.unknown"]
    if time.basis.key == CREDENTIALS_BASIS:
        return words["basis.credentials"]
    if time.by_gps:
        return words["basis.gps"]
    if video and time.basis.key == CONTAINER_BASIS:
        return words["basis.short.container"]
    if video and time.basis.key == RECORDED_OFFSET_BASIS:
        return words["basis.short.creationdate"]
    return words["basis.camera"]


def doubt(time: PhotoTime) -> str:
    """The doubt about the instant, '1 min'."""
    return phrases.duration(time.uncertainty_s, table())


def differs(time: PhotoTime) -> bool:
    """Whether the camera clock read otherwise than the instant shown."""
    return time.camera is not None


def _duration(seconds: float) -> str:
    return phrases.duration(seconds, table())


def camera(time: PhotoTime) -> str | None:
    """The camera clock's reading where it is not the instant shown, and how far off it was:
    '2008-10-22 16:28:39, 23 h 58 min behind the GPS clock'; None where it is the instant."""
    if time.camera is None:
        return None
    reading = time.camera.strftime(SECONDS)
    ahead = time.camera_ahead_s
    if ahead is None:
        return _t("{reading} (its UTC offset is unknown)").format(reading=reading)
    if abs(ahead) < 1:
        return reading
    if time.basis.key == CREDENTIALS_BASIS:
        text = (_t("{reading}, {duration} ahead of the credentials' time-stamp") if ahead > 0
                else _t("{reading}, {duration} behind the credentials' time-stamp"))
        return text.format(reading=reading, duration=_duration(ahead))
    text = (_t("{reading}, {duration} ahead of the GPS clock") if ahead > 0 else
            _t("{reading}, {duration} behind the GPS clock"))
    return text.format(reading=reading, duration=_duration(ahead))


def camera_line(time: PhotoTime) -> str | None:
    """'Camera clock: 2008-10-22 16:28:39, 23 h 58 min behind the GPS clock', or None."""
    reading = camera(time)
    return None if reading is None else f"{table()['meta.camera_clock']}: {reading}"


def dated_by(time: PhotoTime | None, *, video: bool) -> str:
    """A cell's words for what dates the photo or `video`, with how far off the camera clock was
    where it is not what dates it: 'GPS clock; camera 23 h 58 min behind'."""
    if time is None:
        return DASH
    short = source(time, video=video)
    ahead = time.camera_ahead_s
    if time.camera is None or ahead is None or abs(ahead) < 1:
        return short
    text = (_t("{source}; camera {duration} ahead") if ahead > 0 else
            _t("{source}; camera {duration} behind"))
    return text.format(source=short, duration=_duration(ahead))


def caption(time: PhotoTime | None) -> str:
    """The grid's line under a thumbnail: '2008-10-23 16:27 · GPS' (the marker only where the
    GPS clock dates the photo), or that it cannot be dated."""
    if time is None:
        return ""
    if not time.dated:
        return _t("not dated")
    text = local(time, MINUTES)
    return f"{text} · {GPS}" if time.by_gps else text


def lines(time: PhotoTime | None) -> list[str]:
    """Everything said about when the photo was taken, a line each: the instant in its place's
    time with its doubt, in UTC, what dates it, the camera clock's reading where it differs."""
    if time is None:
        return []
    words = table()
    if not time.dated:
        out = [_t("Not dated: neither a camera clock with a known UTC offset nor a GPS clock "
                  "says when it was taken.")]
    else:
        out = [_t("Taken {time} ± {doubt}").format(time=stated(time), doubt=doubt(time)),
               f"{utc(time)} UTC",
               f"{words['meta.basis']}: {basis(time)}"]
    found = camera_line(time)
    if found is not None:
        out.append(found)
    return out
