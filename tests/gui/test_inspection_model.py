"""The table model obeys Qt's model contract and sorts by real values, not by their text."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from evidence.inspection import inspect_file
from gui.photos.table_model import Column, InspectionModel, InspectionSortProxy


def test_model_and_proxy_keep_qts_model_contract(qtbot, photos):
    model = InspectionModel()
    proxy = InspectionSortProxy()
    proxy.setSourceModel(model)
    mode = QAbstractItemModelTester.FailureReportingMode.Warning  # a warning fails the test
    testers = [QAbstractItemModelTester(m, mode) for m in (model, proxy)]
    results = [inspect_file(str(p)) for p in photos.values()]
    model.add(results[:1])
    model.add(results[1:])
    proxy.sort(Column.UTC, Qt.SortOrder.AscendingOrder)
    model.add([results[0]])  # the same file again replaces its row
    assert model.rowCount() == 3
    for row in range(3):
        for column in Column:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.DecorationRole):
                proxy.index(row, column).data(role)
    model.clear()
    assert proxy.rowCount() == 0
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children under a cell
    assert len(testers) == 2


def test_headers_name_the_columns(qtbot):
    model = InspectionModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["File", "Tagged", "Taken (local)", "UTC", "Dated by", "Findings",
                       "Offset source", "Position"]
    assert model.columnCount(QModelIndex()) == 8


def test_sorting_by_utc_uses_the_instant_and_puts_unknown_times_last(qtbot, photos):
    located = inspect_file(str(photos["located"]))
    # A file whose name sorts last but whose instant is the earliest.
    earlier = replace(located, metadata=replace(located.metadata, path="/x/z.jpg"),
                      time=replace(located.time, taken_utc=located.time.taken_utc.replace(hour=5)))
    model = InspectionModel()
    model.add([located, earlier, inspect_file(str(photos["no_gps"]))])
    proxy = InspectionSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.UTC, Qt.SortOrder.AscendingOrder)
    order = [proxy.index(r, Column.FILE).data() for r in range(3)]
    assert order == ["z.jpg", "a_located.jpg", "b_no_gps.jpg"]


def test_findings_cell_counts_and_names_the_worst(qtbot, photos):
    model = InspectionModel()
    model.add([inspect_file(str(photos["no_gps"]))])
    text = model.index(0, Column.FINDINGS).data()
    count = len(model.inspection(0).findings)
    assert text == f"{count} finding{'s' if count != 1 else ''} · warning"
    assert "no GPS position" in model.index(0, Column.FINDINGS).data(Qt.ItemDataRole.ToolTipRole)
