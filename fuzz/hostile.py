"""Hypothesis strategies for hostile values: what a spreadsheet or a GeoJSON file may hold.

Shared by the fuzz targets and the quick property tests of the normal test run.
"""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st

# Text a cell or a property may hold that a reader may not expect.
HOSTILE_TEXT = ["", " ", "NaN", "nan", "inf", "-inf", "Infinity", "1e308", "1e309", "-0",
                "0", "-1", "9" * 30, "9" * 5000, "0x10", "1_000", "١٢٣", "½", "\x00",
                "\u202e", "\ufeff", "'", '"', '""', "\r\n", ";", ",", "\t", "=cmd|' /C calc'!A0",
                "<script>alert(1)</script>", "a" * 70_000, "24:00", "99:99", "-1:00",
                "0001-01-01", "0001-01-01 00:00", "9999-12-31", "9999-12-31 23:59",
                "9999-12-31 23:59+14:00", "0001-01-01 00:00-14:00", "2024-02-30",
                "2024-02-29 24:00", "2022-13-01", "1970-01-01T00:00Z", "2022-08-20 25:61",
                "2022-08-20 10:00+99:99", "2022-08-20 10:00 +05:00", "2022-08-20T10:00:00.5"]

# Numbers at and beyond what JSON readers and SQLite take.
HOSTILE_NUMBERS = [0, -0.0, -1, 1e-320, 1e308, 2**53 + 1, 2**63, -(2**63) - 1, 2**64,
                   10**30, float("nan"), float("inf"), float("-inf"), True, False]


@cache
def hostile_text() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(max_size=40))


@cache
def hostile_number() -> st.SearchStrategy[object]:
    return st.one_of(st.sampled_from(HOSTILE_NUMBERS), st.integers(), st.floats())


@cache
def json_value(depth: int = 3) -> st.SearchStrategy[object]:
    """Any JSON-ish value, including the non-standard NaN and Infinity Python writes."""
    leaf = st.one_of(st.none(), st.booleans(), hostile_number(), hostile_text())
    return st.recursive(leaf, lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
        max_leaves=depth * 4)


def nested(depth: int, opener: str = "[", closer: str = "]") -> str:
    """JSON nested `depth` deep: deep enough breaks a recursive reader."""
    return opener * depth + closer * depth


def spoil_encoding(text: str, draw_bytes: bytes, at: int) -> bytes:
    """`text` as UTF-8 with raw bytes (often not UTF-8) spliced in at `at`."""
    data = text.encode("utf-8", "surrogatepass")
    at = at % (len(data) + 1)
    return data[:at] + draw_bytes + data[at:]
