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

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


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
            render(v, table, fallback) if isinstance(v, Phrase) else str(v) for v in value)
    return value


# The English table. The keys are the contract with reports.strings, which gives each of them
# in Russian and Kazakh; tests check that every table has every key with the same arguments.
EN: dict[str, str] = {
    "sep.items": ", ",
    "sep.notes": "; ",
    "sep.photos": "; ",
    "span.start": "the start",
    "span.now": "now",
    "designation.basis": "its designation",
    "reason.designated": "{venue} was a designated venue on {day} ({basis}, valid from "
                         "{valid_from} to {valid_to}).",
    "reason.not_designated": "{venue} was not a designated venue on {day} ({basis}, valid from "
                             "{valid_from} to {valid_to}).",
    "reason.untestable": "Photos of the venue cannot test an excuse of {excuse}.",
    "reason.no_photos": "No photo was taken at {venue} within the claimed window.",
    "reason.no_bearing": "{count} photo(s) were taken at {venue} within the window, but no "
                         "reviewer's observation bears on this excuse yet.",
    "reason.contradict": "{count} photo(s) taken at the venue within the window contradict the "
                         "excuse of {excuse}: {photos}.",
    "reason.support": "{count} photo(s) taken at the venue within the window support the "
                      "excuse of {excuse}: {photos}.",
    "reason.photo": "photo {id} at {local} ({utc}): {items}",
    "seen.few_people": "only {count} people (fewer than {limit})",
    "seen.nobody": "nobody there",
    "caveat.approximate": "The position of {venue} is approximate (not surveyed): distances to "
                          "it are uncertain.",
    "caveat.not_designated": "{venue} was not a designated venue on {day}.",
    "caveat.photo": "Photo {id}: {notes}.",
    "caveat.coverage": "The photos cover {fraction:.0%} of the claimed window (each taken to "
                       "show the venue {minutes} minutes either side); {gaps} gap(s) remain.",
    "note.clock_ahead": "its camera clock was {hours:.1f} h ahead of the GPS clock; it is dated "
                        "by the GPS clock",
    "note.clock_behind": "its camera clock was {hours:.1f} h behind the GPS clock; it is dated "
                         "by the GPS clock",
    "note.offset_assumed": "its UTC offset is assumed from the case's time zone",
    "note.gps_only": "only its GPS clock dates it",
    "note.undated": "it cannot be dated",
    "note.editor": "it was saved by an image editor ({software})",
    "note.rewritten": "the file was written again after capture",
    "note.accuracy_unknown": "its GPS accuracy is not recorded ({metres:.0f} m assumed)",
    "note.accuracy_low": "its GPS position is accurate only to {metres:.0f} m",
    "note.outside": "it stands {distance:.0f} m outside the venue's boundary, within its GPS "
                    "accuracy of {accuracy:.0f} m",
    "basis.gps": "GPS clock",
    "basis.exif": "camera clock, with the offset the camera recorded",
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
