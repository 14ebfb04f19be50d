"""The refusal form: a refusal's document, its claimed window and its excuse, added or edited."""

from __future__ import annotations

import os
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evidence import claims, timing
from evidence.errors import KnownError
from evidence.model import Category, Claim
from gui.refusals.jobs import FormContext, RefusalInput
from gui.widgets import vocabulary
from gui.widgets.widgets import error_label

LANGUAGES = ("ru", "kk", "en")
LETTER_FILTER = "*.pdf *.PDF *.jpg *.JPG *.jpeg *.JPEG *.png *.PNG"
NO_DATE = QDate(2000, 1, 1)  # a date edit at its minimum shows "none"


class RefusalForm(QDialog):
    """Emits `submitted` with what was typed; stays open until told the save went through."""

    submitted = Signal(object)  # a RefusalInput

    def __init__(self, context: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.letter: str | None = None
        editing = context.claim is not None
        self.setWindowTitle(self.tr("Edit refusal") if editing else self.tr("Add refusal"))
        self._build()
        if context.claim is not None:
            self._fill(context.claim)
        self._update_proposal()
        self._update_offsets()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.number = QLineEdit()
        self.document_date = self._date_edit(allow_none=False)
        self.authority, self.signatory = QLineEdit(), QLineEdit()
        self.event_date = self._date_edit(allow_none=True)
        self.event_hours = QLineEdit()
        self.event_hours.setPlaceholderText(self.tr("e.g. 18:00–21:00"))
        self.participants = QSpinBox()
        self.participants.setRange(-1, 10_000_000)
        self.participants.setSpecialValueText(self.tr("not stated"))
        self.participants.setValue(-1)
        self.venue = QComboBox()
        for choice in self.context.venues:
            self.venue.addItem(choice.name, choice.id)
        self.window_start, self.start_offset = self._moment_edit()
        self.window_end, self.end_offset = self._moment_edit()
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

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Document number"), self.number)
        form.addRow(self.tr("Document date"), self.document_date)
        form.addRow(self.tr("Authority"), self.authority)
        form.addRow(self.tr("Signed by"), self.signatory)
        form.addRow(self.tr("Event requested for"), _row(self.event_date, QLabel(
            self.tr("hours")), self.event_hours))
        form.addRow(self.tr("Expected participants"), self.participants)
        form.addRow(self.tr("Venue"), self.venue)
        zone = QLabel(self.tr("Claimed unavailable (local time, {zone})").format(
            zone=self.context.zone))
        zone.setStyleSheet("color: gray")
        form.addRow(zone)
        form.addRow(self.tr("From"), _row(self.window_start, self.start_offset))
        form.addRow(self.tr("Until"), _row(self.window_end, self.end_offset))
        form.addRow(self.tr("Excuse, verbatim"), self.excuse)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Category"), _row(self.category, self.confirmed))
        form.addRow("", self.proposal)
        form.addRow(self.tr("Scanned letter"), _row(self.letter_label, self.letter_button))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def _date_edit(self, allow_none: bool) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        if allow_none:
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("none"))
            edit.setDate(NO_DATE)
        else:
            edit.setDate(QDate.currentDate())
        return edit

    def _moment_edit(self) -> tuple[QDateTimeEdit, QLabel]:
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        # The typed wall-clock time is read in the case's zone, never the computer's: the
        # edit keeps it in UTC so a daylight-saving gap of this machine cannot shift it.
        edit.setTimeZone(QTimeZone.utc())
        edit.setDateTime(QDateTime(QDate.currentDate(), QTime(10, 0), QTimeZone.utc()))
        edit.dateTimeChanged.connect(self._update_offsets)
        offset = QLabel()
        offset.setStyleSheet("color: gray")
        return edit, offset

    def _fill(self, claim: Claim) -> None:
        self.number.setText(claim.document_number)
        self.document_date.setDate(QDate.fromString(claim.document_date, "yyyy-MM-dd"))
        self.authority.setText(claim.authority)
        self.signatory.setText(claim.signatory)
        if claim.event_date:
            self.event_date.setDate(QDate.fromString(claim.event_date, "yyyy-MM-dd"))
        self.event_hours.setText(claim.event_hours)
        if claim.expected_participants is not None:
            self.participants.setValue(claim.expected_participants)
        self.venue.setCurrentIndex(self.venue.findData(claim.venue_id))
        start, end = claims.local_window(claim)
        for edit, moment in ((self.window_start, start), (self.window_end, end)):
            edit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                       QTime(moment.hour, moment.minute), QTimeZone.utc()))
        self.excuse.setPlainText(claim.excuse_text)
        self.language.setCurrentIndex(max(self.language.findData(claim.excuse_lang), 0))
        self.category.setCurrentIndex(self.category.findData(claim.category.value))
        self.confirmed.setChecked(claim.category_source == "user")
        if claim.letter_path:
            self.letter_label.setText(self.tr("kept in the case ({path})").format(
                path=claim.letter_path))
            self.letter_button.setEnabled(False)  # a letter kept as evidence is not replaced

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
            label.setText(self._offset_text(edit.dateTime().toPython()))

    def _offset_text(self, local: datetime) -> str:
        try:
            offset = timing.local_offset(local.replace(tzinfo=None),
                                         timing.zone(self.context.zone))
        except KnownError:
            return ""
        return f"UTC{timing.format_offset(offset)}"

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
        self.error.hide()
        self.submitted.emit(self.values())

    def values(self) -> RefusalInput:
        event_day = self.event_date.date()
        participants = self.participants.value()
        return RefusalInput(
            document_number=self.number.text(),
            document_date=self.document_date.date().toString("yyyy-MM-dd"),
            venue_id=self.venue.currentData() if self.venue.currentIndex() >= 0 else -1,
            window_start=self.window_start.dateTime().toString("yyyy-MM-dd HH:mm"),
            window_end=self.window_end.dateTime().toString("yyyy-MM-dd HH:mm"),
            window_zone=self.context.zone, excuse_text=self.excuse.toPlainText(),
            category=self.category.currentData(), confirmed=self.confirmed.isChecked(),
            excuse_lang=self.language.currentData(), authority=self.authority.text(),
            signatory=self.signatory.text(),
            event_date=None if event_day == NO_DATE else event_day.toString("yyyy-MM-dd"),
            event_hours=self.event_hours.text(),
            expected_participants=None if participants < 0 else participants,
            letter=self.letter,
            claim_id=self.context.claim.id if self.context.claim else None)

    def show_error(self, message: str) -> None:
        """A problem with what was typed: said in the form, which keeps every value."""
        self.error.setText(message)
        self.error.show()


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        # Text fields take the room; labels, buttons and check boxes keep their size.
        stretch = 1 if isinstance(widget, (QLineEdit, QComboBox)) else 0
        layout.addWidget(widget, stretch)
    if not any(isinstance(w, (QLineEdit, QComboBox)) for w in widgets):
        layout.addStretch(1)
    return holder
