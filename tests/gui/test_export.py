"""File ▸ Export… driven as a user would: the PDF, the HTML report and the signed bundle, what
the dialog says after, and a cancelled or refused export leaving no file behind."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bundles import verify as bundle_verify
from evidence import store
from evidence.store import Case
from gui.case import export_dialog
from gui.case.export_dialog import ExportDialog
from tests.helpers.pdfcheck import pages_text

KAZAKH_CONTRADICTED = json.loads(
    (Path(__file__).parents[2] / "resources" / "report" / "strings.kk.json")
    .read_text(encoding="utf-8"))["verdict.contradicted"]


@pytest.fixture
def case_copy(demo_case, tmp_path) -> Path:
    """A copy of the demo case: exporting adds to its custody log."""
    return Path(shutil.copytree(demo_case, tmp_path / "case"))


@pytest.fixture
def dialog(window, case_copy) -> ExportDialog:
    window.open_case(str(case_copy))
    opened = window.exports.export()
    assert opened is not None and opened.isVisible()
    return opened


def test_export_is_offered_only_with_a_case_open(window, case_copy):
    assert not window.actions.export.isEnabled()
    assert window.actions.verify_bundle.isEnabled()
    window.open_case(str(case_copy))
    assert window.actions.export.isEnabled()


def test_a_kazakh_pdf_of_one_refusal(dialog, window, case_copy, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(export_dialog, "open_path", opened.append)
    out = tmp_path / "out" / "c3.pdf"
    out.parent.mkdir()
    assert dialog.prepared_by.text() == "Test reviewer"  # who is working (conftest)
    dialog.choose(kind="pdf", lang="kk", claim_ids=[3], path=str(out))
    dialog.prepared_by.setText("Aigerim")
    dialog.export_button.click()
    assert out.is_file() and sorted(out.parent.iterdir()) == [out]
    text = " ".join(" ".join(pages_text(out)).split())
    assert KAZAKH_CONTRADICTED in text and "DEMO-2022/088" in text
    assert "DEMO-2022/061" not in text  # refusal C1 was not ticked
    box = dialog.result_box
    assert box is not None and str(out) in box.text()
    [show_folder] = [b for b in box.buttons() if b.text() == "Show folder"]
    show_folder.click()
    assert opened == [str(out.parent)]
    with Case.open(case_copy) as case:
        last = list(store.log.entries(case))[-1]
    assert (last.action, last.actor, last.details["claims"]) == ("report-written", "Aigerim", [3])


def test_an_html_report_of_every_refusal(dialog, tmp_path):
    dialog.choose(kind="html", path=str(tmp_path / "report"))  # the suffix is added
    dialog.export_button.click()
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert all(f"DEMO-2022/0{n}" in page for n in ("61", "74", "88", "95"))
    assert dialog.result_box is not None


def test_a_signed_bundle_verifies_intact(dialog, tmp_path, skver_data_dir):
    dialog.choose(kind="bundle", lang="ru", path=str(tmp_path / "case.zip"))
    assert dialog.sign.isChecked() and dialog.sign.isEnabled()
    dialog.export_button.click()
    report = bundle_verify.verify_bundle(tmp_path / "case.zip")
    assert report.intact and report.signature == "valid"
    assert report.fingerprint in dialog.result_box.informativeText()
    # the key exists now, so a new dialog names its fingerprint before anything is signed
    again = ExportDialog(dialog.session, dialog.session.state)
    assert report.fingerprint in again.fingerprint.text()


def test_the_path_follows_the_kind(dialog, tmp_path):
    dialog.choose(kind="pdf", path=str(tmp_path / "x.pdf"))
    dialog.choose(kind="bundle")
    assert dialog.path.text() == str(tmp_path / "x.zip")


def test_ticking_nothing_is_a_message_not_an_export(dialog, tmp_path):
    dialog.choose(kind="pdf", claim_ids=[], path=str(tmp_path / "r.pdf"))
    dialog.export_button.click()
    assert "Tick at least one refusal" in dialog.message.text()
    assert not (tmp_path / "r.pdf").exists()


class CancelAtFirstProgress:
    """Runs a job synchronously, cancelling it as soon as it reports progress (the user's
    Cancel while it runs)."""

    def start(self, job) -> None:
        job.progress.connect(lambda _done, _total: job.cancel())
        job.run()

    def wait(self, timeout_ms: int = -1) -> bool:
        return True


@pytest.mark.parametrize("kind", ["pdf", "bundle"])
def test_cancelling_leaves_no_file(dialog, case_copy, tmp_path, kind):
    dialog.runner = CancelAtFirstProgress()
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.choose(kind=kind, path=str(folder / "x"))
    dialog.export_button.click()
    assert "Cancelled" in dialog.message.text() and dialog.result_box is None
    assert list(folder.iterdir()) == []
    assert dialog.export_button.isEnabled() and dialog.isVisible()


def test_a_folder_that_is_gone_is_a_clear_message(dialog, tmp_path):
    dialog.choose(kind="pdf", path=str(tmp_path / "no" / "such" / "r.pdf"))
    dialog.export_button.click()
    assert "does not exist" in dialog.message.text()
    assert dialog.result_box is None and not (tmp_path / "no").exists()
