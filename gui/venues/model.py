"""The table of a case's venues: where and when each was designated, and what its refusals got."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from evidence.model import Venue
from evidence.results import ClaimResult, Verdict
from gui.widgets import vocabulary

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
VENUE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class VenueColumn(IntEnum):
    NAME = 0
    CITY = 1
    VALID_FROM = 2
    VALID_TO = 3
    CONFIDENCE = 4
    REFUSALS = 5
    VERDICTS = 6    # last, taking the rest: read whole on a 1280 px laptop; the legal basis
    #                 (a decision's long title) is in the name's tooltip and the venue's form


def confidence_name(code: str) -> str:
    """How sure a venue's position is, in the user's words."""
    names = {"surveyed": QCoreApplication.translate("VenueModel", "surveyed"),
             "photo-gps": QCoreApplication.translate("VenueModel", "photo GPS"),
             "approximate": QCoreApplication.translate("VenueModel", "approximate")}
    return names.get(code, code)


class VenueModel(QAbstractTableModel):
    """Venues (evidence.model.Venue) with the verdicts of the refusals that name them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._venues: list[Venue] = []
        self._verdicts: dict[str, Counter[Verdict]] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._venues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(VenueColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(VenueColumn):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips()[VenueColumn(section)]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {VenueColumn.NAME: self.tr("Venue"), VenueColumn.CITY: self.tr("City"),
                 VenueColumn.VALID_FROM: self.tr("Valid from"),
                 VenueColumn.VALID_TO: self.tr("Valid to"),
                 VenueColumn.CONFIDENCE: self.tr("Position"),
                 VenueColumn.REFUSALS: self.tr("Refusals"),
                 VenueColumn.VERDICTS: self.tr("Verdicts")}
        return names.get(VenueColumn(section))

    def _header_tips(self) -> dict[VenueColumn, str]:
        """What each column holds, whole (its header may be cut or broken over two lines)."""
        return {
            VenueColumn.NAME: self.tr("The venue's name in the interface's language; its legal "
                                      "basis on hover"),
            VenueColumn.CITY: self.tr("The city the venue is in"),
            VenueColumn.VALID_FROM: self.tr("The first day the venue is designated for "
                                            "assemblies (—: from the start)"),
            VenueColumn.VALID_TO: self.tr("The last day the venue is designated for assemblies "
                                          "(—: still designated)"),
            VenueColumn.CONFIDENCE: self.tr("How sure the venue's position is: surveyed, from a "
                                            "photo's GPS, or approximate"),
            VenueColumn.REFUSALS: self.tr("How many refusals name this venue"),
            VenueColumn.VERDICTS: self.tr("What the photos make of those refusals: how many "
                                          "of each verdict"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._venues):
            return None
        venue = self._venues[index.row()]
        column = VenueColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(venue, column)
        if column == VenueColumn.NAME and role == Qt.ItemDataRole.ToolTipRole:
            name = vocabulary.venue_cell(venue, role)  # a stand-in name said so
            basis = self.tr("Legal basis: {basis}").format(basis=venue.legal_basis)
            return f"{name}\n{basis}" if venue.legal_basis else name
        if column == VenueColumn.NAME and role == Qt.ItemDataRole.FontRole:
            return vocabulary.venue_cell(venue, role)  # a stand-in name: in italics
        if role == SORT_ROLE:
            return self._sort_value(venue, column)
        if role == VENUE_ID_ROLE:
            return venue.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VenueColumn.REFUSALS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, venue: Venue, column: VenueColumn) -> str:
        if column == VenueColumn.NAME:
            return vocabulary.venue_name(venue)
        if column == VenueColumn.CITY:
            return venue.city
        if column == VenueColumn.VALID_FROM:
            return venue.valid_from or "—"
        if column == VenueColumn.VALID_TO:
            return venue.valid_to or "—"
        if column == VenueColumn.CONFIDENCE:
            return confidence_name(str(venue.confidence))
        if column == VenueColumn.REFUSALS:
            return str(sum(self._verdicts.get(venue.slug, Counter()).values()))
        return self.verdict_summary(venue.slug)

    def _sort_value(self, venue: Venue, column: VenueColumn) -> Any:
        if column == VenueColumn.REFUSALS:
            return sum(self._verdicts.get(venue.slug, Counter()).values())
        if column in (VenueColumn.VALID_FROM, VenueColumn.VALID_TO):
            return getattr(venue, column.name.lower()) or ""
        return self._display(venue, column).casefold()

    def verdict_summary(self, slug: str) -> str:
        """E.g. "2 inconsistent with the ground, 1 cannot be established", the strongest
        first."""
        counts = self._verdicts.get(slug, Counter())
        order = sorted(counts, key=lambda verdict: verdict.rank)
        return ", ".join(vocabulary.verdict_count(v, counts[v]) for v in order)

    def set_case(self, venues: Iterable[Venue], claims: Iterable[ClaimResult]) -> None:
        self.beginResetModel()
        self._venues = list(venues)
        self._verdicts = _tally(claims)
        self.endResetModel()

    def update(self, venues: Iterable[Venue], claims: Iterable[ClaimResult]) -> None:
        """The same venues with new values or verdicts: rows repainted, none rebuilt (the
        selection stays); a venue added or removed resets the table."""
        venues = list(venues)
        if [v.id for v in venues] != [v.id for v in self._venues]:
            self.set_case(venues, claims)
            return
        self._venues = venues
        self._verdicts = _tally(claims)
        if self._venues:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._venues) - 1, len(VenueColumn) - 1))

    def venue(self, row: int) -> Venue:
        return self._venues[row]

    def row_of(self, venue_id: int) -> int | None:
        return next((n for n, v in enumerate(self._venues) if v.id == venue_id), None)


def _tally(claims: Iterable[ClaimResult]) -> dict[str, Counter[Verdict]]:
    found: dict[str, Counter[Verdict]] = {}
    for claim in claims:
        found.setdefault(claim.venue.slug, Counter())[claim.verdict] += 1
    return found
