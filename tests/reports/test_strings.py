"""The report's string tables: every language says everything, with the same placeholders."""

from __future__ import annotations

import pytest

from evidence import phrases
from evidence.model import Category, Tag
from evidence.phrases import Phrase, phrase, render
from reports import strings

FINDING_CODES = ("no_gps", "zero_gps", "invalid_gps", "low_gps_accuracy", "unknown_offset",
                 "clock_skew", "future_capture_time", "implausible_capture_time",
                 "modified_after_capture", "no_capture_time", "offset_mismatch",
                 "edited_by_software", "truncated_file", "metadata_unreadable",
                 "image_undecodable", "oversized_image", "read_timeout", "not_an_image",
                 "not_a_file", "file_unreadable", "dated_by_gps_clock", "video_undecodable",
                 "container_time_utc", "video_not_real_time",
                 "proof_hash_mismatch", "proof_signature_invalid",
                 "proof_signature_missing", "proof_position_disagrees",
                 "proof_time_disagrees", "proof_unsigned", "credentials_invalid",
                 "credentials_untrusted_signer", "credentials_show_edits", "credentials_stripped",
                 "credentials_unreadable")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_table_has_every_english_key_with_the_same_placeholders(lang):
    english, other = strings.table("en"), strings.table(lang)
    assert sorted(set(english) - set(other)) == []
    assert sorted(set(other) - set(english)) == []
    differing = [k for k in english
                 if strings.placeholders(english[k]) != strings.placeholders(other[k])]
    assert differing == []


@pytest.mark.parametrize("lang", strings.LANGUAGES)
def test_every_excuse_tag_verdict_and_finding_can_be_named(lang):
    table = strings.table(lang)
    wanted = [f"excuse.{c.value}" for c in Category] + [f"tag.{t.value}" for t in Tag]
    wanted += [f"verdict.{v}" for v in ("contradicted", "supported", "mixed", "unverified")]
    wanted += [f"finding.{code}" for code in FINDING_CODES]
    assert [k for k in wanted if not table.get(k)] == []


def _sample(p: str) -> Phrase:
    args = {"venue": "Гүлзар", "day": "2022-08-20", "basis": "No. 462", "valid_from": "a",
            "valid_to": "b", "excuse": phrase("excuse.other_event"), "count": 3, "id": 5,
            "local": "18:30", "until": "18:31", "utc": "12:30Z",
            "items": [phrase("tag.venue_empty")],
            "photos": [phrase("reason.photo", photo=phrase("ref.photo", id=1), local="l",
                              utc="u", items=[phrase("tag.access_open")])],
            "photo": phrase("ref.photo", id=2), "outweighed": [phrase("tag.stage_or_equipment")],
            "people": phrase("count.people", n=8), "which": [phrase("ref.photo", id=3)],
            "moments": ["18:30", "19:00"], "expected": 150, "capacity": 1000,
            "limit": 20, "notes": [phrase("note.rewritten")], "fraction": 0.25,
            "minutes": 15, "gaps": 2, "seconds": 86400, "software": "GIMP", "metres": 25.0,
            "distance": 12.0, "accuracy": 30.0, "n": 21, "h": 1, "m": 30, "d": 2,
            "form": phrase("procedure.form.picket"), "date": "2025-06-03", "counted": 2,
            "source": phrase("procedure.answered.letter"),
            "item": "10", "wording": phrase("ground.10"),
            "notice": phrase("procedure.notice.notification"),
            "pages": [phrase("procedure.occupancy.covers_unknown")], "page": 1,
            "events": [phrase("procedure.occupancy.expected_unknown")], "name": "Концерт",
            "url": "https://almaty.gov.kz/", "covers": phrase("procedure.occupancy.covers_unknown"),
            "recorded": phrase("procedure.occupancy.recorded.none"),
            "calendar": phrase("procedure.calendar_used", notes=[phrase("procedure.calendar")])}
    needed = strings.placeholders(phrases.EN[p])
    return phrase(p, **{k: v for k, v in args.items() if k in needed})


@pytest.mark.parametrize("lang", strings.LANGUAGES)
def test_every_phrase_of_the_analysis_renders_in_every_language(lang):
    table = strings.table(lang)
    for key in phrases.EN:
        if key.startswith("sep."):
            continue
        sentence = render(_sample(key), table)
        assert sentence and "{" not in sentence, key


def test_kazakh_and_russian_tables_are_in_their_own_scripts():
    kk, ru = strings.table("kk"), strings.table("ru")
    assert KAZAKH_LETTERS & set("".join(kk.values()))
    # the glossary's words: "not consistent with", never "refuted"
    assert ru["verdict.contradicted"] == "Фотоматериалы не согласуются с указанным основанием"
    assert kk["verdict.contradicted"] == "Фотоматериалдар көрсетілген негізге сәйкес келмейді"
    assert kk["verdict.contradicted"] != strings.table("en")["verdict.contradicted"]


def test_an_unknown_language_is_a_clear_error():
    from evidence.errors import KnownError

    with pytest.raises(KnownError, match="en, ru, kk"):
        strings.table("de")


@pytest.mark.parametrize("lang, people, clock, size", [
    ("en", ["1 person", "2 people", "21 people"], "24 h", "10,000.5"),
    ("ru", ["1 человек", "2 человека", "21 человек"], "24 ч", "10\u00a0000,5"),
    ("kk", ["1 адам", "2 адам", "21 адам"], "24 сағ", "10\u00a0000,5"),
])
def test_numbers_and_units_are_written_as_each_language_writes_them(lang, people, clock, size):
    table = strings.table(lang)
    assert [render(phrase("count.people", n=n), table) for n in (1, 2, 21)] == people
    assert clock in render(phrase("note.clock_behind", seconds=86400), table)
    assert "86400" not in render(phrase("note.clock_behind", seconds=86400), table)
    assert strings.text(table, "unit.bytes", n=phrases.Number(10000.5, table).__format__(",")) \
        .startswith(size)


def test_russian_plurals_follow_the_number():
    table = strings.table("ru")
    said = {n: render(phrase("count.photos", n=n), table) for n in (1, 3, 5, 11, 12, 21, 22, 25)}
    assert said == {1: "1 снимок", 3: "3 снимка", 5: "5 снимков", 11: "11 снимков",
                    12: "12 снимков", 21: "21 снимок", 22: "22 снимка", 25: "25 снимков"}


@pytest.mark.parametrize("seconds, said", [(45, "45 s"), (600, "10 min"), (5400, "1 h 30 min"),
                                           (86400, "24 h"), (2394000, "27 days 17 h")])
def test_a_span_reads_in_days_hours_and_minutes(seconds, said):
    assert phrases.duration(seconds, strings.table("en")) == said


def test_dates_are_day_month_year_in_russian_and_kazakh():
    moment = phrase("reason.no_photos", venue="X")
    assert render(moment, strings.table("ru"))
    assert phrases.dates("2022-08-20T12:15:00Z", "kk") == "20.08.2022 12:15:00 UTC"
    assert phrases.dates("2022-08-20 18:15 UTC+06:00", "ru") == "20.08.2022 18:15 UTC+06:00"
    assert phrases.dates("2022-08-20", "en") == "2022-08-20"
    grouped = phrase("reason.photos", which=["C3-E1", "C3-E2"],
                     moments=["2022-08-20 18:15 UTC+06:00", "2022-08-20 19:05 UTC+06:00"],
                     items=[phrase("tag.venue_empty")])
    for lang in ("ru", "kk"):
        said = render(grouped, strings.table(lang))
        assert "20.08.2022 18:15 UTC+06:00" in said and "2022-08-20" not in said, said
