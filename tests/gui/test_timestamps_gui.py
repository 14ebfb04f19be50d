"""The export dialog's online timestamps (off by default, what going online reveals said, the
choice kept) and the verify dialog's attested time, with real widgets and a real TSA (openssl
ts) on 127.0.0.1."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from bundles import timestamps
from bundles import writer as bundle
from evidence import trustlists
from evidence.store import Case
from evidence.trustlists import TrustKind
from gui.app import i18n
from gui.case.export_dialog import ExportDialog
from tests.helpers.tsa import TSA_NAME, dead_url, running_tsa


@pytest.fixture
def case_copy(demo_case, tmp_path) -> Path:
    return Path(shutil.copytree(demo_case, tmp_path / "case"))


@pytest.fixture
def dialog(window, case_copy) -> ExportDialog:
    window.open_case(str(case_copy))
    opened = window.exports.export()
    assert opened is not None
    return opened


def test_the_option_is_the_bundles_off_by_default_and_says_what_goes_online(dialog):
    dialog.choose(kind="pdf")
    assert not dialog.form.isRowVisible(dialog.timestamping)
    dialog.choose(kind="bundle")
    assert dialog.form.isRowVisible(dialog.timestamping)
    assert not dialog.timestamp.isChecked() and not dialog.tsa_urls.isEnabled()
    assert dialog.tsa_urls.text().split() == list(timestamps.DEFAULT_TSAS)
    note = dialog.timestamp_note.text()
    assert "SHA-256 digest" in note and "network address" in note
    assert "Nothing else leaves the computer" in note


def test_a_timestamped_export_names_who_answered_and_the_choice_is_kept(dialog, tmp_path):
    dead = dead_url()
    dialog.choose(kind="bundle", path=str(tmp_path / "case.zip"))
    with running_tsa(tmp_path / "tsa") as tsa:
        dialog.timestamp.setChecked(True)
        dialog.tsa_urls.setText(f"{tsa.url} {dead}")
        dialog.export_button.click()
    assert dialog.result_box is not None, dialog.message.text()
    said = dialog.result_box.informativeText()
    assert f"Timestamped by {TSA_NAME}, Skver tests at " in said
    assert f"No timestamp from {dead}: it could not be reached" in said
    with zipfile.ZipFile(tmp_path / "case.zip") as zf:
        assert "timestamps/1.tsr" in zf.namelist()
    again = ExportDialog(dialog.session, dialog.session.state)
    again.choose(kind="bundle")
    assert again.timestamp.isChecked()
    assert again.tsa_urls.text().split() == [tsa.url, dead]


def test_offline_the_bundle_is_written_and_says_no_timestamp(dialog, tmp_path):
    dialog.choose(kind="bundle", path=str(tmp_path / "case.zip"))
    dialog.timestamp.setChecked(True)
    dialog.tsa_urls.setText(dead_url())
    dialog.export_button.click()
    assert (tmp_path / "case.zip").is_file()
    assert "No timestamp was obtained" in dialog.result_box.informativeText()


def test_an_address_that_is_not_a_web_one_is_a_message_not_an_export(dialog, tmp_path):
    dialog.choose(kind="bundle", path=str(tmp_path / "case.zip"))
    dialog.timestamp.setChecked(True)
    dialog.tsa_urls.setText("file:///etc/passwd")
    dialog.export_button.click()
    assert "is not a time-stamping authority's address" in dialog.message.text()
    assert not (tmp_path / "case.zip").exists()


def test_the_verify_dialog_shows_the_attested_time(window, case_copy, tmp_path):
    with running_tsa(tmp_path / "tsa") as tsa, Case.open(case_copy) as case:
        result = bundle.export(case, tmp_path / "case.zip", actor="aigerim",
                               timestamp_urls=[tsa.url])
    [got] = result.stamping.obtained
    shown = got.attested_utc.replace("T", " ").rstrip("Z")
    dialog = window.exports.verify_bundle(str(result.path))  # the authority is not trusted
    # intact, but not "every check passed": the headline sends the reader to the note
    assert dialog.headline.text() == ("Intact, but read the 1 note below before relying on "
                                      "this result.")
    assert (f"Timestamp timestamps/1.tsr: {shown} (UTC) by {TSA_NAME}, Skver tests, an "
            "authority not on the trust list") in dialog.facts.text()
    assert "Note: The timestamp" not in dialog.facts.text()  # said once, in its language


def test_the_verify_dialog_shows_a_trusted_time_once_the_root_is_on_the_list(window, case_copy,
                                                                             tmp_path):
    with running_tsa(tmp_path / "tsa") as tsa, Case.open(case_copy) as case:
        result = bundle.export(case, tmp_path / "case.zip", actor="aigerim",
                               timestamp_urls=[tsa.url])
    (tmp_path / "ca.pem").write_bytes(tsa.ca_pem)
    trustlists.update(TrustKind.USER, tmp_path / "ca.pem")  # as `trust-list update --user`
    shown = result.stamping.obtained[0].attested_utc.replace("T", " ").rstrip("Z")
    dialog = window.exports.verify_bundle(str(result.path))
    assert dialog.headline.text() == "Intact: every check passed."
    assert (f"Timestamp timestamps/1.tsr: the manifest existed by {shown} (UTC), as "
            f"{TSA_NAME}, Skver tests attests.") in dialog.facts.text()


def test_why_no_timestamp_is_said_in_the_interfaces_language(window, case_copy, tmp_path):
    dead = dead_url()
    i18n.install("ru")
    try:
        window.open_case(str(case_copy))
        dialog = window.exports.export()
        dialog.choose(kind="bundle", path=str(tmp_path / "case.zip"))
        dialog.timestamp.setChecked(True)
        dialog.tsa_urls.setText(dead)
        dialog.export_button.click()
        said = dialog.result_box.informativeText()
    finally:
        i18n.install("en")
    assert f"Нет метки времени от {dead}: с ней не удалось связаться (" in said
    assert "Метка времени не получена: пакет записан без неё." in said
