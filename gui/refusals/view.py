"""The Refusals tab: the case's refusals with their verdicts, and the selected one explained."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evidence.photo_time import PhotoTime
from evidence.results import ClaimResult
from gui.app import i18n
from gui.app.state import CaseState, Change
from gui.refusals import detail as refusal_detail
from gui.refusals.filters import RefusalFilterBar, RefusalFilterProxy
from gui.refusals.model import RefusalColumn, RefusalModel
from gui.refusals.timeline import ClaimTimeline
from gui.widgets.tables import (
    ColumnFitter,
    compact_table,
    fit_columns,
    select_table_row,
    squeeze_columns,
)

MAX_VENUE_COLUMN_PX = 220
# A verdict's words are long ('Photos inconsistent with the stated ground (with limits)'): cut
# in the middle past this width, so the photos and coverage stay in sight and '(with limits)'
# too; the tooltip says it whole.
MAX_VERDICT_COLUMN_PX = 330
WIDEST = {RefusalColumn.VENUE: MAX_VENUE_COLUMN_PX, RefusalColumn.VERDICT: MAX_VERDICT_COLUMN_PX}
# In a narrow table the two are cut further, to these widths at least, so that every column
# stays in sight.
NARROWEST = {RefusalColumn.VENUE: 110, RefusalColumn.VERDICT: 170}


class ReadableWhenSelected(QStyledItemDelegate):
    """A coloured cell's text turns the selection's text colour on a selected row (red on the
    selection's blue cannot be read); its coloured icon keeps the colour. Text too long for the
    cell is cut in its middle: a verdict's end, '(with limits)', stays in sight."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
        if option.state & QStyle.StateFlag.State_Selected:
            option.palette.setBrush(QPalette.ColorRole.Text,
                                    option.palette.brush(QPalette.ColorRole.HighlightedText))


class RefusalsView(QSplitter):
    """The refusal table beside the selected refusal's excuse, window, verdict and reasons,
    its timeline of photos and a way to see it on the map."""

    claim_selected = Signal(int)    # the refusal now current: its claim id
    map_requested = Signal(int)     # "Show on map" for this claim
    edit_requested = Signal(int)    # Enter or a double click on a row: edit this claim

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.times: Mapping[int, PhotoTime] = {}   # the case's photos' times as shown
        self.model = RefusalModel(self)
        self.proxy = RefusalFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = compact_table(self.proxy)
        self.filters = RefusalFilterBar(self.proxy)
        # Enter on a row, or a double click (which the view also reports as activated).
        self.table.activated.connect(self._on_activated)
        self.verdict_delegate = ReadableWhenSelected(self.table)
        self.table.setItemDelegateForColumn(RefusalColumn.VERDICT, self.verdict_delegate)
        self.table.selectionModel().currentRowChanged.connect(self.show_current)
        self.proxy.modelReset.connect(self.show_current)
        self.detail = QTextBrowser()
        self.detail.setAcceptDrops(False)
        self.detail.setHtml(refusal_detail.empty_html())
        self.timeline = ClaimTimeline()
        self.map_button = QPushButton(self.tr("Show on map"))
        self.map_button.setEnabled(False)
        self.map_button.clicked.connect(self._request_map)
        self.addWidget(self._table_pane())
        self.addWidget(self._claim_pane())
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self._fitter = ColumnFitter(self.table, self.model, self._fit_columns)  # and on resize
        i18n.watch(self, self.retranslate)

    def fit_columns(self) -> None:
        """Each column as wide as it needs, then the venue and verdict cut so that every column
        is in sight at the table's width."""
        self._fitter()

    def _fit_columns(self) -> None:
        fit_columns(self.table, widest=WIDEST)
        squeeze_columns(self.table, NARROWEST)

    @Slot()
    def retranslate(self) -> None:
        """The language changed: the table's headers and cells, the button, and the refusal's
        detail and timeline in the new language (the filter bar redoes its own)."""
        self.map_button.setText(self.tr("Show on map"))
        last = len(RefusalColumn) - 1
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, last))
        self.fit_columns()
        self.blockSignals(True)     # the same refusal, said again: not a new choice
        try:
            self.show_current()
        finally:
            self.blockSignals(False)

    def _table_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        return pane

    def _claim_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.timeline)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 0, 6, 6)
        buttons.addStretch()
        buttons.addWidget(self.map_button)
        layout.addLayout(buttons)
        return pane

    def set_case(self, state: CaseState | None) -> None:
        """Shows a newly opened case's judged claims, the same one selected again if it is
        there (else the first); the filters stay. None: no case."""
        self.times = state.times if state is not None else {}
        self.show_claims(list(state.claims) if state is not None else [])

    def show_claims(self, claims: list[ClaimResult]) -> None:
        keep = self.current_claim()
        self.model.set_claims(claims)
        self.filters.set_claims(claims)
        # A long venue name or verdict is elided (its tooltip has it whole) so the photos and
        # coverage stay in sight.
        self.fit_columns()
        if keep is not None and self.select_claim(keep.claim_id):
            return
        if self.proxy.rowCount():
            self.select_row(0)

    def apply(self, change: Change) -> None:
        """Repaints the rows of the refusals judged again (and adds new ones); the selection
        stays where it was."""
        if change.reloaded:
            self.set_case(change.state)
            return
        self.times = change.state.times
        if not change.claims and not change.removed_claims:
            return
        current = self.current_claim()
        judged = [c for claim_id in sorted(change.claims)
                  if (c := change.state.claim(claim_id)) is not None]
        self.model.update_claims(judged, change.removed_claims)
        if any(c.venue.slug not in self._venues_listed() for c in judged):
            self.filters.set_claims(list(change.state.claims))
        if current is not None and current.claim_id in change.claims:
            self.show_current()

    def _venues_listed(self) -> set[str]:
        combo = self.filters.venue
        return {combo.itemData(i) for i in range(1, combo.count())}

    def set_filter(self, venue: str | None = None, category: str | None = None,
                   verdict: str | None = None, month: str | None = None) -> None:
        """Shows only the refusals of this venue (slug), excuse category, verdict and month of
        the claimed window ('YYYY-MM'); None lets every value through."""
        self.filters.set_filter(venue, category, verdict, month)
        if self.proxy.rowCount() and not self.table.selectionModel().currentIndex().isValid():
            self.select_row(0)

    def select_row(self, row: int) -> None:
        select_table_row(self.table, row)

    def select_claim(self, claim_id: int) -> bool:
        """Selects the row of this claim; False when it is not shown (e.g. filtered out)."""
        source = self.model.row_of(claim_id)
        if source is None:
            return False
        row = self.proxy.mapFromSource(self.model.index(source, 0)).row()
        if row < 0:
            return False  # filtered out
        self.select_row(row)
        return True

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(
                self.model.claim(self.proxy.mapToSource(index).row()).claim_id)

    @Slot()
    def show_current(self) -> None:
        claim = self.current_claim()
        self.timeline.set_claim(claim, self.times)
        self.map_button.setEnabled(claim is not None)
        if claim is None:
            self.detail.setHtml(refusal_detail.empty_html())
            return
        self.detail.setHtml(refusal_detail.to_html(claim, self.times))
        self.claim_selected.emit(claim.claim_id)

    @Slot()
    def _request_map(self) -> None:
        claim = self.current_claim()
        if claim is not None:
            self.map_requested.emit(claim.claim_id)

    def current_claim(self) -> ClaimResult | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.claim(self.proxy.mapToSource(index).row()) if index.isValid() else None
