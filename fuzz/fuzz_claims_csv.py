"""Fuzz target: refusals imported from a spreadsheet (`evidence.claims_csv.import_csv`).

Inputs are CSV files, near-valid: the real columns (some missing, repeated or unknown), in any
order and with any of the separators spreadsheets write, rows of plausible values salted with
hostile ones (huge numbers, NaN, impossible dates and clock times, control characters, bytes
that are not UTF-8). import_csv may only succeed or raise KnownError; a refused file leaves the
case exactly as it was, and the case verifies intact afterwards either way.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import strategies as st

from fuzz import cases
from fuzz.hostile import hostile_text, spoil_encoding

NAME = "claims_csv"
SUFFIX = ".csv"
TIMEOUT_S = 20.0
MAX_LEN = 16 * 1024
INSTRUMENT = ("evidence",)
MODULES = ("evidence.claims_csv", "evidence.verify")
COLUMNS = ("document_number", "document_date", "authority", "signatory", "event_date",
           "event_hours", "expected_participants", "venue", "window_start", "window_end",
           "excuse_text", "category", "alternative_offered", "notes")
VALID = {
    "document_number": ["Z-1", "№ 12/345-Д", "A-7"],
    "document_date": ["2022-08-18", "2024-03-01"],
    "authority": ["Akimat of Almaty", "Алматы қаласының әкімдігі"],
    "signatory": ["Deputy akim", ""],
    "event_date": ["2022-08-20", ""],
    "event_hours": ["10:00-12:00", ""],
    "expected_participants": ["1 500", "30", ""],
    "venue": ["square", "1"],
    "window_start": ["2022-08-20 10:00", "2022-08-20", "2024-02-29 23:00", "2022-08-20T10:00Z"],
    "window_end": ["2022-08-20 18:00", "18:00", "24:00", "2024-03-01 01:00", ""],
    "excuse_text": ["Ремонтные работы", "мәдени іс-шара", "A cultural event is scheduled"],
    "category": ["repair_works", "other_event", ""],
    "alternative_offered": ["", "Gandhi park"],
    "notes": ["", "checked on site"],
}
_work: Path | None = None


def setup(work: Path) -> None:
    global _work
    _work = work
    cases.template(work)


def seeds() -> list[bytes]:
    header = ",".join(COLUMNS)
    row = ",".join(VALID[c][0] for c in COLUMNS)
    return [f"{header}\n{row}\n".encode(), f"\ufeff{header}\n{row}\n{row}\n".encode(),
            f"{header.replace(',', ';')}\n{row.replace(',', ';')}\n".encode()]


def check(path: Path, data: bytes) -> None:
    from evidence.claims_csv import import_csv
    from evidence.errors import KnownError

    assert _work is not None, "setup() first"
    with cases.fresh(_work) as case:
        before = cases.counts(case)
        try:
            ids = import_csv(case, path, "fuzz")
        except KnownError:
            cases.check_refused(case, before)
        else:
            added = cases.counts(case)["claims"] - before["claims"]
            if added != len(ids):
                raise cases.Inconsistent(f"import_csv returned {len(ids)} ids, added {added}")
        cases.check_intact(case)


# -- hypothesis --------------------------------------------------------------------------

def cell(column: str) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(VALID[column]), st.sampled_from(VALID[column]),
                     hostile_text())


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    columns = draw(st.one_of(st.just(list(COLUMNS)), st.permutations(COLUMNS),
                             st.lists(st.sampled_from([*COLUMNS, "extra", ""]), min_size=1,
                                      max_size=16)))
    rows = draw(st.lists(st.fixed_dictionaries({c: cell(c) for c in set(columns)
                                                if c in COLUMNS}), min_size=0, max_size=4))
    separator = draw(st.sampled_from([",", ";", "\t"]))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator=draw(
        st.sampled_from(["\n", "\r\n", "\r"])))
    writer.writerow(columns)
    for row in rows:
        cells = [row.get(c, "") for c in columns]
        if draw(st.integers(0, 9)) == 0:
            cells.append(draw(hostile_text()))  # one cell too many
        writer.writerow(cells)
    text = out.getvalue()
    if draw(st.booleans()):
        text = "\ufeff" + text
    if draw(st.integers(0, 4)) == 0:
        return spoil_encoding(text, draw(st.binary(min_size=1, max_size=4)),
                              draw(st.integers(0, 10_000)))
    return text.encode("utf-8", "surrogatepass")


def strategy() -> st.SearchStrategy[bytes]:
    return csv_files()
