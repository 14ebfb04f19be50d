"""The Statistics tab, for monitors auditing many refusals: verdicts by venue, excuse and month
as charts and as tables (the copyable, accessible form of the same numbers), and the excuses
that keep coming back. A bar, a row or a recurring excuse asks the Refusals tab for its refusals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidence.results import Aggregates, Counts, Recurring, Verdict
from gui.app import i18n
from gui.app.state import CaseState, Change
from gui.statistics.charts import VerdictBars
from gui.statistics.model import (
    GROUP_KEY_ROLE,
    RATE_COLUMN,
    VERDICT_COLUMNS,
    StatisticsModel,
    percent,
)
from gui.widgets import vocabulary
from gui.widgets.tables import ColumnFitter, fit_columns, squeeze_columns, wrap_headers
from gui.widgets.text import numerus

GROUPINGS = ("by_venue", "by_category", "by_month")
FIELD_OF = {"by_venue": "venue", "by_category": "category", "by_month": "month"}
# The group's name (a venue's, an excuse's) is cut to no less than this, its tooltip whole, so
# that the counts and the share stay in sight on a 1280 px laptop in every language.
NARROWEST_NAME = 80


class GroupPage(QSplitter):
    """One grouping: its stacked bars above the table of the same numbers."""

    requested = Signal(dict)        # a filter for the Refusals tab

    def __init__(self, grouping: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.field = FIELD_OF[grouping]
        self.chart = VerdictBars()
        self.chart.segment_clicked.connect(self._on_segment)
        self.model = StatisticsModel("", self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        wrap_headers(self.table)   # long verdict names on two lines (ru, kk)
        self._fitter = ColumnFitter(self.table, self.model, self._fit_columns)  # and on resize
        self.table.activated.connect(self._on_activated)
        self.show_button = QPushButton()
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(lambda: self._on_activated(self.table.currentIndex()))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_button.setEnabled(current.isValid()))
        below = QWidget()
        layout = QVBoxLayout(below)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.show_button)
        layout.addLayout(buttons)
        self.addWidget(self.chart)
        self.addWidget(below)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)

    def retranslate(self, heading: str) -> None:
        """The page's words in the interface's language (the groups are set again after)."""
        self.model.set_heading(heading)
        self.show_button.setText(self.tr("Show these refusals"))
        self.copy_button.setText(self.tr("Copy table"))
        self.chart.retranslate()

    def set_groups(self, groups: list[tuple[str, str, Counts]],
                   stand_ins: dict[str, str] | None = None) -> None:
        """Shows (key, label, counts) rows; `stand_ins` gives, for a venue shown by a name
        standing in for the missing one, which name is missing (its row in italics)."""
        self.model.set_groups(groups, stand_ins)
        self.chart.set_groups(groups)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as it needs, then the group's name cut so that every count
        and the share are in sight at the table's width."""
        self._fitter()

    def _fit_columns(self) -> None:
        fit_columns(self.table)
        squeeze_columns(self.table, {0: NARROWEST_NAME},
                        self.table.sizeHintForColumn(RATE_COLUMN))

    @Slot(str, str)
    def _on_segment(self, key: str, verdict: str) -> None:
        self.requested.emit({self.field: key, "verdict": verdict})

    @Slot(object)
    def _on_activated(self, index: Any) -> None:
        if not index.isValid():
            return
        wanted = {self.field: self.model.data(index, GROUP_KEY_ROLE)}
        verdict = VERDICT_COLUMNS.get(index.column())
        if verdict is not None:  # the user picked a verdict's cell: only those refusals
            wanted["verdict"] = verdict.value
        self.requested.emit(wanted)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_text())


