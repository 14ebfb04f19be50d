"""The Photos table counts a capture app's proof's findings with the file's own (issue 18): a
photo whose ProofMode signature fails shows it in its Findings cell, its icon, its tooltip and
the count of files with a critical finding, not only in the detail pane; in en, ru and kk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence import importer
from evidence.model import Severity
from evidence.store import Case
from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.photos.loose_model import Column as LooseColumn
from gui.photos.loose_model import Kind
from gui.photos.table_model import Column
from tests.helpers.photos import Shot
from tests.helpers.proofs import ProofZip, write_proof_zip

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
SIGNATURE_FAILS = {"en": "OpenPGP signature does not verify",
                   "ru": "Подпись OpenPGP удостоверения не проходит проверку",
                   "kk": "Дәлелдің OpenPGP қолтаңбасы тексеруден өтпейді"}
FINDINGS = {"en": "Findings", "ru": "Выявленные признаки", "kk": "Анықталған белгілер"}
CRITICAL = {"en": "critical", "ru": "критич", "kk": "сыни"}


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


@pytest.fixture(scope="module")
def proofs_case(tmp_path_factory) -> Path:
    """A case with two ProofMode photos: one as the app signed it, one changed after."""
    folder = tmp_path_factory.mktemp("proofs")
    with Case.create(folder / "case", title="Proofs", timezone="Asia/Almaty", actor="t") as case:
        good = write_proof_zip(folder / "good", ProofZip(name="good.jpg"))
        changed = write_proof_zip(folder / "changed", ProofZip(
            name="changed.jpg", media_changed=True,
            shot=Shot(taken="2022:08:20 18:35:00", offset="+06:00", lat=43.2380,
                      lon=76.9450, accuracy=5.0)))
        results = list(importer.import_paths(case, [str(good), str(changed)], actor="t",
                                             workers=1))
        assert [r.outcome for r in results] == ["imported", "imported"]
    return folder / "case"


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_findings_column_counts_the_proofs_findings(qtbot, proofs_case, lang):
    i18n.install(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_case(str(proofs_case))
    qtbot.waitUntil(lambda: window.session.state is not None, timeout=20_000)
    window.tabs.setCurrentWidget(window.photos)
    view = window.photos
    model = view.model
    rows = {model.case_photo(r).name: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    changed, good = rows["changed.jpg"], rows["good.jpg"]
    own = len(model.inspection(changed).findings)
    counted = model.findings(changed)
    assert len(counted) >= own + 2           # the hash it states and the signature over it
    cell = model.index(changed, Column.FINDINGS)
    assert cell.data().startswith(str(len(counted)))
    assert CRITICAL[lang] in cell.data().lower()
    assert SIGNATURE_FAILS[lang] in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.findings(good) == tuple(model.inspection(good).findings)
    tip = model.index(good, Column.FINDINGS).data(Qt.ItemDataRole.ToolTipRole) or ""
    assert SIGNATURE_FAILS[lang] not in tip
    assert model.counts() == (2, 1)          # one file with a critical finding: the proof's
    # the detail pane lists them under Findings too, never "none" beside a failing proof
    view.select_row(view.proxy.mapFromSource(model.index(changed, 0)).row())
    shown = view.detail.toPlainText()
    findings = shown[shown.index(FINDINGS[lang]):]
    assert SIGNATURE_FAILS[lang] in findings.split("Content Credentials")[0]
    window.grab().save(str(Path(proofs_case).parent / f"proofs-{lang}.png"))


def test_the_inspect_window_counts_a_proof_zip_s_findings_with_the_file_s(window, tmp_path):
    changed = write_proof_zip(tmp_path / "changed", ProofZip(name="changed.jpg",
                                                             media_changed=True))
    window.intake.inspect_paths([str(changed)])
    inspector = window.intake.inspector
    model = inspector.model
    (row,) = [r for r in range(model.rowCount()) if model.kind(r) is Kind.PHOTO]
    own = model.inspection(row).findings
    assert not any(f.severity is Severity.CRITICAL for f in own)   # the file alone: no critical
    cell = model.index(row, LooseColumn.FINDINGS)
    assert "critical" in cell.data()
    assert SIGNATURE_FAILS["en"] in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.tally().critical == 1
    assert inspector.summary.text() == "1 photo, 1 with critical findings"
