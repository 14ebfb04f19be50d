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


def test_position_tooltip_gives_the_full_coordinates_and_accuracy_in_the_language(qtbot, photos):
    # At 1280 px the Position column is cut: its tooltip said nothing, so the coordinates and
    # their accuracy were only in the detail pane.
    from gui.app import i18n

    located = inspect_file(str(photos["located"]))
    sure = replace(located, metadata=replace(located.metadata, path="/x/sure.jpg",
                                             latitude=43.2389491, longitude=76.8897094,
                                             gps_accuracy_m=8.4))
    vague = replace(sure, metadata=replace(sure.metadata, path="/x/vague.jpg",
                                           gps_accuracy_m=None))
    model = InspectionModel()
    model.add([sure, vague])
    tip = Qt.ItemDataRole.ToolTipRole
    try:
        assert model.index(0, Column.POSITION).data(tip) == \
            "43.238949, 76.889709\nGPS accuracy: ± 8 m"
        assert model.index(1, Column.POSITION).data(tip) == \
            "43.238949, 76.889709\nAccuracy not recorded; ± 25 m assumed"
        i18n.install("ru")
        assert model.index(0, Column.POSITION).data(tip) == \
            "43,238949; 76,889709\nТочность GPS: ± 8 м"
        i18n.install("kk")
        assert model.index(0, Column.POSITION).data(tip) == \
            "43,238949; 76,889709\nGPS дәлдігі: ± 8 м"
        assert "25 м" in model.index(1, Column.POSITION).data(tip)
        # Dated by and Offset source are cut at 1280 px too: their tooltip says them whole.
        assert model.index(0, Column.DATED_BY).data() in model.index(0, Column.DATED_BY).data(tip)
        offset = model.index(0, Column.OFFSET).data().split(" ")[0]
        assert "UTC" + offset in model.index(0, Column.OFFSET).data(tip)
    finally:
        i18n.install("en")
