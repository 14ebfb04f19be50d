"""The demo's video: three minutes filmed at Valikhanov Square inside refusal DEMO-2022/088's
window, made with PyAV as the demo is built. It is kept like any original, counted over the
span it films (the window's coverage grows by what it adds), and the report shows its frames
with the moment its observation names."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evidence import analysis, demo, store
from evidence.store import Case
from reports import content

REFUSAL = "DEMO-2022/088"


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return demo.build(tmp_path_factory.mktemp("demo") / "case")


def judged(root: Path, without_video: bool = False):
    with Case.open(root) as case:
        data = store.read(case)
    if without_video:
        data = replace(data, photos=tuple(p for p in data.photos if not p.inspection.is_video))
    return next(c for c in analysis.analyze(data).claims
                if c.claim.document_number == REFUSAL)


def test_the_demo_video_is_kept_as_filmed(root):
    with Case.open(root) as case:
        [video] = [p for p in store.read(case).photos if p.inspection.is_video]
    assert (video.media_type, video.stored_path[-4:]) == ("video/quicktime", ".mov")
    found = video.inspection
    assert found.duration_s == pytest.approx(180, abs=0.6)
    assert found.time.taken_utc == datetime(2022, 8, 20, 13, 40, tzinfo=UTC)   # 19:40 local
    assert found.metadata.latitude is not None


def test_it_counts_for_the_refusal_over_the_minutes_it_films(root):
    result, before = judged(root), judged(root, without_video=True)
    video = next(p for p in result.photos if p.fact.is_video)
    assert not video.at_edge and video.reading.contradicts
    # without it the photos at 18:15, 19:05, 20:30 and 21:40 speak for 120 of 240 minutes;
    # filmed 19:40-19:43 it speaks for 19:25-19:58, of which 19:25-19:58 was a gap: +33 min
    assert before.coverage.covered_s == 120 * 60
    assert result.coverage.covered_s == 153 * 60
    assert result.basis.fraction == pytest.approx(153 / 240)


def test_the_report_shows_its_frames_and_the_named_moment(root):
    with Case.open(root) as case:
        report = content.build(case, lang="ru")
    section = next(s for s in report.claims if s.result.claim.document_number == REFUSAL)
    [exhibit] = [e for e in section.exhibits if e.video is not None]
    assert [(f.clock, f.observed) for f in exhibit.video.frames] == [
        ("0:00", False), ("0:30", False), ("1:00", False), ("1:30", False), ("1:35", True),
        ("2:00", False), ("2:30", False)]
    assert exhibit.video.span.startswith("Видео длительностью 3:00, снято с 20.08.2022 "
                                         "19:40:00 UTC+06:00 по 20.08.2022 19:43:00")
    assert section.coverage.startswith("Снимки охватывают 64% указанного в отказе периода")
