"""Capturing the akimat's occupancy page from inside the app (issue 20): a page served on
127.0.0.1 (never the internet) loaded by the real Qt WebEngine, its PDF and HTML kept in a case,
and the "another event" refusal the page lists nothing for gets event_not_published."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from evidence import occupancy, occupancy_check, store
from evidence.procedure import ProcedureCode, procedure_findings
from evidence.store import Case
from gui.refusals.occupancy_capture import Captured, PageCapturer
from tests.helpers.casework import ALMATY, add_claim, add_venue
from tests.helpers.webengine import IGNORE_NOISE

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Занятость</title></head>
<body><h1>Занятость специализированных мест, июнь 2025</h1>
<table><tr><th>Мероприятие</th><th>Место</th><th>Дата</th><th>Время</th>
<th>Количество участников</th></tr>
<tr><td>Концерт</td><td>Square</td><td>10.06.2025</td><td>10:00–14:00</td><td>1500</td></tr>
</table></body></html>"""


@pytest.fixture
def site() -> Iterator[str]:
    """An akimat's page on 127.0.0.1, and a path that answers 404."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/occupancy":
                self.send_error(404)
                return
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _capture(qtbot, url: str) -> tuple[list[Captured], list[str]]:
    capturer = PageCapturer()
    got: list[Captured] = []
    failed: list[str] = []
    capturer.captured.connect(got.append)
    capturer.failed.connect(failed.append)
    assert capturer.start(url)
    qtbot.waitUntil(lambda: bool(got or failed), timeout=30000)
    capturer.dispose()
    qtbot.wait(10)  # the page and its profile go when the event loop runs
    return got, failed


@IGNORE_NOISE
def test_a_page_served_locally_is_captured_kept_and_held_against_a_refusal(qtbot, tmp_path,
                                                                           site):
    [captured], failed = _capture(qtbot, f"{site}/occupancy")
    assert not failed
    assert captured.pdf.startswith(b"%PDF-") and "Концерт" in captured.html.decode()
    assert captured.captured_utc.endswith("Z")
    with Case.create(tmp_path / "case", title="t", timezone=ALMATY, actor="t") as case:
        square = add_venue(case, "square")
        claim = add_claim(case, square, "2025-06-12 10:00", "2025-06-12 18:00", "other_event")
        pdf, html = occupancy.import_captured(case, captured.pdf, captured.html,
                                              url=captured.url, captured=captured.captured_utc,
                                              actor="aigerim")
        occupancy.set_covers(case, html.id, "2025-06-01", "2025-06-30", "aigerim")
        reading = occupancy.read_table(case, html.id)
        assert [(e.venue_id, str(e.day), e.expected_participants) for e in reading.entries] == [
            (square, "2025-06-10", 1500)]
        occupancy.enter_read(case, html.id, reading, ALMATY, "aigerim")
        data = store.read(case)
        assert case.files.read_bytes(pdf.stored_path) == captured.pdf
    found = procedure_findings(data.claim(claim), data.venue(square),
                               occupancy=occupancy_check.checker(data))
    assert [f.code for f in found] == [ProcedureCode.EVENT_NOT_PUBLISHED]
    assert captured.url in found[0].as_json()["statement"]


@IGNORE_NOISE
def test_a_page_that_does_not_load_is_a_message_not_a_capture(qtbot, tmp_path):
    got, [message] = _capture(qtbot, "http://127.0.0.1:9/occupancy")  # nothing listens on 9
    assert not got and "could not be loaded" in message


def test_an_address_that_is_no_web_page_is_refused_before_anything_loads(qtbot):
    capturer = PageCapturer()
    assert not capturer.start("file:///etc/passwd")
    assert not capturer.start("javascript:alert(1)")
    assert not capturer.start("almaty.gov.kz")
    capturer.dispose()
    qtbot.wait(10)


@IGNORE_NOISE
def test_the_window_captures_the_page_and_keeps_it(window, qtbot, tmp_path, site):
    from PySide6.QtWidgets import QDialogButtonBox

    root = tmp_path / "window-case"
    with Case.create(root, title="t", timezone=ALMATY, actor="t") as case:
        square = add_venue(case, "square")
        claim = add_claim(case, square, "2025-06-12 10:00", "2025-06-12 18:00", "other_event")
    window.session.open_case(str(root))
    shown = window.occupancy.show()
    form = shown.open_capture()
    assert any("network address" in label.text()
               for label in form.findChildren(type(form.status)))
    form.url.setText(f"{site}/occupancy")
    form.first.setText("2025-06-01")
    form.last.setText("2025-06-30")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: shown.pages.rowCount() == 2, timeout=30000)
    assert not form.isVisible()
    kinds = sorted(shown.pages.item(row, 1).text() for row in range(2))
    assert kinds == ["HTML", "PDF"]
    assert shown.pages.item(0, 2).text() == "captured by Skver"
    assert shown.pages.item(0, 5).text() == f"{site}/occupancy"
    codes = [f.code for f in window.session.state.result.claim(claim).procedure]
    # captured with its dates, its events not yet recorded: no absence is claimed
    assert ProcedureCode.OCCUPANCY_NOT_COVERED in codes
    assert ProcedureCode.EVENT_NOT_PUBLISHED not in codes
