"""What reviewers see in photos: tags, a head count and a note, each signed and logged."""

from __future__ import annotations

from dataclasses import replace

from evidence import custody, store
from evidence.errors import KnownError
from evidence.model import Observation, PhotoRecord, Tag
from evidence.store import Case, audit


def find_photo(case: Case, ref: str) -> PhotoRecord:
    """A photo by its case id, or by the start of its SHA-256 (at least 8 hex digits)."""
    return store.photos.find(case, ref)


def parse_tags(names: list[str]) -> tuple[Tag, ...]:
    """Tag names as given by a user, checked, without repeats, in a stable order."""
    known = {t.value: t for t in Tag}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise KnownError(f"Unknown tag(s): {', '.join(unknown)}. Tags: {', '.join(known)}.")
    return tuple(sorted({known[n] for n in names}, key=lambda t: t.value))


def add(case: Case, observation: Observation, actor: str) -> Observation:
    """Records an observation and its custody entry in one transaction; returns it as stored
    (with its id and the time it was recorded)."""
    if observation.people_count is not None and observation.people_count < 0:
        raise KnownError("people_count cannot be negative.")
    if not observation.tags and observation.people_count is None and not observation.note:
        raise KnownError("An observation needs at least a tag, a people count or a note.")
    photo = store.photos.get(case, observation.photo_id)
    with case.transaction():
        stored = store.observations.insert(case, replace(observation,
                                                         observed_utc=custody.now_utc()))
        assert stored.id is not None
        audit.record(case, actor, "observation", "observations", stored.id,
                     {"photo_sha256": photo.sha256, "reviewer": observation.reviewer})
    return stored


def by_photo(case: Case) -> dict[int, tuple[Observation, ...]]:
    """Every observation, grouped by photo, oldest first."""
    return store.observations.by_photo(case)
