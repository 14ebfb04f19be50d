"""The occupancy window's forms: keep a saved page, capture one from the web, type in an event,
read a page's table. Each only gathers what the user typed; the core (on the session's lane)
decides whether it can be kept, and a refusal is shown in the form, which stays open."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence.model import OccupancyPage, Venue
from evidence.occupancy_table import MAX_ROWS, Reading
from evidence.printable import printable
from gui.refusals.occupancy_capture import Captured, PageCapturer
from gui.widgets.widgets import error_label

PAGE_FILTER = "Saved pages (*.html *.htm *.pdf *.png *.jpg *.jpeg);;All files (*)"
NOT_STATED = -1

Covers = tuple[str | None, str | None]


class _Form(QDialog):
    """A form with a message line and OK/Cancel; `fail` shows why the core refused it."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        self.fields = QFormLayout()
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.addLayout(self.fields)
        self.error = error_label()
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    @Slot(str)
    def fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def busy(self) -> None:
        self.error.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def covers_fields(self) -> tuple[QLineEdit, QLineEdit]:
        """The first and last date the page lists (both, or neither)."""
        first, last = QLineEdit(), QLineEdit()
        for field in (first, last):
            field.setPlaceholderText("YYYY-MM-DD")
        row = QHBoxLayout()
        row.addWidget(first)
        row.addWidget(QLabel("–"))
        row.addWidget(last)
        self.fields.addRow(self.tr("Dates the page lists:"), row)
        note = QLabel(self.tr("Without them no absence of an event is claimed from the page."))
        note.setWordWrap(True)
        self.fields.addRow("", note)
        return first, last


def _covers(first: QLineEdit, last: QLineEdit) -> Covers:
    return (first.text().strip() or None, last.text().strip() or None)


class SavedPageForm(_Form):
    """A page the user saved: the file, where it was saved from, when."""

    submitted = Signal(str, str, str, object)   # path, url, captured at, covers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keep a saved page"), parent)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.fields.addRow(self.tr("File (HTML, PDF or screenshot):"), row)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://almaty.gov.kz/…")
        self.fields.addRow(self.tr("Address it was saved from:"), self.url)
        self.captured = QLineEdit()
        self.captured.setPlaceholderText("2025-06-05 10:30+05:00")
        self.fields.addRow(self.tr("Saved at (with its UTC offset):"), self.captured)
        self.first, self.last = self.covers_fields()
        self.buttons.accepted.connect(self._submit)

    @Slot()
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The saved page"), "", PAGE_FILTER)
        if path:
            self.path.setText(path)

    def _submit(self) -> None:
        self.busy()
        self.submitted.emit(self.path.text().strip(), self.url.text().strip(),
                            self.captured.text().strip(), _covers(self.first, self.last))


class CaptureForm(_Form):
    """Loads the address and captures it, after saying what going online reveals."""

    submitted = Signal(object, object)   # Captured, covers

    def __init__(self, parent: QWidget | None = None,
                 capturer: Callable[[], PageCapturer] = PageCapturer) -> None:
        super().__init__(self.tr("Capture the akimat's page from the web"), parent)
        warning = QLabel(self.tr(
            "Going online reveals this computer's network address, and that this page is "
            "opened now, to the akimat's website and to whoever watches this network. Skver "
            "sends nothing else: no cookies, nothing of the case. Capture only when that is "
            "safe, or save the page elsewhere and keep the saved file instead."))
        warning.setWordWrap(True)
        self.fields.addRow(warning)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://almaty.gov.kz/…")
        self.fields.addRow(self.tr("Address:"), self.url)
        self.first, self.last = self.covers_fields()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.layout_.insertWidget(1, self.status)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Go online and capture"))
        self.buttons.accepted.connect(self._start)
        self.capturer = capturer()
        self.capturer.captured.connect(self._captured)
        self.capturer.failed.connect(self.fail)
        self.finished.connect(lambda _result: self.capturer.dispose())

    def _start(self) -> None:
        if not self.capturer.start(self.url.text()):
            self.fail(self.tr("Give a web page's address, beginning with https:// or http://."))
            return
        self.busy()
        self.status.setText(self.tr("Loading {url}…").format(url=self.url.text().strip()))

    @Slot(object)
    def _captured(self, captured: Captured) -> None:
        self.status.setText(self.tr("Captured; keeping it in the case…"))
        self.submitted.emit(captured, _covers(self.first, self.last))

    @Slot(str)
    def fail(self, message: str) -> None:
        self.status.clear()
        super().fail(message)


