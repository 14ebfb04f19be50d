"""What a file's own provenance attests, as the report and the window say it (reports.attestation),
and the methodology's account of what Content Credentials, bundle timestamps and capture apps'
proofs prove, read back from a real PDF in every language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path

import pytest

from evidence import store, timing, trustlists
from evidence.importer import import_paths
from evidence.model import (
    CaptureTime,
    ContentCredentials,
    Corroboration,
    CredentialState,
    CredentialTrace,
    Inspection,
    OffsetSource,
    PhotoMetadata,
    ProofKind,
    SignatureState,
)
from evidence.store import Case
from evidence.synthetic import Shot, write_photo
from reports import attestation, content, html, pdf, strings
from tests.helpers.casework import ALMATY, add_claim, add_photo, add_venue
from tests.helpers.credentials import CERTS, c2pa_tsa, sign
from tests.helpers.pdfcheck import flat, pages_text
from tests.helpers.proofs import write_proof_zip

SIGNED = datetime(2025, 5, 1, 7, 30, tzinfo=UTC)


def credentials(**changes) -> ContentCredentials:
    values = dict(state=CredentialState.TRUSTED, signer="CN=Pixel Camera, O=Google LLC",
                  issuer="CN=Google Camera CA", generator="Pixel Camera/10.1",
                  signed_at=SIGNED, timestamp_trusted=True, failures=(),
                  actions=("c2pa.created",), trust_list="c2pa",
                  timestamp_authority="CN=Google Timestamping", captured=True)
    values.update(changes)
    return ContentCredentials(**values)


def inspected(found: ContentCredentials | None = None, *,
              trace: CredentialTrace | None = None) -> Inspection:
    meta = PhotoMetadata(path="p.jpg", latitude=43.2407, longitude=76.941)
    time = CaptureTime(taken_local=None, offset=None, offset_source=OffsetSource.UNKNOWN,
                       zone=None, taken_utc=datetime(2025, 5, 1, 7, 31, tzinfo=UTC))
    return Inspection(meta, time, content_credentials=found, credentials_trace=trace)


def said(found: ContentCredentials | None, lang: str = "en", **kw) -> str:
    return "\n".join(attestation.credential_lines(inspected(found, **kw), strings.table(lang)))


def test_a_trusted_credential_says_who_signed_with_what_when_and_the_timestamp_behind_it():
    text = said(credentials())
    assert "Trusted: the signature is valid and the signer's certificate leads to the C2PA " \
           "trust list." in text
    assert ("Signed by CN=Pixel Camera, O=Google LLC (certificate issued by CN=Google Camera "
            "CA) with Pixel Camera/10.1 at 2025-05-01 07:30:00 UTC.") in text
    assert "A trusted timestamp from CN=Google Timestamping backs the signed time." in text
    assert "Actions recorded: created." in text


def test_the_interim_list_is_labelled_interim_in_every_language():
    for lang, word in (("en", "interim"), ("ru", "временный"), ("kk", "уақытша")):
        text = said(credentials(trust_list="interim"), lang)
        assert text.count(word) >= 2, text      # the list named, and labelled as interim


def test_a_valid_credential_on_no_list_says_so_and_that_its_time_is_the_devices_claim():
    text = said(credentials(state=CredentialState.VALID, trust_list=None,
                            timestamp_trusted=False, timestamp_authority=None))
    assert "Valid, but the signer is on no trust list" in text
    assert "No trusted timestamp backs the signed time: it is the device's own claim." in text
    assert "Trusted:" not in text


def test_an_invalid_credential_explains_each_failure_code_once_beside_the_code():
    text = said(credentials(
        state=CredentialState.INVALID, trust_list=None, signed_at=None,
        timestamp_trusted=False, issuer=None,
        failures=("signingCredential.untrusted", "assertion.dataHash.mismatch",
                  "signingCredential.untrusted", "claimSignature.mismatch", "odd.code")))
    assert text.startswith("Invalid: the credentials do not validate")
    assert ("What failed: the signer is on no trust list (signingCredential.untrusted); the "
            "file's bytes changed after signing (assertion.dataHash.mismatch); the signature "
            "over the manifest does not verify (claimSignature.mismatch); another check failed "
            "(odd.code).") in text
    assert "Signed by CN=Pixel Camera, O=Google LLC (certificate issued by not stated) with " \
           "Pixel Camera/10.1." in text
    assert "The credentials state no time of signing." in text


def test_unreadable_credentials_say_nothing_was_checked_and_why():
    text = said(credentials(state=CredentialState.UNREADABLE, signer=None, issuer=None,
                            generator=None, signed_at=None, timestamp_trusted=False,
                            actions=(), reason="remote manifest: https://cai.example/m/1"))
    assert "Present but unreadable" in text and "Skver never fetches" in text
    assert "https://cai.example/m/1" in text
    assert "Signed by" not in text


def test_stripped_credentials_are_told_from_none_and_none_only_when_asked():
    assert "removed on the way" in said(None, trace=CredentialTrace.XMP_PROVENANCE)
    assert said(None) == ""     # the report's exhibit says nothing of credentials never there
    assert "Their absence proves nothing" in "\n".join(
        attestation.credential_lines(inspected(None), strings.table("en"), say_none=True))


def test_a_signers_name_from_the_file_is_shown_never_obeyed():
    text = said(credentials(signer="Evil\nTrusted: yes\u202e"))
    assert "Evil\\nTrusted: yes\\u202e" in text


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_sentence_is_in_the_reports_language(lang):
    english = said(credentials(actions=("c2pa.created", "c2pa.edited")))
    text = said(credentials(actions=("c2pa.created", "c2pa.edited")), lang)
    assert "Signed by" not in text and "edited" not in text and "Trusted" not in text
    assert len(text.splitlines()) == len(english.splitlines())
    assert "01.05.2025 07:30:00 UTC" in text


def proof(**changes) -> Corroboration:
    values = dict(photo_id=1, kind=ProofKind.PROOFMODE, signature=SignatureState.VERIFIED,
                  source_name="proofmode-2025.zip", stated_sha256="ab" * 32, hash_matches=True,
                  stated_utc=datetime(2025, 5, 1, 7, 31, 5, tzinfo=UTC), latitude=43.2409,
                  longitude=76.9412, accuracy_m=8.0, provider="gps", network="Beeline LTE",
                  device="Google Pixel 8", key_fingerprint="0A1B 2C3D 4E5F")
    values.update(changes)
    return Corroboration(**values)


def proof_text(*proofs: Corroboration, lang: str = "en") -> str:
    return "\n".join(attestation.proof_lines(proofs, inspected(), strings.table(lang)))


def test_a_verified_proofmode_proof_names_its_key_and_says_integrity_not_identity():
    text = proof_text(proof())
    assert "verify with key 0A1B 2C3D 4E5F" in text
    assert "self-issued" in text and "integrity since the app signed, not identity" in text
    assert "The SHA-256 the proof states is this file's." in text
    # what the proof states, each beside what the file itself records
    assert ("Time the proof states: 2025-05-01 07:31:05 UTC; the file's camera clock: "
            "2025-05-01 07:31:00 UTC.") in text
    assert ("Position the proof states: 43.240900, 76.941200 (± 8 m, gps); the file's GPS: "
            "43.240700, 76.941000.") in text
    assert "Network the proof states: Beeline LTE." in text
    assert "Device the proof states: Google Pixel 8." in text


def test_a_tampered_proof_and_another_hash_are_said_plainly():
    text = proof_text(proof(signature=SignatureState.INVALID, hash_matches=False,
                            signature_failures=("media-signature",)))
    assert "a signature does not verify (the signature over the photo)" in text
    assert "The proof states another SHA-256 (" + "ab" * 32 + "): it is not about these " \
           "bytes." in text
    assert "integrity since" not in text


def test_a_tella_csv_is_corroboration_only():
    text = proof_text(proof(kind=ProofKind.TELLA, signature=SignatureState.UNSIGNED,
                            source_name="IMG_1.csv", key_fingerprint=None))
    assert "Tella metadata from IMG_1.csv: unsigned, so it only corroborates." in text
    ru = proof_text(proof(kind=ProofKind.TELLA, signature=SignatureState.UNSIGNED), lang="ru")
    assert "Метаданные Tella" in ru and "43,240900; 76,941200" in ru


# --- the methodology, in a real PDF ------------------------------------------------------------

@pytest.fixture(scope="module")
def small_case(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("case") / "case"
    case = Case.create(root, title="Provenance", timezone="Asia/Almaty", actor="t")
    venue = add_venue(case)
    add_claim(case, venue, "2024-05-01 10:00", "2024-05-01 14:00", "repair_works")
    add_photo(case, root.parent, "p.jpg", "2024-05-01 12:00")
    case.close()
    return root


METHODOLOGY = {
    "en": ("Content Credentials (C2PA)", "never the photographer in person",
           "Their absence proves nothing", "RFC 3161", "existed at the time it states",
           "integrity, not identity", "unsigned and only corroborates"),
    "ru": ("Content Credentials (C2PA)", "не сам фотограф", "Отсутствие сведений ничего не "
           "доказывает", "RFC 3161", "существовал в указанное в нём время",
           "целостность, а не личность", "не подписан"),
    "kk": ("Content Credentials (C2PA)", "фотограф өзі емес", "ештеңені дәлелдемейді",
           "RFC 3161", "көрсетілген уақытта болғанын", "жеке басын емес, тұтастықты",
           "қол қойылмаған"),
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_methodology_says_what_credentials_timestamps_and_proofs_prove(small_case, lang,
                                                                          tmp_path):
    with Case.open(small_case) as case:
        report = content.build(case, lang=lang)
    pages = pages_text(pdf.write_pdf(report, tmp_path / "r.pdf"))
    start = next(i for i, p in enumerate(pages) if report.t("methodology.title") in p)
    # the pages read on across their footers (the only lines naming the case's id)
    text = flat(" ".join(line for page in pages[start:] for line in page.splitlines()
                         if report.case.id not in line))
    assert report.t("methodology.provenance.title") in text
    for words in METHODOLOGY[lang]:
        assert flat(words) in text, words


# --- a credentialed exhibit and a proof's exhibit, in a real PDF ---------------------------------

@pytest.fixture(scope="module")
def attested_case(tmp_path_factory) -> Path:
    """A refusal at a venue with two photos in its window: one signed with Content Credentials
    in the test (c2pa-python's Builder), one imported from a ProofMode proof zip."""
    folder = tmp_path_factory.mktemp("attested")
    root = folder / "case"
    case = Case.create(root, title="Attested", timezone="Asia/Almaty", actor="t")
    venue = add_venue(case, "square", geometry={"type": "Point", "coordinates": [76.945, 43.238]},
                      radius_m=150)
    add_claim(case, venue, "2022-08-20 17:00", "2022-08-20 20:00", "repair_works")
    (folder / "in").mkdir()
    signed = sign(write_photo(folder / "shot.jpg", Shot(
        taken="2022:08:20 18:40:00", offset="+06:00", lat=43.2381, lon=76.9451)),
        folder / "in" / "signed.jpg")
    list(import_paths(case, [str(signed), str(write_proof_zip(folder / "in"))], actor="t"))
    case.close()
    return root


def written(root: Path, lang: str, out: Path) -> tuple[content.Report, str]:
    with Case.open(root) as case:
        report = content.build(case, lang=lang)
    path = pdf.write_pdf(report, out)
    return report, flat(" ".join(line for page in pages_text(path)
                                 for line in page.splitlines() if report.case.id not in line))


SIGNED_WORDS = {
    "en": ("Valid, but the signer is on no trust list", "Signed by ", "C2PA Signer",
           "with Skver test camera 1.0.", "The credentials state no time of signing."),
    "ru": ("Действительны, но подписанта нет ни в одном списке доверенных", "Подписано: ",
           "C2PA Signer", "программа или камера: Skver test camera 1.0.",
           "Время подписи в сведениях не указано."),
    "kk": ("Жарамды, бірақ қол қоюшы ешбір сенім тізімінде жоқ", "Қол қойған: ", "C2PA Signer",
           "қолданба не камера: Skver test camera 1.0.",
           "Мәліметтерде қол қою уақыты көрсетілмеген."),
}
PROOF_WORDS = {
    "en": ("ProofMode proof from proof-PXL_20220820_123000.jpg.zip",
           "integrity since the app signed, not identity", "this file's"),
    "ru": ("Удостоверение ProofMode из proof-PXL_20220820_123000.jpg.zip",
           "целостность с момента подписи, а не личность", "совпадает с хеш-суммой этого файла"),
    "kk": ("proof-PXL_20220820_123000.jpg.zip ішіндегі ProofMode дәлелі",
           "жеке басын емес, қол қойылғаннан бергі тұтастықты", "осы файлдікі"),
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_credentialed_exhibit_and_a_proofs_exhibit_say_what_was_attested(
        attested_case, lang, tmp_path):
    report, text = written(attested_case, lang, tmp_path / "r.pdf")
    assert report.t("exhibit.credentials") in text and report.t("exhibit.proofs") in text
    for words in (*SIGNED_WORDS[lang], *PROOF_WORDS[lang]):
        assert flat(words) in text, words


@pytest.mark.slow
def test_the_attested_report_is_the_same_bytes_each_time(attested_case, tmp_path):
    for n in (1, 2):
        written(attested_case, "ru", tmp_path / f"r{n}.pdf")
    assert (tmp_path / "r1.pdf").read_bytes() == (tmp_path / "r2.pdf").read_bytes()


def test_the_html_report_says_the_same_of_each_exhibit(attested_case):
    with Case.open(attested_case) as case:
        report = content.build(case, lang="kk")
    page = html.render_html(report)
    credentialed = next(e for c in report.claims for e in c.exhibits if e.credentials)
    proven = next(e for c in report.claims for e in c.exhibits if e.proofs)
    for line in (*credentialed.credentials, *proven.proofs):
        assert escape(line, quote=False) in page
    assert f"<h5>{report.t('exhibit.credentials')}</h5>" in page
    assert f"<h5>{report.t('exhibit.proofs')}</h5>" in page


@pytest.mark.slow
def test_the_inventory_notes_each_exhibits_credentials_and_proof(attested_case, tmp_path):
    report, _ = written(attested_case, "en", tmp_path / "r.pdf")
    notes = {row.names[0]: row.provenance for row in report.inventory.exhibits}
    assert notes["signed.jpg"] == "Content Credentials: valid, signer on no trust list"
    assert notes["PXL_20220820_123000.jpg"] == \
        "ProofMode proof: signatures verified (self-issued key)"
    pages = pages_text(tmp_path / "r.pdf")
    appendix = next(p for p in pages if report.t("appendix.title") in p)
    assert "Content Credentials:" in appendix and "ProofMode proof:" in appendix


@pytest.mark.slow
def test_a_trusted_signer_and_the_timestamp_behind_its_time_are_named(tmp_path):
    """Signed through a local time-stamping authority; its CA and the test signer's added
    from files before the import: the exhibit says who signed and who vouches for the time."""
    shot = write_photo(tmp_path / "shot.jpg", Shot(taken="2022:08:20 18:40:00", offset="+06:00",
                                                   lat=43.2381, lon=76.9451))
    with c2pa_tsa(tmp_path / "tsa") as tsa:
        signed = sign(shot, tmp_path / "stamped.jpg", tsa_url=tsa.url)
    (tmp_path / "tsa-ca.pem").write_bytes(tsa.ca_pem)
    trustlists.update(trustlists.TrustKind.TSA, tmp_path / "tsa-ca.pem")
    trustlists.update(trustlists.TrustKind.USER, CERTS)
    root = tmp_path / "case"
    case = Case.create(root, title="Trusted", timezone="Asia/Almaty", actor="t")
    venue = add_venue(case, "square", geometry={"type": "Point", "coordinates": [76.945, 43.238]},
                      radius_m=150)
    list(import_paths(case, [str(signed)], actor="t"))
    [photo] = store.read(case).photos
    moment = photo.inspection.content_credentials.signed_at.astimezone(timing.zone(ALMATY))
    add_claim(case, venue, (moment - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
              (moment + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"), "repair_works")
    case.close()
    for lang, words in (("en", ("Trusted: the signature is valid and the signer's certificate "
                                "leads to a trust list the user added from a file.",
                                "A trusted timestamp from ", "Skver Test TSA",
                                "backs the signed time.")),
                        ("kk", ("Сенімді: қолтаңба жарамды", "Skver Test TSA",
                                "Қол қою уақытын сенімді уақыт мөрі растайды, оны берген:"))):
        _, text = written(root, lang, tmp_path / f"{lang}.pdf")
        for said in words:
            assert flat(said) in text, said


def test_a_proof_that_disagrees_with_the_file_says_so_in_its_lines():
    far = proof(latitude=43.2707)                    # 3.3 km north of the file's position
    text = proof_text(far)
    assert "The position in the capture app's proof is farther from the file's GPS position " \
           "than their accuracies allow." in text
    assert "more than five minutes" not in text     # its time is 5 s from the file's
    kk = proof_text(far, lang="kk")
    assert strings.table("kk")["finding.proof_position_disagrees"] in kk


def test_an_edits_time_is_said_to_date_the_edit_not_the_shot():
    text = said(credentials(captured=False, actions=("c2pa.opened", "c2pa.edited")))
    assert "The credentials record no capture by a camera (an edit or an export): their time " \
           "dates that, so the photo was taken no later than it, not at it." in text
    assert "no capture by a camera" not in said(credentials())
