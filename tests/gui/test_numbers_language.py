"""Numbers in the window as its language writes them, as the report does: '10 000 байт' and
'24,0 ч' in Russian and Kazakh, never English's '10,000 байт' or '24.0 ч'."""

from __future__ import annotations

import re

import pytest

from gui.app import i18n
from tests.gui.test_photo_times import clocks_case, row_of, shown  # noqa: F401 (a fixture)


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


@pytest.mark.parametrize(("lang", "byte", "hours"), [("ru", "байт", "ч"), ("kk", "байт", "сағ")])
def test_the_photo_detail_writes_sizes_and_spans_in_the_language(window, qtbot, clocks_case,  # noqa: F811
                                                                 lang, byte, hours):
    i18n.switch(lang)
    shown(window, qtbot, clocks_case)
    window.photos.select_row(row_of(window, "skewed.jpg"))
    text = window.photos.detail.toPlainText()
    assert re.search(r"\d+ " + byte, text)
    assert not re.search(r"\d,\d{3}(?!\d)", text)             # no English thousands
    # The camera clock 24 h behind the GPS clock: '-86 400,0 с' and '24,0 ч'.
    assert re.search(r"-86[\u00a0 ]400,0 ", text), text
    assert f"24,0 {hours}" in text
    assert "43,240700; 76,941000" in text               # the position as the report writes it
    assert not re.search(r"\d\.\d", text.split("SHA-256")[-1])  # no decimal point


def test_in_english_the_numbers_stay_englishs(window, qtbot, clocks_case):  # noqa: F811
    shown(window, qtbot, clocks_case)
    window.photos.select_row(row_of(window, "skewed.jpg"))
    text = window.photos.detail.toPlainText()
    assert re.search(r"\d+ bytes", text)
    assert "43.240700, 76.941000" in text
    assert "-86,400.0 s (camera behind by 24.0 h)" in text


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_timeline_says_a_photos_doubt_in_the_language(window, qtbot, clocks_case,  # noqa: F811
                                                          lang):
    # It said '± 60 s' in every language.
    i18n.switch(lang)
    shown(window, qtbot, clocks_case)
    refusals = window.refusals
    refusals.select_row(0)
    said = [refusals.timeline.describe(e) for e in refusals.timeline.exhibits]
    assert said and all("± 60 с" in line for line in said), said
    assert not any(re.search(r"\d s\b", line) for line in said)
    assert re.search(r"\d+%", refusals.detail.toPlainText())   # the share, as the report


@pytest.mark.parametrize(("lang", "said"), [("en", "12,345 photos"),
                                            ("ru", "12\u00a0345 фотографий"),
                                            ("kk", "12\u00a0345 фото")])
def test_the_status_bar_groups_a_large_count_as_the_language_does(window, qtbot, clocks_case,  # noqa: F811
                                                                   lang, said):
    # Qt's %n writes '12345' in every language.
    from types import SimpleNamespace

    i18n.switch(lang)
    shown(window, qtbot, clocks_case)
    state = window.session.state
    many = SimpleNamespace(photos=[state.photos[0]] * 12_345, result=state.result,
                           root=state.root)
    window.session.state = many
    try:
        window._update_counts()
        assert window.count_label.text().startswith(said), window.count_label.text()
    finally:
        window.session.state = state
