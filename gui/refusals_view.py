"""The Refusals tab: the case's refusals with their verdicts, and the selected one explained."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QWidget,
)

from gui import refusal_detail
from gui.photos_view import compact_table, select_table_row
from gui.refusal_model import RefusalColumn, RefusalModel, sort_proxy

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
    """The refusal table beside the selected refusal's excuse, window, verdict and reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.model = RefusalModel(self)
        self.proxy = sort_proxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = compact_table(self.proxy)
        self.verdict_delegate = ReadableWhenSelected(self.table)
        self.table.setItemDelegateForColumn(RefusalColumn.VERDICT, self.verdict_delegate)
        self.table.selectionModel().currentRowChanged.connect(self.show_current)
        self.proxy.modelReset.connect(self.show_current)
        self.detail = QTextBrowser()
        self.detail.setAcceptDrops(False)
        self.detail.setHtml(refusal_detail.empty_html())
        self.addWidget(self.table)
        self.addWidget(self.detail)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def show_claims(self, claims: Iterable[dict[str, Any]]) -> None:
        """Shows a newly opened case's judged claims, the first one selected."""
        self.model.set_claims(claims)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        # A long venue name is elided (its tooltip has it whole) so the verdict stays in sight.
        header.resizeSection(RefusalColumn.VENUE, min(header.sectionSize(RefusalColumn.VENUE),
                                                      MAX_VENUE_COLUMN_PX))
        if self.model.rowCount():
            self.select_row(0)

    def select_row(self, row: int) -> None:
        select_table_row(self.table, row)

    @Slot()
    def show_current(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            self.detail.setHtml(refusal_detail.empty_html())
            return
        claim = self.model.claim(self.proxy.mapToSource(index).row())
        self.detail.setHtml(refusal_detail.to_html(claim))

    def current_claim(self) -> dict[str, Any] | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.claim(self.proxy.mapToSource(index).row()) if index.isValid() else None
