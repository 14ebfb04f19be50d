"""The static map of a report speaks the report's language: header, legend, units, the north
letter and the venue's name; its badges are the exhibit labels the report's text uses."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from evidence.store import Case
from maps import static
from maps.static_layout import MapPlan
from maps.static_scene import Label
from maps.static_words import ENGLISH, MapWords
from reports import content, images

# What a ru or kk map may still write in Latin letters: refusal and exhibit labels, the
# document's own number, the time zone's and the positioning system's names.
ALLOWED = re.compile(r"C\d+(?:-E\d+)?|DEMO-\d+/\d+|UTC[+-]\d\d:\d\d|GPS")
ENGLISH_LEGEND = ("Venue", "Exhibit", "Camera direction", "GPS accuracy", "Hollow", "Refusal",
                  "claimed unavailable", "No map tiles", "Verdict", "label in this report")


@pytest.fixture(scope="module")
def reports(demo_source) -> dict[str, content.Report]:
    with Case.open(demo_source) as case:
        return {lang: content.build(case, lang=lang) for lang in ("en", "ru", "kk")}


def planned(report: content.Report, section: content.ClaimSection) -> MapPlan:
    return static.plan_claim_map(section.result, section.map_photos, size=(1000, 750),
                                 words=images.map_words(report, section))


def texts(plan: MapPlan) -> list[str]:
    return [item.text for item in plan.content + plan.overlay if isinstance(item, Label)]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_russian_or_kazakh_map_draws_no_english_word(reports, lang):
    report = reports[lang]
    for section in report.claims:
        drawn = texts(planned(report, section))
        left = [ALLOWED.sub("", text) for text in drawn]
        assert [t for t in left if re.search(r"[A-Za-z]", t)] == [], section.label
        joined = " ".join(drawn)
        assert not [w for w in ENGLISH_LEGEND if w in joined]
        name = section.venue_name
        assert name[:1].upper() + name[1:] in drawn           # the venue, in this language
        assert section.verdict in joined
        assert "С" in drawn                                    # north: Солтүстік / Север
        assert any(re.fullmatch(r"\d+ км|\d+ м", t) for t in drawn)   # the scale bar


def test_every_demo_venue_has_a_kazakh_name(reports):
    kazakh = "әғқңөұүһі"
    names = {s.venue_name for s in reports["kk"].claims}
    assert len(names) == 3 and all(set(name.lower()) & set(kazakh) for name in names)
    assert not names & {s.venue_name for s in reports["ru"].claims}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_each_badge_is_the_exhibit_label_the_report_uses(reports, lang):
    report = reports[lang]
    for section in report.claims:
        plan = planned(report, section)
        labels = {e.photo_id: e.label for e in section.exhibits}
        assert [p.mark.label for p in plan.placed] == [labels[p.mark.photo_id]
                                                       for p in plan.placed]
        drawn = texts(plan)
        assert all(label in drawn for label in labels.values())
        first = section.exhibits[0].label
        assert any(t.startswith(first) and t != first for t in drawn)    # the legend says so


def test_the_english_report_map_keeps_its_words(reports):
    report = reports["en"]
    drawn = " ".join(texts(planned(report, report.claims[2])))
    assert "Venue: 80 m around its designated point" in drawn
    assert "C3-E1 \u2026: the exhibit's label in this report" in drawn
    assert "Refusal C3" in drawn and "claimed unavailable 2022-08-20 18:00\u201322:00" in drawn


def test_the_svg_map_of_a_kazakh_report_has_no_english_legend(reports, tmp_path):
    report = reports["kk"]
    section = report.claims[2]
    path = static.render_claim_map(section.result, section.map_photos, tmp_path / "kk.svg",
                                   words=images.map_words(report, section))
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    svg_texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    joined = " ".join(svg_texts)
    assert "Түсіру бағыты" in joined and "GPS дәлдігі" in joined
    assert "20.08.2022" in joined and "2022-08-20" not in joined
    assert not [w for w in ENGLISH_LEGEND if w in joined]


def test_distances_are_written_as_the_language_writes_them():
    russian = MapWords(metres="{n} м", kilometres="{n} км", decimal=",")
    assert russian.distance(500) == "500 м" and russian.distance(1500) == "1,5 км"
    assert ENGLISH.distance(2000) == "2 km" and ENGLISH.distance(20) == "20 m"
