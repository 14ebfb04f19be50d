"""A video counts for a refusal over the span it records, [start, start + duration] with its
doubt: a 2-minute clip across the window's start counts only what falls in the window, a clip
that starts long before the window but runs into it is found, and the reasons say "filmed from
.. to ..". Numbers checked by hand below each case."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from evidence import analysis
from evidence.facts import VenueFact, photo_fact
from evidence.model import Category, Claim, Observation, Tag
from evidence.phrases import render
from evidence.results import Unlisted
from tests.helpers.records import photo_record, point_venue

START = datetime(2022, 8, 20, 12, 0, tzinfo=UTC)      # 18:00 in Almaty (UTC+6)
END = START + timedelta(hours=1)
VENUE = point_venue("square", 1)
LAT, LON = 43.25, 76.95                                 # the venue's centre


def clip(photo_id: int, start: datetime, seconds: float, **more: object):
    """A video at the venue, started at `start` (UTC, as its container says) and `seconds`
    long."""
    return photo_record(photo_id, media_type="video/mp4", duration_s=seconds,
                        taken_utc=start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        offset_source="container-utc", latitude=LAT, longitude=LON,
                        gps_accuracy_m=5.0, **more)


def still(photo_id: int, at: datetime):
    return photo_record(photo_id, taken_utc=at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        latitude=LAT, longitude=LON, gps_accuracy_m=5.0)


def judged(*records):
    claim = Claim(document_number="3Ж-1", document_date="2022-08-10", venue_id=1,
                  window_start=START, window_end=END, window_zone="Asia/Almaty",
                  excuse_text="ремонт", category=Category.REPAIR_WORKS, id=7)
    facts = [photo_fact(r) for r in records]
    pairing = analysis.Pairing(facts)
    venue = VenueFact(VENUE)
    found = pairing.qualifying(claim, venue)
    seen = {r.id: (Observation(r.id, "Aigerim", (Tag.NO_REPAIR_ACTIVITY,)),) for r in records}
    unlisted = pairing.not_counted(claim, venue, (q.photo.id for q in found))
    return analysis.judge(claim, venue, found, seen, unlisted)


def test_a_video_is_dated_from_its_container_and_spans_its_length():
    fact = photo_fact(clip(1, START, 125.5))
    assert fact.instant == START
    assert fact.duration_s == 125.5 and fact.is_video
    assert fact.end == START + timedelta(seconds=125.5)
    assert render(fact.basis) == "the video's start as its file records it (UTC)"
    assert not photo_fact(still(2, START)).is_video
    assert photo_fact(still(2, START)).end == START


def test_a_two_minute_clip_speaks_for_two_minutes_more_than_a_photo():
    # a photo at 12:30 speaks for 12:15-12:45 (30 min); a clip 12:29-12:31 for 12:14-12:46
    photo = judged(still(1, START + timedelta(minutes=30)))
    video = judged(clip(1, START + timedelta(minutes=29), 120))
    assert photo.coverage.covered_s == 30 * 60
    assert video.coverage.covered_s == 32 * 60
    assert video.coverage.gaps == ((START, START + timedelta(minutes=14)),
                                   (START + timedelta(minutes=46), END))


def test_a_clip_across_the_windows_start_counts_only_its_overlap():
    # filmed 11:59-12:01: speaks for 11:44-12:16, of which 12:00-12:16 is in the window
    result = judged(clip(1, START - timedelta(minutes=1), 120))
    assert [p.photo_id for p in result.photos] == [1]
    assert result.coverage.covered_s == 16 * 60
    assert result.coverage.gaps == ((START + timedelta(minutes=16), END),)


def test_a_long_clip_that_started_before_the_window_is_found_and_covers_it_all():
    # filmed 11:00-13:30: starts an hour before the window (far past its 60 s doubt)
    result = judged(clip(1, START - timedelta(hours=1), 150 * 60),
                    still(2, START - timedelta(hours=2)))
    assert [p.photo_id for p in result.photos] == [1]
    assert result.coverage.fraction == 1.0 and result.coverage.gaps == ()
    assert not result.photos[0].at_edge   # its recording is in the window, not only its doubt
    assert result.as_json()["photos"][0]["duration_s"] == 9000.0


def test_a_clip_that_ended_before_the_window_is_not_counted_and_says_by_how_much():
    # filmed 11:00-11:50: ends 10 minutes before the window opens
    result = judged(clip(1, START - timedelta(hours=1), 50 * 60))
    assert result.photos == ()
    [missed] = result.not_counted
    assert missed.why is Unlisted.OUTSIDE_WINDOW and missed.off_by_s == -600.0


def test_a_clip_reaching_in_only_through_its_doubt_is_at_the_edge():
    # filmed 11:57:30-11:59:30, doubt 60 s: only the doubt reaches 12:00
    result = judged(clip(1, START - timedelta(seconds=150), 120))
    assert [p.photo_id for p in result.photos] == [1]
    assert result.photos[0].at_edge


def test_the_reason_says_the_video_was_filmed_from_its_start_to_its_end():
    result = judged(clip(4, START + timedelta(minutes=10), 90), still(5, START))
    said = " ".join(render(r) for r in result.reasons)
    assert "photo 4, filmed from 2022-08-20 18:10 UTC+06:00 to 2022-08-20 18:11 UTC+06:00" \
        in said
    assert "photo 5 at 2022-08-20 18:00 UTC+06:00" in said
