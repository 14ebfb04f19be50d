"""The window names verdicts as the report does ('Photos inconsistent with the stated ground'),
flags a verdict with limits where one refusal's verdict is shown, and never counts what the
report calls inconsistent as 'contradicted'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from evidence.results import Verdict
from gui.refusals.model import RefusalColumn
from gui.refusals.view import MAX_VERDICT_COLUMN_PX
from gui.widgets import vocabulary
from reports import content, strings
from tests.helpers.gui import refusal_cells

EN = strings.table("en")
SECOND = "DEMO-2022/074"   # the demo's refusal 2: one photo decides it, an approximate venue


def test_every_verdict_is_named_as_the_report_names_it(qapp):
    assert {v: vocabulary.verdict(v) for v in Verdict} == {
        v: EN[f"verdict.{v.value}"] for v in Verdict}


def test_a_refusals_verdict_is_the_reports_words_limits_flagged(window, demo_case):
    window.open_case(str(demo_case))
    for claim in window.session.state.claims:
        assert vocabulary.verdict_of(claim) == content.verdict_words(claim, EN)


def test_the_refusals_table_flags_refusal_2_with_limits_and_names_them(window, demo_case):
    window.open_case(str(demo_case))
    row = refusal_cells(window, RefusalColumn.DOCUMENT).index(SECOND)
    cell = window.refusals.proxy.index(row, RefusalColumn.VERDICT)
    assert cell.data() == "Photos inconsistent with the stated ground (with limits)"
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert EN["limit.single_photo"] in tip and EN["limit.approximate_venue"] in tip
    assert "contradict" not in tip.lower()


def test_the_refusal_detail_names_the_verdict_its_limits_and_what_they_are(window, demo_case):
    window.open_case(str(demo_case))
    window.refusals.select_row(refusal_cells(window, RefusalColumn.DOCUMENT).index(SECOND))
    text = window.refusals.detail.toPlainText()
    assert "Photos inconsistent with the stated ground (with limits)" in text
    assert EN["limit.single_photo"] in text
    assert "contradicted" not in text.lower()


def test_counts_say_inconsistent_not_contradicted(window, demo_case):
    window.open_case(str(demo_case))
    assert window.count_label.text() == \
        "11 photos, 1 video · 4 refusals, 4 inconsistent with the ground"
    summary = window.statistics.summary.text()
    assert summary.startswith("4 refusals: 4 inconsistent with the ground.")
    headers = [window.statistics.pages["by_venue"].model.headerData(
        c, Qt.Orientation.Horizontal) for c in range(window.statistics.pages["by_venue"]
                                                     .model.columnCount())]
    assert "contradicted" not in " ".join(str(h) for h in headers).lower()


@pytest.mark.parametrize(("n", "said"), [(1, "1 bears out the ground"),
                                         (2, "2 bear out the ground")])
def test_short_counts_take_englishs_plural(qapp, n, said):
    assert vocabulary.verdict_count(Verdict.SUPPORTED, n) == said


def test_a_long_verdict_is_cut_in_its_middle_and_whole_in_its_tooltip(window, demo_case):
    window.open_case(str(demo_case))
    table = window.refusals.table
    assert table.columnWidth(RefusalColumn.VERDICT) <= MAX_VERDICT_COLUMN_PX
    index = window.refusals.proxy.index(0, RefusalColumn.VERDICT)
    option = QStyleOptionViewItem()
    window.refusals.verdict_delegate.initStyleOption(option, index)
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle   # '(with limits)' stays
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == "Photos inconsistent with the stated ground (with limits)"
