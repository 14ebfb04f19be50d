"""Fuzz target: venues imported from GeoJSON (`evidence.venues.import_geojson`).

Inputs are FeatureCollections, near-valid: real venue properties and Point/Polygon geometries
with hostile values swapped in (NaN and Infinity, which Python's JSON reader accepts, numbers
past what SQLite stores, wrong types, missing members, unknown properties, deep nesting, bytes
that are not UTF-8). import_geojson may only succeed or raise KnownError; a refused file leaves
the case exactly as it was, and the case verifies intact afterwards either way.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from fuzz import cases
from fuzz.hostile import hostile_number, hostile_text, json_value, nested, spoil_encoding

NAME = "geojson"
SUFFIX = ".geojson"
TIMEOUT_S = 20.0
MAX_LEN = 16 * 1024
INSTRUMENT = ("evidence",)
MODULES = ("evidence.venues", "evidence.verify")
VALID = {
    "slug": ["gandhi-park", "sary-arka", "square"],
    "name_en": ["Gandhi park", "Sary-Arka cinema square"],
    "name_ru": ["Парк Ганди", ""],
    "name_kk": ["Ганди саябағы", ""],
    "city": ["Almaty"],
    "radius_m": [50, 120.5, None],
    "capacity": [500, None],
    "legal_basis": ["Decision No. 462"],
    "decision_date": ["2020-06-01", None],
    "valid_from": ["2020-06-01", None],
    "valid_to": ["2025-01-01", None],
    "confidence": ["surveyed", "photo-gps", "approximate"],
    "notes": ["", "north gate"],
}
_work: Path | None = None


def setup(work: Path) -> None:
    global _work
    _work = work
    cases.template(work)


def _feature(slug: str, geometry: dict) -> dict:
    properties = {k: v[0] for k, v in VALID.items()} | {"slug": slug}
    return {"type": "Feature", "properties": properties, "geometry": geometry}


POINT = {"type": "Point", "coordinates": [76.9458, 43.2385]}


def seeds() -> list[bytes]:
    polygon = _feature("sary-arka", cases.SQUARE)
    polygon["properties"]["radius_m"] = None
    one = {"type": "FeatureCollection", "features": [_feature("gandhi-park", POINT), polygon]}
    return [json.dumps(one).encode(), json.dumps(one, indent=2, ensure_ascii=False).encode()]


def check(path: Path, data: bytes) -> None:
    from evidence import venues
    from evidence.errors import KnownError

    assert _work is not None, "setup() first"
    with cases.fresh(_work) as case:
        before = cases.counts(case)
        try:
            venues.import_geojson(case, path, "fuzz", replace_existing=len(data) % 2 == 0)
        except KnownError:
            cases.check_refused(case, before)
        cases.check_intact(case)


# -- hypothesis --------------------------------------------------------------------------

def number() -> st.SearchStrategy[object]:
    return st.one_of(st.floats(-200, 200), hostile_number(), hostile_text(), st.none())


def geometry() -> st.SearchStrategy[object]:
    pair = st.lists(number(), min_size=0, max_size=4)
    ring = st.lists(st.one_of(pair, st.just([76.94, 43.24])), min_size=0, max_size=6)
    kind = st.sampled_from(["Point", "Polygon", "LineString", "MultiPolygon", "", None, 7])
    return st.one_of(
        st.fixed_dictionaries({"type": kind, "coordinates": st.one_of(pair, st.lists(ring,
                                                                                     max_size=3))}),
        st.just(POINT), st.just(cases.SQUARE), json_value())


def properties() -> st.SearchStrategy[dict]:
    def value(name: str) -> st.SearchStrategy[object]:
        return st.one_of(st.sampled_from(VALID[name]), st.sampled_from(VALID[name]),
                         hostile_text(), hostile_number(), json_value(1))
    fields = st.fixed_dictionaries({}, optional={name: value(name) for name in VALID})
    return st.one_of(fields, st.builds(lambda f, k, v: {**f, k: v}, fields,
                                       st.text(max_size=6), json_value(1)))


@cache
def feature() -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries(
        {"type": st.sampled_from(["Feature"] * 4 + ["feature", ""])},
        optional={"properties": properties(), "geometry": geometry(), "id": json_value(1)})


@st.composite
def collections(draw: st.DrawFn) -> bytes:
    features = draw(st.lists(st.one_of(feature(), feature(), json_value(1)), max_size=3))
    document: object = {"type": draw(st.sampled_from(["FeatureCollection"] * 5 + ["Feature"])),
                        "features": features}
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    choice = draw(st.integers(0, 19))
    if choice == 0:  # deep nesting where a geometry or a value goes
        depth = draw(st.integers(900, 20_000))  # the JSON reader stops near 1,000
        inner = nested(depth) if draw(st.booleans()) else '{"a": ' * depth + "1" + "}" * depth
        text = text.replace('"features": ', f'"features": {inner}, "x": ', 1)
    elif choice == 1:
        return spoil_encoding(text, draw(st.binary(min_size=1, max_size=4)),
                              draw(st.integers(0, 10_000)))
    elif choice == 2:
        text = text[:draw(st.integers(0, len(text)))]  # cut short
    return text.encode("utf-8", "surrogatepass")


def strategy() -> st.SearchStrategy[bytes]:
    return collections()
