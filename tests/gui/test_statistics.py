"""The Statistics tab on the demo case: the numbers, the charts, and a bar or row asking the
Refusals tab for its refusals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from evidence.results import Verdict
from gui.statistics.model import StatisticsModel
from tests.helpers.gui import case_state


def rows(page) -> dict[str, list[str]]:
    model = page.model
    return {model.data(model.index(r, 0)): [model.data(model.index(r, c))
                                            for c in range(1, model.columnCount())]
            for r in range(model.rowCount())}


def test_the_demo_case_in_numbers(window, demo_case):
    window.open_case(str(demo_case))
    stats = window.statistics
    assert window.tabs.isTabVisible(window.tabs.indexOf(stats))
    assert "4 refusals: 4 inconsistent with the ground." in stats.summary.text()
    venues = rows(stats.pages["by_venue"])
    # refusals, contradicted, mixed, supported, unverified, rate
    assert venues["Square behind the Sary-Arka cinema"] == ["2", "2", "0", "0", "0", "100 %"]
    assert sum(int(r[1]) for r in venues.values()) == 4
    assert rows(stats.pages["by_category"])["repair works"][:2] == ["2", "2"]
    assert len(rows(stats.pages["by_month"])) == 4
    [recurring] = [stats.recurring.item(i).text() for i in range(stats.recurring.count())]
    assert "Sary-Arka" in recurring and "repair works" in recurring


def test_the_charts_have_a_bar_per_group_and_a_set_per_verdict(window, demo_case):
    window.open_case(str(demo_case))
    pages = window.statistics.pages
    assert [pages[g].chart.bar_count() for g in ("by_venue", "by_category", "by_month")] \
        == [3, 2, 4]
    chart = pages["by_venue"].chart
    assert len(chart.series.barSets()) == 4  # contradicted, mixed, supported, unverified
    sary_arka = chart.keys.index("sary-arka-cinema-square")
    assert chart.sets[Verdict.CONTRADICTED].at(sary_arka) == 2
    assert len(chart.groups_axis.categories()) == 3


def test_a_bar_shows_its_refusals(window, demo_case):
    window.open_case(str(demo_case))
    window.tabs.setCurrentWidget(window.statistics)
    window.statistics.pages["by_venue"].chart.click("sary-arka-cinema-square", "contradicted")
    assert window.tabs.currentWidget() is window.refusals
    assert window.refusals.proxy.rowCount() == 2
    shown = {window.refusals.current_claim().venue.slug}
    assert shown == {"sary-arka-cinema-square"}


def test_a_row_and_a_recurring_excuse_show_their_refusals(window, demo_case):
    window.open_case(str(demo_case))
    page = window.statistics.pages["by_month"]
    page.table.activated.emit(page.model.index(0, 0))
    assert window.refusals.proxy.rowCount() == 1
    stats = window.statistics
    stats.recurring.itemActivated.emit(stats.recurring.item(0))
    assert window.tabs.currentWidget() is window.refusals
    assert window.refusals.proxy.rowCount() == 2


def test_copy_table_puts_the_numbers_on_the_clipboard(window, demo_case):
    window.open_case(str(demo_case))
    window.statistics.pages["by_category"].copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0].startswith("Excuse\tRefusals\t")
    assert "repair works\t2\t2\t0\t0\t0\t100 %" in text


def test_the_statistics_model_keeps_qts_contract(qtmodeltester, demo_case):
    state = case_state(demo_case)
    model = StatisticsModel("Venue")
    qtmodeltester.check(model, force_py=True)
    model.set_groups([(k, k, c) for k, c in state.result.aggregates.by_venue.items()])
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Venue"
