"""Cutting a text to its room: the longest prefix that fits, in a logarithmic number of
measurements, however long the text.

Every label that is cut short (a static map's heading, whatever is shortened with an ellipsis
for a line of its own) goes through `shorten`. Measuring a text costs time in its length, so
the search never measures the whole text when a short prefix already does not fit: it doubles
a prefix until it overflows (or is the whole text), then halves the gap. A 100 KB venue name is
measured about 2·log2(k) times on prefixes of at most 2k letters, where k is what fits; cut one
letter at a time, it held a report for more than ten minutes.
"""

from __future__ import annotations

from collections.abc import Callable

ELLIPSIS = "\u2026"
_FIRST = 32           # letters in the first prefix tried: most labels that fit are this short


def longest_prefix(text: str, fits: Callable[[str], bool]) -> int:
    """The largest n for which `fits(text[:n])` (0 when not even the first letter does).

    `fits` must hold for every prefix of a text it holds for (a shorter text is no wider);
    it is called O(log n) times, never on a prefix much longer than twice the answer.
    """
    return _search(text, fits)[0]


def shorten(text: str, fits: Callable[[str], bool], ellipsis: str = ELLIPSIS) -> str:
    """`text` if it fits; else its longest prefix that fits with `ellipsis` after it (the
    ellipsis alone when none does), trailing spaces dropped before the ellipsis."""
    low, high = _search(text, lambda prefix: fits(prefix.rstrip() + ellipsis))
    if high is None:              # it fits even with an ellipsis after it
        return text
    # Without the ellipsis the whole text may fit when little of it is left out; a text twice
    # as long as the prefix that overflowed is wider than it (bar zero-width letters).
    if len(text) <= 2 * high and fits(text):
        return text
    return text[:low].rstrip() + ellipsis


def _search(text: str, fits: Callable[[str], bool]) -> tuple[int, int | None]:
    """(low, high): `fits(text[:low])` holds, `fits(text[:high])` does not and high is low + 1;
    high is None when the whole text fits. Doubles a prefix until it overflows, then halves."""
    if not text:
        return 0, None
    low, probe = 0, min(_FIRST, len(text))
    while fits(text[:probe]):
        low = probe
        if probe == len(text):
            return low, None
        probe = min(2 * probe, len(text))
    high = probe
    while high - low > 1:
        middle = (low + high) // 2
        if fits(text[:middle]):
            low = middle
        else:
            high = middle
    return low, high
