"""Narrowing the Refusals table: by venue, excuse, verdict and a range of dates, combined.

Every word of the bar is made in code, so it is made again when the language changes
(`RefusalFilterBar.retranslate`), the choices kept."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence.model import Category
from evidence.results import ClaimResult, Verdict
from evidence.timing import zone
from gui.app import i18n
from gui.refusals.model import SORT_ROLE, RefusalModel
from gui.widgets import vocabulary
from gui.widgets.text import numerus

DOCUMENT_DATE, WINDOW_DATE = "document", "window"


@dataclass(frozen=True)
class RefusalFilter:
    """What a refusal must be to be shown; None (or no dates) lets every value through."""

    venue: str | None = None          # the venue's slug
    category: str | None = None       # an excuse category code
    verdict: str | None = None        # a verdict code
    date_basis: str = WINDOW_DATE     # which date the range applies to
    date_from: date | None = None
    date_to: date | None = None       # inclusive

    def accepts(self, claim: ClaimResult) -> bool:
        if self.venue is not None and claim.venue.slug != self.venue:
            return False
        if self.category is not None and claim.claim.category.value != self.category:
            return False
        if self.verdict is not None and claim.verdict.value != self.verdict:
            return False
        if self.date_from is None and self.date_to is None:
            return True
        day = claim_date(claim, self.date_basis)
        return ((self.date_from is None or day >= self.date_from)
                and (self.date_to is None or day <= self.date_to))

    def is_empty(self) -> bool:
        return self == RefusalFilter(date_basis=self.date_basis)


def claim_date(result: ClaimResult, basis: str) -> date:
    """The refusal's document date, or the local date its claimed window starts on."""
    claim = result.claim
    if basis == DOCUMENT_DATE:
        return date.fromisoformat(claim.document_date[:10])
    return claim.window_start.astimezone(zone(claim.window_zone)).date()


def month_range(month: str) -> tuple[date, date]:
    """The first and last day of 'YYYY-MM'."""
    year, number = (int(part) for part in month.split("-"))
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


