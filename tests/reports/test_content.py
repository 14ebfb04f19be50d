"""What a report says, gathered from a real case: the same facts in every language."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from evidence import store
from evidence.errors import KnownError
from evidence.store import Case
from reports import content, images


@pytest.fixture(scope="module")
def demo_case(demo_source):
    """The demo case, open; only read."""
    with Case.open(demo_source) as case:
        yield case


def test_every_refusal_has_its_verdict_reasons_and_numbered_exhibits(demo_case):
    report = content.build(demo_case, lang="en", prepared_by="A. Lawyer")
    assert [c.label for c in report.claims] == ["C1", "C2", "C3", "C4"]
    assert all(c.verdict == "Photos inconsistent with the stated ground (with limits)"
               and c.reasons for c in report.claims)
    gandhi = report.claims[3]
    assert "8 people recorded, fewer than 20" in gandhi.reasons[0]
    # one name per photo: the reasons and caveats name exhibits by label, never by case id
    said = " ".join(r for c in report.claims for r in (*c.reasons, *c.caveats))
    assert not re.search(r"\bphoto \d", said, re.IGNORECASE)
    assert "C4-E1 at 2022-09-10 13:10" in gandhi.reasons[0]
    assert "C3-E2: its camera clock was 24 h behind the GPS clock" in " ".join(
        report.claims[2].caveats)
    # what the reviewer recorded, verbatim, apart from what the rule makes of it
    students = gandhi.exhibits[0]
    assert students.seen == ("event in progress, stage or equipment, 8 people, "
                             "\u00abСемь-восемь студентов с усилителем.\u00bb",)
    assert students.inferred[0].startswith("8 people recorded, fewer than 20")
    assert "set aside by the head-count rule" in students.inferred[1]
    # the photo without GPS taken in Valikhanov Square's window is accounted for
    [(name, taken, why)] = report.claims[2].not_counted
    assert name.startswith("IMG_0007.jpg (SHA-256 ") and "no GPS position" in why
    assert taken.startswith("2022-08-20 ")
    assert report.claims[1].basis == "1 photo counted (1 deciding); 5% of the window"
    assert report.claims[1].limits == ("the venue's position is approximate", "a single photo",
                                       "the photos cover less than half of the window")
    assert [e.label for e in gandhi.exhibits] == ["C4-E1", "C4-E2"]
    assert report.exhibit_count == 11 and report.jurisdiction == "Almaty"
    # The appendix lists the report's exhibits, not every original the case keeps.
    stored = {row.sha256 for row in store.photos.all_photos(demo_case)}
    listed = {row.sha256 for row in report.inventory.exhibits}
    assert listed == {e.sha256 for c in report.claims for e in c.exhibits} and listed < stored


def test_an_exhibit_carries_its_hash_metadata_observations_and_custody(demo_case):
    report = content.build(demo_case, lang="en")
    exhibit = report.claims[0].exhibits[0]
    assert len(exhibit.sha256) == 64 and exhibit.names == ("IMG_0001.jpg",)
    labels = dict(exhibit.metadata)
    assert labels["Taken (established)"].startswith("2022-06-12 11:05:00 UTC+06:00")
    assert "шланг" in exhibit.observations[0]
    assert [row[3] for row in exhibit.custody] == ["imported (original stored)",
                                                   "observation recorded"]
    skewed = next(e for c in report.claims for e in c.exhibits
                  if any(code == "clock_skew" for _, code, _ in e.findings))
    assert "GPS" in dict(skewed.metadata)["Time established from"]


@pytest.mark.parametrize("lang, word", [
    ("ru", "Фотоматериалы не согласуются с указанным основанием (с ограничениями)"),
    ("kk", "Фотоматериалдар көрсетілген негізге сәйкес келмейді (шектеулермен)")])
def test_the_same_report_in_russian_and_kazakh_says_its_reasons_in_that_language(
        demo_case, lang, word):
    english = content.build(demo_case, lang="en")
    other = content.build(demo_case, lang=lang)
    assert all(c.verdict == word for c in other.claims)
    # The facts are the same; the words are not.
    assert [e.sha256 for c in other.claims for e in c.exhibits] == \
        [e.sha256 for c in english.claims for e in c.exhibits]
    assert other.claims[3].reasons != english.claims[3].reasons
    assert "8" in other.claims[3].reasons[0]
    said = other.claims[3].reasons[0]
    assert 0 <= said.find("C4-E1") < said.find("10.09.2022 13:10 UTC+06:00")
    assert dict(other.claims[3].rows)[other.t("claim.document_date")] == "02.09.2022"
    assert not any("photo(s)" in r for c in other.claims for r in c.reasons)


def test_a_report_on_chosen_refusals_has_only_those(demo_case):
    report = content.build(demo_case, claim_ids=[3])
    assert [c.label for c in report.claims] == ["C3"]
    with pytest.raises(KnownError, match="no claim 99"):
        content.build(demo_case, claim_ids=[99])


def test_an_exhibit_image_is_upright_and_downscaled_and_the_map_is_a_png(demo_case):
    from io import BytesIO

    from PIL import Image

    report = content.build(demo_case)
    jpeg = images.exhibit_jpeg(report, report.claims[0].exhibits[0], max_px=300)
    with Image.open(BytesIO(jpeg)) as image:
        assert max(image.size) == 300
    assert images.map_png(report.claims[0]).startswith(b"\x89PNG")


def test_a_kazakh_report_names_a_venue_without_a_kazakh_name_by_its_russian_one(demo_case):
    report = content.build(demo_case, lang="kk")
    sary_arka = report.claims[0]
    assert sary_arka.venue_name == "„Сарыарқа“ кинотеатрының артындағы гүлзар"
    assert sary_arka.venue_name in sary_arka.caveats[0]
    assert report.claims[3].venue_name == "Махатма Ганди атындағы саябақ"
    unnamed = replace(sary_arka.venue.venue, name_kk="")
    assert content.local_venue_name(unnamed, "kk") == "сквер за кинотеатром „Сары-Арка“"
