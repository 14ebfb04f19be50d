"""Cases and page parsing for the HTML report's tests (Qt-free and Qt WebEngine alike)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from evidence import claims, demo, observations, venues
from evidence.importer import import_paths
from evidence.model import Observation, Tag
from evidence.store import Case
from tests.helpers.photos import Shot, write_photo

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
CLOSE = "</script><script>alert(2)</script>"
TEMPLATE = "{{7*7}}"
LINE_SEP = "\u2028"
HOSTILE = f"{SCRIPT} {IMG} {CLOSE} {TEMPLATE} {LINE_SEP}end"
# EXIF text is ASCII: a camera's make, model and Software tag carrying markup, CSS that would
# fetch from the network, and a script.
CSS = "</style><style>*{background:url(http://evil.example/css)}</style>"
EXIF_HOSTILE = f"{SCRIPT} {CSS} {IMG}"
# A file name cannot hold a slash.
FILE_NAME = f"{SCRIPT} {IMG} {TEMPLATE}".replace("/", "") + ".jpg"
HOSTILE_CLAIM = 3


def hostile_case(folder: Path) -> tuple[Path, int]:
    """The demo case where a venue name, claim 3's excuse and document number, a photo's file
    name and EXIF text, an observation's reviewer and note are all hostile; the case and that
    photo's id."""
    root = demo.build(folder / "hostile")
    with Case.open(root) as case:
        square = next(v for v in venues.all_venues(case) if v.slug == "valikhanov-square")
        venues.edit(case, square.id, {"name_en": f"Square {HOSTILE}"}, "tester")
        claims.edit(case, HOSTILE_CLAIM, {"excuse_text": f"Repair {HOSTILE}",
                                          "document_number": f"No. {HOSTILE}"}, "tester")
        lon, lat = square.geometry["coordinates"]
        shot = Shot(taken="2022:08:20 19:30:00", offset="+06:00", lat=lat, lon=lon,
                    accuracy=8.0, bearing=45.0, make=f"Make {EXIF_HOSTILE}",
                    model=f"Model {EXIF_HOSTILE}", software=f"Software {EXIF_HOSTILE}")
        photo = write_photo(folder / FILE_NAME, shot)
        result, = import_paths(case, [str(photo)], actor="tester", workers=1)
        observations.add(case, Observation(result.photo_id, f"Reviewer {HOSTILE}",
                                           (Tag.VENUE_EMPTY,), 0, f"Note {HOSTILE}"), "tester")
    return root, result.photo_id


@dataclass
class Parsed:
    """What a page holds: its elements with their attributes, its text, its scripts' text
    (what a browser would run), its data blocks (JSON a browser never runs), and each srcdoc
    frame's page (parsed as its own document)."""

    elements: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    text: str = ""
    scripts: list[str] = field(default_factory=list)
    data_blocks: list[str] = field(default_factory=list)
    frames: list[str] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Parsed()
        self._in_script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = dict(attrs)
        self.page.elements.append((tag, found))
        if tag == "script":
            data = found.get("type") == "application/json"
            self._in_script = self.page.data_blocks if data else self.page.scripts
            self._in_script.append("")
        if tag == "iframe" and found.get("srcdoc") is not None:
            self.page.frames.append(found["srcdoc"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._in_script[-1] += data
        else:
            self.page.text += data


def parse(page: str) -> Parsed:
    parser = _Parser()
    parser.feed(page)
    parser.close()
    return parser.page
