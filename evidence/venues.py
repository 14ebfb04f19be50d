"""A case's venues: added, edited, imported and exported, every change vouched for by custody.

Each write validates the whole venue (`venue_checks`), changes its row and records the row's
digest with `audit.record` in the same transaction, so `verify` catches any edit made outside.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from evidence import store
from evidence.errors import KnownError
from evidence.model import Confidence, PhotoRecord, Venue
from evidence.printable import printable
from evidence.store import Case, audit
from evidence.store import venues as rows
from evidence.venue_checks import InvalidVenue, validate
from evidence.venue_geojson import collection, features_of, from_feature
from evidence.venue_geojson import to_feature as to_feature
from evidence.venue_kml import kml

COLUMNS = rows.COLUMNS
DATASET_SUFFIX = ".geojson"


def add(case: Case, venue: Venue, actor: str, *, check_lengths: bool = True) -> int:
    """Stores a new venue; its slug must not be in the case yet. Returns its id.
    `check_lengths` False: another case's venue, its texts kept as they are (a merge)."""
    venue = validate(venue, check_lengths=check_lengths)
    with case.transaction():
        _refuse_taken_slug(case, venue.slug)
        row_id = rows.insert(case, venue)
        audit.record(case, actor, "venue-added", "venues", row_id, {"slug": venue.slug})
    return row_id


def edit(case: Case, venue_id: int, changes: dict[str, Any], actor: str) -> Venue:
    """Changes some fields of a venue (names as in `Venue`); returns the venue as stored."""
    unknown = sorted(set(changes) - set(COLUMNS))
    if unknown:
        raise KnownError(f"{', '.join(unknown)}: not a venue field that can be edited; the "
                         f"fields are {', '.join(COLUMNS)}.")
    with case.transaction():
        current = _by_id(case, venue_id)
        changes = dict(changes)
        geometry = changes.get("geometry")
        if isinstance(geometry, dict) and geometry.get("type") == "Polygon" and \
                "radius_m" not in changes:
            changes["radius_m"] = None  # an outline has no radius
        updated = validate(replace(current, **changes))
        if updated.slug != current.slug:
            _refuse_taken_slug(case, updated.slug)
        if updated == current:
            return current
        rows.update(case, venue_id, updated)
        audit.record(case, actor, "venue-edited", "venues", venue_id, {
            "slug": updated.slug, "changed": _changed(current, updated)})
    return updated


def set_from_photo(case: Case, venue_id: int, photo_id: int, actor: str,
                   radius_m: float | None = None) -> Venue:
    """Places a venue at a photo's GPS position (a Point); its confidence becomes photo-gps."""
    with case.transaction():
        current = _by_id(case, venue_id)
        photo = store.photos.get(case, photo_id)
        if photo.latitude is None or photo.longitude is None:
            raise KnownError(f"Photo {photo_id} ({_name(photo)}) has no GPS position, so it "
                             f"cannot place venue {current.slug}. Choose a photo that has one "
                             "(`photos --case DIR` lists them) or give --lat and --lon.")
        if radius_m is None and current.geometry.get("type") == "Point":
            radius_m = current.radius_m
        if radius_m is None:
            raise InvalidVenue("radius_m", f"Venue {current.slug} is a Polygon; give radius_m "
                               "(--radius-m) for the point taken from the photo.")
        updated = validate(replace(
            current, geometry={"type": "Point",
                               "coordinates": [photo.longitude, photo.latitude]},
            radius_m=radius_m, confidence=Confidence.PHOTO_GPS))
        rows.update(case, venue_id, updated)
        audit.record(case, actor, "venue-set-from-photo", "venues", venue_id, {
            "slug": updated.slug, "photo_id": photo_id, "photo_sha256": photo.sha256,
            "changed": _changed(current, updated)})
    return updated


def get(case: Case, id_or_slug: int | str) -> Venue:
    """A venue by its slug, or by its id (a number)."""
    found = None
    if isinstance(id_or_slug, str):
        found = rows.by_slug(case, id_or_slug)
    text = str(id_or_slug)
    if found is None and text.isascii() and text.isdigit() and len(text) <= 18:
        found = rows.by_id(case, int(text))
    if found is None:
        raise KnownError(f"There is no venue {id_or_slug!r} in this case; `venue list --case "
                         "DIR` shows the venues it has.")
    return found


def all_venues(case: Case) -> list[Venue]:
    """Every venue, sorted by slug."""
    return rows.all_venues(case)


# -- files -------------------------------------------------------------------------------


