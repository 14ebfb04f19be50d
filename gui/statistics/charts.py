"""Stacked bars of verdicts per group (venue, excuse, month), drawn with Qt Charts.

One bar per group, one coloured segment per verdict; a click on a segment says which group and
which verdict it stands for, so the caller can show those refusals.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from evidence.results import Counts, Verdict
from gui.widgets import vocabulary

BAR_PX = 34           # height per bar, so a long list of venues stays readable
MIN_HEIGHT_PX = 150
MAX_LABEL_CHARS = 34


class VerdictBars(QChartView):
    """Horizontal stacked bars: a row per group, its refusals split by verdict."""

    # A segment was clicked: the group's key (as given to set_groups) and the verdict.
    segment_clicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.keys: list[str] = []
        self.series = QHorizontalStackedBarSeries()
        self.series.setBarWidth(0.6)
        self.sets: dict[Verdict, QBarSet] = {}
        for verdict in Verdict:
            bar_set = QBarSet(vocabulary.verdict_short(verdict))
            bar_set.setColor(QColor(verdict.colour))
            bar_set.setBorderColor(QColor(verdict.colour))
            bar_set.clicked.connect(lambda index, v=verdict: self._clicked(index, v.value))
            self.sets[verdict] = bar_set
            self.series.append(bar_set)
        chart = QChart()
        chart.addSeries(self.series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        self.groups_axis = QBarCategoryAxis()
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        chart.addAxis(self.groups_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.groups_axis)
        self.series.attachAxis(self.count_axis)
        self.setChart(chart)

    def retranslate(self) -> None:
        """The legend's verdict names in the interface's language."""
        for verdict, bar_set in self.sets.items():
            bar_set.setLabel(vocabulary.verdict_short(verdict))

    def set_groups(self, groups: Sequence[tuple[str, str, Counts]]) -> None:
        """Shows `groups` as (key, label, counts by verdict), the first one at the top."""
        ordered = list(reversed(groups))  # a horizontal chart draws its first category lowest
        self.keys = [key for key, _label, _counts in ordered]
        for verdict, bar_set in self.sets.items():
            bar_set.remove(0, bar_set.count())
            bar_set.append([float(counts[verdict]) for _k, _l, counts in ordered])
        self.groups_axis.clear()
        self.groups_axis.append(_distinct([_short(label) for _k, label, _c in ordered]) or [""])
        most = max((counts.claims for _k, _l, counts in groups), default=0)
        self.count_axis.setRange(0, max(most, 1))
        self.count_axis.setTickCount(max(most, 1) + 1 if most <= 10 else 6)
        self.setMinimumHeight(max(MIN_HEIGHT_PX, BAR_PX * len(groups) + 90))

    def bar_count(self) -> int:
        """How many groups (bars) are drawn."""
        return len(self.keys)

    def click(self, key: str, verdict: str) -> None:
        """As if the user clicked the segment of `verdict` in `key`'s bar (for tests)."""
        self.sets[Verdict(verdict)].clicked.emit(self.keys.index(key))

    @Slot(int, str)
    def _clicked(self, index: int, verdict: str) -> None:
        if 0 <= index < len(self.keys):
            self.segment_clicked.emit(self.keys[index], verdict)


def _distinct(labels: list[str]) -> list[str]:
    """The axis merges equal labels into one bar: two venues cut to the same name stay two."""
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        unique.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return unique


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[:MAX_LABEL_CHARS - 1] + "…"
