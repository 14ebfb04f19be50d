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
class Crowd:
    """What a head count is held against for a crowd excuse.

    When the refusal's record gives both the assembly's expected participants (as notified) and
    the venue's capacity (as its designation states it), a head count is compared with the room
    the people seen leave: if the assembly still fits beside them, they did not make the venue
    unavailable. Without both figures, the fixed threshold `SMALL_GATHERING` is the fallback.
    """

    expected: int | None = None    # the assembly's expected participants
    capacity: int | None = None    # how many people the venue holds

    @property
    def compared(self) -> bool:
        return self.expected is not None and self.capacity is not None

    def judge(self, count: int) -> HeadCount:
        if self.expected is not None and self.capacity is not None:
            return HeadCount(count, self.expected + count <= self.capacity,
                             expected=self.expected, capacity=self.capacity)
        return HeadCount(count, count < SMALL_GATHERING)


@dataclass(frozen=True)
class HeadCount:
    """A reviewer's largest head count for a photo, and what the rule makes of it."""

    count: int
    small: bool                    # too few to make the venue unavailable
    expected: int | None = None    # set when held against the venue's room, not the threshold
    capacity: int | None = None
    limit: int = SMALL_GATHERING

    def phrase(self) -> Phrase:
        """What the rule concludes from the count (an inference, never an observation)."""
        if self.capacity is not None and self.expected is not None:
            return phrase("rule.room_left" if self.small else "rule.no_room",
                          people=people(self.count), capacity=self.capacity,
                          expected=self.expected)
        if self.small and not self.count:
            return phrase("rule.nobody")
        if self.small:
            return phrase("rule.few_people", people=people(self.count), limit=self.limit)
        return phrase("rule.many_people", people=people(self.count), limit=self.limit)

    @property
    def code(self) -> str:
        """How the analysis JSON names it."""
        if self.capacity is not None and self.expected is not None:
            return (f"{self.count} people leave room for the {self.expected} expected "
                    f"(capacity {self.capacity})")
        return ("nobody there" if not self.count else
                f"only {self.count} people (fewer than {self.limit})")


def people(count: int) -> Phrase:
    """'8 people', '1 person', in the table's words and plural forms."""
    return phrase("count.people", n=count)


# What a photo shows that bears on an excuse: a tag a reviewer gave, or their head count.
Sighting = Tag | HeadCount


def sighting_phrase(item: Sighting) -> Phrase:
    return item.phrase() if isinstance(item, HeadCount) else phrase(f"tag.{item.value}")


def sighting_code(item: Sighting) -> str:
    return item.code if isinstance(item, HeadCount) else item.value


@dataclass(frozen=True)
class Reading:
    """What one photo's observations say about one claim.

    `outweighed` holds recorded tags that would support the excuse but that the head-count rule
    sets aside (a stage with eight people in front of it): they are said, never dropped."""

    contradicts: tuple[Sighting, ...] = ()
    supports: tuple[Sighting, ...] = ()
    outweighed: tuple[Tag, ...] = ()
    count: HeadCount | None = None   # the largest head count and what the rule made of it

    @property
    def head_count(self) -> HeadCount | None:
        return next((s for s in self.contradicts if isinstance(s, HeadCount)), None)


def read(category: Category, observations: Iterable[Observation],
         crowd: Crowd = Crowd()) -> Reading:
    """How a photo's observations bear on an excuse of this category."""
    seen = list(observations)
    tags = {tag for o in seen for tag in o.tags}
    counts = [o.people_count for o in seen if o.people_count is not None]
    against: list[Sighting] = [*sorted(tags & CONTRADICTS.get(category, frozenset()))]
    backing: list[Sighting] = [*sorted(tags & SUPPORTS.get(category, frozenset()))]
    if category not in CROWD_CATEGORIES or not counts:
        return Reading(tuple(against), tuple(backing))
    count = crowd.judge(max(counts))
    if not count.small:
        return Reading(tuple(against), tuple(backing), count=count)
    # A handful of people with an amplifier is not an event that occupies the venue; access
    # blocked still is, whoever blocks it.
    against.append(count)
    kept = [t for t in backing if t == Tag.ACCESS_BLOCKED]
    outweighed = tuple(t for t in backing if t != Tag.ACCESS_BLOCKED and isinstance(t, Tag))
    return Reading(tuple(against), tuple(kept), outweighed, count)


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
                + (f", or a head count that leaves room for the assembly's expected "
                   f"participants within the venue's capacity (when both are recorded; "
                   f"otherwise fewer than {SMALL_GATHERING} people)"
                   if category in CROWD_CATEGORIES else "")
                + f"; supported by {', '.join(sorted(t.value for t in SUPPORTS[category]))}.")
    return lines
