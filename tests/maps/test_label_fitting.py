"""A label cut to its room with an ellipsis: the longest prefix that fits, found by measuring a
few times, however long the text (a 100 KB venue name once held a report for minutes)."""

from __future__ import annotations

import math
import time

import pytest

from evidence import fitting
from maps import static_fonts
from maps.static_fonts import fit_text, text_size

LATIN = "Square named after Chokan Valikhanov, by the Central Stadium, "
CYRILLIC = "Сквер имени Шокана Уалиханова у Центрального стадиона, "


@pytest.fixture
def measured(monkeypatch) -> list[int]:
    """The length of every text the map's fitting measured."""
    seen: list[int] = []
    real = static_fonts.text_size

    def counting(text: str, size: float) -> tuple[float, float]:
        seen.append(len(text))
        return real(text, size)

    monkeypatch.setattr(static_fonts, "text_size", counting)
    return seen


@pytest.mark.parametrize("words", [LATIN, CYRILLIC])
@pytest.mark.parametrize("length", [80, 2_000, 100_000])
def test_the_longest_prefix_that_fits_is_found_in_a_few_measurements(words, length, measured):
    text = (words * (length // len(words) + 1))[:length]
    room = 600.0
    began = time.perf_counter()
    shown = fit_text(text, 26, room)
    took = time.perf_counter() - began
    assert shown.endswith("\u2026") and text.startswith(shown[:-1].rstrip())
    assert text_size(shown, 26)[0] <= room
    # the longest: one more letter of the text would not fit
    kept = len(shown[:-1].rstrip())
    longer = text[:kept + 1].rstrip() + "\u2026"
    assert len(longer) <= len(shown) or text_size(longer, 26)[0] > room
    assert len(measured) <= 2 * math.log2(length) + 4
    assert max(measured) <= 4 * len(shown)     # never the whole 100 KB text
    assert took < 0.5


def test_a_text_that_fits_is_left_as_it_is(measured):
    assert fit_text("Сквер", 26, 600) == "Сквер"
    assert fit_text("", 26, 600) == ""
    assert len(measured) <= 2


def test_no_room_leaves_the_ellipsis_alone():
    assert fit_text("Сквер имени Шокана Уалиханова", 26, 1) == "\u2026"


def test_the_shared_search_measures_logarithmically():
    calls: list[int] = []

    def fits(prefix: str) -> bool:
        calls.append(len(prefix))
        return len(prefix) <= 12_345

    text = "x" * 1_000_000
    assert fitting.longest_prefix(text, fits) == 12_345
    assert len(calls) <= 2 * math.log2(12_345) + 4
    assert max(calls) < 2 * 12_345 + 64
    calls.clear()
    assert fitting.longest_prefix("short", fits) == 5 and len(calls) == 1
    assert fitting.longest_prefix("abc", lambda p: False) == 0
