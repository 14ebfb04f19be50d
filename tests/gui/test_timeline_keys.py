"""The refusal timeline's keys ('shaded: no photo', 'ringed: dated by the GPS clock') are read
whole at the refusal pane's width in English, Russian and Kazakh: a legend under the times,
each key beside the mark it explains, wrapped over more lines rather than cut."""

from __future__ import annotations

import pytest

from gui.app import i18n
from gui.app.main_window import MainWindow
from gui.refusals.model import RefusalColumn
from gui.refusals.timeline import RINGED, SHADED
from tests.helpers.gui import refusal_cells
from tests.helpers.webengine import IGNORE_NOISE

pytestmark = IGNORE_NOISE


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


def assert_keys_whole(timeline) -> None:
    keys = timeline.key_layout(timeline.width())
    assert [k.kind for k in keys] == [SHADED, RINGED]   # DEMO-2022/088: gaps, photo 6 by GPS
    assert [k.text for k in keys] == timeline.keys()
    shown = timeline.visibleRegion().boundingRect()
    metrics = timeline.fontMetrics()
    for key in keys:
        assert shown.contains(key.text_box.toAlignedRect()), (key.text, key.text_box, shown)
        assert shown.contains(key.mark.toAlignedRect())
        # Every word of it on a line of the box: nothing cut at its right.
        widest = max(metrics.horizontalAdvance(w) for w in key.text.split())
        assert key.text_box.width() >= widest
        assert key.text_box.height() >= metrics.boundingRect(
            0, 0, int(key.text_box.width()), 1000, 0x1000, key.text).height()  # TextWordWrap


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_timelines_keys_are_whole_at_the_refusal_panes_width(qtbot, demo_case, lang):
    i18n.install(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_case(str(demo_case))
    qtbot.waitUntil(lambda: window.session.state is not None, timeout=20_000)
    window.tabs.setCurrentWidget(window.refusals)
    window.refusals.select_row(refusal_cells(window, RefusalColumn.DOCUMENT).index("DEMO-2022/088"))
    qtbot.wait(50)
    timeline = window.refusals.timeline
    assert_keys_whole(timeline)
    # The pane dragged narrow: the keys go one under another and wrap; the timeline grows.
    window.refusals.setSizes([1000, 280])
    qtbot.waitUntil(lambda: timeline.width() < 300)
    qtbot.wait(50)
    assert_keys_whole(timeline)
    keys = timeline.key_layout(timeline.width())
    assert keys[1].text_box.top() > keys[0].text_box.top()


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_lone_key_on_one_line_is_not_wrapped_out_of_its_box(qtbot, demo_case, lang):
    """A refusal whose timeline has gaps and no photo dated by GPS has the one key; at the
    window's usual widths it stands on one line, in a box the painter's word wrap must not
    break (Kazakh's 'көлеңкеленген: фото жоқ' lost its 'жоқ', 'no', and said 'shaded: photo')."""
    i18n.install(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_case(str(demo_case))
    qtbot.waitUntil(lambda: window.session.state is not None, timeout=20_000)
    window.tabs.setCurrentWidget(window.refusals)
    timeline = window.refusals.timeline
    metrics = timeline.fontMetrics()
    lone = 0
    for width in (1280, 1400, 1500, 1600):
        window.resize(width, 900)
        for row, _document in enumerate(refusal_cells(window, RefusalColumn.DOCUMENT)):
            window.refusals.select_row(row)
            qtbot.wait(20)
            keys = timeline.key_layout(timeline.width())
            lone += [k.kind for k in keys] == [SHADED]
            for key in keys:
                laid = metrics.boundingRect(key.text_box.toRect(), 0x1000, key.text)  # wrap
                assert laid.height() <= key.text_box.height(), (key.text, key.text_box, laid)
    assert lone   # DEMO-2022/061 and /074: gaps, every photo dated by its camera
