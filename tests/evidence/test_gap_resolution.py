"""Gaps shorter than the report's resolution (a minute) are not gaps: two photos whose 15-minute
spans miss each other by 0.25 s must not give a gap listed as "18:30 - 18:30" and counted."""

from __future__ import annotations

import pytest

from evidence import analysis
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers.casework import INSIDE, add_claim, add_venue, observe
from tests.helpers.photos import Shot, write_photo

# 18:00-19:00 in Almaty on 20 August 2022 (UTC+6): 12:00Z-13:00Z
WINDOW = ("2022-08-20 18:00", "2022-08-20 19:00")


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as c:
        yield c


def shoot(case: Case, path, taken: str, subsec: str | None = None) -> int:
    """A photo at local 'HH:MM:SS' on 20 August 2022 (sub-seconds as EXIF writes them)."""
    lat, lon = INSIDE
    shot = Shot(taken=f"2022:08:20 {taken}", subsec=subsec, lat=lat, lon=lon)
    [result] = import_paths(case, [str(write_photo(path, shot))], actor="t")
    return result.photo_id


def judged(case: Case, tmp_path, *photos: tuple[str, str | None]) -> dict:
    claim = add_claim(case, add_venue(case), *WINDOW, "other_event")
    for n, (taken, subsec) in enumerate(photos):
        observe(case, shoot(case, tmp_path / f"{n}.jpg", taken, subsec), "venue_empty")
    result = analysis.analyze_case(case).as_json()
    return next(c for c in result["claims"] if c["claim_id"] == claim)


def gaps(result: dict) -> list[tuple[str, str]]:
    return [(g["start_utc"], g["end_utc"]) for g in result["coverage"]["gaps"]]


def coverage_caveats(result: dict) -> list[dict]:
    return [c for c in result["explain"]["caveats"] if c["key"] == "caveat.coverage"]


@pytest.mark.parametrize(("second", "subsec"), [
    ("18:45:00", "25"),   # spans 18:00-18:30:00 and 18:30:00.25-19:00: 0.25 s apart
    ("18:45:59", None),   # 59 s apart
], ids=["0.25s-apart", "59s-apart"])
def test_a_gap_shorter_than_a_minute_is_not_listed_or_counted(case, tmp_path, second, subsec):
    result = judged(case, tmp_path, ("18:15:00", None), (second, subsec))
    assert gaps(result) == []
    assert coverage_caveats(result) == []   # nothing left uncovered worth naming
    assert result["coverage"]["covered_s"] >= 3540


def test_a_gap_of_a_minute_is_listed_and_counted(case, tmp_path):
    result = judged(case, tmp_path, ("18:15:00", None), ("18:46:00", None))
    assert gaps(result) == [("2022-08-20T12:30:00Z", "2022-08-20T12:31:00Z")]
    [caveat] = coverage_caveats(result)
    assert caveat["args"]["gaps"] == 1


def test_less_than_a_minute_left_at_the_window_start_is_not_a_gap(case, tmp_path):
    # spans 18:00:30-18:30:30 and 18:30:30-19:00: 30 s uncovered at the start
    result = judged(case, tmp_path, ("18:15:30", None), ("18:45:30", None))
    assert gaps(result) == []
    assert coverage_caveats(result) == []
