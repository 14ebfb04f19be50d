"""The core's codes in the user's words: verdicts (with colours), excuse categories, photo tags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from gui import severity

# Contradicted is what the activists came for: the refusal's excuse did not hold on the ground.
VERDICT_COLOURS = {
    "contradicted": "#c62828",
    "mixed": "#e08600",
    "supported": "#2e7d32",
    "unverified": "#757575",
}
VERDICT_ORDER = {"contradicted": 0, "mixed": 1, "supported": 2, "unverified": 3}


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def verdict(code: str) -> str:
    names = {"contradicted": _t("contradicted"), "supported": _t("supported"),
             "mixed": _t("mixed"), "unverified": _t("unverified")}
    return names.get(code, code)


def verdict_explained(code: str) -> str:
    """One sentence saying what the verdict means for the refusal."""
    sentences = {
        "contradicted": _t("Photos taken at the venue in the claimed window contradict the "
                           "excuse."),
        "supported": _t("Photos taken at the venue in the claimed window bear the excuse out."),
        "mixed": _t("Some photos contradict the excuse and some bear it out."),
        "unverified": _t("The photos in the case can neither confirm nor refute the excuse."),
    }
    return sentences.get(code, "")


def verdict_colour(code: str) -> str:
    return VERDICT_COLOURS.get(code, VERDICT_COLOURS["unverified"])


def verdict_icon(code: str) -> QIcon:
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
