"""Filtering the Refusals table: by venue, excuse, verdict and dates, counted and reset."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from evidence.model import Category
from evidence.results import ClaimResult, Coverage, Verdict
from gui.app.main_window import MainWindow
from gui.refusals.filters import RefusalFilter, RefusalFilterProxy
from gui.refusals.model import RefusalModel
from gui.refusals.view import RefusalsView
from tests.helpers.records import claim_result, point_venue

VENUES = {"park": point_venue("park", 1), "square": point_venue("square", 2)}


def claim(claim_id: int, venue: str, category: str, verdict: str, document_date: str,
          window_start: str) -> ClaimResult:
    start = datetime.fromisoformat(f"{window_start}T04:00:00+00:00")  # 10:00 in Almaty
    result = claim_result(VENUES[venue], [], claim_id=claim_id, verdict=Verdict(verdict),
                          number=f"N-{claim_id}", category=Category(category),
                          window=(start, start + timedelta(hours=4)),
                          document_date=document_date)
    return replace(result, coverage=Coverage(14400, 7200, ()))


CLAIMS = [
    claim(1, "park", "repair_works", "contradicted", "2022-06-03", "2022-06-12"),
    claim(2, "park", "other_event", "supported", "2022-06-28", "2022-07-02"),
    claim(3, "square", "repair_works", "unverified", "2022-07-20", "2022-08-01"),
    claim(4, "square", "repair_works", "contradicted", "2022-08-15", "2022-08-20"),
]


@pytest.fixture
def view(qtbot) -> RefusalsView:
    refusals = RefusalsView()
    qtbot.addWidget(refusals)
    refusals.show_claims(CLAIMS)
    return refusals


def shown(view: RefusalsView) -> list[int]:
    return sorted(view.model.claim(view.proxy.mapToSource(view.proxy.index(r, 0)).row())
                  .claim_id for r in range(view.proxy.rowCount()))


def choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def test_the_proxy_passes_the_model_tester(qtmodeltester):
    model = RefusalModel()
    model.set_claims(CLAIMS)
    proxy = RefusalFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_refusal_filter(RefusalFilter(venue="square"))
    qtmodeltester.check(proxy, force_py=True)
    proxy.sort(0)
    proxy.set_refusal_filter(RefusalFilter(category="repair_works", date_from=date(2022, 8, 1)))
    qtmodeltester.check(proxy, force_py=True)


def test_filters_combine_and_say_how_many_are_shown(view):
    bar = view.filters
    assert bar.shown.text() == "4 of 4 refusals shown"
    assert not bar.reset_button.isEnabled()
    choose(bar.venue, "Square")
    assert shown(view) == [3, 4]
    choose(bar.verdict, "Photos inconsistent with the stated ground")
    assert shown(view) == [4]
    assert bar.shown.text() == "1 of 4 refusals shown"
    choose(bar.venue, "All venues")
    choose(bar.category, "repair works")
    assert shown(view) == [1, 4]


def test_a_date_range_applies_to_the_window_or_the_document_date(view):
    bar = view.filters
    bar.date_from.setDate(QDate(2022, 7, 1))
    bar.date_to.setDate(QDate(2022, 7, 31))
    assert shown(view) == [2]                       # window 2022-07-02
    choose(bar.basis, "Document date")
    assert shown(view) == [3]                       # dated 2022-07-20
    bar.date_to.setDate(bar.date_to.minimumDate())  # "any": open-ended
    assert shown(view) == [3, 4]


def test_reset_shows_everything_again(view, qtbot):
    bar = view.filters
    choose(bar.venue, "Park")
    bar.date_from.setDate(QDate(2022, 7, 1))
    assert shown(view) == [2]
    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert shown(view) == [1, 2, 3, 4]
    assert bar.venue.currentText() == "All venues"
    assert bar.date_from.text() == "any"


def test_set_filter_is_what_a_statistics_bar_click_calls(view):
    view.set_filter(venue="square", month="2022-08")
    assert shown(view) == [3, 4]
    assert view.filters.venue.currentText() == "Square"
    assert view.filters.date_from.date() == QDate(2022, 8, 1)
    assert view.filters.date_to.date() == QDate(2022, 8, 31)
    view.set_filter(verdict="contradicted")         # replaces the whole filter
    assert shown(view) == [1, 4]
    assert view.current_claim() is not None
    view.set_filter(category="epidemic")
    assert shown(view) == [] and view.current_claim() is None
    assert view.filters.shown.text() == "0 of 4 refusals shown"


def test_the_filter_stays_when_the_case_is_read_again(window: MainWindow, demo_case: Path,
                                                      qtbot):
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(demo_case))
    refusals = window.refusals
    choose(refusals.filters.venue, "Square behind the Sary-Arka cinema")
    assert refusals.filters.shown.text() == "2 of 4 refusals shown"
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(demo_case))
    assert refusals.filters.shown.text() == "2 of 4 refusals shown"
    assert refusals.current_claim().venue.slug == "sary-arka-cinema-square"
