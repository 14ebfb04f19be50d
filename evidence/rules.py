"""Which observations contradict or support each kind of excuse: the rules a verdict rests on.

Kept apart and plain so that a lawyer, or the other side's expert, can read and contest them.
"""

from __future__ import annotations

from dataclasses import dataclass

from evidence.model import Category, Observation, Tag

# Fewer people than this do not make a venue unavailable, whatever they are doing.
SMALL_GATHERING = 20
NOBODY = "nobody there"

CONTRADICTS: dict[Category, frozenset[Tag]] = {
    Category.REPAIR_WORKS: frozenset({Tag.NO_REPAIR_ACTIVITY, Tag.ACCESS_OPEN}),
    Category.OTHER_EVENT: frozenset({Tag.VENUE_EMPTY, Tag.NO_EVENT_VISIBLE}),
    Category.CAPACITY: frozenset({Tag.VENUE_EMPTY, Tag.NO_EVENT_VISIBLE}),
}
SUPPORTS: dict[Category, frozenset[Tag]] = {
    Category.REPAIR_WORKS: frozenset({Tag.REPAIR_ACTIVITY, Tag.BARRIERS_OR_FENCING,
                                      Tag.ACCESS_BLOCKED}),
    Category.OTHER_EVENT: frozenset({Tag.EVENT_IN_PROGRESS, Tag.STAGE_OR_EQUIPMENT,
                                     Tag.ACCESS_BLOCKED}),
    Category.CAPACITY: frozenset({Tag.EVENT_IN_PROGRESS, Tag.ACCESS_BLOCKED}),
}
# Photos of the venue cannot test these; the record (or other evidence) must.
NOT_TESTABLE_BY_PHOTOS = frozenset({Category.PUBLIC_ORDER, Category.EPIDEMIC,
                                    Category.PROCEDURAL, Category.LATE_FILING, Category.OTHER})
CROWD_CATEGORIES = frozenset({Category.OTHER_EVENT, Category.CAPACITY})


@dataclass(frozen=True)
class Reading:
    """What one photo's observations say about one claim."""

    contradicts: tuple[str, ...]   # the tags (or facts) that contradict, as words
    supports: tuple[str, ...]
    few_people: int | None = None  # the head count, when too few people contradict the excuse


def read(category: Category, observations: list[Observation]) -> Reading:
    """How a photo's observations bear on an excuse of this category."""
    tags = {tag for o in observations for tag in o.tags}
    counts = [o.people_count for o in observations if o.people_count is not None]
    against = sorted(t.value for t in tags & CONTRADICTS.get(category, frozenset()))
    backing = sorted(t.value for t in tags & SUPPORTS.get(category, frozenset()))
    few = None
    if category in CROWD_CATEGORIES and counts and max(counts) < SMALL_GATHERING:
        # A handful of people with an amplifier is not an event that occupies the venue.
        few = max(counts)
        against.append(f"only {few} people (fewer than {SMALL_GATHERING})" if few else NOBODY)
        backing = [t for t in backing if t == Tag.ACCESS_BLOCKED.value]
    return Reading(tuple(against), tuple(backing), few)


def describe() -> list[str]:
    """The rules in sentences, for the report's methodology section."""
    lines = []
    for category in Category:
        if category in NOT_TESTABLE_BY_PHOTOS:
            lines.append(f"{category.value}: not testable by photos of the venue.")
        elif category is Category.NOT_DESIGNATED:
            lines.append("not_designated: tested against the venue's designation (legal basis "
                         "and validity dates) on the event date, not by photos.")
        else:
            lines.append(
                f"{category.value}: contradicted by "
                f"{', '.join(sorted(t.value for t in CONTRADICTS[category]))}"
                + (f", or fewer than {SMALL_GATHERING} people"
                   if category in CROWD_CATEGORIES else "")
                + f"; supported by {', '.join(sorted(t.value for t in SUPPORTS[category]))}.")
    return lines
