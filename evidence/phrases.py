"""What the analysis says, kept as keys and arguments, so that it can be said in any language.

A verdict's reasons and caveats are `Phrase`s: a key naming a sentence and the values that fill
it. English is rendered here, for the command line and the analysis JSON; a report renders the
same phrases from its Russian or Kazakh table (`reports.strings`), so a reason never has to be
translated from English text. An argument is a plain value, a `Phrase`, or a list of phrases
(joined with the table's `sep.<argument>` entry, or "; ").

    p = phrase("no_photos", venue="Gandhi Park")
    render(p)              # 'No photo was taken at Gandhi Park within the claimed window.'
    render(p, RU_TABLE)    # the same sentence from another table
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from evidence.occupancy_words import EN as OCCUPANCY_EN
from evidence.procedure_words import EN as PROCEDURE_EN


@dataclass(frozen=True)
class Phrase:
    key: str
    args: tuple[tuple[str, Any], ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "args": {name: _json(value) for name, value in self.args}}


def phrase(key: str, **args: Any) -> Phrase:
    return Phrase(key, tuple(sorted(args.items())))


def from_json(data: Mapping[str, Any]) -> Phrase:
    """The phrase that `Phrase.as_json` wrote."""
    return phrase(data["key"], **{name: _value(v) for name, v in data.get("args", {}).items()})


def _json(value: Any) -> Any:
    if isinstance(value, Phrase):
        return {"phrase": value.as_json()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


def _value(data: Any) -> Any:
    if isinstance(data, dict) and "phrase" in data:
        return from_json(data["phrase"])
    if isinstance(data, list):
        return [_value(v) for v in data]
    return data


Table = Mapping[str, str]


def render(p: Phrase, table: Table | None = None,
           fallback: Callable[[Phrase], str] | None = None) -> str:
    """The sentence `p` says, from `table` (English when None); a missing key is an error."""
    table = EN if table is None else table
    if p.key not in table:
        if fallback is not None:
            return fallback(p)
        raise KeyError(f"no text for phrase {p.key!r}")
    args = {name: _fill(name, value, table, fallback) for name, value in p.args}
    return table[p.key].format(**args)


def _fill(name: str, value: Any, table: Table, fallback: Callable[[Phrase], str] | None) -> Any:
    if isinstance(value, Phrase):
        return render(value, table, fallback)
    if isinstance(value, list | tuple):
        return table.get(f"sep.{name}", "; ").join(
            render(v, table, fallback) if isinstance(v, Phrase)
            else _fill(name, v, table, fallback) if isinstance(v, str) else str(v)
            for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Number(value, table)
    if isinstance(value, str) and name in DATED_ARGUMENTS:
        return dates(value, table.get("lang.code", "en"))
    return value


# Arguments that hold a date or a moment in ISO form, written as each language writes dates.
DATED_ARGUMENTS = frozenset({"day", "local", "utc", "valid_from", "valid_to", "date",
                             "moments", "until"})
_ISO_MOMENT = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}:\d{2})Z)?")


def dates(text: str, lang: str) -> str:
    """ISO dates in `text` as `lang` writes them: '20.08.2022' in Russian and Kazakh (and
    '…T12:15:00Z' as '12:15:00 UTC'); English keeps ISO 8601."""
    if lang not in ("ru", "kk"):
        return text

    def one(found: re.Match[str]) -> str:
        year, month, day, clock = found.groups()
        return f"{day}.{month}.{year}" + (f" {clock} UTC" if clock else "")
    return _ISO_MOMENT.sub(one, text)


class Number:
    """A number as a table's language writes it, in a template's placeholder.

    Besides the usual format specifications (written with a decimal comma and a space between
    thousands in Russian and Kazakh), `{n:plural:person|people}` gives the word's form for the
    number (Russian has three: `{n:plural:человек|человека|человек}`), and `{s:duration}` a
    number of seconds as days, hours and minutes ('24 h', '1 h 30 min', '45 s', '3 days 2 h')."""

    def __init__(self, value: float, table: Table) -> None:
        self.value, self.table = value, table

    def __format__(self, spec: str) -> str:
        lang = self.table.get("lang.code", "en")
        if spec.startswith("plural:"):
            forms = spec[len("plural:"):].split("|")
            return forms[min(plural_form(self.value, lang), len(forms) - 1)]
        if spec == "duration":
            return duration(self.value, self.table)
        return localised(format(self.value, spec), lang)

    def __str__(self) -> str:
        return self.__format__("")


def localised(number: str, lang: str) -> str:
    """'10,000.5' as `lang` writes it: '10 000,5' in Russian and Kazakh."""
    if lang in ("ru", "kk"):
        return number.translate({ord(","): "\u00a0", ord("."): ","})
    return number


def plural_form(n: float, lang: str) -> int:
    """Which form of a word goes with `n`: English one/other (0, 1); Russian one/few/many
    (0, 1, 2); Kazakh has one form after a number (0)."""
    if lang == "kk":
        return 0
    if n != int(n):
        return 1
    n = abs(int(n))
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    return 0 if n == 1 else 1


def for_medium(table: Mapping[str, str], key: str, video: bool, default: str = "") -> str:
    """The table's words for `key` said of a photo or a `video`: a video takes `<key>.video`
    where the words name the medium ("The photo has no GPS position", "Taken"), else the words
    every file shares; `default` where the table has neither. Findings are looked up so, by
    `finding.<code>`, and a video's own sentence is written only where the medium is named."""
    if video and (said := table.get(f"{key}.video")):
        return said
    return table.get(key, default)


