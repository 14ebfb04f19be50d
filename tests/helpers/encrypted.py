"""An encrypted case made for tests of what must never reach the disk in plaintext, and the
plaintext to look for."""

from __future__ import annotations

from pathlib import Path

from evidence import importer, observations
from evidence.model import Observation, Tag
from evidence.store import Case
from tests.helpers.casework import add_claim, add_venue
from tests.helpers.photos import Shot, busy_image, write_photo

SECRET = "Жетісу 2024 secret"
EXCUSE = "Reconstruction of the fountain Zhuldyz"
VENUE = "Skver Abylai-khan Yrysty"


def build_encrypted_case(folder: Path) -> tuple[Path, dict[str, bytes]]:
    """An encrypted case (passphrase SECRET) in `folder`/case with a photo, a venue, a refusal
    and an observation, unlocked in this process; and the plaintext that must not leak: a run
    of the photo's own bytes, the refusal's excuse (in the manifest and the reports), a PDF's
    and a zip's first bytes. The photo's source file is removed."""
    root = folder / "case"
    photo = folder / "in" / "visit.jpg"
    write_photo(photo, Shot(taken="2024:05:10 11:00:00", offset="+05:00", lat=43.2407,
                            lon=76.941, make="Sary-Arka Cam"), image=busy_image((800, 600)))
    with Case.create(root, title="Zhuldyz", timezone="Asia/Almaty", actor="t",
                     passphrase=SECRET) as case:
        [result] = importer.import_paths(case, [str(photo)], actor="t")
        venue = add_venue(case, "abylai", name_en=VENUE)
        add_claim(case, venue, "2024-05-10 09:00", "2024-05-10 18:00", "repair_works",
                  excuse=EXCUSE)
        observations.add(case, Observation(photo_id=result.photo_id, tags=(Tag.VENUE_EMPTY,),
                                           reviewer="t"), "t")
    data = photo.read_bytes()
    photo.unlink()
    markers = {"photo": data[len(data) // 2:len(data) // 2 + 64],
               "manifest": EXCUSE.encode(), "pdf": b"%PDF-", "zip": b"PK\x03\x04"}
    return root, markers
