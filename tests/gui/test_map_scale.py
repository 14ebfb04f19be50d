"""The map's scale bar is metric only, its units in the page's language (Leaflet's own said
'200 m' over '500 ft', in English whatever the page's language)."""

from __future__ import annotations

import re

import pytest

from reports import strings
from tests.gui.test_map_render import open_page, write_map
from tests.helpers import mapcases as cases
from tests.helpers.webengine import IGNORE_NOISE, evaluate

pytestmark = IGNORE_NOISE

SCALE = "[...document.querySelectorAll('.leaflet-control-scale-line')].map(e => e.textContent)"


@pytest.mark.parametrize(("lang", "units"), [("en", ("m", "km")), ("ru", ("м", "км")),
                                             ("kk", ("м", "км"))])
def test_one_metric_scale_bar_in_the_pages_words(qtbot, browser, tmp_path, lang, units):
    page = write_map(tmp_path, cases.demo_case(tmp_path), table=strings.table(lang))
    open_page(qtbot, browser, page)
    [line] = evaluate(qtbot, browser, SCALE)            # no feet, no miles
    assert re.fullmatch(r"\d+(\.\d+)? (\S+)", line) and line.split()[1] in units, line
    evaluate(qtbot, browser, "(skverMap.map.setZoom(9), true)")   # kilometres now
    qtbot.waitUntil(lambda: evaluate(qtbot, browser, SCALE)[0].endswith(" " + units[1]))
    assert browser.errors == []
