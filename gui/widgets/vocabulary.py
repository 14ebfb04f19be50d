"""The core's codes in the user's words: verdicts (with colours), excuse categories, photo tags."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QIcon

from evidence import phrases
from evidence.model import Venue
from evidence.results import ClaimResult, Outcome, Verdict
from evidence.rules import HeadCount, Sighting, sighting_phrase
from evidence.venue_names import LocalName, local_name
from gui.widgets import severity
from gui.widgets.text import numerus
from reports import strings


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def verdict(code: Verdict | str) -> str:
    """The verdict's name, as the report names it ('Photos inconsistent with the stated
    ground'; resources/report/strings.*.json, verdict.*), in the interface's language."""
    names = {"contradicted": _t("Photos inconsistent with the stated ground"),
             "supported": _t("Photos bear out the stated ground"),
             "mixed": _t("Photos point both ways"),
             "unverified": _t("Cannot be established from the photos")}
    return names.get(str(code), str(code))


def verdict_of(result: ClaimResult) -> str:
    """One refusal's verdict as the report says it, its limits flagged: 'Photos inconsistent
    with the stated ground (with limits)'."""
    words = verdict(result.verdict)
    return _t("{verdict} (with limits)").format(verdict=words) if result.basis.limited \
        else words


def limits(result: ClaimResult) -> list[str]:
    """What limits the refusal's verdict, in the report's words in the interface's language
    ('a single photo', 'the venue's position is approximate')."""
    from gui.app import i18n

    table = strings.table(i18n.current())
    return [table[f"limit.{x.value}"] for x in result.basis.limits]


def verdict_count(code: Verdict | str, n: int) -> str:
    """A count of refusals with a verdict, in the short words a status bar or a summary uses:
    '3 inconsistent with the ground', '1 bears out the ground' (plural forms by Qt)."""
    # Literal calls, one per verdict: scripts/translations.py finds only those for the .ts.
    said = {"contradicted": lambda: numerus("Vocabulary", "%n inconsistent with the ground", n),
            "supported": lambda: numerus("Vocabulary", "%n (bears|bear) out the ground", n),
            "mixed": lambda: numerus("Vocabulary", "%n (points|point) both ways", n),
            "unverified": lambda: numerus("Vocabulary", "%n cannot be established", n)}
    say = said.get(str(code))
    return say() if say else f"{n} {code}"


def verdict_short(code: Verdict | str) -> str:
    """The verdict in a few words, for a column header or a chart's legend."""
    names = {"contradicted": _t("Inconsistent with the ground"),
             "supported": _t("Bearing out the ground"),
             "mixed": _t("Pointing both ways"),
             "unverified": _t("Cannot be established")}
    return names.get(str(code), str(code))


def verdict_explained(code: Verdict | str) -> str:
    """One sentence saying what the verdict means for the refusal."""
    sentences = {
        "contradicted": _t("At least one photo taken at the venue in the claimed window shows "
                           "what is inconsistent with the stated ground, and none bears it "
                           "out."),
        "supported": _t("Photos taken at the venue in the claimed window bear the stated ground "
                        "out, and none is inconsistent with it."),
        "mixed": _t("Some photos are inconsistent with the stated ground and some bear it out."),
        "unverified": _t("No counting photo bears on the stated ground, or it is a ground "
                         "photos cannot test."),
    }
    return sentences.get(str(code), "")


def verdict_tooltip(result: ClaimResult) -> str:
    """The verdict whole, what it means and, when something limits it, what: for a refusal's
    verdict cell (cut short where the column is narrow)."""
    text = verdict_of(result) + "\n" + verdict_explained(result.verdict)
    found = limits(result)
    if found:
        text += "\n" + _t("Limited by: {limits}").format(limits="; ".join(found))
    return text


def verdict_colour(code: Verdict | str) -> str:
    """The verdict's colour, declared once with the verdict (evidence.results)."""
    try:
        return Verdict(code).colour
    except ValueError:
        return Verdict.UNVERIFIED.colour


def outcome_colour(outcome: Outcome) -> str:
    return outcome.colour


def verdict_icon(code: Verdict | str) -> QIcon:
    return severity.dot(verdict_colour(code))


def category(code: str) -> str:
    names = {
        "repair_works": _t("repair works"), "other_event": _t("another event"),
        "capacity": _t("capacity"), "public_order": _t("public order"),
        "epidemic": _t("epidemic"), "procedural": _t("procedural"),
        "late_filing": _t("late filing"), "not_designated": _t("not a designated venue"),
        "other": _t("other"),
    }
    return names.get(code, code)


def tag(code: str) -> str:
    names = {
        "venue_empty": _t("venue empty"), "no_event_visible": _t("no event visible"),
        "event_in_progress": _t("event in progress"),
        "stage_or_equipment": _t("stage or equipment"),
        "no_repair_activity": _t("no repair activity"),
        "repair_activity": _t("repair activity"),
        "barriers_or_fencing": _t("barriers or fencing"), "access_open": _t("access open"),
        "access_blocked": _t("access blocked"),
    }
    return names.get(code, code.replace("_", " "))


def venue_name(venue: Venue) -> str:
    """The venue's name in the interface's language when the case has it (a Kazakh reader gets
    the Russian name before the English one)."""
    return venue_label(venue).text


def venue_label(venue: Venue) -> LocalName:
    """The venue's name for the interface's language, and whether it is the name in that
    language or one standing in for it (`own`): shown in italics, with `missing_name` beside."""
    from gui.app import i18n

    return local_name(venue, i18n.current())


def missing_name(name: LocalName) -> str:
    """What a stand-in name is marked with ("no Russian name recorded"); empty for a name in the
    language asked for."""
    if name.own:
        return ""
    return {"en": _t("no English name recorded"), "ru": _t("no Russian name recorded"),
            "kk": _t("no Kazakh name recorded")}[name.wanted]


def venue_cell(venue: Venue, role: int) -> Any:
    """A table cell naming a venue, beyond its text: the whole name as its tooltip and, for a
    name standing in for the one in the interface's language, italics and a tooltip saying
    which name is missing."""
    label = venue_label(venue)
    if role == Qt.ItemDataRole.ToolTipRole:
        missing = missing_name(label)
        return f"{label.text} ({missing})" if missing else label.text
    if role == Qt.ItemDataRole.FontRole and not label.own:
        font = QFont()
        font.setItalic(True)
        return font
    return None


def sighting(item: Sighting) -> str:
    """What bears on an excuse: a tag a reviewer gave, or what the head-count rule made of
    their count (in the words the report uses, in the interface's language)."""
    if isinstance(item, HeadCount):
        from gui.app import i18n

        return phrases.render(sighting_phrase(item), strings.table(i18n.current()))
    return tag(item.value)
