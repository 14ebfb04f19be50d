"""The report's appendix, the inventory of exhibits, and the report as a function of the case:
the same case read at the same custody entry, with the same options, gives the same bytes."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bundles.export import write_report
from evidence import claims, store
from evidence.importer import import_paths
from evidence.provenance import Source
from evidence.store import Case
from reports import anchor, content, html, pdf
from tests.helpers.casework import ALMATY, INSIDE, add_claim, add_venue, observe
from tests.helpers.pdfcheck import corpus_case, flat, pages_text
from tests.helpers.photos import Shot, write_photo


@pytest.fixture(scope="module")
def demo_report(demo_source):
    with Case.open(demo_source) as case:
        data = store.read(case, with_log=True)
    return data, content.build(data, prepared_by="A. Lawyer")


# -- the same case, the same bytes ---------------------------------------------------------

@pytest.mark.slow  # writes six whole reports
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_two_runs_give_the_same_pdf_and_html_bytes(demo_source, tmp_path, lang):
    root = Path(shutil.copytree(demo_source, tmp_path / "case"))
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    with Case.open(root) as case:
        before = list(store.log.entries(case))
        for folder in (first, second):   # each run's own custody entries lie between them
            for name in ("report.pdf", "report.html"):
                write_report(case, folder / name, lang=lang, prepared_by="A. Lawyer")
        after = list(store.log.entries(case))
    assert [e.action for e in after[len(before):]] == ["report-written"] * 4
    for name in ("report.pdf", "report.html"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    # Both name the entry the case was at before any report, and date themselves by it.
    relied = anchor.relied_on(before)
    assert relied is not None and relied.seq == before[-1].seq
    found = anchor.read(first / "report.pdf")
    assert found.head == (relied.seq, relied.entry_hash)
    assert found.written_utc == relied.at_utc[:16].replace("T", " ") + " UTC"
    assert anchor.read(first / "report.html").head == found.head


@pytest.mark.slow  # writes four whole reports
def test_two_copies_of_a_case_give_the_same_bytes_and_a_change_gives_others(demo_source,
                                                                            tmp_path):
    copies = [Path(shutil.copytree(demo_source, tmp_path / name)) for name in ("a", "b")]
    out = []
    for n, root in enumerate(copies):
        with Case.open(root) as case:
            report = content.build(case, lang="ru", prepared_by="A. Lawyer")
        out.append((pdf.write_pdf(report, tmp_path / f"{n}.pdf").read_bytes(),
                    html.render_html(report)))
    assert out[0] == out[1]
    with Case.open(copies[1]) as case:
        observe(case, 1, "venue_empty")    # the case changed: a later entry, a later date
        report = content.build(case, lang="ru", prepared_by="A. Lawyer")
    assert pdf.write_pdf(report, tmp_path / "changed.pdf").read_bytes() != out[0][0]


def test_the_date_is_the_relied_on_entrys_unless_one_is_given(demo_report):
    data, report = demo_report
    assert data.log is not None
    last = data.log[-1]
    assert report.generated_utc == last.at_utc[:16].replace("T", " ") + " UTC"
    given = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    assert content.build(data, generated=given).generated_utc == "2024-05-01 09:30 UTC"


def test_entries_that_only_read_the_case_out_are_not_relied_on(demo_report):
    data, _ = demo_report
    assert data.log is not None
    last = data.log[-1]
    read_out = [replace(last, seq=last.seq + n, action=action)
                for n, action in enumerate(sorted(anchor.READ_OUT), start=1)]
    assert anchor.relied_on([*data.log, *read_out]) == last
    changed = replace(last, seq=last.seq + 9, action="observation")
    assert anchor.relied_on([*data.log, *read_out, changed]) == changed
    assert anchor.relied_on([]) is None


# -- the inventory -------------------------------------------------------------------------

def test_the_inventory_lists_exactly_the_exhibits_with_their_fields(demo_report):
    data, report = demo_report
    rows = report.inventory.exhibits
    exhibits = [e for c in report.claims for e in c.exhibits]
    assert [r.labels for r in rows] == [(e.label,) for e in exhibits]   # no repeats in the demo
    assert {r.sha256 for r in rows} == {e.sha256 for e in exhibits}
    others = {p.sha256 for p in data.photos} - {r.sha256 for r in rows}
    assert others, "the demo keeps photos that are no exhibit (IMG_0007 has no GPS)"
    assert data.log is not None
    entries = {e.seq: e for e in data.log}
    for row, exhibit in zip(rows, exhibits, strict=True):
        record = data.photo(exhibit.photo_id)
        imported = entries[record.custody_seq]
        assert imported.action == "import" and imported.object_hash == row.sha256
        assert row.names == record.names == exhibit.names
        assert row.provided_by == imported.actor
        assert row.collected_utc == imported.at_utc[:19].replace("T", " ")
        assert row.device == "Demo Phone 12"
        assert exhibit.taken_local.startswith(row.captured[:16])
        assert row.doubt.startswith("\u00b1 ") and row.doubt.endswith(" s")
    first = rows[0]
    assert first.captured == "2022-06-12 11:05:00 UTC+06:00"
    assert first.place and first.accuracy == "\u00b1 6 m"
    assert first.time_source == "camera clock, with the time zone at its position"
    assert [name for name, _ in report.inventory.tools][:2] == ["Skver", "tzdata"]
    assert {"exifread", "Pillow"} <= {name for name, _ in report.inventory.tools}


def test_a_real_camera_file_in_the_inventory(corpus, tmp_path):
    root = corpus_case(tmp_path / "case", corpus)
    with Case.open(root) as case:
        report = content.build(case, prepared_by="A. Lawyer")
        stored = store.photos.all_photos(case)
    (row,) = report.inventory.exhibits
    nikon = next(p for p in stored if p.names == ("DSCN0010.jpg",))
    canon = next(p for p in stored if p.names == ("Canon_40D.jpg",))
    assert (row.labels, row.names, row.sha256) == (("C1-E1",), ("DSCN0010.jpg",), nikon.sha256)
    assert row.device == "NIKON COOLPIX P6000"
    assert row.time_source == "GPS clock"         # the camera's clock is a day off
    assert row.captured.endswith("UTC+06:00")
    assert row.place == "43.467448, 11.885127"     # as exiftool -n reads it, to 6 places
    assert row.accuracy == "accuracy not recorded; \u00b1 25 m assumed"
    assert row.provided_by == "t"
    text = flat("\n".join(pages_text(pdf.write_pdf(report, tmp_path / "report.pdf"))))
    assert all(part in text for part in _groups(nikon.sha256))
    assert "NIKON COOLPIX P6000" in text and "DSCN0010.jpg" in text
    # The Canon (no GPS) is no exhibit: the appendix does not list it.
    assert not any(part in text for part in _groups(canon.sha256))


def test_a_photo_shown_in_two_refusals_is_one_row_with_both_labels(demo_case):
    with Case.open(demo_case) as case:
        twin = claims.add(case, replace(claims.get(case, 1), id=None, document_number="Z-TWIN"),
                          "t")
        report = content.build(case, claim_ids=[1, twin])
    first, second = report.claims
    assert [e.same_as for e in second.exhibits] == [e.label for e in first.exhibits]
    rows = report.inventory.exhibits
    assert [r.labels for r in rows] == [(a.label, b.label) for a, b in
                                        zip(first.exhibits, second.exhibits, strict=True)]
    page = html.render_html(report)
    assert all(page.count(r.sha256) >= 1 for r in rows)
    assert f'<a href="#{second.exhibits[0].label}">' in page


def test_the_letters_relied_on_are_listed_and_others_not(demo_case, tmp_path):
    letters = []
    for n in (2, 3):
        letter = tmp_path / f"letter-{n}.pdf"
        letter.write_bytes(b"%PDF-1.4\n% the akimat's refusal No. " + str(n).encode() + b"\n")
        letters.append(letter)
    with Case.open(demo_case) as case:
        two = claims.attach_letter(case, 2, letters[0], "aigerim")
        three = claims.attach_letter(case, 3, letters[1], "aigerim")
        report = content.build(case, claim_ids=[2], lang="kk")
    (row,) = report.inventory.letters
    assert (row.labels, row.sha256, row.name) == (("C2",), two.letter_sha256, "letter-2.pdf")
    assert row.size == str(letters[0].stat().st_size)
    text = flat("\n".join(pages_text(pdf.write_pdf(report, tmp_path / "report.pdf"))))
    assert two.letter_sha256 in text and three.letter_sha256 not in text
    assert report.t("inventory.letters") in text


def test_who_provided_a_photo_and_the_source_label_given_at_import(tmp_path):
    case = Case.create(tmp_path / "case", title="Labelled", timezone=ALMATY, actor="t")
    venue = add_venue(case)
    add_claim(case, venue, "2022-08-20 10:00", "2022-08-20 20:00", "repair_works")
    photo = write_photo(tmp_path / "in" / "DCIM" / "IMG_0001.jpg", Shot(
        taken="2022:08:20 12:00:00", offset="+06:00", lat=INSIDE[0], lon=INSIDE[1],
        make="Apple", model="iPhone 12"))
    [imported] = import_paths(case, [str(tmp_path / "in")], actor="aigerim",
                              source=Source(label="second phone, SD card"))
    observe(case, imported.photo_id, "no_repair_activity")
    entry = next(e for e in store.log.entries(case) if e.action == "import")
    report = content.build(case, lang="ru")
    case.close()
    (row,) = report.inventory.exhibits
    assert (row.names, row.device) == ((photo.name,), "Apple iPhone 12")
    assert (row.provided_by, row.source_label) == ("aigerim", "second phone, SD card")
    day, clock = entry.at_utc[:10].split("-"), entry.at_utc[11:19]
    assert row.collected_utc == f"{day[2]}.{day[1]}.{day[0]} {clock}"     # as ru writes it
    assert row.captured == "20.08.2022 12:00:00 UTC+06:00"
    page = html.render_html(report)
    assert "источник: second phone, SD card" in page and "aigerim" in page


def _groups(sha256: str) -> list[str]:
    """A hash as the PDF's inventory prints it: in two halves, one per line."""
    return [sha256[:32], sha256[32:]]
