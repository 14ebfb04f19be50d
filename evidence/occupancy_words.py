"""The English words of the occupancy findings (evidence/occupancy_check.py).

evidence.phrases.EN takes them; the report's Russian and Kazakh tables give each key.
"""

from __future__ import annotations

EN: dict[str, str] = {
    "procedure.event_not_published": "The akimat's published occupancy of the specialised "
                                     "places lists no event at the refusal's venue within its "
                                     "window, {local}: {pages}.",
    "procedure.occupancy_not_covered": "No copy of the akimat's published occupancy kept in "
                                       "the case whose events were recorded lists {moments}: "
                                       "whether an event was published for that time cannot be "
                                       "said from them ({pages}).",
    "procedure.event_published": "The akimat's published occupancy of the specialised places "
                                 "lists at the refusal's venue within its window: {events}. "
                                 "{notes}.",
    "procedure.occupancy.entry": "{name}, {local}, {expected} (occupancy page {page})",
    "procedure.occupancy.expected": "{count:,} expected {count:plural:participant|participants}",
    "procedure.occupancy.expected_unknown": "expected participants not stated",
    "procedure.occupancy.no_head_count": "No head count is recorded in the photos bearing on "
                                         "this refusal",
    "procedure.occupancy.head_count": "The largest head count recorded in the photos bearing "
                                      "on this refusal is {count:,}",
    "procedure.occupancy.head_count_against": "The largest head count recorded in the photos "
                                              "bearing on this refusal is {count:,}, against "
                                              "{expected:,} expected participants published",
    "procedure.occupancy.page": "occupancy page {page}, {url}, captured {utc}, {covers}, "
                                "{recorded}",
    "procedure.occupancy.recorded.table": "its events read from its own table",
    "procedure.occupancy.recorded.person": "its list of events marked complete by a person",
    "procedure.occupancy.recorded.none": "its events not recorded",
    "procedure.occupancy.covers": "listing {valid_from} to {valid_to}",
    "procedure.occupancy.covers_unknown": "the dates it lists not stated",
    "procedure.rule.occupancy": "Constitutional Court normative resolution No. 61-NP of 20 "
                                "January 2025: the akimat publishes on its website the "
                                "occupancy of the specialised places: the planned events, their "
                                "place, date, start and end time and expected number of "
                                "participants.",
    "sep.pages": "; ",
    "sep.events": "; ",
}
