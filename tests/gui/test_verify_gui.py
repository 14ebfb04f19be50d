"""File ▸ Verify evidence bundle… and Verify this case: intact with the key's fingerprint, or
every discrepancy listed and copyable."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from bundles import writer as bundle
from evidence import store
from evidence.store import Case
from tests.helpers.zips import flip_byte, rewrite


@pytest.fixture
def case_copy(demo_case, tmp_path) -> Path:
    return Path(shutil.copytree(demo_case, tmp_path / "case"))


@pytest.fixture
def signed_bundle(case_copy, tmp_path) -> tuple[Path, str]:
    with Case.open(case_copy) as case:
        result = bundle.export(case, tmp_path / "case.zip", actor="aigerim")
    return result.path, result.fingerprint or ""


def test_an_intact_bundle_names_its_key(window, signed_bundle):
    path, fingerprint = signed_bundle
    dialog = window.exports.verify_bundle(str(path))
    assert dialog.headline.text().startswith("Intact")
    assert fingerprint in dialog.facts.text()
    assert not dialog.problems.isVisible() and dialog.problems.count() == 0


def test_a_tampered_bundle_lists_the_discrepancy_to_copy(window, signed_bundle, tmp_path):
    path, _ = signed_bundle
    with zipfile.ZipFile(path) as zf:
        photo = next(n for n in zf.namelist() if n.startswith("originals/"))
    changed = rewrite(path, tmp_path / "changed.zip", {photo: flip_byte})
    dialog = window.exports.verify_bundle(str(changed))
    assert dialog.headline.text() == "NOT INTACT: 1 discrepancy."
    assert dialog.problems.isVisible() and dialog.problems.count() == 1
    assert photo in dialog.problems.item(0).text()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "NOT INTACT" in copied and photo in copied


def test_a_file_that_is_not_a_bundle_is_a_clear_message(window, tmp_path):
    notes = tmp_path / "notes.zip"
    notes.write_text("not a zip")
    dialog = window.exports.verify_bundle(str(notes))
    assert dialog.headline.text() == "Could not be checked"
    assert "zip" in dialog.facts.text()


def test_verify_this_case(window, case_copy):
    window.open_case(str(case_copy))
    dialog = window.exports.verify_case()
    assert dialog is not None and dialog.headline.text().startswith("Intact")
    assert "originals intact" in dialog.facts.text()
    with Case.open(case_copy) as case:
        assert list(store.log.entries(case))[-1].action == "verify"


def test_a_damaged_case_lists_what_changed(window, case_copy):
    window.open_case(str(case_copy))
    original = next(p for p in (case_copy / "originals").rglob("*") if p.is_file())
    original.chmod(0o644)
    original.write_bytes(flip_byte(original.read_bytes()))
    dialog = window.exports.verify_case()
    assert dialog.headline.text().startswith("NOT INTACT")
    assert any(original.name[:12] in dialog.problems.item(i).text()
               for i in range(dialog.problems.count()))


def test_a_bundle_held_to_the_filed_report_and_a_fingerprint(window, case_copy, tmp_path,
                                                             monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from bundles.export import write_report
    from tests.helpers.forger import forge

    with Case.open(case_copy) as case:
        write_report(case, tmp_path / "filed.pdf", prepared_by="A. Lawyer")
        real = bundle.export(case, tmp_path / "case.zip", actor="aigerim")
    forged = forge(real.path, tmp_path / "forged.zip", "changed-photo")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(tmp_path / "filed.pdf"), ""))

    dialog = window.exports.verify_bundle(str(forged))
    assert dialog.headline.text().startswith("Intact")     # it agrees with itself
    assert "Held to nothing outside the bundle yet" in dialog.facts.text()
    dialog.choose_report.click()
    dialog.expected.setText(real.fingerprint or "")
    dialog.check_again.click()
    assert dialog.headline.text().startswith("NOT INTACT")
    assert "Checked against the report filed in court: filed.pdf." in dialog.facts.text()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("not by the expected key" in p for p in problems)
    assert any("filed report filed.pdf recorded" in p for p in problems)

    genuine = window.exports.verify_bundle(str(real.path))
    genuine.choose_report.click()
    genuine.expected.setText((real.fingerprint or "").replace(" ", ""))
    genuine.check_again.click()
    assert genuine.headline.text().startswith("Intact"), genuine.text()
    genuine.expected.setText("abcd")
    genuine.check_again.click()
    assert genuine.headline.text() == "Could not be checked"
    assert "not a key fingerprint" in genuine.facts.text()
