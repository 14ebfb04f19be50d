"""After an import: how many files came in, and each file that did not (or came in with a problem).

A non-modal window: the case is usable while it is open, and nothing interrupts a batch.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence.importer import LINK_OUTSIDE, ImportResult
from gui.photos.importing import ImportOutcome
from gui.widgets.text import numerus


class ImportSummary(QDialog):
    """Counts of imported, duplicate and rejected files, and the files to look at, with why."""

    def __init__(self, outcome: ImportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished") if not outcome.cancelled
                            else self.tr("Import cancelled"))
        self.setModal(False)
        self.headline = QLabel(self.headline_text(outcome))
        self.headline.setWordWrap(True)
        self.files = QTreeWidget()
        self.files.setHeaderLabels([self.tr("File"), self.tr("Outcome"), self.tr("Why")])
        self.files.setRootIsDecorated(False)
        self.files.setAlternatingRowColors(True)
        self.files.setWordWrap(True)
        header = self.files.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for result in outcome.results:
            if result.outcome != "imported" or result.reason:
                self.files.addTopLevelItem(self._item(result))
        self.files.setVisible(self.files.topLevelItemCount() > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.files, 1)
        layout.addWidget(buttons)
        self.resize(720, 360 if self.files.topLevelItemCount() else 120)

    def headline_text(self, outcome: ImportOutcome) -> str:
        if outcome.refusal:
            return outcome.refusal
        text = self.tr("{imported} imported, {duplicate} already in the case, "
                       "{rejected} rejected.").format(
            imported=outcome.count("imported"), duplicate=outcome.count("duplicate"),
            rejected=outcome.count("rejected"))
        if outcome.cancelled:
            text = numerus("ImportSummary", "Cancelled after {done} of %n file(s): everything "
                           "imported before stopping is kept and recorded. ",
                           outcome.total).format(done=outcome.done) + text
        return text

    def _item(self, result: ImportResult) -> QTreeWidgetItem:
        words = {"imported": self.tr("imported"), "duplicate": self.tr("already in the case"),
                 "rejected": self.tr("rejected")}
        why = result.reason or (self.tr("the same bytes were imported before")
                                if result.outcome == "duplicate" else "")
        if result.reason == LINK_OUTSIDE:  # the core's words for it, said in the window's
            why = self.tr("skipped: link to outside the folder")
        item = QTreeWidgetItem([os.path.basename(result.source),
                                words.get(result.outcome, result.outcome), why])
        item.setToolTip(0, result.source)
        item.setToolTip(2, why)
        return item

    def rows(self) -> list[tuple[str, str, str]]:
        """The listed files as (name, outcome, why), for tests and for copying."""
        items = (self.files.topLevelItem(n) for n in range(self.files.topLevelItemCount()))
        return [(i.text(0), i.text(1), i.text(2)) for i in items]
