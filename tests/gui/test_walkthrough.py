"""scripts/walkthrough.py: the first-time user's path through the real window (new case,
import, venue, tagging, a refusal from the photos' times, its verdict, export, verify) holds in
English, Russian and Kazakh, with every step named in the window's own words in that language.

Each run is the script itself, as a person runs it (its own process, offscreen, the window's
real worker threads); runs are kept for the module so each language is walked once."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.photos import CORPUS, write_jpeg

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "walkthrough.py"
STEP = re.compile(r"^\s*(\d+)\. (.+)$")
STEPS = 11
# Latin words a Russian or Kazakh step name may keep: names of formats and of the app.
KEPT_LATIN = {"PDF", "HTML", "zip", "GPS", "Skver"}
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (CORPUS / "jpg" / "gps").is_dir(),
                                 reason="the shared corpus of camera photos is not here")]

_runs: dict[tuple[str, ...], subprocess.CompletedProcess[str]] = {}


def walk(*args: str) -> subprocess.CompletedProcess[str]:
    if args not in _runs:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
        _runs[args] = subprocess.run([sys.executable, str(SCRIPT), *args], cwd=REPO, env=env,
                                     capture_output=True, text=True, timeout=120)
    return _runs[args]


def steps(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [m.group(2) for line in run.stdout.splitlines() if (m := STEP.match(line))]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_path_completes_with_nothing_lost(lang):
    run = walk("--lang", lang)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"OK: {STEPS} steps, nothing lost." in run.stdout
    # Read back from disk at the end: what was imported, tagged and refused is all there.
    assert "saved: photos=3 observations=3 refusals=1 verdict=contradicted" in run.stdout
    assert len(steps(run)) == STEPS


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_step_is_named_in_the_chosen_language(lang):
    english, named = steps(walk("--lang", "en")), steps(walk("--lang", lang))
    assert len(named) == len(english) == STEPS
    for own, theirs in zip(named, english, strict=True):
        assert own != theirs
        assert re.search("[а-яА-ЯёЁ]", own), own
        latin = set(re.findall(r"[A-Za-z]{2,}", own)) - KEPT_LATIN
        assert not latin, f"English left in “{own}”: {sorted(latin)}"
    if lang == "kk":
        assert KAZAKH_LETTERS & set("".join(named)), "the Kazakh steps read as Russian"
        assert named != steps(walk("--lang", "ru"))


def test_the_english_steps_are_the_windows_own_words():
    named = steps(walk("--lang", "en"))
    assert named[:3] == ["No case is open", "New case",
                         "Import folder into “Walk-through: square visits 2008”"]
    assert "New refusal from these photos' times" in named


def test_a_step_that_does_not_hold_is_named_and_fails(tmp_path):
    """Photos without GPS cannot place the venue: the walk-through stops there, says so."""
    folder = tmp_path / "no-gps"
    folder.mkdir()
    photos = [str(write_jpeg(folder / f"p{n}.jpg", gps=False, taken=f"2024:05:01 12:3{n}:00"))
              for n in range(3)]
    run = walk("--lang", "en", "--photos", *photos)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "FAILED at step 4 “Venues: New venue”: the form does not offer every photo's GPS" \
        in run.stdout
    assert "OK:" not in run.stdout


def test_a_bug_in_a_step_is_named_not_waited_on():
    """A bug while importing (the crash dialog, as the app shows it) stops the walk-through at
    that step with the bug's last line, at once and with exit code 1, instead of hanging."""
    driver = ("import runpy, sys\n"
              f"sys.path.insert(0, {str(REPO)!r})\n"
              "from evidence import provenance\n"
              "def broken(paths):\n"
              "    raise PermissionError(13, 'Permission denied', '/proc/1/cwd')\n"
              "provenance.files = broken\n"
              f"sys.argv = [{str(SCRIPT)!r}, '--lang', 'en']\n"
              f"runpy.run_path({str(SCRIPT)!r}, run_name='__main__')\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", driver], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1, run.stdout + run.stderr
    assert ("FAILED at step 3 “Import folder into “Walk-through: square visits 2008””: Skver "
            "hit a bug: PermissionError: [Errno 13] Permission denied: '/proc/1/cwd'"
            in run.stdout)