class StatisticsView(QWidget):
    """The aggregates of the open case; `filter_requested` carries RefusalsView.set_filter's
    keyword arguments (venue, category, verdict, month)."""

    filter_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = {grouping: GroupPage(grouping) for grouping in GROUPINGS}
        self.groupings = QTabWidget()
        for grouping in GROUPINGS:
            self.groupings.addTab(self.pages[grouping], "")
            self.pages[grouping].requested.connect(self.filter_requested)
        self.recurring = QListWidget()
        self.recurring.setWordWrap(True)
        # A few lines are enough for the usual one or two patterns; the tables need the room.
        self.recurring.setMaximumHeight(self.recurring.fontMetrics().lineSpacing() * 4 + 12)
        self.recurring.itemActivated.connect(self._on_recurring)
        self.recurring_box = QGroupBox()
        box_layout = QVBoxLayout(self.recurring_box)
        box_layout.addWidget(self.recurring)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.groupings, 1)
        layout.addWidget(self.recurring_box)
        self._shown: tuple[dict[str, str], Aggregates | None] | None = None
        self._waiting: CaseState | None = None    # a changed case, shown when the tab is
        self._state: CaseState | None = None      # the case whose numbers are shown
        self._retranslate_words()
        self._show({}, None)
        i18n.watch(self, self.retranslate)

    @Slot()
    def retranslate(self) -> None:
        """The language changed: every word, the venues' and months' names, the charts'
        legends said again in it (the numbers stay)."""
        self._retranslate_words()
        shown = self._waiting or self._state
        self._waiting = None
        if shown is None:
            self._show({}, None)
        else:
            self._show(self._names(shown), shown.result.aggregates, shown)

    def _retranslate_words(self) -> None:
        headings = {"by_venue": self.tr("Venue"), "by_category": self.tr("Excuse"),
                    "by_month": self.tr("Month")}
        titles = {"by_venue": self.tr("By venue"), "by_category": self.tr("By excuse"),
                  "by_month": self.tr("By month")}
        for n, grouping in enumerate(GROUPINGS):
            self.pages[grouping].retranslate(headings[grouping])
            self.groupings.setTabText(n, titles[grouping])
        self.recurring_box.setTitle(self.tr("Recurring excuses: the same excuse for the same "
                                            "venue in several months, never borne out"))

    def set_case(self, state: CaseState | None) -> None:
        """Shows the aggregates of the case's judged refusals; None: no case."""
        self._waiting = None
        if state is None:
            self._show({}, None)
            return
        self._show(self._names(state), state.result.aggregates, state)

    def apply(self, change: Change) -> None:
        """The numbers again when they changed: at once while the tab is showing, else when it
        is next shown (a save in the Photos tab does not wait for charts no one sees)."""
        if not (change.claims or change.removed_claims or change.venues or change.reloaded):
            return
        if self.isVisible():
            self._show_if_changed(change.state)
        else:
            self._waiting = change.state

    def showEvent(self, event: QShowEvent) -> None:
        if self._waiting is not None:
            state, self._waiting = self._waiting, None
            self._show_if_changed(state)
        super().showEvent(event)

    def _show_if_changed(self, state: CaseState) -> None:
        names = self._names(state)
        if (names, state.result.aggregates) != self._shown:
            self._show(names, state.result.aggregates, state)
        else:
            self._state = state

    @staticmethod
    def _names(state: CaseState) -> dict[str, str]:
        return {c.venue.slug: vocabulary.venue_name(c.venue.venue) for c in state.claims}

    @staticmethod
    def _stand_ins(state: CaseState) -> dict[str, str]:
        """The venues shown by a name standing in for the interface language's: which is
        missing, by slug."""
        out = {}
        for claim in state.claims:
            label = vocabulary.venue_label(claim.venue.venue)
            if not label.own:
                out[claim.venue.slug] = vocabulary.missing_name(label)
        return out

    def _show(self, names: dict[str, str], aggregates: Aggregates | None,
              state: CaseState | None = None) -> None:
        self._shown = (names, aggregates)
        self._state = state
        self.summary.setText(self._summary(aggregates.all if aggregates else None))
        labels = {"by_venue": lambda key: names.get(key, key),
                  "by_category": vocabulary.category, "by_month": month_name}
        stand_ins = self._stand_ins(state) if state is not None else {}
        for grouping in GROUPINGS:
            groups = getattr(aggregates, grouping) if aggregates else {}
            self.pages[grouping].set_groups(
                [(key, labels[grouping](key), counts) for key, counts in groups.items()],
                stand_ins if grouping == "by_venue" else None)
        self.recurring.clear()
        for pattern in aggregates.recurring if aggregates else ():
            item = QListWidgetItem(self._recurring_text(pattern, names))
            item.setData(Qt.ItemDataRole.UserRole, {"venue": pattern.venue,
                                                    "category": pattern.category})
            self.recurring.addItem(item)
        if not self.recurring.count():
            placeholder = QListWidgetItem(self.tr("No excuse recurs in this case."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recurring.addItem(placeholder)

    def _summary(self, counts: Counts | None) -> str:
        if counts is None or not counts.claims:
            return self.tr("The case has no refusals yet.")
        rate = counts.contradiction_rate
        text = numerus("StatisticsView", "%n refusal(s): {verdicts}.", counts.claims).format(
            verdicts=", ".join(vocabulary.verdict_count(v, counts[v]) for v in Verdict
                                if counts[v]))
        if rate is not None:
            text += " " + self.tr("The photos are inconsistent with the stated ground in {rate} "
                                  "of the refusals they could test.").format(rate=percent(rate))
        return text

    def _recurring_text(self, pattern: Recurring, names: dict[str, str]) -> str:
        months = ", ".join(month_name(m) for m in pattern.months)
        return self.tr("{venue}: “{excuse}” {in_months} ({months}); {photographed}, "
                       "{contradicted}, none borne out.").format(
            venue=names.get(pattern.venue, pattern.venue_name),
            excuse=vocabulary.category(pattern.category),
            in_months=numerus("StatisticsView", "in %n month(s)", len(pattern.months)),
            months=months,
            photographed=numerus("StatisticsView", "{photographed} of %n refusal(s) "
                                 "photographed", len(pattern.claims)).format(
                photographed=pattern.photographed),
            contradicted=vocabulary.verdict_count(Verdict.CONTRADICTED, pattern.contradicted))

    @Slot(QListWidgetItem)
    def _on_recurring(self, item: QListWidgetItem) -> None:
        wanted = item.data(Qt.ItemDataRole.UserRole)
        if wanted:
            self.filter_requested.emit(dict(wanted))


def month_name(month: str) -> str:
    """'2022-06' as the interface's language names the month ('June 2022', 'июнь 2022',
    'маусым 2022')."""
    try:
        year, number = (int(part) for part in month.split("-"))
    except ValueError:
        return month
    if not 1 <= number <= 12:
        return month
    return f"{QLocale(i18n.current()).standaloneMonthName(number)} {year}"
