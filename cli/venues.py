"""Venue commands: `venue list`, `venue add`, `venue edit`, `venue import`, `venue export`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from cli.common import EXIT_OK, actor, case_command, existing, open_case
from cli.output import say, show_json
from evidence import venues
from evidence.errors import KnownError
from evidence.model import Confidence, Venue
from evidence.tempfiles import replacing
from evidence.venue_geojson import dumps, to_feature

FORMATS = {".geojson": "geojson", ".json": "geojson", ".kml": "kml"}
# (option, Venue field, help); text options given as "" on `edit` clear the field.
TEXT_OPTIONS = (
    ("--name-ru", "name_ru", "the name in Russian"),
    ("--name-kk", "name_kk", "the name in Kazakh"),
    ("--city", "city", "e.g. Almaty"),
    ("--legal-basis", "legal_basis", "the decision that designated the venue"),
    ("--notes", "notes", "what is known and what is not"),
)
DATE_OPTIONS = (
    ("--decision-date", "decision_date", "the designating decision's date, YYYY-MM-DD"),
    ("--valid-from", "valid_from", "first day the venue was designated, YYYY-MM-DD"),
    ("--valid-to", "valid_to", "last day the venue was designated, YYYY-MM-DD"),
)


def add_to(commands: argparse._SubParsersAction) -> None:
    venue = commands.add_parser(
        "venue", help="the places designated for assemblies: list, add, edit, import, export")
    actions = venue.add_subparsers(metavar="ACTION", required=True)

    listing = case_command(actions, "list", "list a case's venues", run_list)
    listing.add_argument("--json", action="store_true", help="print the venues as JSON")

    add = case_command(actions, "add", "add a venue", run_add, writes=True)
    add.add_argument("--slug", required=True, help="a short handle: a-z, 0-9 and hyphens")
    add.add_argument("--name-en", required=True, help="the name in English")
    _venue_options(add, editing=False)

    edit = case_command(actions, "edit", "change a venue's fields", run_edit, writes=True,
                        description="Only the options given change; an empty text or date "
                        "(e.g. --valid-to '') clears that field.")
    edit.add_argument("venue", metavar="SLUG", help="the venue's slug (or id)")
    edit.add_argument("--slug", default=argparse.SUPPRESS, help="a new slug")
    edit.add_argument("--name-en", default=argparse.SUPPRESS, help="the name in English")
    _venue_options(edit, editing=True)
    edit.add_argument("--from-photo", type=int, metavar="PHOTO_ID", default=argparse.SUPPRESS,
                      help="place the venue at this photo's GPS position (confidence "
                      "becomes photo-gps); `photos --case DIR` lists the ids")

    imp = case_command(actions, "import", "import venues from GeoJSON, all or nothing", run_import,
                       writes=True)
    imp.add_argument("source", metavar="PATH|DATASET",
                     help="a GeoJSON FeatureCollection, or the name of a bundled dataset: "
                     + ", ".join(venues.bundled_datasets()))
    imp.add_argument("--replace", action="store_true",
                     help="update venues whose slug is already in the case (else an error)")

    export = case_command(actions, "export", "write the venues to GeoJSON or KML", run_export)
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    export.add_argument("--format", choices=("geojson", "kml"),
                        help="default: from the file's suffix (.geojson, .json, .kml)")



def _venue_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    default = argparse.SUPPRESS if editing else None
    for option, field, text in TEXT_OPTIONS + DATE_OPTIONS:
        parser.add_argument(option, dest=field, default=default, help=text)
    place = parser.add_argument_group("where (a point with a radius, or a GeoJSON geometry)")
    place.add_argument("--lat", type=float, default=default, help="latitude, decimal degrees")
    place.add_argument("--lon", type=float, default=default, help="longitude, decimal degrees")
    place.add_argument("--radius-m", type=float, dest="radius_m", default=default,
                       help="how far from the point the venue extends, metres")
    place.add_argument("--geometry-file", metavar="FILE", default=default,
                       help="a GeoJSON Point or Polygon (a geometry, or a Feature holding one)")
    parser.add_argument("--capacity", type=_capacity, default=default,
                        help="how many people the venue is designated for")
    parser.add_argument("--confidence", choices=[c.value for c in Confidence],
                        default=default if editing else Confidence.APPROXIMATE.value,
                        help="how sure the position is (default for a new venue: approximate)")


def run_list(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    with open_case(args.case) as case:
        found = venues.all_venues(case)
    if args.json:
        show_json([_as_json(v) for v in found])
        return EXIT_OK
    for v in found:
        valid = f"{v.valid_from or '…'} to {v.valid_to or '…'}"
        say(f"{v.id:>4}  {v.slug:<28} {v.confidence:<12} {valid:<26} {v.name_en}")
    if not found:
        say("No venues yet: `venue add` or `venue import` adds them.")
    return EXIT_OK


def run_add(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    values = _given(args)
    if "geometry" not in values:
        args.command.error("say where the venue is: --lat and --lon (with --radius-m), or "
                           "--geometry-file")
    with open_case(args.case) as case:
        row_id = venues.add(case, Venue(**values), actor(args.actor))
    say(f"Added venue {row_id}: {values['slug']} ({values['name_en']}).")
    return EXIT_OK


def run_edit(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    changes = _given(args)
    photo = getattr(args, "from_photo", None)
    if photo is not None and "geometry" in changes:
        args.command.error("--from-photo sets the position itself; leave out --lat, --lon "
                           "and --geometry-file")
    with open_case(args.case) as case:
        before = venues.get(case, args.venue)
        assert before.id is not None  # a stored venue
        if photo is not None:
            venues.set_from_photo(case, before.id, photo, actor(args.actor),
                                  radius_m=changes.pop("radius_m", None))
        after = venues.edit(case, before.id, changes, actor(args.actor)) if changes \
            else venues.get(case, before.id)
    changed = [k for k in vars(before) if getattr(before, k) != getattr(after, k)]
    say(f"Venue {after.id} {after.slug}: " +
        (f"changed {', '.join(changed)}." if changed else "nothing changed."))
    return EXIT_OK


def run_import(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    source: Any = Path(args.source)
    if not source.exists():
        if args.source not in venues.bundled_datasets():
            args.command.error(f"no such file, and no bundled dataset named {args.source!r} "
                               f"(bundled: {', '.join(venues.bundled_datasets())})")
        source = venues.bundled(args.source)
    with open_case(args.case) as case:
        ids = venues.import_geojson(case, source, actor(args.actor),
                                    replace_existing=args.replace)
        slugs = [venues.get(case, i).slug for i in ids]
    say(f"Imported {len(ids)} venues from {source.name}: {', '.join(slugs)}.")
    return EXIT_OK


def run_export(args: argparse.Namespace, _parser: argparse.ArgumentParser) -> int:
    out = Path(args.out)
    kind = args.format or FORMATS.get(out.suffix.lower())
    if kind is None:
        args.command.error(f"cannot tell the format from {out.name!r}; name it .geojson or "
                           ".kml, or give --format")
    with open_case(args.case) as case:
        count = len(venues.all_venues(case))
        text = dumps(venues.export_geojson(case)) if kind == "geojson" \
            else venues.export_kml(case)
    try:
        with replacing(out) as temp:   # whole or not at all, the owner's only (OUTPUT_MODE)
            temp.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise KnownError(f"Could not write {out}: {exc.strerror or exc}") from None
    say(f"Exported {count} venues to {out} ({kind}).")
    return EXIT_OK


def _given(args: argparse.Namespace) -> dict[str, Any]:
    """The venue fields the options set; "" clears a text or date field to its empty value."""
    names = ("slug", "name_en", "radius_m", "capacity", "confidence",
             *(f for _o, f, _t in TEXT_OPTIONS + DATE_OPTIONS))
    values = {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}
    for _option, field, _text in DATE_OPTIONS:
        if values.get(field) == "":
            values[field] = None
    if hasattr(args, "capacity") and args.capacity == "":
        values["capacity"] = None
    geometry = _geometry(args)
    if geometry is not None:
        values["geometry"] = geometry
    return values


def _geometry(args: argparse.Namespace) -> dict[str, Any] | None:
    lat, lon = getattr(args, "lat", None), getattr(args, "lon", None)
    path = getattr(args, "geometry_file", None)
    if path is not None and (lat is not None or lon is not None):
        args.command.error("give either --lat/--lon or --geometry-file, not both")
    if (lat is None) != (lon is None):
        args.command.error("--lat and --lon go together")
    if lat is not None:
        return {"type": "Point", "coordinates": [lon, lat]}
    return None if path is None else _geometry_file(existing(path, what="geometry file"))


def _geometry_file(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KnownError(f"Could not read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise KnownError(f"{path} is not GeoJSON: {exc}") from None
    if isinstance(document, dict) and document.get("type") == "FeatureCollection" and \
            len(document.get("features") or []) == 1:
        document = document["features"][0]
    if isinstance(document, dict) and document.get("type") == "Feature":
        document = document.get("geometry")
    if not isinstance(document, dict):
        raise KnownError(f"{path} holds no GeoJSON geometry: give a Point or Polygon, or a "
                         "Feature holding one.")
    return document


def _capacity(text: str) -> int | str:
    if text == "":
        return ""  # `edit --capacity ''` clears it
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def _as_json(venue: Venue) -> dict[str, Any]:
    feature = to_feature(venue)
    return {"id": venue.id, **feature["properties"], "geometry": feature["geometry"]}
