"""A video whose container records its start in UTC is shown in its place's time, as photos and
the report show it: the same clip at 18:29 UTC+06:00 in the Photos table, the detail pane and
the report, in every language (before: 12:29 '+00:00 (video file)' in the window)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from evidence.facts import inspection_fact
from evidence.inspection import inspect_file
from evidence.model import OffsetSource
from evidence.photo_time import photo_time
from evidence.store import Case
from gui.app import i18n
from gui.photos import detail
from gui.photos.table_model import Column, InspectionModel, InspectionSortProxy
from reports import content, pdf
from tests.helpers.pdfcheck import pages_text
from tests.helpers.videos import filmed_case

# the clip starts 2022-08-20 12:29:00 UTC at the venue in Almaty (UTC+06:00)
LOCAL = {"en": "2022-08-20 18:29:00", "ru": "20.08.2022 18:29:00", "kk": "20.08.2022 18:29:00"}


def test_a_container_utc_start_is_in_its_places_zone_with_the_container_named(tmp_path):
    made = filmed_case(tmp_path, seconds=4)
    found = inspect_file(str(made.clip))
    assert found.time.offset_source is OffsetSource.CONTAINER_UTC
    time = photo_time(found, inspection_fact(found, sha256="x"), "Asia/Almaty")
    assert time.local is not None and time.local.isoformat() == "2022-08-20T18:29:00+06:00"
    assert time.offset_source is OffsetSource.LOCATION and time.zone == "Asia/Almaty"
    assert time.basis.key == "basis.container"     # the instant's source still named
    assert time.camera is None                      # no second clock reading beside it


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_the_window_and_the_report_give_the_clip_the_same_time(qtbot, tmp_path, code):
    made = filmed_case(tmp_path, seconds=4)
    i18n.switch(code)
    try:
        found = inspect_file(str(made.clip))
        model = InspectionModel()
        model.add([found])
        proxy = InspectionSortProxy()
        proxy.setSourceModel(model)
        taken = proxy.index(0, Column.TAKEN).data()
        offset = proxy.index(0, Column.OFFSET).data()
        tip = proxy.index(0, Column.TAKEN).data(Qt.ItemDataRole.ToolTipRole) or ""
        pane = re.sub(r"<[^>]+>", " ", detail.to_html(found))
    finally:
        i18n.switch("en")
    assert taken.endswith("18:29:00") and "+06:00" in offset and "+00:00" not in offset
    assert "18:29:00 UTC+06:00" in tip and "+00:00" not in tip   # its UTC line says "UTC"
    assert "18:29:00 UTC+06:00" in pane
    with Case.open(made.root) as case:
        report = content.build(case, lang=code, prepared_by="A. Lawyer")
    out = tmp_path / "report.pdf"
    pdf.write_pdf(report, out)
    text = " ".join(" ".join(pages_text(out)).split())
    assert f"{LOCAL[code]} UTC+06:00" in text
    assert f"{LOCAL[code].replace('18:29', '12:29')} UTC+" not in text
