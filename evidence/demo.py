"""The demo case: the Almaty story retold with drawn photos, ready to analyse.

The refusals, windows and findings follow what the activists reported: the square behind the
Sary-Arka cinema "under repair" with only a hose lying there (twice); Valikhanov Square booked
for "a cultural event" on 20 August 2022 and empty after 6 p.m.; Gandhi Park's "mass cultural
event", seven or eight students with an amplifier. Document numbers are invented and marked so.
One photo has a camera clock a day off (its GPS clock dates it) and one has no GPS at all. A
three-minute video pans across Valikhanov Square inside its refusal's window (made with PyAV as
the demo is built, `evidence.demo_video`): it speaks for the minutes it films.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from geopy.distance import geodesic
from PIL import Image

from evidence import (
    claims,
    classifier,
    demo_scenes,
    demo_video,
    observations,
    tempfiles,
    timing,
    venues,
)
from evidence.claim_fields import window_from_local
from evidence.geo import Shape
from evidence.importer import import_paths
from evidence.model import Claim, Observation, Tag, Venue
from evidence.store import Case
from evidence.synthetic import Shot, write_photo

ACTOR = "skver-demo"
ZONE = "Asia/Almaty"
TITLE = "Алматы: отказы в проведении мирных собраний (демонстрационный пример)"


@dataclass(frozen=True)
class Visit:
    venue: str
    local: str                                  # 'YYYY-MM-DD HH:MM' in Almaty
    scene: Callable[[int], Image.Image]
    tags: tuple[str, ...]
    people: int | None
    note: str
    north_m: float = 0.0                        # where the photographer stood, from the centre
    east_m: float = 0.0
    bearing: float = 0.0
    gps: bool = True
    camera_clock_off: timedelta = timedelta(0)  # how wrong the camera clock was


@dataclass(frozen=True)
class Refusal:
    number: str
    date: str
    venue: str
    window: tuple[str, str]
    excuse: str
    event_date: str
    event_hours: str
    participants: int


HOSE = "На плитке лежит садовый шланг; ни рабочих, ни техники, ни ограждений."
EMPTY = "В сквере никого: ни сцены, ни оборудования, ни зрителей."
STUDENTS = "Семь-восемь студентов с усилителем."
SQUARE, GANDHI, VALIKHANOV = "sary-arka-cinema-square", "gandhi-park", "valikhanov-square"

REFUSALS = (
    Refusal("DEMO-2022/061", "2022-06-03", SQUARE, ("2022-06-12 10:00", "2022-06-12 20:00"),
            "В связи с проведением ремонтных работ на территории сквера проведение мирного "
            "собрания не представляется возможным.", "2022-06-12", "11:00–14:00", 200),
    Refusal("DEMO-2022/074", "2022-07-01", SQUARE, ("2022-07-10 10:00", "2022-07-10 20:00"),
            "Сквер закрыт на ремонт: ведутся работы по благоустройству территории.",
            "2022-07-10", "11:00–14:00", 200),
    Refusal("DEMO-2022/088", "2022-08-12", VALIKHANOV, ("2022-08-20 18:00", "2022-08-20 22:00"),
            "На указанное время в сквере запланировано проведение культурного мероприятия.",
            "2022-08-20", "18:00–21:00", 300),
    Refusal("DEMO-2022/095", "2022-09-02", GANDHI, ("2022-09-10 12:00", "2022-09-10 18:00"),
            "В парке запланировано проведение массового культурного мероприятия.",
            "2022-09-10", "13:00–16:00", 150),
)

VISITS = (
    Visit(SQUARE, "2022-06-12 11:05", demo_scenes.square_with_a_hose, ("no_repair_activity",
          "access_open"), 0, HOSE, north_m=-20, bearing=10),
    Visit(SQUARE, "2022-06-12 12:40", demo_scenes.square_with_a_hose, ("no_repair_activity",
          "access_open"), 0, HOSE, east_m=25, bearing=280),
    Visit(SQUARE, "2022-06-12 15:20", demo_scenes.square_with_a_hose, ("no_repair_activity",),
          1, HOSE + " Один прохожий.", north_m=15, bearing=190),
    Visit(SQUARE, "2022-07-10 13:00", demo_scenes.square_with_a_hose, ("no_repair_activity",
          "access_open"), 0, HOSE + " Тот же шланг месяц спустя.", bearing=45),
    Visit(VALIKHANOV, "2022-08-20 18:15", demo_scenes.empty_square_at_dusk, ("venue_empty",
          "no_event_visible"), 0, EMPTY, north_m=-30, bearing=0),
    Visit(VALIKHANOV, "2022-08-20 19:05", demo_scenes.empty_square_at_dusk, ("venue_empty",
          "no_event_visible"), 0, EMPTY + " Часы камеры отставали на сутки.",
          east_m=20, bearing=300, camera_clock_off=timedelta(days=-1)),
    Visit(VALIKHANOV, "2022-08-20 19:45", demo_scenes.empty_square_at_dusk, ("venue_empty",),
          0, EMPTY + " Снято с выключенной геолокацией: GPS нет.", gps=False),
    Visit(VALIKHANOV, "2022-08-20 20:30", demo_scenes.empty_square_at_dusk, ("venue_empty",
          "no_event_visible"), 0, EMPTY, north_m=10, bearing=180),
    Visit(VALIKHANOV, "2022-08-20 21:40", demo_scenes.empty_square_at_dusk, ("venue_empty",
          "no_event_visible"), 0, EMPTY, east_m=-15, bearing=90),
    Visit(GANDHI, "2022-09-10 13:10", demo_scenes.students_with_an_amplifier,
          ("event_in_progress", "stage_or_equipment"), 8, STUDENTS, north_m=-25, bearing=20),
    Visit(GANDHI, "2022-09-10 15:45", demo_scenes.students_with_an_amplifier,
          ("event_in_progress", "stage_or_equipment"), 7, STUDENTS, east_m=30, bearing=250),
)

# The video: filmed at Valikhanov Square from 19:40 for three minutes; its observation names the
# moment 1:35, the square seen whole.
VIDEO = Visit(VALIKHANOV, "2022-08-20 19:40", demo_scenes.empty_square_at_dusk,
              ("venue_empty", "no_event_visible"), 0,
              "Видео: панорама пустого сквера, ни сцены, ни зрителей.", north_m=5)
VIDEO_SECONDS, VIDEO_MOMENT_S = 180, 95.0


def build(out: Path) -> Path:
    """Creates the demo case at `out` (a new or empty folder) and returns its path."""
    with Case.create(out, title=TITLE, timezone=ZONE, actor=ACTOR) as case:
        venues.import_geojson(case, venues.bundled("almaty-2020"), ACTOR)
        places = {v.slug: v for v in venues.all_venues(case)}
        photo_ids = _photograph(case, places)
        video_id = _film(case, places[VIDEO.venue])
        for refusal in REFUSALS:
            venue_id = places[refusal.venue].id
            assert venue_id is not None  # a stored venue
            _refuse(case, refusal, venue_id)
        for visit, photo_id in zip(VISITS, photo_ids, strict=True):
            observations.add(case, Observation(photo_id, ACTOR, tuple(Tag(t) for t in visit.tags),
                                               visit.people, visit.note), ACTOR)
        observations.add(case, Observation(video_id, ACTOR, tuple(Tag(t) for t in VIDEO.tags),
                                           VIDEO.people, VIDEO.note, at_s=VIDEO_MOMENT_S),
                         ACTOR)
        return case.root


def _photograph(case: Case, places: dict[str, Venue]) -> list[int]:
    with tempfiles.folder("demo") as tmp:
        paths = [str(_draw(tmp, n, visit, places[visit.venue]))
                 for n, visit in enumerate(VISITS, start=1)]
        results = list(import_paths(case, paths, actor=ACTOR))
    bad = [r for r in results if r.outcome != "imported"]
    if bad:
        raise RuntimeError(f"the demo's own photos did not import: {bad}")
    return [r.photo_id for r in results if r.photo_id is not None]  # imported: all of them


def _film(case: Case, venue: Venue) -> int:
    """The demo's video, filmed and imported after the photos (so it is the last one)."""
    local = datetime.strptime(VIDEO.local, "%Y-%m-%d %H:%M")
    start = (local - timing.local_offset(local, timing.zone(ZONE))).replace(tzinfo=UTC)
    lat, lon = _stand(Shape.from_geojson(venue.geometry, venue.radius_m), VIDEO)
    with tempfiles.folder("demo") as tmp:
        clip = demo_video.film(tmp / "IMG_0012.MOV", VIDEO.scene(12), start_utc=start,
                               zone=timing.zone(ZONE), seconds=VIDEO_SECONDS, lat=lat,
                               lon=lon, accuracy_m=6.0)
        [result] = list(import_paths(case, [str(clip)], actor=ACTOR))
    if result.outcome != "imported" or result.photo_id is None:
        raise RuntimeError(f"the demo's own video did not import: {result}")
    return result.photo_id


