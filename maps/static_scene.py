"""What a static claim map shows, as plain shapes in image pixels, before any drawing backend.

A scene is a list of primitives (areas, outlines, discs, labels, boxes) in the finished image's
pixel coordinates; `static_raster` draws them with Pillow, `static_svg` writes them as SVG.
This module also turns a claim's analysis result into its exhibits: photo n of a claim's result
is exhibit n of that claim, labelled "C{claim}-E{n}" in a report and on the map's badge.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from evidence.facts import DEFAULT_ACCURACY_M
from evidence.model import PhotoRecord
from evidence.results import ClaimResult, Outcome, Verdict

RGB = tuple[int, int, int]
Point = tuple[float, float]

# Colours: Okabe-Ito hues, told apart by colour-blind readers too.
PAPER: RGB = (241, 240, 236)
GRID: RGB = (222, 220, 213)
INK: RGB = (26, 26, 26)
MUTED: RGB = (85, 85, 85)
WHITE: RGB = (255, 255, 255)
PANEL_EDGE: RGB = (200, 198, 192)
VENUE_EDGE: RGB = (0, 110, 80)
VENUE_FILL: RGB = (0, 158, 115)


def rgb(colour: str) -> RGB:
    """'#rrggbb' as an (r, g, b) triple."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


READING_COLOURS: dict[Outcome, RGB] = {o: rgb(o.colour) for o in Outcome}
VERDICT_COLOURS: dict[Verdict, RGB] = {v: rgb(v.colour) for v in Verdict}
CONE_DEG = 60.0
NICE_STEPS = (1, 2, 5)


@dataclass(frozen=True)
class Area:
    """Filled rings, even-odd: the first is the outside, any further ones are holes."""
    rings: tuple[tuple[Point, ...], ...]
    fill: RGB
    alpha: float = 1.0


@dataclass(frozen=True)
class Outline:
    points: tuple[Point, ...]
    colour: RGB
    width: float
    closed: bool = False


@dataclass(frozen=True)
class Disc:
    x: float
    y: float
    r: float
    fill: RGB | None
    alpha: float = 1.0
    outline: RGB | None = None
    width: float = 0.0


@dataclass(frozen=True)
class Label:
    """Text at (x, y); `anchor` as Pillow spells it: 'la' left/top, 'mm' centre, 'rs' ..."""
    x: float
    y: float
    text: str
    size: float
    colour: RGB
    anchor: str = "la"
    bold: bool = False


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    fill: RGB
    outline: RGB | None = None
    width: float = 0.0


Primitive = Area | Outline | Disc | Label | Box


@dataclass(frozen=True)
class PhotoMark:
    """One exhibit on the map: where the photo was taken, how sure, which way it looked."""
    exhibit: int
    label: str                      # its badge: the exhibit's label in the report, 'C3-E2'
    photo_id: int
    lat: float
    lon: float
    radius_m: float                 # GPS accuracy as recorded (pairing caps it at 150 m)
    accuracy_stated: bool           # False: not recorded, DEFAULT_ACCURACY_M assumed
    bearing_deg: float | None
    reading: Outcome
    at_edge: bool
    video: bool = False             # a video: its dot has a dark ring where a photo's is white


def exhibit_numbers(claim: ClaimResult) -> dict[int, int]:
    """{photo_id: exhibit number} for a claim's result: 1, 2, ... in the result's order."""
    return {p.photo_id: n for n, p in enumerate(claim.photos, start=1)}


def exhibit_label(claim_id: int, exhibit: int) -> str:
    """How a report names exhibit `exhibit` of claim `claim_id`: 'C3-E2'."""
    return f"C{claim_id}-E{exhibit}"


def photo_marks(claim: ClaimResult, records: Mapping[int, PhotoRecord]) -> list[PhotoMark]:
    """The claim's exhibits that have a position, from their stored records by photo id."""
    marks = []
    for n, photo in enumerate(claim.photos, start=1):
        record = records.get(photo.photo_id)
        if record is None:
            continue
        meta = record.inspection.metadata
        if meta.latitude is None or meta.longitude is None:
            continue
        accuracy = meta.gps_accuracy_m
        radius = DEFAULT_ACCURACY_M if accuracy is None else float(accuracy)
        bearing = meta.bearing_deg
        marks.append(PhotoMark(n, exhibit_label(claim.claim_id, n), photo.photo_id,
                               float(meta.latitude), float(meta.longitude),
                               radius, accuracy is not None,
                               None if bearing is None else float(bearing) % 360.0,
                               photo.outcome, photo.at_edge, photo.fact.is_video))
    return marks


def nice_length(at_most: float) -> float:
    """The largest of 1, 2, 5, 10, 20, 50, ... (metres) not above `at_most` (at least 1)."""
    if at_most < 1:
        return 1.0
    power = 10 ** math.floor(math.log10(at_most))
    return float(max(s * power for s in NICE_STEPS if s * power <= at_most))


def heading(bearing_deg: float) -> Point:
    """The image-space unit vector of a compass bearing (0 north, 90 east; y grows south)."""
    rad = math.radians(bearing_deg)
    return math.sin(rad), -math.cos(rad)


def wedge(x: float, y: float, bearing_deg: float, length: float,
          width_deg: float = CONE_DEG, steps: int = 16) -> tuple[Point, ...]:
    """A camera's view cone: apex at (x, y), `width_deg` wide about `bearing_deg`."""
    points = [(x, y)]
    for i in range(steps + 1):
        dx, dy = heading(bearing_deg - width_deg / 2 + width_deg * i / steps)
        points.append((x + dx * length, y + dy * length))
    return tuple(points)
