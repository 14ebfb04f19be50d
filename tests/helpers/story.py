"""A case of the situations a verdict must not overstate, built as a user builds one: an
edited single photo, a vague fix at a small venue, a venue no longer designated, a head count
held against capacity, Almaty's repeated hour read by the GPS clock, and photos that do not
count (no GPS in the window, no time at the venue, the venue on another day)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from evidence import claims, observations, venues
from evidence.claim_fields import window_from_local
from evidence.importer import import_paths
from evidence.model import Category, Claim, Confidence, Observation, Tag, Venue
from evidence.store import Case
from tests.helpers.photos import Shot, write_photo

ALMATY = "Asia/Almaty"
SQUARE = (43.2407, 76.9410)      # the surveyed square's middle
PARK = (43.2500, 76.9300)        # the small park's middle (40 m across)
OLD = (43.2600, 76.9500)         # a place dropped from the list in 2023


def build(folder: Path) -> Path:
    """The story case in `folder`; returns its path."""
    root = folder / "story"
    shots = folder / "shots"
    shots.mkdir(parents=True)
    with Case.create(root, title="Проверка отказов: трудные случаи", timezone=ALMATY,
                     actor="A. Monitor") as case:
        square = _venue(case, "square", "Surveyed square", "сквер у акимата", SQUARE, 60,
                        capacity=500)
        park = _venue(case, "park", "Small park", "малый сквер", PARK, 20)
        old = _venue(case, "old", "Old square", "старый сквер", OLD, 50, valid_to="2023-01-01")

        def photo(name: str, when: str | None, where: tuple[float, float] | None,
                  **shot: object) -> int:
            taken = when.replace("-", ":", 2) + ":00" if when else None
            lat, lon = where or (None, None)
            path = write_photo(shots / name, Shot(taken=taken, lat=lat, lon=lon, **shot))
            [done] = import_paths(case, [str(path)], actor="A. Monitor")
            return done.photo_id

        def seen(photo_id: int, *tags: str, people: int | None = None, note: str = "") -> None:
            observations.add(case, Observation(photo_id, "A. Monitor",
                                               tuple(Tag(t) for t in tags), people, note),
                             "A. Monitor")

        # 1. Repair works, decided by one photo saved by Photoshop.
        _claim(case, square, "S-1", "2023-05-10 10:00", "2023-05-10 18:00",
               Category.REPAIR_WORKS, "В связи с ремонтными работами.")
        seen(photo("edited.jpg", "2023-05-10 12:00", SQUARE, accuracy=5.0,
                   software="Adobe Photoshop 25.0"), "no_repair_activity", "access_open",
             note="Никаких работ, проход свободен.")
        # 2. Another event at a 20 m park, photographed with a 600 m fix.
        _claim(case, park, "S-2", "2023-06-01 17:00", "2023-06-01 21:00",
               Category.OTHER_EVENT, "Запланировано иное мероприятие.")
        seen(photo("vague.jpg", "2023-06-01 18:00", PARK, accuracy=600.0), "venue_empty",
             people=0)
        # 3. A venue no longer designated on the day.
        _claim(case, old, "S-3", "2024-04-02 10:00", "2024-04-02 14:00",
               Category.REPAIR_WORKS, "Ремонт.")
        seen(photo("old.jpg", "2024-04-02 11:00", OLD, accuracy=5.0), "no_repair_activity")
        # 4. A "mass" event: 40 people seen, 200 expected, room for 500.
        _claim(case, square, "S-4", "2023-09-10 12:00", "2023-09-10 18:00",
               Category.OTHER_EVENT, "Массовое культурное мероприятие.", participants=200)
        hours = ("12:20", "13:10", "14:00", "14:50", "15:40", "16:30", "17:20")
        for n, hour in enumerate(hours):
            seen(photo(f"crowd{n}.jpg", f"2023-09-10 {hour}", SQUARE, accuracy=5.0),
                 "event_in_progress", "stage_or_equipment", people=40,
                 note="Небольшая сцена, около сорока зрителей.")
        photo("nogps.jpg", "2023-09-10 14:30", None)          # in the window, no GPS
        photo("notime.jpg", None, SQUARE)                     # at the square, no time
        photo("before.jpg", "2023-09-10 09:00", SQUARE, accuracy=5.0)   # before the window
        # 5. The repeated hour: 23:30 on 29 Feb 2024, the second pass by the GPS clock.
        _claim(case, square, "S-5", "2024-02-29 23:00+05:00", "2024-03-01 00:00+05:00",
               Category.REPAIR_WORKS, "Ремонтные работы в ночное время.")
        seen(photo("night.jpg", "2024-02-29 23:30", SQUARE, accuracy=5.0,
                   gps_time=datetime(2024, 2, 29, 18, 30, tzinfo=UTC)), "no_repair_activity")
    return root


def _venue(case: Case, slug: str, name_en: str, name_ru: str, middle: tuple[float, float],
           radius: float, capacity: int | None = None, valid_to: str | None = None) -> int:
    return venues.add(case, Venue(
        slug=slug, name_en=name_en, name_ru=name_ru, geometry={
            "type": "Point", "coordinates": [middle[1], middle[0]]}, radius_m=radius,
        confidence=Confidence.SURVEYED, capacity=capacity,
        legal_basis="Решение маслихата № 1", valid_from="2020-06-01", valid_to=valid_to),
        "A. Monitor")


def _claim(case: Case, venue: int, number: str, start: str, end: str, category: Category,
           excuse: str, participants: int | None = None) -> int:
    window_start, window_end = window_from_local(start, end, ALMATY)
    return claims.add(case, Claim(
        document_number=number, document_date=start[:10], venue_id=venue,
        window_start=window_start, window_end=window_end, window_zone=ALMATY,
        excuse_text=excuse, category=category, category_source="user",
        expected_participants=participants), "A. Monitor")
