"""Which observations contradict or support each kind of excuse: the rules a verdict rests on.

Kept apart and plain so that a lawyer, or the other side's expert, can read and contest them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from evidence.model import Category, Observation, Tag
from evidence.phrases import Phrase, phrase

# Fewer people than this do not make a venue unavailable, whatever they are doing.
SMALL_GATHERING = 20

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
class HeadCount:
    """A reviewer's head count that contradicts a crowd excuse: fewer people than `limit`."""

    count: int
    limit: int = SMALL_GATHERING

    def phrase(self) -> Phrase:
        if not self.count:
            return phrase("seen.nobody")
        return phrase("seen.few_people", count=self.count, limit=self.limit)

    @property
    def code(self) -> str:
        """How the analysis JSON names it (an English phrase, kept for that shape)."""
        return ("nobody there" if not self.count else
                f"only {self.count} people (fewer than {self.limit})")


# What a photo shows that bears on an excuse: a tag a reviewer gave, or their head count.
Sighting = Tag | HeadCount


def sighting_phrase(item: Sighting) -> Phrase:
    return item.phrase() if isinstance(item, HeadCount) else phrase(f"tag.{item.value}")


def sighting_code(item: Sighting) -> str:
    return item.code if isinstance(item, HeadCount) else item.value


@dataclass(frozen=True)
class Reading:
    """What one photo's observations say about one claim."""

    contradicts: tuple[Sighting, ...] = ()
    supports: tuple[Sighting, ...] = ()

    @property
    def head_count(self) -> HeadCount | None:
        return next((s for s in self.contradicts if isinstance(s, HeadCount)), None)


def read(category: Category, observations: Iterable[Observation]) -> Reading:
    """How a photo's observations bear on an excuse of this category."""
    seen = list(observations)
    tags = {tag for o in seen for tag in o.tags}
    counts = [o.people_count for o in seen if o.people_count is not None]
    against: list[Sighting] = [*sorted(tags & CONTRADICTS.get(category, frozenset()))]
    backing: list[Sighting] = [*sorted(tags & SUPPORTS.get(category, frozenset()))]
    if category in CROWD_CATEGORIES and counts and max(counts) < SMALL_GATHERING:
        # A handful of people with an amplifier is not an event that occupies the venue.
        against.append(HeadCount(max(counts)))
        backing = [t for t in backing if t == Tag.ACCESS_BLOCKED]
    return Reading(tuple(against), tuple(backing))


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
