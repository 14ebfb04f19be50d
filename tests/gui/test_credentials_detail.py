"""The photo's detail pane says what a file's Content Credentials (C2PA) attest: a photo signed
in the test with c2pa-python's Builder and the same photo edited and signed again, the corpus's
photo whose bytes changed after signing, its photo whose manifest is online, and a plain photo,
in the Inspect window, in the interface's language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evidence import trustlists
from evidence.inspection import inspect_file
from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.photos import detail
from gui.widgets import severity
from tests.helpers.credentials import C2PA_CORPUS, CERTS, c2pa_tsa, sign, stripped
from tests.helpers.photos import Shot, write_jpeg, write_photo


@pytest.fixture
def english_afterwards():
    yield
    i18n.switch("en")


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A photo signed here (tests/helpers/credentials.py: c2pa-python's Builder, the corpus's
    test certificate), the same photo edited and signed again, one sent through a messenger
    (its manifest dropped, its XMP naming it kept), the corpus's photo whose bytes changed
    after signing, its photo whose manifest is online, and a plain photo."""
    folder = tmp_path / "files"
    folder.mkdir()
    shot = write_photo(tmp_path / "shot.jpg", Shot(taken="2024:05:01 12:00:00", lat=43.2407,
                                                   lon=76.941))
    signed = sign(shot, folder / "signed.jpg")
    sign(shot, folder / "edited.jpg", actions=("c2pa.edited",), parent=signed)
    (folder / "messenger.jpg").write_bytes(stripped(
        signed.read_bytes(), xmp_provenance="self#jumbf=/c2pa/urn:c2pa:x/c2pa.claim"))
    shutil.copy(C2PA_CORPUS / "XCA.jpg", folder / "tampered.jpg")
    shutil.copy(C2PA_CORPUS / "cloud.jpg", folder / "online.jpg")
    write_jpeg(folder / "plain.jpg", gps=True)
    return folder


def detail_text(window: MainWindow, name: str) -> str:
    inspector = window.intake.inspector
    assert inspector is not None
    inspector.select_row(inspector.row_of(name))
    return inspector.detail.toPlainText()


def test_each_state_of_content_credentials_in_the_inspect_window(window, files):
    window.intake.inspect_paths([str(files)])
    signed = detail_text(window, "signed.jpg")
    assert "Content Credentials (C2PA)" in signed
    assert "Valid, but the signer is on no trust list" in signed
    assert "Signed by " in signed and "C2PA Signer" in signed
    assert "with Skver test camera 1.0." in signed
    assert "Actions recorded: created." in signed
    edited = detail_text(window, "edited.jpg")
    assert "Actions recorded: opened, edited." in edited
    tampered = detail_text(window, "tampered.jpg")
    assert "Invalid: the credentials do not validate" in tampered
    assert "the file's bytes changed after signing (assertion.dataHash.mismatch)" in tampered
    online = detail_text(window, "online.jpg")
    assert "Present but unreadable" in online and "Skver never fetches" in online
    messenger = detail_text(window, "messenger.jpg")
    assert "None in the file now, but the file shows that it had them: they were removed on " \
           "the way" in messenger
    assert "Their absence proves nothing" not in messenger
    plain = detail_text(window, "plain.jpg")
    assert "None in the file. Their absence proves nothing" in plain


@pytest.mark.parametrize("code, words", [
    ("ru", ("Действительны, но подписанта нет ни в одном списке доверенных",
            "Недействительны", "байты файла изменились после подписи")),
    ("kk", ("Жарамды, бірақ қол қоюшы ешбір сенім тізімінде жоқ", "Жарамсыз",
            "файлдың байттары қол қойылғаннан кейін өзгерген")),
])
def test_the_credentials_speak_the_interface_language(window, files, code, words,
                                                      english_afterwards):
    i18n.switch(code)
    window.intake.inspect_paths([str(files)])
    valid, invalid, failure = words
    assert valid in detail_text(window, "signed.jpg")
    tampered = detail_text(window, "tampered.jpg")
    assert invalid in tampered and failure in tampered
    assert "Signed by" not in detail_text(window, "signed.jpg")




def test_a_signer_on_a_trust_list_is_trusted_in_green(qtbot, files, tmp_path):
    """The test CA added as the user's list from a file (as `trust-list update` does): the photo
    signed under it is trusted, and the pane says which list vouches for its signer. Read here,
    not by the Inspect window's worker processes, which may have started with another test's
    data folder (and so its trust lists)."""
    trustlists.update(trustlists.TrustKind.USER, CERTS)
    pane = detail.DetailBrowser()
    qtbot.addWidget(pane)
    pane.setHtml(detail.to_html(inspect_file(str(files / "signed.jpg"))))
    text = pane.toPlainText()
    assert "Trusted: the signature is valid and the signer's certificate leads to a trust " \
           "list the user added from a file." in text
    assert "Valid, but" not in text
    assert severity.COLOURS[None] in pane.toHtml()  # the state in the green of 'nothing wrong'


def test_a_trusted_signer_with_a_trusted_timestamp_dates_the_photo(qtbot, tmp_path):
    """Signed through a local time-stamping authority, its CA and the signer's added from
    files: the pane says who vouches for the time, and dates the photo by it."""
    shot = write_photo(tmp_path / "shot.jpg", Shot(taken="2022:08:20 18:30:00", offset="+06:00",
                                                   lat=43.2407, lon=76.941))
    with c2pa_tsa(tmp_path / "tsa") as tsa:
        signed = sign(shot, tmp_path / "stamped.jpg", tsa_url=tsa.url)
    (tmp_path / "tsa-ca.pem").write_bytes(tsa.ca_pem)
    trustlists.update(trustlists.TrustKind.TSA, tmp_path / "tsa-ca.pem")
    trustlists.update(trustlists.TrustKind.USER, CERTS)
    pane = detail.DetailBrowser()
    qtbot.addWidget(pane)
    pane.setHtml(detail.to_html(inspect_file(str(signed))))
    text = pane.toPlainText()
    assert "Trusted: the signature is valid" in text
    assert "A trusted timestamp from " in text and "Skver Test TSA" in text
    assert "backs the signed time." in text
    assert "the time-stamp of the file's trusted Content Credentials" in text  # what dates it