class RefusalFilterProxy(QSortFilterProxyModel):
    """Sorts refusals by each cell's real value and shows only those the filter accepts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._filter = RefusalFilter()

    def refusal_filter(self) -> RefusalFilter:
        return self._filter

    def set_refusal_filter(self, wanted: RefusalFilter) -> None:
        if wanted == self._filter:
            return
        self.beginFilterChange()
        self._filter = wanted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if source_parent.isValid() or not isinstance(model, RefusalModel):
            return False
        return self._filter.accepts(model.claim(source_row))


class RefusalFilterBar(QWidget):
    """The filter row above the table: combos, a date range, 'n of m shown' and Reset."""

    changed = Signal()

    def __init__(self, proxy: RefusalFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.claims: list[ClaimResult] = []
        self.venue = self._combo()
        self.category = self._combo()
        for code in (c.value for c in Category):
            self.category.addItem("", code)
        self.verdict = self._combo()
        for verdict in Verdict:
            self.verdict.addItem(vocabulary.verdict_icon(verdict), "", verdict.value)
        self.basis = QComboBox()
        self.basis.addItem("", WINDOW_DATE)
        self.basis.addItem("", DOCUMENT_DATE)
        self.basis.currentIndexChanged.connect(self._apply)
        self.date_from, self.date_to = self._date_edit(), self._date_edit()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.shown = QLabel()
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        # Two rows, so the table beside the refusal's detail needs no more width than before.
        what, when = QHBoxLayout(), QHBoxLayout()
        for widget in (self.venue, self.category, self.verdict):
            what.addWidget(widget, 1)
        for widget in (self.basis, self.from_label, self.date_from, self.to_label,
                       self.date_to):
            when.addWidget(widget)
        when.addStretch()
        when.addWidget(self.shown)
        when.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(what)
        layout.addLayout(when)
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset,
                       proxy.layoutChanged):
            signal.connect(self._update_count)
        self.retranslate()
        i18n.watch(self, self.retranslate)

    @Slot()
    def retranslate(self) -> None:
        """Every word of the bar in the interface's language; what is chosen stays chosen."""
        self.venue.setItemText(0, self.tr("All venues"))
        self._fill_venues()
        self.category.setItemText(0, self.tr("All excuses"))
        for i in range(1, self.category.count()):
            self.category.setItemText(i, vocabulary.category(self.category.itemData(i)))
        self.verdict.setItemText(0, self.tr("All verdicts"))
        for i in range(1, self.verdict.count()):
            self.verdict.setItemText(i, vocabulary.verdict(self.verdict.itemData(i)))
        self.basis.setItemText(0, self.tr("Window date"))
        self.basis.setItemText(1, self.tr("Document date"))
        self.from_label.setText(self.tr("from"))
        self.to_label.setText(self.tr("to"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any"))  # the minimum means "no limit"
        self.reset_button.setText(self.tr("Reset"))
        self._update_count()

    def _combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem("", None)     # everything: its words set by retranslate
        # A set width, long names elided: a long venue name must not push the count away.
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(self._apply)
        return combo

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setDate(edit.minimumDate())
        edit.dateChanged.connect(self._apply)
        return edit

    def set_claims(self, claims: list[ClaimResult]) -> None:
        """Offers the venues that have refusals, keeping the chosen one when it is still there."""
        self.claims = list(claims)
        self._fill_venues()
        self._apply()

    def _fill_venues(self) -> None:
        """The venues with refusals, by their names in the interface's language (a stand-in
        name in italics, its tooltip saying which name is missing), the chosen one kept."""
        chosen = self.venue.currentData()
        labels = {c.venue.slug: vocabulary.venue_label(c.venue.venue) for c in self.claims}
        self.venue.blockSignals(True)
        while self.venue.count() > 1:
            self.venue.removeItem(1)
        for slug, label in sorted(labels.items(), key=lambda item: item[1].text.casefold()):
            self.venue.addItem(label.text, slug)
            if not label.own:
                row = self.venue.count() - 1
                italic = QFont(self.venue.font())
                italic.setItalic(True)
                self.venue.setItemData(row, italic, Qt.ItemDataRole.FontRole)
                self.venue.setItemData(row, vocabulary.missing_name(label),
                                       Qt.ItemDataRole.ToolTipRole)
        self.venue.setCurrentIndex(max(self.venue.findData(chosen), 0) if chosen else 0)
        self.venue.blockSignals(False)

    def set_filter(self, venue: str | None = None, category: str | None = None,
                   verdict: str | None = None, month: str | None = None) -> None:
        """Shows only the refusals of this venue (slug), excuse, verdict and window month
        ('YYYY-MM'); None lets every value through. Replaces the whole filter."""
        first, last = month_range(month) if month else (None, None)
        self._set_all(RefusalFilter(venue, category, verdict, WINDOW_DATE, first, last))

    @Slot()
    def reset(self) -> None:
        self._set_all(RefusalFilter(date_basis=self.proxy.refusal_filter().date_basis))

    def _set_all(self, wanted: RefusalFilter) -> None:
        widgets = (self.venue, self.category, self.verdict, self.basis, self.date_from,
                   self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        for combo, value in ((self.venue, wanted.venue), (self.category, wanted.category),
                             (self.verdict, wanted.verdict), (self.basis, wanted.date_basis)):
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
        for edit, day in ((self.date_from, wanted.date_from), (self.date_to, wanted.date_to)):
            edit.setDate(QDate(day.year, day.month, day.day) if day else edit.minimumDate())
        for widget in widgets:
            widget.blockSignals(False)
        self._apply()

    def current(self) -> RefusalFilter:
        return RefusalFilter(self.venue.currentData(), self.category.currentData(),
                             self.verdict.currentData(), self.basis.currentData(),
                             self._day(self.date_from), self._day(self.date_to))

    def _day(self, edit: QDateEdit) -> date | None:
        if edit.date() == edit.minimumDate():
            return None
        return edit.date().toPython()

    @Slot()
    def _apply(self) -> None:
        wanted = self.current()
        if wanted != self.proxy.refusal_filter():
            self.proxy.set_refusal_filter(wanted)
            self.changed.emit()
        self.reset_button.setEnabled(not wanted.is_empty())
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        total = self.proxy.sourceModel().rowCount() if self.proxy.sourceModel() else 0
        # The plural agrees with the total: "1 of 5 refusals shown", "0 of 1 refusal shown".
        self.shown.setText(numerus("RefusalFilterBar", "{shown} of %n refusal(s) shown",
                                   total).format(shown=self.proxy.rowCount()))
