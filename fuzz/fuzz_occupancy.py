"""Fuzz target: the akimat's occupancy page kept and its table read (`evidence.occupancy`).

Inputs are HTML pages, near-valid: an occupancy table in Russian or Kazakh with hostile cells
swapped in (dates and times that are not, huge numbers, control and bidi characters, script and
style blocks holding rows, unclosed and deeply nested tags, cut short, bytes that are not
UTF-8 or a charset that lies). Keeping the page and reading its table may only succeed or raise
KnownError; the rows read are recorded (the unmatched place under the template's venue); a
refused page leaves the case as it was, and the case verifies intact afterwards either way.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from fuzz import cases
from fuzz.hostile import hostile_number, hostile_text, nested, spoil_encoding

NAME = "occupancy"
SUFFIX = ".html"
TIMEOUT_S = 20.0
MAX_LEN = 64 * 1024
INSTRUMENT = ("evidence",)
MODULES = ("evidence.occupancy", "evidence.occupancy_table", "evidence.verify")
HEAD = ("<tr><th>Мероприятие</th><th>Место</th><th>Дата</th><th>Время</th>"
        "<th>Количество участников</th></tr>")
ROW = ("<tr><td>{event}</td><td>{place}</td><td>{day}</td><td>{time}</td>"
       "<td>{count}</td></tr>")
_work: Path | None = None


def setup(work: Path) -> None:
    global _work
    _work = work
    cases.template(work)


def _page(rows: list[str], charset: str = "utf-8") -> str:
    return (f'<html><head><meta charset="{charset}"></head><body><table>{HEAD}'
            + "".join(rows) + "</table></body></html>")


def seeds() -> list[bytes]:
    one = ROW.format(event="Концерт", place="Square", day="10.06.2025", time="10:00–14:00",
                     count="1 500")
    two = ROW.format(event="Ярмарка", place="Сквер", day="2025 жылғы 11 маусым",
                     time="09.00-18.00", count="200")
    return [_page([one, two]).encode(), _page([one]).encode()]


def check(path: Path, data: bytes) -> None:
    from evidence import occupancy
    from evidence.errors import KnownError
    from evidence.model import PageCapture

    assert _work is not None, "setup() first"
    with cases.fresh(_work) as case:
        before = cases.counts(case)
        try:
            page, _new = occupancy.import_page(
                case, path, url="https://almaty.gov.kz/occupancy",
                captured="2025-06-05 10:30+05:00", capture=PageCapture.SAVED, actor="fuzz",
                covers=("2025-06-01", "2025-06-30"))
        except KnownError:
            cases.check_refused(case, before)
            cases.check_intact(case)
            return
        try:
            reading = occupancy.read_table(case, page.id)
            places = {e.place: "square" for e in reading.entries}
            reading = occupancy.read_table(case, page.id, places)
            occupancy.enter_read(case, page.id, reading, "Asia/Almaty", "fuzz")
        except KnownError:
            pass
        cases.check_intact(case)


# -- hypothesis --------------------------------------------------------------------------

def cell() -> st.SearchStrategy[str]:
    return st.one_of(hostile_text(), st.sampled_from([
        "10.06.2025", "31.02.2025", "10 июня 2025", "2025 жылғы 10 маусым", "99.99.9999",
        "10:00–14:00", "24:00-25:61", "22.00-02.00", "1 500", "-5", "<b>Square</b>",
        "&lt;script&gt;", "&#x202e;Square", "&#0;", "Square"]),
        hostile_number().map(str))


@st.composite
def pages(draw: st.DrawFn) -> bytes:
    rows = draw(st.lists(st.builds(lambda e, p, d, t, c: ROW.format(
        event=e, place=p, day=d, time=t, count=c), cell(), cell(), cell(), cell(), cell()),
        max_size=6))
    text = _page(rows, draw(st.sampled_from(["utf-8", "windows-1251", "x-nonsense", ""])))
    choice = draw(st.integers(0, 9))
    if choice == 0:
        text = text.replace("<table>", "<table>" + nested(draw(st.integers(100, 5000)),
                                                          "<div><span>", ""), 1)
    elif choice == 1:
        text = text.replace(HEAD, HEAD + "<script>" + "".join(rows) + "</script>", 1)
    elif choice == 2:
        text = text[:draw(st.integers(0, len(text)))]
    elif choice == 3:
        return spoil_encoding(text, draw(st.binary(min_size=1, max_size=4)),
                              draw(st.integers(0, 10_000)))
    return text.encode("utf-8", "surrogatepass")


def strategy() -> st.SearchStrategy[bytes]:
    return pages()