def import_geojson(case: Case, source: str | Path | Traversable, actor: str,
                   replace_existing: bool = False) -> list[int]:
    """Imports a FeatureCollection whole or not at all; returns the ids in the file's order.

    Every feature is validated before anything is written. A slug already in the case is an
    error unless `replace_existing`, which then updates that venue (keeping its id).
    """
    source = Path(source) if isinstance(source, str) else source
    data = _read(source)
    name = source.name
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise KnownError(f"{name} is not UTF-8 text; nothing was imported.") from None
    except ValueError as exc:
        raise KnownError(f"{name} is not valid JSON ({exc}); nothing was imported.") from None
    except RecursionError:
        raise KnownError(f"{name} nests its JSON too deeply to be a venue file; nothing was "
                         "imported.") from None
    venues = [from_feature(f, i) for i, f in enumerate(features_of(document, name))]
    _refuse_repeated_slugs(venues)
    details = {"source": name, "source_sha256": hashlib.sha256(data).hexdigest()}
    with case.transaction():
        existing = rows.slug_ids(case)
        for n, venue in enumerate(venues):
            if venue.slug in existing and not replace_existing:
                raise InvalidVenue("slug", f"Feature {n + 1} (features[{n}]), field slug: a "
                                   f"venue with slug {venue.slug!r} is already in the case; "
                                   "import with --replace to update it. Nothing was imported.")
        return [_import_one(case, venue, existing.get(venue.slug), actor, details)
                for venue in venues]


def export_geojson(case: Case) -> dict[str, Any]:
    """Every venue as a FeatureCollection, sorted by slug (dump it with venue_geojson.dumps)."""
    return collection(all_venues(case))


def export_kml(case: Case) -> str:
    """Every venue as a KML document for Google Earth, sorted by slug."""
    return kml(all_venues(case))


def bundled_datasets() -> list[str]:
    """Names of the venue datasets shipped with Skver (e.g. almaty-2020)."""
    folder = resources.files("resources") / "venues"
    return sorted(p.name.removesuffix(DATASET_SUFFIX) for p in folder.iterdir()
                  if p.name.endswith(DATASET_SUFFIX))


def bundled(name: str) -> Traversable:
    """A shipped dataset by name, to pass to `import_geojson`."""
    if name not in bundled_datasets():
        raise KnownError(f"There is no bundled venue dataset {name!r}; the bundled ones are: "
                         f"{', '.join(bundled_datasets())}.")
    return resources.files("resources") / "venues" / f"{name}{DATASET_SUFFIX}"


# -- rows --------------------------------------------------------------------------------


def _import_one(case: Case, venue: Venue, row_id: int | None, actor: str,
                details: dict[str, Any]) -> int:
    if row_id is None:
        row_id = rows.insert(case, venue)
        audit.record(case, actor, "venue-imported", "venues", row_id,
                     {**details, "slug": venue.slug})
        return row_id
    current = _by_id(case, row_id)
    if replace(venue, id=row_id) != current:
        rows.update(case, row_id, venue)
        audit.record(case, actor, "venue-replaced", "venues", row_id,
                     {**details, "slug": venue.slug, "changed": _changed(current, venue)})
    return row_id


def _read(source: Path | Traversable) -> bytes:
    try:
        return source.read_bytes()
    except FileNotFoundError:
        raise KnownError(f"No such file: {source}") from None
    except OSError as exc:
        raise KnownError(f"Could not read {source}: {exc.strerror or exc}") from None


def _refuse_repeated_slugs(venues: list[Venue]) -> None:
    first: dict[str, int] = {}
    for n, venue in enumerate(venues):
        if venue.slug in first:
            raise InvalidVenue("slug", f"Feature {n + 1} (features[{n}]), field slug: slug "
                               f"{venue.slug!r} is also used by feature {first[venue.slug] + 1};"
                               " each venue needs its own. Nothing was imported.")
        first[venue.slug] = n


def _refuse_taken_slug(case: Case, slug: str) -> None:
    taken = rows.by_slug(case, slug)
    if taken is not None:
        raise InvalidVenue("slug", f"slug {slug!r} is already used by venue {taken.id}; "
                           "choose another slug, or edit that venue instead.")


def _by_id(case: Case, venue_id: int) -> Venue:
    found = rows.by_id(case, venue_id)
    if found is None:
        raise KnownError(f"There is no venue with id {venue_id} in this case.")
    return found


def _name(photo: PhotoRecord) -> str:
    """The photo's first import name (outside text: made printable) or its hash."""
    return printable(photo.names[0]) if photo.names else photo.sha256[:16]


def _changed(before: Venue, after: Venue) -> list[str]:
    return [name for name in COLUMNS if getattr(before, name) != getattr(after, name)]
