"""Reading the occupancy table of a saved akimat page into proposed entries.

The page is someone else's HTML: it is parsed with the standard library's `html.parser` only
(nothing in it is fetched, run or followed; scripts and styles are skipped), within bounds (how
much is read, how many rows and cells, how long a cell), and every text taken from it is kept as
printed. A row becomes a `ProposedEntry` only when its date, times and place can be read; its
place is matched to a venue of the case by name (the English, Russian or Kazakh name, or the
slug, letters compared without case and spacing). A place that matches no venue is never
guessed: the person names the venue for it (`mapping`), or the row is left out and said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html.parser import HTMLParser

from evidence.errors import KnownError
from evidence.model import Venue

MAX_HTML_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2_000
MAX_CELLS = 40
MAX_CELL_CHARS = 2_000
YEARS = (1991, 2100)     # the dates a schedule of today's Kazakhstan can list
MAX_EVENT_NAME = 1_000  # an event's name as printed, kept whole (evidence/occupancy.py)
SKIPPED = frozenset({"script", "style", "template", "noscript", "svg", "iframe", "object"})

# Headers as akimats' pages write them (ru, kk, en); a column is the first whose header holds one.
COLUMNS: dict[str, tuple[str, ...]] = {
    "place": ("место", "орын", "орны", "площад", "venue", "place", "location"),
    "date": ("дата", "күні", "күн", "date"),
    "start": ("начал", "басталу", "start", "from"),
    "end": ("оконч", "аяқтал", "end", "until"),
    "time": ("время", "уақыт", "time", "hours"),
    "participants": ("участник", "қатысушы", "количеств", "саны", "participants", "expected"),
    "event": ("мероприят", "іс-шара", "наименован", "атауы", "event", "name", "title"),
}
_DATE = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})-(\d{2})-(\d{2})")
_CLOCK = re.compile(r"([01]?\d|2[0-4])[:.]([0-5]\d)")
# Months as Russian («10 июня 2025») and Kazakh («2025 жылғы 10 маусым») dates write them.
MONTHS = {stem: n for n, stems in enumerate((
    ("январ", "қаңтар"), ("феврал", "ақпан"), ("март", "наурыз"), ("апрел", "сәуір"),
    ("мая", "мамыр", "май"), ("июн", "маусым"), ("июл", "шілде"), ("август", "тамыз"),
    ("сентябр", "қыркүйек"), ("октябр", "қазан"), ("ноябр", "қараша"),
    ("декабр", "желтоқсан")), start=1) for stem in stems}
_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_RU_DATE = re.compile(rf"(\d{{1,2}})\s+({_WORDS})\w*\s+(\d{{4}})", re.IGNORECASE)
_KK_DATE = re.compile(rf"(\d{{4}})\s+жылғы\s+(\d{{1,2}})\s+({_WORDS})", re.IGNORECASE)
_NUMBER = re.compile(r"\d[\d\s\u00a0\u202f]*")


@dataclass(frozen=True)
class TableRow:
    """A row of the page's table: its cells' texts as printed."""

    cells: tuple[str, ...]

    @property
    def text(self) -> str:
        return " | ".join(self.cells)


@dataclass(frozen=True)
class ProposedEntry:
    """A row read as an event: the venue it maps to (None: no venue matched its place)."""

    row: TableRow
    place: str
    venue_id: int | None
    day: date
    start: time
    end: time
    event_name: str
    expected_participants: int | None


@dataclass(frozen=True)
class Reading:
    """What the table gave: the rows read as events, and the rows that could not be, why."""

    entries: tuple[ProposedEntry, ...]
    skipped: tuple[tuple[TableRow, str], ...]
    cut: bool = False   # the page has more rows than MAX_ROWS: those after it were not read

    @property
    def unmatched_places(self) -> list[str]:
        return sorted({e.place for e in self.entries if e.venue_id is None})


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.cut = False
        self._cell: list[str] | None = None
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self._skipping += 1
        elif tag == "tr" and len(self.rows) < MAX_ROWS:
            self.rows.append([])
            self._cell = None
        elif tag == "tr":
            self.cut, self._cell = True, None
        elif tag in ("td", "th") and self.rows and not self.cut \
                and len(self.rows[-1]) < MAX_CELLS:
            self._cell = []
            self.rows[-1].append("")
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in ("td", "th"):
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is None or self._skipping or not self.rows:
            return
        self._cell.append(data)
        text = " ".join("".join(self._cell).split())
        self.rows[-1][-1] = text[:MAX_CELL_CHARS]


def rows_of(html: bytes) -> list[TableRow]:
    """Every table row of the page, its cells' texts (bounded: see the module's limits)."""
    return _parsed(html)[0]


def _parsed(html: bytes) -> tuple[list[TableRow], bool]:
    if len(html) > MAX_HTML_BYTES:
        raise KnownError(f"The page is {len(html):,} bytes; Skver reads tables from at most "
                         f"{MAX_HTML_BYTES:,}. Type its entries in instead.")
    text = _decoded(html)
    parser = _Tables()
    try:
        parser.feed(text)
        parser.close()
    except (ValueError, AssertionError) as exc:  # html.parser's own complaints
        raise KnownError(f"The page's HTML could not be read ({exc}); type its entries in "
                         "instead.") from None
    return [TableRow(tuple(cells)) for cells in parser.rows if any(cells)], parser.cut


def _decoded(html: bytes) -> str:
    head = html[:2048].lower()
    found = re.search(rb"charset=[\"']?([a-z0-9_-]{1,40})", head)
    for encoding in ([found.group(1).decode("ascii")] if found else []) + ["utf-8"]:
        try:
            return html.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return html.decode("utf-8", errors="replace")


def read(html: bytes, venues: Iterable[Venue], mapping: Mapping[str, int] | None = None
         ) -> Reading:
    """The page's occupancy table read as events. `mapping` names the venue (id) of each place
    written on the page that matches no venue by name (the place as printed, its key)."""
    rows, cut = _parsed(html)
    header_at, columns = _header(rows)
    if header_at is None:
        raise KnownError("The page has no table whose header names a place, a date and a time "
                         "(e.g. «Место», «Дата», «Время начала»): type its entries in instead.")
    names = _names(venues)
    given = {_key(k): v for k, v in (mapping or {}).items()}
    entries, skipped = [], []
    for row in rows[header_at + 1:]:
        try:
            entries.append(_entry(row, columns, names, given))
        except ValueError as exc:
            skipped.append((row, str(exc)))
    return Reading(tuple(entries), tuple(skipped), cut)


def _header(rows: list[TableRow]) -> tuple[int | None, dict[str, int]]:
    for index, row in enumerate(rows):
        columns: dict[str, int] = {}
        for at, cell in enumerate(row.cells):
            low = cell.lower()
            for name, words in COLUMNS.items():
                if name not in columns and any(w in low for w in words):
                    columns[name] = at
                    break
            # «Дата и время проведения»: one column for both
            if columns.get("date") == at and "time" not in columns and \
                    any(w in low for w in COLUMNS["time"]):
                columns["time"] = at
        if {"place", "date"} <= columns.keys() and ({"start", "time"} & columns.keys()):
            return index, columns
    return None, {}


def _entry(row: TableRow, columns: dict[str, int], names: dict[str, int],
           given: dict[str, int]) -> ProposedEntry:
    def cell(name: str) -> str:
        at = columns.get(name)
        return row.cells[at] if at is not None and at < len(row.cells) else ""

    place = cell("place")
    if not place:
        raise ValueError("no place")
    day = _day(cell("date"))
    clocks = _clocks(cell("time"))
    if len(clocks) < 2:
        clocks = [*_clocks(cell("start"))[:1], *_clocks(cell("end"))[:1]]
    if len(clocks) < 2:
        raise ValueError("no start and end time")
    start, end = (_clock(h, m) for h, m in clocks[:2])
    if start == end:
        raise ValueError("the start and end times are the same")
    count = _NUMBER.search(cell("participants"))
    participants = int(re.sub(r"\D", "", count.group())) if count else None
    venue_id = given.get(_key(place), names.get(_key(place)))
    if len(cell("event")) > MAX_EVENT_NAME:
        raise ValueError(f"the event's name is longer than {MAX_EVENT_NAME:,} characters")
    return ProposedEntry(row, place, venue_id, day, start, end, cell("event"), participants)


def _clocks(text: str) -> list[tuple[str, str]]:
    """The clock times a cell holds, its dates taken out first (10.06.2025 is no 10:06)."""
    return _CLOCK.findall(_KK_DATE.sub(" ", _RU_DATE.sub(" ", _DATE.sub(" ", text))))


def _day(text: str) -> date:
    found_day = _any_day(text)
    if not YEARS[0] <= found_day.year <= YEARS[1]:
        raise ValueError(f"'{text}' is not a date of an akimat's schedule")
    return found_day


def _any_day(text: str) -> date:
    try:
        found = _DATE.search(text)
        if found:
            d, m, y, iy, im, id_ = found.groups()
            return date(int(iy), int(im), int(id_)) if iy else date(int(y), int(m), int(d))
        worded = _RU_DATE.search(text)
        if worded:
            return date(int(worded[3]), MONTHS[worded[2].lower()], int(worded[1]))
        worded = _KK_DATE.search(text)
        if worded:
            return date(int(worded[1]), MONTHS[worded[3].lower()], int(worded[2]))
    except ValueError:
        raise ValueError(f"'{text}' is not a real date") from None
    raise ValueError(f"no date in '{text}'")


def _clock(hours: str, minutes: str) -> time:
    if int(hours) == 24:
        return time(23, 59, 59)
    return time(int(hours), int(minutes))


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _names(venues: Iterable[Venue]) -> dict[str, int]:
    names: dict[str, int] = {}
    for venue in venues:
        if venue.id is None:
            continue
        for name in (venue.slug, venue.name_en, venue.name_ru, venue.name_kk):
            if name and _key(name):
                names.setdefault(_key(name), venue.id)
    return names


def moment(day: date, clock: time) -> datetime:
    """A naive local moment of a row (its zone is the venue's, given when it is kept)."""
    return datetime.combine(day, clock)


def span(entry: ProposedEntry) -> tuple[datetime, datetime]:
    """A row's start and end as naive local moments; an end before the start is the next day
    (an evening event that ends after midnight, 22:00-02:00)."""
    first, last = moment(entry.day, entry.start), moment(entry.day, entry.end)
    return first, last if last > first else last + timedelta(days=1)
