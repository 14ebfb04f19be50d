"""What a monitor brings to the refusal commands: the venues the refusals name, an authority's
letter, and a spreadsheet of refusals."""

from __future__ import annotations

from pathlib import Path

from evidence import venues
from evidence.model import Confidence, Venue
from evidence.store import Case

HEADER = ("document_number,document_date,authority,signatory,event_date,event_hours,"
          "expected_participants,venue,window_start,window_end,excuse_text,category,"
          "alternative_offered,notes")

ROWS = (
    'ЗТ-Б-1234,2022-08-15,Акимат г. Алматы,Иванов И.И.,2022-08-20,18:00-20:00,300,sary-arka,'
    '2022-08-20 18:00,2022-08-20 23:00,"В связи с проведением ремонтных работ, сквер закрыт",,'
    'нет,',
    '05-12/77,2024-02-20,,,,,,2,2024-02-29 20:00,2024-03-01 02:00,Мәдени іс-шара өткізіледі,'
    'other_event,,"a note\nover two lines"',
    'X-1,2024-06-01,,,,,1 500,gandhi-park,2024-06-01 10:00Z,12:00,a concert is scheduled,,,',
)


def add_venue(case: Case, slug: str = "sary-arka") -> int:
    """A venue for refusals to name (a point in Almaty, 80 m around it), added as a user adds
    one; its id."""
    return venues.add(case, Venue(
        slug=slug, name_en=slug.replace("-", " ").title(),
        geometry={"type": "Point", "coordinates": [76.95, 43.25]}, radius_m=80,
        confidence=Confidence("approximate")), "t")


def a_pdf(path: Path, text: str = "Акимат города Алматы. Исх. № ЗТ-Б-1234") -> Path:
    """A small file that is a PDF by its signature: an authority's letter."""
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + text.encode() + b"\n%%EOF\n")
    return path


def write_csv(path: Path, *rows: str, header: str = HEADER, bom: bool = False,
              separator: str = ",") -> Path:
    """A spreadsheet of refusals as UTF-8 CSV; `bom` and `separator` as a Russian Excel saves
    it."""
    text = "\n".join([header, *rows]) + "\n"
    if separator != ",":
        text = text.replace(",", separator)
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path
