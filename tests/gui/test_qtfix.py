"""PySide6 6.12.0 loses references to None and True; see gui/qtfix.py. The app must not abort."""

from __future__ import annotations

import sys

from PySide6.QtCore import QStringListModel

from gui import qtfix
from gui.photo_grid import GridItem, PhotoGridModel


def test_none_and_true_outlive_many_emits_and_model_reads(qapp):
    model = PhotoGridModel()
    model.set_items([GridItem(1, "1 · a.jpg", None, "")])
    strings = QStringListModel(["a"])
    for _ in range(20_000):
        model.index(0).data(99)  # a role the model has nothing for: None, back through Qt
        strings.dataChanged.emit(strings.index(0), strings.index(0), [])
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > qtfix.RESERVE // 2 or not qtfix.emit_leaks_bools()
