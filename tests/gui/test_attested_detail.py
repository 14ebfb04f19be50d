"""The photo's detail pane says what a capture app's proof (ProofMode, Tella) of a photo in the
case attests, beside the photo's own metadata (tests/gui/test_credentials_detail.py: its Content
Credentials)."""

from __future__ import annotations

from pathlib import Path

from evidence import inspection
from evidence.importer import import_paths
from evidence.store import Case
from gui.app.main_window import MainWindow
from gui.widgets import loose_proofs
from tests.helpers.photos import write_jpeg
from tests.helpers.proofs import ProofZip, write_proof_zip, write_tella


def open_case_with(window: MainWindow, qtbot, root: Path, *paths: Path) -> list[int]:
    case = Case.create(root, title="Proofs", timezone="Asia/Almaty", actor="t")
    ids = [r.photo_id for r in import_paths(case, [str(p) for p in paths], actor="t")
           if r.photo_id is not None]
    case.close()
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(root))
    return ids


def case_detail(window: MainWindow, photo_id: int) -> str:
    assert window.photos.select_photo(photo_id)
    return window.photos.detail.document().toPlainText()


def test_a_proofmode_proof_beside_the_photos_own_metadata(window, qtbot, tmp_path):
    proof = write_proof_zip(tmp_path / "in")
    [photo] = open_case_with(window, qtbot, tmp_path / "case", proof)
    text = case_detail(window, photo)
    assert "Proofs (ProofMode, Tella)" in text
    assert f"ProofMode proof from {proof.name}: its OpenPGP signatures" in text
    assert "The key is self-issued by the app: this shows integrity since the app signed, " \
           "not identity." in text
    assert "The SHA-256 the proof states is this file's." in text
    assert "Position the proof states: 43.23805" in text and "the file's GPS: 43.238000" in text
    # ProofMode writes the phone's wall clock with a literal Z: held to the camera's own clock
    assert "Time the proof states, by the phone's own clock (no time zone): 2022-08-20 " \
           "18:30:04; the file's camera clock: 2022-08-20 18:30:00." in text


def test_a_tampered_proof_and_a_tella_csv_say_what_they_are(window, qtbot, tmp_path):
    tampered = write_proof_zip(tmp_path / "in", ProofZip(json_changed=True))
    photo, metadata = write_tella(tmp_path / "tella")
    ids = open_case_with(window, qtbot, tmp_path / "case", tampered, photo, metadata)
    texts = [case_detail(window, i) for i in ids]
    assert any("a signature does not verify" in t for t in texts), texts
    assert any(f"Tella metadata from {metadata.name}: unsigned, so it only corroborates." in t
               for t in texts), texts


def test_a_photo_without_a_proof_has_no_proofs_section(window, qtbot, tmp_path):
    [photo] = open_case_with(window, qtbot, tmp_path / "case",
                             write_jpeg(tmp_path / "plain.jpg", gps=True))
    text = case_detail(window, photo)
    assert "Proofs (ProofMode, Tella)" not in text
    assert "None in the file. Their absence proves nothing" in text


def inspector_text(window: MainWindow, fragment: str) -> str:
    inspector = window.intake.inspector
    rows = [r for r in range(inspector.model.rowCount())
            if fragment in inspector.model.inspection(r).metadata.path]
    assert len(rows) == 1, [inspector.model.inspection(r).metadata.path
                            for r in range(inspector.model.rowCount())]
    inspector.select_row(inspector.proxy.mapFromSource(
        inspector.model.index(rows[0], 0)).row())
    return inspector.detail.toPlainText()


def test_the_inspect_window_reads_a_proofmode_zips_photo_with_its_proof(window, tmp_path):
    """Dropped on the Inspect window, a ProofMode zip is its photo (read from inside it) with
    its proof checked, not 'not a photo'; a Tella CSV goes with its photo and is not listed."""
    write_proof_zip(tmp_path / "in")
    write_proof_zip(tmp_path / "in", ProofZip(name="moved.jpg", changes={
        "Location.Latitude": "43.26805"}))            # 3.3 km north of where the photo says
    write_tella(tmp_path / "in" / "tella")
    window.intake.inspect_paths([str(tmp_path / "in")])
    inspector = window.intake.inspector
    assert inspector.model.rowCount() == 3            # two zips' photos and Tella's photo
    text = inspector_text(window, "(PXL_20220820_123000.jpg)")
    assert "Inspected only" in text and "not a photo" not in text.lower()
    assert "Proofs (ProofMode, Tella)" in text
    assert "ProofMode proof from proof-PXL_20220820_123000.jpg.zip: its OpenPGP signatures " \
           "over the file and the proof verify with key" in text
    moved = inspector_text(window, "(moved.jpg)")
    assert "farther from the file's GPS position than their accuracies allow" in moved
    tella = inspector_text(window, "a1b2c3.jpg")
    assert "Tella metadata from a1b2c3.csv: unsigned, so it only corroborates." in tella


def test_the_inspect_windows_progress_counts_the_proof_packages_too(tmp_path):
    write_proof_zip(tmp_path / "in")
    write_tella(tmp_path / "in" / "tella")
    write_jpeg(tmp_path / "in" / "plain.jpg", gps=True)
    files = list(inspection.iter_paths([str(tmp_path / "in")]))
    said: list[tuple[int, int]] = []
    stated: dict = {}
    found = list(loose_proofs.inspected(files, None, stated=stated.update,
                                        progress=lambda done, of: said.append((done, of))))
    assert len(files) == 4 and len(found) == 3       # the Tella CSV goes with its photo
    assert said[-1] == (4, 4)                        # the bar ends full
    assert {p.rsplit("/", 1)[-1] for p in stated} == {
        "proof-PXL_20220820_123000.jpg.zip (PXL_20220820_123000.jpg)", "a1b2c3.jpg"}
