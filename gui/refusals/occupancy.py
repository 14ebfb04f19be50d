"""The akimat's published occupancy (Refusals ▸ Akimat's published occupancy…): the copies of
its page kept in the case and the events they list, and the ways to add both.

Resolution No. 61-NP of 20 January 2025 requires the akimat to publish the occupancy of the
specialised places; each "another event" refusal is held against what was kept here
(evidence/occupancy_check.py) and the refusal's pane and the report say what was found. Every
change is a session task (gui/refusals/occupancy_jobs.py) signed by who is working."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence.model import EntrySource, OccupancyPage, PageCapture
from evidence.occupancy_table import Reading
from evidence.printable import printable
from evidence.venue_names import local_name
from gui.app import i18n
from gui.app.state import CaseState
from gui.refusals import occupancy_jobs as jobs
from gui.refusals.occupancy_capture import Captured
from gui.refusals.occupancy_forms import (
    CaptureForm,
    CompleteForm,
    CoversForm,
    EntryForm,
    RemoveEntryForm,
    SavedPageForm,
    TableReadForm,
)

if TYPE_CHECKING:
    from gui.app.actions import Actions
    from gui.app.session import CaseSession

MEDIA = {"text/html": "HTML", "application/pdf": "PDF"}


class OccupancyWindow(QDialog):
    """The pages kept and the events entered, with the buttons that add them."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form: QDialog | None = None
        self.setMinimumSize(960, 560)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.pages_title = QLabel()
        layout.addWidget(self.pages_title)
        self.pages = _table(7)
        layout.addWidget(self.pages, 1)
        row = QHBoxLayout()
        self.keep_saved = QPushButton()
        self.capture = QPushButton()
        self.read = QPushButton()
        self.covers = QPushButton()
        self.complete = QPushButton()
        for button, slot in ((self.keep_saved, self.open_saved), (self.capture, self.open_capture),
                             (self.covers, self.open_covers), (self.read, self.read_table),
                             (self.complete, self.open_complete)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.entries_title = QLabel()
        layout.addWidget(self.entries_title)
        self.entries = _table(7)
        layout.addWidget(self.entries, 1)
        row = QHBoxLayout()
        self.add_entry = QPushButton()
        self.add_entry.clicked.connect(self.open_entry)
        row.addWidget(self.add_entry)
        self.remove_entry = QPushButton()
        self.remove_entry.clicked.connect(self.open_remove)
        row.addWidget(self.remove_entry)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        row.addWidget(close)
        layout.addLayout(row)
        self.pages.itemSelectionChanged.connect(self._enable)
        self.entries.itemSelectionChanged.connect(self._enable)
        session.opened.connect(self.show_state)
        session.changed.connect(lambda change: self.show_state(change.state))
        session.closed.connect(self.close)
        i18n.watch(self, self.retranslate)
        self.retranslate()

    # --- what is shown --------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The akimat's published occupancy"))
        self.intro.setText(self.tr(
            "Constitutional Court normative resolution No. 61-NP of 20 January 2025 requires "
            "the akimat to publish on its website the occupancy of the specialised places: the "
            "planned events, their place, date, start and end time and expected number of "
            "participants. Keep copies of that page here and the events it lists: each refusal "
            "whose ground is another event is held against them."))
        self.pages_title.setText(self.tr("Copies of the page kept in the case"))
        self.pages.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Kept as"), self.tr("How"), self.tr("Captured (UTC)"),
            self.tr("Dates it lists"), self.tr("Address"), self.tr("SHA-256")])
        self.entries_title.setText(self.tr("Events the page lists"))
        self.entries.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Page"), self.tr("Venue"), self.tr("Date"),
            self.tr("Time"), self.tr("Expected participants"), self.tr("Event, as printed")])
        self.keep_saved.setText(self.tr("Keep a saved page…"))
        self.capture.setText(self.tr("Capture from the web…"))
        self.read.setText(self.tr("Read its table…"))
        self.covers.setText(self.tr("Dates it lists…"))
        self.complete.setText(self.tr("Its list is complete…"))
        self.remove_entry.setText(self.tr("Remove the event…"))
        self.add_entry.setText(self.tr("Add an event…"))
        self.show_state(self.session.state)

    @Slot(object)
    def show_state(self, state: CaseState | None) -> None:
        if state is None:
            self.pages.setRowCount(0)
            self.entries.setRowCount(0)
            self._enable()
            return
        data = state.data
        self.pages.setRowCount(len(data.occupancy_pages))
        for row, page in enumerate(data.occupancy_pages):
            self._fill(self.pages, row, page.id, [
                str(page.id), MEDIA.get(page.media_type, page.media_type), self._how(page),
                page.captured_utc.replace("T", " ").replace("Z", ""), self._listed(page),
                printable(page.url), page.sha256[:16] + "…"],
                       tips={5: printable(page.url), 6: page.sha256})
        names = self.venue_names(state)
        self.entries.setRowCount(len(data.occupancy_entries))
        for row, entry in enumerate(data.occupancy_entries):
            count = entry.expected_participants
            self._fill(self.entries, row, entry.id or 0, [
                str(entry.id), str(entry.page_id), names.get(entry.venue_id, "?"), entry.day,
                f"{entry.start:%H:%M}–{entry.end:%H:%M}",
                self.tr("not stated") if count is None else i18n.locale().toString(count),
                printable(entry.event_name) or "—"],
                       tips={6: self._entered(entry.source, printable(entry.row_text))})
        for table in (self.pages, self.entries):
            table.resizeColumnsToContents()
        self._enable()

    def _how(self, page: OccupancyPage) -> str:
        return (self.tr("captured by Skver") if page.capture is PageCapture.CAPTURED
                else self.tr("saved by a person"))

    def _listed(self, page: OccupancyPage) -> str:
        if page.covers_from and page.covers_to:
            return f"{page.covers_from} – {page.covers_to}"
        return self.tr("not stated")

    def _entered(self, source: EntrySource, row_text: str) -> str:
        if source is EntrySource.PAGE_TABLE:
            return self.tr("Read from the page's table: {row}").format(row=row_text)
        return self.tr("Typed in by a person")

    @staticmethod
    def venue_names(state: CaseState) -> dict[int, str]:
        lang = i18n.current()
        return {v.id: local_name(v, lang).text for v in state.data.venues if v.id is not None}

    def _fill(self, table: QTableWidget, row: int, key: int, cells: list[str],
              tips: dict[int, str]) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if column in tips:
                item.setToolTip(tips[column])
            table.setItem(row, column, item)

    def _enable(self) -> None:
        state = self.session.state
        has_case = state is not None
        for button in (self.keep_saved, self.capture):
            button.setEnabled(has_case)
        page = self.current_page()
        self.read.setEnabled(page is not None and page.media_type == "text/html")
        self.covers.setEnabled(page is not None)
        self.complete.setEnabled(page is not None and page.events_recorded is None)
        self.remove_entry.setEnabled(bool(self.entries.selectedItems()))
        self.add_entry.setEnabled(has_case and bool(state and state.data.occupancy_pages)
                                  and bool(state and state.data.venues))

    def current_page(self) -> OccupancyPage | None:
        state, items = self.session.state, self.pages.selectedItems()
        if state is None or not items:
            return None
        key = items[0].data(Qt.ItemDataRole.UserRole)
        return next((p for p in state.data.occupancy_pages if p.id == key), None)

    # --- the forms ------------------------------------------------------------------------

    def _open(self, form: QDialog) -> QDialog:
        if self.form is not None:
            self.form.close()
        self.form = form
        form.open()
        return form

    @Slot()
    def open_saved(self) -> SavedPageForm:
        form = SavedPageForm(self)
        form.submitted.connect(partial(self._keep_saved, form))
        return self._open(form)  # type: ignore[return-value]

    def _keep_saved(self, form: SavedPageForm, path: str, url: str, captured: str,
                    covers: Any) -> None:
        self._write(form, self.tr("Keeping the page"), lambda case, actor: jobs.keep_saved(
            case, path, url, captured, covers, actor))

    @Slot()
    def open_capture(self) -> CaptureForm:
        form = CaptureForm(self)
        form.submitted.connect(partial(self._keep_capture, form))
        return self._open(form)  # type: ignore[return-value]

    def _keep_capture(self, form: CaptureForm, captured: Captured, covers: Any) -> None:
        self._write(form, self.tr("Keeping the captured page"),
                    lambda case, actor: jobs.keep_capture(
                        case, captured.pdf, captured.html, captured.url,
                        captured.captured_utc, covers, actor))

    @Slot()
    def open_entry(self) -> EntryForm | None:
        state = self.session.state
        if state is None:
            return None
        names = self.venue_names(state)
        form = EntryForm(state.data.occupancy_pages,
                         sorted(names.items(), key=lambda item: item[1]), self)
        page = self.current_page()
        if page is not None:
            form.page.setCurrentIndex(form.page.findData(page.id))
        form.submitted.connect(partial(self._add_entry, form))
        return self._open(form)  # type: ignore[return-value]

    def _add_entry(self, form: EntryForm, page_id: int, venue_id: int, start: str, end: str,
                   name: str, participants: Any) -> None:
        self._write(form, self.tr("Recording the event"), lambda case, actor: jobs.add_entry(
            case, page_id, venue_id, start, end, name, participants, actor))

    @Slot()
    def open_covers(self) -> CoversForm | None:
        page = self.current_page()
        if page is None:
            return None
        form = CoversForm(page, self)
        form.submitted.connect(partial(self._set_covers, form, page.id))
        return self._open(form)  # type: ignore[return-value]

    def _set_covers(self, form: CoversForm, page_id: int, covers: Any) -> None:
        self._write(form, self.tr("Recording the dates the page lists"),
                    lambda case, actor: jobs.set_covers(case, page_id, covers, actor))

    @Slot()
    def open_complete(self) -> CompleteForm | None:
        page = self.current_page()
        if page is None:
            return None
        form = CompleteForm(page, self)
        form.submitted.connect(partial(self._complete, form, page.id))
        return self._open(form)  # type: ignore[return-value]

    def _complete(self, form: CompleteForm, page_id: int) -> None:
        self._write(form, self.tr("Recording that the page's list is complete"),
                    lambda case, actor: jobs.mark_complete(case, page_id, actor))

    @Slot()
    def open_remove(self) -> RemoveEntryForm | None:
        items = self.entries.selectedItems()
        if not items:
            return None
        entry_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        form = RemoveEntryForm(entry_id, self)
        form.submitted.connect(partial(self._remove, form, entry_id))
        return self._open(form)  # type: ignore[return-value]

    def _remove(self, form: RemoveEntryForm, entry_id: int, reason: str) -> None:
        self._write(form, self.tr("Removing the event"),
                    lambda case, actor: jobs.remove_entry(case, entry_id, reason, actor))

    @Slot()
    def read_table(self) -> None:
        page = self.current_page()
        if page is None:
            return
        self.session.write(self.tr("Reading the page's table"),
                           lambda case: jobs.read_table(case, page.id),
                           done=partial(self._show_reading, page.id),
                           refused=self._refused)

    def _show_reading(self, page_id: int, reading: Reading) -> None:
        state = self.session.state
        if state is None:
            return
        form = TableReadForm(reading, state.data.venues, self.venue_names(state), self)
        form.submitted.connect(partial(self._enter, form, page_id))
        self._open(form)

    def _enter(self, form: TableReadForm, page_id: int, mapping: Any) -> None:
        self._write(form, self.tr("Recording the table's events"),
                    lambda case, actor: jobs.enter_table(case, page_id, mapping, actor))

    def _refused(self, message: str) -> None:
        self.session.problem.emit(message)

    def _write(self, form: Any, what: str, task: Any) -> None:
        """Runs `task(case, actor)` as the session's change, signed by who is working; the
        form closes when it is kept and shows why when it is not."""
        fail = form.fail

        def signed(actor: str) -> None:
            self.session.write(what, lambda case: task(case, actor),
                               done=lambda _value: form.accept(), refused=fail)
        self.session.as_actor(signed, refused=fail)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class OccupancyActions(QObject):
    """Opens the window from its action (in the Refusals menu)."""

    def __init__(self, session: CaseSession, actions: Actions, window: QWidget,
                 menu: Any) -> None:
        super().__init__(window)
        self.session, self.parent_window = session, window
        self.window: OccupancyWindow | None = None
        actions.published_occupancy.triggered.connect(lambda _checked=False: self.show())
        menu.addSeparator()
        menu.addAction(actions.published_occupancy)

    def show(self) -> OccupancyWindow:
        if self.window is None:
            self.window = OccupancyWindow(self.session, self.parent_window)
        self.window.show_state(self.session.state)
        self.window.show()
        self.window.raise_()
        return self.window
