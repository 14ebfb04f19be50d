"""A video exhibit's findings and times are said of a video in the report, in every language:
its imprecise position and the editor that wrote it name a video (not a photo, an image editor),
its start is named as a start, dated by the phone's clock with Apple's creation date's offset
(not a camera clock), and the verdict's basis counts it as a video; a photo's words stay a
photo's. Read back from the PDF with pdftotext, as a reader gets it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from evidence.importer import import_paths
from evidence.store import Case
from reports import content, pdf
from tests.helpers.casework import INSIDE, add_claim, add_venue
from tests.helpers.pdfcheck import pages_text
from tests.helpers.photos import Shot, write_photo
from tests.helpers.videos import make_video

# What the video's exhibit must say, and the photo's words it must not, per language.
SAID = {
    "en": (["the video may have been filmed some distance from the point recorded",
            "A video editor wrote this file: its pictures may have been changed or cut.",
            "Start (established)", "recorded with Apple's creation date",
            "the phone's clock, with the offset Apple's creation date records",
            "1 photo, 1 video counted (0 deciding)",
            "2 photos and videos were taken at"],
           ["the photo may have been taken", "2 photos counted", "2 photos were taken"]),
    "ru": (["видео могло быть снято на некотором расстоянии от записанной точки",
            "Файл записан видеоредактором: его кадры могли быть изменены или вырезаны.",
            "Начало записи (установленное)", "записано в дате создания Apple",
            "часы телефона со смещением, записанным в дате создания Apple",
            "учтено 1 снимок, 1 видео", "сделаны снимки и видео (2)"],
           ["снимок мог быть сделан", "учтено 2 снимка", "сделано 2 снимка"]),
    "kk": (["бейне жазылған нүктеден біраз қашықтықта түсірілуі мүмкін",
            "Файлды бейне өңдегіш бағдарлама жазған: оның кадрлары өзгертілген немесе "
            "қиылған болуы мүмкін.",
            "Жазбаның басталуы (анықталған)", "Apple жасалу күнінде жазылған",
            "Apple жасалу күнінде жазылған ауытқуы бар телефон сағаты",
            "1 фотосурет, 1 бейне есепке алынды", "фотосуреттер мен бейнелер (2) түсірілген"],
           ["фотосурет жазылған нүктеден", "2 фотосурет есепке", "2 фотосурет түсірілген"]),
}
# The photo of the same case keeps the photo's sentence (and only the photo says it).
PHOTO_SAID = {"en": "An image editor saved this file: its pixels may have been changed.",
              "ru": "Файл сохранён графическим редактором: его пиксели могли быть изменены.",
              "kk": "Файлды сурет өңдегіш бағдарлама сақтаған: оның пиксельдері өзгертілген "
                    "болуы мүмкін."}


@pytest.fixture(scope="module")
def case_root(tmp_path_factory) -> Path:
    """A refusal's window 18:00-19:00 (Almaty, UTC+6) at a venue: an iPhone video filmed there
    at 18:30 with a 120 m position, cut in CapCut, and a photo at 18:40 saved by Photoshop."""
    tmp = tmp_path_factory.mktemp("video_words")
    clip = make_video(tmp / "IMG_0200.MOV", seconds=20, fps=2, size=(320, 180), created=None,
                      apple={"creationdate": "2022-08-20T18:30:00+0600",
                             "location.ISO6709": f"{INSIDE[0]:+.4f}{INSIDE[1]:+09.4f}/",
                             "location.accuracy.horizontal": "120.000000",
                             "make": "Apple", "model": "iPhone 12", "software": "CapCut 9.1"})
    photo = write_photo(tmp / "IMG_0201.jpg", Shot(taken="2022:08:20 18:40:00", offset="+06:00",
                                                   lat=INSIDE[0], lon=INSIDE[1],
                                                   software="Adobe Photoshop 25.0"))
    root = tmp / "case"
    with Case.create(root, title="Video words", timezone="Asia/Almaty", actor="t") as case:
        add_claim(case, add_venue(case), "2022-08-20 18:00", "2022-08-20 19:00",
                  "repair_works")
        results = list(import_paths(case, [str(clip), str(photo)], actor="t"))
    assert [r.outcome for r in results] == ["imported", "imported"]
    assert {"low_gps_accuracy", "edited_by_software"} <= set(results[0].findings)
    return root


def _pdf_text(root: Path, lang: str, tmp_path: Path) -> str:
    with Case.open(root) as case:
        report = content.build(case, lang=lang, prepared_by="A. Lawyer")
    out = tmp_path / f"report.{lang}.pdf"
    pdf.write_pdf(report, out)
    return " ".join(" ".join(pages_text(out)).split())


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_video_exhibit_is_said_as_a_video(case_root, lang, tmp_path):
    text = _pdf_text(case_root, lang, tmp_path)
    wanted, unwanted = SAID[lang]
    assert [w for w in wanted if w not in text] == []
    assert [u for u in unwanted if u in text] == []
    assert text.count(PHOTO_SAID[lang]) == 1  # the photo's own finding; not the video's


def test_a_video_takes_its_own_words_only_where_the_table_has_them():
    from evidence.phrases import for_medium
    from reports import strings

    table = strings.table("ru")
    assert for_medium(table, "finding.no_gps", True) == \
        "У видео нет GPS-координат: само по себе оно не показывает, где снято."
    assert for_medium(table, "finding.no_gps", False) == table["finding.no_gps"]
    # zero_gps names no medium: one sentence for both
    assert for_medium(table, "finding.zero_gps", True) == table["finding.zero_gps"]
    assert for_medium(table, "finding.nonesuch", True, "as inspected") == "as inspected"


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_video_variant_has_its_general_key(lang):
    from reports import strings

    table = strings.table(lang)
    variants = [k for k in table if k.endswith(".video")
                and k.startswith(("finding.", "meta.", "offset."))]
    assert len(variants) == 7
    assert [k for k in variants if k.removesuffix(".video") not in table] == []


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "1 video filmed at the venue within the window shows what is inconsistent with the "
           "stated ground (repair works): "),
    ("ru", "1 видео, снятое в этом месте в указанный в отказе период, показывает то, что не "
           "согласуется с указанным основанием"),
    ("kk", "осы орында түсірілген 1 бейне көрсетілген негізге"),
])
def test_a_verdict_resting_on_a_video_says_a_video_shows_it(tmp_path, lang, said):
    from evidence import observations
    from evidence.model import Observation, Tag

    clip = make_video(tmp_path / "VID_0001.mp4", seconds=10, fps=2, size=(320, 180),
                      created=datetime(2022, 8, 20, 12, 29, tzinfo=UTC),
                      location=f"{INSIDE[0]:+.4f}{INSIDE[1]:+09.4f}/")
    root = tmp_path / "case"
    with Case.create(root, title="One video", timezone="Asia/Almaty", actor="t") as case:
        add_claim(case, add_venue(case), "2022-08-20 18:00", "2022-08-20 19:00",
                  "repair_works")
        [result] = import_paths(case, [str(clip)], actor="t")
        observations.add(case, Observation(result.photo_id, "Aigerim",
                                           (Tag.NO_REPAIR_ACTIVITY,), 0, at_s=4.0), "Aigerim")
    with Case.open(root) as case:
        report = content.build(case, lang=lang, prepared_by="A. Lawyer")
    [section] = report.claims
    assert any(said in reason for reason in section.reasons), section.reasons
