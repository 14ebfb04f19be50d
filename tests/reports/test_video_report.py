"""A video exhibit in the report: it says it is a video, its start, length and span; it shows
frames at regular intervals and at the moment an observation names, each with its offset and
the video's hash; a redaction hides its regions in every frame drawn, the original untouched;
the PDF stays the same bytes for the same case."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from evidence import redaction
from evidence.store import Case
from reports import content, html, images, pdf
from tests.helpers.files import sha256_of
from tests.helpers.pdfcheck import pages_text
from tests.helpers.videos import filmed_case

FPS = 2
FACE = redaction.region(150, 100, 100, 70, "face")   # the bar passes here at 0:20


def frame_number(image: Image.Image) -> int:
    """Which frame of make_video's clip this is: its bar is at column n * 4 (mod width)."""
    grey = image.convert("L")
    row = [grey.getpixel((x, 150)) for x in range(grey.width)]
    return next(x for x, v in enumerate(row) if v > 120) // 4


@pytest.fixture
def video_case(tmp_path) -> tuple[Path, Path]:
    """A refusal's window 18:00-19:00 in Almaty and a 2-minute clip filmed 18:29-18:31 at its
    venue, a reviewer's observation at 1:23."""
    made = filmed_case(tmp_path, fps=FPS, observed_at=83.0, people=0)
    return made.root, made.clip


def built(root: Path, lang: str = "en") -> content.Report:
    with Case.open(root) as case:
        return content.build(case, lang=lang, prepared_by="A. Lawyer")


def test_the_exhibit_says_it_is_a_video_and_which_frames_it_shows(video_case):
    report = built(video_case[0])
    [section] = report.claims
    [exhibit] = section.exhibits
    video = exhibit.video
    assert video is not None and video.duration_s == pytest.approx(120, abs=0.6)
    assert video.span == ("Video, 2:00 long, filmed from 2022-08-20 18:29:00 UTC+06:00 to "
                          "2022-08-20 18:31:00 UTC+06:00")
    assert [(f.clock, f.observed) for f in video.frames] == [
        ("0:00", False), ("0:20", False), ("0:40", False), ("1:00", False), ("1:20", False),
        ("1:23", True), ("1:40", False)]
    assert exhibit.sha256 in video.note
    assert video.frames[5].caption == \
        f"● 1:23 from the start, named in an observation · SHA-256 {exhibit.sha256[:12]}…"
    assert any("at 1:23 from the video's start" in line for line in exhibit.observations)
    # 18:29-18:31 speaks for 18:14-18:46: 32 of the window's 60 minutes
    assert section.coverage == \
        "The photos speak for 53% of the claimed window (32 of 60 minutes)."


def test_the_frames_are_the_videos_pictures_at_those_moments(video_case):
    report = built(video_case[0])
    [exhibit] = report.claims[0].exhibits
    for frame in exhibit.video.frames:
        image = Image.open(io.BytesIO(images.frame_jpeg(report, exhibit, frame.offset_s)))
        assert image.size == (320, 180)
        assert frame_number(image) == round(frame.offset_s * FPS) % 80


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Video, 2:00 long, filmed from", "1:23 from the start, named in an observation"]),
    ("ru", ["Видео длительностью 2:00, снято с 20.08.2022 18:29:00",
            "1:23 от начала, назван в наблюдении"]),
    ("kk", ["Ұзақтығы 2:00 бейне, 20.08.2022 18:29:00", "басынан 1:23, байқауда аталған"]),
])
def test_the_pdf_shows_the_frames_with_their_moments_and_the_hash(video_case, tmp_path, lang,
                                                                   words):
    report = built(video_case[0], lang)
    first = pdf.write_pdf(report, tmp_path / f"{lang}.pdf")
    text = " ".join(" ".join(pages_text(first)).split())
    for said in words:
        assert said in text
    assert report.claims[0].exhibits[0].sha256 in text.replace(" ", "")
    again = pdf.write_pdf(built(video_case[0], lang), tmp_path / f"{lang}-again.pdf")
    assert first.read_bytes() == again.read_bytes()


def test_the_html_page_shows_each_frame(video_case, tmp_path):
    page = html.write_html(built(video_case[0]), tmp_path / "report.html").read_text()
    assert page.count('<figure class="frame') == 7
    assert page.count('<figure class="frame observed">') == 1
    assert "1:23 from the start, named in an observation" in page


def brightest(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    return ImageStat.Stat(image.convert("L").crop(box)).extrema[0][1]


def test_a_redaction_hides_its_region_in_every_frame_and_leaves_the_video_alone(video_case):
    root, clip = video_case
    region = (155, 105, 245, 165)
    plain = built(root)
    [exhibit] = plain.claims[0].exhibits
    at_20 = Image.open(io.BytesIO(images.frame_jpeg(plain, exhibit, 20.0)))
    assert brightest(at_20, region) > 150          # the moving bar, unredacted
    with Case.open(root) as case:
        original = case.root / case.conn.execute(
            "SELECT stored_path FROM photos").fetchone()[0]
        before = sha256_of(original)
        redaction.apply(case, 1, [FACE], "black", "aigerim")
    report = built(root)
    [exhibit] = report.claims[0].exhibits
    assert exhibit.redacted is not None and "1 region" in exhibit.redaction_note
    for frame in exhibit.video.frames:
        image = Image.open(io.BytesIO(images.frame_jpeg(report, exhibit, frame.offset_s)))
        assert brightest(image, region) < 20, frame.clock
    assert sha256_of(original) == before == sha256_of(clip)


def test_the_timeline_spans_the_minutes_the_video_films(video_case):
    from reports import html_timeline

    section = built(video_case[0]).claims[0]
    [point] = section.timeline
    assert point.duration_s == pytest.approx(120, abs=0.6)
    drawn = html_timeline.layout(section)
    [mark] = drawn.marks
    left, right = mark.bar
    window_left, window_right, _ = drawn.band
    per_minute = (window_right - window_left) / 60
    assert right - left == pytest.approx(per_minute * 4, abs=1)   # 2 min filmed, ± 60 s doubt
    assert "18:29:00 UTC+06:00 \u2013 2022-08-20 18:31:00" in mark.title
