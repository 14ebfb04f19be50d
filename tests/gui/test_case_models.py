"""The case's models keep Qt's model contract, sort by real values, and escape what they show."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from evidence import inspection, store
from evidence.facts import VenueFact
from evidence.inspection import as_json, inspect_file
from evidence.model import Observation, Tag
from evidence.phrases import phrase
from evidence.results import Verdict
from evidence.store import Case
from gui.app.state import CaseEngine, CaseState
from gui.case import demo
from gui.photos import detail
from gui.photos.table_model import Column, InspectionModel, InspectionSortProxy
from gui.refusals import detail as refusal_detail
from gui.refusals.model import RefusalColumn, RefusalModel, sort_proxy

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole)
FAIL_ON_WARNING = QAbstractItemModelTester.FailureReportingMode.Warning


@pytest.fixture(scope="module")
def snapshot(demo_case: Path) -> CaseState:
    with Case.open(demo_case) as case:
        return CaseEngine.read(case).state


def touch_every_cell(model) -> None:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in ROLES:
                model.index(row, column).data(role)


def test_refusal_model_keeps_qts_contract_and_sorts_by_value(qtbot, snapshot):
    model = RefusalModel()
    proxy = sort_proxy()
    proxy.setSourceModel(model)
    testers = [QAbstractItemModelTester(m, FAIL_ON_WARNING) for m in (model, proxy)]
    model.set_claims(snapshot.claims)
    touch_every_cell(proxy)
    proxy.sort(RefusalColumn.COVERAGE, Qt.SortOrder.AscendingOrder)
    coverage = [proxy.index(r, RefusalColumn.COVERAGE).data() for r in range(4)]
    assert coverage == ["5%", "15%", "17%", "64%"]
    proxy.sort(RefusalColumn.PHOTOS, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, RefusalColumn.PHOTOS).data() == "5"
    model.set_claims([])
    assert proxy.rowCount() == 0 and len(testers) == 2


def test_refusal_headers_and_a_coloured_verdict(qtbot, snapshot):
    model = RefusalModel()
    model.set_claims(snapshot.claims)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in RefusalColumn]
    assert headers == ["Document", "Date", "Venue", "Excuse", "Verdict", "Photos", "Coverage"]
    verdict = model.index(0, RefusalColumn.VERDICT)
    assert verdict.data().startswith("Photos inconsistent with the stated ground")
    assert verdict.data(Qt.ItemDataRole.ForegroundRole).name() == Verdict.CONTRADICTED.colour
    assert model.index(0, RefusalColumn.CATEGORY).data() == "repair works"


def test_photo_model_with_case_photos_keeps_qts_contract(qtbot, snapshot, photos):
    model = InspectionModel()
    proxy = InspectionSortProxy()
    proxy.setSourceModel(model)
    testers = [QAbstractItemModelTester(m, FAIL_ON_WARNING) for m in (model, proxy)]
    model.add([inspect_file(str(photos["located"]))])
    model.set_case_photos(snapshot.photos)
    assert model.rowCount() == 13 and model.case_photo(12) is None  # loose files stay after
    touch_every_cell(proxy)
    proxy.sort(Column.FILE, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Column.FILE).data() == "a_located.jpg"
    assert proxy.index(1, Column.FILE).data() == "12 · IMG_0012.MOV · ▶ 3:00"
    model.add([inspect_file(str(photos["located"]))])  # the same loose file: replaced
    assert model.rowCount() == 13
    model.clear_inspected()
    assert model.rowCount() == 12
    model.set_case_photos([])
    assert model.rowCount() == 0 and len(testers) == 2


def test_a_stored_record_becomes_the_same_inspection_again(demo_case):
    with Case.open(demo_case) as case:
        rows = store.photos.all_photos(case)
    for row in rows:
        record = json.loads(row.stored_json)
        rebuilt = inspection.from_json(record, record["path"], "Asia/Almaty")
        assert as_json(rebuilt) == record


def test_text_from_the_case_is_escaped_in_both_detail_panes(snapshot):
    result = snapshot.claims[0]
    venue = replace(result.venue.venue, name_en="<b>Square</b>")
    claim = replace(result, venue=VenueFact(venue),
                    claim=replace(result.claim, excuse_text="<script>alert(1)</script>",
                                  document_number="<doc>"),
                    reasons=(phrase("reason.no_photos", venue="a & b"),),
                    caveats=(phrase("caveat.approximate", venue="<i>x</i>"),))
    html = refusal_detail.to_html(claim)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;Square&lt;/b&gt;" in html and "a &amp; b" in html
    assert "<i>x</i>" not in html
    photo = snapshot.photos[0]
    tricky = replace(photo, names=("<evil>.jpg",), stored_path="<stored>")
    note = Observation(photo.id, "<reviewer>", (Tag.VENUE_EMPTY,), 0, "<img src=x>")
    data = snapshot.data.with_observations({photo.id: (note,)})
    data = replace(data, photos=(tricky, *data.photos[1:]))
    state = CaseState(data, replace(snapshot.result, claims=(claim, *snapshot.claims[1:])),
                      snapshot.facts)
    html = detail.to_html(tricky.inspection, tricky, state)
    for raw in ("<evil>", "<stored>", "<reviewer>", "<img src=x>", "<doc>"):
        assert raw not in html


def test_a_refusal_whose_zone_is_unknown_is_shown_in_utc(snapshot):
    result = snapshot.claims[2]
    claim = replace(result, claim=replace(result.claim, window_zone="Mars/Olympus"))
    html = refusal_detail.to_html(claim)
    assert "2022-08-20 12:00 – 16:00" in html and "Local" not in html


def test_a_demo_folder_that_does_not_open_is_kept_aside_and_rebuilt(tmp_path):
    data = tmp_path / "data"
    folder = data / "demo-case"
    folder.parent.mkdir()
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    assert demo.ensure(folder) == folder and demo.is_case(folder)
    kept = [p for p in data.iterdir() if p.name.startswith("demo-case.unusable-")]
    assert len(kept) == 1 and (kept[0] / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert len(list(data.iterdir())) == 2  # nothing half-built is left beside them
    built = (folder / "case.sqlite").stat().st_mtime_ns
    assert demo.ensure(folder) == folder  # opens: reused as it is
    assert (folder / "case.sqlite").stat().st_mtime_ns == built
    assert len(list(data.iterdir())) == 2
