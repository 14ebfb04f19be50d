"""Every number the methodology prints, held at its edge: one side of it and the other.

docs/guide/methodology.md and each report state these rules; the other side may contest them,
so each must be the rule the code applies. The cases are built through the app's own functions
(a photo with chosen EXIF, imported; a venue, a refusal and an observation added), and each
test checks what a reader of the result sees: whether a photo counts for the refusal, the
instant it is dated, the doubt about it, the share of the window covered, the finding raised.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from geographiclib.geodesic import Geodesic

from evidence import analysis
from evidence.geo import Shape
from evidence.importer import import_paths
from evidence.inspection import inspect_file
from evidence.results import Verdict
from evidence.store import Case
from tests.helpers.casework import INSIDE, SQUARE, add_claim, add_venue, observe
from tests.helpers.photos import Shot, write_photo

# 18:00-23:00 in Almaty on 20 August 2022 (UTC+6): 12:00Z-17:00Z
WINDOW = ("2022-08-20 18:00", "2022-08-20 23:00")
SOUTH_EDGE = (43.240, 76.941)       # the middle of the square venue's south side
SOUTH_WEST_CORNER = (43.240, 76.940)


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as c:
        yield c


def picture(folder: Path, taken: str, *, position: tuple[float, float] | None = INSIDE,
            **shot) -> Path:
    """A photo whose camera clock says `taken` ('YYYY-MM-DD HH:MM:SS', local), with no
    recorded offset (Almaty's is found from its position)."""
    when = datetime.strptime(taken, "%Y-%m-%d %H:%M:%S").strftime("%Y:%m:%d %H:%M:%S")
    lat, lon = position if position else (None, None)
    folder = folder / "photos"
    name = f"{len(list(folder.glob('*.jpg'))) if folder.exists() else 0:03d}.jpg"
    return write_photo(folder / name, Shot(taken=when, lat=lat, lon=lon, **shot))


def shoot(case: Case, folder: Path, taken: str, **shot) -> int:
    """`picture`, imported into the case; its id."""
    [result] = import_paths(case, [str(picture(folder, taken, **shot))], actor="t")
    return result.photo_id


def judged(case: Case, claim_id: int) -> dict:
    result = analysis.analyze_case(case).as_json()
    return next(c for c in result["claims"] if c["claim_id"] == claim_id)


def counted(case: Case, claim_id: int) -> dict[int, dict]:
    """The photos that count for the refusal, by id."""
    return {p["photo_id"]: p for p in judged(case, claim_id)["photos"]}


def away(start: tuple[float, float], azimuth: float, metres: float) -> tuple[float, float]:
    """The point `metres` from `start` along the geodesic at `azimuth` (degrees from north)."""
    g = Geodesic.WGS84.Direct(start[0], start[1], azimuth, metres)
    return g["lat2"], g["lon2"]


def local_utc(text: str) -> str:
    """'YYYY-MM-DD HH:MM:SS' in Almaty before March 2024 (UTC+6) as the result's UTC text."""
    moment = datetime.strptime(text, "%Y-%m-%d %H:%M:%S") - timedelta(hours=6)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# -- the window: its start inclusive, its end exclusive, give or take a 60 s doubt --

@pytest.mark.parametrize("neighbour", [False, True], ids=["alone", "beside-a-wider-doubt"])
@pytest.mark.parametrize(("taken", "counts"), [
    ("2022-08-20 17:58:59", False),  # 61 s before the start: its doubt does not reach in
    ("2022-08-20 17:59:00", True),   # its doubt reaches the start exactly: the start is in
    ("2022-08-20 23:00:59", True),   # its doubt reaches 1 s before the end
    ("2022-08-20 23:01:00", False),  # its doubt reaches the end exactly: the end is not in
], ids=["61s-before-start", "60s-before-start", "59s-after-end", "60s-after-end"])
def test_the_window_counts_its_start_but_not_its_end(case, tmp_path, taken, counts, neighbour):
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    if neighbour:
        # another photo of the venue, the day before, whose camera is 100 s ahead of its GPS
        # clock: the venue's widest doubt is then 100 s, and only the rule keeps the edge out
        shoot(case, tmp_path, "2022-08-19 12:00:00", gps_time=datetime(2022, 8, 19, 5, 58, 20))
    photo = shoot(case, tmp_path, taken)
    observe(case, photo, "venue_empty")
    found = counted(case, claim)
    assert (photo in found) is counts
    if counts:
        assert found[photo]["instant_utc"] == local_utc(taken)
        assert found[photo]["uncertainty_s"] == 60 and found[photo]["at_edge"]
        assert judged(case, claim)["verdict"] == Verdict.CONTRADICTED.value
    else:
        assert judged(case, claim)["verdict"] == Verdict.UNVERIFIED.value


# -- the clocks: 120 s between camera and GPS, 60 s of doubt or the difference when larger --

@pytest.mark.parametrize(("behind_s", "by_gps"), [(119, False), (120, False), (121, True)])
def test_a_camera_more_than_120_s_off_the_gps_clock_is_dated_by_the_gps_clock(
        case, tmp_path, behind_s, by_gps):
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    gps = datetime(2022, 8, 20, 12, 30) - timedelta(seconds=behind_s)  # camera 18:30:00 local
    path = picture(tmp_path, "2022-08-20 18:30:00", gps_time=gps)
    [imported] = import_paths(case, [str(path)], actor="t")
    found = counted(case, claim)[imported.photo_id]
    codes = {f.code for f in inspect_file(str(path)).findings}
    if by_gps:
        assert found["instant_utc"] == gps.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert found["time_basis"] == "GPS clock" and found["uncertainty_s"] == 60
        assert "clock_skew" in codes
    else:
        assert found["instant_utc"] == "2022-08-20T12:30:00Z"
        assert found["time_basis"] != "GPS clock"
        assert found["uncertainty_s"] == behind_s  # the clocks' difference, above 60 s
        assert "clock_skew" not in codes


@pytest.mark.parametrize(("gps_local", "counts", "doubt_s"), [
    ("2022-08-20 22:59:50", True, 90),   # camera 90 s ahead: 90 s of doubt reach the window
    ("2022-08-20 23:01:20", False, 60),  # the clocks agree: 60 s of doubt do not
], ids=["camera-90s-ahead", "clocks-agree"])
def test_the_doubt_is_the_clocks_difference_when_larger_than_60_s(case, tmp_path, gps_local,
                                                                   counts, doubt_s):
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    gps = datetime.strptime(gps_local, "%Y-%m-%d %H:%M:%S") - timedelta(hours=6)
    photo = shoot(case, tmp_path, "2022-08-20 23:01:20", gps_time=gps)
    found = counted(case, claim)
    assert (photo in found) is counts
    if counts:
        assert found[photo]["uncertainty_s"] == doubt_s
        assert found[photo]["instant_utc"] == "2022-08-20T17:01:20Z"


# -- the place: the phone's accuracy, 25 m without one, never more than 150 m --

@pytest.mark.parametrize(("start", "azimuth", "metres", "accuracy", "counts"), [
    (SOUTH_EDGE, 180, 149, 400.0, True),      # a vague fix reaches, but only 150 m
    (SOUTH_EDGE, 180, 151, 400.0, False),
    # beside a corner, within the 150 m box the search starts from: only the cap keeps it out
    (SOUTH_WEST_CORNER, 225, 200, 400.0, False),
    (SOUTH_EDGE, 180, 149, 150.0, True),      # the phone's own accuracy is the allowance
    (SOUTH_EDGE, 180, 149, 148.0, False),
    (SOUTH_EDGE, 180, 24, None, True),        # no accuracy recorded: 25 m assumed
    (SOUTH_EDGE, 180, 26, None, False),
], ids=["149m-accuracy-400m", "151m-accuracy-400m", "200m-by-a-corner-accuracy-400m",
        "149m-accuracy-150m", "149m-accuracy-148m", "24m-no-accuracy", "26m-no-accuracy"])
def test_a_photo_counts_within_its_accuracy_of_the_venue_up_to_150_m(
        case, tmp_path, start, azimuth, metres, accuracy, counts):
    position = away(start, azimuth, metres)
    square = Shape.from_geojson(SQUARE)
    assert square.distance_m(*position) == pytest.approx(metres, abs=0.01)
    assert square.box(150.0).contains(*position) or metres > 150
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    photo = shoot(case, tmp_path, "2022-08-20 19:00:00", position=position, accuracy=accuracy)
    observe(case, photo, "venue_empty")
    found = counted(case, claim)
    assert (photo in found) is counts
    if counts:
        assert found[photo]["distance_m"] == pytest.approx(metres, abs=0.1)
        assert found[photo]["at_edge"]
        assert judged(case, claim)["verdict"] == Verdict.CONTRADICTED.value
    else:
        assert judged(case, claim)["verdict"] == Verdict.UNVERIFIED.value


# -- the head count: fewer than 20 people do not occupy a venue --

@pytest.mark.parametrize("category", ["other_event", "capacity"])
@pytest.mark.parametrize(("people", "contradicts"), [(19, True), (20, False)])
def test_fewer_than_20_people_contradict_a_crowd_excuse_and_20_do_not(case, tmp_path, category,
                                                                      people, contradicts):
    claim = add_claim(case, add_venue(case), *WINDOW, category)
    photo = shoot(case, tmp_path, "2022-08-20 19:00:00")
    observe(case, photo, "event_in_progress", people=people)
    result = judged(case, claim)
    [seen] = result["photos"]
    if contradicts:
        assert seen["contradicts"] and "event_in_progress" not in seen["supports"]
        assert result["verdict"] == Verdict.CONTRADICTED.value
    else:
        assert seen["contradicts"] == [] and seen["supports"] == ["event_in_progress"]
        assert result["verdict"] == Verdict.SUPPORTED.value


# -- coverage: 15 minutes either side of each photo, never beyond the window --

def coverage_of(case: Case, tmp_path: Path, window: tuple[str, str], *taken: str) -> dict:
    claim = add_claim(case, add_venue(case), *window, "other_event")
    for moment in taken:
        observe(case, shoot(case, tmp_path, moment), "venue_empty")
    return judged(case, claim)["coverage"]


def gaps(coverage: dict) -> list[tuple[str, str]]:
    return [(g["start_utc"], g["end_utc"]) for g in coverage["gaps"]]


def test_a_photo_5_minutes_before_the_end_covers_only_5_minutes_after_it(case, tmp_path):
    covered = coverage_of(case, tmp_path, WINDOW, "2022-08-20 22:55:00")
    assert covered["window_s"] == 5 * 3600
    assert covered["covered_s"] == 20 * 60     # 22:40-23:00, not 22:40-23:10
    assert gaps(covered) == [("2022-08-20T12:00:00Z", "2022-08-20T16:40:00Z")]


def test_a_photo_5_minutes_after_the_start_covers_only_5_minutes_before_it(case, tmp_path):
    # (the sweep over the spans starts at the window's start, so this holds whichever clips)
    covered = coverage_of(case, tmp_path, WINDOW, "2022-08-20 18:05:00")
    assert covered["covered_s"] == 20 * 60     # 18:00-18:20, not 17:50-18:20
    assert gaps(covered) == [("2022-08-20T12:20:00Z", "2022-08-20T17:00:00Z")]


def test_the_covered_share_never_exceeds_the_window(case, tmp_path):
    covered = coverage_of(case, tmp_path, ("2022-08-20 18:00", "2022-08-20 18:20"),
                          "2022-08-20 18:05:00", "2022-08-20 18:15:00")
    assert covered["window_s"] == covered["covered_s"] == 20 * 60
    assert covered["fraction"] == 1.0 and gaps(covered) == []


@pytest.mark.parametrize(("second", "between", "last"), [
    # 30 min apart: their 15-minute spans meet, no gap between them
    ("2022-08-20 19:00:00", [], "2022-08-20T13:15:00Z"),
    ("2022-08-20 19:02:00", [("2022-08-20T12:45:00Z", "2022-08-20T12:47:00Z")],
     "2022-08-20T13:17:00Z"),
], ids=["30min-apart", "32min-apart"])
def test_each_photo_speaks_for_15_minutes_either_side(case, tmp_path, second, between, last):
    covered = coverage_of(case, tmp_path, WINDOW, "2022-08-20 18:30:00", second)
    assert covered["covered_s"] == 60 * 60
    assert gaps(covered) == [("2022-08-20T12:00:00Z", "2022-08-20T12:15:00Z"), *between,
                             (last, "2022-08-20T17:00:00Z")]