def render_medium(p: Phrase, table: Table, video: bool,
                  fallback: Callable[[Phrase], str] | None = None) -> str:
    """`render`, said of a photo or a `video`: a video's phrase takes `<key>.video` where the
    table has it (a video dated by Apple's creation date is dated by the phone's clock, not a
    camera clock), with the same arguments."""
    if video and f"{p.key}.video" in table:
        p = Phrase(f"{p.key}.video", p.args)
    return render(p, table, fallback)


def duration(seconds: float, table: Table) -> str:
    """A span as a reader says it: '45 s', '12 min', '24 h', '1 h 30 min', '27 days 17 h'."""
    total = abs(seconds)
    if total < 120:
        return table["unit.duration_s"].format(n=round(total))
    minutes = round(total / 60)
    if minutes < 60:
        return table["unit.duration_min"].format(n=minutes)
    hours, rest = divmod(minutes, 60)
    if hours >= 48:
        days, hours = divmod(round(total / 3600), 24)
        if not hours:
            return table["unit.duration_d"].format(n=Number(days, table))
        return table["unit.duration_d_h"].format(d=Number(days, table), h=hours)
    if not rest:
        return table["unit.duration_h"].format(n=hours)
    return table["unit.duration_h_min"].format(h=hours, m=rest)


# The English table. The keys are the contract with reports.strings, which gives each of them
# in Russian and Kazakh; tests check that every table has every key with the same arguments.
EN: dict[str, str] = {
    "lang.code": "en",
    "unit.duration_s": "{n} s",
    "unit.duration_min": "{n} min",
    "unit.duration_h": "{n} h",
    "unit.duration_h_min": "{h} h {m} min",
    "unit.duration_d": "{n} {n:plural:day|days}",
    "unit.duration_d_h": "{d} {d:plural:day|days} {h} h",
    "count.people": "{n} {n:plural:person|people}",
    "count.photos": "{n} {n:plural:photo|photos}",
    "count.videos": "{n} {n:plural:video|videos}",
    "sep.items": ", ",
    "sep.notes": "; ",
    "sep.photos": "; ",
    "sep.outweighed": ", ",
    "sep.which": ", ",
    "sep.moments": ", ",
    "span.start": "no start date",
    "span.now": "no end date",
    "designation.basis": "its designation",
    "reason.designated": "{venue} was a designated venue on {day} ({basis}; valid: "
                         "{valid_from} – {valid_to}).",
    "reason.not_designated": "{venue} was not a designated venue on {day} ({basis}; valid: "
                             "{valid_from} – {valid_to}).",
    "reason.untestable": "Photos of the venue cannot test an excuse of {excuse}.",
    "reason.no_photos": "No photo was taken at {venue} within the claimed window.",
    "reason.no_bearing": "{count} {count:plural:photo was|photos were} taken at {venue} "
                         "within the window, but no reviewer's observation bears on the stated "
                         "ground yet.",
    "reason.contradict": "{count} {count:plural:photo|photos} taken at the venue within the "
                         "window {count:plural:shows|show} what is inconsistent with the "
                         "stated ground ({excuse}): {photos}.",
    "reason.support": "{count} {count:plural:photo|photos} taken at the venue within the "
                      "window {count:plural:shows|show} what bears out the stated ground "
                      "({excuse}): {photos}.",
    "reason.no_bearing.videos": "{count} {count:plural:video was|videos were} filmed at {venue} "
                                "within the window, but no reviewer's observation bears on the "
                                "stated ground yet.",
    "reason.no_bearing.mixed": "{count} photos and videos were taken at {venue} within the "
                               "window, but no reviewer's observation bears on the stated "
                               "ground yet.",
    "reason.contradict.videos": "{count} {count:plural:video|videos} filmed at the venue within "
                                "the window {count:plural:shows|show} what is inconsistent with "
                                "the stated ground ({excuse}): {photos}.",
    "reason.contradict.mixed": "{count} photos and videos taken at the venue within the window "
                               "show what is inconsistent with the stated ground ({excuse}): "
                               "{photos}.",
    "reason.support.videos": "{count} {count:plural:video|videos} filmed at the venue within "
                             "the window {count:plural:shows|show} what bears out the stated "
                             "ground ({excuse}): {photos}.",
    "reason.support.mixed": "{count} photos and videos taken at the venue within the window "
                            "show what bears out the stated ground ({excuse}): {photos}.",
    "reason.photo": "{photo} at {local} ({utc}): {items}",
    "reason.photo_outweighed": "{photo} at {local} ({utc}): {items}; the reviewer also "
                               "recorded {outweighed}, which the head-count rule sets aside",
    "reason.video": "{photo}, filmed from {local} to {until} ({utc}): {items}",
    "reason.video_outweighed": "{photo}, filmed from {local} to {until} ({utc}): {items}; the "
                               "reviewer also recorded {outweighed}, which the head-count "
                               "rule sets aside",
    "reason.photos": "{which} at {moments}: {items}",
    "reason.photos_outweighed": "{which} at {moments}: {items}; the reviewer also recorded "
                                "{outweighed} on each, which the head-count rule sets aside",
    "ref.photo": "photo {id}",
    "ref.photo_start": "Photo {id}",
    "rule.nobody": "nobody there (a head count of 0 recorded): by the head-count rule, the "
                   "venue was not occupied",
    "rule.few_people": "{people} recorded, fewer than {limit}: by the head-count rule, too few "
                       "to make the venue unavailable",
    "rule.many_people": "{people} recorded, not fewer than {limit}: the head-count rule does "
                        "not apply",
    "rule.room_left": "{people} recorded; with the {expected} participants the assembly "
                      "expected they come to no more than the venue's capacity of {capacity}: "
                      "by the head-count rule, the venue had room for the assembly",
    "rule.no_room": "{people} recorded; with the {expected} participants the assembly expected "
                    "they exceed the venue's capacity of {capacity}: the head-count rule does "
                    "not find room",
    "caveat.approximate": "The position of {venue} is approximate (not surveyed): distances to "
                          "it are uncertain.",
    "caveat.not_designated": "{venue} was not a designated venue on {day}.",
    "caveat.photo": "{photo}: {notes}.",
    "caveat.coverage": "The photos cover {fraction:.0%} of the claimed window (each taken to "
                       "show the venue {minutes} minutes either side); {gaps} "
                       "{gaps:plural:gap remains|gaps remain}.",
    "note.clock_ahead": "its camera clock was {seconds:duration} ahead of the GPS clock; it is "
                        "dated by the GPS clock",
    "note.clock_behind": "its camera clock was {seconds:duration} behind the GPS clock; it is "
                         "dated by the GPS clock",
    "note.offset_assumed": "its UTC offset is assumed from the case's time zone",
    "note.gps_only": "only its GPS clock dates it",
    "note.undated": "it cannot be dated",
    "note.editor": "it was saved by an image editor ({software})",
    "note.rewritten": "the file was written again after capture",
    "note.credentials_edits": "its Content Credentials record an edit after capture",
    "note.proof_disowns": "its capture app's proof shows it is not the file the app saw (the "
                          "proof states another SHA-256, or its signature over the file fails)",
    "note.accuracy_unknown": "its GPS accuracy is not recorded ({metres:.0f} m assumed)",
    "note.accuracy_low": "its GPS position is accurate only to {metres:.0f} m",
    "note.outside": "it stands {distance:.0f} m outside the venue's boundary, within its GPS "
                    "accuracy of {accuracy:.0f} m",
    "basis.gps": "GPS clock",
    "basis.exif": "camera clock, with the offset the camera recorded",
    "basis.container": "the video's start as its file records it (UTC)",
    "basis.credentials": "the time-stamp of the file's trusted Content Credentials",
    "basis.location": "camera clock, with the time zone at its position",
    "basis.case": "camera clock, with the case's time zone",
    "basis.camera": "camera clock",
    "basis.unknown": "unknown",
    "excuse.repair_works": "repair works",
    "excuse.other_event": "other event",
    "excuse.capacity": "capacity",
    "excuse.public_order": "public order",
    "excuse.epidemic": "epidemic",
    "excuse.procedural": "procedural",
    "excuse.late_filing": "late filing",
    "excuse.not_designated": "not designated",
    "excuse.other": "other",
    "tag.venue_empty": "venue empty",
    "tag.no_event_visible": "no event visible",
    "tag.event_in_progress": "event in progress",
    "tag.stage_or_equipment": "stage or equipment",
    "tag.no_repair_activity": "no repair activity",
    "tag.repair_activity": "repair activity",
    "tag.barriers_or_fencing": "barriers or fencing",
    "tag.access_open": "access open",
    "tag.access_blocked": "access blocked",
}
# The procedure findings' words and Art. 14(1)'s items (evidence/procedure_words.py).
EN.update(PROCEDURE_EN)
EN.update(OCCUPANCY_EN)
