"""Refusals in a case: checked field by field, windows in UTC, letters kept as originals,
CSV imports all or nothing, and every change caught by verify when made outside Skver."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from evidence import claims, custody, store, verify
from evidence.claims import FieldError, window_from_local
from evidence.claims_csv import import_csv
from evidence.errors import KnownError
from evidence.model import Category, Claim
from evidence.store import Case
from tests.helpers.claimfiles import HEADER, ROWS, a_pdf, add_venue, write_csv
from tests.helpers.photos import write_photo


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def a_claim(venue_id: int = 1, **changes) -> Claim:
    start, end = window_from_local("2022-08-20 18:00", "23:00", "Asia/Almaty")
    claim = Claim(document_number="ЗТ-Б-1234", document_date="2022-08-15", venue_id=venue_id,
                  window_start=start, window_end=end, window_zone="Asia/Almaty",
                  excuse_text="В связи с проведением ремонтных работ на территории сквера",
                  category=Category.REPAIR_WORKS, authority="Акимат г. Алматы",
                  expected_participants=300)
    return replace(claim, **changes)


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="t") as opened:
        add_venue(opened)
        add_venue(opened, "gandhi-park")
        yield opened


def entries(case: Case) -> list[custody.Entry]:
    return list(store.log.entries(case))


def verified(case: Case) -> verify.Report:
    return verify.verify(case, actor="auditor")


# -- windows ------------------------------------------------------------------------------

def test_a_local_window_in_almaty_before_2024_is_utc_plus_6():
    assert window_from_local("2022-08-20 18:00", "2022-08-20 23:00", "Asia/Almaty") == (
        utc("2022-08-20 12:00"), utc("2022-08-20 17:00"))
    assert window_from_local("2022-08-20 18:00", "23:00", "Asia/Almaty") == (
        utc("2022-08-20 12:00"), utc("2022-08-20 17:00"))


def test_since_2024_03_01_almaty_is_utc_plus_5():
    assert window_from_local("2024-03-05 18:00", "23:00", "Asia/Almaty") == (
        utc("2024-03-05 13:00"), utc("2024-03-05 18:00"))


def test_a_window_across_the_change_takes_each_end_s_offset():
    # Clocks went back from 00:00 (+06) to 23:00 (+05): six local hours, seven real ones.
    start, end = window_from_local("2024-02-29 20:00", "2024-03-01 02:00", "Asia/Almaty")
    assert (start, end) == (utc("2024-02-29 14:00"), utc("2024-02-29 21:00"))
    day = window_from_local("2024-02-29", None, "Asia/Almaty")
    assert day == (utc("2024-02-28 18:00"), utc("2024-02-29 19:00"))  # a 25-hour day


def test_dates_clock_times_and_explicit_offsets():
    assert window_from_local("2022-08-20", "2022-08-21", "Asia/Almaty") == (
        utc("2022-08-19 18:00"), utc("2022-08-21 18:00"))  # a bare end date is included
    assert window_from_local("2022-08-20 18:00", "24:00", "Asia/Almaty")[1] == \
        utc("2022-08-20 18:00")
    assert window_from_local("2022-08-20 12:00Z", "2022-08-20 19:00+05:00", "Asia/Almaty") == (
        utc("2022-08-20 12:00"), utc("2022-08-20 14:00"))


@pytest.mark.parametrize(("start", "end", "field"), [
    ("2022-08-20 18:00", "17:00", "window_end"),
    ("2022-08-20 18:00", "2022-08-20 18:00", "window_end"),
    ("20.08.2022 18:00", "23:00", "window_start"),
    ("2022-02-30 18:00", "23:00", "window_start"),
    ("2022-08-20 18:00", "25:00", "window_end"),
    ("2022-08-20 18:00", None, "window_end"),
])
def test_bad_windows_name_their_field(start, end, field):
    with pytest.raises(FieldError) as caught:
        window_from_local(start, end, "Asia/Almaty")
    assert caught.value.field == field and str(caught.value).startswith(field)


def test_an_unknown_zone_is_a_known_error():
    with pytest.raises(FieldError, match=r"window_zone.*Asia/Almaty"):
        window_from_local("2022-08-20 18:00", "23:00", "Asia/Almatty")


# -- adding, editing, listing ---------------------------------------------------------------

def test_add_then_get_keeps_everything(case):
    claim_id = claims.add(case, a_claim(), "aigerim")
    stored = claims.get(case, claim_id)
    assert stored == replace(a_claim(), id=claim_id, excuse_lang="ru")
    row = case.conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
    assert (row["window_start_utc"], row["window_end_utc"], row["category_source"]) == (
        "2022-08-20T12:00:00Z", "2022-08-20T17:00:00Z", "user")
    last = entries(case)[-1]
    assert (last.action, last.actor, last.details["row_id"]) == ("claim-added", "aigerim",
                                                                  claim_id)
    assert verified(case).intact


@pytest.mark.parametrize(("changes", "field"), [
    ({"document_number": "  "}, "document_number"),
    ({"document_date": "2022-13-01"}, "document_date"),
    ({"document_date": "15.08.2022"}, "document_date"),
    ({"event_date": "tomorrow"}, "event_date"),
    ({"expected_participants": -5}, "expected_participants"),
    ({"venue_id": 99}, "venue_id"),
    ({"window_end": utc("2022-08-20 11:00")}, "window_end"),
    ({"window_end": datetime(2022, 8, 20, 23)}, "window_end"),  # no offset: ambiguous
    ({"window_zone": "Mars/Olympus"}, "window_zone"),
    ({"excuse_text": ""}, "excuse_text"),
    ({"category": "weather"}, "category"),
    ({"category_source": "guess"}, "category_source"),
])
def test_validation_names_the_field(case, changes, field):
    with pytest.raises(FieldError) as caught:
        claims.add(case, a_claim(**changes), "t")
    assert caught.value.field == field, caught.value
    assert case.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_the_same_claim_twice_is_refused(case):
    first = claims.add(case, a_claim(), "t")
    with pytest.raises(FieldError, match=f"claim {first} already records"):
        claims.add(case, a_claim(), "t")
    claims.add(case, a_claim(venue_id=2), "t")  # the same letter for another venue is fine


def test_a_proposed_category_until_confirmed(case):
    claim_id = claims.add(case, claims.proposed(a_claim(category=Category.OTHER)), "t")
    stored = claims.get(case, claim_id)
    assert (stored.category, stored.category_source) == (Category.REPAIR_WORKS, "classifier")
    confirmed = claims.confirm_category(case, claim_id, None, "lawyer")
    assert (confirmed.category, confirmed.category_source) == (Category.REPAIR_WORKS, "user")
    last = entries(case)[-1]
    assert (last.action, last.details["was_source"]) == ("claim-category-confirmed",
                                                          "classifier")
    corrected = claims.confirm_category(case, claim_id, "other_event", "lawyer")
    assert corrected.category == Category.OTHER_EVENT
    assert verified(case).intact


def test_edit_records_what_changed(case):
    claim_id = claims.add(case, a_claim(), "t")
    before = len(entries(case))
    edited = claims.edit(case, claim_id, {"signatory": "Иванов И.И.",
                                          "expected_participants": 500}, "aigerim")
    assert (edited.signatory, edited.expected_participants) == ("Иванов И.И.", 500)
    last = entries(case)[-1]
    assert last.action == "claim-edited"
    assert last.details["fields"] == ["expected_participants", "signatory"]
    claims.edit(case, claim_id, {"signatory": "Иванов И.И."}, "aigerim")  # no change
    assert len(entries(case)) == before + 1
    assert verified(case).intact


def test_edit_refuses_what_cannot_be_edited(case):
    claim_id = claims.add(case, a_claim(), "t")
    with pytest.raises(FieldError, match="letter_sha256: cannot be edited"):
        claims.edit(case, claim_id, {"letter_sha256": "0" * 64}, "t")
    with pytest.raises(FieldError, match="document_date"):
        claims.edit(case, claim_id, {"document_date": "yesterday"}, "t")
    assert claims.get(case, claim_id).document_date == "2022-08-15"
    with pytest.raises(KnownError, match="no claim 42"):
        claims.edit(case, 42, {"notes": "x"}, "t")


def test_a_new_excuse_gets_a_new_proposal_unless_the_category_was_confirmed(case):
    proposed = claims.add(case, claims.proposed(a_claim()), "t")
    edited = claims.edit(case, proposed, {"excuse_text": "Мәдени іс-шара өткізіледі"}, "t")
    assert (edited.category, edited.category_source, edited.excuse_lang) == (
        Category.OTHER_EVENT, "classifier", "kk")
    confirmed = claims.add(case, a_claim(venue_id=2), "t")
    edited = claims.edit(case, confirmed, {"excuse_text": "a concert is scheduled"}, "t")
    assert (edited.category, edited.category_source, edited.excuse_lang) == (
        Category.REPAIR_WORKS, "user", "en")
    given = claims.edit(case, proposed, {"category": "capacity"}, "t")
    assert (given.category, given.category_source) == (Category.CAPACITY, "user")


def test_all_claims_by_venue_and_category(case):
    first = claims.add(case, a_claim(), "t")
    second = claims.add(case, a_claim(venue_id=2, category=Category.OTHER_EVENT), "t")
    assert [c.id for c in claims.all_claims(case)] == [first, second]
    assert [c.id for c in claims.all_claims(case, venue="gandhi-park")] == [second]
    assert [c.id for c in claims.all_claims(case, venue=1)] == [first]
    assert [c.id for c in claims.all_claims(case, category="repair-works")] == [first]
    with pytest.raises(FieldError, match="no venue 'nowhere'"):
        claims.all_claims(case, venue="nowhere")


# -- the scanned letter ---------------------------------------------------------------------

def test_a_letter_is_stored_read_only_and_hashed(case, tmp_path):
    claim_id = claims.add(case, a_claim(), "t")
    letter = a_pdf(tmp_path / "otkaz.pdf")
    claim = claims.attach_letter(case, claim_id, letter, "aigerim")
    stored = case.root / claim.letter_path
    assert claim.letter_path == f"originals/{claim.letter_sha256[:2]}/{claim.letter_sha256}.pdf"
    assert stored.read_bytes() == letter.read_bytes()
    assert stored.stat().st_mode & 0o222 == 0
    log = entries(case)
    attached = next(e for e in log if e.action == "letter-attached")
    assert attached.object_hash == claim.letter_sha256
    assert attached.details["source_name"] == "otkaz.pdf"
    assert log[-1].action == "claim-edited" and log[-1].details["row_id"] == claim_id
    report = verified(case)
    assert report.intact and not report.notes, (report.problems, report.notes)


def test_a_scanned_image_letter(case, tmp_path):
    claim_id = claims.add(case, a_claim(), "t", letter=write_photo(tmp_path / "scan.JPG"))
    assert claims.get(case, claim_id).letter_path.endswith(".jpg")
    assert verified(case).intact


def test_a_letter_that_is_neither_pdf_nor_image_is_refused_whole(case, tmp_path):
    (tmp_path / "letter.docx").write_bytes(b"PK\x03\x04 a word file")
    with pytest.raises(KnownError, match="neither a PDF nor an image"):
        claims.add(case, a_claim(), "t", letter=tmp_path / "letter.docx")
    assert case.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    assert not any((case.root / "originals").rglob("*.*"))
    assert not any((case.root / "staging").iterdir())
    with pytest.raises(KnownError, match="could not be read"):
        claims.add(case, a_claim(), "t", letter=tmp_path / "missing.pdf")


def test_a_claim_keeps_its_letter(case, tmp_path):
    claim_id = claims.add(case, a_claim(), "t", letter=a_pdf(tmp_path / "a.pdf"))
    same = claims.attach_letter(case, claim_id, a_pdf(tmp_path / "copy.pdf"), "t")
    assert same == claims.get(case, claim_id)
    with pytest.raises(KnownError, match="already has its letter"):
        claims.attach_letter(case, claim_id, a_pdf(tmp_path / "b.pdf", "another"), "t")
    assert len(list((case.root / "originals").rglob("*.pdf"))) == 1
    assert verified(case).intact


def test_a_failed_change_leaves_no_letter_behind(case, tmp_path):
    with pytest.raises(FieldError):
        claims.add(case, a_claim(document_date="bad"), "t", letter=a_pdf(tmp_path / "a.pdf"))
    assert not any((case.root / "originals").rglob("*.pdf"))


# -- verify -------------------------------------------------------------------------------

def sql(case: Case, statement: str) -> None:
    conn = sqlite3.connect(case.root / "case.sqlite")
    conn.execute(statement)
    conn.commit()
    conn.close()


def test_verify_catches_a_changed_letter(case, tmp_path):
    claim_id = claims.add(case, a_claim(), "t", letter=a_pdf(tmp_path / "a.pdf"))
    stored = case.root / claims.get(case, claim_id).letter_path
    stored.chmod(0o644)
    stored.write_bytes(stored.read_bytes().replace(b"1234", b"9999"))
    problems = verified(case).problems
    assert len(problems) == 1
    assert "ЗТ-Б-1234" in problems[0] and "has changed" in problems[0]


def test_verify_catches_a_missing_letter(case, tmp_path):
    claim_id = claims.add(case, a_claim(), "t", letter=a_pdf(tmp_path / "a.pdf"))
    (case.root / claims.get(case, claim_id).letter_path).unlink()
    problems = verified(case).problems
    assert len(problems) == 1 and "ЗТ-Б-1234" in problems[0] and "missing" in problems[0]


def test_verify_catches_a_claim_edited_with_sql(case):
    claim_id = claims.add(case, a_claim(), "t")
    sql(case, f"UPDATE claims SET window_end_utc = '2022-08-20T13:00:00Z' WHERE id = {claim_id}")
    problems = verified(case).problems
    assert problems == [f"Claim {claim_id} differs from what the custody log recorded: it was "
                        "edited outside Skver."]


def test_verify_catches_a_letter_swapped_with_sql(case, tmp_path):
    first = claims.add(case, a_claim(), "t", letter=a_pdf(tmp_path / "a.pdf"))
    claims.add(case, a_claim(venue_id=2), "t", letter=a_pdf(tmp_path / "b.pdf", "other"))
    sql(case, "UPDATE claims SET letter_path = (SELECT letter_path FROM claims WHERE id = 2), "
              f"letter_sha256 = (SELECT letter_sha256 FROM claims WHERE id = 2) WHERE id = {first}")
    problems = verified(case).problems
    assert any(f"Claim {first}" in p and "edited outside Skver" in p for p in problems)


# -- CSV import ---------------------------------------------------------------------------

def test_a_csv_round_trip(case, tmp_path):
    ids = import_csv(case, write_csv(tmp_path / "claims.csv", *ROWS), "aigerim")
    found = [claims.get(case, claim_id) for claim_id in ids]
    first, second, third = found
    assert (first.document_number, first.signatory, first.expected_participants) == (
        "ЗТ-Б-1234", "Иванов И.И.", 300)
    assert first.excuse_text == "В связи с проведением ремонтных работ, сквер закрыт"
    assert (first.category, first.category_source, first.excuse_lang) == (
        Category.REPAIR_WORKS, "classifier", "ru")
    assert (first.window_start, first.window_end) == (utc("2022-08-20 12:00"),
                                                      utc("2022-08-20 17:00"))
    assert (second.venue_id, second.category, second.category_source) == (
        2, Category.OTHER_EVENT, "user")
    assert (second.window_start, second.window_end) == (utc("2024-02-29 14:00"),
                                                        utc("2024-02-29 21:00"))
    assert second.notes == "a note\nover two lines"
    assert (third.window_start, third.window_end) == (utc("2024-06-01 10:00"),
                                                      utc("2024-06-01 12:00"))
    assert third.expected_participants == 1500
    batch = entries(case)[-1]
    assert (batch.action, batch.details["claim_ids"]) == ("claims-imported", ids)
    assert verified(case).intact


def test_a_csv_with_bom_and_semicolons_as_a_russian_excel_saves_it(case, tmp_path):
    path = write_csv(tmp_path / "c.csv", "A-1;2022-08-15;;;;;;sary-arka;2022-08-20 18:00;23:00;"
                     "запланирован концерт;;;", header=HEADER.replace(",", ";"), bom=True)
    (claim_id,) = import_csv(case, path, "t")
    assert claims.get(case, claim_id).document_number == "A-1"
    assert claims.get(case, claim_id).category == Category.OTHER_EVENT


def test_bad_rows_name_row_and_column_and_nothing_is_imported(case, tmp_path):
    path = write_csv(tmp_path / "c.csv", ROWS[0],
                     'B-2,2022-13-01,,,,,,sary-arka,2022-08-20 18:00,17:00,ремонт,,,',
                     "",  # a blank row keeps its number
                     'B-3,2022-08-15,,,,,many,nowhere,2022-08-20 18:00,19:00,ремонт,weather,,',
                     ROWS[1])
    before = len(entries(case))
    with pytest.raises(KnownError) as caught:
        import_csv(case, path, "t")
    message = str(caught.value)
    assert message.startswith(f"Nothing was imported from {path}: 5 problems")
    for expected in ("row 3, column document_date: '2022-13-01' is not a date",
                     "row 3, column window_end: the window must end after it starts: "
                     "2022-08-20 17:00 is not after 2022-08-20 18:00 (Asia/Almaty)",
                     "row 5, column expected_participants: 'many'",
                     "row 5, column venue: there is no venue 'nowhere'",
                     "row 5, column category: 'weather' is not a category"):
        assert expected in message
    assert case.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    assert len(entries(case)) == before


def test_rows_after_a_multiline_cell_keep_the_spreadsheet_s_numbers(case, tmp_path):
    path = write_csv(tmp_path / "c.csv", ROWS[1], 'B-2,bad,,,,,,1,2022-08-20 18:00,19:00,x,,,')
    with pytest.raises(KnownError, match="row 3, column document_date"):
        import_csv(case, path, "t")


def test_csv_header_problems(case, tmp_path):
    with pytest.raises(KnownError, match=r"row 1 .*unknown column 'windw_end'"):
        import_csv(case, write_csv(tmp_path / "a.csv", ROWS[0],
                                   header=HEADER.replace("window_end", "windw_end")), "t")
    short = "document_number,document_date,venue,window_start,excuse_text"
    with pytest.raises(KnownError, match="no column window_end"):
        import_csv(case, write_csv(tmp_path / "b.csv", "1,2022-08-15,1,2022-08-20,x",
                                   header=short), "t")
    # Columns may come in any order and in a spreadsheet's capitals; optional ones may be left out.
    header = "Window_End,window start,Venue,Excuse_Text,Document_Date,Document_Number"
    ids = import_csv(case, write_csv(tmp_path / "c.csv", "23:00,2022-08-20 18:00,1,ремонт,"
                                     "2022-08-15,N-1", header=header), "t")
    assert claims.get(case, ids[0]).window_end == utc("2022-08-20 17:00")


def test_duplicates_in_the_file_or_the_case_are_refused(case, tmp_path):
    with pytest.raises(KnownError, match="row 3, column document_number: row 2 already has"):
        import_csv(case, write_csv(tmp_path / "a.csv", ROWS[0], ROWS[0]), "t")
    import_csv(case, write_csv(tmp_path / "b.csv", ROWS[0]), "t")
    with pytest.raises(KnownError, match="row 2, column document_number: claim 1 already"):
        import_csv(case, write_csv(tmp_path / "b.csv", ROWS[0]), "t")  # imported twice


def test_csv_that_is_not_utf8(case, tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes((HEADER + "\n" + ROWS[0] + "\n").encode("cp1251"))
    with pytest.raises(KnownError, match=r"not UTF-8 text \(line 2\).*CSV UTF-8"):
        import_csv(case, path, "t")


def test_csv_zone_given_or_the_case_s(case, tmp_path):
    path = write_csv(tmp_path / "c.csv", ROWS[0])
    (claim_id,) = import_csv(case, path, "t", zone="Asia/Tashkent")
    claim = claims.get(case, claim_id)
    assert (claim.window_zone, claim.window_start) == ("Asia/Tashkent", utc("2022-08-20 13:00"))
    with pytest.raises(KnownError, match="not a time zone"):
        import_csv(case, path, "t", zone="Asia/Nowhere")
