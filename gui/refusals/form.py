"""The refusal form: a refusal's document, its claimed window and its excuse, added or edited.

Nothing is assumed for the user: the venue is unchosen and the window empty until given (or
proposed from photos, said so in the form). Dates and times are typed whole or picked
(`gui.widgets.moments`). Save reports every problem at once, each beside its field, in the
interface's words; the case's own checks (`evidence.claim_fields`) run on the session's lane
and their problems are put beside the fields they name. Closing a form with typed work asks.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evidence import claims, timing
from evidence.claim_fields import FieldError, TooLong
from evidence.errors import KnownError
from evidence.model import AssemblyForm, Category, Claim
from evidence.phrases import phrase, render
from gui.app import i18n
from gui.case.drafts import Typed
from gui.refusals.jobs import FormContext, RefusalInput
from gui.refusals.span import PhotoSpan, local_moment
from gui.widgets import vocabulary
from gui.widgets.moments import MomentField, Reading, shown
from gui.widgets.text import numerus
from gui.widgets.widgets import error_label
from reports import strings

LANGUAGES = ("ru", "kk", "en")
LETTER_FILTER = "*.pdf *.PDF *.jpg *.JPG *.jpeg *.JPEG *.png *.PNG"
SECONDS = "%Y-%m-%d %H:%M:%S"
# The row a problem of the case's checks is shown beside, by the claim field it names.
ROW_OF = {"document_number": "document_number", "document_date": "document_date",
          "authority": "authority", "signatory": "signatory", "event_hours": "event_date",
          "event_date": "event_date", "expected_participants": "expected_participants",
          "venue_id": "venue_id", "window_zone": "window_start", "window_start": "window_start",
          "window_end": "window_end", "excuse_text": "excuse_text", "category": "category",
          "category_source": "category", "assembly_form": "assembly_form",
          "notified_on": "notified_on", "answered_on": "answered_on", "ground": "ground",
          "alternative_offered": "alternative_offered"}
# The items of Art. 14(1) the ground can name (evidence/procedure.py's table words some).
GROUND_ITEMS = tuple(str(n) for n in range(1, 16))


class RefusalForm(QDialog):
    """Emits `submitted` with what was typed; stays open until told the save went through."""

    submitted = Signal(object)  # a RefusalInput

    def __init__(self, context: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.letter: str | None = None
        self.discard_box: QMessageBox | None = None
        self._discarding = False
        self._own: dict[str, str] = {}     # what the form itself could not read, by field
        editing = context.claim is not None
        self.setWindowTitle(self.tr("Edit refusal") if editing else self.tr("Add refusal"))
        self._build()
        if context.claim is not None:
            self._fill(context.claim)
        elif context.span is not None:
            self._propose(context.span)
        self._update_proposal()
        self._update_offsets()
        self._as_opened = self._snapshot()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.number = QLineEdit()
        self.document_date = MomentField(with_time=False)
        self.authority, self.signatory = QLineEdit(), QLineEdit()
        self.event_date = MomentField(with_time=False)
        self.event_hours = QLineEdit()
        self.event_hours.setPlaceholderText(self.tr("e.g. 18:00–21:00"))
        self.participants = QSpinBox()
        self.participants.setRange(-1, 10_000_000)
        self.participants.setSpecialValueText(self.tr("not stated"))
        self.participants.setValue(-1)
        self.venue = QComboBox()
        for choice in self.context.venues:
            self.venue.addItem(choice.name, choice.id)
        self.venue.setPlaceholderText(self.tr("Choose the venue the letter refuses…"))
        self.venue.setCurrentIndex(-1)     # none until the user chooses
        self.window_start, self.start_offset = self._moment_edit()
        self.window_end, self.end_offset = self._moment_edit()
        self.span_note = QLabel()
        self.span_note.setWordWrap(True)
        self.span_note.setTextFormat(Qt.TextFormat.PlainText)
        self.span_note.hide()
        self.excuse = QPlainTextEdit()
        self.excuse.setTabChangesFocus(True)
        self.excuse.setFixedHeight(self.excuse.fontMetrics().lineSpacing() * 5 + 12)
        self.excuse.setPlaceholderText(self.tr("The reason, word for word as in the letter"))
        self.excuse.textChanged.connect(self._update_proposal)
        self.language = QComboBox()
        self.language.addItem("", "")
        for code in LANGUAGES:
            self.language.addItem(code, code)
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(vocabulary.category(category.value), category.value)
        self.category.activated.connect(lambda _index: self.confirmed.setChecked(True))
        self.confirmed = QCheckBox(self.tr("Confirmed by me"))
        self.confirmed.toggled.connect(self._update_proposal)
        self._build_procedure()
        self.letter_label = QLabel(self.tr("none"))
        self.letter_button = QPushButton(self.tr("Choose…"))
        self.letter_button.clicked.connect(self.choose_letter)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _build_procedure(self) -> None:
        """The refusal's procedure: the form of assembly, the notification's registration,
        the answer's receipt, the Art. 14(1) ground cited and the alternative proposed."""
        self.assembly_form = QComboBox()
        self.assembly_form.addItem(self.tr("not recorded"), None)
        for form, name in ((AssemblyForm.PICKET, self.tr("picket")),
                           (AssemblyForm.MEETING, self.tr("meeting")),
                           (AssemblyForm.RALLY, self.tr("rally")),
                           (AssemblyForm.DEMONSTRATION, self.tr("demonstration")),
                           (AssemblyForm.MARCH, self.tr("march"))):
            self.assembly_form.addItem(name, form.value)
        self.notified_on = MomentField(with_time=False)
        self.answered_on = MomentField(with_time=False)
        self.answered_on.setToolTip(self.tr("Left empty, the letter's date stands for the day "
                                            "the answer was received."))
        self.ground = QComboBox()
        self.ground.addItem(self.tr("not recorded"), None)
        self.ground.addItem(self.tr("none cited"), "none")
        table = strings.table(i18n.current())     # the report's words for the statute
        for item in GROUND_ITEMS:
            self.ground.addItem(render(phrase("ground.item", item=item), table), item)
            if f"ground.{item}" in table:
                self.ground.setItemData(self.ground.count() - 1, table[f"ground.{item}"],
                                        Qt.ItemDataRole.ToolTipRole)
        self.alternative = QLineEdit()
        self.alternative.setPlaceholderText(self.tr("The other place or time the letter "
                                                    "proposes, if any"))

    def _lay_out(self) -> None:
        self.form = form = QFormLayout()
        self.problem_labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {
            "document_number": self.number, "document_date": self.document_date,
            "authority": self.authority, "signatory": self.signatory,
            "event_date": self.event_date, "expected_participants": self.participants,
            "venue_id": self.venue, "window_start": self.window_start,
            "window_end": self.window_end, "excuse_text": self.excuse,
            "category": self.category, "assembly_form": self.assembly_form,
            "notified_on": self.notified_on, "answered_on": self.answered_on,
            "ground": self.ground, "alternative_offered": self.alternative}
        self._row(self.tr("Document number"), self.number, "document_number")
        self._row(self.tr("Document date"), self.document_date, "document_date")
        self._row(self.tr("Authority"), self.authority, "authority")
        self._row(self.tr("Signed by"), self.signatory, "signatory")
        self._row(self.tr("Event requested for"), _row(self.event_date, QLabel(
            self.tr("hours")), self.event_hours), "event_date")
        self._row(self.tr("Expected participants"), self.participants,
                  "expected_participants")
        self._row(self.tr("Venue"), self.venue, "venue_id")
        zone = QLabel(self.tr("Claimed unavailable (local time, {zone})").format(
            zone=self.context.zone))
        zone.setStyleSheet("color: gray")
        form.addRow(zone)
        form.addRow(self.span_note)
        self._row(self.tr("From"), _row(self.window_start, self.start_offset), "window_start")
        self._row(self.tr("Until"), _row(self.window_end, self.end_offset), "window_end")
        self._row(self.tr("Excuse, verbatim"), self.excuse, "excuse_text")
        form.addRow(self.tr("Language"), self.language)
        self._row(self.tr("Category"), _row(self.category, self.confirmed), "category")
        form.addRow("", self.proposal)
        form.addRow(self.tr("Scanned letter"), _row(self.letter_label, self.letter_button))
        heading = QLabel(self.tr("Procedure (as the letter and the notification show it)"))
        heading.setStyleSheet("color: gray")
        form.addRow(heading)
        self._row(self.tr("Form of assembly"), self.assembly_form, "assembly_form")
        self._row(self.tr("Notification registered"), self.notified_on, "notified_on")
        self._row(self.tr("Answer received"), self.answered_on, "answered_on")
        self._row(self.tr("Ground cited (Art. 14(1))"), self.ground, "ground")
        self._row(self.tr("Other place or time proposed"), self.alternative,
                  "alternative_offered")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(680, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()  # measured once the style has set the fonts

    def fit_height(self) -> None:
        """Tall enough for every row at this width: a wrapped note (the proposal from photos,
        a problem) gets all its lines and the excuse box its five (the size hint alone does
        not count a wrapped label's lines)."""
        layout = self.layout()
        need = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        # Nor can it be made shorter: a window's minimum size does not count wrapped lines
        # either, so the narrowest form dragged to its shortest cut the proposal's last line.
        if need != self.minimumHeight():
            self.setMinimumHeight(need)
        if need > self.height():
            self.resize(self.width(), need)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible() and event.size().width() != event.oldSize().width():
            self.fit_height()   # the notes wrap anew at this width

    def _row(self, label: str, widget: QWidget, field: str) -> None:
        """A field's row, and under it the row of its problem, hidden until there is one."""
        self.form.addRow(label, widget)
        problem = error_label()
        problem.setObjectName(f"problem_{field}")
        self.problem_labels[field] = problem
        self.form.addRow("", problem)
        self.form.setRowVisible(problem, False)

    def _moment_edit(self) -> tuple[MomentField, QLabel]:
        # The typed wall-clock time is read in the case's zone, never the computer's.
        edit = MomentField(with_time=True)
        edit.changed.connect(self._update_offsets)
        offset = QLabel()
        offset.setStyleSheet("color: gray")
        offset.setWordWrap(True)
        return edit, offset

    def _fill(self, claim: Claim) -> None:
        self.number.setText(claim.document_number)
        _set_day(self.document_date, claim.document_date)
        self.authority.setText(claim.authority)
        self.signatory.setText(claim.signatory)
        if claim.event_date:
            _set_day(self.event_date, claim.event_date)
        self.event_hours.setText(claim.event_hours)
        if claim.expected_participants is not None:
            self.participants.setValue(claim.expected_participants)
        self.venue.setCurrentIndex(self.venue.findData(claim.venue_id))
        for edit, moment in ((self.window_start, claim.window_start),
                             (self.window_end, claim.window_end)):
            edit.set_value(local_moment(moment, claim.window_zone))
        self.excuse.setPlainText(claim.excuse_text)
        self.language.setCurrentIndex(max(self.language.findData(claim.excuse_lang), 0))
        self.category.setCurrentIndex(self.category.findData(claim.category.value))
        self.confirmed.setChecked(claim.category_source == "user")
        self.assembly_form.setCurrentIndex(max(self.assembly_form.findData(
            claim.assembly_form.value if claim.assembly_form else None), 0))
        if claim.notified_on:
            _set_day(self.notified_on, claim.notified_on)
        if claim.answered_on:
            _set_day(self.answered_on, claim.answered_on)
        self.ground.setCurrentIndex(max(self.ground.findData(claim.ground), 0))
        self.alternative.setText(claim.alternative_offered)
        if claim.letter_path:
            self.letter_label.setText(self.tr("kept in the case ({path})").format(
                path=claim.letter_path))
            self.letter_button.setEnabled(False)  # a letter kept as evidence is not replaced

    def _propose(self, span: PhotoSpan) -> None:
        """A new refusal's venue and window as the photos chosen give them, said so."""
        if span.venue_id is not None:
            self.venue.setCurrentIndex(self.venue.findData(span.venue_id))
        window = span.window
        if window is not None:
            self.window_start.set_value(local_moment(window[0], self.context.zone))
            self.window_end.set_value(local_moment(window[1], self.context.zone))
        self.span_note.setText(self.span_text(span))
        self.span_note.show()

    def span_text(self, span: PhotoSpan) -> str:
        zone = self.context.zone
        if span.first is not None and span.last is not None:
            text = self.tr(
                "Proposed from {photos}: the first taken {first}, the last {last}, as the "
                "analysis dates them (which may differ from the camera's clock). The window "
                "runs from the first one's minute to the end of the last one's: check it "
                "against the letter.").format(
                photos=numerus("RefusalForm", "%n photo(s)", len(span.dated)),
                first=local_moment(span.first, zone).strftime(SECONDS),
                last=local_moment(span.last, zone).strftime(SECONDS))
        else:
            text = self.tr("None of the photos chosen has a time the analysis can use: type "
                           "the window as the letter gives it.")
        if span.undated and span.dated:
            text += " " + numerus("RefusalForm", "Left out, with no time the analysis can "
                                  "use: %n photo(s).", len(span.undated))
        if span.venue_id is not None:
            text += " " + self.tr("Every photo chosen is at {venue}.").format(
                venue=self.venue.currentText())
        elif span.unplaced:
            text += " " + numerus("RefusalForm", "Without a position: %n photo(s); choose "
                                  "the venue.", len(span.unplaced))
        elif span.venues:
            text += " " + self.tr("The photos chosen are at more than one venue of the list "
                                  "({venues}): choose the one the letter names.").format(
                venues=", ".join(self.venue.itemText(self.venue.findData(v))
                                 for v in span.venues))
        else:
            text += " " + self.tr("The photos chosen are not all at one venue of the list: "
                                  "choose the venue.")
        return text

    # --- live feedback --------------------------------------------------------------------

    @Slot()
    def _update_proposal(self) -> None:
        proposal = claims.classify(self.excuse.toPlainText())
        detected = proposal.language or self.tr("unknown")
        self.language.setItemText(0, self.tr("detected: {language}").format(language=detected))
        if not self.confirmed.isChecked():
            self.category.setCurrentIndex(self.category.findData(proposal.category.value))
        matched = ", ".join(f"«{m}»" for m in proposal.matched)
        text = self.tr("Proposed: {category}").format(
            category=vocabulary.category(proposal.category.value))
        text += " — " + (self.tr("matched {words}").format(words=matched) if matched
                         else self.tr("nothing matched"))
        if not self.confirmed.isChecked():
            text += " · " + self.tr("not confirmed yet")
        self.proposal.setText(text)

    @Slot()
    def _update_offsets(self) -> None:
        for edit, label in ((self.window_start, self.start_offset),
                            (self.window_end, self.end_offset)):
            label.setText(self._offset_text(edit.value()))

    def _offset_text(self, local: date | datetime | None) -> str:
        """The UTC offset the typed time is read with; where the zone's clocks showed it twice,
        how to name the second."""
        if not isinstance(local, datetime):
            return ""
        if local.tzinfo is not None:
            return self.tr("UTC{offset}, as typed").format(
                offset=timing.format_offset(local.utcoffset()))
        try:
            readings = timing.readings(local, timing.zone(self.context.zone))
        except (KnownError, OverflowError):
            return ""
        text = f"UTC{timing.format_offset(readings[0])}"
        if len(readings) > 1:
            text += " " + self.tr("(this hour came twice: type {offset} after the time for "
                                  "the second)").format(
                offset=timing.format_offset(readings[1]))
        return text

    # --- the letter and saving ------------------------------------------------------------

    @Slot()
    def choose_letter(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The scanned refusal letter"), "",
            self.tr("Letters (PDF, JPEG, PNG) ({patterns});;All files (*)").format(
                patterns=LETTER_FILTER))
        if path:
            self.set_letter(path)

    def set_letter(self, path: str) -> None:
        self.letter = path
        self.letter_label.setText(os.path.basename(path))
        self.letter_label.setToolTip(path)

    @Slot()
    def submit(self) -> None:
        self.clear_problems()
        for field in (self.document_date, self.event_date, self.window_start,
                      self.window_end, self.notified_on, self.answered_on):
            field.tidy()
        self.submitted.emit(self.values())

    def values(self) -> RefusalInput:
        """What the form holds; a field it cannot read is named in `unknown` (and its problem
        kept for `show_problems`)."""
        self._own = {}
        document_date = self._day("document_date", self.document_date)
        event_date = self._day("event_date", self.event_date)
        notified_on = self._day("notified_on", self.notified_on)
        answered_on = self._day("answered_on", self.answered_on)
        window_start = self._moment("window_start", self.window_start)
        window_end = self._moment("window_end", self.window_end)
        participants = self.participants.value()
        return RefusalInput(
            document_number=self.number.text(), document_date=document_date or "",
            venue_id=self.venue.currentData() if self.venue.currentIndex() >= 0 else -1,
            window_start=window_start, window_end=window_end,
            window_zone=self.context.zone, excuse_text=self.excuse.toPlainText(),
            category=self.category.currentData(), confirmed=self.confirmed.isChecked(),
            excuse_lang=self.language.currentData(), authority=self.authority.text(),
            signatory=self.signatory.text(), event_date=event_date,
            event_hours=self.event_hours.text(),
            expected_participants=None if participants < 0 else participants,
            letter=self.letter,
            claim_id=self.context.claim.id if self.context.claim else None,
            alternative_offered=self.alternative.text(),
            assembly_form=self.assembly_form.currentData(), notified_on=notified_on,
            answered_on=answered_on, ground=self.ground.currentData(),
            unknown=frozenset(self._own))

    def _day(self, field: str, edit: MomentField) -> str | None:
        found = edit.parsed()
        if found.reading is Reading.EMPTY:
            return None
        if found.value is None:
            self._own[field] = self._unreadable(found.reading, edit.text(), False)
            return None
        return shown(found.value)

    def _moment(self, field: str, edit: MomentField) -> str:
        found = edit.parsed()
        if found.value is not None:
            return shown(found.value)
        self._own[field] = (self.tr("Type or pick when the claimed unavailability starts.")
                            if field == "window_start" and found.reading is Reading.EMPTY else
                            self.tr("Type or pick when the claimed unavailability ends.")
                            if found.reading is Reading.EMPTY else
                            self._unreadable(found.reading, edit.text(), True))
        return ""

    def _unreadable(self, reading: Reading, text: str, with_time: bool) -> str:
        if reading is Reading.NOT_REAL:
            return self.tr("There is no such day or time: {text}.").format(text=text.strip())
        if reading is Reading.NO_TIME:
            return self.tr("Give the time of day too, e.g. 2008-10-22 20:00.")
        if reading is Reading.NO_OFFSET_HERE:
            return self.tr("A date alone takes no UTC offset: type it as 2008-10-22.")
        if with_time:
            return self.tr("Skver does not read this as a date and time: type it as "
                           "2008-10-22 20:00 (or 22.10.2008 20:00).")
        return self.tr("Skver does not read this as a date: type it as 2008-10-22 (or "
                       "22.10.2008).")

    # --- problems -------------------------------------------------------------------------

    def show_problems(self, typed: RefusalInput, found: tuple[FieldError, ...]) -> None:
        """Every problem at once: the form's own (fields it could not read) and the case's
        checks', each beside its field in the interface's words; the rest under the form."""
        self.clear_problems()
        shown_here: dict[str, str] = dict(self._own)
        elsewhere: list[str] = []
        for problem in found:
            row = ROW_OF.get(problem.field)
            if row is None:
                elsewhere.append(problem.problem)
            elif row not in shown_here:
                shown_here[row] = self.wording(problem, typed)
        for field, text in shown_here.items():
            label = self.problem_labels[field]
            label.setText(text)
            label.show()
            self.form.setRowVisible(label, True)
        count = len(shown_here) + len(elsewhere)
        lines = [numerus("RefusalForm", "To correct before saving: %n problem(s), each shown "
                         "beside its field.", len(shown_here))] if shown_here else []
        self.show_error("\n".join(lines + elsewhere))
        self.fit_height()
        first = next((self.fields[f] for f in self.fields if f in shown_here), None)
        if first is not None:
            first.setFocus()
        self.problem_count = count

    def wording(self, problem: FieldError, typed: RefusalInput) -> str:
        """The interface's words for a problem the case's checks found (their own words are
        the command line's, in English)."""
        field = problem.field
        if isinstance(problem, TooLong):
            number = QLocale(i18n.current()).toString   # 20,000 / 20 000, as the language does
            said = self.tr("At most {limit} characters; this is {length}.").format(
                limit=number(problem.limit), length=number(problem.length))
            return said + " " + (self.tr(
                "Keep the reason's own words here and attach the scanned letter for the whole "
                "text.") if field == "excuse_text" else self.tr("Shorten it."))
        if field == "document_number":
            return (self.tr("Type the document's number as the letter gives it.")
                    if not typed.document_number.strip() else self.tr(
                        "Another refusal in this case already records this document for this "
                        "venue and window."))
        if field == "document_date":
            return self.tr("Type the date the letter gives.")
        if field == "event_date":
            return self.tr("There is no such day: {text}.").format(text=typed.event_date)
        if field == "expected_participants":
            return self.tr("Give a number of people (0 or more), or leave it not stated.")
        if field == "venue_id":
            return (self.tr("Choose the venue the letter refuses.") if typed.venue_id < 0
                    else self.tr("This venue is no longer in the case: choose another."))
        if field == "window_zone":
            return self.tr("The case's time zone ({zone}) is not known on this computer, so "
                           "the times cannot be read.").format(zone=typed.window_zone)
        if field in ("window_start", "window_end") and "calendar" in problem.problem:
            return self.tr("The window reaches past the ends of the calendar.")
        if field in ("window_start", "window_end"):
            return self.tr("The window must end after it starts: {end} is not after "
                           "{start}.").format(start=typed.window_start, end=typed.window_end)
        if field == "excuse_text":
            return self.tr("Copy the reason the letter gives, word for word.")
        if field == "notified_on" and "after the day" in problem.problem:
            return self.tr("The notification is registered after the day of the assembly "
                           "({day}).").format(day=typed.event_date)
        if field == "answered_on" and "before the notification" in problem.problem:
            return self.tr("The answer cannot come before the notification was registered "
                           "({day}).").format(day=typed.notified_on)
        if field == "answered_on" and "before the letter's date" in problem.problem:
            return self.tr("The answer cannot be received before the letter's date "
                           "({day}).").format(day=typed.document_date)
        if field in ("notified_on", "answered_on"):
            return self.tr("Type the date as 2008-10-22 (or 22.10.2008).")
        if field == "assembly_form":
            return self.tr("Choose the form of assembly, or leave it not recorded.")
        if field == "ground":
            return self.tr("Choose the item of Art. 14(1) the letter cites, or none cited.")
        return self.tr("Choose the category of the reason.")

    def clear_problems(self) -> None:
        for label in self.problem_labels.values():
            label.clear()
            self.form.setRowVisible(label, False)
        self.error.hide()
        self.problem_count = 0

    def problem_text(self, field: str) -> str:
        """The problem shown beside a field ('' when none)."""
        label = self.problem_labels[field]
        return label.text() if self.form.isRowVisible(label) else ""

    def show_error(self, message: str) -> None:
        """A problem with what was typed or with saving: said in the form, which keeps every
        value."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # --- closing --------------------------------------------------------------------------

    def _snapshot(self) -> tuple[object, ...]:
        return (self.number.text(), self.document_date.text(), self.authority.text(),
                self.signatory.text(), self.event_date.text(), self.event_hours.text(),
                self.participants.value(), self.venue.currentIndex(),
                self.window_start.text(), self.window_end.text(), self.excuse.toPlainText(),
                self.language.currentIndex(), self.category.currentIndex(),
                self.confirmed.isChecked(), self.letter, self.assembly_form.currentIndex(),
                self.notified_on.text(), self.answered_on.text(), self.ground.currentIndex(),
                self.alternative.text())

    def has_typed_work(self) -> bool:
        """Whether anything differs from what the form opened with."""
        return self._snapshot() != self._as_opened

    def _lines(self) -> dict[str, QLineEdit | MomentField]:
        return {"number": self.number, "document_date": self.document_date,
                "authority": self.authority, "signatory": self.signatory,
                "event_date": self.event_date, "event_hours": self.event_hours,
                "window_start": self.window_start, "window_end": self.window_end,
                "notified_on": self.notified_on, "answered_on": self.answered_on,
                "alternative": self.alternative}

    def typed(self) -> Typed:
        """Every field as typed, for a draft held while the case is locked."""
        held = Typed()
        for name, edit in self._lines().items():
            held.keep(name, edit.text())
        held.keep("excuse", self.excuse.toPlainText())
        held.keep("letter", self.letter or "")
        held.values.update(participants=self.participants.value(),
                           venue=self.venue.currentData() if self.venue.currentIndex() >= 0
                           else None, language=self.language.currentIndex(),
                           category=self.category.currentIndex(),
                           confirmed=self.confirmed.isChecked(),
                           assembly_form=self.assembly_form.currentIndex(),
                           ground=self.ground.currentIndex())
        return held

    def put_back(self, held: Typed) -> None:
        """The fields as `typed` took them (the case unlocked again); still unsaved."""
        for name, edit in self._lines().items():
            if isinstance(edit, MomentField):
                edit.set_text(held.text(name))
            else:
                edit.setText(held.text(name))
        self.excuse.setPlainText(held.text("excuse"))
        self.letter = None
        if held.text("letter"):
            self.set_letter(held.text("letter"))
        values = held.values
        self.participants.setValue(values.get("participants", -1))
        self.venue.setCurrentIndex(self.venue.findData(values.get("venue"))
                                   if values.get("venue") is not None else -1)
        self.language.setCurrentIndex(values.get("language", 0))
        self.confirmed.setChecked(bool(values.get("confirmed")))
        self.category.setCurrentIndex(values.get("category", 0))
        self.assembly_form.setCurrentIndex(values.get("assembly_form", 0))
        self.ground.setCurrentIndex(values.get("ground", 0))
        self._update_proposal()
        self._update_offsets()

    def reject(self) -> None:
        """Escape, Cancel or closing: with typed work, asks first."""
        if self._discarding or not self.has_typed_work():
            super().reject()
            return
        self.ask_discard()

    def ask_discard(self, then: Callable[[], None] | None = None) -> QMessageBox:
        """Asks whether to throw away what was typed (window-modal, not blocking); Discard
        closes the form, then runs `then`."""
        if self.discard_box is not None:
            self.discard_box.close()
            self.discard_box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Question,
                          self.tr("Add refusal") if self.context.claim is None
                          else self.tr("Edit refusal"),
                          self.tr("Discard what you typed in this refusal?")
                          if self.context.claim is None else
                          self.tr("Discard your changes to this refusal?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("Nothing of it has been saved."))
        self.keep_button = box.addButton(self.tr("Keep editing"),
                                         QMessageBox.ButtonRole.RejectRole)
        self.discard_button = box.addButton(self.tr("Discard"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(self.keep_button)
        box.setEscapeButton(self.keep_button)
        self.discard_button.clicked.connect(lambda: self.discard(then))
        self.discard_box = box
        box.open()
        return box

    def discard(self, then: Callable[[], None] | None = None) -> None:
        self._discarding = True
        if self.discard_box is not None:   # a question left open goes with the form
            self.discard_box.close()
        super().reject()
        if then is not None:
            then()


def _set_day(edit: MomentField, text: str) -> None:
    """A stored 'YYYY-MM-DD' shown as such (anything else as it was kept)."""
    try:
        edit.set_value(date.fromisoformat(text))
    except ValueError:
        edit.set_text(text)


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        # Text fields take the room; labels, buttons and check boxes keep their size.
        stretch = 1 if isinstance(widget, (QLineEdit, QComboBox, MomentField)) else 0
        layout.addWidget(widget, stretch)
    if not any(isinstance(w, (QLineEdit, QComboBox, MomentField)) for w in widgets):
        layout.addStretch(1)
    return holder
