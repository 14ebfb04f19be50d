"""The akimat's published occupancy in the window (issue 20): Refusals ▸ Akimat's published
occupancy… shows the pages kept and the events entered; a saved page kept, its table read with
the venue a person chose, an event typed in, and a refusal's procedure updated, with the real
window and a real case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from evidence.procedure import ProcedureCode
from evidence.store import Case
from gui.refusals.occupancy_forms import EntryForm, SavedPageForm, TableReadForm
from tests.helpers.casework import ALMATY, add_claim, add_venue

PAGE = """<html><head><meta charset="utf-8"></head><body><table>
<tr><th>Место</th><th>Дата</th><th>Время</th><th>Количество участников</th></tr>
<tr><td>Сквер у театра</td><td>10.06.2025</td><td>10:00-14:00</td><td>1 500</td></tr>
</table></body></html>"""


def _case(tmp_path: Path) -> tuple[Path, int, int]:
    root = tmp_path / "case"
    with Case.create(root, title="Occupancy", timezone=ALMATY, actor="t") as case:
        venue = add_venue(case, "theatre-square", name_en="Theatre Square")
        claim = add_claim(case, venue, "2025-06-10 09:00", "2025-06-10 18:00", "other_event")
    return root, venue, claim


def _ok(form) -> None:
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _codes(window, claim: int) -> list[ProcedureCode]:
    return [f.code for f in window.session.state.result.claim(claim).procedure]


def test_a_saved_page_its_table_and_a_typed_event_from_the_window(window, qtbot, tmp_path):
    root, venue, claim = _case(tmp_path)
    window.session.open_case(str(root))
    assert window.actions.published_occupancy.isEnabled()
    assert window.actions.published_occupancy in window.refusal_actions.menu.actions()
    window.actions.published_occupancy.trigger()
    occupancy = window.occupancy.window
    assert occupancy is not None and occupancy.isVisible()
    assert occupancy.pages.rowCount() == 0 and not occupancy.add_entry.isEnabled()

    saved = tmp_path / "occupancy.html"
    saved.write_text(PAGE, encoding="utf-8")
    form = occupancy.open_saved()
    assert isinstance(form, SavedPageForm)
    form.path.setText(str(saved))
    form.url.setText("https://almaty.gov.kz/ru/occupancy")
    form.captured.setText("2025-06-05 10:30")  # no offset: refused, the form stays
    _ok(form)
    assert form.isVisible() and "no UTC offset" in form.error.text()
    form.captured.setText("2025-06-05 10:30+05:00")
    form.first.setText("2025-06-01")
    form.last.setText("2025-06-30")
    _ok(form)
    assert not form.isVisible()
    assert occupancy.pages.rowCount() == 1
    assert occupancy.pages.item(0, 5).text() == "https://almaty.gov.kz/ru/occupancy"
    assert occupancy.pages.item(0, 4).text() == "2025-06-01 – 2025-06-30"
    # its dates said, its table not yet read: the page lists the event, so no absence is claimed
    assert ProcedureCode.OCCUPANCY_NOT_COVERED in _codes(window, claim)
    assert ProcedureCode.EVENT_NOT_PUBLISHED not in _codes(window, claim)

    occupancy.pages.selectRow(0)
    assert occupancy.read.isEnabled()
    occupancy.read.click()
    reader = occupancy.form
    assert isinstance(reader, TableReadForm)
    [(place, combo)] = reader.combos
    assert place == "Сквер у театра" and combo.currentData() is None  # no venue by that name
    combo.setCurrentIndex(combo.findData(venue))
    _ok(reader)
    assert occupancy.entries.rowCount() == 1
    assert occupancy.entries.item(0, 2).text() == "Theatre Square"
    assert occupancy.entries.item(0, 5).text() == "1,500"
    found = window.session.state.result.claim(claim).procedure[-1]
    assert found.code is ProcedureCode.EVENT_PUBLISHED
    assert found.fact["expected_participants"] == 1500

    typed = occupancy.open_entry()
    assert isinstance(typed, EntryForm)
    typed.start.setText("2025-06-11 10:00")
    typed.end.setText("09:00")  # before it starts: refused, kept open
    _ok(typed)
    assert typed.isVisible() and "must end after it starts" in typed.error.text()
    typed.end.setText("12:00")
    typed.name.setText("Ярмарка")
    _ok(typed)
    assert occupancy.entries.rowCount() == 2
    assert occupancy.entries.item(1, 5).text() == "not stated"


def test_a_pages_dates_said_later_and_an_event_removed_with_its_reason(window, tmp_path):
    from evidence import occupancy
    from evidence.model import PageCapture

    root, _venue, claim = _case(tmp_path)
    saved = tmp_path / "occupancy.html"
    saved.write_text(PAGE, encoding="utf-8")
    with Case.open(root) as case:
        occupancy.import_page(case, saved, url="https://almaty.gov.kz/", capture=PageCapture.SAVED,
                              captured="2025-06-05 10:30+05:00", actor="t")
    window.session.open_case(str(root))
    occupancy_window = window.occupancy.show()
    # no dates said: no absence claimed
    assert ProcedureCode.OCCUPANCY_NOT_COVERED in _codes(window, claim)
    assert not occupancy_window.covers.isEnabled()
    occupancy_window.pages.selectRow(0)
    form = occupancy_window.open_covers()
    form.first.setText("2025-06-30")
    form.last.setText("2025-06-01")
    _ok(form)
    assert form.isVisible() and "before the first" in form.error.text()
    form.first.setText("2025-06-01")
    form.last.setText("2025-06-30")
    _ok(form)
    assert occupancy_window.pages.item(0, 4).text() == "2025-06-01 – 2025-06-30"
    # its dates said, but nobody recorded its events: still no absence claimed
    assert ProcedureCode.OCCUPANCY_NOT_COVERED in _codes(window, claim)
    assert ProcedureCode.EVENT_NOT_PUBLISHED not in _codes(window, claim)
    assert occupancy_window.complete.isEnabled()
    complete = occupancy_window.open_complete()
    _ok(complete)  # a person's word that its list is complete
    assert not complete.isVisible()
    assert ProcedureCode.EVENT_NOT_PUBLISHED in _codes(window, claim)
    assert window.session.state.data.log[-1].action == "occupancy-page-read"
    occupancy_window.pages.selectRow(0)
    assert not occupancy_window.complete.isEnabled()

    typed = occupancy_window.open_entry()
    typed.start.setText("2025-06-10 10:00")
    typed.end.setText("12:00")
    _ok(typed)
    assert ProcedureCode.EVENT_PUBLISHED in _codes(window, claim)
    assert not occupancy_window.remove_entry.isEnabled()
    occupancy_window.entries.selectRow(0)
    removing = occupancy_window.open_remove()
    _ok(removing)  # no reason: refused
    assert removing.isVisible() and "Say why" in removing.error.text()
    removing.reason.setText("typed on the wrong page")
    _ok(removing)
    assert occupancy_window.entries.rowCount() == 0
    assert ProcedureCode.EVENT_NOT_PUBLISHED in _codes(window, claim)
    last = window.session.state.data.log[-1]
    assert last.action == "occupancy-entry-removed"
    assert last.details["reason"] == "typed on the wrong page"


def test_a_table_read_from_the_window_past_its_bound_leaves_the_page_unread(tmp_path):
    from evidence import occupancy
    from evidence.model import PageCapture
    from gui.refusals import occupancy_jobs as jobs

    root, venue, _claim = _case(tmp_path)
    rows = "".join("<tr><td>Theatre Square</td><td>11.06.2025</td><td>10:00-11:00</td></tr>"
                   for _ in range(5000))
    saved = tmp_path / "long.html"
    saved.write_text("<html><table><tr><th>Место</th><th>Дата</th><th>Время</th></tr>" + rows
                     + "</table></html>", encoding="utf-8")
    with Case.open(root) as case:
        page, _ = occupancy.import_page(case, saved, url="https://almaty.gov.kz/",
                                        capture=PageCapture.SAVED,
                                        captured="2025-06-05 10:30+05:00", actor="t")
        jobs.enter_table(case, page.id, {"Theatre Square": venue}, "t")
        assert occupancy.page(case, page.id).events_recorded is None
