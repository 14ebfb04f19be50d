"""Text from outside made printable: what could drive a terminal or disguise a name is shown as
an escape, every letter of every script is left alone."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidence.printable import ESCAPED_CATEGORIES, printable


@pytest.mark.parametrize("text", [
    "Сквер Сары-Арка, акимат города Алматы",
    "Қазақстан: ғ, қ, ң, ө, ұ, ү, һ, і, ә — Әкімдік шешімі №12",
    "Ünïcödé café, naïve 北京 العربية עברית",  # right-to-left letters are letters, not controls
    "C:\\Users\\aigerim\\IMG_0001.JPG",
    "a\u00a0b\u2009c",  # no-break and thin spaces: spaces, shown as spaces
    "emoji 🙂 and a flag 🇰🇿",
    "",
])
def test_ordinary_text_passes_unchanged(text):
    assert printable(text) == text


@pytest.mark.parametrize(("text", "shown"), [
    ("title\n  Intact.\n", "title\\n  Intact.\\n"),
    ("a\rb\tc", "a\\rb\\tc"),
    ("\x1b[2J\x1b[1;1Hclear", "\\u001b[2J\\u001b[1;1Hclear"),
    ("nul\x00 bell\x07 del\x7f", "nul\\u0000 bell\\u0007 del\\u007f"),
    ("c1 \x85 csi \x9b2J", "c1 \\u0085 csi \\u009b2J"),  # NEL and the 8-bit CSI
    ("invoice\u202egpj.exe", "invoice\\u202egpj.exe"),  # right-to-left override
    ("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069",
     "\\u200e\\u200f\\u061c\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069"),
    ("IMG\u200b_0001\u200c\u200d\ufeff", "IMG\\u200b_0001\\u200c\\u200d\\ufeff"),
    ("line\u2028para\u2029", "line\\u2028para\\u2029"),
    ("tag \U000e0041", "tag \\udb40\\udc41"),  # an invisible tag letter, as JSON writes it
    ("bytes \udcff", "bytes \\udcff"),  # a file name's byte that is not UTF-8
])
def test_controls_bidi_and_invisible_characters_become_visible_escapes(text, shown):
    assert printable(text) == shown


def test_any_value_is_shown_as_its_text():
    assert printable(None) == "None" and printable(7) == "7"
    assert printable(["a\x1b"]) == "['a\\x1b']"  # a list's repr escapes its strings itself


def test_keep_newlines_keeps_the_programs_lines_and_escapes_the_rest():
    assert printable("one\x1b[31m\ntwo\r\n", keep_newlines=True) == "one\\u001b[31m\ntwo\\r\n"


@given(st.text())
def test_nothing_left_that_a_terminal_obeys_and_twice_is_once(text):
    shown = printable(text)
    assert not [ch for ch in shown if unicodedata.category(ch) in ESCAPED_CATEGORIES]
    assert printable(shown) == shown


@given(st.recursive(st.text() | st.integers() | st.none(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_printable_json_is_json_that_means_the_same(value):
    text = printable(json.dumps(value, ensure_ascii=False, indent=2), keep_newlines=True)
    assert json.loads(text) == value
