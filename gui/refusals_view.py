"""The Refusals tab: the case's refusals with their verdicts, and the selected one explained."""

from __future__ import annotations

from collections.abc import Iterable
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

from gui import refusal_detail
from gui.claim_timeline import ClaimTimeline
from gui.photos_view import compact_table, select_table_row
from gui.refusal_filters import RefusalFilterBar, RefusalFilterProxy
from gui.refusal_model import RefusalColumn, RefusalModel

MAX_VENUE_COLUMN_PX = 220


class ReadableWhenSelected(QStyledItemDelegate):
    """A coloured cell's text turns the selection's text colour on a selected row (red on the
    selection's blue cannot be read); its coloured icon keeps the colour."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
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

    def show_claims(self, claims: Iterable[dict[str, Any]]) -> None:
        """Shows a newly opened case's judged claims, the first one selected; the filters stay."""
        claims = list(claims)
        self.model.set_claims(claims)
        self.filters.set_claims(claims)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        # A long venue name is elided (its tooltip has it whole) so the verdict stays in sight.
        header.resizeSection(RefusalColumn.VENUE, min(header.sectionSize(RefusalColumn.VENUE),
                                                      MAX_VENUE_COLUMN_PX))
        if self.proxy.rowCount():
            self.select_row(0)

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
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            if self.model.claim(source)["claim_id"] == claim_id:
                self.select_row(row)
                return True
        return False

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(self.model.claim(self.proxy.mapToSource(index).row())
                                     ["claim_id"])

    @Slot()
    def show_current(self) -> None:
        claim = self.current_claim()
        self.timeline.set_claim(claim)
        self.map_button.setEnabled(claim is not None)
        if claim is None:
            self.detail.setHtml(refusal_detail.empty_html())
            return
        self.detail.setHtml(refusal_detail.to_html(claim))
        self.claim_selected.emit(claim["claim_id"])

    @Slot()
    def _request_map(self) -> None:
        claim = self.current_claim()
        if claim is not None:
            self.map_requested.emit(claim["claim_id"])

    def current_claim(self) -> dict[str, Any] | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.claim(self.proxy.mapToSource(index).row()) if index.isValid() else None
