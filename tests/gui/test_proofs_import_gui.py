"""Importing ProofMode zips from the window (issue 18): the file picker offers them, the photo
comes in with its proof, and a zip that cannot be used is named in the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from evidence import store
from evidence.model import SignatureState
from evidence.store import Case
from tests.gui.test_import_gui import answer_source, open_case
from tests.helpers.proofs import write_proof_zip

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_the_window_imports_a_proof_zip_and_names_a_broken_one(window, qtbot, tmp_path,
                                                                monkeypatch):
    root = tmp_path / "case"
    Case.create(root, title="Proofs", timezone="Asia/Almaty", actor="tester").close()
    open_case(window, qtbot, root)
    zipped = write_proof_zip(tmp_path / "in")
    broken = tmp_path / "in" / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 cut short")
    offered: list[str] = []

    def pick(_parent, _title, _folder, filters):
        offered.append(filters)
        return [str(zipped), str(broken)], ""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    window.actions.import_files.trigger()
    answer_source(window, qtbot, "Aigerim's phone, ProofMode")
    assert "*.zip" in offered[0].split(";;")[0] and "*.csv" in offered[0].split(";;")[0]
    assert window.photos.model.rowCount() == 1
    summary = window.intake.import_summary
    assert summary.headline.text() == "1 imported, 0 already in the case, 1 rejected."
    rows = {Path(name).name: (outcome, why) for name, outcome, why in summary.rows()}
    assert rows["broken.zip"][0] == "rejected"
    assert "not a readable zip archive" in rows["broken.zip"][1]
    with Case.open(root) as case:
        data = store.read(case)
        (proof,) = data.proofs_of(data.photos[0].id)
        assert proof.signature is SignatureState.VERIFIED
        assert data.imports[0].source_label == "Aigerim's phone, ProofMode"
