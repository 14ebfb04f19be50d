"""The procedure as recorded on a refusal: checked, stored, edited, vouched for, and read from
a case made before it existed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from evidence import claims, store, verify
from evidence.claims import FieldError, window_from_local
from evidence.model import AssemblyForm, Category, Claim
from evidence.procedure import ProcedureCode, procedure_findings
from evidence.store import Case, schema
from tests.helpers.claimfiles import add_venue


def a_claim(**changes: object) -> Claim:
    start, end = window_from_local("2025-06-14 18:00", "20:00", "Asia/Almaty")
    claim = Claim(document_number="ЗТ-Б-77", document_date="2025-06-10", venue_id=1,
                  window_start=start, window_end=end, window_zone="Asia/Almaty",
                  excuse_text="В связи с проведением ремонтных работ",
                  category=Category.REPAIR_WORKS, event_date="2025-06-14")
    return replace(claim, **changes)  # type: ignore[arg-type]


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="t") as opened:
        add_venue(opened)
        yield opened


def test_the_procedure_is_stored_typed_and_vouched_for(case):
    claim_id = claims.add(case, a_claim(document_date="2025-06-09", assembly_form=" Meeting ",
                                        notified_on="2025-06-03 ",
                                        answered_on="2025-06-10", ground="п. 10)"), "t")
    stored = claims.get(case, claim_id)
    assert stored.assembly_form is AssemblyForm.MEETING
    assert (stored.notified_on, stored.answered_on, stored.ground) == (
        "2025-06-03", "2025-06-10", "10")
    assert [f.code for f in procedure_findings(stored)] == [
        ProcedureCode.LATE_ANSWER, ProcedureCode.NO_ALTERNATIVE_OFFERED]
    assert verify.verify(case, actor="auditor").intact
    edited = claims.edit(case, claim_id, {"answered_on": "2025-06-09",
                                          "alternative_offered": "Gandhi Park"}, "t")
    assert procedure_findings(edited) == ()
    assert verify.verify(case, actor="auditor").intact


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"assembly_form": "protest"}, "assembly_form", "picket, meeting, rally"),
    ({"notified_on": "3.06.2025"}, "notified_on", "YYYY-MM-DD"),
    ({"answered_on": "2025-02-30"}, "answered_on", "not a date"),
    ({"ground": "99"}, "ground", "not an item of Art. 14(1)"),
    ({"ground": "other event"}, "ground", "'none'"),
    ({"notified_on": "2025-06-11"}, "answered_on", "before the notification was registered"),
    ({"notified_on": "2025-06-15", "answered_on": "2025-06-16"}, "notified_on",
     "after the day of the assembly"),
    ({"answered_on": "2025-06-09"}, "answered_on", "before the letter's date (2025-06-10)"),
])
def test_a_bad_procedure_names_its_field(case, changes, field, words):
    with pytest.raises(FieldError) as caught:
        claims.add(case, a_claim(**changes), "t")
    assert caught.value.field == field and words in str(caught.value)
    assert case.conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_a_refusal_recorded_before_the_procedure_columns_opens_and_verifies(tmp_path,
                                                                          monkeypatch):
    before = schema.MIGRATIONS.index(schema._V7)
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:before])
        with Case.create(tmp_path / "old", title="", timezone="Asia/Almaty",
                         actor="t") as old:
            add_venue(old)
            claim_id = claims.add(old, a_claim(), "t")
            assert "assembly_form" not in {
                row["name"] for row in old.conn.execute("PRAGMA table_info(claims)")}
    with Case.open(tmp_path / "old") as case:
        stored = claims.get(case, claim_id)
        assert (stored.assembly_form, stored.notified_on, stored.ground) == (None, None, None)
        assert verify.verify(case, actor="auditor").intact
        assert procedure_findings(stored) == ()
        claims.edit(case, claim_id, {"assembly_form": "picket", "notified_on": "2025-06-03"},
                    "t")
        assert store.claims.get(case, claim_id).assembly_form is AssemblyForm.PICKET
        assert verify.verify(case, actor="auditor").intact


PROCEDURE_HEADER = ("document_number,document_date,venue,window_start,window_end,excuse_text,"
                    "category,event_date,assembly_form,notified_on,answered_on,ground")


def test_a_spreadsheet_brings_the_procedure_and_names_a_bad_cell(case, tmp_path):
    from evidence.claims_csv import import_csv
    from evidence.errors import KnownError
    from tests.helpers.claimfiles import write_csv

    good = write_csv(tmp_path / "ok.csv", "ЗТ-1,2025-06-10,sary-arka,2025-06-14 18:00,20:00,"
                     "Иное мероприятие,other_event,2025-06-14,Meeting,2025-06-03,2025-06-10,10",
                     "ЗТ-2,2025-06-10,sary-arka,2025-06-15 18:00,20:00,Ремонт,repair_works,,,,,",
                     header=PROCEDURE_HEADER)
    first, second = import_csv(case, good, "t")
    one, two = claims.get(case, first), claims.get(case, second)
    assert (one.assembly_form, one.notified_on, one.answered_on, one.ground) == (
        AssemblyForm.MEETING, "2025-06-03", "2025-06-10", "10")
    assert (two.assembly_form, two.notified_on, two.ground) == (None, None, None)
    assert [f.code for f in procedure_findings(one)] == [ProcedureCode.LATE_ANSWER,
                                                         ProcedureCode.NO_ALTERNATIVE_OFFERED]
    bad = write_csv(tmp_path / "bad.csv", "ЗТ-3,2025-06-10,sary-arka,2025-06-16 18:00,20:00,"
                    "Иное,other_event,,parade,2025-13-01,,eleven", header=PROCEDURE_HEADER)
    with pytest.raises(KnownError) as caught:
        import_csv(case, bad, "t")
    said = str(caught.value)
    assert "row 2, column assembly_form: 'parade' is not a form of assembly" in said
    assert "row 2, column notified_on: '2025-13-01' is not a date" in said
    assert "row 2, column ground: 'eleven' is not an item of Art. 14(1)" in said
    assert len(claims.all_claims(case)) == 2
