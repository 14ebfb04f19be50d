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
                 "image_undecodable", "oversized_image", "read_timeout")
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
            "local": "18:30", "utc": "12:30Z", "items": [phrase("tag.venue_empty")],
            "photos": [phrase("reason.photo", id=1, local="l", utc="u",
                              items=[phrase("tag.access_open")])],
            "limit": 20, "notes": [phrase("note.rewritten")], "fraction": 0.25,
            "minutes": 15, "gaps": 2, "hours": 24.0, "software": "GIMP", "metres": 25.0,
            "distance": 12.0, "accuracy": 30.0}
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
    assert ru["verdict.contradicted"] == "Опровергнуто"
    assert kk["verdict.contradicted"] != strings.table("en")["verdict.contradicted"]


def test_an_unknown_language_is_a_clear_error():
    from evidence.errors import KnownError

    with pytest.raises(KnownError, match="en, ru, kk"):
        strings.table("de")
