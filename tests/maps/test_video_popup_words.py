"""The interactive map's popup says a video is a video (issue 19): its title, its findings,
what dated it and its start's offset, in Russian and Kazakh as in English."""

from __future__ import annotations

import json

import pytest

from evidence import store
from evidence.importer import import_paths
from evidence.store import Case
from maps import interactive, mapdata
from reports import strings
from tests.helpers.casework import INSIDE, add_claim, add_venue
from tests.helpers.videos import make_video

SAID = {  # title, a finding, what dated it, where the start's offset came from
    "en": ("Video 1 · IMG_0300.MOV", "a video editor: its pictures may have been changed",
           "the phone's clock, with the offset Apple's creation date records",
           "recorded with Apple's creation date"),
    "ru": ("Видео № 1 · IMG_0300.MOV",
           "Файл записан видеоредактором: его кадры могли быть изменены или вырезаны.",
           "часы телефона со смещением, записанным в дате создания Apple",
           "записано в дате создания Apple"),
    "kk": ("№ 1 бейне · IMG_0300.MOV", "Файлды бейне өңдегіш бағдарлама жазған",
           "Apple жасалу күнінде жазылған ауытқуы бар телефон сағаты",
           "Apple жасалу күнінде жазылған"),
}


@pytest.fixture(scope="module")
def case_map(tmp_path_factory) -> mapdata.CaseMap:
    tmp = tmp_path_factory.mktemp("popup")
    clip = make_video(tmp / "IMG_0300.MOV", seconds=4, fps=2, created=None,
                      apple={"creationdate": "2022-08-20T18:30:00+0600",
                             "location.ISO6709": f"{INSIDE[0]:+.4f}{INSIDE[1]:+09.4f}/",
                             "software": "CapCut 9.1"})
    root = tmp / "case"
    with Case.create(root, title="Popup", timezone="Asia/Almaty", actor="t") as case:
        add_claim(case, add_venue(case), "2022-08-20 18:00", "2022-08-20 19:00",
                  "repair_works")
        assert [r.outcome for r in import_paths(case, [str(clip)], actor="t")] == ["imported"]
    with Case.open(root) as case:
        data = mapdata.load(store.read(case))
    assert data is not None
    return data


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_popup_of_a_video_says_video(case_map, lang):
    page = interactive.build_map(case_map, claim_id=1, table=strings.table(lang))
    start = page.index("skverDraw(")
    [popup] = json.loads(page[page.index(",", start) + 1:page.index(");\n", start)])["photos"]
    title, finding, basis, offset = SAID[lang]
    assert popup["title"] == title
    assert any(finding in f for f in popup["findings"]), popup["findings"]
    assert popup["time_basis"] == basis
    assert popup["camera_clock"].endswith(f"(+06:00, {offset})")


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "1 video in its window"), ("ru", "1 видео в заявленный период"),
    ("kk", "Мәлімделген кезеңдегі 1 бейне")])
def test_the_legend_counts_the_refusal_s_video_as_a_video(case_map, lang, said):
    page = interactive.build_map(case_map, claim_id=1, table=strings.table(lang))
    assert said in page
    assert "1 photo" not in page and "1 снимок" not in page and "1 фотосурет" not in page
