"""An observation can name a moment in a video (`observe ... --at 1:23`): kept in its own
nullable column, checked against the video's length, part of the row's digest only when set, so
observations recorded before it (and cases made before it) still verify."""

from __future__ import annotations

import pytest

from evidence import observations, store, verify
from evidence.errors import KnownError
from evidence.importer import import_paths
from evidence.model import Observation, Tag
from evidence.store import Case, audit, schema
from tests.helpers.casework import INSIDE, add_photo
from tests.helpers.cli import skver_here
from tests.helpers.videos import make_video

AIGERIM = "Aigerim"
LOCATION = f"{INSIDE[0]:+.4f}{INSIDE[1]:+09.4f}/"


@pytest.fixture
def case(tmp_path):
    with Case.create(tmp_path / "case", title="", timezone="Asia/Almaty", actor="t") as c:
        yield c


def add_video(case: Case, folder, seconds: float = 100.0) -> int:
    clip = make_video(folder / "square.mp4", seconds=seconds, fps=2, location=LOCATION)
    [result] = import_paths(case, [str(clip)], actor="t")
    assert result.outcome == "imported", result
    return result.photo_id


@pytest.mark.parametrize(("text", "seconds"), [
    ("83", 83.0), ("1:23", 83.0), ("01:23.5", 83.5), ("1:02:03", 3723.0), (" 0:00 ", 0.0)])
def test_a_moment_is_read_as_people_write_it(text, seconds):
    assert observations.parse_moment(text) == seconds


@pytest.mark.parametrize("text", ["", "1:60", "1:-5", "-3", "a:b", "1:2:3:4", "nan", "inf",
                                  ":30"])
def test_what_is_not_a_moment_is_refused_saying_how_to_write_one(text):
    with pytest.raises(KnownError, match="is not a moment in a video"):
        observations.parse_moment(text)


def test_moments_are_written_back_as_they_are_read():
    for seconds in (0.0, 5.25, 83.0, 3723.0, 59.5):
        assert observations.parse_moment(observations.moment_text(seconds)) == seconds
    assert observations.moment_text(83) == "1:23"
    assert observations.moment_text(3723) == "1:02:03"


def test_a_moment_in_the_video_is_kept_and_verifies(case, tmp_path):
    video = add_video(case, tmp_path)
    seen = observations.add(case, Observation(video, AIGERIM, (Tag.VENUE_EMPTY,), 0,
                                              at_s=83.0), AIGERIM)
    assert seen.at_s == 83.0
    assert store.read(case).history_of(video)[0].at_s == 83.0
    assert verify.verify(case, actor="auditor").intact
    # the moment is part of what the log vouches for: changed behind its back, it is named
    case.conn.execute("DROP TRIGGER IF EXISTS observations_never_updated")
    case.conn.execute("UPDATE observations SET at_s = 10 WHERE id = ?", (seen.id,))
    assert any("edited outside Skver" in p for p in audit.problems(case, store.log.entries(case)))


def test_a_correction_that_only_moves_the_moment_is_a_correction(case, tmp_path):
    video = add_video(case, tmp_path)
    first = observations.add(case, Observation(video, AIGERIM, (Tag.VENUE_EMPTY,), at_s=10.0),
                             AIGERIM)
    moved = observations.correct(case, first.id, Observation(video, AIGERIM,
                                                             (Tag.VENUE_EMPTY,), at_s=12.5),
                                 AIGERIM)
    assert moved.replaces == first.id and moved.at_s == 12.5


def test_a_moment_past_the_videos_end_or_in_a_photo_is_refused(case, tmp_path):
    video = add_video(case, tmp_path, seconds=100.0)
    with pytest.raises(KnownError, match=r"The moment 1:41 is not in video \d+, which runs 1:40"):
        observations.add(case, Observation(video, AIGERIM, (Tag.VENUE_EMPTY,), at_s=101.0),
                         AIGERIM)
    photo = add_photo(case, tmp_path, "still.jpg", "2022-08-20 18:30")
    with pytest.raises(KnownError, match="is a photo, not a video"):
        observations.add(case, Observation(photo, AIGERIM, (Tag.VENUE_EMPTY,), at_s=1.0),
                         AIGERIM)
    assert store.read(case).observations == {}


def test_observe_at_on_the_command_line(case, tmp_path, capsys):
    video = add_video(case, tmp_path)
    root = str(case.root)
    code, _, _ = skver_here(capsys, "observe", "--case", root, str(video), "--at", "1:23",
                            "--tag", "venue_empty", "--actor", AIGERIM)
    assert code == 0
    code, out, _ = skver_here(capsys, "observe", "--case", root, str(video), "--history")
    assert "at 1:23: venue_empty" in out
    code, out, err = skver_here(capsys, "observe", "--case", root, str(video), "--at", "2:00",
                                "--tag", "venue_empty", "--actor", AIGERIM)
    assert code != 0 and "is not in video" in out + err


def test_a_case_from_before_moments_migrates_and_its_observations_verify(tmp_path,
                                                                         monkeypatch):
    before = schema.MIGRATIONS.index(schema._V8)
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:before])
        with Case.create(tmp_path / "old", title="", timezone="Asia/Almaty", actor="t") as old:
            photo = add_photo(old, tmp_path, "empty.jpg", "2022-08-20 18:30")
            with old.transaction():
                row_id = old.conn.execute(
                    "INSERT INTO observations (photo_id, reviewer, observed_utc, tags, "
                    "people_count, note) VALUES (?, ?, '2022-08-21T10:00:00Z', "
                    "'[\"venue_empty\"]', 0, '')", (photo, AIGERIM)).lastrowid
                audit.record(old, AIGERIM, "observation", "observations", row_id,
                             {"reviewer": AIGERIM})
    with Case.open(tmp_path / "old") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == \
            schema.current_version()
        assert verify.verify(case, actor="auditor").intact
        [kept] = store.read(case).history_of(photo)
        assert kept.at_s is None and "at_s" not in audit.rows_as_stored(case, "observations")[0]
        video = add_video(case, tmp_path)
        observations.add(case, Observation(video, AIGERIM, (Tag.VENUE_EMPTY,), at_s=3.0),
                         AIGERIM)
        assert verify.verify(case, actor="auditor").intact
