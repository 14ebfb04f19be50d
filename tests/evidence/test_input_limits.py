"""Names and texts too long to keep: refused at input with a message that says how long they
are and how long they may be, by every way in (the core, the command line, a CSV of refusals, a
GeoJSON file of venues); a case written before the limits keeps its long names, opens and
reports them (cut with an ellipsis in a label, in full in the text)."""

from __future__ import annotations

import json
import time
from dataclasses import replace

import pytest

from evidence import claims, claims_csv, limits, observations, signing, store, venues, verify
from evidence.claim_fields import FieldError
from evidence.errors import KnownError
from evidence.model import Confidence, Observation, Tag, Venue
from evidence.store import Case, audit
from evidence.store import venues as venue_rows
from evidence.venue_checks import InvalidVenue
from evidence.venue_geojson import to_feature
from tests.helpers.casework import INSIDE, add_claim, add_photo
from tests.helpers.claimfiles import HEADER, write_csv
from tests.helpers.cli import skver_here

SQUARE = {"type": "Polygon", "coordinates": [[[76.940, 43.240], [76.942, 43.240],
                                              [76.942, 43.2415], [76.940, 43.2415],
                                              [76.940, 43.240]]]}
HUGE = ("Сквер имени Абая " * 6000)[:100_000]    # a whole file pasted as a name: 100 KB


def a_venue(**changes) -> Venue:
    return replace(Venue(slug="square", name_en="Square", geometry=SQUARE,
                         confidence=Confidence.SURVEYED, legal_basis="Decision No. 462"),
                   **changes)


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="T", timezone="Asia/Almaty", actor="t") as c:
        yield c


@pytest.mark.parametrize(("field", "limit"), [
    ("name_en", limits.NAME), ("name_ru", limits.NAME), ("name_kk", limits.NAME),
    ("city", limits.NAME), ("slug", limits.SLUG), ("legal_basis", limits.LEGAL_BASIS),
    ("notes", limits.TEXT)])
def test_a_venue_field_at_its_limit_is_kept_and_one_more_letter_is_refused(case, field,
                                                                            limit):
    first = {"slug": "a" * limit} if field == "slug" else {"slug": "first", field: "ы" * limit}
    second = {"slug": "b" * (limit + 1)} if field == "slug" else \
        {"slug": "second", field: "ы" * (limit + 1)}
    venues.add(case, a_venue(**first), "t")
    with pytest.raises(InvalidVenue) as caught:
        venues.add(case, a_venue(**second), "t")
    assert caught.value.field == field
    assert f"{limit + 1:,} characters long; at most {limit:,}" in str(caught.value)
    assert len(venues.all_venues(case)) == 1


def test_an_edit_to_a_long_name_is_refused_and_the_venue_kept(case):
    venues.add(case, a_venue(), "t")
    with pytest.raises(InvalidVenue) as caught:
        venues.edit(case, 1, {"name_en": HUGE}, "t")
    assert caught.value.field == "name_en" and "100,000 characters long" in str(caught.value)
    assert venues.get(case, 1).name_en == "Square"


def test_a_geojson_file_with_a_long_name_imports_nothing(case, tmp_path):
    feature = to_feature(a_venue(slug="long"))
    feature["properties"]["name_ru"] = HUGE
    path = tmp_path / "venues.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        to_feature(a_venue(slug="fine")), feature]}), encoding="utf-8")
    with pytest.raises(KnownError) as caught:
        venues.import_geojson(case, path, "t")
    assert "Feature 2" in str(caught.value) and "name_ru" in str(caught.value)
    assert "at most 200" in str(caught.value)
    assert venues.all_venues(case) == []


@pytest.mark.parametrize(("field", "limit"), [
    ("document_number", limits.NAME), ("authority", limits.NAME),
    ("signatory", limits.NAME), ("event_hours", limits.NAME),
    ("excuse_text", limits.TEXT), ("alternative_offered", limits.TEXT),
    ("notes", limits.TEXT)])
def test_a_refusal_field_too_long_is_named(case, field, limit):
    venue = venues.add(case, a_venue(), "t")
    claim_id = add_claim(case, venue, "2024-05-01 10:00", "2024-05-01 18:00", "repair_works")
    with pytest.raises(FieldError) as caught:
        claims.edit(case, claim_id, {field: "ы" * (limit + 1)}, "t")
    assert caught.value.field == field
    assert f"at most {limit:,}" in caught.value.problem
    claims.edit(case, claim_id, {field: "ы" * limit}, "t")       # at the limit: kept
    assert len(getattr(claims.get(case, claim_id), field)) == limit


def test_a_csv_row_with_a_long_excuse_names_its_row_and_column(case, tmp_path):
    venues.add(case, a_venue(slug="sary-arka"), "t")
    row = (f'ЗТ-1,2024-05-01,,,,,,sary-arka,2024-05-01 10:00,2024-05-01 18:00,'
           f'"{"Ремонт. " * 3000}",,,')
    with pytest.raises(KnownError) as caught:
        claims_csv.import_csv(case, write_csv(tmp_path / "r.csv", row, header=HEADER), "t")
    assert "row 2" in str(caught.value) and "excuse_text" in str(caught.value)
    assert "at most 20,000" in str(caught.value)
    assert claims.all_claims(case) == []


def test_an_observation_names_its_reviewer_in_a_name(case, tmp_path):
    photo = add_photo(case, tmp_path / "in", "p.jpg", "2024-05-01 12:00", position=INSIDE)
    with pytest.raises(KnownError) as caught:
        observations.add(case, Observation(photo, "R" * 201, (Tag("access_open"),)), "t")
    assert "reviewer" in str(caught.value) and "at most 200" in str(caught.value)
    with pytest.raises(KnownError, match="at most 2,000"):
        observations.add(case, Observation(photo, "R", (), None, "н" * 2001), "t")
    assert not store.read(case).observations