def _draw(folder: Path, n: int, visit: Visit, venue: Venue) -> Path:
    true_local = datetime.strptime(visit.local, "%Y-%m-%d %H:%M")
    true_utc = true_local - timing.local_offset(true_local, timing.zone(ZONE))
    camera = true_local + visit.camera_clock_off
    lat, lon = _stand(Shape.from_geojson(venue.geometry, venue.radius_m), visit)
    shot = Shot(taken=camera.strftime("%Y:%m:%d %H:%M:%S"), subsec=None, offset=None,
                lat=lat if visit.gps else None, lon=lon if visit.gps else None,
                altitude=850.0 if visit.gps else None, accuracy=6.0 if visit.gps else None,
                bearing=visit.bearing if visit.gps else None,
                gps_time=true_utc if visit.gps else None, make="Demo", model="Phone 12",
                software="1.0", size=demo_scenes.SIZE)
    return write_photo(folder / f"IMG_{n:04d}.jpg", shot, visit.scene(n), quality=88)


def _stand(shape: Shape, visit: Visit) -> tuple[float, float]:
    lat, lon = shape.centre()
    moved = geodesic(meters=visit.north_m).destination((lat, lon), 0)
    moved = geodesic(meters=visit.east_m).destination((moved.latitude, moved.longitude), 90)
    return moved.latitude, moved.longitude


def _refuse(case: Case, refusal: Refusal, venue_id: int) -> None:
    start, end = window_from_local(*refusal.window, ZONE)
    proposal = classifier.classify(refusal.excuse)
    claim_id = claims.add(case, Claim(
        document_number=refusal.number, document_date=refusal.date, venue_id=venue_id,
        window_start=start, window_end=end, window_zone=ZONE, excuse_text=refusal.excuse,
        category=proposal.category, category_source="classifier", excuse_lang="ru",
        authority="Акимат города Алматы (демонстрационный пример)", event_date=refusal.event_date,
        event_hours=refusal.event_hours, expected_participants=refusal.participants,
        notes="Демонстрационный пример: номер документа вымышлен."), ACTOR)
    claims.confirm_category(case, claim_id, proposal.category, ACTOR)
