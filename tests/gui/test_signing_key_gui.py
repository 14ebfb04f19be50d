"""Exporting a bundle from a case whose signing key is protected by a passphrase: the export
dialog asks for it only when the bundle is signed, says a wrong one, and signs with the right
one; a report needs no passphrase (its cover only names the key)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bundles import verify as bundle_verify
from evidence import keycare, signing
from evidence.store import Case
from gui.case.export_dialog import ExportDialog

KEY_SECRET = "Talgar key words 2026"


@pytest.fixture
def protected_case(demo_case, tmp_path) -> tuple[Path, str]:
    root = Path(shutil.copytree(demo_case, tmp_path / "case"))
    with Case.open(root) as case:
        fp = keycare.protect(case, KEY_SECRET, "t")
    yield root, fp
    signing.lock()


@pytest.fixture
def dialog(window, protected_case) -> ExportDialog:
    window.open_case(str(protected_case[0]))
    opened = window.exports.export()
    assert opened is not None and opened.isVisible()
    return opened


def test_the_key_passphrase_is_asked_only_to_sign_a_bundle(dialog):
    dialog.choose(kind="pdf")
    assert not dialog.key_passphrase.isVisible()
    dialog.choose(kind="bundle")
    assert dialog.key_passphrase.isVisible()
    dialog.sign.setChecked(False)
    assert not dialog.key_passphrase.isVisible()


def test_a_wrong_key_passphrase_is_said_and_the_right_one_signs(dialog, protected_case,
                                                               tmp_path, qtbot):
    _root, fp = protected_case
    out = tmp_path / "case.zip"
    dialog.choose(kind="bundle", path=str(out))
    dialog.export_button.click()
    assert "Give the passphrase of the case's signing key" in dialog.message.text()
    qtbot.keyClicks(dialog.key_passphrase, "not it")
    dialog.export_button.click()
    assert dialog.message.text() == ("Wrong passphrase for the case's signing key; nothing "
                                     "was signed.")
    assert not out.exists() and dialog.key_passphrase.text() == ""
    qtbot.keyClicks(dialog.key_passphrase, KEY_SECRET)
    dialog.export_button.click()
    report = bundle_verify.verify_bundle(out)
    assert report.intact and report.signature == "valid" and report.fingerprint == fp


def test_a_report_needs_no_key_passphrase(dialog, protected_case, tmp_path):
    out = tmp_path / "report.html"
    dialog.choose(kind="html", path=str(out))
    dialog.export_button.click()
    assert protected_case[1] in out.read_text(encoding="utf-8")