def test_a_trusted_keys_note_and_a_cases_title_have_limits(case, tmp_path):
    other = "ab" * 32
    with pytest.raises(KnownError, match="at most 2,000"):
        signing.trust(case, other, note="read out " * 500, actor="t")
    with pytest.raises(KnownError, match="at most 200"):
        Case.create(tmp_path / "titled", title="T" * 201, timezone=None, actor="t")
    assert not (tmp_path / "titled").exists()


def test_the_command_line_says_it(tmp_path, capsys):
    root = tmp_path / "cli-case"
    code, _, err = skver_here(capsys, "case", "init", str(root), "--title", "T",
                              "--timezone", "Asia/Almaty")
    assert code == 0, err
    code, _, err = skver_here(capsys, "venue", "add", "--case", str(root), "--slug", "sq",
                              "--name-en", HUGE, "--lat", "43.24", "--lon", "76.94",
                              "--radius-m", "50")
    assert code == 1 and "100,000 characters long; at most 200" in err
    assert len(err) < 1000            # the message, not the name echoed back
    code, _, err = skver_here(capsys, "venue", "add", "--case", str(root), "--slug", "sq",
                              "--name-en", "Square", "--lat", "43.24", "--lon", "76.94",
                              "--radius-m", "50")
    assert code == 0, err
    code, _, err = skver_here(capsys, "claim", "add", "--case", str(root),
                              "--document-number", "1", "--document-date", "2024-05-01",
                              "--venue", "sq", "--window-start", "2024-05-01 10:00",
                              "--window-end", "2024-05-01 18:00", "--excuse", "x" * 20_001)
    assert code == 1 and "excuse_text" in err and "at most 20,000" in err
    code, _, err = skver_here(capsys, "venue", "edit", "--case", str(root), "sq", "--city",
                              "Almaty", "--actor", "A" * 201)
    assert code == 1 and "at most 200" in err


# -- a case written before the limits -----------------------------------------------------


def old_long_venue(case: Case, name: str) -> int:
    """A venue stored as a version of Skver without the limits stored it (custody and all)."""
    with case.transaction():
        row_id = venue_rows.insert(case, a_venue(name_en=name))
        audit.record(case, "t", "venue-added", "venues", row_id, {"slug": "square"})
    return row_id


@pytest.mark.slow
def test_an_old_case_with_a_100_kb_venue_name_opens_and_reports(tmp_path):
    from bundles import export
    from maps import static
    from maps.static_scene import Label
    from reports import content
    from tests.helpers.pdfcheck import pages_text

    root = tmp_path / "old"
    with Case.create(root, title="T", timezone="Asia/Almaty", actor="t") as case:
        venue = old_long_venue(case, HUGE)
        add_claim(case, venue, "2024-05-01 10:00", "2024-05-01 18:00", "repair_works")
        add_photo(case, tmp_path / "in", "p.jpg", "2024-05-01 12:00", position=INSIDE)
    with Case.open(root) as case:
        assert verify.verify(case, actor="auditor").intact
        assert store.read(case).venues[0].name_en == HUGE
        began = time.perf_counter()
        written = export.write_report(case, tmp_path / "r.pdf", prepared_by="A")
        page = export.write_report(case, tmp_path / "r.html", prepared_by="A")
        took = time.perf_counter() - began
        plan = static.plan_claim_map(*_map_of(case))
        report = content.build(case, prepared_by="A")
    assert took < 60                  # was more than ten minutes
    heading = next(p.text for p in plan.overlay
                   if isinstance(p, Label) and p.text.startswith("Сквер"))
    assert heading.endswith("\u2026") and len(heading) < 200
    assert HUGE in page.path.read_text(encoding="utf-8")       # in full in the text
    assert report.claims[0].venue_name == HUGE
    assert "Абая" in " ".join(pages_text(written.path))


def _map_of(case: Case) -> tuple:
    from maps import static

    data = static.claim_map_data(case, 1)
    return data.claim, data.photos


def test_a_bundle_of_an_old_case_merges_with_its_long_texts(tmp_path):
    """A bundle carries another case's records as they were kept: the limits are for what a
    person gives, so an old case's long venue name and excuse merge as they are."""
    from bundles import writer as bundle
    from bundles.merge import import_bundle
    from evidence.claim_fields import window_from_local
    from evidence.model import Category, Claim

    name, excuse = ("Сквер " * 100).strip(), ("Ремонт. " * 3000).strip()
    with Case.create(tmp_path / "old", title="Old", timezone="Asia/Almaty", actor="a") as case:
        venue = old_long_venue(case, name)
        with case.transaction():     # as a version without the limits kept it
            claims.insert(case, Claim("Z-1", "2024-05-01", venue, *window_from_local(
                "2024-05-01 10:00", "2024-05-01 18:00", "Asia/Almaty"), "Asia/Almaty",
                excuse, Category.REPAIR_WORKS, excuse_lang="ru"), "a")
        add_photo(case, tmp_path / "in", "p.jpg", "2024-05-01 12:00", position=INSIDE)
        made = bundle.export(case, tmp_path / "old.zip", actor="a")
    with Case.create(tmp_path / "new", title="New", timezone="Asia/Almaty", actor="b") as case:
        signing.trust(case, made.fingerprint, note="read out in person", actor="b")
        import_bundle(case, tmp_path / "old.zip", actor="b")
        data = store.read(case)
        assert verify.verify(case, actor="b").intact
    assert [v.name_en for v in data.venues] == [name]
    assert [c.excuse_text for c in data.claims] == [excuse]
