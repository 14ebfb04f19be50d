"""A photo dated by its Content Credentials' trusted time-stamp, as the Photos table shows it:
what dates it, the offset's source, the camera clock's reading beside it, in en/ru/kk; and it
sorts among photos dated otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evidence import trustlists
from evidence.facts import inspection_fact
from evidence.inspection import inspect_file
from evidence.model import OffsetSource
from evidence.photo_time import photo_time
from gui.app import i18n
from gui.photos.table_model import Column, InspectionModel, InspectionSortProxy
from gui.widgets import when
from tests.helpers.credentials import CERTS, c2pa_tsa, sign
from tests.helpers.photos import Shot, write_jpeg, write_photo

DATED_BY = {"en": "the time-stamp of the file's trusted Content Credentials",
            "ru": "метка времени доверенных сведений Content Credentials файла",
            "kk": "файлдың сенімді Content Credentials мәліметтерінің уақыт мөрі"}


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.install("en")


@pytest.fixture
def attested(tmp_path: Path) -> Path:
    """A photo whose camera clock says 2022, signed at capture and time-stamped now, with the
    signer's CA and the time-stamping authority's on the lists."""
    camera = write_photo(tmp_path / "camera.jpg", Shot(taken="2022:08:20 18:30:00",
                                                       offset="+06:00", size=(320, 240)))
    with c2pa_tsa(tmp_path / "tsa") as tsa:
        signed = sign(camera, tmp_path / "attested.jpg", tsa_url=tsa.url)
    (tmp_path / "tsa-ca.pem").write_bytes(tsa.ca_pem)
    trustlists.update(trustlists.TrustKind.TSA, tmp_path / "tsa-ca.pem")
    trustlists.update(trustlists.TrustKind.USER, CERTS)
    return signed


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_the_table_says_the_credentials_date_it(qtbot, tmp_path, attested, code):
    i18n.switch(code)
    found = inspect_file(str(attested))
    assert found.time.offset_source is OffsetSource.CONTENT_CREDENTIALS
    plain = inspect_file(str(write_jpeg(tmp_path / "plain.jpg", gps=True)))
    model = InspectionModel()
    model.add([plain, found])
    proxy = InspectionSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.OFFSET, Qt.SortOrder.AscendingOrder)  # raised KeyError before
    row = next(r for r in range(2) if proxy.index(r, Column.FILE).data() == "attested.jpg")
    assert proxy.index(row, Column.DATED_BY).data().startswith(DATED_BY[code])
    assert "Content Credentials" in proxy.index(row, Column.OFFSET).data()
    assert proxy.index(row, Column.UTC).data()[:4] >= "2026"   # the time-stamp's year

    time = photo_time(found, inspection_fact(found))
    assert time.camera is not None and time.camera.year == 2022  # the camera's own, kept
    assert time.camera_ahead_s is not None and time.camera_ahead_s < 0
    if code == "en":
        assert "behind the credentials' time-stamp" in (when.camera(time) or "")
