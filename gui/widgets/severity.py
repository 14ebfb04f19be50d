"""How the GUI shows a finding: its severity's rank, colour and small round icon, and what it
means in the interface's language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from evidence import phrases
from evidence.model import Finding, Inspection, Severity
from reports import strings

# The order a reader cares about: the worst finding decides how a photo is shown.
RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.CRITICAL: 3}

# Colours readable on both light and dark table backgrounds; "clean" is the no-findings state.
COLOURS = {
    Severity.CRITICAL: "#c62828",
    Severity.WARNING: "#e08600",
    Severity.INFO: "#1e6fbf",
    None: "#2e7d32",
}

_dots: dict[str, QIcon] = {}


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The most serious severity among `findings`, or None when there are none."""
    return max((f.severity for f in findings), key=RANK.__getitem__, default=None)


def label(severity: Severity | None) -> str:
    """The severity's name in the user's language."""
    names = {
        Severity.CRITICAL: QCoreApplication.translate("Severity", "critical"),
        Severity.WARNING: QCoreApplication.translate("Severity", "warning"),
        Severity.INFO: QCoreApplication.translate("Severity", "info"),
        None: QCoreApplication.translate("Severity", "no findings"),
    }
    return names[severity]


def finding_text(finding: Finding, *, video: bool) -> str:
    """What the finding means, in the interface's language, said of a photo or a `video`: in
    Russian and Kazakh the sentence the report gives its code (resources/report/strings.*.json,
    its video's own where it names the medium); in English the inspection's own sentence, which
    also carries its figures (by how much a clock is off, which editor) and names the medium."""
    from gui.app import i18n

    lang = i18n.current()
    if lang == "en":
        return finding.message
    return phrases.for_medium(strings.table(lang), f"finding.{finding.code}", video,
                              finding.message)


def error_text(result: Inspection) -> str:
    """Why a file could not be read as a photo, in the interface's language: said by the
    finding that records it (or, where none repeats the reader's words, its gravest finding)
    through `finding_text`, the one place finding words come from."""
    error = result.metadata.error or ""
    found = next((f for f in result.findings if f.message == error), None)
    if found is None:
        found = max(result.findings, key=lambda f: RANK[f.severity], default=None)
    return finding_text(found, video=result.is_video) if found is not None else error


def icon(severity: Severity | None) -> QIcon:
    """A filled circle in the severity's colour."""
    return dot(COLOURS[severity])


def dot(colour: str) -> QIcon:
    """A filled circle in `colour` (made once per colour: pixmaps need a running app)."""
    if colour not in _dots:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(4, 4, 24, 24)
        painter.end()
        made = QIcon(pixmap)
        made.addPixmap(pixmap, QIcon.Mode.Selected)  # keep the colour on a selected row
        _dots[colour] = made
    return _dots[colour]
