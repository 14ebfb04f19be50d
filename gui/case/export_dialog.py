"""File ▸ Export…: the PDF report, the HTML report or the evidence bundle, in a language, on
every refusal or the ones ticked, written on a worker with a progress bar and Cancel."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
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
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bundles import timestamps
from evidence import casefiles, signing
from evidence.errors import KnownError
from evidence.results import ClaimResult
from evidence.store import Case
from gui.app import crash, i18n, settings
from gui.case.export_job import SUFFIXES, ExportOutcome, ExportRequest, Job, export_job
from gui.case.new_case import password_field
from gui.map import background
from gui.widgets import dialogs, vocabulary

if TYPE_CHECKING:
    from gui.app.session import CaseSession
    from gui.app.state import CaseState

LANGUAGES = i18n.LANGUAGES  # each in its own tongue


class ExportDialog(QDialog):
    """Asks what to export and where, then runs it; `result_box` says how it went."""

    def __init__(self, session: CaseSession, state: CaseState,
                 parent: QWidget | None = None, prepared_by: str = "") -> None:
        super().__init__(parent)
        self.session, self.runner = session, session.pool
        self.case_root, self.case_title = state.root, state.title
        claims = state.claims
        self._writing: int | None = None   # the session's token while the export writes
        self.job: Job | None = None
        self.result_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Export"))
        self.kind = QComboBox()
        for kind, text in (("pdf", self.tr("PDF report")), ("html", self.tr("HTML report")),
                           ("bundle", self.tr("Evidence bundle (.zip)"))):
            self.kind.addItem(text, kind)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current()))  # as the UI speaks
        self.all_refusals = QRadioButton(self.tr("All refusals"))
        self.chosen_refusals = QRadioButton(self.tr("Only the refusals ticked:"))
        self.all_refusals.setChecked(True)
        self.refusal_list = QListWidget()
        self._fill_refusals(claims)
        self.prepared_by = QLineEdit(prepared_by)  # who is working, unless changed here
        self.sign = QCheckBox(self.tr("Sign the bundle"))
        self.sign.setChecked(True)
        # A plain case's key protected by a passphrase of its own (evidence.keycare): asked
        # here, tried before the export starts, and let go once the key is unlocked.
        self.key_passphrase = password_field(self.tr("Passphrase of the signing key"))
        self.key_protected = _key_protected(state)
        self.sign.toggled.connect(self._show_key_passphrase)
        self._make_timestamp_choice()
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The maps' background: the one chosen for this case in the Map tab.
        self.map_background = background.load(state.data.info.id)
        self.background_label = QLabel(self._background_text())
        self.background_label.setWordWrap(True)
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_path)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self._lay_out()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.all_refusals.toggled.connect(self._scope_changed)
        self._kind_changed()
        self._scope_changed()
        self._show_fingerprint(state)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.kind)
        form.addRow(self.tr("Language:"), self.language)
        scope = QVBoxLayout()
        scope.addWidget(self.all_refusals)
        scope.addWidget(self.chosen_refusals)
        scope.addWidget(self.refusal_list)
        form.addRow(self.tr("Refusals:"), scope)
        form.addRow(self.tr("Prepared by:"), self.prepared_by)
        form.addRow("", self.sign)
        form.addRow(self.tr("Key passphrase:"), self.key_passphrase)
        form.addRow("", self.fingerprint)
        form.addRow(self.tr("Timestamps:"), self.timestamping)
        self.form = form
        form.addRow(self.tr("Maps drawn on:"), self.background_label)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form.addRow(self.tr("Save as:"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _make_timestamp_choice(self) -> None:
        """Online RFC 3161 timestamps of the bundle's manifest: off unless chosen, remembered,
        with what going online reveals said plainly."""
        self.timestamp = QCheckBox(self.tr("Timestamp the bundle online (RFC 3161)"))
        self.timestamp.setChecked(settings.EXPORT_TIMESTAMP.get())
        self.timestamp.toggled.connect(self._timestamp_toggled)
        self.tsa_urls = QLineEdit(settings.EXPORT_TSA_URLS.get().strip() or
                                  " ".join(timestamps.DEFAULT_TSAS))
        self.tsa_urls.setCursorPosition(0)  # the first address in sight
        self.tsa_urls.setToolTip(self.tr("The time-stamping authorities asked, their addresses "
                                         "separated by spaces"))
        self.timestamp_note = QLabel(self.tr(
            "Going online sends each time-stamping authority the bundle manifest's SHA-256 "
            "digest, from which nothing of the case can be read, and shows it this computer's "
            "network address. Nothing else leaves the computer. Offline, the bundle is written "
            "without a timestamp."))
        self.timestamp_note.setWordWrap(True)
        self.timestamping = QWidget()
        column = QVBoxLayout(self.timestamping)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.timestamp, self.tsa_urls, self.timestamp_note):
            column.addWidget(widget)
        self.tsa_urls.setEnabled(self.timestamp.isChecked())

    @Slot(bool)
    def _timestamp_toggled(self, on: bool) -> None:
        self.tsa_urls.setEnabled(on)
        settings.EXPORT_TIMESTAMP.set(on)

    def timestamp_urls(self) -> tuple[str, ...] | str:
        """The authorities to ask (none unless the bundle is to be timestamped), or why the
        addresses given cannot be used."""
        if self.current_kind() != "bundle" or not self.timestamp.isChecked():
            return ()
        urls = tuple(dict.fromkeys(self.tsa_urls.text().split()))
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                return self.tr("{url} is not a time-stamping authority's address: give "
                               "http:// or https:// addresses.").format(url=url)
        if not urls:
            return self.tr("Give the time-stamping authorities' addresses, or untick "
                           "Timestamp the bundle online.")
        if len(urls) > timestamps.MAX_TOKENS:
            return self.tr("Ask at most {count} time-stamping authorities.").format(
                count=timestamps.MAX_TOKENS)
        return urls

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_refusals()

    def _fit_refusals(self) -> None:
        """Each refusal read whole (number · venue · date), never scrolled to: the dialog
        grows by what the widest lacks, within the screen."""
        listed = self.refusal_list
        missing = listed.sizeHintForColumn(0) - listed.viewport().width()
        if missing > 0:
            screen = self.screen()
            room = screen.availableGeometry().width() if screen is not None else 1 << 16
            self.resize(min(self.width() + missing + 4, room), self.height())

    def _fill_refusals(self, claims: Iterable[ClaimResult]) -> None:
        for result in claims:
            claim = result.claim
            venue = vocabulary.venue_name(result.venue.venue)
            item = QListWidgetItem(f"{claim.document_number} · {venue} · "
                                   f"{claim.document_date or ''}".rstrip(" ·"))
            item.setData(Qt.ItemDataRole.UserRole, result.claim_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.refusal_list.addItem(item)

    # --- choices --------------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def choose(self, *, kind: str | None = None, lang: str | None = None,
               claim_ids: Iterable[int] | None = None, path: str | None = None) -> None:
        """Sets the dialog's choices as a user would (for scripts and tests)."""
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        if lang is not None:
            self.language.setCurrentIndex(self.language.findData(lang))
        if claim_ids is not None:
            wanted = set(claim_ids)
            self.chosen_refusals.setChecked(True)
            for row in range(self.refusal_list.count()):
                item = self.refusal_list.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                                   in wanted else Qt.CheckState.Unchecked)
        if path is not None:
            self.path.setText(path)

    def claim_ids(self) -> list[int] | None:
        """The ticked refusals' ids, or None for every refusal."""
        if self.all_refusals.isChecked():
            return None
        items = (self.refusal_list.item(row) for row in range(self.refusal_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    @Slot()
    def _show_key_passphrase(self) -> None:
        shown = (self.key_protected and self.current_kind() == "bundle"
                 and self.sign.isChecked())
        self.form.setRowVisible(self.key_passphrase, shown)

    def _unlock_key(self) -> str | None:
        """Unlocks a protected signing key for the export; why not, or None."""
        if not self.form.isRowVisible(self.key_passphrase):
            return None
        secret = self.key_passphrase.text()
        if not secret:
            return self.tr("Give the passphrase of the case's signing key to sign the bundle "
                           "(or untick Sign the bundle).")
        self.key_passphrase.clear()
        try:
            with Case.open(Path(self.case_root)) as case:
                signing.unlock(case, secret)
        except KnownError as exc:
            if str(exc) == signing.WRONG_KEY_PASSPHRASE:
                return self.tr("Wrong passphrase for the case's signing key; nothing was "
                               "signed.")
            return str(exc)
        return None

    @Slot()
    def _kind_changed(self) -> None:
        bundle = self.current_kind() == "bundle"
        self.sign.setEnabled(bundle)
        self.form.setRowVisible(self.timestamping, bundle)
        self._show_key_passphrase()
        suffix = SUFFIXES[self.current_kind()]
        text = self.path.text().strip()
        if not text:
            folder = settings.EXPORT_FOLDER.get()
            self.path.setText(os.path.join(folder, _file_stem(self.case_title) + suffix))
        else:
            self.path.setText(os.path.splitext(text)[0] + suffix)

    @Slot()
    def _scope_changed(self) -> None:
        self.refusal_list.setEnabled(self.chosen_refusals.isChecked())

    def _show_fingerprint(self, state: CaseState) -> None:
        """The case's key, which the report's cover names and which signs the bundle."""
        own = signing.own_key(state.data.log or ())
        if own is None:
            self.fingerprint.setText(self.tr(
                "This case gets its signing key with its first report or bundle; the report's "
                "cover prints its fingerprint."))
            return
        self.fingerprint.setText(self.tr(
            "Signing key of the case: {fingerprint}. The report's cover prints it; give it to "
            "whoever checks the bundle by another route.").format(
            fingerprint=own.fingerprint))

    @Slot()
    def choose_path(self) -> None:
        suffix = SUFFIXES[self.current_kind()]
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(),
            self.tr("{kind} (*{suffix})").format(kind=self.kind.currentText(), suffix=suffix))
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(suffix) else chosen + suffix)

    # --- running --------------------------------------------------------------------------

    def request(self) -> ExportRequest | str:
        """What to run, or why it cannot run yet."""
        path = self.path.text().strip()
        claim_ids = self.claim_ids()
        if claim_ids == []:
            return self.tr("Tick at least one refusal, or choose all refusals.")
        if not self.prepared_by.text().strip():
            return self.tr("Say who prepared the export.")
        if not path:
            return self.tr("Choose where to save it.")
        urls = self.timestamp_urls()
        if isinstance(urls, str):
            return urls
        suffix = SUFFIXES[self.current_kind()]
        if not path.lower().endswith(suffix):
            path += suffix
        return ExportRequest(self.case_root, self.current_kind(), os.path.abspath(path),
                             str(self.language.currentData()), claim_ids,
                             self.prepared_by.text().strip(),
                             self.sign.isChecked() and self.current_kind() == "bundle",
                             tiles=self.map_background.tiles,
                             online=self.map_background.online, timestamp_urls=urls)

    def _background_text(self) -> str:
        """What the report's maps will be drawn on, as the Map tab's bar chose it."""
        chosen = self.map_background
        if chosen.online:
            return self.tr("OpenStreetMap, fetched from openstreetmap.org while exporting (the "
                           "Map tab's online switch is on)")
        if chosen.tiles:
            return self.tr("{name}, chosen in the Map tab").format(
                name=background.describe(chosen))
        return self.tr("a plain background (choose tiles in the Map tab)")

    @Slot()
    def start(self) -> None:
        request = self.request()
        if isinstance(request, str):
            self.message.setText(request)
            return
        if os.path.exists(request.out) and not self._replace(request.out):
            return
        locked = self._unlock_key()
        if locked:
            self.message.setText(locked)
            return
        settings.EXPORT_FOLDER.set(os.path.dirname(request.out))
        if request.timestamp_urls:
            settings.EXPORT_TSA_URLS.set("\n".join(request.timestamp_urls))
        self.job = export_job(request)
        self.job.progress.connect(self._on_progress)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.refused.connect(self._on_refused)
        self.job.cancelled.connect(self._on_cancelled)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(self._on_finished)
        self._running(True)
        self.message.setText(self.tr("Exporting…"))
        # The export records itself in the custody log: a writer until it is done.
        self._writing = self.session.begin_write(self.tr("Exporting…"))
        self.runner.start(self.job)

    def _replace(self, path: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Replace the file?"), self.tr(
            "{path} exists. Replace it?").format(path=path))
        return answer == QMessageBox.StandardButton.Yes

    def _running(self, running: bool) -> None:
        for widget in (self.kind, self.language, self.all_refusals, self.chosen_refusals,
                       self.refusal_list, self.prepared_by, self.sign, self.path, self.browse,
                       self.timestamping, self.export_button):
            widget.setEnabled(not running)
        if not running:
            self._kind_changed()
            self._scope_changed()
        self.progress.setVisible(running)
        self.progress.setValue(0)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    @Slot(object)
    def _on_succeeded(self, outcome: ExportOutcome) -> None:
        self.message.setText(self.tr("Written to {path}").format(path=outcome.path))
        self.result_box = success_box(self, outcome)
        self.accept()

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self.message.setText(message)
        dialogs.problem(self, self.tr("Nothing was exported"), message)

    @Slot()
    def _on_cancelled(self) -> None:
        self.message.setText(self.tr("Cancelled; nothing was written."))

    @Slot(str)
    def _on_failed(self, details: str) -> None:
        self.message.setText(self.tr("Skver hit a bug; nothing was exported."))
        crash.report_bug(details, self)

    @Slot()
    def _on_finished(self) -> None:
        self.job = None
        self._running(False)
        if self._writing is not None:
            token, self._writing = self._writing, None
            self.session.end_write(token)

    def reject(self) -> None:
        """Cancel during a run stops the run (the dialog stays to say so); else it closes."""
        if self.job is not None:
            self.job.cancel()
            self.message.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.job.cancel()
            event.ignore()
            return
        super().closeEvent(event)


