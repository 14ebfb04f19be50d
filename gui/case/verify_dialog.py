"""File ▸ Verify evidence bundle… and File ▸ Verify this case: the check runs on a worker; the
dialog says intact (with the signing key's fingerprint) or lists every discrepancy to copy. A
bundle can be checked again held to the report filed in court and to the fingerprint given by
another route: what its maker no longer controls (bundles.against)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bundles import verify as bundle_verify
from bundles.timestamps import StampCheck, StampState
from evidence import verify
from evidence.printable import printable
from gui.app import crash
from gui.case.export_job import Job, bundle_verify_job, case_verify_job
from gui.widgets.text import numerus
from gui.widgets.workers import Runner

if TYPE_CHECKING:
    from gui.app.session import CaseSession


class VerifyDialog(QDialog):
    """Shows one verification: its progress, then its verdict, facts and discrepancies."""

    def __init__(self, runner: Runner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.job: Job | None = None
        self.when_done: Callable[[], None] | None = None  # run once the check is over
        self.setWindowTitle(title)
        self.headline = QLabel(self.tr("Checking…"))
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(self.tr("Copy"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.facts, self.progress, self.problems, self.buttons):
            layout.addWidget(widget)
        self.resize(640, 360)

    def run(self, job: Job) -> None:
        self.job = job
        job.progress.connect(self._on_progress)
        job.succeeded.connect(self._on_result)
        job.refused.connect(self._on_refused)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._on_finished)
        self.runner.start(job)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    @Slot(object)
    def _on_result(self, report: object) -> None:
        if isinstance(report, bundle_verify.BundleReport):
            facts = self._bundle_facts(report)
        else:
            assert isinstance(report, verify.Report)
            facts = self._case_facts(report)
        intact = not report.problems  # type: ignore[attr-defined]
        # "every check passed" only when nothing below qualifies it: a note (a timestamp by an
        # authority on no trust list, say) is not a discrepancy, but a reader of the headline
        # alone must not take the bundle for more than it is.
        if not intact:
            headline = numerus("VerifyDialog", "NOT INTACT: %n discrepanc(y|ies).",
                               len(report.problems))
        elif report.notes:
            headline = numerus("VerifyDialog", "Intact, but read the %n note(s) below before "
                               "relying on this result.", len(report.notes))
        else:
            headline = self.tr("Intact: every check passed.")
        self.headline.setText(headline)
        # a timestamp's own note is said by its fact line, in the interface's language
        stamps = {s.message for s in getattr(report, "timestamps", ())}
        self.facts.setText("\n".join(facts + [self.tr("Note: {note}").format(note=n)
                                              for n in report.notes if n not in stamps]))
        self.problems.addItems(report.problems)
        self.problems.setVisible(not intact)

    def _bundle_facts(self, report: bundle_verify.BundleReport) -> list[str]:
        facts = [self.tr("Bundle {path}").format(path=report.path),
                 numerus("VerifyDialog", "{intact} of %n file(s) intact (SHA-256 recomputed)",
                         report.files).format(intact=report.files_intact),
                 numerus("VerifyDialog", "Custody log: %n entr(y|ies), hash chain recomputed",
                         report.entries)]
        if report.signature == "valid":
            facts.append(self.tr("Signed by the key with fingerprint {fingerprint}.").format(
                fingerprint=report.fingerprint))
        elif report.signature == "invalid":
            facts.append(self.tr("The signature does not match."))
        else:
            facts.append(self.tr("Not signed."))
        facts += [self._stamp_fact(stamp) for stamp in report.timestamps]
        if report.held_to_fingerprint:
            facts.append(self.tr("Checked against the fingerprint you were given: "
                                 "{fingerprint}.").format(
                                     fingerprint=report.held_to_fingerprint))
        if report.held_to_report:
            facts.append(self.tr("Checked against the report filed in court: {name}.").format(
                name=printable(report.held_to_report)))
        if not report.held_to_outside:
            facts.append(self.tr("Held to nothing outside the bundle yet: a forger can make a "
                                 "changed bundle agree with itself. Check it against the filed "
                                 "report or the fingerprint you were given (below)."))
        return facts

    def _stamp_fact(self, stamp: StampCheck) -> str:
        """A timestamp token's verdict: the attested time (UTC) and its authority."""
        when = (stamp.attested_utc or "").replace("T", " ").rstrip("Z")
        if stamp.state == StampState.TRUSTED:
            return self.tr("Timestamp {file}: the manifest existed by {time} (UTC), as {tsa} "
                           "attests.").format(file=stamp.file, time=when, tsa=stamp.tsa)
        if stamp.state == StampState.UNTRUSTED:
            return self.tr("Timestamp {file}: {time} (UTC) by {tsa}, an authority not on the "
                           "trust list: the time is not proven.").format(
                               file=stamp.file, time=when, tsa=stamp.tsa)
        if stamp.state == StampState.MISMATCH:
            return self.tr("Timestamp {file}: over another manifest; this one was changed "
                           "after it was timestamped.").format(file=stamp.file)
        return self.tr("Timestamp {file}: damaged or altered; it proves nothing.").format(
            file=stamp.file)

    def _case_facts(self, report: verify.Report) -> list[str]:
        return [numerus("VerifyDialog", "{intact} of %n original(s) intact (SHA-256 "
                        "recomputed)", report.photos).format(intact=report.originals_intact),
                numerus("VerifyDialog", "Custody log: %n entr(y|ies), hash chain recomputed",
                        report.entries)]

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        self.headline.setText(self.tr("Could not be checked"))
        self.facts.setText(message)

    @Slot(str)
    def _on_failed(self, details: str) -> None:
        self.headline.setText(self.tr("Skver hit a bug while checking."))
        crash.report_bug(details, self)

    @Slot()
    def _on_finished(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.copy_button.setEnabled(True)
        if self.when_done is not None:
            done, self.when_done = self.when_done, None
            done()

    def text(self) -> str:
        """Everything the dialog says, one line each, as Copy puts it on the clipboard."""
        rows = [self.problems.item(i).text() for i in range(self.problems.count())]
        return "\n".join([self.headline.text(), self.facts.text(), *rows]).strip() + "\n"

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:  # a check cannot be cut short; the dialog waits for it
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is None:
            super().reject()


def _t(text: str) -> str:
    return QCoreApplication.translate("VerifyDialog", text)


class BundleVerifyDialog(VerifyDialog):
    """A bundle's check, and the same check held to the filed report and a fingerprint."""

    def __init__(self, runner: Runner, path: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, _t("Verify evidence bundle"), parent)
        self.path = path
        self.filed_report: str | None = None
        self.expected = QLineEdit()
        self.expected.setPlaceholderText(self.tr("64 hex digits, as given to you by another "
                                                 "route"))
        self.choose_report = QPushButton(self.tr("Filed report…"))
        self.choose_report.clicked.connect(self._choose_report)
        self.report_name = QLabel(self.tr("none chosen"))
        self.check_again = QPushButton(self.tr("Check again"))
        self.check_again.clicked.connect(self.rerun)
        report_row = QHBoxLayout()
        report_row.addWidget(self.choose_report)
        report_row.addWidget(self.report_name, 1)
        held = QFormLayout()
        held.addRow(self.tr("Fingerprint:"), self.expected)
        held.addRow(self.tr("Report filed in court:"), report_row)
        held.addRow("", self.check_again)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, held)
        self.resize(720, 480)

    def start(self) -> None:
        self.check_again.setEnabled(False)
        self.problems.clear()
        self.problems.setVisible(False)
        self.progress.setVisible(True)
        self.copy_button.setEnabled(False)
        self.headline.setText(self.tr("Checking…"))
        self.run(bundle_verify_job(self.path, self.expected.text().strip() or None,
                                   self.filed_report))

    @Slot()
    def rerun(self) -> None:
        if self.job is None:
            self.start()

    @Slot()
    def _choose_report(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The report filed in court"), "",
            self.tr("Skver reports (*.pdf *.html)"))
        if chosen:
            self.filed_report = chosen
            self.report_name.setText(chosen)

    @Slot()
    def _on_finished(self) -> None:
        super()._on_finished()
        self.check_again.setEnabled(True)


def verify_bundle(runner: Runner, path: str, parent: QWidget | None = None) -> VerifyDialog:
    dialog = BundleVerifyDialog(runner, path, parent)
    dialog.show()
    dialog.start()
    return dialog


def verify_case(session: CaseSession, actor: str,
                parent: QWidget | None = None) -> VerifyDialog | None:
    """Checks the open case; the check records itself in the custody log, so the session
    counts it as a writer until it is over."""
    state = session.state
    if state is None:
        return None
    dialog = VerifyDialog(session.pool, _t("Verify this case"), parent)
    token = session.begin_write(_t("Verifying the case…"))
    dialog.when_done = lambda: session.end_write(token)
    dialog.show()
    dialog.run(case_verify_job(state.root, actor))
    return dialog
