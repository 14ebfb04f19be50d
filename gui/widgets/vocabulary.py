"""The core's codes in the user's words: verdicts (with colours), excuse categories, photo tags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from evidence import phrases
from evidence.model import Venue
from evidence.results import Outcome, Verdict
from evidence.rules import HeadCount, Sighting, sighting_phrase
from gui.widgets import severity
from reports import strings


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def verdict(code: Verdict | str) -> str:
    names = {"contradicted": _t("contradicted"), "supported": _t("supported"),
             "mixed": _t("mixed"), "unverified": _t("unverified")}
    return names.get(str(code), str(code))


def verdict_explained(code: Verdict | str) -> str:
    """One sentence saying what the verdict means for the refusal."""
    sentences = {
        "contradicted": _t("Photos taken at the venue in the claimed window contradict the "
                           "excuse."),
        "supported": _t("Photos taken at the venue in the claimed window bear the excuse out."),
        "mixed": _t("Some photos contradict the excuse and some bear it out."),
        "unverified": _t("The photos in the case can neither confirm nor refute the excuse."),
    }
    return sentences.get(str(code), "")


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
    from gui.app import i18n

    lang = i18n.current()
    order = {"ru": (venue.name_ru,), "kk": (venue.name_kk, venue.name_ru)}.get(lang, ())
    return next((name for name in order if name), venue.name_en)


def sighting(item: Sighting) -> str:
    """What bears on an excuse: a tag a reviewer gave, or what the head-count rule made of
    their count (in the words the report uses, in the interface's language)."""
    if isinstance(item, HeadCount):
        from gui.app import i18n

        return phrases.render(sighting_phrase(item), strings.table(i18n.current()))
    return tag(item.value)