def _key_protected(state: CaseState) -> bool:
    """Whether the case's signing key needs a passphrase of its own to sign (and is not
    unlocked in this process already)."""
    try:
        files = casefiles.for_root(Path(state.root))
        pem = files.read_bytes(signing.KEY_FILE) if files.exists(signing.KEY_FILE) else b""
    except OSError:
        return False
    return signing.is_protected(pem) and not signing.is_unlocked(Path(state.root))


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def success_box(parent: QWidget, outcome: ExportOutcome) -> QMessageBox:
    """Says where the export went, with Open and Show folder; opened without blocking."""
    box = QMessageBox(QMessageBox.Icon.Information, _t("Exported"),
                      _t("Written to {path}").format(path=outcome.path),
                      QMessageBox.StandardButton.Close, parent.parentWidget() or parent)
    said = [_t("Signed by the key with fingerprint {fingerprint}.").format(
        fingerprint=outcome.fingerprint)] if outcome.fingerprint else []
    if outcome.stamping is not None:
        said += stamping_lines(outcome.stamping)
    if said:
        box.setInformativeText("\n".join(said))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_button = box.addButton(_t("Open"), QMessageBox.ButtonRole.ActionRole)
    folder_button = box.addButton(_t("Show folder"), QMessageBox.ButtonRole.ActionRole)
    open_button.clicked.connect(lambda: open_path(outcome.path))
    folder_button.clicked.connect(lambda: open_path(os.path.dirname(outcome.path)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def stamping_lines(stamping: timestamps.Stamping) -> list[str]:
    """Which authorities timestamped the bundle, and which gave no timestamp and why."""
    lines = [_t("Timestamped by {tsa} at {time} (UTC).").format(
        tsa=got.tsa, time=got.attested_utc.replace("T", " ").rstrip("Z"))
        for got in stamping.obtained]
    lines += [_t("No timestamp from {url}: {reason}.").format(url=failed.url,
                                                              reason=_failure(failed))
              for failed in stamping.failed]
    if not stamping.obtained:
        lines.append(_t("No timestamp was obtained: the bundle was written without one."))
    return lines


def _failure(failed: timestamps.Unanswered) -> str:
    """Why an authority gave no timestamp, in the interface's language (its detail, the
    authority's or the system's own words, as they came)."""
    Failure = timestamps.Failure
    said = {Failure.UNREACHABLE: _t("it could not be reached ({detail})"),
            Failure.HTTP_ERROR: _t("it answered HTTP {detail}"),
            Failure.TOO_LONG: _t("its answer is too long to be a time-stamp reply"),
            Failure.REFUSED: _t("it refused (status {detail})"),
            Failure.NOT_A_REPLY: _t("its answer is not a time-stamp reply ({detail})"),
            Failure.OTHER_REQUEST: _t("its answer is not to this request (another nonce)"),
            Failure.OTHER_DIGEST: _t("its token is over another digest than the manifest's")}
    return said[failed.failure].format(detail=failed.detail)


def open_path(path: str) -> bool:
    """Opens a file or folder with the desktop's own application."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _file_stem(title: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(kept.split())[:60] or "skver-export"