class CoversForm(_Form):
    """The dates a kept page lists, said (or corrected) after it was kept."""

    submitted = Signal(object)   # covers

    def __init__(self, page: OccupancyPage, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dates page {n} lists").format(n=page.id), parent)
        self.first, self.last = self.covers_fields()
        self.first.setText(page.covers_from or "")
        self.last.setText(page.covers_to or "")
        self.buttons.accepted.connect(self._submit)

    def _submit(self) -> None:
        self.busy()
        self.submitted.emit(_covers(self.first, self.last))


class CompleteForm(_Form):
    """A person's word that every event a kept page lists at a case venue is entered."""

    submitted = Signal()

    def __init__(self, page: OccupancyPage, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Page {n}: its list of events is complete").format(n=page.id),
                         parent)
        note = QLabel(self.tr(
            "Say this only once every event the page lists at a venue of this case is entered. "
            "Then the page, where it lists a refusal's dates, shows that no other event was "
            "published there; until then no absence is claimed from it. The custody log keeps "
            "who said it and when."))
        note.setWordWrap(True)
        self.fields.addRow(note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Mark complete"))
        self.buttons.accepted.connect(self._submit)

    def _submit(self) -> None:
        self.busy()
        self.submitted.emit()


class RemoveEntryForm(_Form):
    """Why an event entered by mistake is removed (the custody log keeps it and the reason)."""

    submitted = Signal(str)

    def __init__(self, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Remove event {n}").format(n=entry_id), parent)
        note = QLabel(self.tr("The custody log keeps what the event was and why it was removed."))
        note.setWordWrap(True)
        self.fields.addRow(note)
        self.reason = QLineEdit()
        self.fields.addRow(self.tr("Why:"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Remove"))
        self.buttons.accepted.connect(self._submit)

    def _submit(self) -> None:
        self.busy()
        self.submitted.emit(self.reason.text().strip())


class EntryForm(_Form):
    """One event the page lists, typed in."""

    submitted = Signal(int, int, str, str, str, object)  # page, venue, start, end, name, count

    def __init__(self, pages: Sequence[OccupancyPage], venues: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add an event the page lists"), parent)
        self.page = QComboBox()
        for page in pages:
            self.page.addItem(self.tr("Page {n}: {url}").format(n=page.id, url=page.url),
                              page.id)
        self.fields.addRow(self.tr("Page:"), self.page)
        self.venue = QComboBox()
        for venue_id, name in venues:
            self.venue.addItem(name, venue_id)
        self.fields.addRow(self.tr("Venue:"), self.venue)
        self.start = QLineEdit()
        self.start.setPlaceholderText("2025-06-10 10:00")
        self.fields.addRow(self.tr("Starts (the case's time zone):"), self.start)
        self.end = QLineEdit()
        self.end.setPlaceholderText("14:00")
        self.fields.addRow(self.tr("Ends:"), self.end)
        self.participants = QSpinBox()
        self.participants.setRange(NOT_STATED, 10_000_000)
        self.participants.setSpecialValueText(self.tr("not stated"))
        self.participants.setValue(NOT_STATED)
        self.fields.addRow(self.tr("Expected participants:"), self.participants)
        self.name = QLineEdit()
        self.fields.addRow(self.tr("Event, as printed:"), self.name)
        self.buttons.accepted.connect(self._submit)

    def _submit(self) -> None:
        self.busy()
        count = self.participants.value()
        self.submitted.emit(int(self.page.currentData()), int(self.venue.currentData()),
                            self.start.text().strip(), self.end.text().strip(),
                            self.name.text().strip(), None if count == NOT_STATED else count)


class TableReadForm(_Form):
    """The page's table as read: each row's place, and the venue the person confirms for it."""

    submitted = Signal(object)   # {place as printed: venue id}

    def __init__(self, reading: Reading, venues: Sequence[Venue], names: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Events read from the page's table"), parent)
        self.setMinimumWidth(960)
        intro = QLabel(self.tr(
            "Each row as the page prints it. Where its place matches no venue by name, choose "
            "the venue it is, or leave it out. Rows already recorded from this page are not "
            "recorded twice."))
        intro.setWordWrap(True)
        self.fields.addRow(intro)
        self.table = QTableWidget(len(reading.entries), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Place, as printed"), self.tr("Venue"),
                                              self.tr("Date"), self.tr("Time"),
                                              self.tr("Expected participants")])
        self.combos: list[tuple[str, QComboBox]] = []
        for row, proposed in enumerate(reading.entries):
            self.table.setItem(row, 0, _item(printable(proposed.place)))
            combo = QComboBox()
            combo.addItem(self.tr("— leave out —"), None)
            for venue in venues:
                combo.addItem(names.get(venue.id or 0, venue.slug), venue.id)
            if proposed.venue_id is not None:
                combo.setCurrentIndex(combo.findData(proposed.venue_id))
            self.table.setCellWidget(row, 1, combo)
            self.combos.append((proposed.place, combo))
            self.table.setItem(row, 2, _item(proposed.day.isoformat()))
            self.table.setItem(row, 3, _item(f"{proposed.start:%H:%M}–{proposed.end:%H:%M}"))
            count = proposed.expected_participants
            self.table.setItem(row, 4, _item("—" if count is None else str(count)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.layout_.insertWidget(1, self.table)
        if reading.skipped:
            skipped = QLabel(self.tr("{n} rows could not be read as events (no date, or no "
                                     "start and end time).").format(n=len(reading.skipped)))
            skipped.setWordWrap(True)
            self.layout_.insertWidget(2, skipped)
        if reading.cut:
            cut = QLabel(self.tr("The page has more than {n} table rows; those after them were "
                                 "not read: type their events in.").format(n=MAX_ROWS))
            cut.setWordWrap(True)
            self.layout_.insertWidget(2, cut)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.accepted.connect(self._submit)

    def _submit(self) -> None:
        self.busy()
        mapping = {place: None if combo.currentData() is None else int(combo.currentData())
                   for place, combo in self.combos}
        self.submitted.emit(mapping)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
